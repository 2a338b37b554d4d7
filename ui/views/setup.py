"""First-run set-up: organisation, coach and work area, stored in the profile's settings.
Also the settings screen uses `SetupForm` for the same fields."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wor_desk.desk import Desk


def werkgebied_to_text(werkgebied: object) -> str:
    """[{"gemeente": "Groningen", "wijken": ["Beijum", "Oosterpoort"]}] -> 'Groningen: Beijum, Oosterpoort'."""
    lines = []
    for g in werkgebied if isinstance(werkgebied, list) else []:
        if isinstance(g, dict) and g.get("gemeente"):
            wijken = ", ".join(g.get("wijken") or [])
            lines.append(f"{g['gemeente']}: {wijken}" if wijken else str(g["gemeente"]))
    return "\n".join(lines)


def text_to_werkgebied(text: str) -> list[dict]:
    out = []
    for line in text.splitlines():
        gemeente, _, wijken = line.partition(":")
        if gemeente.strip():
            out.append(
                {
                    "gemeente": gemeente.strip(),
                    "wijken": [w.strip() for w in wijken.split(",") if w.strip()],
                }
            )
    return out


class SetupForm(QWidget):
    """The organisation, coach and work-area fields, read from and written to Desk settings."""

    KEYS = ("organisatie_naam", "organisatie_adres", "coach_naam", "coach_telefoon", "coach_email")

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        labels = {
            "organisatie_naam": self.tr("&Organisatie"),
            "organisatie_adres": self.tr("&Adres organisatie"),
            "coach_naam": self.tr("&Naam coach"),
            "coach_telefoon": self.tr("Tele&foon coach"),
            "coach_email": self.tr("&E-mail coach"),
            "werkgebied": self.tr("&Werkgebied"),
        }
        for key, text in labels.items():
            w: QLineEdit | QPlainTextEdit
            if key in ("organisatie_adres", "werkgebied"):
                w = QPlainTextEdit(self)
                w.setTabChangesFocus(True)
                w.setFixedHeight(w.fontMetrics().lineSpacing() * 4 + 12)
            else:
                w = QLineEdit(self)
            w.setAccessibleName(text.replace("&", ""))
            lab = QLabel(text, self)
            lab.setBuddy(w)
            form.addRow(lab, w)
            self.edits[key] = w
        self.edits["werkgebied"].setPlaceholderText(
            self.tr(
                "Eén gemeente per regel, met de wijken erachter:\nGroningen: Beijum, Oosterpoort"
            )
        )
        self.load()

    def load(self) -> None:
        s = self.desk.settings()
        for key in self.KEYS:
            w = self.edits[key]
            (w.setPlainText if isinstance(w, QPlainTextEdit) else w.setText)(str(s.get(key) or ""))
        self.edits["werkgebied"].setPlainText(werkgebied_to_text(s.get("werkgebied")))

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key in self.KEYS:
            w = self.edits[key]
            out[key] = (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()).strip()
        out["werkgebied"] = text_to_werkgebied(self.edits["werkgebied"].toPlainText())
        return out

    def save(self):
        return self.desk.update_settings(**self.values())


class SetupDialog(QDialog):
    """Shown once after a new profile is made: who you are and where you work."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("WoR Desk instellen"))
        intro = QLabel(
            self.tr(
                "Vul in voor wie u werkt en waar. Dit komt onder andere in de terugkoppelbrieven. "
                "U kunt het later wijzigen bij Instellingen."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form = SetupForm(desk, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.form)
        lay.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        self.changes = self.form.save()
        super().accept()

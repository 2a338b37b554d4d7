"""The register of referrers on the Instellingen screen: choose a practice (or a new one),
keep its name, address for letters and AGB code; see who refers from it. Rules and storage
live in the core (`desk.referrers`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.hub import Hub

from wor_desk import codes
from wor_desk.desk import Desk
from wor_desk.errors import RuleViolation, WorDeskError


class ReferrersBox(QWidget):
    """One practice of the register at a time; `Praktijk opslaan` writes it (checked by the core)."""

    def __init__(self, desk: Desk, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        title = QLabel(self.tr("Register van verwijzers"), self)
        title.setObjectName("sectionTitle")
        note = QLabel(
            self.tr(
                "Brieven gaan naar het adres van de praktijk. Een nieuwe verwijzing voegt haar praktijk "
                "en verwijzer vanzelf toe; hier vult u adres en AGB-code aan."
            ),
            self,
        )
        note.setWordWrap(True)
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Praktijk uit het register"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Naam van de praktijk"))
        self.address = QPlainTextEdit(self)
        self.address.setAccessibleName(self.tr("Adres van de praktijk"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().height() * 4)
        self.agb = QLineEdit(self)
        self.agb.setAccessibleName(self.tr("AGB-code"))
        self.agb.setPlaceholderText(self.tr("acht cijfers, mag leeg"))
        self.people = QLabel(self)
        self.people.setWordWrap(True)
        self.people.setAccessibleName(self.tr("Verwijzers van deze praktijk"))
        form = QFormLayout()
        form.addRow(self.tr("Praktijk"), self.choice)
        form.addRow(self.tr("Naam"), self.name)
        form.addRow(self.tr("Adres"), self.address)
        form.addRow(self.tr("AGB-code"), self.agb)
        form.addRow(self.tr("Verwijzers"), self.people)
        self.save_button = QPushButton(self.tr("Praktijk opslaan"), self)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(title)
        lay.addWidget(note)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addLayout(row)
        self.choice.currentIndexChanged.connect(lambda _i: self._show())
        hub.changed.connect(
            lambda ch: self.refresh() if ch.kinds & {"referral", "referrers", "import"} else None
        )
        self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        keep = keep or self.choice.currentData()
        self._entries = {p.sleutel: p for p in self.desk.referrers.practices()}
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("Nieuwe praktijk…"), None)
        for p in self._entries.values():
            self.choice.addItem(p.naam, p.sleutel)
        i = self.choice.findData(keep) if keep else 0
        self.choice.setCurrentIndex(max(i, 0))
        self.choice.blockSignals(False)
        self._show()

    def _show(self) -> None:
        entry = self._entries.get(self.choice.currentData())
        self.name.setText(entry.naam if entry else "")
        self.address.setPlainText(entry.adres or "" if entry else "")
        self.agb.setText(entry.agb or "" if entry else "")
        self.people.setText(
            ", ".join(f"{r.naam} ({codes.VERWIJZER_TYPE.label(r.rol)})" for r in entry.verwijzers)
            if entry and entry.verwijzers
            else self.tr("nog geen")
        )
        self.message.clear()

    def save(self) -> None:
        self.message.clear()
        try:
            changes = self.desk.referrers.save_practice(
                self.name.text(), self.address.toPlainText(), self.agb.text()
            )
        except RuleViolation as exc:
            self.message.setText("\n".join(v.message() for v in exc.violations))
            return
        except WorDeskError as exc:
            self.message.setText(exc.message())
            return
        saved = self.desk.referrers.practice(self.name.text())
        self.hub.notify(changes)  # other screens (and this box) read the register again
        self.refresh(saved.sleutel if saved else None)
        self.message.setText(self.tr("Opgeslagen."))

"""Hand-over of clients between coaches, in the app: two dialogs opened from Cliënten.

*Overdragen*: tick clients (or all), name the colleague, choose a file; the dialog shows the
one-time code to read out. *Overnemen*: choose the file, type the code, see what will be taken
over, then take it over; the dialog shows the confirmation code for the giver. All work goes
through `desk.handover` (wor_desk.handover) in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.errors import show_error
from wor_desk_ui.hub import Hub
from wor_desk_ui.ops import Op

from wor_desk import dates
from wor_desk.desk import Desk
from wor_desk.errors import WorDeskError


def _code_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setAccessibleName(name)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _file_row(parent: QWidget, edit: QLineEdit, save: bool) -> QHBoxLayout:
    button = QPushButton(parent.tr("Kies…"), parent)

    def choose() -> None:
        if save:
            path, _ = QFileDialog.getSaveFileName(
                parent, parent.tr("Overdrachtsbestand"), edit.text(), "*.wdo"
            )
        else:
            path, _ = QFileDialog.getOpenFileName(
                parent, parent.tr("Overdrachtsbestand"), edit.text(), "*.wdo"
            )
        if path:
            edit.setText(path)

    button.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class HandoverExportDialog(QDialog):
    """Choose clients, write the encrypted file, show the one-time code."""

    def __init__(self, desk: Desk, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self.setWindowTitle(self.tr("Cliënten overdragen"))
        intro = QLabel(
            self.tr(
                "Kies de cliënten die een collega overneemt. Hun trajecten met alle geschiedenis "
                "gaan versleuteld in één bestand; de code geeft u apart door (bijvoorbeeld "
                "telefonisch). Hier worden de trajecten daarna alleen-lezen."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.all = QCheckBox(self.tr("&Alle cliënten"), self)
        self.all.toggled.connect(self._all_toggled)
        self.clients = QListWidget(self)
        self.clients.setAccessibleName(self.tr("Cliënten om over te dragen"))
        self.to = QLineEdit(self)
        self.to.setAccessibleName(self.tr("Aan"))
        self.to.setPlaceholderText(self.tr("naam van de collega"))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Bestand"))
        self.path.setText(str(Path.home() / "overdracht.wdo"))
        form = QFormLayout()
        form.addRow(self.tr("Aan"), self.to)
        form.addRow(self.tr("Bestand"), _file_row(self, self.path, save=True))
        self.go = QPushButton(self.tr("&Overdragen"), self)
        self.go.setDefault(True)
        self.go.clicked.connect(self.export)
        self.message = QLabel(self)
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.done_text = QLabel(self)
        self.done_text.setWordWrap(True)
        self.code = _code_label(self, self.tr("Code"))
        # later: the receiver reads back a confirmation code; then the clients may be erased here
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setAccessibleName(self.tr("Bevestigingscode van de ontvanger"))
        self.confirm_edit.setPlaceholderText(self.tr("bevestigingscode van de ontvanger"))
        self.confirm_btn = QPushButton(self.tr("&Bevestigen"), self)
        self.confirm_btn.clicked.connect(self.confirm)
        self.erase_sure = QCheckBox(
            self.tr("Wis deze cliënten hier (kan niet ongedaan worden)"), self
        )
        self.erase_sure.setEnabled(False)
        self.erase_btn = QPushButton(self.tr("&Wissen"), self)
        self.erase_btn.setEnabled(False)
        self.erase_sure.toggled.connect(self.erase_btn.setEnabled)
        self.erase_btn.clicked.connect(self.erase)
        self._confirmed: int | None = None
        after = QHBoxLayout()
        after.addWidget(self.confirm_edit, 1)
        after.addWidget(self.confirm_btn)
        after.addWidget(self.erase_sure)
        after.addWidget(self.erase_btn)
        close = QPushButton(self.tr("Sluiten"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.all, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.clients, 1)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.done_text)
        lay.addWidget(self.code)
        lay.addLayout(after)
        lay.addLayout(buttons)
        self.resize(760, 600)
        self._op: Op | None = None
        self._fill()

    def _fill(self) -> None:
        self.clients.clear()
        for c in self.desk.handover.candidates():
            born = dates.fmt(c.geboortedatum) if c.geboortedatum else ""
            item = QListWidgetItem(
                f"{c.nr}  {c.naam}  {born}  (" + self.tr("%n trajecten", "", c.trajectories) + ")",
                self.clients,
            )
            item.setData(Qt.ItemDataRole.UserRole, c.nr)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _all_toggled(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.clients.count()):
            self.clients.item(i).setCheckState(state)

    def chosen(self) -> list[str]:
        return [
            self.clients.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.clients.count())
            if self.clients.item(i).checkState() == Qt.CheckState.Checked
        ]

    def export(self) -> None:
        nrs, path, to = self.chosen(), Path(self.path.text().strip()), self.to.text()
        self.message.clear()
        self.go.setEnabled(False)
        desk = self.desk
        self._op = (
            Op(self, lambda op: desk.handover.export(nrs, path, to=to))
            .success(self._exported)
            .failure(self._failed)
        )
        self._op.run()

    def _exported(self, made) -> None:
        self.done_text.setText(
            self.tr(
                "%n cliënten staan versleuteld in %1. Geef deze code apart door:",
                "",
                len(made.clients),
            ).replace("%1", str(made.path))
        )
        self.code.setText(made.code)
        self.hub.notify(made.changes)
        self._fill()
        self.go.setEnabled(True)

    def confirm(self) -> None:
        """The receiver's confirmation code: the hand-over is complete; erasing may follow."""
        self.message.clear()
        try:
            row = self.desk.handover.confirm(self.confirm_edit.text())
        except WorDeskError as exc:
            self.message.setText(exc.message())
            return
        self._confirmed = row.id
        self.done_text.setText(
            self.tr("Overdracht van %n cliënten bevestigd door de ontvanger.", "", len(row.clients))
        )
        self.erase_sure.setEnabled(row.erased is None)

    def erase(self) -> None:
        if self._confirmed is None or not self.erase_sure.isChecked():
            return
        try:
            changes = self.desk.handover.erase(self._confirmed)
        except WorDeskError as exc:
            self.message.setText(exc.message())
            return
        self.done_text.setText(
            self.tr("%n overgedragen cliënten hier gewist.", "", len(changes.clients))
        )
        self.erase_sure.setChecked(False)
        self.erase_sure.setEnabled(False)
        self.hub.notify(changes)

    def _failed(self, exc: BaseException) -> None:
        self.go.setEnabled(True)
        if isinstance(exc, WorDeskError):
            self.message.setText(exc.message())
            return
        show_error(self, exc)


class HandoverImportDialog(QDialog):
    """Open a hand-over file with its code, show what it brings, take it over."""

    def __init__(self, desk: Desk, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self.setWindowTitle(self.tr("Cliënten overnemen"))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Bestand"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setAccessibleName(self.tr("Code"))
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.renumber = QLineEdit(self)
        self.renumber.setAccessibleName(self.tr("Andere nummers"))
        self.renumber.setPlaceholderText(self.tr("alleen bij een dubbel nummer: OUD=NIEUW, …"))
        form = QFormLayout()
        form.addRow(self.tr("Bestand"), _file_row(self, self.path, save=False))
        form.addRow(self.tr("Code"), self.code_edit)
        form.addRow(self.tr("Andere nummers"), self.renumber)
        self.show_button = QPushButton(self.tr("&Tonen"), self)
        self.show_button.clicked.connect(self.preview)
        self.take = QPushButton(self.tr("Over&nemen"), self)
        self.take.setEnabled(False)
        self.take.clicked.connect(self.take_over)
        self.plan = QLabel(self)
        self.plan.setAccessibleName(self.tr("Wat wordt overgenomen"))
        self.plan.setWordWrap(True)
        self.plan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.done_text = QLabel(self)
        self.done_text.setWordWrap(True)
        self.confirmation = _code_label(self, self.tr("Bevestigingscode"))
        close = QPushButton(self.tr("Sluiten"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.take)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.plan, 1)
        lay.addWidget(self.message)
        lay.addWidget(self.done_text)
        lay.addWidget(self.confirmation)
        lay.addLayout(buttons)
        self.resize(640, 480)
        self._op: Op | None = None
        for edit in (self.path, self.code_edit, self.renumber):
            edit.textChanged.connect(lambda *_: self.take.setEnabled(False))

    def _mapping(self) -> dict[str, str]:
        out = {}
        for part in self.renumber.text().replace(";", ",").split(","):
            old, sep, new = part.partition("=")
            if sep and old.strip() and new.strip():
                out[old.strip()] = new.strip()
        return out

    def _run(self, fn, done) -> None:
        self.message.clear()
        self.show_button.setEnabled(False)
        self.take.setEnabled(False)
        self._op = Op(self, fn).success(done).failure(self._failed)
        self._op.run()

    def preview(self) -> None:
        desk, path, code, mapping = (
            self.desk,
            Path(self.path.text().strip()),
            self.code_edit.text(),
            self._mapping(),
        )
        self._run(lambda op: desk.handover.preview(path, code, mapping), self._previewed)

    def _previewed(self, plan) -> None:
        lines = [
            self.tr("Van %1, gemaakt %2:")
            .replace("%1", plan.giver)
            .replace("%2", dates.fmt(plan.made.date()))
        ]
        for c in plan.clients:
            nr = c.nr if c.becomes == c.nr else f"{c.nr} → {c.becomes}"
            line = f"• {nr}  {c.naam}  (" + self.tr("%n trajecten", "", c.trajectories) + ")"
            if c.conflict:
                line += " — " + self.tr("nummer hoort hier bij iemand anders")
            elif c.existing:
                line += " — " + self.tr("bij het bestaande dossier")
            lines.append(line)
        self.plan.setText("\n".join(lines))
        self.show_button.setEnabled(True)
        self.take.setEnabled(not plan.conflicts)
        if plan.conflicts:
            self.message.setText(
                self.tr(
                    "Een cliëntnummer hoort hier al bij iemand anders. Geef het bij 'Andere "
                    "nummers' een nieuw nummer (OUD=NIEUW) en kies opnieuw Tonen."
                )
            )

    def take_over(self) -> None:
        desk, path, code, mapping = (
            self.desk,
            Path(self.path.text().strip()),
            self.code_edit.text(),
            self._mapping(),
        )
        self._run(lambda op: desk.handover.import_file(path, code, mapping), self._taken)

    def _taken(self, done) -> None:
        self.done_text.setText(
            self.tr("%1 en %2 overgenomen. Lees uw collega deze bevestigingscode voor:")
            .replace("%1", self.tr("%n cliënten", "", len(done.clients)))
            .replace("%2", self.tr("%n trajecten", "", len(done.trajectories)))
        )
        self.confirmation.setText(done.confirmation)
        self.show_button.setEnabled(True)
        self.hub.notify(done.changes)

    def _failed(self, exc: BaseException) -> None:
        self.show_button.setEnabled(True)
        if isinstance(exc, WorDeskError):
            self.message.setText(exc.message())
            return
        show_error(self, exc)

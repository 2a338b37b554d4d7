"""The client's privacy rights from the trajectory screen: inzage (export to PDF or JSON), the
client's log of changes, and erasure after a confirmation that names what goes. Every read
and write goes through `desk.privacy` (or `Desk.delete_client`); nothing here knows SQL."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.hub import Hub
from wor_desk_ui.ops import Op

from wor_desk.desk import Desk
from wor_desk.errors import WorDeskError
from wor_desk.i18n import language


class PrivacyButton(QToolButton):
    """A button with the client's privacy actions; `set_client(id)` before use."""

    def __init__(self, desk: Desk, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self.client_id: int | None = None
        self.last_export: Path | None = None
        self.setText(self.tr("Privacy…"))
        self.setAccessibleName(self.tr("Privacy van de cliënt"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.export_action = menu.addAction(self.tr("Inzage exporteren (PDF of JSON)…"))
        self.export_action.triggered.connect(self._export_clicked)
        self.audit_action = menu.addAction(self.tr("Logboek van deze cliënt…"))
        self.audit_action.triggered.connect(self.show_audit)
        menu.addSeparator()
        self.erase_action = menu.addAction(self.tr("Cliënt wissen…"))
        self.erase_action.triggered.connect(self._erase_clicked)
        self.setMenu(menu)
        self._op: Op | None = None

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.setEnabled(client_id is not None)

    # -- inzage ----------------------------------------------------------------------------------
    def _export_clicked(self) -> None:
        if self.client_id is None:
            return
        nr = self.desk.client(self.client_id).client_nr
        start = str(Path.home() / f"inzage-{nr}.pdf")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Inzage opslaan"),
            start,
            self.tr("PDF-bestanden (*.pdf);;JSON-bestanden (*.json)"),
        )
        if path:
            if Path(path).suffix.lower() not in (".pdf", ".json"):
                path += ".json" if "json" in chosen else ".pdf"
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Op:
        """Write the inzage off the UI thread; tells the coach where it went."""
        desk, cid, lang = self.desk, self.client_id, language()
        self._op = (
            Op(self, lambda op: desk.privacy.write_export(cid, path, lang))
            .success(self._exported)
            .failure(self._failed)
        )
        return self._op.run()

    def _exported(self, path: Path) -> None:
        self.last_export = path
        QMessageBox.information(
            self,
            self.tr("Inzage"),
            self.tr("De inzage is opgeslagen in %1. Geef het bestand aan de cliënt.").replace(
                "%1", str(path)
            ),
        )

    def _failed(self, exc: BaseException) -> None:
        text = exc.message() if isinstance(exc, WorDeskError) else str(exc)
        QMessageBox.warning(self, self.tr("Inzage"), text)

    # -- audit -----------------------------------------------------------------------------------
    def show_audit(self) -> AuditDialog | None:
        if self.client_id is None:
            return None
        dlg = AuditDialog(self.desk, self.client_id, self)
        dlg.open()
        return dlg

    # -- erasure ---------------------------------------------------------------------------------
    def erase_question(self) -> str:
        plan = self.desk.privacy.erasure_plan(self.client_id)
        return (
            self.tr(
                "%1 (cliëntnummer %2) wordt gewist met %3, alle gesprekken, pauzes, "
                "terugkoppelingen, matches, scores en %4. Dit kan niet ongedaan "
                "worden gemaakt. Oude back-ups bevatten de cliënt nog tot ze worden vervangen.\n\n"
                "Wissen?"
            )
            .replace("%1", plan.naam or "")
            .replace("%2", plan.client_nr or "")
            .replace("%3", self.tr("%n trajecten", "", plan.trajecten))
            .replace("%4", self.tr("%n logboekregels", "", plan.audit))
        )

    def _erase_clicked(self) -> None:
        if self.client_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cliënt wissen"),
            self.erase_question(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.erase()

    def erase(self) -> None:
        """Erase the client (the caller has confirmed) and tell the open screens."""
        try:
            changes = self.desk.delete_client(self.client_id)
        except WorDeskError as exc:
            QMessageBox.warning(self, self.tr("Cliënt wissen"), exc.message())
            return
        self.set_client(None)
        self.hub.notify(changes)


class AuditDialog(QDialog):
    """The log of changes of one client (read-only: nothing here edits or deletes entries)."""

    def __init__(self, desk: Desk, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Logboek van de cliënt"))
        rows = desk.privacy.audit(client_id=client_id)
        info = QLabel(
            self.tr(
                "Wie (profiel), wanneer (UTC), wat en welke velden. De inhoud van gevoelige "
                "velden staat niet in het logboek. Het logboek kan niet worden gewijzigd."
            ),
            self,
        )
        info.setWordWrap(True)
        self.table = QTableWidget(len(rows), 5, self)
        self.table.setAccessibleName(self.tr("Logboek"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Wanneer"),
                self.tr("Profiel"),
                self.tr("Wat"),
                self.tr("Tabel"),
                self.tr("Velden"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        kinds = {
            "aangemaakt": self.tr("vastgelegd"),
            "gewijzigd": self.tr("gewijzigd"),
            "verwijderd": self.tr("verwijderd"),
            "gewist": self.tr("gewist"),
        }
        for i, r in enumerate(rows):
            fields = ", ".join(
                k if not isinstance(v, list) else f"{k}: {_s(v[0])} → {_s(v[1])}"
                for k, v in r.velden.items()
                if k not in ("id", "client_id", "traject_id")
            )
            for j, text in enumerate(
                (
                    f"{r.tijd:%d-%m-%Y %H:%M}",
                    r.profiel,
                    kinds.get(r.soort, r.soort),
                    r.tabel,
                    fields,
                )
            ):
                self.table.setItem(i, j, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(info)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(820, 480)


def _s(v: object) -> str:
    return "—" if v is None else str(v)

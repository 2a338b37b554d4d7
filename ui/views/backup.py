"""Back-up and passphrase change, run off the UI thread with a progress dialog."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)
from wor_desk_ui.ops import Op

from wor_desk import profiles
from wor_desk.desk import Desk
from wor_desk.errors import WorDeskError


def _busy(parent: QWidget, text: str) -> QProgressDialog:
    dlg = QProgressDialog(text, "", 0, 0, parent)
    dlg.setCancelButton(None)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setMinimumDuration(300)
    dlg.setWindowTitle(QCoreApplication.translate("Backup", "Even geduld"))
    return dlg


def start_backup(parent: QWidget, desk: Desk, target: Path | None = None) -> Op | None:
    """Ask where (unless `target` is given) and write a verified, encrypted backup."""
    if target is None:
        suggested = str(Path.home() / f"wor-desk-{desk.profile}-{datetime.now():%Y%m%d-%H%M}.wdbak")
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Backup", "Back-up opslaan als"),
            suggested,
            QCoreApplication.translate("Backup", "WoR Desk-back-up (*.wdbak);;Alle bestanden (*)"),
        )
        if not name:
            return None
        target = Path(name)
    dlg = _busy(parent, QCoreApplication.translate("Backup", "Back-up maken…"))

    def done(counts: dict) -> None:
        dlg.close()
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Backup", "Back-up klaar"),
            QCoreApplication.translate(
                "Backup",
                "De back-up staat in %1. Hij is versleuteld met uw wachtwoord en gecontroleerd.",
            ).replace("%1", str(target)),
        )

    def failed(exc: BaseException) -> None:
        dlg.close()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Backup", "Back-up mislukt"),
            exc.message() if isinstance(exc, WorDeskError) else str(exc),
        )

    op = Op(parent, lambda op: desk.backup(target)).success(done).failure(failed)
    op.run()
    dlg.show()
    return op


def change_passphrase(parent: QWidget, desk: Desk) -> Op | None:
    new, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Backup", "Wachtwoord wijzigen"),
        QCoreApplication.translate("Backup", "Nieuw wachtwoord (minstens 8 tekens):"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    again, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Backup", "Wachtwoord wijzigen"),
        QCoreApplication.translate("Backup", "Herhaal het nieuwe wachtwoord:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    try:
        profiles.check_new_passphrase(new, again)
    except WorDeskError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Backup", "Wachtwoord wijzigen"), exc.message()
        )
        return None
    dlg = _busy(parent, QCoreApplication.translate("Backup", "Opslag opnieuw versleutelen…"))

    def done(_r: object) -> None:
        dlg.close()
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Backup", "Wachtwoord gewijzigd"),
            QCoreApplication.translate("Backup", "Gebruik voortaan het nieuwe wachtwoord."),
        )

    def failed(exc: BaseException) -> None:
        dlg.close()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Backup", "Wachtwoord wijzigen"),
            exc.message() if isinstance(exc, WorDeskError) else str(exc),
        )

    op = Op(parent, lambda op: desk.rekey(new)).success(done).failure(failed)
    op.run()
    dlg.show()
    return op

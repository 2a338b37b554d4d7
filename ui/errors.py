"""The app's one error path: `show_error(parent, exc)`.

- An expected failure (WorDeskError) shows its own message: what is wrong and what to do.
- Anything else is a bug: it is written to the log (wor_desk.logs: no client data) and one
  dialog in the user's language says what happened, that nothing already saved was lost, and
  offers "copy details" with the technical text. The window stays usable.

`install_excepthook()` sends every uncaught exception of the UI thread here; an `Op` without a
failure callback sends its failure here too (ui/ops.py)."""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wor_desk.errors import WorDeskError
from wor_desk.logs import log_path, log_unexpected


class ErrorDialog(QDialog):
    """An unexpected error: what happened, what it means for the data, the technical details."""

    def __init__(self, parent: QWidget | None, details: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self.details = details
        layout = QVBoxLayout(self)
        self.message = QLabel(
            self.tr(
                "WoR Desk liep tegen een fout aan die niet had mogen gebeuren. Wat u al had "
                "opgeslagen is niet verloren: het staat veilig in de versleutelde opslag. Wat u "
                "net deed, is mogelijk niet opgeslagen: kijk het na en probeer het opnieuw."
            )
        )
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.where = QLabel(
            self.tr(
                "Blijft het gebeuren, stuur dan de details naar uw beheerder. Er staan geen "
                "namen of andere gegevens van cliënten in. Ze staan ook in het logbestand: {0}"
            ).format(str(log_path()))
        )
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setMinimumHeight(140)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Details kopiëren"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Gekopieerd"))


#: Dialogs on screen: a dialog without a parent window would otherwise be garbage-collected.
_shown: set[QDialog] = set()


def _keep(dialog: QDialog, modal: bool = True) -> QDialog:
    """Show `dialog` (window-modal, or not: a bug's dialog never blocks the window behind it)."""
    _shown.add(dialog)
    dialog.finished.connect(lambda _result: _shown.discard(dialog))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if modal:
        dialog.open()
    else:
        dialog.show()
        dialog.raise_()
    return dialog


def _parent(parent: QWidget | None) -> QWidget | None:
    if parent is not None:
        return parent.window()
    return QApplication.activeWindow()


def show_error(parent: QWidget | None, exc: BaseException, where: str = "") -> QDialog:
    """Show `exc` to the coach (see the module's docstring); returns the (non-blocking) dialog."""
    owner = _parent(parent)
    if isinstance(exc, WorDeskError):
        return _keep(QMessageBox(QMessageBox.Icon.Warning, "WoR Desk", exc.message(), parent=owner))
    details = log_unexpected(exc, where or (type(owner).__name__ if owner else ""))
    return _keep(ErrorDialog(owner, details), modal=False)


class _Relay(QObject):
    """Brings an exception from any thread to the UI thread."""

    raised = Signal(object)


_relay: _Relay | None = None


def install_excepthook() -> None:
    """Every uncaught exception (UI thread or another thread) goes to `show_error`, instead of
    a crash or a silent failure."""
    global _relay
    _relay = _Relay()
    _relay.raised.connect(lambda exc: show_error(None, exc), Qt.ConnectionType.QueuedConnection)

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        if _relay is not None:
            _relay.raised.emit(exc)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook

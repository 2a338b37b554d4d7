"""The lock screen shown over the main window after idle time: no client data, just the
passphrase. The forms behind it keep their state; the store stays as it was."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget
from wor_desk_ui.ops import Op
from wor_desk_ui.widgets.pass_field import PassphraseField
from wor_desk_ui.widgets.unlock_wait import WaitCountdown

from wor_desk.desk import Desk
from wor_desk.errors import WorDeskError


class LockView(QWidget):
    unlocked = Signal()

    def __init__(self, profile: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self._op: Op | None = None
        title = QLabel(self.tr("WoR Desk is vergrendeld"), self)
        title.setObjectName("screenTitle")
        self.info = QLabel(
            self.tr(
                "Profiel '%1'. Typ uw wachtwoord om verder te werken; niets is verloren gegaan."
            ).replace("%1", profile),
            self,
        )
        self.info.setWordWrap(True)
        self.passphrase = PassphraseField(self.tr("Wachtwoord"), self)
        self.passphrase.edit.returnPressed.connect(self.unlock)
        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.button = QPushButton(self.tr("&Ontgrendelen"), self)
        self.button.clicked.connect(self.unlock)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        box = QWidget(self)
        box.setFixedWidth(max(480, self.fontMetrics().horizontalAdvance("x") * 70))
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.info)
        inner.addSpacing(8)
        lab = QLabel(self.tr("&Wachtwoord"), box)
        lab.setBuddy(self.passphrase.edit)
        inner.addWidget(lab)
        inner.addWidget(self.passphrase)
        inner.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        inner.addLayout(row)
        inner.addWidget(self.busy)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(box)
        middle.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addLayout(middle)
        lay.addStretch(2)
        self.setFocusProxy(self.passphrase)
        self.countdown = WaitCountdown(
            self.error, [self.button, self.passphrase], lambda: Desk.unlock_wait(profile), self
        )

    def unlock(self) -> None:
        if (self._op and self._op.running) or self.countdown.active:
            return
        secret, profile = self.passphrase.text(), self.profile
        self.error.clear()
        self.busy.setVisible(True)
        self.passphrase.setEnabled(False)

        def check(op: Op) -> bool:
            Desk.check_passphrase(profile, secret)  # the passphrase opens this store
            return True

        self._op = Op(self, check).success(self._ok).failure(self._failed)
        self._op.run()

    def _ok(self, _result: object) -> None:
        self.busy.setVisible(False)
        self.passphrase.setEnabled(True)
        self.passphrase.clear()
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.passphrase.setEnabled(True)
        if not isinstance(exc, WorDeskError):
            raise exc
        self.error.setText(exc.message())
        self.passphrase.edit.selectAll()
        self.passphrase.edit.setFocus()
        if exc.key in ("wrong_passphrase", "unlock_wait"):
            self.countdown.start()

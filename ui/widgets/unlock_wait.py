"""The remaining wait after repeated wrong passphrases, counted down on the unlock and lock
screens (the rule itself lives in the core: wor_desk/store/attempts.py, via Desk)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget


class WaitCountdown(QObject):
    """Disables `controls` and shows 'wait N s' in `label` while `remaining()` is above 0."""

    def __init__(
        self, label: QLabel, controls: list[QWidget], remaining: Callable[[], int], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.label, self.controls, self.remaining = label, controls, remaining
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    def start(self) -> bool:
        """Begin counting down when a wait is due; True when one is."""
        if self.remaining() <= 0:
            return False
        self.tick()
        self.timer.start()
        return True

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def tick(self) -> None:
        left = self.remaining()
        for w in self.controls:
            w.setEnabled(left <= 0)
        if left <= 0:
            self.timer.stop()
            self.label.setText(self.tr("U kunt het opnieuw proberen."))
            return
        self.label.setText(
            self.tr("Te vaak een verkeerd wachtwoord. Wacht nog %1 seconden.").replace(
                "%1", str(left)
            )
        )

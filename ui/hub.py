"""One small hub that tells open views what a Desk write changed (Anki's OpChanges idea).

Views connect to `hub.changed` and refresh only what concerns them; whoever performs a write
through Desk passes the returned `Changes` to `hub.notify`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the core is imported when first needed (the unlock screen comes first)
    from wor_desk.desk import Changes


class Hub(QObject):
    changed = Signal(object)  # wor_desk.desk.Changes

    def notify(self, changes: Changes) -> None:
        if changes.kinds or changes.trajectories or changes.clients:
            self.changed.emit(changes)

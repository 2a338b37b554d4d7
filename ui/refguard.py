"""Keep PySide6 6.12 from crashing the app on Python 3.11.

PySide6 6.12.0 drops one reference to None on every call of a Qt method that returns
nothing (`show()`, `setText()`, `processEvents()`...) and one to True/False on every signal
`emit()`. On Python 3.12+ these objects are immortal and nothing happens; on 3.11 their
reference count runs down with use, and at zero the interpreter aborts ("none_dealloc:
deallocating None"), after some tens of thousands of calls. Until PySide6 is fixed (or the
app runs on Python 3.12+), `install()` tops the counts up well before they can reach zero:
a list holding extra references, checked every second and before heavy work.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer

#: Top up when a count falls below this; a second of tight Qt calls costs ~100,000.
LOW = 2_000_000
_held: list[object] = []
NEEDED = sys.version_info < (3, 12)
if NEEDED:
    # the list is never freed, not even at exit: freeing it would hand back references
    # that PySide6 already dropped, and the interpreter would abort while shutting down
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(_held))


def top_up() -> int:
    """Add references to None/True/False where they run low; returns how many were added."""
    if not NEEDED:
        return 0
    added = 0
    for obj in (None, True, False):
        n = sys.getrefcount(obj)
        if n < LOW:
            _held.extend([obj] * (2 * LOW - n))
            added += 2 * LOW - n
    return added


class _Guard(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(top_up)
        self.timer.start()


def install(app: QObject) -> None:
    """Top up now and every second for as long as `app` lives."""
    top_up()
    if NEEDED and app.findChild(_Guard) is None:
        _Guard(app)

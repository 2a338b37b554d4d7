"""Guard against the PySide6 6.12.0 refcount bug (void calls and emits dropping references to
None/True/False, which aborts Python 3.11 within seconds of use): pyproject pins below it."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_qt_calls_and_emits_keep_references_to_none_and_bools(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) - before > -100

    e = _Emitter()
    e.fired.connect(lambda v: None)
    before = sys.getrefcount(True)
    for _ in range(2000):
        e.fired.emit(True)
    assert sys.getrefcount(True) - before > -100

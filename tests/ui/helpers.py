"""Driving the real windows by keyboard: keys go to whatever widget has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def focus():
    w = QApplication.focusWidget()
    assert w is not None, "no widget has the keyboard focus"
    return w


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focus(), text)


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focus(), key, modifier)


def tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def activate(qtbot, window) -> None:
    """Show a top-level window and make it the active one (offscreen needs asking)."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)

"""A passphrase field that notices Caps Lock (from the letters typed) and says so."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget


class PassphraseEdit(QLineEdit):
    """Password echo; emits `capsLock(bool)` when the typed letters show Caps Lock is on/off.

    Qt has no portable way to ask for the Caps Lock state, so it is read from the keys: a
    capital without Shift (or a small letter with Shift) means Caps Lock is on."""

    capsLock = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.caps_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        text = event.text()
        if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            caps = text.isupper() != shift
            if caps != self.caps_on:
                self.caps_on = caps
                self.capsLock.emit(caps)
        elif event.key() == Qt.Key.Key_CapsLock:
            self.caps_on = not self.caps_on
            self.capsLock.emit(self.caps_on)
        super().keyPressEvent(event)


class PassphraseField(QWidget):
    """A PassphraseEdit with its Caps Lock hint below it."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = PassphraseEdit(self)
        self.edit.setAccessibleName(accessible_name)
        self.caps_hint = QLabel(self.tr("Caps Lock staat aan."), self)
        self.caps_hint.setObjectName("capsHint")
        self.caps_hint.setVisible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.edit)
        lay.addWidget(self.caps_hint)
        self.edit.capsLock.connect(self.caps_hint.setVisible)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()

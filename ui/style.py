"""The app's style sheet: palette colours only (dark mode works), plus one error red that
reads well on the current background."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(palette: QPalette) -> QColor:
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b71c1c")


def ok_colour(palette: QPalette) -> QColor:
    return QColor("#81c784") if is_dark(palette) else QColor("#1b5e20")


def apply(app: QApplication) -> None:
    pal = app.palette()
    red = error_colour(pal).name()
    green = ok_colour(pal).name()
    app.setStyleSheet(f"""
        QLabel#fieldError, QLabel#formError, QLabel#unlockError {{ color: {red}; }}
        QLabel#capsHint {{ color: {red}; font-weight: bold; }}
        QLabel#formWarning {{ font-weight: bold; }}
        QLabel#strengthWeak {{ color: {red}; }}
        QLabel#strengthOk {{ color: {green}; }}
        QLineEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus, QAbstractItemView:focus {{
            border: 2px solid palette(highlight); }}
        QLabel#fieldHint {{ font-style: italic; }}
        QLineEdit[invalid="true"], QComboBox[invalid="true"], QListWidget[invalid="true"],
        QPlainTextEdit[invalid="true"] {{ border: 2px solid {red}; }}
        QLabel#screenTitle {{ font-size: 16pt; font-weight: bold; }}
        QLabel#sectionTitle {{ font-weight: bold; }}
        QPushButton#stepButton {{ padding: 6px 4px; text-align: center; }}
        QPushButton#stepButton[state="done"] {{ color: palette(text); }}
        QPushButton#stepButton[state="current"] {{
            font-weight: bold; background: palette(highlight); color: palette(highlighted-text); }}
        QPushButton#stepButton[state="todo"] {{ color: palette(mid); }}
    """)

"""Small form helpers shared by the catalogue and matching views (plain Qt, no rules).

`DateField` reads a typed date (`12-3`, `12-03-2026`, `vandaag`) through wor_desk.dates and
shows dd-mm-yyyy; `CodeCombo` lists a wor_desk CodeList by label and hands back codes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from wor_desk.codes import CodeList
from wor_desk.dates import fmt, parse_typed_date
from wor_desk.errors import RuleViolation, WorDeskError

#: Local fallback for the app style sheet (ui/style.py): red border on invalid fields, red errors.
ERROR_STYLE = """
    QLabel#formError { color: #b71c1c; }
    QLabel#notice { color: #1b5e20; }
    *[invalid="true"] { border: 2px solid #b71c1c; }
"""


class DateField(QLineEdit):
    def __init__(self, today: Callable[[], date], parent: QWidget | None = None, *, empty_ok: bool = True) -> None:
        super().__init__(parent)
        self._today = today
        self._empty_ok = empty_ok
        self.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.setToolTip(self.tr("Typ bijvoorbeeld 12-3, 12-03-2026, vandaag of gisteren"))
        self.setMaxLength(20)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 16)
        self.editingFinished.connect(self._normalise)

    def value(self) -> date | None:
        text = self.text().strip()
        return parse_typed_date(text, self._today()) if text else None

    def is_valid(self) -> bool:
        text = self.text().strip()
        return (self._empty_ok or bool(text)) and (not text or parse_typed_date(text, self._today()) is not None)

    def set_value(self, d: date | None) -> None:
        self.setText(fmt(d))
        mark(self, False)

    def _normalise(self) -> None:
        ok = self.is_valid()
        if ok and self.text().strip():
            self.setText(fmt(self.value()))
        mark(self, not ok)


class CodeCombo(QComboBox):
    """A CodeList's labels; `code()` is the chosen code (None for the optional empty entry)."""

    def __init__(self, codes: CodeList, empty: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if empty is not None:
            self.addItem(empty, None)
        for c in codes:
            self.addItem(c.label(), c.code)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        i = self.findData(code)
        self.setCurrentIndex(max(i, 0))


def mark(widget: QWidget, invalid: bool, tip: str | None = None) -> None:
    """Show a field as invalid (the style sheet draws a red border on [invalid="true"])."""
    widget.setProperty("invalid", "true" if invalid else "false")
    if tip is not None or not invalid:
        widget.setToolTip(tip or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def show_error(label: QLabel, exc: BaseException, fields: dict[str, QWidget] | None = None) -> None:
    """A WorDeskError's message in the form's error label, and each broken field marked."""
    fields = fields or {}
    for w in fields.values():
        mark(w, False)
    if isinstance(exc, RuleViolation):
        for v in exc.violations:
            if v.field in fields:
                mark(fields[v.field], True, v.message())
        label.setText("\n".join(dict.fromkeys(v.message() for v in exc.violations)))
    elif isinstance(exc, WorDeskError):
        label.setText(str(exc))
    else:  # a bug: say so plainly, never swallow it silently
        label.setText(QCoreApplication.translate("fields", "Er ging iets mis: {0}").format(f"{type(exc).__name__}: {exc}"))
    label.setVisible(True)

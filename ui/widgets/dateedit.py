"""A date field a coach types into: `12-3`, `12-03-2026`, `vandaag`; shown as dd-mm-yyyy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from wor_desk.dates import fmt, parse_typed_date


class DateLineEdit(QLineEdit):
    """Reads a typed date on leaving the field and shows it as dd-mm-yyyy.

    `value()` is the date, or None when empty; `is_valid()` is False when the text
    cannot be read as a date (the field is marked and keeps the text)."""

    dateChanged = Signal(object)  # date | None
    #: What the typed text is read as, while typing ("14-05-1958"), or "" (empty or unreadable)
    reading = Signal(str)

    def __init__(
        self,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        past: bool = False,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._past = past  # a birth date: a two-digit year never lands in the future
        self._value: date | None = None
        self.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.setToolTip(self.tr("Typ bijvoorbeeld 12-3, 12-03-2026, vandaag of gisteren"))
        self.setMaxLength(20)
        self.editingFinished.connect(self._normalise)
        self.textEdited.connect(self._edited)
        fm = self.fontMetrics()
        self.setMinimumWidth(fm.horizontalAdvance("00-00-00000") + 16)

    def value(self) -> date | None:
        self._read()
        return self._value

    def set_value(self, d: date | None) -> None:
        self._value = d
        self.setText(fmt(d))
        self._mark(True)

    def is_valid(self) -> bool:
        text = self.text().strip()
        return not text or self._parse(text) is not None

    def _parse(self, text: str) -> date | None:
        return parse_typed_date(text, self._today(), past=self._past)

    def _read(self) -> None:
        text = self.text().strip()
        self._value = self._parse(text) if text else None

    def _edited(self, text: str) -> None:
        self._mark(True)
        d = self._parse(text) if text.strip() else None
        self.reading.emit(fmt(d) if d is not None and fmt(d) != text.strip() else "")

    def _normalise(self) -> None:
        before = self._value
        self._read()
        ok = self.is_valid()
        if ok:
            self.setText(fmt(self._value))
            self.reading.emit("")
        self._mark(ok)
        if self._value != before:
            self.dateChanged.emit(self._value)

    def _mark(self, ok: bool) -> None:
        if self.property("invalid") == (not ok):
            return
        self.setProperty("invalid", not ok)
        self.style().unpolish(self)
        self.style().polish(self)

"""Small form helpers shared by the catalogue and matching views (plain Qt, no rules): field
marking and error display. The date field and code combo are the shared ones of ui/widgets/."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget
from wor_desk_ui import errors
from wor_desk_ui.widgets.codecombo import CodeCombo
from wor_desk_ui.widgets.dateedit import DateLineEdit
from wor_desk_ui.widgets.form import mark_invalid

from wor_desk.errors import RuleViolation, WorDeskError

__all__ = ["CodeCombo", "DateField", "ERROR_STYLE", "mark", "show_error"]

#: Local fallback for the app style sheet (ui/style.py): red border on invalid fields, red errors.
ERROR_STYLE = """
    QLabel#formError { color: #b71c1c; }
    QLabel#notice { color: #1b5e20; }
    *[invalid="true"] { border: 2px solid #b71c1c; }
"""


class DateField(DateLineEdit):
    """The shared typed-date field (ui/widgets/dateedit.py) that may also refuse an empty value."""

    def __init__(
        self, today: Callable[[], date], parent: QWidget | None = None, *, empty_ok: bool = True
    ) -> None:
        super().__init__(today, parent)
        self._empty_ok = empty_ok

    def is_valid(self) -> bool:
        return (self._empty_ok or bool(self.text().strip())) and super().is_valid()


def mark(widget: QWidget, invalid: bool, tip: str | None = None) -> None:
    """Show a field as invalid (the shared `mark_invalid`), with the reason as its tooltip."""
    mark_invalid(widget, invalid)
    if tip is not None or not invalid:
        widget.setToolTip(tip or "")


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
    else:  # a bug: the app's one error path (dialog + log), and a line at the form
        label.setText(
            QCoreApplication.translate("fields", "Er ging iets mis: {0}").format(type(exc).__name__)
        )
        errors.show_error(label, exc)
    label.setVisible(True)

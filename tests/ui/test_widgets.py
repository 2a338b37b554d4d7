from datetime import date

from PySide6.QtCore import Qt
from wor_desk_ui.widgets.dateedit import DateLineEdit

from tests.conftest import TODAY
from tests.ui.helpers import key_into, show_at, type_into


def _typed(qtbot, text):
    w = DateLineEdit(lambda: TODAY)
    qtbot.addWidget(w)
    show_at(qtbot, w, 300, 40)
    type_into(qtbot, w, text)
    key_into(qtbot, w, Qt.Key.Key_Return)
    return w


def test_typed_short_date_means_this_year_and_is_shown_dd_mm_yyyy(qtbot):
    w = _typed(qtbot, "12-3")
    assert w.value() == date(2026, 3, 12)
    assert w.text() == "12-03-2026"


def test_vandaag_and_full_dates_are_read(qtbot):
    assert _typed(qtbot, "vandaag").text() == "23-11-2026"
    assert _typed(qtbot, "1-2-2025").value() == date(2025, 2, 1)


def test_an_impossible_date_is_marked_and_kept_as_typed(qtbot):
    w = _typed(qtbot, "31-02-2026")
    assert not w.is_valid()
    assert w.value() is None
    assert w.text() == "31-02-2026"
    assert w.property("invalid") is True

"""The strict helper refuses what a coach could not see: a test that types into an invisible
field must fail."""

import pytest
from PySide6.QtWidgets import QLineEdit, QScrollArea, QSplitter, QVBoxLayout, QWidget

from tests.ui.helpers import activate, click, seeable_problem, type_into


def _window(qtbot):
    win = QWidget()
    win.resize(400, 300)
    qtbot.addWidget(win)
    return win


def test_typing_into_a_shown_field_works(qtbot):
    win = _window(qtbot)
    edit = QLineEdit(win)
    QVBoxLayout(win).addWidget(edit)
    activate(qtbot, win)
    type_into(qtbot, edit, "Jansen")
    assert edit.text() == "Jansen"


def test_a_field_squashed_to_nothing_by_a_splitter_is_refused(qtbot):
    win = _window(qtbot)
    split = QSplitter(win)
    QVBoxLayout(win).addWidget(split)
    keep, gone = QLineEdit(), QLineEdit()
    split.addWidget(keep)
    split.addWidget(gone)
    split.setSizes([400, 0])
    activate(qtbot, win)
    assert seeable_problem(gone) is not None
    with pytest.raises(AssertionError, match="no visible area|not shown"):
        type_into(qtbot, gone, "weg")
    assert gone.text() == ""


def test_a_field_outside_the_window_or_hidden_or_disabled_is_refused(qtbot):
    win = _window(qtbot)
    beyond = QLineEdit(win)
    beyond.setGeometry(600, 10, 100, 24)  # right of the 400 px window
    hidden = QLineEdit(win)
    hidden.hide()
    off = QLineEdit(win)
    off.setEnabled(False)
    activate(qtbot, win)
    for w in (beyond, hidden, off):
        with pytest.raises(AssertionError):
            type_into(qtbot, w, "x")
    with pytest.raises(AssertionError):
        click(qtbot, off)


def test_a_field_scrolled_out_of_view_is_refused_until_scrolled_to(qtbot):
    win = _window(qtbot)
    area = QScrollArea()
    QVBoxLayout(win).addWidget(area)
    inner = QWidget()
    inner.setMinimumSize(300, 2000)
    far = QLineEdit(inner)
    far.setGeometry(10, 1900, 200, 24)
    area.setWidget(inner)
    activate(qtbot, win)
    assert seeable_problem(far) is not None
    area.ensureWidgetVisible(far)
    assert seeable_problem(far) is None
    type_into(qtbot, far, "gezien")
    assert far.text() == "gezien"

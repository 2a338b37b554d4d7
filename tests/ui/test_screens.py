"""Every screen, every tab, as a coach sees it: Alt-letters unique, every enabled input visible
at the smallest and a common window size, Tab visits every input of the step."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from tests.ui.helpers import clashes, scroll_to, seeable_problem, tab

SCREENS = (
    "vandaag",
    "clienten",
    "traject",
    "kaart",
    "brieven",
    "tellingen",
    "hiaten",
    "sync",
    "team",
    "instellingen",
)


@pytest.fixture
def busy_window(window, make):
    tid = make.trajectory(
        kennismaking=__import__("datetime").date(2026, 3, 9), client={"voornaam": "Piet"}
    )
    window.open_trajectory(tid)
    return window


def _each_screen_and_tab(window):
    for key in SCREENS:
        view = window.show_view(key)
        tabs = getattr(view, "tabs", None)
        if tabs is None:
            yield key, view
            continue
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            yield f"{key} tab {tabs.tabText(i)}", view


def test_every_screen_and_tab_has_unique_alt_letters(qtbot, busy_window):
    found = {}
    for where, _view in _each_screen_and_tab(busy_window):
        qtbot.wait(1)
        c = clashes(busy_window)
        if c:
            found[where] = c
    assert not found, found


def test_the_new_referral_form_has_unique_alt_letters(qtbot, window):
    dlg = window.new_referral()
    qtbot.waitUntil(dlg.isVisible)
    assert not clashes(dlg), clashes(dlg)
    dlg.reject()


INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QCheckBox,
    QAbstractItemView,
    QPushButton,
)


def _inputs(view):
    out = []
    for w in view.findChildren(QWidget):
        if not isinstance(w, INPUTS) or not w.isEnabled() or not w.isVisibleTo(view.window()):
            continue
        if isinstance(w.parentWidget(), QComboBox) or type(w).__name__ == "QComboBoxListView":
            continue  # a combo box's own line edit or list
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        out.append(w)
    return out


@pytest.mark.parametrize("size", [(1024, 700), (1440, 900)])
def test_every_enabled_input_of_every_screen_and_tab_can_be_seen(qtbot, busy_window, size):
    busy_window.resize(*size)
    qtbot.waitUntil(lambda: busy_window.width() <= size[0] + 1, timeout=3000)
    assert busy_window.width() <= size[0] and busy_window.height() <= size[1], (
        f"the window cannot shrink to {size}: {busy_window.size()}"
    )
    unseen = {}
    for where, view in _each_screen_and_tab(busy_window):
        qtbot.wait(1)
        for w in _inputs(view):
            scroll_to(w)
            problem = seeable_problem(w)
            if problem:
                unseen.setdefault(where, []).append(f"{w.accessibleName() or problem}")
    assert not unseen, unseen


SCALE = os.environ.get("QT_SCALE_FACTOR")


@pytest.mark.skipif(not SCALE, reason="runs in its own process, started by the test below")
def test_every_enabled_input_can_be_seen_at_the_scale_of_this_process(qtbot, busy_window):
    """The same check under QT_SCALE_FACTOR (which Qt reads only when the first
    QApplication is made, hence a process of its own)."""
    assert busy_window.devicePixelRatioF() == pytest.approx(float(SCALE))
    test_every_enabled_input_of_every_screen_and_tab_can_be_seen(qtbot, busy_window, (1024, 700))
    test_every_enabled_input_of_every_screen_and_tab_can_be_seen(qtbot, busy_window, (1440, 900))
    dlg = busy_window.new_referral()
    qtbot.waitUntil(dlg.isVisible)
    unseen = [w.accessibleName() for w in _inputs(dlg) if seeable_problem(w)]
    dlg.discard()
    dlg.reject()
    assert not unseen, unseen


@pytest.mark.skipif(bool(SCALE), reason="this process already runs scaled")
def test_every_enabled_input_can_be_seen_at_150_percent(tmp_path):
    """Every screen and trajectory tab at 1024x700 and 1440x900 (logical px) at 150 %."""
    env = dict(os.environ, QT_SCALE_FACTOR="1.5", QT_QPA_PLATFORM="offscreen")
    here = Path(__file__)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            f"--junitxml={tmp_path / 'run.xml'}",
            f"{here}::test_every_enabled_input_can_be_seen_at_the_scale_of_this_process",
        ],
        cwd=here.parent.parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    report = (tmp_path / "run.xml").read_text()
    assert 'tests="1"' in report and 'skipped="0"' in report, report[:2000]


def _tab_walk(qtbot, page, first, limit=200):
    """Press Tab from `first` until the focus leaves `page`; the widgets visited, in order."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [first]
    for _ in range(limit):
        tab(qtbot)
        w = QApplication.focusWidget()
        if w is None or not page.isAncestorOf(w) or w is first:
            break
        seen.append(w)
    return seen


def _focusable(page):
    return [
        w
        for w in _inputs(page)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and page.isAncestorOf(w)
    ]


def test_tab_visits_every_input_of_each_step_before_leaving_it(qtbot, busy_window):
    view = busy_window.views["traject"]
    missed = {}
    for i in range(view.tabs.count() - 1):  # the six steps and feedback (match: its own test)
        view.tabs.setCurrentIndex(i)
        page = view.tabs.currentWidget()
        wanted = _focusable(page)
        if not wanted:
            continue
        seen = _tab_walk(qtbot, page, wanted[0])
        left = [w.accessibleName() or type(w).__name__ for w in wanted if w not in seen]
        if left:
            missed[view.tabs.tabText(i)] = left
    assert not missed, missed


def test_tab_visits_every_input_of_the_new_referral_form(qtbot, window):
    dlg = window.new_referral()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.w["achternaam"], timeout=5000)
    wanted = [w for w in _focusable(dlg) if w is not dlg.matches]
    seen = _tab_walk(qtbot, dlg, dlg.w["achternaam"])
    assert [w.accessibleName() for w in wanted if w not in seen] == []
    dlg.discard()
    dlg.reject()

"""Every screen, every tab, as a coach sees it: Alt-letters unique, every enabled input visible
at the smallest and a common window size, Tab visits every input of the step."""

from __future__ import annotations

import pytest

from tests.ui.helpers import clashes

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

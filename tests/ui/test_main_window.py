"""The main window composes every screen; the heavy feature screens are built when first shown."""

from wor_desk_ui.main_window import LazyView
from wor_desk_ui.views.dashboard import DashboardView
from wor_desk_ui.views.letters import LetterDialog, LettersView
from wor_desk_ui.views.trajectory import TrajectoryView


def test_feature_screens_wait_until_first_shown_then_are_the_real_screens(window, qtbot):
    for key in ("kaart", "brieven", "tellingen", "hiaten", "sync", "team"):
        assert isinstance(window.views[key], LazyView)
        assert window.views[key]._inner is None, f"{key} built before anyone looked at it"
    dashboard = window.show_view("tellingen")
    assert isinstance(dashboard, DashboardView)
    assert window.views["tellingen"]._inner is dashboard
    assert window.show_view("tellingen") is dashboard  # built once
    assert isinstance(window.show_view("brieven"), LettersView)


def test_trajectory_screen_has_the_match_panel_and_the_letter_button(window, make, qtbot):
    from datetime import date

    tid = make.trajectory(
        verwijsdatum=date(2026, 3, 2),
        eerste_contact=date(2026, 3, 3),
        kennismaking=date(2026, 3, 9),
        toestemming_terugkoppeling=True,
    )
    window.open_trajectory(tid)
    view = window.views["traject"]
    assert isinstance(view, TrajectoryView)
    assert view.matching.trajectory_id == tid
    assert view.tabs.indexOf(view.matching) >= 0
    view.open_letter()
    dialogs = view.findChildren(LetterDialog)
    assert dialogs, "the letter dialog opens for this trajectory"
    assert dialogs[0].trajectory_id == tid
    for d in dialogs:
        d.close()

"""The words a coach reads (issue 12, items 10-12): singular and plural, Qt's own dialogs in
Dutch, a sign that Ctrl+S saved, the follow-up line on the Match tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidgetItemIterator
from wor_desk_ui import i18n

from tests.ui.helpers import press, set_date


def test_one_day_is_singular_and_more_are_plural_in_dutch_and_english(qtbot, window, make):
    """Qt's plural forms (tr("over %n dagen", "", n)): Dutch from wor_desk_nl.qm, English
    from wor_desk_en.qm, shown on the Match tab's planned follow-up (today is 23-11-2026)."""
    ids = [
        make.trajectory(
            verwijsdatum=date(2026, 9, 1),
            kennismaking=date(2026, 9, 8),
            aanbod="natuur",
            start_activiteit=start,  # follow-up planned 6 weeks later: 24-11 and 25-11
        )
        for start in (date(2026, 10, 13), date(2026, 10, 14))
    ]
    panel = window.views["traject"].matching

    def shown(tid):
        window.open_trajectory(tid)
        return panel.follow_planned.text()

    assert "(over 1 dag)" in shown(ids[0])
    assert "(over 2 dagen)" in shown(ids[1])
    i18n.set_language("en")
    try:
        assert "(in 1 day)" in shown(ids[0])
        assert "(in 2 days)" in shown(ids[1])
    finally:
        i18n.set_language("nl")


def test_today_says_1_werkdag_te_laat(qtbot, window, make):
    make.trajectory(verwijsdatum=date(2026, 11, 13))  # due Fri 20-11; today is Mon 23-11
    view = window.views["vandaag"]
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.reload()
    texts = []
    it = QTreeWidgetItemIterator(view.tree)
    while it.value():
        texts.append(it.value().text(3))
        it += 1
    assert "1 werkdag te laat" in texts, texts


def test_qt_file_dialogs_speak_dutch(qtbot):
    i18n.set_language("nl")
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") != "Files of type:"


def test_ctrl_s_on_a_trajectory_says_it_saved_and_the_note_goes_on_the_next_edit(
    qtbot, window, make, desk
):
    tid = make.trajectory(verwijsdatum=date(2026, 11, 16))
    window.open_trajectory(tid)
    view = window.views["traject"]
    set_date(qtbot, view.w["eerste_contact"], "17-11")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert desk.trajectory(tid).trajectory.eerste_contact == date(2026, 11, 17)
    assert view.saved_label.isVisible() and view.saved_label.text().startswith("Opgeslagen om")
    set_date(qtbot, view.w["kennismaking_gepland"], "20-11")
    assert view.saved_label.text() == ""


def test_the_match_tab_does_not_say_no_follow_up_above_a_recorded_one(qtbot, window, make):
    tid = make.trajectory(
        verwijsdatum=date(2026, 9, 1),
        kennismaking=date(2026, 9, 8),
        aanbod="natuur",
        start_activiteit=date(2026, 9, 20),
        nazorg=[date(2026, 11, 1)],
    )
    window.open_trajectory(tid)
    panel = window.views["traject"].matching
    text = panel.follow_planned.text()
    assert "01-11-2026" in text
    assert "Geen nazorg gepland" not in text


def test_count_axes_show_whole_steps_only():
    from PySide6.QtCharts import QValueAxis
    from wor_desk_ui.views.dashboard import _whole_number_axis

    for top, want in ((1, (2, 3)), (7, (8, 5)), (40, (50, 6))):
        axis = QValueAxis()
        _whole_number_axis(axis, top)
        assert (axis.max(), axis.tickCount()) == want  # 0,1,2 and not 0,0,1,1


def test_the_sync_screen_has_its_title_and_shows_percentages_as_tellingen_does(qtbot, desk, make):
    from wor_desk_ui.hub import Hub
    from wor_desk_ui.views.sync import SyncView

    from tests.ui.test_sync_view import fill, table_rows

    fill(make)
    desk.sync.configure(region_secret="regio-geheim-voor-tests")
    view = SyncView(desk, Hub())
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=10000)
    titles = [
        w.text() for w in view.findChildren(type(view.legend)) if w.objectName() == "screenTitle"
    ]
    assert titles == ["Synchronisatie"]
    pct = [r[3] for r in table_rows(view) if r[1].endswith("(%)") and not r[0].startswith("*")]
    assert pct and all(v.endswith(" %") and "." not in v for v in pct), pct


def test_sync_without_a_collector_points_at_the_screens_own_fields(qtbot, desk, make):
    from wor_desk_ui.hub import Hub
    from wor_desk_ui.views.sync import SyncView

    from tests.ui.helpers import click, show_at

    make.trajectory()
    view = SyncView(desk, Hub())
    qtbot.addWidget(view)
    show_at(qtbot, view)
    click(qtbot, view.sync_now)
    qtbot.waitUntil(lambda: "koppelcode" in view.summary.text(), timeout=10000)
    assert "Koppelen" in view.summary.text() and "wor-desk" not in view.summary.text()


def test_the_kind_of_aanbod_is_asked_once_per_meaning(qtbot, window, make):
    """Tab 4 no longer has its own "Match: soort aanbod" beside the Match tab's "Soort aanbod
    dat past": the need's kinds are on the Match tab, the started activity's kind on tab 5."""
    window.open_trajectory(make.trajectory())
    view = window.views["traject"]
    aanbod = view.w["aanbod"]
    assert not view.tabs.widget(2).isAncestorOf(aanbod)  # 4 Begeleiding en matching
    assert view.tabs.widget(3).isAncestorOf(aanbod)  # 5 Start activiteit
    labels = [w.text() for w in view.tabs.widget(2).findChildren(type(view.name))]
    assert not any("soort aanbod" in t.lower() and t.endswith("aanbod") for t in labels)


def test_the_retention_question_counts_in_dutch_and_english():
    from wor_desk_ui.views.upkeep import Upkeep

    assert Upkeep().retention_question(1, 24).startswith("1 afgesloten traject is langer")
    assert Upkeep().retention_question(2, 24).startswith("2 afgesloten trajecten zijn langer")
    i18n.set_language("en")
    try:
        assert Upkeep().retention_question(1, 24).startswith("1 closed trajectory has")
        assert "of 24 months" in Upkeep().retention_question(3, 24)
        assert Upkeep().title() == "Retention period"
    finally:
        i18n.set_language("nl")

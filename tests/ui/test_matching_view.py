"""The matching panel driven the way a coach uses it: tick activities, propose, record the
outcome with a start date, then record the follow-up when it is due."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from wor_desk_ui.hub import Hub
from wor_desk_ui.views.matching import MatchingPanel

from tests.ui.helpers import click, show_at, type_into
from wor_desk import health

D = date


@pytest.fixture
def setup(desk, make, qtbot):
    for naam, aanbod, wijk in (
        ("Wandelclub", "bewegen", "Overvecht"),
        ("Samen koken", "koken_samen_eten", "Overvecht"),
        ("Sport Zuilen", "bewegen", "Zuilen"),
        ("Oude gym", "bewegen", "Overvecht"),
    ):
        desk.catalogue.add(
            naam=naam,
            aanbod=aanbod,
            gemeente="Utrecht",
            wijk=wijk,
            actief_tot=D(2026, 1, 1) if naam == "Oude gym" else None,
        )
    tid = make.trajectory(
        verwijsdatum=D(2026, 9, 1),
        kennismaking=D(2026, 9, 8),
        client={
            "voornaam": "Anna",
            "achternaam": "Bakker",
            "gemeente": "Utrecht",
            "wijk": "Overvecht",
        },
    )
    hub = Hub()
    panel = MatchingPanel(desk, hub)
    qtbot.addWidget(panel)
    panel.set_trajectory(tid)
    show_at(qtbot, panel)
    return desk, tid, panel


def _candidate_names(panel):
    return [
        panel.candidates.item(i).text().split(" — ")[0] for i in range(panel.candidates.count())
    ]


def _tick(panel, name):
    for i in range(panel.candidates.count()):
        if panel.candidates.item(i).text().startswith(name + " — "):
            panel.candidates.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{name} not offered")


def test_the_panel_offers_open_activities_of_the_clients_wijk_and_narrows_to_the_need(setup, qtbot):
    desk, tid, panel = setup
    assert _candidate_names(panel) == [
        "Samen koken",
        "Wandelclub",
    ]  # not Zuilen, never the closed gym
    panel.need_cats["bewegen"].setChecked(True)
    type_into(qtbot, panel.need_text, "Wil in beweging komen")
    click(qtbot, panel.need_save)
    assert desk.matching.need(tid).categories == ("bewegen",)
    assert _candidate_names(panel) == ["Wandelclub"]
    panel.scope.setCurrentIndex(panel.scope.findData("gemeente"))
    assert _candidate_names(panel) == ["Wandelclub", "Sport Zuilen"]


def test_proposing_a_match_and_recording_acceptance_with_start_date(setup, qtbot):
    desk, tid, panel = setup
    _tick(panel, "Wandelclub")
    _tick(panel, "Samen koken")
    panel.propose_date.clear()
    type_into(qtbot, panel.propose_date, "10-9-2026")
    click(qtbot, panel.propose_btn)
    assert not panel.message.isVisible(), panel.message.text()
    assert sorted((h.naam, h.voorgesteld, h.uitkomst) for h in desk.matching.history(tid)) == [
        ("Samen koken", D(2026, 9, 10), None),
        ("Wandelclub", D(2026, 9, 10), None),
    ]
    assert panel.history.rowCount() == 2
    assert {panel.history.item(r, 2).text() for r in range(2)} == {"Nog open"}

    def row_of(name):
        return next(
            r for r in range(panel.history.rowCount()) if panel.history.item(r, 1).text() == name
        )

    # decline one without a reason: the panel says what to do, nothing is written
    panel.history.selectRow(row_of("Samen koken"))
    panel.outcome.set_code("afgewezen")
    click(qtbot, panel.outcome_btn)
    assert panel.message.isVisible() and "Kies waarom" in panel.message.text()
    assert all(h.uitkomst is None for h in desk.matching.history(tid))
    panel.decline_reason.set_code("kosten")
    click(qtbot, panel.outcome_btn)
    assert {h.naam: h.afwijsreden for h in desk.matching.history(tid)} == {
        "Samen koken": "kosten",
        "Wandelclub": None,
    }
    assert panel.history.item(row_of("Samen koken"), 3).text() == "Kosten"

    # accept the other with a start date: step 5, follow-up planned
    panel.history.selectRow(row_of("Wandelclub"))
    panel.outcome.set_code("geaccepteerd")
    type_into(qtbot, panel.start_date, "15-9-2026")
    click(qtbot, panel.outcome_btn)
    assert not panel.message.isVisible(), panel.message.text()
    t = desk.trajectory(tid).trajectory
    assert (t.activiteit, t.start_activiteit) == ("Wandelclub", D(2026, 9, 15))
    assert "Doet nu: Wandelclub" in panel.header.text()
    assert "Gepland: 27-10-2026" in panel.follow_planned.text()


def test_recording_a_follow_up_with_its_outcome(setup, qtbot):
    desk, tid, panel = setup
    aid = next(r.id for r in desk.catalogue.search() if r.activity.naam == "Wandelclub")
    (mid,), _ = desk.matching.propose(tid, [aid], on=D(2026, 9, 10))
    panel.hub.notify(
        desk.matching.record_outcome(mid, "geaccepteerd", D(2026, 9, 10), start=D(2026, 10, 12))
    )
    assert "Gepland: 23-11-2026 (vandaag)" in panel.follow_planned.text()
    assert [i.trajectory_id for i in desk.today_overview().follow_up] == [tid]

    panel.follow_outcome.set_code("gestopt")
    assert panel.stop_reason.isEnabled()
    click(qtbot, panel.follow_btn)
    assert "waarom" in panel.message.text()
    panel.stop_reason.set_code("tijd")
    type_into(qtbot, panel.follow_note, "Te vroeg op de dag")
    click(qtbot, panel.follow_btn)
    assert not panel.message.isVisible(), panel.message.text()
    (c,) = [c for c in desk.trajectory(tid).contacts if c.soort == "nazorg"]
    assert (c.datum, c.gepland, c.uitkomst, c.notitie) == (
        D(2026, 11, 23),
        False,
        "gestopt",
        "Te vroeg op de dag",
    )
    assert desk.today_overview().follow_up == ()
    assert panel.history.item(0, 3).text() == "gestopt: tijdstip past niet"
    assert "Geen volgend nazorgcontact gepland" in panel.follow_planned.text()
    assert "Geen nazorg gepland" not in panel.follow_planned.text()  # not above a held one


def test_scores_entered_in_the_panel_show_up_in_the_spinnenweb(setup, qtbot):
    desk, tid, panel = setup
    for i, sb in enumerate(panel.scores.values()):
        sb.setValue(3 + i)
    panel.health_moment.set_code("intake")
    click(qtbot, panel.health_btn)
    assert not panel.message.isVisible(), panel.message.text()
    (s,) = health.scores_of(desk, tid)
    assert list(s.values.values()) == [3, 4, 5, 6, 7, 8]
    assert panel.spider.series_count() == 1
    panel.scores["meedoen"].setValue(6)
    click(qtbot, panel.health_btn)  # five dimensions left empty
    assert "Vul alle zes dimensies in" in panel.message.text()


def test_the_gaps_screen_shows_needs_without_a_match_per_wijk(setup, qtbot, tmp_path):
    from wor_desk_ui.views.gaps import GapsView

    desk, tid, panel = setup
    panel.need_cats["muziek_cultuur"].setChecked(True)
    type_into(qtbot, panel.need_text, "Wil zingen")
    click(qtbot, panel.need_save)
    view = GapsView(desk, panel.hub)
    qtbot.addWidget(view)
    show_at(qtbot, view)
    assert [view.needs.item(0, c).text() for c in range(6)] == [
        "Utrecht / Overvecht",
        "Muziek en cultuur",
        "1",
        "0",
        "1",
        "0",
    ]
    view.van.set_value(D(2026, 10, 1))
    click(qtbot, view.show_btn)
    assert view.needs.rowCount() == 0  # the intake (08-09-2026) lies before the period
    view.save_csv(str(tmp_path / "hiaten.csv"))
    assert (
        (tmp_path / "hiaten.csv")
        .read_text()
        .startswith("section,gemeente,wijk,category,measure,value")
    )


def test_the_sign_up_note_passes_contact_details_only_with_consent(setup, qtbot):
    desk, tid, panel = setup
    desk.update_client(desk.trajectory(tid).client.id, telefoon="06-11112222")
    aid = next(r.id for r in desk.catalogue.search() if r.activity.naam == "Wandelclub")
    (mid,), changes = desk.matching.propose(tid, [aid], on=D(2026, 9, 10))
    panel.hub.notify(changes)
    assert "niet vastgelegd" in panel.consent.text()
    panel.history.selectRow(0)
    assert panel.signup_btn.isEnabled()
    click(qtbot, panel.signup_btn)
    text = panel.signup_dialog.findChild(type(panel.need_text)).toPlainText()
    assert "06-11112222" not in text and "Bakker" not in text and "Wandelclub" in text
    panel.signup_dialog.close()

    panel.hub.notify(desk.update_trajectory(tid, toestemming_gegevens=True))
    assert "toestemming gegeven" in panel.consent.text()
    panel.history.selectRow(0)
    click(qtbot, panel.signup_btn)
    text = panel.signup_dialog.findChild(type(panel.need_text)).toPlainText()
    assert "06-11112222" in text and "Anna Bakker" in text
    panel.signup_dialog.close()


def test_the_gaps_screen_says_unknown_in_the_coachs_language(desk, make, qtbot):
    """A need without a place or a type of offer reads 'onbekend' in Dutch, 'unknown' in English
    (the core's marker is not shown as such)."""
    from wor_desk_ui import i18n
    from wor_desk_ui.views.gaps import GapsView

    tid = make.trajectory(verwijsdatum=D(2026, 9, 1), kennismaking=D(2026, 9, 8))
    desk.update_trajectory(tid, behoefte="Wil iets doen")  # a need, no type of offer chosen
    for lang, word in (("nl", "onbekend"), ("en", "unknown")):
        i18n.set_language(lang)
        try:
            view = GapsView(desk, Hub())
            qtbot.addWidget(view)
            show_at(qtbot, view)
            assert [view.needs.item(0, c).text() for c in range(2)] == [f"{word} / {word}", word]
        finally:
            i18n.set_language("nl")

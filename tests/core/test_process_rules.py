"""Every rule of the six steps (wor_desk.domain.process), exercised through the Desk on a real
encrypted store: what is refused, with which message, and that a refused write changes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import inspect, text

from tests.conftest import Factory
from wor_desk import i18n
from wor_desk.domain import process
from wor_desk.errors import RuleViolation

TODAY = date(2026, 11, 23)  # the conftest's today (a Monday)
REF = date(2026, 3, 2)  # a Monday, the factory's default referral date
BEFORE = REF - timedelta(days=1)
TOMORROW = TODAY + timedelta(days=1)


def snapshot(desk) -> dict[str, list[tuple]]:
    """Every row of every table, in rowid order: to show a refused write changed nothing."""
    with desk.store.session() as s:
        conn = s.connection()
        names = inspect(conn).get_table_names()
        return {
            n: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{n}" ORDER BY rowid'))]
            for n in names
        }


def refused(desk, call, *keys: str) -> RuleViolation:
    """Run a write that must be refused for the given message keys; the store must not change."""
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as exc:
        call()
    got = {v.key for v in exc.value.violations}
    assert set(keys) <= got, f"expected {keys}, got {got}: {exc.value}"
    assert snapshot(desk) == before, "a refused write changed the store"
    return exc.value


def state(desk, tid):
    return desk.trajectory(tid).state


# -- referral ------------------------------------------------------------------------------------
def test_new_referral_is_at_step_3_with_first_contact_due(desk, make):
    tid = make.trajectory(verwijsdatum=REF)
    st = state(desk, tid)
    assert (st.step, st.status, st.next_action, st.due) == (
        3,
        "lopend",
        "eerste_contact",
        date(2026, 3, 9),
    )
    assert st.skipped_steps == ()


def test_referral_needs_a_date_and_a_referrer_type(desk, make):
    cid = make.client()
    err = refused(
        desk, lambda: desk.register_referral(cid, verwijsdatum=None, verwijzer_type=""), "required"
    )
    assert {v.field for v in err.violations} == {"verwijsdatum", "verwijzer_type"}


@pytest.mark.parametrize(
    "field, value",
    [("verwijzer_type", "dokter"), ("kanaal", "postduif"), ("redenen", ["verveling"])],
)
def test_referral_with_unknown_code_is_refused(desk, make, field, value):
    cid = make.client()
    kw = {"verwijsdatum": REF, "verwijzer_type": "huisarts", field: value}
    err = refused(desk, lambda: desk.register_referral(cid, **kw), "code_unknown")
    assert err.for_field("reden" if field == "redenen" else field)


def test_referral_in_the_future_is_refused_but_today_is_fine(desk, make):
    cid = make.client()
    refused(
        desk,
        lambda: desk.register_referral(cid, verwijsdatum=TOMORROW, verwijzer_type="huisarts"),
        "date_in_future",
    )
    tid, _ = desk.register_referral(cid, verwijsdatum=TODAY, verwijzer_type="huisarts")
    assert desk.trajectory(tid).trajectory.verwijsdatum == TODAY


def test_visit_to_care_provider_may_precede_the_referral_but_not_follow_it(desk, make):
    ok = make.trajectory(verwijsdatum=REF, bezoekdatum=REF - timedelta(days=7))
    assert desk.trajectory(ok).trajectory.bezoekdatum == REF - timedelta(days=7)
    cid = make.client()
    refused(
        desk,
        lambda: desk.register_referral(
            cid, verwijsdatum=REF, verwijzer_type="huisarts", bezoekdatum=REF + timedelta(days=1)
        ),
        "visit_after_referral",
    )


# -- no step date before the referral ---------------------------------------------------------------
@pytest.mark.parametrize(
    "field", ["eerste_contact", "kennismaking_gepland", "kennismaking", "start_activiteit"]
)
def test_step_date_before_referral_is_refused(desk, make, field):
    tid = make.trajectory(
        verwijsdatum=REF, aanbod="bewegen" if field == "start_activiteit" else None
    )
    err = refused(
        desk, lambda: desk.update_trajectory(tid, **{field: BEFORE}), "date_before_referral"
    )
    assert err.for_field(field)


def test_first_contact_at_registration_before_referral_is_refused(desk, make):
    cid = make.client()
    refused(
        desk,
        lambda: desk.register_referral(
            cid, verwijsdatum=REF, verwijzer_type="huisarts", eerste_contact=BEFORE
        ),
        "date_before_referral",
    )


def test_closing_before_referral_is_refused_and_on_the_referral_day_is_fine(desk, make):
    tid = make.trajectory(verwijsdatum=REF)
    refused(
        desk, lambda: desk.close_trajectory(tid, BEFORE, "niet_bereikbaar"), "date_before_referral"
    )
    desk.close_trajectory(tid, REF, "niet_bereikbaar")
    assert state(desk, tid).status == "afgesloten"


@pytest.mark.parametrize(
    "soort, gepland", [("gesprek", False), ("nazorg", False), ("gesprek", True), ("nazorg", True)]
)
def test_contact_before_referral_is_refused(desk, make, soort, gepland):
    tid = make.trajectory(verwijsdatum=REF, eerste_contact=REF, kennismaking=REF)
    refused(
        desk, lambda: desk.add_contact(tid, soort, BEFORE, gepland=gepland), "date_before_referral"
    )


def test_feedback_and_pause_before_referral_are_refused(desk, make):
    tid = make.trajectory(verwijsdatum=REF, toestemming_terugkoppeling=True)
    refused(desk, lambda: desk.record_feedback(tid, BEFORE, None, "post"), "date_before_referral")
    refused(desk, lambda: desk.pause(tid, BEFORE), "date_before_referral")


def test_moving_the_referral_after_recorded_steps_is_refused(desk, make):
    tid = make.trajectory(
        verwijsdatum=REF,
        eerste_contact=REF + timedelta(days=1),
        kennismaking=REF + timedelta(days=5),
    )
    err = refused(
        desk,
        lambda: desk.update_trajectory(tid, verwijsdatum=REF + timedelta(days=3)),
        "date_before_referral",
    )
    assert err.for_field("eerste_contact")


# -- no date in the future ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "field", ["eerste_contact", "kennismaking", "start_activiteit", "bezoekdatum"]
)
def test_held_step_date_in_the_future_is_refused(desk, make, field):
    tid = make.trajectory(verwijsdatum=REF, aanbod="bewegen")
    err = refused(desk, lambda: desk.update_trajectory(tid, **{field: TOMORROW}), "date_in_future")
    assert err.for_field(field)


def test_held_contact_feedback_pause_and_closing_in_the_future_are_refused(desk, make):
    tid = make.trajectory(
        verwijsdatum=REF, eerste_contact=REF, kennismaking=REF, toestemming_terugkoppeling=True
    )
    refused(desk, lambda: desk.add_contact(tid, "gesprek", TOMORROW), "date_in_future")
    refused(desk, lambda: desk.record_feedback(tid, TOMORROW, "intake", "post"), "date_in_future")
    refused(desk, lambda: desk.pause(tid, TOMORROW), "date_in_future")
    refused(desk, lambda: desk.close_trajectory(tid, TOMORROW, "uitgevallen"), "date_in_future")


def test_planned_contacts_and_planned_intake_may_lie_in_the_future(desk, make):
    tid = make.trajectory(
        verwijsdatum=REF, eerste_contact=REF, kennismaking_gepland=TODAY + timedelta(days=3)
    )
    assert state(desk, tid) == process.TrajectoryState(
        3, "lopend", "kennismaking", TODAY + timedelta(days=3)
    )
    desk.update_trajectory(tid, kennismaking=REF + timedelta(days=4))
    cid_, _ = desk.add_contact(tid, "gesprek", TODAY + timedelta(days=30), gepland=True)
    st = state(desk, tid)
    assert (st.step, st.next_action, st.due) == (4, "matchen", TODAY + timedelta(days=30))


def test_marking_a_future_planned_contact_as_held_is_refused(desk, make):
    tid = make.trajectory(verwijsdatum=REF, eerste_contact=REF, kennismaking=REF)
    cid_, _ = desk.add_contact(tid, "gesprek", TOMORROW, gepland=True)
    refused(desk, lambda: desk.update_contact(cid_, gepland=False), "date_in_future")
    desk.update_contact(cid_, datum=TODAY, gepland=False, notitie="Gesprek gehad")
    assert desk.trajectory(tid).facts.gesprekken == (TODAY,)


# -- order of the steps -------------------------------------------------------------------------------
def test_intake_before_first_contact_is_refused(desk, make):
    tid = make.trajectory(verwijsdatum=REF, eerste_contact=REF + timedelta(days=3))
    err = refused(
        desk,
        lambda: desk.update_trajectory(tid, kennismaking=REF + timedelta(days=2)),
        "order_broken",
    )
    assert err.violations[0].params["first"] == "eerste_contact"


def test_activity_start_before_intake_is_refused(desk, make):
    tid = make.trajectory(
        verwijsdatum=REF, eerste_contact=REF, kennismaking=REF + timedelta(days=10)
    )
    err = refused(
        desk,
        lambda: desk.update_trajectory(
            tid, aanbod="natuur", start_activiteit=REF + timedelta(days=9)
        ),
        "order_broken",
    )
    assert err.for_field("start_activiteit")


def test_first_contact_intake_and_start_on_one_day_are_in_order(desk, make):
    tid = make.trajectory(
        verwijsdatum=REF,
        eerste_contact=REF,
        kennismaking=REF,
        aanbod="natuur",
        start_activiteit=REF,
    )
    assert state(desk, tid).step == 5


def test_moving_first_contact_after_the_intake_is_refused(desk, make):
    tid = make.trajectory(
        verwijsdatum=REF, eerste_contact=REF, kennismaking=REF + timedelta(days=3)
    )
    refused(
        desk,
        lambda: desk.update_trajectory(tid, eerste_contact=REF + timedelta(days=4)),
        "order_broken",
    )


def test_activity_start_needs_an_aanbod(desk, make):
    tid = make.trajectory(verwijsdatum=REF, eerste_contact=REF, kennismaking=REF)
    err = refused(
        desk,
        lambda: desk.update_trajectory(tid, start_activiteit=REF + timedelta(days=7)),
        "start_needs_aanbod",
    )
    assert err.for_field("aanbod")
    refused(
        desk,
        lambda: desk.update_trajectory(
            tid, aanbod="schaken", start_activiteit=REF + timedelta(days=7)
        ),
        "code_unknown",
    )
    desk.update_trajectory(tid, aanbod="bewegen", start_activiteit=REF + timedelta(days=7))
    assert state(desk, tid).step == 5


def test_clearing_the_aanbod_of_a_started_activity_is_refused(desk, make):
    tid = make.trajectory(
        verwijsdatum=REF,
        eerste_contact=REF,
        kennismaking=REF,
        aanbod="bewegen",
        start_activiteit=REF,
    )
    refused(desk, lambda: desk.update_trajectory(tid, aanbod=""), "start_needs_aanbod")


# -- closing ----------------------------------------------------------------------------------------
def test_closing_needs_a_known_reason(desk, make):
    tid = make.trajectory(verwijsdatum=REF)
    err = refused(
        desk,
        lambda: desk.close_trajectory(tid, REF + timedelta(days=10), ""),
        "closing_needs_reason",
    )
    assert err.for_field("afsluitreden")
    refused(
        desk,
        lambda: desk.close_trajectory(tid, REF + timedelta(days=10), "verhuisd"),
        "code_unknown",
    )


def test_a_closing_reason_needs_a_closing_date():
    facts = process.TrajectoryFacts(
        verwijsdatum=REF, verwijzer_type="huisarts", afsluitreden="uitgevallen"
    )
    assert [(v.field, v.key) for v in process.check(facts, TODAY)] == [
        ("afgerond", "reason_needs_closing_date")
    ]


def _at_step(make, step: int, **kw) -> int:
    steps = {
        "3-no-contact": {},
        "3-contacted": {"eerste_contact": REF + timedelta(days=1)},
        "4": {"eerste_contact": REF + timedelta(days=1), "kennismaking": REF + timedelta(days=5)},
        "5": {
            "eerste_contact": REF + timedelta(days=1),
            "kennismaking": REF + timedelta(days=5),
            "aanbod": "bewegen",
            "start_activiteit": REF + timedelta(days=20),
        },
        "6": {
            "eerste_contact": REF + timedelta(days=1),
            "kennismaking": REF + timedelta(days=5),
            "aanbod": "bewegen",
            "start_activiteit": REF + timedelta(days=20),
            "nazorg": [REF + timedelta(days=62)],
        },
    }[step]
    return make.trajectory(verwijsdatum=REF, **steps, **kw)


@pytest.mark.parametrize(
    "step, reason",
    [
        ("3-no-contact", "niet_bereikbaar"),  # never reached
        ("3-contacted", "uitgevallen"),  # drop-out at step 3
        ("4", "doorverwezen"),  # referred on (e.g. to mental health care) at step 4
        ("4", "geen_behoefte"),
        ("5", "activiteit_loopt"),
        ("6", "afgerond_doel_bereikt"),
    ],
)
def test_closing_is_allowed_from_any_step(desk, make, step, reason):
    tid = _at_step(make, step)
    desk.close_trajectory(tid, REF + timedelta(days=70), reason, "toelichting")
    d = desk.trajectory(tid)
    assert (d.state.step, d.state.status, d.state.next_action, d.state.due) == (
        6,
        "afgesloten",
        None,
        None,
    )
    assert (d.trajectory.afsluitreden, d.trajectory.afsluit_toelichting) == (reason, "toelichting")


def test_a_closed_trajectory_cannot_be_closed_again_or_progressed(desk, make):
    tid = _at_step(make, "4", afgerond=REF + timedelta(days=30), afsluitreden="uitgevallen")
    refused(
        desk,
        lambda: desk.close_trajectory(tid, REF + timedelta(days=40), "overig"),
        "closed_cannot_change",
    )
    refused(
        desk,
        lambda: desk.update_trajectory(
            tid, aanbod="bewegen", start_activiteit=REF + timedelta(days=25)
        ),
        "closed_cannot_change",
    )
    refused(desk, lambda: desk.update_trajectory(tid, redenen=["stress"]), "closed_cannot_change")
    refused(
        desk,
        lambda: desk.add_contact(tid, "gesprek", REF + timedelta(days=20)),
        "closed_cannot_change",
    )


def test_notes_of_a_closed_trajectory_may_still_be_corrected(desk, make):
    tid = _at_step(make, "4", afgerond=REF + timedelta(days=30), afsluitreden="uitgevallen")
    desk.update_trajectory(tid, afsluit_toelichting="Verhuisd naar Zwolle", behoefte="Meer contact")
    t = desk.trajectory(tid).trajectory
    assert (t.afsluit_toelichting, t.behoefte) == ("Verhuisd naar Zwolle", "Meer contact")


def test_feedback_may_be_logged_after_closing(desk, make):
    tid = _at_step(
        make,
        "5",
        toestemming_terugkoppeling=True,
        afgerond=REF + timedelta(days=60),
        afsluitreden="activiteit_loopt",
    )
    assert desk.trajectory(tid).feedback_due == ("intake", "afronding")
    desk.record_feedback(tid, REF + timedelta(days=62), "afronding", "zorgdomein")
    assert desk.trajectory(tid).feedback_due == ("intake",)


# -- reopen -----------------------------------------------------------------------------------------
def test_reopening_returns_a_trajectory_to_its_step(desk, make):
    tid = _at_step(make, "4", afgerond=REF + timedelta(days=30), afsluitreden="uitgevallen")
    desk.reopen(tid)
    d = desk.trajectory(tid)
    assert (d.trajectory.afgerond, d.trajectory.afsluitreden) == (None, None)
    assert (d.state.step, d.state.status, d.state.next_action) == (4, "lopend", "matchen")
    desk.update_trajectory(tid, aanbod="bewegen", start_activiteit=REF + timedelta(days=35))
    assert state(desk, tid).step == 5


def test_reopening_an_open_trajectory_is_refused(desk, make):
    tid = make.trajectory(verwijsdatum=REF)
    refused(desk, lambda: desk.reopen(tid), "not_closed")


def test_reopening_is_refused_while_the_client_has_another_open_trajectory(desk, make):
    old = make.trajectory(
        verwijsdatum=date(2025, 1, 6), afgerond=date(2025, 2, 3), afsluitreden="uitgevallen"
    )
    cid = desk.trajectory(old).client.id
    make.trajectory(cid, verwijsdatum=REF)
    refused(desk, lambda: desk.reopen(old), "client_has_open_trajectory")


# -- one open trajectory per client ----------------------------------------------------------------
def test_a_client_has_at_most_one_open_trajectory(desk, make):
    first = make.trajectory(verwijsdatum=date(2025, 6, 2))
    cid = desk.trajectory(first).client.id
    err = refused(
        desk,
        lambda: desk.register_referral(cid, verwijsdatum=REF, verwijzer_type="poh"),
        "client_has_open_trajectory",
    )
    assert "02-06-2025" in err.message("nl")
    desk.close_trajectory(first, date(2025, 7, 1), "afgerond_doel_bereikt")
    second, _ = desk.register_referral(cid, verwijsdatum=REF, verwijzer_type="poh")
    assert [d.id for d in desk.trajectories_of(cid)] == [second, first]


def test_a_second_referral_on_the_same_day_is_refused(desk, make):
    first = make.trajectory(verwijsdatum=REF, afgerond=REF, afsluitreden="geen_behoefte")
    cid = desk.trajectory(first).client.id
    refused(
        desk,
        lambda: desk.register_referral(cid, verwijsdatum=REF, verwijzer_type="poh"),
        "referral_exists",
    )


def test_moving_a_referral_onto_the_date_of_another_referral_is_refused(desk, make):
    old = make.trajectory(
        verwijsdatum=date(2025, 1, 6), afgerond=date(2025, 2, 3), afsluitreden="uitgevallen"
    )
    cid = desk.trajectory(old).client.id
    new = make.trajectory(cid, verwijsdatum=REF)
    refused(
        desk, lambda: desk.update_trajectory(new, verwijsdatum=date(2025, 1, 6)), "referral_exists"
    )


def test_registering_a_new_client_with_a_taken_number_creates_nothing(desk, make):
    make.trajectory(client={"client_nr": "K-1"})
    refused(
        desk,
        lambda: desk.register_referral(
            client={"client_nr": "K-1", "achternaam": "Ander"},
            verwijsdatum=REF,
            verwijzer_type="huisarts",
        ),
        "client_nr_taken",
    )


def test_a_new_client_with_invalid_details_is_refused_together_with_the_referral(desk):
    err = refused(
        desk,
        lambda: desk.register_referral(
            client={"client_nr": "K-2", "achternaam": "", "postcode": "AB 1234"},
            verwijsdatum=TOMORROW,
            verwijzer_type="huisarts",
        ),
        "required",
        "postcode_invalid",
        "date_in_future",
    )
    assert {v.field for v in err.violations} == {"achternaam", "postcode", "verwijsdatum"}


# -- self-referral ------------------------------------------------------------------------------------
def test_self_referral_skips_steps_1_and_2(desk, make):
    tid = make.trajectory(
        verwijsdatum=REF, verwijzer_type="zelf", kanaal="spreekuur", eerste_contact=REF
    )
    st = state(desk, tid)
    assert st.skipped_steps == (1, 2)
    assert (st.step, st.next_action) == (3, "kennismaking")


def test_self_referral_may_not_have_a_visit_date(desk, make):
    cid = make.client()
    err = refused(
        desk,
        lambda: desk.register_referral(
            cid, verwijsdatum=REF, verwijzer_type="zelf", bezoekdatum=BEFORE
        ),
        "self_referral_no_visit",
    )
    assert err.for_field("bezoekdatum")
    tid = make.trajectory(verwijsdatum=REF, bezoekdatum=BEFORE)  # a GP referral with a visit
    refused(
        desk, lambda: desk.update_trajectory(tid, verwijzer_type="zelf"), "self_referral_no_visit"
    )


def test_self_referral_gets_no_feedback_letters_due(desk, make):
    tid = make.trajectory(
        verwijsdatum=REF,
        verwijzer_type="zelf",
        toestemming_terugkoppeling=True,
        eerste_contact=REF,
        kennismaking=REF,
    )
    assert desk.trajectory(tid).feedback_due == ()


# -- pause and resume -------------------------------------------------------------------------------
def test_pause_holds_the_trajectory_and_resume_continues_it(desk, make):
    tid = _at_step(make, "4")
    desk.pause(tid, REF + timedelta(days=10), "Eerst schuldhulp")
    d = desk.trajectory(tid)
    assert (d.state.step, d.state.status, d.state.next_action, d.state.due) == (
        4,
        "gepauzeerd",
        "hervatten",
        None,
    )
    assert d.pauses[0].reden == "Eerst schuldhulp"
    desk.resume(tid, REF + timedelta(days=40))
    d = desk.trajectory(tid)
    assert (d.state.status, d.state.next_action) == ("lopend", "matchen")
    assert [(p.van, p.tot) for p in d.pauses] == [
        (REF + timedelta(days=10), REF + timedelta(days=40))
    ]


def test_no_progress_while_paused(desk, make):
    tid = _at_step(make, "3-no-contact")
    desk.pause(tid, REF + timedelta(days=1))
    refused(
        desk,
        lambda: desk.update_trajectory(tid, eerste_contact=REF + timedelta(days=2)),
        "paused_cannot_progress",
    )
    refused(
        desk,
        lambda: desk.add_contact(tid, "gesprek", REF + timedelta(days=2)),
        "paused_cannot_progress",
    )
    tid4 = _at_step(make, "4")
    desk.pause(tid4, REF + timedelta(days=6))
    refused(
        desk,
        lambda: desk.update_trajectory(
            tid4, aanbod="bewegen", start_activiteit=REF + timedelta(days=7)
        ),
        "paused_cannot_progress",
    )


def test_a_contact_may_be_planned_while_paused(desk, make):
    tid = _at_step(make, "4")
    desk.pause(tid, REF + timedelta(days=6))
    desk.add_contact(
        tid, "gesprek", TODAY + timedelta(days=14), gepland=True, notitie="Na schuldhulp"
    )
    assert desk.trajectory(tid).state.status == "gepauzeerd"


def test_a_paused_trajectory_cannot_be_paused_again(desk, make):
    tid = _at_step(make, "4")
    desk.pause(tid, REF + timedelta(days=6))
    refused(desk, lambda: desk.pause(tid, REF + timedelta(days=9)), "already_paused")


def test_resume_is_refused_when_not_paused_or_before_the_pause_began(desk, make):
    tid = _at_step(make, "4")
    refused(desk, lambda: desk.resume(tid, REF + timedelta(days=9)), "not_paused")
    desk.pause(tid, REF + timedelta(days=10))
    refused(desk, lambda: desk.resume(tid, REF + timedelta(days=9)), "pause_end_before_start")
    refused(desk, lambda: desk.resume(tid, TOMORROW), "date_in_future")


def test_overlapping_pauses_are_refused_and_back_to_back_pauses_allowed(desk, make):
    tid = _at_step(make, "4")
    desk.pause(tid, REF + timedelta(days=10))
    desk.resume(tid, REF + timedelta(days=20))
    err = refused(desk, lambda: desk.pause(tid, REF + timedelta(days=15)), "pause_overlap")
    assert err.for_field("pauze")
    desk.pause(tid, REF + timedelta(days=20))  # starts the day the first one ended
    assert [(p.van, p.tot) for p in desk.trajectory(tid).pauses] == [
        (REF + timedelta(days=10), REF + timedelta(days=20)),
        (REF + timedelta(days=20), None),
    ]


def test_a_pause_on_a_closed_trajectory_is_refused(desk, make):
    tid = _at_step(make, "4", afgerond=REF + timedelta(days=30), afsluitreden="uitgevallen")
    refused(desk, lambda: desk.pause(tid, REF + timedelta(days=31)), "closed_cannot_change")


def test_closing_a_paused_trajectory_ends_the_pause_that_day(desk, make):
    tid = _at_step(make, "4")
    desk.pause(tid, REF + timedelta(days=10))
    desk.close_trajectory(tid, REF + timedelta(days=50), "doorverwezen")
    d = desk.trajectory(tid)
    assert d.state.status == "afgesloten"
    assert [(p.van, p.tot) for p in d.pauses] == [
        (REF + timedelta(days=10), REF + timedelta(days=50))
    ]


def test_closing_a_paused_trajectory_before_its_pause_began_is_refused(desk, make):
    tid = _at_step(make, "4")
    desk.pause(tid, REF + timedelta(days=10))
    refused(
        desk,
        lambda: desk.close_trajectory(tid, REF + timedelta(days=8), "uitgevallen"),
        "pause_end_before_start",
    )


def test_pause_rules_in_process_check():
    f = process.TrajectoryFacts(
        verwijsdatum=REF,
        verwijzer_type="huisarts",
        pauzes=((REF, None), (REF + timedelta(days=5), None)),
    )
    assert {"pause_twice", "pause_overlap"} <= {v.key for v in process.check(f, TODAY)}
    f = process.TrajectoryFacts(
        verwijsdatum=REF,
        verwijzer_type="huisarts",
        pauzes=(
            (REF + timedelta(days=10), REF + timedelta(days=30)),
            (REF + timedelta(days=20), REF + timedelta(days=40)),
        ),
    )
    assert [v.key for v in process.check(f, TODAY)] == ["pause_overlap"]


# -- feedback and consent -----------------------------------------------------------------------------
@pytest.mark.parametrize("consent", [None, False])
def test_feedback_needs_recorded_consent(desk, make, consent):
    tid = _at_step(make, "4", toestemming_terugkoppeling=consent)
    err = refused(
        desk,
        lambda: desk.record_feedback(tid, REF + timedelta(days=6), "intake", "post"),
        "feedback_needs_consent",
    )
    assert err.for_field("toestemming_terugkoppeling")


def test_feedback_with_consent_is_logged_and_covers_its_moment(desk, make):
    tid = _at_step(make, "4", toestemming_terugkoppeling=True)
    assert desk.trajectory(tid).feedback_due == ("intake",)
    refused(
        desk,
        lambda: desk.record_feedback(tid, REF + timedelta(days=6), "bellen", "post"),
        "code_unknown",
    )
    desk.record_feedback(tid, REF + timedelta(days=6), "intake", "zorgdomein", "Kort verslag")
    d = desk.trajectory(tid)
    assert [(f.datum, f.moment, f.kanaal) for f in d.feedback] == [
        (REF + timedelta(days=6), "intake", "zorgdomein")
    ]
    assert d.feedback_due == ()


# -- derived step, next action and due date ------------------------------------------------------------
@pytest.mark.parametrize(
    "verwijsdatum, deadline",
    [
        (date(2026, 3, 2), date(2026, 3, 9)),  # Monday -> next Monday
        (date(2026, 3, 6), date(2026, 3, 13)),  # Friday -> over the weekend to the next Friday
        (date(2026, 3, 7), date(2026, 3, 13)),  # Saturday -> the Friday after
        (date(2026, 4, 23), date(2026, 5, 1)),  # Thursday, King's Day (Mon 27 April) does not count
        (date(2026, 4, 2), date(2026, 4, 13)),  # Good Friday and Easter Monday do not count
    ],
)
def test_first_contact_is_due_on_the_5th_working_day_after_referral(
    desk, make, verwijsdatum, deadline
):
    tid = make.trajectory(verwijsdatum=verwijsdatum)
    st = state(desk, tid)
    assert (st.next_action, st.due) == ("eerste_contact", deadline)
    row = next(r for r in desk.trajectory_rows() if r.id == tid)
    assert row.due == deadline


def test_after_first_contact_the_intake_is_next_due_on_its_planned_day(desk, make):
    tid = make.trajectory(verwijsdatum=REF, eerste_contact=REF + timedelta(days=1))
    assert state(desk, tid) == process.TrajectoryState(3, "lopend", "kennismaking", None)
    desk.update_trajectory(tid, kennismaking_gepland=REF + timedelta(days=8))
    assert state(desk, tid).due == REF + timedelta(days=8)


def test_follow_up_is_planned_six_weeks_after_the_start_moved_to_a_working_day(desk, make):
    tid = make.trajectory(
        verwijsdatum=REF,
        eerste_contact=REF,
        kennismaking=REF,
        aanbod="bewegen",
        start_activiteit=date(2026, 3, 25),
    )  # a Wednesday: + 6 weeks = Wed 6 May
    assert state(desk, tid) == process.TrajectoryState(5, "lopend", "nazorg", date(2026, 5, 6))
    assert [(c.soort, c.datum, c.gepland) for c in desk.trajectory(tid).contacts] == [
        ("nazorg", date(2026, 5, 6), True)
    ]
    sunday = _at_step(make, "5")  # started Sunday 22 March: + 6 weeks is Sunday 3 May
    assert state(desk, sunday).due == date(2026, 5, 4)
    kings_day = make.trajectory(
        verwijsdatum=REF,
        eerste_contact=REF,
        kennismaking=REF,
        aanbod="bewegen",
        start_activiteit=date(2026, 3, 16),
    )  # + 6 weeks = Mon 27 April, King's Day
    assert state(desk, kings_day).due == date(2026, 4, 28)


def test_a_planned_follow_up_contact_sets_the_due_date(desk, make):
    tid = _at_step(make, "5")
    (planned,) = desk.trajectory(tid).contacts
    desk.update_contact(planned.id, datum=REF + timedelta(days=50))
    assert state(desk, tid).due == REF + timedelta(days=50)


def test_follow_up_weeks_follow_the_nazorg_na_weken_setting(desk, make):
    desk.update_settings(nazorg_na_weken=10)
    tid = make.trajectory(
        verwijsdatum=REF,
        eerste_contact=REF,
        kennismaking=REF,
        aanbod="bewegen",
        start_activiteit=date(2026, 3, 25),
    )
    assert state(desk, tid).due == date(2026, 6, 3)  # + 10 weeks, a Wednesday
    assert next(r for r in desk.trajectory_rows() if r.id == tid).due == date(2026, 6, 3)
    facts = desk.trajectory(tid).facts
    unplanned = process.TrajectoryFacts(
        **{**facts.__dict__, "gepland": ()}
    )  # e.g. an imported trajectory
    assert process.derive(unplanned, TODAY, 10).due == date(2026, 6, 3)
    assert process.derive(unplanned, TODAY, 4).due == date(2026, 4, 22)


def test_a_held_follow_up_brings_the_trajectory_to_step_6_closing_next(desk, make):
    tid = _at_step(make, "6")
    assert state(desk, tid) == process.TrajectoryState(6, "lopend", "afronden", None)


def test_step_4_waits_for_matching_due_on_the_next_planned_conversation(desk, make):
    tid = _at_step(make, "4")
    assert state(desk, tid) == process.TrajectoryState(4, "lopend", "matchen", None)
    desk.add_contact(tid, "gesprek", TODAY + timedelta(days=9), gepland=True)
    desk.add_contact(tid, "gesprek", TODAY + timedelta(days=2), gepland=True)
    assert state(desk, tid).due == TODAY + timedelta(days=2)


def test_overdue_and_days_left_count_from_today():
    st = process.TrajectoryState(3, "lopend", "eerste_contact", TODAY - timedelta(days=2))
    assert st.is_overdue(TODAY) and st.days_left(TODAY) == -2
    assert not process.TrajectoryState(3, "lopend", "kennismaking", None).is_overdue(TODAY)


def test_trajectory_rows_derive_the_same_state_as_the_detail(desk, make):
    ids = [_at_step(make, s) for s in ("3-no-contact", "3-contacted", "4", "5", "6")]
    paused = _at_step(make, "4")
    desk.pause(paused, REF + timedelta(days=7))
    ids.append(paused)
    ids.append(
        _at_step(make, "5", afgerond=REF + timedelta(days=60), afsluitreden="activiteit_loopt")
    )
    planned = _at_step(make, "5")
    desk.add_contact(planned, "nazorg", TODAY + timedelta(days=3), gepland=True)
    ids.append(planned)
    rows = {r.id: r for r in desk.trajectory_rows()}
    for tid in ids:
        st = state(desk, tid)
        r = rows[tid]
        assert (r.step, r.status, r.next_action, r.due) == (
            st.step,
            st.status,
            st.next_action,
            st.due,
        ), tid


# -- Vandaag ---------------------------------------------------------------------------------------------
def test_today_lists_first_contacts_due_with_working_days_left(desk, make):
    soon = make.trajectory(
        verwijsdatum=date(2026, 11, 18), client={"achternaam": "Binnenkort"}
    )  # due Wed 25 Nov
    late = make.trajectory(
        verwijsdatum=date(2026, 11, 9), client={"achternaam": "Te laat"}
    )  # due Mon 16 Nov
    make.trajectory(
        verwijsdatum=date(2026, 11, 9), eerste_contact=date(2026, 11, 10)
    )  # contacted: not listed
    today = desk.today_overview()
    items = {i.trajectory_id: i for i in today.first_contact}
    assert set(items) == {soon, late}
    assert (items[soon].due, items[soon].days_left, items[soon].workdays_left) == (
        date(2026, 11, 25),
        2,
        2,
    )
    assert (items[late].due, items[late].days_left, items[late].workdays_left) == (
        date(2026, 11, 16),
        -7,
        -5,
    )
    assert [i.trajectory_id for i in today.first_contact] == [late, soon]  # most urgent first
    assert items[soon].naam == "Test Binnenkort"


def test_today_lists_planned_intakes_and_conversations_within_the_horizon(desk, make):
    intake = make.trajectory(
        verwijsdatum=date(2026, 11, 2),
        eerste_contact=date(2026, 11, 3),
        kennismaking_gepland=TODAY + timedelta(days=2),
    )
    far = make.trajectory(
        verwijsdatum=date(2026, 11, 2),
        eerste_contact=date(2026, 11, 3),
        kennismaking_gepland=TODAY + timedelta(days=20),
    )
    talk = _at_step(make, "4")
    desk.add_contact(
        talk, "gesprek", TODAY + timedelta(days=4), gepland=True, notitie="Tweede gesprek"
    )
    planned = desk.today_overview().planned
    assert [(i.trajectory_id, i.what, i.due) for i in planned] == [
        (intake, "kennismaking", TODAY + timedelta(days=2)),
        (talk, "gesprek", TODAY + timedelta(days=4)),
    ]
    assert planned[1].note == "Tweede gesprek"
    assert far in {i.trajectory_id for i in desk.today_overview(horizon_days=30).planned}


def test_today_lists_follow_ups_due_within_the_horizon(desk, make):
    due = make.trajectory(
        verwijsdatum=date(2026, 9, 1),
        eerste_contact=date(2026, 9, 2),
        kennismaking=date(2026, 9, 8),
        aanbod="bewegen",
        start_activiteit=date(2026, 10, 14),
    )  # + 6 weeks = 25 Nov
    later = make.trajectory(
        verwijsdatum=date(2026, 10, 1),
        eerste_contact=date(2026, 10, 2),
        kennismaking=date(2026, 10, 8),
        aanbod="bewegen",
        start_activiteit=date(2026, 11, 10),
    )  # + 6 weeks = 22 Dec
    follow = desk.today_overview().follow_up
    assert [(i.trajectory_id, i.what, i.due, i.days_left) for i in follow] == [
        (due, "nazorg", date(2026, 11, 25), 2)
    ]
    assert later in {i.trajectory_id for i in desk.today_overview(horizon_days=40).follow_up}


def test_today_lists_feedback_letters_due_within_the_window_only(desk, make):
    recent = make.trajectory(
        verwijsdatum=date(2026, 11, 2),
        eerste_contact=date(2026, 11, 3),
        kennismaking=date(2026, 11, 10),
        toestemming_terugkoppeling=True,
    )
    old = make.trajectory(
        verwijsdatum=date(2026, 6, 1),
        eerste_contact=date(2026, 6, 2),
        kennismaking=date(2026, 6, 8),
        toestemming_terugkoppeling=True,
    )
    make.trajectory(
        verwijsdatum=date(2026, 11, 2),
        eerste_contact=date(2026, 11, 3),
        kennismaking=date(2026, 11, 10),
        toestemming_terugkoppeling=False,
    )
    closed = make.trajectory(
        verwijsdatum=date(2026, 9, 1),
        eerste_contact=date(2026, 9, 2),
        kennismaking=date(2026, 9, 8),
        toestemming_terugkoppeling=True,
        terugkoppeling=[date(2026, 9, 9)],
        afgerond=date(2026, 11, 16),
        afsluitreden="uitgevallen",
    )
    letters = desk.today_overview().feedback
    assert sorted((i.trajectory_id, i.note, i.due) for i in letters) == sorted(
        [(recent, "intake", date(2026, 11, 10)), (closed, "afronding", date(2026, 11, 16))]
    )
    assert old not in {i.trajectory_id for i in letters}
    desk.record_feedback(recent, TODAY, "intake", "post")
    desk.record_feedback(closed, TODAY, "afronding", "post")
    assert desk.today_overview().feedback == ()


def test_today_lists_paused_trajectories_with_their_reason_and_nothing_else_for_them(desk, make):
    tid = make.trajectory(verwijsdatum=date(2026, 11, 9))  # first contact overdue...
    desk.pause(tid, date(2026, 11, 10), "Eerst schuldhulp")  # ...but paused
    today = desk.today_overview()
    assert [(i.trajectory_id, i.what, i.due, i.note) for i in today.paused] == [
        (tid, "hervatten", date(2026, 11, 10), "Eerst schuldhulp")
    ]
    assert today.first_contact == ()


def test_today_leaves_closed_trajectories_out(desk, make):
    make.trajectory(
        verwijsdatum=date(2026, 11, 9), afgerond=date(2026, 11, 20), afsluitreden="niet_bereikbaar"
    )
    today = desk.today_overview()
    assert (today.first_contact, today.planned, today.follow_up, today.paused, today.feedback) == (
        (),
        (),
        (),
        (),
        (),
    )


# -- the trajectory list and its filters -------------------------------------------------------------------
@pytest.fixture(scope="module")
def list_desk(read_only_desk):
    """The trajectory list's tests only read: they share this store."""
    return read_only_desk


@pytest.fixture(scope="module")
def listed(list_desk):
    make = Factory(list_desk)
    desk = list_desk
    ids = {
        "anna": make.trajectory(
            client={
                "voornaam": "Anna",
                "achternaam": "de Vries",
                "client_nr": "WOR-17",
                "postcode": "3563 AB",
            },
            verwijsdatum=date(2026, 1, 12),
            verwijzer_naam="dr. Koster",
            verwijzer_praktijk="Praktijk De Linde",
        ),
        "kees": make.trajectory(
            client={
                "voornaam": "Kees",
                "achternaam": "Jansen",
                "client_nr": "WOR-18",
                "postcode": "3437cd",
            },
            verwijsdatum=date(2026, 5, 4),
            verwijzer_type="fysiotherapeut",
            verwijzer_praktijk="Beweegpunt",
            eerste_contact=date(2026, 5, 5),
            kennismaking=date(2026, 5, 8),
        ),
        "sam": make.trajectory(
            client={"voornaam": "Sam", "achternaam": "Yılmaz", "client_nr": "X9"},
            verwijsdatum=date(2026, 8, 3),
            verwijzer_type="zelf",
            eerste_contact=date(2026, 8, 3),
            afgerond=date(2026, 8, 20),
            afsluitreden="geen_behoefte",
        ),
    }
    desk.pause(ids["kees"], date(2026, 5, 20))
    return ids


def _ids(desk, **kw):
    from wor_desk.desk import TrajectoryFilter

    return [r.id for r in desk.trajectory_rows(TrajectoryFilter(**kw))]


def test_trajectory_list_is_newest_referral_first(list_desk, listed):
    assert _ids(list_desk) == [listed["sam"], listed["kees"], listed["anna"]]


@pytest.mark.parametrize(
    "text, who",
    [
        ("anna", ["anna"]),
        ("VRIES", ["anna"]),
        ("anna vries", ["anna"]),
        ("anna jansen", []),
        ("wor-1", ["kees", "anna"]),
        ("wor-18", ["kees"]),
        ("3563 AB", ["anna"]),
        ("3563ab", ["anna"]),
        ("3437 CD", ["kees"]),
        ("3437CD", ["kees"]),
        ("koster", ["anna"]),
        ("beweegpunt", ["kees"]),
        ("linde", ["anna"]),
        ("yılmaz", ["sam"]),
        ("niemand", []),
    ],
)
def test_trajectory_list_text_search(list_desk, listed, text, who):
    assert _ids(list_desk, text=text) == [listed[w] for w in who]


def test_trajectory_list_filters_by_step_status_type_and_period(list_desk, listed):
    assert _ids(list_desk, step=3) == [listed["anna"]]
    assert _ids(list_desk, step=4) == [listed["kees"]]
    assert _ids(list_desk, status="gepauzeerd") == [listed["kees"]]
    assert _ids(list_desk, status="lopend") == [listed["anna"]]
    assert _ids(list_desk, status="afgesloten") == [listed["sam"]]
    assert _ids(list_desk, verwijzer_type="zelf") == [listed["sam"]]
    assert _ids(list_desk, verwijzer_type="huisarts") == [listed["anna"]]
    assert _ids(list_desk, referred_from=date(2026, 5, 4)) == [listed["sam"], listed["kees"]]
    assert _ids(list_desk, referred_to=date(2026, 5, 4)) == [listed["kees"], listed["anna"]]
    assert _ids(list_desk, referred_from=date(2026, 5, 5), referred_to=date(2026, 8, 2)) == []
    assert _ids(list_desk, text="wor", status="lopend", referred_to=date(2026, 3, 1)) == [
        listed["anna"]
    ]


def test_status_counts_open_trajectories_per_step(list_desk, listed):
    st = list_desk.status()
    assert (st.clients, st.trajectories) == (3, 3)
    assert st.per_step == {3: 1, 4: 1, 5: 0, 6: 0}
    assert st.per_status == {"lopend": 1, "gepauzeerd": 1, "afgesloten": 1}


# -- messages -----------------------------------------------------------------------------------------------
#: Words that tell the reader what to do, per language.
ACTION_NL = (
    "Controleer",
    "Kies",
    "Vul",
    "Geef",
    "Hervat",
    "Heropen",
    "Vraag",
    "Maak",
    "Werk",
    "Zoek",
    "Sluit",
    "Voeg",
    "Schrijf",
)
ACTION_EN = (
    "Check",
    "Choose",
    "Enter",
    "Give",
    "Resume",
    "Reopen",
    "Ask",
    "Clear",
    "Continue",
    "Find",
    "Close",
    "Add",
    "Write",
    "fill it in",
)
#: Every message key the rules of the Desk and of wor_desk.domain can raise.
RULE_KEYS = (
    "required",
    "code_unknown",
    "date_in_future",
    "date_before_referral",
    "visit_after_referral",
    "self_referral_no_visit",
    "order_broken",
    "start_needs_aanbod",
    "closing_needs_reason",
    "reason_needs_closing_date",
    "pause_twice",
    "pause_end_before_start",
    "pause_overlap",
    "client_has_open_trajectory",
    "closed_cannot_change",
    "paused_cannot_progress",
    "feedback_needs_consent",
    "already_paused",
    "not_paused",
    "not_closed",
    "client_nr_taken",
    "referral_exists",
    "postcode_invalid",
    "email_invalid",
    "birth_date_future",
)


@pytest.mark.parametrize("key", RULE_KEYS)
def test_every_rule_message_says_in_dutch_and_english_what_to_do(key):
    from wor_desk.messages import MESSAGES

    nl, en = MESSAGES[key]
    assert nl != en
    assert any(w.lower() in nl.lower() for w in ACTION_NL), (
        f"Dutch message of {key} does not say what to do: {nl}"
    )
    assert any(w.lower() in en.lower() for w in ACTION_EN), (
        f"English message of {key} does not say what to do: {en}"
    )


def test_rule_messages_are_dutch_by_default_and_english_on_request(desk, make):
    tid = make.trajectory(verwijsdatum=REF, eerste_contact=REF + timedelta(days=3))
    with pytest.raises(RuleViolation) as exc:
        desk.update_trajectory(tid, kennismaking=REF + timedelta(days=2), start_activiteit=TOMORROW)
    err = exc.value
    assert str(err) == err.message("nl")
    assert "Kennismaking (04-03-2026) ligt vóór Eerste contact (05-03-2026)" in str(err)
    assert (
        "Start activiteit (24-11-2026) ligt in de toekomst. Vul de datum in waarop het gebeurde."
        in str(err)
    )
    i18n.set_language("en")
    try:
        assert "Intake (04-03-2026) is before First contact (05-03-2026)" in str(err)
        assert (
            "Activity start (24-11-2026) is in the future. Enter the date on which it happened."
            in str(err)
        )
    finally:
        i18n.set_language("nl")
    assert "ligt vóór" in str(err)


def test_unknown_code_message_lists_the_valid_codes(desk, make):
    tid = make.trajectory(verwijsdatum=REF)
    with pytest.raises(RuleViolation) as exc:
        desk.close_trajectory(tid, REF, "verhuisd")
    msg = exc.value.message("nl")
    assert "'verhuisd' is geen geldige code voor Reden van afsluiten" in msg
    assert "afgerond_doel_bereikt" in msg and "niet_bereikbaar" in msg
    assert "Choose from:" in exc.value.message("en")


def test_a_referral_under_18_is_warned_about_and_18_on_the_day_is_not():
    from wor_desk.domain.process import referral_warnings

    ref = date(2026, 3, 2)
    (w,) = referral_warnings(date(2008, 3, 3), ref)  # 17, turns 18 the day after
    assert w.key == "warn_under_18" and w.params["age"] == 17
    assert referral_warnings(date(2008, 3, 2), ref) == []  # 18 on the referral date
    assert referral_warnings(None, ref) == []

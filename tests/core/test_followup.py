"""Step 6: a follow-up contact is planned when an activity starts, shown on Vandaag when due,
and recorded with its outcome."""

from datetime import date

import pytest

from wor_desk.domain import process
from wor_desk.errors import RuleViolation

D = date


def _started(make, start, **kw):
    return make.trajectory(
        verwijsdatum=D(2026, 1, 5),
        kennismaking=D(2026, 1, 12),
        aanbod="bewegen",
        activiteit="Wandelclub",
        start_activiteit=start,
        **kw,
    )


def _planned(desk, tid):
    return [(c.datum, c.gepland) for c in desk.trajectory(tid).contacts if c.soort == "nazorg"]


def test_starting_an_activity_plans_a_follow_up_six_weeks_later(desk, make):
    tid = _started(make, D(2026, 3, 17))
    assert _planned(desk, tid) == [(D(2026, 4, 28), True)]
    assert desk.trajectory(tid).state.due == D(2026, 4, 28)


@pytest.mark.parametrize(
    "start, planned, why",
    [
        (D(2026, 3, 16), D(2026, 4, 28), "six weeks is King's Day, Monday 27 April 2026"),
        (D(2026, 2, 23), D(2026, 4, 7), "six weeks is Easter Monday 6 April 2026"),
        (D(2026, 2, 20), D(2026, 4, 7), "six weeks is Good Friday 3 April; Easter Monday follows"),
        (
            D(2026, 11, 13),
            D(2026, 12, 28),
            "six weeks is Christmas Day, Friday 25 December 2026; then the weekend",
        ),
        (D(2026, 1, 31), D(2026, 3, 16), "a Saturday start: six weeks later is a Saturday"),
    ],
)
def test_a_follow_up_that_would_fall_on_a_holiday_or_weekend_moves_to_the_next_working_day(
    desk, make, start, planned, why
):
    tid = _started(make, start)
    assert _planned(desk, tid) == [(planned, True)], why


def test_the_follow_up_rule_is_the_same_in_derive_and_in_planning():
    assert process.follow_up_date(D(2026, 3, 16)) == D(2026, 4, 28)
    facts = process.TrajectoryFacts(
        verwijsdatum=D(2026, 1, 5),
        verwijzer_type="huisarts",
        kennismaking=D(2026, 1, 12),
        aanbod="bewegen",
        start_activiteit=D(2026, 3, 16),
    )
    assert process.derive(facts, D(2026, 11, 23)).due == D(2026, 4, 28)


def test_the_weeks_until_follow_up_are_a_profile_setting(desk, make):
    desk.update_settings(nazorg_na_weken=4)
    tid = _started(make, D(2026, 3, 17))
    assert _planned(desk, tid) == [(D(2026, 4, 14), True)]


def test_correcting_the_start_date_moves_the_planned_follow_up_instead_of_adding_one(desk, make):
    tid = _started(make, D(2026, 3, 17))
    desk.update_trajectory(tid, start_activiteit=D(2026, 3, 24))
    assert _planned(desk, tid) == [(D(2026, 5, 5), True)]
    desk.update_trajectory(tid, activiteit="Wandelclub Noord")  # no start change: nothing moves
    assert _planned(desk, tid) == [(D(2026, 5, 5), True)]


def test_a_due_follow_up_shows_on_vandaag_once(desk, make):
    due_today = _started(make, D(2026, 10, 12), client={"voornaam": "Anna", "achternaam": "Bakker"})
    later = _started(make, D(2026, 11, 16), client={"voornaam": "Bram", "achternaam": "Smit"})
    today = desk.today_overview()
    assert [(i.trajectory_id, i.what, i.due, i.days_left) for i in today.follow_up] == [
        (due_today, "nazorg", D(2026, 11, 23), 0)
    ]
    assert later not in {i.trajectory_id for i in today.follow_up + today.planned}
    assert due_today not in {i.trajectory_id for i in today.planned}  # not twice


def test_recording_the_follow_up_turns_the_planned_contact_into_a_held_one_with_its_outcome(
    desk, make
):
    tid = _started(make, D(2026, 10, 12))
    desk.matching.record_follow_up(
        tid, D(2026, 11, 23), "neemt_deel", "Gaat elke week, heeft er een maatje"
    )
    (c,) = [c for c in desk.trajectory(tid).contacts if c.soort == "nazorg"]
    assert (c.datum, c.gepland, c.uitkomst, c.notitie) == (
        D(2026, 11, 23),
        False,
        "neemt_deel",
        "Gaat elke week, heeft er een maatje",
    )
    d = desk.trajectory(tid)
    assert (d.state.step, d.state.next_action) == (6, "afronden")
    assert tid not in {i.trajectory_id for i in desk.today_overview().follow_up}


def test_a_follow_up_needs_an_outcome_and_stopping_needs_a_reason(desk, make):
    tid = _started(make, D(2026, 10, 12))
    with pytest.raises(RuleViolation) as err:
        desk.matching.record_follow_up(tid, D(2026, 11, 23), None)
    assert err.value.violations[0].key == "followup_needs_outcome"
    with pytest.raises(RuleViolation) as err:
        desk.matching.record_follow_up(tid, D(2026, 11, 23), "gestopt")
    assert err.value.violations[0].key == "followup_stopped_needs_why"
    with pytest.raises(RuleViolation) as err:
        desk.matching.record_follow_up(tid, D(2026, 11, 30), "neemt_deel")
    assert err.value.violations[0].key == "date_in_future"
    assert _planned(desk, tid) == [(D(2026, 11, 23), True)]  # still planned: nothing written


def test_a_follow_up_without_a_started_activity_is_refused(desk, make):
    tid = make.trajectory(kennismaking=D(2026, 3, 10))
    with pytest.raises(RuleViolation) as err:
        desk.matching.record_follow_up(tid, D(2026, 11, 23), "neemt_deel")
    assert err.value.violations[0].key == "followup_no_activity"


def test_a_follow_up_held_without_a_planned_one_is_added(desk, make):
    tid = _started(make, D(2026, 10, 12))
    planned = desk.matching.planned_follow_up(tid)
    desk.delete_contact(planned.id)
    desk.matching.record_follow_up(tid, D(2026, 11, 20), "wil_andere_match")
    assert [(c.datum, c.gepland, c.uitkomst) for c in desk.trajectory(tid).contacts] == [
        (D(2026, 11, 20), False, "wil_andere_match")
    ]


def test_a_held_follow_up_added_directly_takes_the_place_of_the_planned_one(desk, make):
    tid = _started(make, D(2026, 10, 12))
    desk.add_contact(tid, "nazorg", D(2026, 11, 20), "Gebeld", uitkomst="neemt_deel")
    assert _planned(desk, tid) == [(D(2026, 11, 20), False)]
    assert tid not in {
        i.trajectory_id for i in desk.today_overview().planned + desk.today_overview().follow_up
    }


def test_the_follow_up_is_also_recorded_through_the_desk_contact_api(desk, make):
    tid = _started(make, D(2026, 10, 12))
    planned = desk.matching.planned_follow_up(tid)
    desk.update_contact(planned.id, gepland=False, uitkomst="neemt_deel")
    assert desk.matching.planned_follow_up(tid) is None
    with pytest.raises(RuleViolation):
        desk.add_contact(tid, "nazorg", D(2026, 11, 23), uitkomst="misschien")

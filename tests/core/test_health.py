"""Positieve Gezondheid: six dimensions 0-10 at intake and closing, read back for letters and the chart."""

from datetime import date

import pytest

from wor_desk import health
from wor_desk.errors import RuleViolation

D = date
INTAKE = {
    "lichaamsfuncties": 4,
    "mentaal_welbevinden": 3,
    "zingeving": 5,
    "kwaliteit_van_leven": 4,
    "meedoen": 2,
    "dagelijks_functioneren": 6,
}
CLOSING = {
    "lichaamsfuncties": 6,
    "mentaal_welbevinden": 7,
    "zingeving": 7,
    "kwaliteit_van_leven": 6,
    "meedoen": 7,
    "dagelijks_functioneren": 7,
}


def test_scores_at_intake_and_closing_come_back_as_before_and_after(desk, make):
    tid = make.trajectory(kennismaking=D(2026, 3, 10))
    health.record(desk, tid, D(2026, 3, 10), "intake", INTAKE)
    health.record(desk, tid, D(2026, 5, 1), "tussentijds", {**INTAKE, "meedoen": 5})
    health.record(desk, tid, D(2026, 7, 1), "afsluiting", CLOSING, "Voelt zich veel beter")
    before, after = health.before_after(desk, tid)
    assert (before.moment, before.values) == ("intake", INTAKE)
    assert (after.moment, after.values, after.notitie) == (
        "afsluiting",
        CLOSING,
        "Voelt zich veel beter",
    )
    assert list(after.values) == health.DIMENSIES.codes()
    assert [s.moment for s in health.scores_of(desk, tid)] == [
        "intake",
        "tussentijds",
        "afsluiting",
    ]
    assert round(before.average(), 2) == 4.0


def test_with_only_an_intake_there_is_no_after(desk, make):
    tid = make.trajectory(kennismaking=D(2026, 3, 10))
    assert health.before_after(desk, tid) == (None, None)
    health.record(desk, tid, D(2026, 3, 10), "intake", INTAKE)
    assert health.before_after(desk, tid)[1] is None


@pytest.mark.parametrize(
    "values, key",
    [
        ({**INTAKE, "meedoen": 11}, "health_score_invalid"),
        ({**INTAKE, "meedoen": -1}, "health_score_invalid"),
        ({**INTAKE, "meedoen": 5.5}, "health_score_invalid"),
        ({k: v for k, v in INTAKE.items() if k != "zingeving"}, "health_score_missing"),
    ],
)
def test_each_dimension_is_a_whole_score_from_0_to_10(desk, make, values, key):
    tid = make.trajectory(kennismaking=D(2026, 3, 10))
    with pytest.raises(RuleViolation) as err:
        health.record(desk, tid, D(2026, 3, 10), "intake", values)
    assert [v.key for v in err.value.violations] == [key]
    assert health.scores_of(desk, tid) == []


def test_scores_cannot_be_dated_in_the_future_or_before_the_referral(desk, make):
    tid = make.trajectory(kennismaking=D(2026, 3, 10))
    with pytest.raises(RuleViolation) as err:
        health.record(desk, tid, D(2026, 12, 1), "intake", INTAKE)
    assert err.value.violations[0].key == "date_in_future"
    with pytest.raises(RuleViolation) as err:
        health.record(desk, tid, D(2026, 1, 1), "bijna", INTAKE)
    assert {v.key for v in err.value.violations} == {"code_unknown", "date_before_referral"}


def test_scores_go_when_the_client_is_erased(desk, make):
    tid = make.trajectory(kennismaking=D(2026, 3, 10))
    health.record(desk, tid, D(2026, 3, 10), "intake", INTAKE)
    desk.delete_client(desk.trajectory(tid).client.id)
    assert health.scores_of(desk, tid) == []

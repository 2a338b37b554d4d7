"""`Desk.status` counts in one query what `trajectory_rows` derives row by row (the rules of
process.derive written as SQL): the two must agree on every status and step."""

from __future__ import annotations

from collections import Counter
from datetime import date

from wor_desk import codes


def test_status_counts_agree_with_the_derived_rows(desk, make):
    d = date(2026, 3, 2)
    make.trajectory(verwijsdatum=d)  # step 3, no contact yet
    make.trajectory(verwijsdatum=d, eerste_contact=date(2026, 3, 3))  # step 3
    make.trajectory(verwijsdatum=d, eerste_contact=date(2026, 3, 3), kennismaking=date(2026, 3, 9))
    make.trajectory(
        verwijsdatum=d,
        eerste_contact=date(2026, 3, 3),
        kennismaking=date(2026, 3, 9),
        aanbod="bewegen",
        start_activiteit=date(2026, 3, 30),
    )
    make.trajectory(
        verwijsdatum=d,
        eerste_contact=date(2026, 3, 3),
        kennismaking=date(2026, 3, 9),
        aanbod="bewegen",
        start_activiteit=date(2026, 3, 30),
        nazorg=[date(2026, 5, 11)],
    )
    make.trajectory(
        verwijsdatum=d,
        eerste_contact=date(2026, 3, 3),
        afgerond=date(2026, 4, 1),
        afsluitreden="afgerond_doel_bereikt",
    )
    paused = make.trajectory(verwijsdatum=d, eerste_contact=date(2026, 3, 3))
    desk.pause(paused, date(2026, 3, 10))
    rows = desk.trajectory_rows()
    st = desk.status()
    assert st.trajectories == len(rows) == 7
    assert st.per_status == {k: sum(1 for r in rows if r.status == k) for k in codes.STATUS.codes()}
    steps = Counter(r.step for r in rows if r.status != "afgesloten")
    assert st.per_step == {k: steps.get(k, 0) for k in range(3, 7)}
    assert st.per_status["gepauzeerd"] == 1 and st.per_step[6] == 1

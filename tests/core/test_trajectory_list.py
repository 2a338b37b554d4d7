"""The trajectory list's one predicate: Desk.trajectory_rows and the Qt list model filter with
the same TrajectoryFilter, and the first screenful is the head of the whole list."""

from __future__ import annotations

from datetime import date

from wor_desk.values import TrajectoryFilter


def _caseload(make) -> None:
    make.trajectory(
        client={"voornaam": "Anna", "achternaam": "de Vries", "postcode": "3563 AB"},
        verwijsdatum=date(2026, 3, 2),
        verwijzer_naam="Dr. Koster",
    )
    make.trajectory(
        client={"voornaam": "Kees", "achternaam": "Yılmaz", "postcode": "3437CD"},
        verwijsdatum=date(2026, 4, 6),
        verwijzer_type="poh",
        eerste_contact=date(2026, 4, 7),
    )
    make.trajectory(
        client={"achternaam": "Bakker"},
        verwijsdatum=date(2026, 5, 4),
        eerste_contact=date(2026, 5, 5),
        afgerond=date(2026, 6, 1),
    )


FILTERS = [
    TrajectoryFilter(),
    TrajectoryFilter(text="anna"),
    TrajectoryFilter(text="VRIES 3563ab"),
    TrajectoryFilter(text="koster"),
    TrajectoryFilter(text="yılmaz"),
    TrajectoryFilter(text="t0000"),
    TrajectoryFilter(text="niemand"),
    TrajectoryFilter(status="afgesloten"),
    TrajectoryFilter(status="lopend", text="e"),
    TrajectoryFilter(verwijzer_type="poh"),
    TrajectoryFilter(step=3),
    TrajectoryFilter(referred_from=date(2026, 4, 1), referred_to=date(2026, 4, 30)),
]


def test_the_core_and_the_list_model_select_the_same_rows_for_every_filter(desk, make):
    _caseload(make)
    every = desk.trajectory_rows()
    assert len(every) == 3
    haystacks = [r.search_text() for r in every]
    for flt in FILTERS:
        in_core = [r.id for r in desk.trajectory_rows(flt)]
        in_model = [every[i].id for i in flt.select(every, haystacks, range(len(every)))]
        one_by_one = [r.id for r in every if flt.matches(r)]
        assert in_core == in_model == one_by_one, flt
    assert [r.naam for r in desk.trajectory_rows(TrajectoryFilter(text="3563 ab"))] == [
        "Anna de Vries"
    ]


def test_the_first_screenful_is_the_head_of_the_whole_list(desk, make):
    _caseload(make)
    every = desk.trajectory_rows()
    assert desk.trajectory_rows(limit=2) == every[:2]
    assert (
        desk.trajectory_rows(TrajectoryFilter(text="e"), limit=1)
        == [r for r in every if TrajectoryFilter(text="e").matches(r)][:1]
    )
    assert desk.trajectory_rows(limit=10) == every

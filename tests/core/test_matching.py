"""The match of steps 4-5: the need, proposals filtered on wijk and need, outcomes, history, gaps."""

from datetime import date

import pytest

from wor_desk.errors import RuleViolation

D = date


@pytest.fixture
def kaart(desk):
    """A small sociale kaart in Utrecht."""

    def add(naam, aanbod="bewegen", wijk="Overvecht", gemeente="Utrecht", **kw):
        aid, _ = desk.catalogue.add(
            naam=naam, aanbod=aanbod, gemeente=gemeente, wijk=wijk, aanbieder="Welzijn", **kw
        )
        return aid

    return {
        "wandel": add("Wandelclub", plek="vrij"),
        "zwem": add("Zwemmen 50+", leeftijd_min=50, plek="vol"),
        "koken": add("Samen koken", aanbod="koken_samen_eten"),
        "zuilen": add("Sport Zuilen", wijk="Zuilen"),
        "stad": add("Stadswandeling", wijk=None),  # gemeente-wide
        "elders": add("Wandelen Zeist", gemeente="Zeist", wijk="Centrum"),
        "dicht": add("Gestopte gym", actief_tot=D(2026, 6, 30)),
        "straks": add("Nieuwe gym", actief_van=D(2027, 1, 1)),
    }


@pytest.fixture
def traject(make):
    """A client of 46 in Overvecht, Utrecht, past the intake."""
    return make.trajectory(
        kennismaking=D(2026, 3, 10),
        client={"gemeente": "Utrecht", "wijk": "Overvecht", "geboortedatum": D(1980, 5, 1)},
    )


def _names(cands):
    return [c.activity.naam for c in cands]


def test_the_need_is_recorded_as_text_reason_codes_and_aanbod_categories(desk, traject):
    desk.matching.record_need(
        traject,
        "Wil meer onder de mensen komen en bewegen",
        ["bewegen", "meedoen_ontmoeten"],
        ["eenzaamheid"],
    )
    need = desk.matching.need(traject)
    assert need.behoefte == "Wil meer onder de mensen komen en bewegen"
    assert need.categories == ("meedoen_ontmoeten", "bewegen")
    assert need.redenen == ("eenzaamheid",)
    with pytest.raises(RuleViolation) as err:
        desk.matching.record_need(traject, "x", ["yoga"])
    assert err.value.violations[0].key == "code_unknown"
    assert desk.matching.need(traject).categories == ("meedoen_ontmoeten", "bewegen")


def test_candidates_are_those_of_the_clients_wijk_and_gemeente_wide_ones_never_closed_or_not_started(
    desk, kaart, traject
):
    # best first: own wijk before gemeente-wide, places free before unknown, unsuitable age last
    assert _names(desk.matching.candidates(traject)) == [
        "Wandelclub",
        "Samen koken",
        "Stadswandeling",
        "Zwemmen 50+",
    ]
    assert _names(desk.matching.candidates(traject, scope="gemeente")) == [
        "Wandelclub",
        "Samen koken",
        "Sport Zuilen",
        "Stadswandeling",
        "Zwemmen 50+",
    ]
    everywhere = _names(desk.matching.candidates(traject, scope="alle"))
    assert "Wandelen Zeist" in everywhere
    assert "Gestopte gym" not in everywhere and "Nieuwe gym" not in everywhere


def test_candidates_follow_the_need_and_put_unsuitable_ages_last(desk, kaart, traject):
    desk.matching.record_need(traject, "bewegen", ["bewegen"])
    cands = desk.matching.candidates(traject)
    assert _names(cands) == [
        "Wandelclub",
        "Stadswandeling",
        "Zwemmen 50+",
    ]  # a 46-year-old; 50+ goes last
    assert cands[-1].age_fits is False and cands[0].same_wijk and not cands[1].same_wijk
    assert _names(desk.matching.candidates(traject, categories=["koken_samen_eten"])) == [
        "Samen koken"
    ]


def test_a_closed_activity_is_never_offered(desk, kaart, traject):
    with pytest.raises(RuleViolation) as err:
        desk.matching.propose(traject, [kaart["wandel"], kaart["dicht"]], on=D(2026, 11, 20))
    assert [v.key for v in err.value.violations] == ["activity_closed"]
    assert "30-06-2026" in str(err.value)
    assert desk.matching.history(traject) == []  # all or none


def test_an_activity_that_was_open_on_the_day_of_the_proposal_may_be_recorded_late(
    desk, kaart, traject
):
    (mid,), _ = desk.matching.propose(traject, [kaart["dicht"]], on=D(2026, 3, 12))
    assert desk.matching.history(traject)[0].activity_closed


def test_proposing_waits_for_the_intake_and_for_an_open_proposal_to_get_its_outcome(
    desk, kaart, make
):
    early = make.trajectory(verwijsdatum=D(2026, 11, 2), eerste_contact=D(2026, 11, 3))
    with pytest.raises(RuleViolation) as err:
        desk.matching.propose(early, [kaart["wandel"]])
    assert err.value.violations[0].key == "match_before_intake"
    tid = make.trajectory(kennismaking=D(2026, 3, 10))
    desk.matching.propose(tid, [kaart["wandel"]], on=D(2026, 3, 12))
    with pytest.raises(RuleViolation) as err:
        desk.matching.propose(tid, [kaart["wandel"]], on=D(2026, 3, 13))
    assert err.value.violations[0].key == "match_open_twice"
    with pytest.raises(RuleViolation) as err:
        desk.matching.propose(tid, [kaart["koken"]], on=D(2026, 3, 9))
    assert err.value.violations[0].key == "order_broken"


def test_a_paused_trajectory_gets_no_proposals(desk, kaart, traject):
    desk.pause(traject, D(2026, 4, 1), "schuldhulp eerst")
    with pytest.raises(RuleViolation) as err:
        desk.matching.propose(traject, [kaart["wandel"]], on=D(2026, 4, 2))
    assert err.value.violations[0].key == "paused_cannot_progress"


def test_declined_needs_a_reason_and_not_available_needs_none(desk, kaart, traject):
    (m1, m2), _ = desk.matching.propose(
        traject, [kaart["wandel"], kaart["zwem"]], on=D(2026, 3, 12)
    )
    with pytest.raises(RuleViolation) as err:
        desk.matching.record_outcome(m1, "afgewezen", D(2026, 3, 14))
    assert err.value.violations[0].key == "decline_needs_reason"
    with pytest.raises(RuleViolation) as err:
        desk.matching.record_outcome(m2, "niet_beschikbaar", D(2026, 3, 14), afwijsreden="kosten")
    assert err.value.violations[0].key == "reason_only_when_declined"
    desk.matching.record_outcome(m1, "afgewezen", D(2026, 3, 14), afwijsreden="afstand")
    desk.matching.record_outcome(m2, "niet_beschikbaar", D(2026, 3, 14))
    hist = {h.naam: h for h in desk.matching.history(traject)}
    assert (hist["Wandelclub"].uitkomst, hist["Wandelclub"].afwijsreden) == ("afgewezen", "afstand")
    assert hist["Zwemmen 50+"].uitkomst == "niet_beschikbaar"
    with pytest.raises(RuleViolation) as err:
        desk.matching.record_outcome(m1, "geaccepteerd", D(2026, 3, 15))
    assert err.value.violations[0].key == "match_outcome_set"


def test_accepted_with_a_start_date_starts_the_activity_on_the_trajectory_and_plans_follow_up(
    desk, kaart, traject
):
    (mid,), _ = desk.matching.propose(traject, [kaart["koken"]], on=D(2026, 3, 12))
    changes = desk.matching.record_outcome(
        mid, "geaccepteerd", D(2026, 3, 13), start=D(2026, 3, 18)
    )
    assert traject in changes.trajectories and "match" in changes.kinds
    t = desk.trajectory(traject)
    assert (
        t.trajectory.aanbod,
        t.trajectory.activiteit,
        t.trajectory.aanbieder,
        t.trajectory.start_activiteit,
    ) == ("koken_samen_eten", "Samen koken", "Welzijn", D(2026, 3, 18))
    assert t.state.step == 5
    planned = desk.matching.planned_follow_up(traject)
    assert (planned.datum, planned.gepland) == (D(2026, 4, 29), True)
    assert desk.matching.current(traject).naam == "Samen koken"


def test_accepted_now_started_later(desk, kaart, traject):
    (mid,), _ = desk.matching.propose(traject, [kaart["wandel"]], on=D(2026, 3, 12))
    desk.matching.record_outcome(mid, "geaccepteerd", D(2026, 3, 12))
    assert desk.trajectory(traject).trajectory.start_activiteit is None
    with pytest.raises(RuleViolation) as err:
        desk.matching.record_start(mid, D(2026, 3, 11))
    assert err.value.violations[0].key == "outcome_before_proposal"
    desk.matching.record_start(mid, D(2026, 3, 19))
    assert desk.trajectory(traject).trajectory.start_activiteit == D(2026, 3, 19)
    with pytest.raises(RuleViolation) as err:
        desk.matching.record_start(mid, D(2026, 3, 20))
    assert err.value.violations[0].key == "match_already_started"


def test_a_start_date_belongs_to_an_accepted_proposal_and_follows_the_process_rules(
    desk, kaart, traject
):
    (m1, m2), _ = desk.matching.propose(
        traject, [kaart["wandel"], kaart["koken"]], on=D(2026, 3, 12)
    )
    with pytest.raises(RuleViolation) as err:
        desk.matching.record_start(m1, D(2026, 3, 19))
    assert err.value.violations[0].key == "match_not_accepted"
    with pytest.raises(RuleViolation) as err:
        desk.matching.record_outcome(m2, "geaccepteerd", D(2026, 11, 20), start=D(2026, 12, 1))
    assert [v.key for v in err.value.violations] == [
        "date_in_future"
    ]  # the trajectory rule, from process.check
    assert desk.matching.history(traject)[0].uitkomst is None  # nothing written


def test_a_trajectory_can_have_a_new_match_later_and_keeps_the_history(desk, kaart, traject):
    (m1,), _ = desk.matching.propose(traject, [kaart["wandel"]], on=D(2026, 3, 12))
    desk.matching.record_outcome(m1, "geaccepteerd", D(2026, 3, 12), start=D(2026, 3, 16))
    desk.matching.record_follow_up(
        traject, D(2026, 4, 28), "wil_andere_match", "Wandelen is te zwaar"
    )
    (m2,), _ = desk.matching.propose(traject, [kaart["koken"]], on=D(2026, 5, 4))
    desk.matching.record_outcome(m2, "geaccepteerd", D(2026, 5, 5), start=D(2026, 5, 13))
    hist = desk.matching.history(traject)
    assert [(h.naam, h.start, h.gestopt) for h in hist] == [
        ("Samen koken", D(2026, 5, 13), None),
        ("Wandelclub", D(2026, 3, 16), D(2026, 5, 13)),
    ]
    t = desk.trajectory(traject).trajectory
    assert (t.activiteit, t.aanbod, t.start_activiteit) == (
        "Samen koken",
        "koken_samen_eten",
        D(2026, 5, 13),
    )
    planned = desk.matching.planned_follow_up(traject)
    assert planned.datum == D(2026, 6, 24)


def test_outcomes_on_a_closed_trajectory_are_refused(desk, kaart, traject):
    (mid,), _ = desk.matching.propose(traject, [kaart["wandel"]], on=D(2026, 3, 12))
    desk.close_trajectory(traject, D(2026, 4, 1), "niet_bereikbaar")
    with pytest.raises(RuleViolation) as err:
        desk.matching.record_outcome(mid, "niet_beschikbaar", D(2026, 4, 2))
    assert err.value.violations[0].key == "closed_cannot_change"


def test_a_proposal_without_outcome_can_be_removed_one_with_outcome_cannot(desk, kaart, traject):
    (m1, m2), _ = desk.matching.propose(
        traject, [kaart["wandel"], kaart["koken"]], on=D(2026, 3, 12)
    )
    desk.matching.record_outcome(m2, "niet_beschikbaar", D(2026, 3, 13))
    desk.matching.delete_proposal(m1)
    with pytest.raises(RuleViolation):
        desk.matching.delete_proposal(m2)
    assert [h.naam for h in desk.matching.history(traject)] == ["Samen koken"]


# -- the gap report --------------------------------------------------------------------------------
@pytest.fixture
def gaps(desk, make, kaart):
    """Six trajectories with their intake in Q1 2026, one outside it."""
    m = desk.matching

    def traj(wijk, need, cats, kennismaking, verwijsdatum=None, **kw):
        tid = make.trajectory(
            verwijsdatum=verwijsdatum or D(2026, 1, 5),
            kennismaking=kennismaking,
            client={"gemeente": "Utrecht" if wijk else None, "wijk": wijk},
            **kw,
        )
        if need is not None:
            m.record_need(tid, need, cats)
        return tid

    a = traj("Overvecht", "bewegen", ["bewegen"], D(2026, 1, 10))
    (ma,), _ = m.propose(a, [kaart["wandel"]], on=D(2026, 1, 12))
    m.record_outcome(ma, "geaccepteerd", D(2026, 1, 12), start=D(2026, 1, 20))

    b = traj("Overvecht", "bewegen en koken", ["bewegen", "koken_samen_eten"], D(2026, 2, 2))
    (mb1, mb2), _ = m.propose(b, [kaart["zwem"], kaart["koken"]], on=D(2026, 2, 3))
    m.record_outcome(mb1, "niet_beschikbaar", D(2026, 2, 4))
    m.record_outcome(mb2, "afgewezen", D(2026, 2, 4), afwijsreden="kosten")

    c = traj("Overvecht", "zwemmen", ["bewegen"], D(2026, 3, 2))
    (mc,), _ = m.propose(c, [kaart["wandel"]], on=D(2026, 3, 3))
    m.record_outcome(mc, "afgewezen", D(2026, 3, 4), afwijsreden="kosten")
    desk.close_trajectory(c, D(2026, 3, 30), "geen_behoefte")

    traj("Zuilen", "muziek maken", ["muziek_cultuur"], D(2026, 3, 20))
    traj(None, "iets te doen", [], D(2026, 1, 15))  # no wijk, no category
    traj("Zuilen", None, [], D(2026, 2, 20))  # no need recorded: not counted
    traj(
        "Zuilen", "muziek", ["muziek_cultuur"], D(2026, 4, 2), verwijsdatum=D(2026, 3, 25)
    )  # intake after Q1
    return desk


def test_the_gap_report_counts_needs_without_a_match_and_declines_per_wijk_and_category(gaps):
    rep = gaps.matching.gap_report(D(2026, 1, 1), D(2026, 3, 31))
    needs = [
        (r.gemeente, r.wijk, r.category, r.needs, r.matched, r.unmatched_open, r.unmatched_closed)
        for r in rep.needs
    ]
    assert needs == [
        ("Utrecht", "Overvecht", "bewegen", 3, 1, 1, 1),
        ("Utrecht", "Overvecht", "koken_samen_eten", 1, 0, 1, 0),
        ("Utrecht", "Zuilen", "muziek_cultuur", 1, 0, 1, 0),
        ("onbekend", "onbekend", "onbekend", 1, 0, 1, 0),
    ]
    declines = [(d.wijk, d.category, d.kind, d.reason, d.count) for d in rep.declines]
    assert declines == [
        ("Overvecht", "bewegen", "afgewezen", "kosten", 1),
        ("Overvecht", "bewegen", "niet_beschikbaar", "", 1),
        ("Overvecht", "koken_samen_eten", "afgewezen", "kosten", 1),
    ]


def test_the_gap_report_only_counts_what_lies_in_the_period(gaps):
    rep = gaps.matching.gap_report(D(2026, 4, 1), D(2026, 4, 30))
    assert [(r.wijk, r.category, r.needs) for r in rep.needs] == [("Zuilen", "muziek_cultuur", 1)]
    assert rep.declines == ()


def test_the_gap_report_counts_an_activity_started_without_the_match_tab_as_matched(desk, make):
    """Step 5 on the trajectory, the import and the demo record a start without a proposal."""
    area = {"gemeente": "Utrecht", "wijk": "Zuilen"}
    started = make.trajectory(
        kennismaking=D(2026, 3, 5),
        aanbod="bewegen",
        start_activiteit=D(2026, 3, 20),
        client=area,
    )
    open_ = make.trajectory(kennismaking=D(2026, 3, 6), client=area)
    for tid in (started, open_):
        desk.matching.record_need(tid, "bewegen", ["bewegen"])
    rep = desk.matching.gap_report(D(2026, 3, 1), D(2026, 3, 31))
    assert [(r.category, r.needs, r.matched, r.unmatched_open) for r in rep.needs] == [
        ("bewegen", 2, 1, 1)
    ]


def test_stopping_after_follow_up_counts_as_a_gap_with_its_reason(desk, make, kaart):
    tid = make.trajectory(
        kennismaking=D(2026, 3, 10), client={"gemeente": "Utrecht", "wijk": "Overvecht"}
    )
    (mid,), _ = desk.matching.propose(tid, [kaart["wandel"]], on=D(2026, 3, 12))
    desk.matching.record_outcome(mid, "geaccepteerd", D(2026, 3, 12), start=D(2026, 3, 16))
    desk.matching.record_follow_up(
        tid, D(2026, 4, 28), "gestopt", "Te vroeg op de dag", stopreden="tijd"
    )
    rep = desk.matching.gap_report(D(2026, 4, 1), D(2026, 4, 30))
    assert [(d.category, d.kind, d.reason, d.count) for d in rep.declines] == [
        ("bewegen", "gestopt", "tijd", 1)
    ]
    assert rep.csv_rows()[1] == (
        "afwijzing",
        "Utrecht",
        "Overvecht",
        "bewegen",
        "gestopt:tijd",
        "1",
    )

"""Random trajectories against the rules: `process.check` never crashes, and every Desk write
either succeeds leaving a trajectory that passes the rules, or is refused leaving the store as
it was (validate before writing, one transaction)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, text

from wor_desk import codes
from wor_desk.domain import process
from wor_desk.errors import RuleViolation

TODAY = date(2026, 11, 23)
LO, HI = date(2026, 1, 1), TODAY + timedelta(days=15)

dates = st.dates(LO, HI)
maybe_date = st.none() | dates
wild_date = st.none() | st.dates(date(1900, 1, 1), date(2100, 12, 31))


def code_of(cl: codes.CodeList) -> st.SearchStrategy[str]:
    """Mostly valid codes of a list, sometimes nonsense."""
    return st.sampled_from(cl.codes()) | st.text(max_size=12)


@given(
    verwijsdatum=wild_date,
    verwijzer_type=st.none() | code_of(codes.VERWIJZER_TYPE),
    kanaal=st.none() | code_of(codes.KANAAL),
    redenen=st.lists(code_of(codes.REDEN), max_size=4),
    bezoekdatum=wild_date,
    eerste_contact=wild_date,
    kennismaking_gepland=wild_date,
    kennismaking=wild_date,
    aanbod=st.none() | code_of(codes.AANBOD),
    start_activiteit=wild_date,
    afgerond=wild_date,
    afsluitreden=st.none() | code_of(codes.AFSLUITREDEN),
    gesprekken=st.lists(dates, max_size=3),
    nazorg=st.lists(dates, max_size=2),
    gepland=st.lists(
        st.tuples(st.sampled_from(["gesprek", "nazorg"]), wild_date.filter(bool)), max_size=3
    ),
    terugkoppeling=st.lists(wild_date.filter(bool), max_size=3),
    pauzes=st.lists(st.tuples(dates, maybe_date), max_size=3),
)
@settings(max_examples=300, deadline=None)
def test_process_check_and_derive_never_crash_on_random_trajectories(**kw):
    facts = process.TrajectoryFacts(
        **{k: tuple(v) if isinstance(v, list) else v for k, v in kw.items()}
    )
    problems = process.check(facts, TODAY)
    for v in problems:  # every violation renders in both languages
        assert v.message("nl") and v.message("en")
    if kw["verwijsdatum"] is not None:
        st_ = process.derive(facts, TODAY)
        assert 3 <= st_.step <= 6 and st_.status in codes.STATUS
    if not problems:  # a valid trajectory keeps the order of the steps
        assert kw["verwijsdatum"] is not None
        held = [d for d in (kw["eerste_contact"], kw["kennismaking"], kw["start_activiteit"]) if d]
        assert held == sorted(held) and all(kw["verwijsdatum"] <= d <= TODAY for d in held)


def snapshot(desk) -> dict[str, list[tuple]]:
    with desk.store.session() as s:
        conn = s.connection()
        return {
            n: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{n}" ORDER BY rowid'))]
            for n in inspect(conn).get_table_names()
        }


EDIT_FIELDS = {
    "verwijsdatum": dates,
    "bezoekdatum": maybe_date,
    "verwijzer_type": code_of(codes.VERWIJZER_TYPE),
    "kanaal": st.none() | code_of(codes.KANAAL),
    "eerste_contact": maybe_date,
    "kennismaking_gepland": maybe_date,
    "kennismaking": maybe_date,
    "aanbod": st.none() | code_of(codes.AANBOD),
    "start_activiteit": maybe_date,
    "toestemming_terugkoppeling": st.none() | st.booleans(),
    "redenen": st.lists(code_of(codes.REDEN), max_size=3),
    "behoefte": st.none() | st.text(max_size=20),
}

operation = st.one_of(
    st.tuples(st.just("update"), st.fixed_dictionaries({}, optional=EDIT_FIELDS)),
    st.tuples(
        st.just("contact"),
        st.tuples(st.sampled_from(["gesprek", "nazorg", "bellen"]), dates, st.booleans()),
    ),
    st.tuples(st.just("close"), st.tuples(dates, code_of(codes.AFSLUITREDEN))),
    st.tuples(st.just("pause"), dates),
    st.tuples(st.just("resume"), dates),
    st.tuples(
        st.just("feedback"), st.tuples(dates, st.none() | code_of(codes.TERUGKOPPELING_MOMENT))
    ),
    st.tuples(st.just("reopen"), st.none()),
    st.tuples(st.just("again"), st.tuples(dates, code_of(codes.VERWIJZER_TYPE))),
)

_numbers = itertools.count(1)


def _apply(desk, tid: int, cid: int, op: str, arg) -> None:
    if op == "update":
        desk.update_trajectory(tid, **arg)
    elif op == "contact":
        desk.add_contact(tid, arg[0], arg[1], gepland=arg[2])
    elif op == "close":
        desk.close_trajectory(tid, *arg)
    elif op == "pause":
        desk.pause(tid, arg)
    elif op == "resume":
        desk.resume(tid, arg)
    elif op == "feedback":
        desk.record_feedback(tid, arg[0], arg[1], "post")
    elif op == "reopen":
        desk.reopen(tid)
    elif op == "again":
        desk.register_referral(cid, verwijsdatum=arg[0], verwijzer_type=arg[1])


def _all_valid(desk, cid: int) -> None:
    trajectories = desk.trajectories_of(cid)
    for d in trajectories:
        assert process.check(d.facts, TODAY) == [], (d.id, process.check(d.facts, TODAY))
        assert d.state == process.derive(d.facts, TODAY)
    assert sum(d.state.status != "afgesloten" for d in trajectories) <= 1, "two open trajectories"


@given(
    referral=st.fixed_dictionaries(
        {"verwijsdatum": maybe_date, "verwijzer_type": code_of(codes.VERWIJZER_TYPE)},
        optional={
            "kanaal": st.none() | code_of(codes.KANAAL),
            "bezoekdatum": maybe_date,
            "eerste_contact": maybe_date,
            "redenen": st.lists(code_of(codes.REDEN), max_size=3),
            "toestemming_terugkoppeling": st.none() | st.booleans(),
        },
    ),
    ops=st.lists(operation, max_size=8),
)
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_random_desk_writes_keep_every_trajectory_valid_or_change_nothing(desk, referral, ops):
    cid, _ = desk.add_client(client_nr=f"H{next(_numbers):05d}", achternaam="Hypothese")
    before = snapshot(desk)
    try:
        tid, _ = desk.register_referral(cid, **referral)
    except RuleViolation:
        assert snapshot(desk) == before
        return
    _all_valid(desk, cid)
    for op, arg in ops:
        before = snapshot(desk)
        try:
            _apply(desk, tid, cid, op, arg)
        except RuleViolation:
            event(f"{op} refused")
            assert snapshot(desk) == before, f"refused {op} {arg} changed the store"
        else:
            event(f"{op} written")
        _all_valid(desk, cid)


def test_trajectory_form_saves_client_and_trajectory_together_or_neither(desk, make):
    tid = make.trajectory(verwijsdatum=date(2026, 3, 2))
    other = make.client(client_nr="BEZET")
    d = desk.trajectory(tid)
    cid = d.client.id
    try:  # the client's new number is taken: the valid trajectory edit is not saved either
        desk.save_trajectory_form(
            tid,
            trajectory={"eerste_contact": date(2026, 3, 3)},
            client={"client_nr": "BEZET"},
        )
    except RuleViolation as exc:
        assert [v.key for v in exc.violations] == ["client_nr_taken"]
    else:
        raise AssertionError("a taken client number was accepted")
    assert desk.trajectory(tid).trajectory.eerste_contact is None
    assert desk.client(cid).client_nr == d.client.client_nr
    try:  # a bad trajectory edit: the valid client edit is not saved either
        desk.save_trajectory_form(
            tid,
            trajectory={"eerste_contact": date(2026, 2, 1)},  # before the referral
            client={"achternaam": "Nieuw"},
        )
    except RuleViolation:
        pass
    else:
        raise AssertionError("a first contact before the referral was accepted")
    assert desk.client(cid).achternaam == d.client.achternaam
    changes = desk.save_trajectory_form(
        tid, trajectory={"eerste_contact": date(2026, 3, 3)}, client={"achternaam": "Nieuw"}
    )
    assert desk.trajectory(tid).trajectory.eerste_contact == date(2026, 3, 3)
    assert desk.client(cid).achternaam == "Nieuw"
    assert changes.trajectories == {tid} and cid in changes.clients
    assert other not in changes.clients

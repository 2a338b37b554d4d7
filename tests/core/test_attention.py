"""Vandaag's stored lines (wor_desk.attention) always equal what the rules compute.

The lines are derived state, kept current at every write. These tests hold them to
`process.attention` computed afresh from each trajectory's detail (a different read path from
the one that stores them) after every one of many random writes, after failed writes, after
the migration's backfill, after a change of the rules, and after writes that bypass the store's
transactions; and they hold the Vandaag read from the stored lines equal to the one derived on
the spot, on days that move on without a write.
"""

from __future__ import annotations

import os
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.conftest import PASSPHRASE, TODAY, Factory
from tests.fixtures.make_fixture_store import FIXTURE_PASSPHRASE
from wor_desk import attention
from wor_desk.desk import Desk
from wor_desk.domain import letters as letter_prefs
from wor_desk.domain import process
from wor_desk.errors import WorDeskError
from wor_desk.store import paths

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "stores").glob("schema-*/desk.store"))
PRACTICES = ("Huisartsen Oost", "huisartsen  oost", "Praktijk De Linde", None)


def stored_lines(desk: Desk) -> dict[int, list[process.Attention]]:
    L = attention.LINES.c
    out: dict[int, list[process.Attention]] = {}
    with desk.store.session() as s:
        queued = s.connection().execute(select(attention.QUEUE.c.traject_id)).all()
        assert queued == [], "a committed write leaves nothing queued"
        for tid, sectie, wat, datum, notitie, vanaf, tot in s.connection().execute(
            select(L.traject_id, L.sectie, L.wat, L.datum, L.notitie, L.vanaf, L.tot).order_by(
                L.traject_id, L.nr
            )
        ):
            out.setdefault(tid, []).append(
                process.Attention(sectie, wat, datum, notitie, vanaf, tot)
            )
    return out


def computed_lines(desk: Desk) -> dict[int, list[process.Attention]]:
    """The rules applied to every trajectory as its detail reads it (ORM objects)."""
    out: dict[int, list[process.Attention]] = {}
    with desk.store.session() as s:
        ids = s.connection().execute(text("SELECT id FROM traject ORDER BY id")).scalars().all()
        wanted = {
            tid: letter_prefs.wanted_moments(s, praktijk)
            for tid, praktijk in s.connection().execute(
                text("SELECT id, verwijzer_praktijk FROM traject")
            )
        }
    for tid in ids:
        d = desk.trajectory(tid)
        planned = sorted((c for c in d.contacts if c.gepland), key=lambda c: (c.datum, c.id))
        assert tuple((c.soort, c.datum) for c in planned) == d.facts.gepland
        lines = process.attention(
            d.facts,
            d.state,
            d.trajectory.toestemming_terugkoppeling,
            tuple((f.moment, f.datum) for f in d.feedback),
            wanted[tid],
            tuple(c.notitie for c in planned),
            tuple(p.reden for p in sorted(d.pauses, key=lambda p: (p.van, p.id))),
        )
        if lines:
            out[tid] = lines
    return out


def assert_in_step(desk: Desk) -> None:
    stored, computed = stored_lines(desk), computed_lines(desk)
    key = lambda lines: sorted(map(repr, lines))  # noqa: E731
    assert {t: key(v) for t, v in stored.items()} == {t: key(v) for t, v in computed.items()}


def on_the_spot(desk: Desk, day: date, horizon_days: int = 7):
    """Vandaag derived from scratch: every trajectory queued, nothing stored is used."""
    with desk.store.session() as s:
        attention.requeue_all(s)
        today = attention.overview(s, day, horizon_days)
        s.rollback()
    return today


def assert_vandaag_as_derived(desk: Desk, days=(0, 1, 9, 45, 61, 200)) -> None:
    for n in days:
        day = TODAY + timedelta(days=n)
        for horizon in (7, 30):
            with desk.store.session() as s:
                stored = attention.overview(s, day, horizon)
            assert stored == on_the_spot(desk, day, horizon), (n, horizon)


def random_write(desk: Desk, make: Factory, rng: random.Random, tids: list[int]) -> None:
    """One write a coach could make, with dates picked at random (some break a rule and are
    refused: a refused write must leave the lines as they were)."""
    day = lambda lo, hi: TODAY + timedelta(days=rng.randint(lo, hi))  # noqa: E731
    tid = rng.choice(tids) if tids else None
    op = rng.randrange(13) if tid else 0
    if op == 0:
        tids.append(
            make.trajectory(
                verwijsdatum=day(-150, 0),
                verwijzer_type=rng.choice(["huisarts", "zelf", "praktijkondersteuner"]),
                toestemming_terugkoppeling=rng.choice([True, False, None]),
                verwijzer_praktijk=rng.choice(PRACTICES),
            )
        )
    elif op == 1:
        desk.update_trajectory(tid, eerste_contact=day(-120, 0))
    elif op == 2:
        desk.update_trajectory(tid, kennismaking_gepland=day(-20, 20))
    elif op == 3:
        desk.update_trajectory(tid, kennismaking=day(-100, 0))
    elif op == 4:
        desk.update_trajectory(tid, aanbod="bewegen", start_activiteit=day(-90, 0))
    elif op == 5:
        soort = rng.choice(["gesprek", "nazorg"])
        gepland = rng.random() < 0.6
        when = day(1, 30) if gepland else day(-60, 0)
        desk.add_contact(tid, soort, when, rng.choice([None, "bellen"]), gepland=gepland)
    elif op == 6:
        contacts = desk.trajectory(tid).contacts
        if contacts:
            desk.delete_contact(rng.choice(contacts).id)
    elif op == 7:
        desk.pause(tid, day(-30, 0), rng.choice([None, "schuldhulp", "ziek"]))
    elif op == 8:
        desk.resume(tid, day(-10, 0))
    elif op == 9:
        desk.close_trajectory(tid, day(-70, 0), "afgerond_doel_bereikt")
    elif op == 10:
        if rng.random() < 0.5:
            desk.reopen(tid)
        else:
            desk.record_feedback(
                tid, day(-80, 0), rng.choice([None, "intake", "start", "afronding"]), "post"
            )
    elif op == 11:
        desk.update_settings(nazorg_na_weken=rng.randint(4, 9))
    elif op == 12:
        moments = rng.sample(list(process.REACHABLE_FEEDBACK_MOMENTS), rng.randint(1, 3))
        desk.letters.set_preference(rng.choice(PRACTICES[:3]), moments)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stored_lines_equal_the_rules_after_every_write(desk, make, seed):
    rng = random.Random(seed)
    tids: list[int] = []
    refused = 0
    for step in range(70):
        try:
            random_write(desk, make, rng, tids)
        except WorDeskError:
            refused += 1
        assert_in_step(desk)
        if step % 35 == 34:
            assert_vandaag_as_derived(desk)
    assert refused and stored_lines(desk), "the walk covers refused writes and shown lines"


def test_a_client_erased_leaves_no_lines(desk, make):
    tid = make.trajectory(verwijsdatum=TODAY - timedelta(days=2))
    desk.add_contact(tid, "gesprek", TODAY + timedelta(days=3), "bellen", gepland=True)
    assert stored_lines(desk)
    desk.delete_client(desk.trajectory(tid).client.id)
    assert stored_lines(desk) == {}
    assert_in_step(desk)


def test_a_write_outside_a_store_transaction_is_on_vandaag_at_once(desk, make):
    tid = make.trajectory(verwijsdatum=TODAY - timedelta(days=30), eerste_contact=TODAY)
    assert desk.today_overview().first_contact == ()
    with desk.store.engine.begin() as conn:  # not through Desk: no commit hook runs
        conn.execute(text("UPDATE traject SET eerste_contact = NULL WHERE id = :t"), {"t": tid})
    assert [i.trajectory_id for i in desk.today_overview().first_contact] == [tid]
    desk.update_settings(coach_naam="Sam")  # the next transaction catches up
    assert_in_step(desk)


def test_changed_rules_recompute_every_line_at_unlock(home, desk, make):
    tid = make.trajectory(verwijsdatum=TODAY - timedelta(days=3))
    with desk.store.engine.begin() as conn:  # lines of an older version of the rules
        conn.execute(text("UPDATE vandaag_regels SET vingerafdruk = 'oud'"))
        conn.execute(text("UPDATE vandaag_regel SET wat = 'oud', datum = '2000-01-01'"))
    desk.close()
    again = Desk.open("test", PASSPHRASE, today=lambda: TODAY)
    try:
        assert [i.trajectory_id for i in again.today_overview().first_contact] == [tid]
        assert_in_step(again)
    finally:
        again.close()


def test_the_fingerprint_of_the_rules_is_stable_and_sees_a_change():
    assert attention._fingerprint(process) == attention._fingerprint(process)
    before = attention._fingerprint(process)
    old = process.FEEDBACK_DUE_WINDOW_DAYS
    process.FEEDBACK_DUE_WINDOW_DAYS = old + 1
    try:
        assert attention._fingerprint(process) != before
    finally:
        process.FEEDBACK_DUE_WINDOW_DAYS = old


def test_the_lines_are_not_client_work_in_the_audit_log(desk, make):
    make.trajectory(verwijsdatum=TODAY - timedelta(days=3))
    with desk.store.session() as s:
        tables = set(s.connection().execute(text("SELECT DISTINCT tabel FROM audit")).scalars())
    assert tables and not tables & attention.TABLES


@pytest.mark.parametrize("fixture", FIXTURES[-1:], ids=lambda p: p.parent.name)
def test_a_migrated_store_has_every_line_the_rules_give(home, fixture, tmp_path):
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    restored, _ = Desk.restore("oud", copy, FIXTURE_PASSPHRASE, today=lambda: TODAY)
    try:
        assert stored_lines(restored), "the fixture has trajectories on Vandaag"
        assert_in_step(restored)
        assert_vandaag_as_derived(restored, days=(0, 30))
    finally:
        restored.close()


# -- the bulk writers: the sheet import, the demo, a hand-over (Core inserts, not the ORM) ------
def test_an_imported_sheet_has_every_line_the_rules_give(desk):
    sheet = Path(__file__).parents[2] / "docs" / "voorbeeld-registratie.csv"
    report = desk.import_sheet(sheet)
    assert report.written and report.trajectories_created
    assert_in_step(desk)
    assert desk.import_sheet(sheet).written  # the same sheet again: rows updated in place
    assert_in_step(desk)


def test_the_demo_caseload_has_every_line_the_rules_give(desk):
    desk.fill_demo(clients=60, seed=3)
    assert stored_lines(desk), "the demo puts trajectories on Vandaag"
    assert_in_step(desk)
    assert_vandaag_as_derived(desk, days=(0, 20))


def test_a_hand_over_keeps_both_desks_in_step(desk, make, home, tmp_path, _template_profile):
    tid = make.trajectory(
        client={"client_nr": "W000101", "achternaam": "Oosterhuis"},
        verwijsdatum=TODAY - timedelta(days=3),
        toestemming_terugkoppeling=True,
    )
    desk.add_contact(tid, "gesprek", TODAY + timedelta(days=2), "bellen", gepland=True)
    made = desk.handover.export(["W000101"], tmp_path / "o.wdo")
    assert desk.today_overview().planned == (), "the giver no longer lists it"
    assert_in_step(desk)
    shutil.copytree(_template_profile, paths.profile_dir("ander"))
    other = Desk.open("ander", PASSPHRASE, today=lambda: TODAY)
    try:
        other.handover.import_file(made.path, made.code)
        assert [i.what for i in other.today_overview().planned] == ["gesprek"]
        assert_in_step(other)
    finally:
        other.close()


def test_the_inzage_and_the_erasure_plan_hold_no_derived_lines(desk, make):
    """Vandaag's lines are derived, not the client's data: not in the inzage or the erasure plan."""
    tid = make.trajectory(verwijsdatum=TODAY - timedelta(days=2))
    desk.add_contact(tid, "gesprek", TODAY + timedelta(days=3), "bellen", gepland=True)
    cid = desk.trajectory(tid).client.id
    data = desk.privacy.export(cid)
    keys = {k for t in data["trajecten"] for k in t} | set(data["overig"])
    assert not keys & attention.TABLES
    assert not set(desk.privacy.erasure_plan(cid).rijen) & attention.TABLES


def test_the_fingerprint_sees_wrapped_functions_classmethods_and_class_constants(monkeypatch):
    """A change to any code the rules run recomputes the stored lines: also the holiday calendar
    (behind an lru_cache), a classmethod and a class constant."""
    import functools

    from wor_desk import trajectory_facts, workdays

    before = attention._fingerprint(workdays)

    @functools.lru_cache(maxsize=64)
    def _holidays_of(year):  # a changed calendar
        return frozenset()

    _holidays_of.__module__ = workdays.__name__
    monkeypatch.setattr(workdays, "_holidays_of", _holidays_of)
    assert attention._fingerprint(workdays) != before

    row = trajectory_facts.FactRow
    before = attention._fingerprint(trajectory_facts)
    monkeypatch.setattr(row, "of", classmethod(lambda cls, values: None))
    assert attention._fingerprint(trajectory_facts) != before
    monkeypatch.undo()
    monkeypatch.setattr(row, "DATES", row.DATES[::-1])
    assert attention._fingerprint(trajectory_facts) != before


def test_a_failed_unlock_leaves_nothing_of_the_profile_open(home, _template_profile, monkeypatch):
    from wor_desk import regional
    from wor_desk.store import Store

    shutil.copytree(_template_profile, paths.profile_dir("test"))

    def fails(s, today):
        raise RuntimeError("refresh failed")

    monkeypatch.setattr(attention, "check_rules", fails)
    opened = []
    real = Store.open.__func__
    monkeypatch.setattr(
        Store,
        "open",
        classmethod(lambda cls, *a, **k: opened.append(real(cls, *a, **k)) or opened[-1]),
    )
    with pytest.raises(RuntimeError):
        Desk.open("test", PASSPHRASE, today=lambda: TODAY)
    assert not opened[0]._clean  # closed (the engine disposed), not left counting as open
    assert not regional._alive()  # the profile's regional codes are off the shared code lists


def test_the_fingerprint_is_the_same_in_every_process():
    """A fingerprint that changed with the hash seed would recompute every line at every unlock."""
    import subprocess
    import sys

    def fingerprint(seed: str) -> str:
        code = "from wor_desk import attention; print(attention.FINGERPRINT)"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        return done.stdout.strip()

    seen = {fingerprint(seed) for seed in ("0", "1", "2")}
    assert seen == {attention.FINGERPRINT}

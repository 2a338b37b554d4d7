"""The demo generator: seeded, rule-abiding, only in a demo profile, and shaped like a real caseload."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import inspect, text

from wor_desk import demo
from wor_desk.desk import Desk
from wor_desk.workdays import contact_within_deadline

TODAY = date(2026, 11, 23)
PASSPHRASE = "correct paard batterij niet"
STAMPS = {"aangemaakt", "gewijzigd"}  # record timestamps: the clock, not the seed


def content(desk) -> dict[str, list[tuple]]:
    """Every row of every table without record timestamps (and without the audit log, which
    records who wrote when: another profile, another second)."""
    with desk.store.session() as s:
        conn = s.connection()
        out = {}
        for name in inspect(conn).get_table_names():
            if name == "audit":
                continue
            result = conn.execute(text(f'SELECT * FROM "{name}" ORDER BY rowid'))
            keep = [i for i, k in enumerate(result.keys()) if k not in STAMPS]
            out[name] = [tuple(r[i] for i in keep) for r in result]
        return out


@pytest.fixture(scope="module")
def caseload(tmp_path_factory):
    """One demo profile of 2,000 clients, shared by the shape tests (read only)."""
    import os

    old = os.environ.get("WOR_DESK_HOME")
    os.environ["WOR_DESK_HOME"] = str(tmp_path_factory.mktemp("demo-home"))
    try:
        d = Desk.create("demo", PASSPHRASE, today=lambda: TODAY)
        n = demo.fill(d, clients=2000, seed=3)
        yield d, n
        d.close()
    finally:
        if old is None:
            os.environ.pop("WOR_DESK_HOME", None)
        else:
            os.environ["WOR_DESK_HOME"] = old


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data(home):
    a = Desk.create("a", PASSPHRASE, today=lambda: TODAY)
    b = Desk.create("b", PASSPHRASE, today=lambda: TODAY)
    c = Desk.create("c", PASSPHRASE, today=lambda: TODAY)
    try:
        assert demo.fill(a, clients=150, seed=7) == demo.fill(b, clients=150, seed=7)
        demo.fill(c, clients=150, seed=8)
        ca, cb, cc = content(a), content(b), content(c)
        assert ca == cb
        assert len(ca["client"]) == 150 and len(ca["traject"]) >= 150
        assert ca["client"] != cc["client"] and ca["traject"] != cc["traject"]
    finally:
        for d in (a, b, c):
            d.close()


def test_every_demo_trajectory_obeys_the_process_rules(desk):
    n = demo.fill(desk, clients=400, seed=11)
    assert n == desk.status().trajectories >= 400
    assert demo.check_all(desk) == []


def test_demo_refuses_a_profile_with_real_clients_and_changes_nothing(desk, make):
    make.trajectory(verwijsdatum=date(2026, 3, 2))
    before = content(desk)
    with pytest.raises(demo.DemoRefused) as exc:
        demo.fill(desk, clients=10)
    assert "echte cliënten" in str(exc.value) and "--profile demo" in str(exc.value)
    assert content(desk) == before
    assert desk.setting("is_demo") is False


def test_a_demo_profile_can_be_filled_again(desk):
    first = demo.fill(desk, clients=50, seed=1)
    assert desk.setting("is_demo") is True
    second = demo.fill(desk, clients=50, seed=2)
    st = desk.status()
    assert (st.clients, st.trajectories) == (100, first + second)
    assert demo.check_all(desk) == []


def test_cli_demo_refuses_a_real_profile(home, monkeypatch, capsys):
    from wor_desk.cli import main

    with Desk.create("echt", PASSPHRASE) as d:
        d.add_client(client_nr="1", achternaam="Echt")
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--profile", "echt", "demo", "--clients", "5"]) == 2
    assert "echte cliënten" in capsys.readouterr().err
    assert main(["--profile", "oefen", "demo", "--clients", "30"]) == 0
    assert "30 verzonnen cliënten" in capsys.readouterr().out


# -- the shape of the caseload ------------------------------------------------------------------------
def test_referrals_grow_year_on_year(caseload):
    desk, _ = caseload
    rows = desk.trajectory_rows()
    per_year = Counter((TODAY - r.verwijsdatum).days // 365 for r in rows)
    assert set(per_year) <= {0, 1, 2, 3}
    last, middle, first = per_year[0], per_year[1], per_year[2]
    assert last > middle > first
    assert 1.2 < last / middle < 1.9 and 1.2 < middle / first < 1.9
    assert all(r.verwijsdatum <= TODAY for r in rows)


def test_most_first_contacts_fall_within_five_working_days(caseload):
    desk, _ = caseload
    with desk.session() as s:
        rows = (
            s.connection()
            .execute(
                text(
                    "SELECT verwijsdatum, eerste_contact FROM traject WHERE eerste_contact IS NOT NULL AND verwijzer_type != 'zelf'"
                )
            )
            .all()
        )
    on_time = sum(
        contact_within_deadline(date.fromisoformat(str(v)), date.fromisoformat(str(e)))
        for v, e in rows
    )
    assert len(rows) > 1500
    assert 0.7 < on_time / len(rows) < 0.95  # most, not all


def test_the_caseload_has_pauses_self_referrals_drop_outs_and_referrals_on(caseload):
    desk, n = caseload
    rows = desk.trajectory_rows()
    assert len(rows) == n
    status = Counter(r.status for r in rows)
    types = Counter(r.verwijzer_type for r in rows)
    assert status["gepauzeerd"] > 0 and status["lopend"] > 0 and status["afgesloten"] > n / 2
    assert 0.04 < types["zelf"] / n < 0.14
    assert types["huisarts"] > types["poh"] > types["fysiotherapeut"]
    with desk.session() as s:
        reasons = Counter(
            dict(
                s.connection()
                .execute(
                    text(
                        "SELECT afsluitreden, count(*) FROM traject WHERE afgerond IS NOT NULL GROUP BY afsluitreden"
                    )
                )
                .all()
            )
        )
        returning = (
            s.connection()
            .execute(
                text(
                    "SELECT count(*) FROM (SELECT client_id FROM traject GROUP BY client_id HAVING count(*) > 1)"
                )
            )
            .scalar()
        )
    assert {
        "afgerond_doel_bereikt",
        "activiteit_loopt",
        "doorverwezen",
        "uitgevallen",
        "niet_bereikbaar",
        "geen_behoefte",
    } <= set(reasons)
    assert returning > 0


def test_no_demo_client_has_two_open_trajectories(caseload):
    desk, _ = caseload
    open_per_client = Counter(
        r.client_id for r in desk.trajectory_rows() if r.status != "afgesloten"
    )
    assert max(open_per_client.values()) == 1


def test_demo_feedback_only_where_consent_was_given(caseload):
    desk, _ = caseload
    with desk.session() as s:
        bad = (
            s.connection()
            .execute(
                text(
                    "SELECT count(*) FROM terugkoppeling f JOIN traject t ON t.id = f.traject_id "
                    "WHERE t.toestemming_terugkoppeling IS NOT 1 OR t.verwijzer_type = 'zelf'"
                )
            )
            .scalar()
        )
        given = (
            s.connection()
            .execute(text("SELECT count(DISTINCT traject_id) FROM terugkoppeling"))
            .scalar()
        )
    assert bad == 0 and given > 500


def test_the_demo_has_work_for_today(caseload):
    desk, _ = caseload
    today = desk.today_overview()
    assert today.first_contact and today.paused and today.planned
    assert any(i.due is not None and i.due >= TODAY for i in today.first_contact)
    assert all(r.verwijsdatum >= TODAY - timedelta(days=3 * 366) for r in desk.trajectory_rows())


def test_the_gap_report_on_the_demo_counts_every_started_activity(caseload):
    d, _ = caseload
    rep = d.matching.gap_report(date(2025, 1, 1), date(2025, 12, 31))
    with d.store.session() as s:
        started = (
            s.connection()
            .execute(
                text(
                    "SELECT count(*) FROM traject t WHERE t.kennismaking BETWEEN '2025-01-01' AND '2025-12-31'"
                    " AND t.start_activiteit IS NOT NULL"
                    " AND (nullif(trim(t.behoefte), '') IS NOT NULL"
                    "      OR t.id IN (SELECT traject_id FROM behoefte_aanbod))"
                )
            )
            .scalar()
        )
    needs = sum(r.needs for r in rep.needs)
    matched = sum(r.matched for r in rep.needs)
    assert started > 0
    assert matched >= started  # a trajectory with two need categories counts under each
    assert matched < needs


def test_the_demo_has_positieve_gezondheid_scores_that_show_a_realistic_outcome(caseload):
    d, _ = caseload
    oc = d.counts.outcome("2025")
    assert oc.shown and oc.with_both >= 50
    assert 50 <= oc.improved_pct <= 90  # most improve, not everyone
    assert all(0 < change < 2 for _, change in oc.per_dimension)


def test_the_demo_register_of_referrers_holds_its_practices_with_addresses(caseload):
    d, _ = caseload
    entries = d.referrers.practices()
    assert len(entries) == 7 and all(p.address_lines() and p.agb for p in entries)
    linde = d.referrers.practice("huisartsenpraktijk de linde")
    assert ("M. Verbeek (POH)", "poh") in [(r.naam, r.rol) for r in linde.verwijzers]

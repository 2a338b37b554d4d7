"""The desk's outbox: what is queued, when, with which revision; and the dry run."""

from __future__ import annotations

import json
from datetime import date

import pytest

from wor_desk import counts
from wor_desk.cli import main
from wor_desk.domain.sync import SyncMonth
from wor_desk.sync.errors import SyncSetupError


def referrals(make, n, day, praktijk="Praktijk De Linde", **client):
    for _ in range(n):
        make.trajectory(
            verwijsdatum=day, verwijzer_praktijk=praktijk, client={"gemeente": "Utrecht", **client}
        )


def test_queue_puts_only_changed_months_in_the_outbox_with_the_next_revision(desk, make):
    desk.sync.configure(region_secret="regio-geheim-voor-tests")
    referrals(make, 6, date(2026, 3, 2))
    referrals(make, 6, date(2026, 5, 4))
    # April is empty: nothing to send; each quarter and the year are sets of their own
    assert desk.sync.queue() == ["2026", "2026-03", "2026-05", "2026-Q1", "2026-Q2"]
    assert desk.sync.queue() == []
    referrals(make, 1, date(2026, 5, 6))
    assert desk.sync.queue() == ["2026", "2026-05", "2026-Q2"]
    rows = {r.period: r for r in desk.sync.outbox()}
    assert (
        rows["2026-03"].revision == 1 and rows["2026-05"].revision == 2 and rows["2026-05"].waiting
    )
    assert rows["2026-Q1"].revision == 1 and rows["2026"].revision == 2


def test_a_month_emptied_by_an_erasure_is_sent_again_empty(desk, make):
    desk.sync.configure(region_secret="regio-geheim-voor-tests")
    cid = make.client(gemeente="Utrecht")
    make.trajectory(cid, verwijsdatum=date(2026, 3, 2))
    desk.sync.queue()
    desk.delete_client(cid)
    assert desk.sync.queue() == ["2026", "2026-03", "2026-Q1"]
    with desk.session() as s:
        payload = json.loads(s.get(SyncMonth, "2026-03").payload)
    assert {c["indicator"]: c.get("value") for c in payload["cells"]}["verwijzingen"] == 0


def test_practices_cannot_leave_without_the_region_secret(desk, make):
    referrals(make, 6, date(2026, 3, 2))
    with pytest.raises(SyncSetupError) as exc:
        desk.sync.queue()
    assert "regiosleutel" in str(exc.value)


def test_practice_hashes_count_as_the_codebook_counts_practices(desk, make):
    desk.sync.configure(region_secret="regio-geheim-voor-tests")
    referrals(make, 3, date(2026, 3, 2), praktijk="Praktijk De Linde")
    referrals(make, 2, date(2026, 3, 3), praktijk="praktijk  de linde")
    referrals(make, 2, date(2026, 3, 4), praktijk="Gezondheidscentrum Oost")
    make.trajectory(
        verwijsdatum=date(2026, 3, 5),
        verwijzer_type="fysiotherapeut",
        verwijzer_praktijk="Fysio Plus",
    )
    p = desk.sync.build("2026-03")
    assert (
        len(p.practices)
        == counts.value_of(counts.compute(desk, "2026-03"), "verwijzende_praktijken")
        == 2
    )


def test_a_new_collector_address_puts_every_month_back_in_the_outbox(desk, make):
    desk.sync.configure(
        collector="http://127.0.0.1:1", token="t", region_secret="regio-geheim-voor-tests"
    )
    referrals(make, 6, date(2026, 3, 2))
    desk.sync.queue()
    with desk.store.transaction() as s:
        row = s.get(SyncMonth, "2026-03")
        row.wacht = False
        s.add(row)
    desk.sync.configure(collector="http://127.0.0.1:2")
    assert desk.sync.state().waiting == ("2026", "2026-03", "2026-Q1")


def test_dry_run_prints_a_readable_table_with_suppressed_cells_marked(
    desk, make, monkeypatch, capsys
):
    referrals(make, 6, date(2026, 3, 2), geslacht="vrouw")
    referrals(make, 2, date(2026, 3, 3), geslacht="man")
    desk.close()
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", "correct paard batterij niet")
    assert (
        main(
            ["--profile", "test", "sync", "--dry-run", "--region-secret", "regio-geheim-voor-tests"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "maart 2026 (2026-03)" in out
    lines = out.splitlines()
    man = next(line for line in lines if "Verwijzingen per geslacht" in line and "Man" in line)
    assert man.startswith("*") and "onderdrukt (1-7)" in man
    total = next(line for line in lines if line.startswith("  Verwijzingen ") and "Totaal" in line)
    assert total.rstrip().endswith(" 8")
    assert "Praktijken (alleen als sleutel-hash verzonden): 1" in out
    assert "Praktijk De Linde" not in out


def test_sync_without_a_collector_says_what_to_do(desk, monkeypatch, capsys):
    desk.close()
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", "correct paard batterij niet")
    assert main(["--profile", "test", "sync"]) != 0
    assert "wor-desk sync --collector URL --token TOKEN" in capsys.readouterr().err

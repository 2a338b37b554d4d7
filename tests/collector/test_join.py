"""Joining a desk in one step: `collector desk add` prints a koppelcode, `sync --join CODE`
takes it; the region secret is made once by the collector and kept only wrapped; options
after subcommands; and the issue's "done means": three joined desks, region totals equal
the codebook for 2025 and 2025-Q2."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from tests.collector.conftest import REGION_PASSPHRASE
from tests.collector.test_region_totals import _register, _totals, _trajectory, check_period
from tests.conftest import Factory
from wor_desk import counts
from wor_desk.cli import build_parser, main
from wor_desk.collector.service import Collector, CollectorError
from wor_desk.desk import Desk
from wor_desk.sync import koppelcode
from wor_desk.sync.koppelcode import ALPHABET, KoppelcodeInvalid
from wor_desk.sync.service import S_COLLECTOR, S_SECRET, S_TOKEN

TODAY = date(2026, 11, 23)
PASS = "correct paard batterij niet"


def desk_add(db: str, name: str, capsys, *extra: str) -> str:
    args = ["collector", "desk", "add", name, "--team", "T", "--organisation", "O"]
    assert main([*args, "--db", db, *extra]) == 0
    return capsys.readouterr().out.strip().splitlines()[-1]


def test_a_koppelcode_round_trips_and_its_check_character_catches_typos():
    token, secret = "wdd_" + "A" * 43, koppelcode.secret_text(bytes(range(32)))
    code = koppelcode.make("https://collector.regio.nl", token, secret)
    k = koppelcode.parse(code)
    assert (k.url, k.token, k.region_secret) == ("https://collector.regio.nl", token, secret)
    # read over the phone: case, spaces and O/0, I/1 do not matter
    assert koppelcode.parse(" " + code.lower().replace("-", " ")) == k
    body = code.replace("-", "")[3:]
    rng = random.Random(7)
    for i in rng.sample(range(len(body)), 30):  # any one wrong character
        wrong = rng.choice([c for c in ALPHABET if c != body[i]])
        with pytest.raises(KoppelcodeInvalid):
            koppelcode.parse("WOR" + body[:i] + wrong + body[i + 1 :])
    for i in rng.sample(range(len(body) - 1), 30):  # two neighbours swapped
        if body[i] != body[i + 1]:
            swapped = body[:i] + body[i + 1] + body[i] + body[i + 2 :]
            with pytest.raises(KoppelcodeInvalid):
                koppelcode.parse("WOR" + swapped)


def test_options_are_accepted_after_the_subcommand(collector_db, home, capsys, monkeypatch):
    args = build_parser().parse_args(
        ["collector", "serve", "--db", "sqlite:///x.db", "--port", "9"]
    )
    assert (args.db, args.port) == ("sqlite:///x.db", 9)
    args = build_parser().parse_args(["collector", "--db", "sqlite:///y.db", "serve"])
    assert args.db == "sqlite:///y.db"  # before the subcommand, as before
    code = desk_add(collector_db, "na", capsys)  # desk add ... --db URL
    assert koppelcode.parse(code).token.startswith("wdd_")
    monkeypatch.setenv("WOR_COLLECTOR_DB", collector_db)  # still works
    assert main(["collector", "desk", "list"]) == 0
    assert "na " in capsys.readouterr().out


def test_the_region_secret_is_made_once_and_kept_only_wrapped(
    collector_db, home, capsys, monkeypatch
):
    first = koppelcode.parse(desk_add(collector_db, "a", capsys, "--url", "https://c.regio.nl"))
    second = koppelcode.parse(desk_add(collector_db, "b", capsys))
    assert first.region_secret == second.region_secret and len(first.region_secret) == 43
    assert second.url == "https://c.regio.nl"  # the address is remembered
    assert first.token != second.token
    # nothing the collector stores is the secret or lets it hash a name without the passphrase
    engine = create_engine(collector_db)
    with engine.connect() as conn:
        dump = " ".join(
            str(v)
            for table in ("regio", "desk")
            for row in conn.execute(text(f"SELECT * FROM {table}"))  # noqa: S608 - fixed names
            for v in row
        )
    engine.dispose()
    raw = koppelcode._raw(first.region_secret)
    assert first.region_secret not in dump and raw.hex() not in dump
    # a wrong passphrase: refused, and no desk added
    monkeypatch.setenv("WOR_COLLECTOR_PASSPHRASE", "not the right passphrase")
    assert (
        main(
            [
                "collector",
                "desk",
                "add",
                "c",
                "--team",
                "T",
                "--organisation",
                "O",
                "--db",
                collector_db,
            ]
        )
        != 0
    )
    assert "niet het wachtwoord" in capsys.readouterr().err
    c = Collector.open(collector_db)
    try:
        assert [d.name for d in c.list_desks()] == ["a", "b"]
        with pytest.raises(CollectorError):
            c.region_secret("not the right passphrase")
        assert c.region_secret(REGION_PASSPHRASE) == first.region_secret
    finally:
        c.close()


def _settings(profile: str) -> dict:
    with Desk.open(profile, PASS, today=lambda: TODAY) as d:
        return {k: d.setting(k) for k in (S_COLLECTOR, S_TOKEN, S_SECRET)}


def test_sync_join_stores_the_settings_only_after_a_successful_first_push(
    desk, make, server, capsys, monkeypatch
):
    make.trajectory(verwijsdatum=date(2026, 3, 2), verwijzer_praktijk="Praktijk De Linde")
    desk.close()
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASS)
    db = str(server.collector.engine.url.render_as_string(hide_password=False))
    code = desk_add(db, "coach", capsys, "--url", "http://127.0.0.1:9")  # nobody listens there
    # a typo: refused before going online, nothing stored
    typo = code[:-2] + ("0" if code[-2] != "0" else "1") + code[-1]
    assert main(["--profile", "test", "sync", "--join", typo]) != 0
    assert "koppelcode klopt niet" in capsys.readouterr().err
    # the collector cannot be reached: nothing stored
    assert main(["--profile", "test", "sync", "--join", code]) != 0
    assert "niet bereikbaar" in capsys.readouterr().err
    assert _settings("test") == {S_COLLECTOR: None, S_TOKEN: None, S_SECRET: None}
    # the right address: joined, pushed, stored; a bare sync later uses them
    server.collector.public_url(server.url)
    code = desk_add(db, "coach-2", capsys)
    assert main(["--profile", "test", "sync", "--join", code]) == 0
    out = capsys.readouterr().out
    assert "Gekoppeld" in out and "Wacht nog: niets" in out
    k = koppelcode.parse(code)
    assert _settings("test") == {
        S_COLLECTOR: server.url,
        S_TOKEN: k.token,
        S_SECRET: k.region_secret,
    }
    assert main(["--profile", "test", "sync"]) == 0


def test_a_koppelcode_with_another_regions_secret_is_refused(desk, make, server, capsys):
    server.collector.region_secret(REGION_PASSPHRASE)
    token = server.collector.add_desk("x", "T", "O")
    wrong = koppelcode.make(server.url, token, koppelcode.secret_text(bytes(32)))
    with pytest.raises(Exception) as exc:
        desk.sync.join(wrong)
    assert "hoort niet bij deze collector" in str(exc.value)
    assert desk.sync.state().collector == "" and not desk.sync.state().has_token


def test_three_desks_joined_with_a_koppelcode_give_region_totals_equal_to_the_codebook(
    home, server, capsys, monkeypatch
):
    """The issue's "done means": three desks, each joined with its koppelcode, sync; a region
    reader's 2025 and 2025-Q2 totals equal the codebook over all their trajectories."""
    server.collector.k = 3
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASS)
    db = str(server.collector.engine.url.render_as_string(hide_password=False))
    rng = random.Random(2025)
    truth = Desk.create("truth", PASS, today=lambda: TODAY)
    desks = [Desk.create(f"coach{i}", PASS, today=lambda: TODAY) for i in range(3)]
    try:
        makes, truth_make = [Factory(d) for d in desks], Factory(truth)
        for i in range(90):
            t = _trajectory(rng)
            _register(makes[i % 3], t)
            _register(truth_make, t)
        for d in desks:
            d.close()
        for i in range(3):
            code = desk_add(db, f"coach{i}", capsys, "--url", server.url)
            assert main(["--profile", f"coach{i}", "sync", "--join", code]) == 0
        capsys.readouterr()
        reader = server.collector.add_reader("lead", "region")
        seen = dict.fromkeys(("exact", "ranges", "withheld", "means", "partial"), 0)
        for period in ("2025", "2025-Q2"):
            got = _totals(server.url, reader, period)
            check_period(got, counts.compute(truth, period), seen)
            for ind in (
                "verwijzingen",
                "intakes",
                "terugkoppeling_gegeven",
                "verwijzende_praktijken",
            ):
                assert got[ind, "totaal"] == str(
                    counts.value_of(counts.compute(truth, period), ind)
                )
            mean = counts.value_of(counts.compute(truth, period), "gemiddelde_dagen_tot_intake")
            shown = got["gemiddelde_dagen_tot_intake", "totaal"]
            if period == "2025":  # a year over many intakes: exact
                assert shown == counts.format_value(mean)
            else:  # a quarter's mean may be hidden where year minus quarter would tell
                assert shown == counts.format_value(mean) or shown.endswith("*")
    finally:
        truth.close()

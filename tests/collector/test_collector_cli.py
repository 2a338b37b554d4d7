"""`wor-desk collector desk|reader ...`: tokens printed once, stored only as hashes."""

from __future__ import annotations

import hashlib

from sqlalchemy import create_engine, text

from wor_desk.cli import main
from wor_desk.sync import koppelcode


def test_desk_add_prints_a_token_once_and_stores_only_its_hash(collector_db, home, capsys):
    assert (
        main(
            [
                "collector",
                "--db",
                collector_db,
                "desk",
                "add",
                "Coach Noord",
                "--team",
                "Noord",
                "--organisation",
                "Welzijn Midden",
            ]
        )
        == 0
    )
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert code.startswith("WOR-")
    token = koppelcode.parse(code).token
    assert token.startswith("wdd_") and len(token) > 40
    engine = create_engine(collector_db)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT token_hash FROM desk")).scalar_one()
    engine.dispose()
    assert stored == hashlib.sha256(token.encode()).hexdigest() and token not in stored


def test_desk_list_and_revoke(collector_db, home, capsys):
    main(
        [
            "collector",
            "--db",
            collector_db,
            "desk",
            "add",
            "a",
            "--team",
            "T1",
            "--organisation",
            "O",
        ]
    )
    main(
        [
            "collector",
            "--db",
            collector_db,
            "desk",
            "add",
            "b",
            "--team",
            "T2",
            "--organisation",
            "O",
        ]
    )
    assert main(["collector", "--db", collector_db, "desk", "revoke", "a"]) == 0
    capsys.readouterr()
    assert main(["collector", "--db", collector_db, "desk", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith("a ") and "ingetrokken" in line for line in out)
    assert any(line.startswith("b ") and "actief" in line for line in out)


def test_revoking_an_unknown_desk_says_what_to_do(collector_db, home, capsys):
    assert main(["collector", "--db", collector_db, "desk", "revoke", "niemand"]) != 0
    assert "wor-desk collector desk list" in capsys.readouterr().err


def test_adding_a_desk_twice_is_refused(collector_db, home, capsys):
    main(
        [
            "collector",
            "--db",
            collector_db,
            "desk",
            "add",
            "a",
            "--team",
            "T",
            "--organisation",
            "O",
        ]
    )
    assert (
        main(
            [
                "collector",
                "--db",
                collector_db,
                "desk",
                "add",
                "a",
                "--team",
                "T",
                "--organisation",
                "O",
            ]
        )
        != 0
    )
    assert "Er is al een desk met de naam" in capsys.readouterr().err


def test_reader_add_checks_the_scope(collector_db, home, capsys):
    assert (
        main(["collector", "--db", collector_db, "reader", "add", "lead", "--scope", "team:Noord"])
        == 0
    )
    assert capsys.readouterr().out.strip().splitlines()[-1].startswith("wdr_")
    assert (
        main(["collector", "--db", collector_db, "reader", "add", "x", "--scope", "wijk:Oost"]) != 0
    )
    assert "region, organisation:ORGANISATIE of team:TEAM" in capsys.readouterr().err


def test_the_default_store_is_a_sqlite_file_under_wor_desk_home(home, capsys, monkeypatch):
    monkeypatch.delenv("WOR_COLLECTOR_DB", raising=False)
    assert main(["collector", "desk", "add", "a", "--team", "T", "--organisation", "O"]) == 0
    assert (home / "collector" / "collector.db").exists()


def test_collector_counts_writes_the_scope_totals_csv(server, tmp_path, capsys):
    token = server.collector.add_reader("lead", "region")
    out = tmp_path / "totaal.csv"
    assert (
        main(
            [
                "collector-counts",
                "--collector",
                server.url,
                "--token",
                token,
                "--period",
                "2026-Q1",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    lines = out.read_text().splitlines()
    assert (
        lines[0] == "period,indicator,category,value"
        and lines[1] == "2026-Q1,verwijzingen,totaal,0"
    )


def test_collector_counts_never_overwrites_a_file_without_force(server, tmp_path, capsys):
    token = server.collector.add_reader("lead", "region")
    out = tmp_path / "totaal.csv"
    out.write_text("mijn eigen bestand")
    args = [
        "collector-counts",
        "--collector",
        server.url,
        "--token",
        token,
        "--period",
        "2026-03",
        "-o",
        str(out),
    ]
    assert main(args) != 0 and "--force" in capsys.readouterr().err
    assert out.read_text() == "mijn eigen bestand"
    assert main([*args, "--force"]) == 0 and out.read_text().startswith("period,indicator")
    assert (
        main(
            [
                "collector-counts",
                "--collector",
                server.url,
                "--token",
                token,
                "--period",
                "2026-03",
                "-o",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 0
    )
    assert (
        (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
    )  # the desk's report, for the region

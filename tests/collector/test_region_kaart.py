"""The region's sociale kaart at the collector: a kaart editor loads it, desks receive it on
every sync (only what changed), propose corrections; real collector on 127.0.0.1."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest

from wor_desk.cli import main
from wor_desk.collector.kaart import RegionKaart
from wor_desk.desk import Desk
from wor_desk.errors import RuleViolation
from wor_desk.sync.client import CollectorClient
from wor_desk.sync.errors import TokenRejected
from wor_desk.values.catalogue import CatalogueFilter

TODAY = date(2026, 11, 23)
PASS = "correct paard batterij niet"

KAART = (
    "id,name,category,organization,municipality,neighbourhood,byday,capacity,assured_date\n"
    ",Wandelgroep Oost,bewegen,Buurtteam,Utrecht,Oost,MO,vrij,2026-10-01\n"
    ",Taalcafé,meedoen_ontmoeten,Bibliotheek,Utrecht,,WE,vrij,2026-01-15\n"
    ",Moestuin,meedoen_ontmoeten,Stadsboerderij,Utrecht,Noord,SA,,2026-11-01\n"
)


def fast(url, token):
    return CollectorClient(url, token, backoff=0.01)


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def connect(desk, server, name):
    token = server.collector.add_desk(name, "T", "O")
    desk.sync.configure(collector=server.url, token=token, region_secret="regio-geheim-voor-tests")
    return token


def sync(desk, server, token):
    result = desk.sync.sync(client=fast(server.url, token))
    assert result.kaart_error is None, result.kaart_error
    return result


def names(desk, **kw):
    return {r.activity.naam: r for r in desk.catalogue.search(CatalogueFilter(**kw))}


@pytest.fixture
def editor(server):
    return RegionKaart(server.collector).add_editor("Redactie Midden")


def test_editor_loads_a_kaart_over_http_and_a_desk_receives_it_marked_as_the_regions(
    desk, server, editor, tmp_path, capsys
):
    f = write(tmp_path, "kaart.csv", KAART)
    rc = main(
        ["collector", "kaart", "import", str(f), "--collector", server.url, "--token", editor]
    )
    assert rc == 0, capsys.readouterr().err
    assert "3 nieuw" in capsys.readouterr().out
    own, _ = desk.catalogue.add(naam="Eigen koor", aanbod="muziek_cultuur")
    token = connect(desk, server, "d1")
    result = sync(desk, server, token)
    assert result.kaart.created == 3
    got = names(desk)
    assert {n for n, r in got.items() if r.activity.regio} == {
        "Wandelgroep Oost",
        "Taalcafé",
        "Moestuin",
    }
    assert not got["Eigen koor"].activity.regio
    # staleness comes from the shared entry's "last checked"
    assert got["Taalcafé"].stale and not got["Wandelgroep Oost"].stale
    # the next sync fetches nothing that did not change
    again = sync(desk, server, token)
    assert again.kaart.changed == 0 and again.kaart.revision == result.kaart.revision


def test_an_invalid_file_changes_nothing_at_the_collector_and_says_which_rows(
    server, editor, tmp_path, capsys
):
    kaart = RegionKaart(server.collector)
    main(
        [
            "collector",
            "kaart",
            "import",
            str(write(tmp_path, "k.csv", KAART)),
            "--collector",
            server.url,
            "--token",
            editor,
        ]
    )
    before = kaart.entries()
    bad = write(
        tmp_path,
        "bad.csv",
        "name,category,capacity\nNieuw,bewegen,vrij\nKapot,geen_code,misschien\n",
    )
    capsys.readouterr()
    rc = main(
        ["collector", "kaart", "import", str(bad), "--collector", server.url, "--token", editor]
    )
    err = capsys.readouterr().err
    assert rc != 0 and "rij 3" in err and "Traceback" not in err
    assert kaart.entries() == before


def test_only_an_editor_token_may_change_the_kaart(desk, server, editor):
    token = connect(desk, server, "d1")
    with fast(server.url, token) as c, pytest.raises(TokenRejected):
        c.kaart_import(["name", "category"], [{"name": "X", "category": "bewegen"}])
    reader = server.collector.add_reader("lead", "region")
    with fast(server.url, reader) as c, pytest.raises(TokenRejected):
        c.kaart_proposals()


def test_local_cli_on_the_store_imports_exports_and_the_export_reads_back(
    collector_db, home, tmp_path, capsys
):
    f = write(tmp_path, "kaart.csv", KAART)
    assert main(["collector", "--db", collector_db, "editor", "add", "R"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1].startswith("wdk_")
    assert main(["collector", "--db", collector_db, "kaart", "import", str(f)]) == 0
    out = tmp_path / "uit.csv"
    assert main(["collector", "--db", collector_db, "kaart", "export", str(out)]) == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["name"] for r in rows] == ["Moestuin", "Taalcafé", "Wandelgroep Oost"]
    assert all(r["id"] for r in rows) and rows[2]["byday"] == "MO"
    # the same file again changes nothing; the export is a valid import (round trip)
    capsys.readouterr()
    assert main(["collector", "--db", collector_db, "kaart", "import", str(out)]) == 0
    assert "0 nieuw, 0 bijgewerkt, 3 ongewijzigd" in capsys.readouterr().out


def test_removed_at_the_region_disappears_unless_a_trajectory_refers_to_it_and_notes_stay(
    desk, make, server, editor, tmp_path
):
    kaart = RegionKaart(server.collector)
    main(
        [
            "collector",
            "kaart",
            "import",
            str(write(tmp_path, "k.csv", KAART)),
            "--collector",
            server.url,
            "--token",
            editor,
        ]
    )
    token = connect(desk, server, "d1")
    sync(desk, server, token)
    got = names(desk)
    walk, cafe = got["Wandelgroep Oost"].id, got["Taalcafé"].id
    desk.region_kaart.set_note(cafe, "Vraag naar Els bij de balie")
    tid = make.trajectory(verwijsdatum=date(2026, 10, 1), kennismaking=date(2026, 10, 5))
    desk.matching.propose(tid, [walk], date(2026, 10, 6))
    # the editor's whole kaart now lacks the walking group and the moestuin; the café moves wijk
    rest = [e for e in kaart.entries() if e["name"] == "Taalcafé"]
    rest[0]["neighbourhood"] = "Centrum"
    kaart.import_entries(list(rest[0]), rest, remove_missing=True)
    result = sync(desk, server, token)
    assert (result.kaart.removed, result.kaart.closed, result.kaart.updated) == (1, 1, 1)
    got = names(desk, include_closed=True)
    assert "Moestuin" not in got
    assert got["Wandelgroep Oost"].closed  # kept, closed: a trajectory was proposed it
    assert got["Taalcafé"].activity.wijk == "Centrum"
    assert got["Taalcafé"].activity.notitie == "Vraag naar Els bij de balie"


def test_region_entries_are_read_only_on_the_desk_but_the_note_is_not(
    desk, server, editor, tmp_path
):
    main(
        [
            "collector",
            "kaart",
            "import",
            str(write(tmp_path, "k.csv", KAART)),
            "--collector",
            server.url,
            "--token",
            editor,
        ]
    )
    sync(desk, server, connect(desk, server, "d1"))
    a = names(desk)["Moestuin"]
    with pytest.raises(RuleViolation):
        desk.catalogue.update(a.id, plek="vol")
    with pytest.raises(RuleViolation):
        desk.catalogue.delete(a.id)
    desk.region_kaart.set_note(a.id, "eigen notitie")
    assert desk.catalogue.get(a.id).notitie == "eigen notitie"


def test_offline_the_desk_keeps_the_last_kaart(desk, server, editor, tmp_path):
    main(
        [
            "collector",
            "kaart",
            "import",
            str(write(tmp_path, "k.csv", KAART)),
            "--collector",
            server.url,
            "--token",
            editor,
        ]
    )
    token = connect(desk, server, "d1")
    sync(desk, server, token)
    server.stop()
    result = desk.sync.sync(client=CollectorClient(server.url, token, tries=1))
    assert result.error is not None and result.kaart is None
    assert len([r for r in names(desk).values() if r.activity.regio]) == 3


def test_a_proposal_goes_with_the_sync_the_editor_accepts_and_the_other_desk_sees_it(
    desk, home, server, editor, tmp_path, capsys
):
    main(
        [
            "collector",
            "kaart",
            "import",
            str(write(tmp_path, "k.csv", KAART)),
            "--collector",
            server.url,
            "--token",
            editor,
        ]
    )
    t1 = connect(desk, server, "d1")
    other = Desk.create("ander", PASS, today=lambda: TODAY)
    try:
        t2 = connect(other, server, "d2")
        sync(desk, server, t1)
        sync(other, server, t2)
        walk = names(desk)["Wandelgroep Oost"].id
        desk.region_kaart.propose("vol", walk, remark="Groep zit vol tot de zomer")
        own, _ = desk.catalogue.add(
            naam="Repair café", aanbod="meedoen_ontmoeten", gemeente="Utrecht"
        )
        desk.region_kaart.propose("nieuw", own)
        assert desk.region_kaart.state().proposals_waiting == 2
        assert sync(desk, server, t1).kaart.proposals_sent == 2
        assert desk.region_kaart.state().proposals_waiting == 0
        sync(desk, server, t1)  # a second sync sends nothing twice
        capsys.readouterr()
        args = ["--collector", server.url, "--token", editor]
        assert main(["collector", "kaart", "voorstellen", *args]) == 0
        listing = capsys.readouterr().out
        assert "Wandelgroep Oost" in listing and "geen plek" in listing and "Repair café" in listing
        ids = [int(line.split()[0]) for line in listing.strip().splitlines()]
        assert len(ids) == 2
        assert main(["collector", "kaart", "accepteer", str(ids[0]), *args]) == 0
        assert main(["collector", "kaart", "weiger", str(ids[1]), *args]) == 0
        assert main(["collector", "kaart", "weiger", str(ids[1]), *args]) != 0
        assert "al besloten" in capsys.readouterr().err
        sync(other, server, t2)
        seen = names(other)
        assert seen["Wandelgroep Oost"].activity.plek == "vol"
        assert seen["Wandelgroep Oost"].activity.gecontroleerd == TODAY
        assert "Repair café" not in seen
    finally:
        other.close()


def test_a_desks_own_entry_accepted_by_the_region_becomes_the_regions_entry(desk, server, editor):
    kaart = RegionKaart(server.collector)
    token = connect(desk, server, "d1")
    own, _ = desk.catalogue.add(naam="Repair café", aanbod="meedoen_ontmoeten")
    desk.region_kaart.propose("nieuw", own)
    sync(desk, server, token)
    [p] = kaart.proposals()
    kaart.accept(p.id)
    sync(desk, server, token)
    rows = names(desk)
    assert list(rows) == ["Repair café"] and rows["Repair café"].activity.regio


def test_a_proposal_is_checked_on_the_desk_before_it_waits(desk, server, editor, tmp_path):
    main(
        [
            "collector",
            "kaart",
            "import",
            str(write(tmp_path, "k.csv", KAART)),
            "--collector",
            server.url,
            "--token",
            editor,
        ]
    )
    sync(desk, server, connect(desk, server, "d1"))
    walk = names(desk)["Wandelgroep Oost"].id
    with pytest.raises(RuleViolation):
        desk.region_kaart.propose("verhuisd", walk, address={"postal_code": "geen postcode"})
    desk.region_kaart.propose("gesloten", walk, active_until=TODAY + timedelta(days=30))
    [p] = desk.region_kaart.proposals()
    assert p.cells == {"active_until": "2026-12-23"}

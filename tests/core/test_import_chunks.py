"""A large sheet is read row by row and written in chunks, all inside one transaction (issue
13's speed work). The chunk sizes change nothing that is stored (rows, audit entries,
Vandaag's lines); a stop in the middle of the write leaves nothing behind; a re-import in
chunks updates exactly like one at once."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from wor_desk import attention, importer

from .test_import import COLUMNS, PASSPHRASE, TODAY

#: Record times differ between two runs; everything else must be equal.
TIMES = {"aangemaakt", "gewijzigd", "tijd", "bijgewerkt"}


def _rows(n: int, *, update: bool = False) -> list[dict]:
    """n trajectories of about n/2 clients, with reasons, follow-ups and feedback; `update`
    changes some fields, as a coach's later copy of the sheet would."""
    out = []
    for i in range(n):
        ref = date(2025, 1, 6) + timedelta(days=(i * 37) % 500)
        step = i % 5
        row = {
            "client_nr": f"C{i % (n // 2 or 1):04d}",
            "voornaam": "Voornaam",
            "achternaam": f"Achternaam {i % 7}",
            "geboortedatum": "1960-02-03",
            "geslacht": ("vrouw", "man", "")[i % 3],
            "postcode": "3563ab",
            "gemeente": "Utrecht",
            "verwijsdatum": ref.isoformat(),
            "verwijzer_praktijk": "De Linde",
            "verwijzer_type": ("huisarts", "poh")[i % 2],
            "reden": ("eenzaamheid;stress", "rouw_verlies", "")[i % 3],
            "toestemming_terugkoppeling": ("ja", "nee", "")[i % 3],
            "eerste_contact": (ref + timedelta(days=2)).isoformat(),
        }
        if step >= 2:
            row["kennismaking"] = (ref + timedelta(days=9)).isoformat()
            row["terugkoppeling"] = (ref + timedelta(days=10)).isoformat()
        if step >= 3:
            row.update(
                aanbod="bewegen",
                activiteit="Wandelgroep",
                start_activiteit=(ref + timedelta(days=20)).isoformat(),
            )
        if step == 4:
            row.update(
                nazorg=(ref + timedelta(days=60)).isoformat(),
                afgerond=(ref + timedelta(days=70)).isoformat(),
                afsluitreden="afgerond_doel_bereikt",
            )
        if update and i % 4 == 0:
            row["telefoon"] = "06-11112222"
            row["kanaal"] = "telefoon"
            row["reden"] = "stress"
        out.append(row)
    return out


def _write(path, rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r.get(c, "") for c in COLUMNS])


def _stored(desk) -> dict[str, list[tuple]]:
    """Every table's rows without record times (and the audit without its entry numbers)."""
    out = {}
    with desk.store.session() as s:
        conn = s.connection()
        tables = [
            r[0]
            for r in conn.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            )
        ]
        for t in tables:
            cols = [r[1] for r in conn.execute(text(f'PRAGMA table_info("{t}")'))]
            # the audit's own numbering follows the order of the chunks: left out
            skip = TIMES | ({"id"} if t == "audit" else set())
            keep = ", ".join(f'"{c}"' for c in cols if c not in skip)
            order = "rowid" if t == "audit" else "1, 2" if len(cols) > 1 else "1"
            rows = conn.execute(text(f'SELECT {keep} FROM "{t}" ORDER BY {order}')).all()
            out[t] = [tuple(r) for r in rows]
    return out


@pytest.fixture
def other_desk(home, _template_profile):
    """A second unlocked Desk (profile "tweede") on a copy of the same template store."""
    from wor_desk.desk import Desk
    from wor_desk.store import paths

    shutil.copytree(_template_profile, paths.profile_dir("tweede"))
    d = Desk.open("tweede", PASSPHRASE, today=lambda: TODAY)
    yield d
    d.close()


def test_the_chunk_sizes_change_nothing_that_is_stored(desk, other_desk, tmp_path, monkeypatch):
    first, second = tmp_path / "blad.csv", tmp_path / "blad-later.csv"
    _write(first, _rows(60))
    _write(second, _rows(60, update=True))
    reports = {}
    for name, d, chunk in (("whole", desk, 10_000), ("chunks", other_desk, 7)):
        monkeypatch.setattr(importer, "CHUNK", chunk)
        monkeypatch.setattr(attention, "REFRESH_CHUNK", chunk)
        reports[name] = [d.import_sheet(first).summary("en"), d.import_sheet(second).summary("en")]
    assert reports["whole"] == reports["chunks"]
    assert "60 new" in reports["whole"][0] and "updated" in reports["whole"][1]
    whole, chunks = _stored(desk), _stored(other_desk)
    assert whole["traject"] and whole["audit"] and whole["vandaag_regel"]
    # the audit names the profile that wrote: the one difference between the two stores
    whole["audit"] = [tuple(v for v in r if v != "test") for r in whole["audit"]]
    chunks["audit"] = [tuple(v for v in r if v != "tweede") for r in chunks["audit"]]
    for table in whole:
        assert sorted(whole[table], key=repr) == sorted(chunks[table], key=repr), table


def test_a_stop_in_the_middle_of_the_write_leaves_nothing(desk, tmp_path, monkeypatch):
    sheet = tmp_path / "blad.csv"
    _write(sheet, _rows(60))
    monkeypatch.setattr(importer, "CHUNK", 5)
    before = _stored(desk)
    calls = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if done > total * 2 // 3 + 20:  # in the write, after some chunks went to the store
            raise Stop()

    with pytest.raises(Stop):
        desk.import_sheet(sheet, progress=progress)
    assert len(calls) > 4
    assert _stored(desk) == before
    # and the same sheet then imports whole
    report = desk.import_sheet(sheet)
    assert report.written and report.trajectories_created == 60


def test_a_reimport_in_chunks_finds_every_stored_trajectory(desk, tmp_path, monkeypatch):
    sheet = tmp_path / "blad.csv"
    _write(sheet, _rows(40))
    monkeypatch.setattr(importer, "CHUNK", 3)
    monkeypatch.setattr(importer, "_BATCH", 4)
    assert desk.import_sheet(sheet).trajectories_created == 40
    again = desk.import_sheet(sheet)
    assert (again.trajectories_created, again.trajectories_updated) == (0, 0)
    assert again.trajectories_unchanged == 40 and again.clients_created == 0


def test_every_row_a_reimport_changes_is_logged_with_old_and_new_values(
    desk, tmp_path, monkeypatch
):
    first, second = tmp_path / "blad.csv", tmp_path / "blad-later.csv"
    _write(first, _rows(40))
    _write(second, _rows(40, update=True))
    monkeypatch.setattr(importer, "CHUNK", 3)
    desk.import_sheet(first)
    report = desk.import_sheet(second)
    changed = {r["client_nr"] for i, r in enumerate(_rows(40)) if i % 4 == 0}
    assert report.clients_updated == len(changed) and report.trajectories_updated == 10
    with desk.store.session() as s:
        entries = s.connection().execute(
            text(
                "SELECT a.tabel, a.velden, c.client_nr FROM audit a "
                "JOIN client c ON c.id = a.client_id WHERE a.soort = 'gewijzigd'"
            )
        )
        logged = [(t, json.loads(v), nr) for t, v, nr in entries]
    trajectories = [v for t, v, _ in logged if t == "traject"]
    assert len(trajectories) == 10
    assert all(v == {"kanaal": [None, "telefoon"]} for v in trajectories)
    clients = {nr: v for t, v, nr in logged if t == "client"}
    assert set(clients) == changed
    assert all(v == {"telefoon": "•gevoelig•"} for v in clients.values())
    with desk.store.session() as s:
        gone = s.connection().execute(
            text(
                "SELECT count(*) FROM audit WHERE soort = 'verwijderd' AND tabel = 'traject_reden'"
            )
        )
        assert gone.scalar() > 0  # the replaced reasons, one entry per removed row


def test_an_import_stopped_in_the_write_leaves_no_rejected_rows_file(desk, tmp_path, monkeypatch):
    """The rejected rows (names, dates of birth) are written while checking; when the write then
    stops (Stop, a locked store, a full disk) nothing is imported and the file is removed, since
    no report tells the coach it is there."""

    class Stop(Exception):
        pass

    def progress(done, total):
        if done > total * 2 // 3 + 10:  # in the write, after some chunks went to the store
            raise Stop()

    rows = _rows(60)
    rows[5]["verwijsdatum"] = "geen datum"
    sheet = tmp_path / "blad.csv"
    _write(sheet, rows)
    monkeypatch.setattr(importer, "CHUNK", 5)
    with pytest.raises(Stop):
        desk.import_sheet(sheet, skip_invalid=True, progress=progress)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["blad.csv"]
    with desk.store.session() as s:
        assert s.connection().execute(text("SELECT count(*) FROM traject")).scalar() == 0
    report = desk.import_sheet(sheet, skip_invalid=True)  # then it imports as it should
    assert report.rejected_file is not None and report.rejected_file.exists()


def test_a_write_elsewhere_while_the_import_checks_waits_for_it(desk, tmp_path, monkeypatch):
    """The import holds the write lock from its first read (BEGIN IMMEDIATE): another write
    of this desk in the meantime (a save, the auto-sync) cannot make it fail as 'locked'."""
    import threading

    _write(tmp_path / "blad.csv", _rows(10))
    real = importer._load_existing
    done: dict = {}

    def other():
        try:
            desk.update_settings(coach_naam="Andere schrijver")
            done["ok"] = True
        except Exception as exc:  # noqa: BLE001 - the test reports what happened
            done["exc"] = exc

    thread = threading.Thread(target=other)

    def load_then_other_write(*args):
        found = real(*args)
        thread.start()
        thread.join(0.5)  # the other writer now waits for the lock
        return found

    monkeypatch.setattr(importer, "_load_existing", load_then_other_write)
    report = desk.import_sheet(tmp_path / "blad.csv")
    thread.join()
    assert report.written
    with desk.store.session() as s:
        assert s.connection().execute(text("SELECT count(*) FROM traject")).scalar() == 10

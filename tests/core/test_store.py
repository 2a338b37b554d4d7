"""The encrypted store: real SQLCipher files on disk, opened, damaged, rekeyed, backed up, killed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from tests.conftest import PASSPHRASE, TODAY
from wor_desk.desk import Desk
from wor_desk.errors import (
    DamagedStore,
    InputError,
    StoreExists,
    StoreMissing,
    StoreTooNew,
    WrongPassphrase,
)
from wor_desk.store import Store, migrate, paths


def _store_path():
    return paths.profile_dir("test") / paths.STORE_FILE


def _add_some(desk: Desk, n: int = 3) -> list[int]:
    ids = []
    for i in range(n):
        tid, _ = desk.register_referral(
            client={"client_nr": f"K{i}", "achternaam": f"Jansen {i}", "voornaam": "Şükrü"},
            verwijsdatum=date(2026, 3, 2) + timedelta(days=i),
            verwijzer_type="huisarts",
            redenen=["eenzaamheid"],
        )
        ids.append(tid)
    return ids


def test_store_file_has_no_plaintext_header_and_stdlib_sqlite_cannot_read_it(desk):
    _add_some(desk)
    path = desk.store.path
    head = path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    assert b"Jansen" not in path.read_bytes()
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_names_never_reach_the_disk_in_clear_including_wal(desk):
    _add_some(desk)
    folder = desk.store.folder
    for f in folder.iterdir():
        if f.is_file():
            assert "Şükrü".encode() not in f.read_bytes(), f.name
            assert b"Jansen" not in f.read_bytes(), f.name


def test_wrong_passphrase_is_refused_with_a_clear_message(desk):
    desk.close()
    with pytest.raises(WrongPassphrase) as err:
        Desk.open("test", "helemaal fout wachtwoord")
    assert "wachtwoord klopt niet" in str(err.value)
    assert "test" in str(err.value)


def test_wrong_passphrase_is_recognised_without_the_key_check_file(desk):
    desk.close()
    (paths.profile_dir("test") / paths.META_FILE).unlink()
    with pytest.raises(WrongPassphrase):
        Desk.open("test", "helemaal fout wachtwoord")
    Desk.open("test", PASSPHRASE).close()


def test_damaged_file_gets_a_different_message_than_a_wrong_passphrase(desk):
    _add_some(desk, 50)
    desk.close()
    path = _store_path()
    data = bytearray(path.read_bytes())
    assert len(data) > 3 * 4096
    for i in range(4096 + 100, 4096 + 400):  # inside page 2
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        (path.parent / (path.name + suffix)).unlink(missing_ok=True)
    with pytest.raises(DamagedStore) as err:
        Desk.open("test", PASSPHRASE)
    assert "geen leesbare WoR Desk-opslag" in str(err.value)
    assert "restore" in str(err.value)


def test_damaged_first_page_with_the_right_passphrase_is_called_damaged_not_wrong(desk):
    desk.close()
    path = _store_path()
    for suffix in ("-wal", "-shm"):
        (path.parent / (path.name + suffix)).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    for i in range(200, 300):  # page 1 body, after the salt
        data[i] ^= 0x55
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedStore):
        Desk.open("test", PASSPHRASE)


@pytest.mark.parametrize(
    "content,reason",
    [
        (b"", "leeg"),
        (b"SQLite format 3\x00" + b"\x00" * 8176, "onversleuteld"),
        (os.urandom(5000), "onvolledig"),
    ],
)
def test_foreign_or_truncated_files_are_called_damaged(home, content, reason):
    folder = paths.profile_dir("vreemd")
    folder.mkdir(parents=True)
    (folder / paths.STORE_FILE).write_bytes(content)
    with pytest.raises(DamagedStore) as err:
        Desk.open("vreemd", PASSPHRASE)
    assert reason in str(err.value)


def test_a_plain_sqlite_database_is_refused_as_not_a_store(home):
    folder = paths.profile_dir("plain")
    folder.mkdir(parents=True)
    c = sqlite3.connect(folder / paths.STORE_FILE)
    c.execute("create table t(x)")
    c.commit()
    c.close()
    with pytest.raises(DamagedStore, match="onversleuteld"):
        Desk.open("plain", PASSPHRASE)


def test_missing_and_existing_profiles_get_their_own_messages(home):
    with pytest.raises(StoreMissing, match="wor-desk --profile nergens init"):
        Desk.open("nergens", PASSPHRASE)
    Desk.create("er", PASSPHRASE).close()
    with pytest.raises(StoreExists):
        Desk.create("er", PASSPHRASE)


def test_short_passphrase_is_refused_when_creating(home):
    with pytest.raises(InputError, match="te kort"):
        Desk.create("kort", "abc")
    assert not (paths.profile_dir("kort") / paths.STORE_FILE).exists()


def test_rekey_keeps_everything_and_only_the_new_passphrase_opens(desk):
    ids = _add_some(desk, 20)
    desk.update_settings(coach_naam="Demi")
    desk.rekey("een heel nieuw wachtwoord")
    assert [
        r.id for r in sorted(desk.trajectory_rows(), key=lambda r: r.id)
    ] == ids  # still usable after rekey
    desk.close()
    with pytest.raises(WrongPassphrase):
        Desk.open("test", PASSPHRASE)
    d2 = Desk.open("test", "een heel nieuw wachtwoord", today=lambda: TODAY)
    try:
        assert len(d2.trajectory_rows()) == 20
        assert d2.trajectory(ids[0]).client.voornaam == "Şükrü"
        assert d2.settings()["coach_naam"] == "Demi"
    finally:
        d2.close()
    leftovers = [
        p.name for p in paths.profile_dir("test").iterdir() if p.name.endswith((".oud", ".nieuw"))
    ]
    assert leftovers == []


def test_backup_and_restore_round_trip_keeps_the_current_store_aside(desk, tmp_path):
    ids = _add_some(desk, 10)
    backup = tmp_path / "backup.wordesk"
    counts = desk.backup(backup)
    assert counts["traject"] == 10 and counts["client"] == 10
    assert backup.read_bytes()[:16] != b"SQLite format 3\x00"
    # after the backup the coach works on: one more trajectory, then restores
    desk.register_referral(
        client={"client_nr": "LATER", "achternaam": "Later"},
        verwijsdatum=date(2026, 11, 20),
        verwijzer_type="zelf",
    )
    desk.close()
    restored, kept = Desk.restore("test", backup, PASSPHRASE, today=lambda: TODAY)
    try:
        assert sorted(r.id for r in restored.trajectory_rows()) == ids
    finally:
        restored.close()
    assert kept is not None and (kept / paths.STORE_FILE).exists()
    old = Store.open(kept, PASSPHRASE)  # the store before the restore is intact and opens
    try:
        with old.engine.connect() as c:
            assert c.execute(text("select count(*) from traject")).scalar() == 11
    finally:
        old.close()


def test_backup_never_overwrites_and_restore_refuses_a_wrong_passphrase(desk, tmp_path):
    backup = tmp_path / "b.db"
    backup.write_text("iets anders")
    with pytest.raises(InputError, match="bestaat al"):
        desk.backup(backup)
    assert backup.read_text() == "iets anders"
    good = tmp_path / "good.db"
    desk.backup(good)
    with pytest.raises(InputError, match="kan niet worden geopend"):
        Desk.restore("test", good, "verkeerd wachtwoord")
    desk.close()
    Desk.open("test", PASSPHRASE).close()  # current store untouched


def test_restore_into_a_new_machine_without_a_store(desk, tmp_path, monkeypatch):
    _add_some(desk, 4)
    backup = tmp_path / "b.db"
    desk.backup(backup)
    desk.close()
    monkeypatch.setenv("WOR_DESK_HOME", str(tmp_path / "nieuwe-laptop"))
    restored, kept = Desk.restore("test", backup, PASSPHRASE)
    try:
        assert kept is None
        assert len(restored.trajectory_rows()) == 4
    finally:
        restored.close()


def test_store_is_in_wal_mode_with_full_sync(desk):
    with desk.store.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_store_records_its_schema_version(desk):
    assert desk.store.schema_version() == migrate.head()
    assert desk.status().schema_version == migrate.head()


def test_store_from_a_newer_wor_desk_is_refused(desk):
    with desk.store.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999_toekomst'"))
    desk.close()
    with pytest.raises(StoreTooNew) as err:
        Desk.open("test", PASSPHRASE)
    assert "9999_toekomst" in str(err.value) and "Werk WoR Desk bij" in str(err.value)


def test_an_older_schema_is_migrated_on_unlock_after_a_copy_is_kept(desk):
    # An empty alembic_version is the oldest state there is: a store made before any migration.
    with desk.store.engine.begin() as c:
        from sqlmodel import SQLModel  # every table of every feature migration, children first

        for t in reversed(SQLModel.metadata.sorted_tables):
            c.execute(text(f'DROP TABLE IF EXISTS "{t.name}"'))
        c.execute(text("DELETE FROM alembic_version"))
    desk.close()
    d2 = Desk.open("test", PASSPHRASE)
    try:
        assert d2.store.schema_version() == migrate.head()
        assert d2.status().trajectories == 0
    finally:
        d2.close()
    kept = list((paths.profile_dir("test") / "bewaard").glob("voor-migratie-*.db"))
    assert len(kept) == 1


KILL_SCRIPT = textwrap.dedent("""
    import sys
    from datetime import date, timedelta
    from wor_desk.desk import Desk
    desk = Desk.open("test", sys.argv[1])
    i = 0
    while True:
        desk.register_referral(client={"client_nr": f"KILL{i}", "achternaam": f"Naam {i}"},
                               verwijsdatum=date(2025, 1, 1) + timedelta(days=i % 600), verwijzer_type="huisarts")
        print(i, flush=True)
        i += 1
""")


def test_process_killed_mid_write_loses_at_most_the_write_in_flight(desk, tmp_path):
    desk.close()
    script = tmp_path / "writer.py"
    script.write_text(KILL_SCRIPT)
    env = {**os.environ, "PYTHONPATH": os.getcwd() + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [sys.executable, str(script), PASSPHRASE], stdout=subprocess.PIPE, env=env, text=True
    )
    committed = -1
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    while committed < 40 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed = int(line)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert committed >= 40, "the writer did not get going"
    d2 = Desk.open("test", PASSPHRASE)
    try:
        nrs = {r.client_nr for r in d2.trajectory_rows()}
        # every write reported as committed is there; at most the one in flight after it too
        assert {f"KILL{i}" for i in range(committed + 1)} <= nrs
        assert len(nrs) <= committed + 2
        with d2.store.engine.connect() as c:
            assert c.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        d2.close()


def test_two_profiles_are_separate_stores(home):
    a = Desk.create("coach-a", PASSPHRASE)
    b = Desk.create("coach-b", "een ander wachtwoord")
    try:
        a.register_referral(
            client={"client_nr": "A1", "achternaam": "Alleen in A"},
            verwijsdatum=date(2026, 3, 2),
            verwijzer_type="poh",
        )
        assert b.status().trajectories == 0
        assert paths.list_profiles() == ["coach-a", "coach-b"]
    finally:
        a.close()
        b.close()


def test_moving_a_referral_onto_the_date_of_another_gives_a_message_not_a_crash(desk, make):
    from wor_desk.errors import RuleViolation

    cid = make.client()
    make.trajectory(
        cid,
        verwijsdatum=date(2025, 1, 6),
        kennismaking=date(2025, 1, 10),
        afgerond=date(2025, 3, 1),
    )
    second = make.trajectory(cid, verwijsdatum=date(2026, 2, 2))
    with pytest.raises(RuleViolation) as err:
        desk.update_trajectory(second, verwijsdatum=date(2025, 1, 6))
    assert err.value.violations[0].field == "verwijsdatum"
    assert desk.trajectory(second).trajectory.verwijsdatum == date(2026, 2, 2)

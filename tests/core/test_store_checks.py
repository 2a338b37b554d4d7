"""When the whole store file is checked (wor_desk/store/checks.py): after an unclean close, when
the last full check is a week old, before every verified copy, and on `wor-desk check`; never
after a clean close with a recent check (the pages read are verified by SQLCipher's HMAC).

The tests count the full checks run (`checks.runs`); none is timed."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import PASSPHRASE, TODAY, Factory
from wor_desk.cli import main
from wor_desk.desk import Desk
from wor_desk.errors import DamagedStore, WrongPassphrase
from wor_desk.store import Store, checks, cipher, paths
from wor_desk.store import status as store_status


def _folder():
    return paths.profile_dir("test")


def _full_checks(action) -> int:
    before = checks.runs
    action()
    return checks.runs - before


def _open_close(**kw) -> None:
    Desk.open("test", PASSPHRASE, **kw).close()


def _status():
    return store_status.read(_folder(), PASSPHRASE, "test")


def _crash(store: Store) -> None:
    """The process ends without closing the store (kill -9, a power cut): connections gone,
    nothing recorded."""
    store.engine.dispose()


def _page_of(table: str) -> int:
    """The root page of `table` (a few rows fit in it)."""
    s = Store.open(_folder(), PASSPHRASE, "test")
    try:
        raw = s.engine.raw_connection()
        try:
            sql = "SELECT rootpage FROM sqlite_master WHERE type='table' AND name=?"
            return raw.driver_connection.execute(sql, (table,)).fetchone()[0]
        finally:
            raw.close()
    finally:
        s.close()


def _damage_page(page: int) -> None:
    path = _folder() / paths.STORE_FILE
    data = bytearray(path.read_bytes())
    start = (page - 1) * cipher.PAGE_SIZE
    for i in range(start + 500, start + 600):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))


@pytest.fixture
def filled(desk):
    make = Factory(desk)
    for _ in range(3):
        make.trajectory()
    return desk


def test_after_a_clean_close_status_and_unlock_skip_the_full_check(filled):
    expected = filled.status()
    filled.close()
    assert checks.full_check_reason(_folder()) is None
    got = []
    assert _full_checks(lambda: got.append(_status())) == 0
    assert got[0] == expected
    # status wrote nothing: the record still proves the clean close
    assert checks.full_check_reason(_folder()) is None
    assert _full_checks(_status) == 0
    assert _full_checks(_open_close) == 0
    assert _full_checks(_status) == 0


def test_after_an_unclean_close_every_unlock_checks_until_a_clean_close(filled):
    filled.close()
    s = Store.open(_folder(), PASSPHRASE, "test")
    with s.engine.begin() as c:
        c.exec_driver_sql("UPDATE client SET voornaam = 'Anna'")
    _crash(s)
    assert checks.full_check_reason(_folder()) == checks.NOT_CLOSED
    # a read-only command records nothing: it checks each time
    assert _full_checks(_status) == 1
    assert _full_checks(_status) == 1
    assert _full_checks(_open_close) == 1
    assert _full_checks(_status) == 0


def test_a_damaged_page_status_never_reads_is_found_at_the_unlock_after_an_unclean_close(filled):
    filled.close()
    page = _page_of("audit")  # status counts clients and trajectories, never the audit log
    s = Store.open(_folder(), PASSPHRASE, "test")
    _crash(s)
    _damage_page(page)
    with pytest.raises(DamagedStore) as err:
        Desk.open("test", PASSPHRASE)
    assert "restore" in str(err.value) or "terugzetten" in str(err.value).lower()
    with pytest.raises(DamagedStore):
        _status()


def test_after_a_kill_9_the_next_unlock_checks_in_full(filled):
    filled.close()
    child = textwrap.dedent(
        """
        import sys, time
        from wor_desk.desk import Desk
        d = Desk.open("test", sys.argv[1])
        d.add_client(client_nr="K9", achternaam="Gestopt")
        print("READY", flush=True)
        time.sleep(60)
        """
    )
    env = {**os.environ, "PYTHONPATH": os.getcwd() + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [sys.executable, "-c", child, PASSPHRASE], stdout=subprocess.PIPE, env=env, text=True
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "READY"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert checks.full_check_reason(_folder()) == checks.NOT_CLOSED
    assert _full_checks(_status) == 1
    desk = Desk.open("test", PASSPHRASE)
    try:
        assert desk.store.full_check_reason == checks.NOT_CLOSED
        assert desk.client_by_nr("K9").achternaam == "Gestopt"
    finally:
        desk.close()
    assert checks.full_check_reason(_folder()) is None


def test_a_file_changed_after_a_clean_close_is_checked_in_full(filled):
    filled.close()
    page = _page_of("audit")
    _damage_page(page)  # written at once after the close: still another modification time
    assert checks.full_check_reason(_folder()) == checks.CHANGED
    with pytest.raises(DamagedStore):
        _status()
    with pytest.raises(DamagedStore):
        Desk.open("test", PASSPHRASE)


def test_damage_the_record_cannot_see_is_found_before_a_backup_and_by_the_weekly_check(
    filled, tmp_path
):
    filled.close()
    page = _page_of("audit")
    _damage_page(page)
    # a disk that changes a page without a write (the record is made to match again)
    assert checks.mark_closed(_folder())
    assert checks.full_check_reason(_folder()) is None
    # status reads no audit page: its counts are right and nothing is checked in full
    assert _full_checks(_status) == 0
    desk = Desk.open("test", PASSPHRASE, today=lambda: TODAY)
    target = tmp_path / "kopie.db"
    with pytest.raises(DamagedStore):
        desk.backup(target)
    assert not target.exists() and not target.with_name("kopie.db.deel").exists()
    desk.close()
    # the damage seen keeps the store from being recorded as closed cleanly
    assert checks.full_check_reason(_folder()) == checks.NOT_CLOSED
    with pytest.raises(DamagedStore):
        Desk.open("test", PASSPHRASE)

    # the same damage with a clean record, found by the check a week later
    assert checks.mark_closed(_folder())
    checks.mark_checked(_folder(), datetime.now(UTC) - checks.FULL_CHECK_EVERY - timedelta(hours=1))
    assert checks.full_check_reason(_folder()) == checks.DUE
    with pytest.raises(DamagedStore):
        Desk.open("test", PASSPHRASE)


def test_the_full_check_runs_when_a_week_old_and_is_then_recorded(filled):
    filled.close()
    week_ago = datetime.now(UTC) - checks.FULL_CHECK_EVERY - timedelta(minutes=1)
    checks.mark_checked(_folder(), week_ago)
    assert checks.full_check_reason(_folder()) == checks.DUE
    assert _full_checks(_status) == 1  # read-only: it records nothing
    assert _full_checks(_open_close) == 1
    assert checks.full_check_reason(_folder()) is None
    assert _full_checks(_open_close) == 0
    # a check recorded "in the future" (a clock set wrong) does not postpone the next one
    checks.mark_checked(_folder(), datetime.now(UTC) + timedelta(days=30))
    assert checks.full_check_reason(_folder()) == checks.DUE


def test_every_backup_checks_the_store_in_full_first(filled, tmp_path):
    filled.close()
    desk = Desk.open("test", PASSPHRASE, today=lambda: TODAY)
    try:
        assert desk.store.full_check_reason is None
        assert _full_checks(lambda: desk.backup(tmp_path / "een.db")) == 1
        assert _full_checks(lambda: desk.backup(tmp_path / "twee.db")) == 1
    finally:
        desk.close()


def test_a_copied_profile_is_checked_in_full(filled, home):
    filled.close()
    shutil.copytree(_folder(), paths.profile_dir("kopie"))  # same times, another file
    assert checks.full_check_reason(paths.profile_dir("kopie")) == checks.CHANGED
    assert _full_checks(lambda: Desk.open("kopie", PASSPHRASE).close()) == 1


def test_the_lock_screen_checks_the_passphrase_without_a_full_check(filled):
    # the app has the store open (no clean-close record): a second unlock would check in full
    assert checks.full_check_reason(_folder()) == checks.NOT_CLOSED
    assert _full_checks(lambda: Desk.check_passphrase("test", PASSPHRASE)) == 0
    with pytest.raises(WrongPassphrase):
        Desk.check_passphrase("test", "niet het wachtwoord")
    assert filled.status().trajectories == 3


def test_a_second_unlock_of_an_open_store_does_not_record_a_clean_close(filled):
    other = Desk.open("test", PASSPHRASE)  # e.g. the app's lock screen checking the passphrase
    other.close()
    assert checks.full_check_reason(_folder()) is not None  # `filled` still has it open
    filled.add_client(client_nr="X1", achternaam="Later")
    filled.close()
    assert checks.full_check_reason(_folder()) is None


def test_wor_desk_check_checks_every_page_and_says_so(filled, monkeypatch, capsys):
    filled.close()
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASSPHRASE)
    rc = []
    assert _full_checks(lambda: rc.append(main(["--profile", "test", "check"]))) == 1
    assert rc == [0]
    assert "volledig gecontroleerd" in capsys.readouterr().out
    _damage_page(_page_of("audit"))
    assert checks.mark_closed(_folder())
    assert main(["--profile", "test", "check"]) == 3
    err = capsys.readouterr().err
    assert "WoR Desk" in err and "Traceback" not in err


def test_damage_met_while_reading_plain_rows_keeps_the_close_unclean(filled):
    """The list and the importer read through `Store.plain_rows`: damage met there counts as
    damage seen (no clean close recorded), so the next unlock checks in full."""
    import sqlalchemy as sa

    make = Factory(filled)
    for n in range(40):
        make.trajectory(make.client(client_nr=f"P{n:05d}"))
    filled.close()
    _damage_page(_page_of("audit"))  # read by the scan below, not by the unlock
    assert checks.mark_closed(_folder())
    desk = Desk.open("test", PASSPHRASE, today=lambda: TODAY)
    with desk.store.session() as session, pytest.raises(DamagedStore):
        desk.store.plain_rows(session, sa.text("SELECT * FROM audit"))
    desk.close()
    assert checks.full_check_reason(_folder()) == checks.NOT_CLOSED


def test_a_backup_after_an_erasure_checks_before_it_vacuums(filled, tmp_path, monkeypatch, capsys):
    """A pending erasure makes the backup VACUUM first: a damaged store is refused before that
    rebuild (which could hide the damage), as damage, in the app and in the CLI."""
    import sqlalchemy as sa

    with filled.store.transaction() as session:
        first = session.execute(sa.text("SELECT min(id) FROM client")).scalar()
    filled.delete_client(first)
    filled.close()
    _damage_page(_page_of("audit"))
    assert checks.mark_closed(_folder())
    desk = Desk.open("test", PASSPHRASE, today=lambda: TODAY)
    assert desk.privacy.vacuum_due()
    with pytest.raises(DamagedStore):
        desk.backup(tmp_path / "kopie.db")
    desk.close()
    assert not (tmp_path / "kopie.db").exists()
    assert checks.full_check_reason(_folder()) == checks.NOT_CLOSED
    assert checks.mark_closed(_folder())
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--profile", "test", "backup", str(tmp_path / "k.db")]) == 3
    assert "Traceback" not in capsys.readouterr().err

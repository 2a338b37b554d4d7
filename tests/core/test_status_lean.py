"""`wor-desk status` reads its counts with the plain SQLCipher driver (wor_desk.store.status):
the same unlock checks and messages as `Store.open`, the same counts as `Desk.status`, and the
normal unlock (which migrates or refuses) whenever the store is not at this schema version."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from tests.conftest import PASSPHRASE
from wor_desk.errors import DamagedStore, WrongPassphrase
from wor_desk.store import cipher, migrate, paths
from wor_desk.store import status as store_status


def _fill(desk, make):
    d = date(2026, 3, 2)
    make.trajectory(verwijsdatum=d)
    make.trajectory(verwijsdatum=d, eerste_contact=date(2026, 3, 3), kennismaking=date(2026, 3, 9))
    make.trajectory(
        verwijsdatum=d,
        eerste_contact=date(2026, 3, 3),
        kennismaking=date(2026, 3, 9),
        aanbod="bewegen",
        start_activiteit=date(2026, 3, 30),
        nazorg=[date(2026, 5, 11)],
    )
    make.trajectory(
        verwijsdatum=d,
        eerste_contact=date(2026, 3, 3),
        afgerond=date(2026, 4, 1),
        afsluitreden="afgerond_doel_bereikt",
    )
    paused = make.trajectory(verwijsdatum=d, eerste_contact=date(2026, 3, 3))
    desk.pause(paused, date(2026, 3, 10))


def _set_version(version: str) -> None:
    folder = paths.profile_dir("test")
    key = cipher.Key.derive(PASSPHRASE, cipher.read_salt(folder / paths.STORE_FILE))
    conn = cipher.connect(folder / paths.STORE_FILE, key)
    conn.execute("UPDATE alembic_version SET version_num = ?", (version,))
    conn.commit()
    conn.close()


def test_the_head_read_from_the_files_is_alembics():
    assert store_status.migrations_head() == migrate.head()


def test_the_lean_read_gives_what_desk_status_gives(desk, make):
    _fill(desk, make)
    expected = desk.status()
    desk.close()
    got = store_status.read(paths.profile_dir("test"), PASSPHRASE, "test")
    assert got == expected
    assert got.trajectories == 5 and got.per_status["gepauzeerd"] == 1 and got.per_step[6] == 1


def test_the_lean_read_refuses_as_the_unlock_does(desk):
    desk.close()
    folder = paths.profile_dir("test")
    with pytest.raises(WrongPassphrase):
        store_status.read(folder, "niet het wachtwoord", "test")
    data = bytearray((folder / paths.STORE_FILE).read_bytes())
    data[cipher.PAGE_SIZE + 100 : cipher.PAGE_SIZE + 200] = os.urandom(100)
    (folder / paths.STORE_FILE).write_bytes(bytes(data))
    with pytest.raises(DamagedStore):
        store_status.read(folder, PASSPHRASE, "test")


@pytest.mark.parametrize("version", ["0001", "9999"])
def test_a_store_at_another_version_goes_the_normal_way(desk, version):
    desk.close()
    _set_version(version)
    assert store_status.read(paths.profile_dir("test"), PASSPHRASE, "test") is None


def _cli(home, *args: str, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess:
    code = (
        "import sys\n"
        "from wor_desk.cli import main\n"
        f"rc = main({['--profile', 'test', *args]!r})\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic') if m in sys.modules)\n"
        "print('HEAVY', heavy)\n"
        "raise SystemExit(rc)\n"
    )
    env = {**os.environ, "WOR_DESK_HOME": str(home), "WOR_DESK_PASSPHRASE": passphrase}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )


def test_cli_status_imports_no_engine_and_a_newer_store_is_refused_as_before(home, desk):
    desk.close()
    r = _cli(home, "status")
    assert r.returncode == 0, r.stderr
    assert "HEAVY []" in r.stdout and "Schemaversie:" in r.stdout
    r = _cli(home, "status", passphrase="niet het wachtwoord")
    assert r.returncode == WrongPassphrase.exit_code and "wachtwoord klopt niet" in r.stderr
    _set_version("9999")
    r = _cli(home, "status")
    assert r.returncode != 0 and "9999" in r.stderr and "Traceback" not in r.stderr

"""kill -9 at 20 random moments during an import, a passphrase change, a backup and a sync
(the outbox write): afterwards the store opens with the right passphrase and holds all or
nothing of the interrupted write. The moments are random but seeded (reproducible)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import PASSPHRASE
from wor_desk.desk import Desk
from wor_desk.errors import WrongPassphrase
from wor_desk.store import paths

NEW = "een heel ander wachtwoord"
ROWS = 6000

CHILD = r"""
import sys
from pathlib import Path
from wor_desk.desk import Desk

op, sheet, target = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
d = Desk.open("kill", sys.argv[4])
print("READY", flush=True)
if op == "import":
    d.import_sheet(sheet)
elif op == "rekey":
    d.rekey(sys.argv[5])
elif op == "backup":
    d.backup(target)
elif op == "sync":
    d.sync.configure(region_secret="regio-geheim-voor-de-test")
    d.sync.queue()
d.close()
print("DONE", flush=True)
"""


def _sheet(path: Path, prefix: str = "S", rows: int = ROWS) -> Path:
    lines = ["client_nr,achternaam,verwijsdatum,verwijzer_type,eerste_contact,verwijzer_praktijk"]
    for i in range(rows):
        month = 1 + i % 10
        lines.append(
            f"{prefix}{i},Naam {i},2026-{month:02d}-02,huisarts,2026-{month:02d}-03,Praktijk {i % 7}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _count(passphrase: str, table: str) -> int | None:
    try:
        d = Desk.open("kill", passphrase)
    except WrongPassphrase:
        return None
    try:
        with d.store.engine.connect() as c:
            assert c.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            return c.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
    finally:
        d.close()


@pytest.fixture(scope="module")
def base_profile(tmp_path_factory):
    """The profile every kill starts from, made once: each test copies it into its own home."""
    tmp = tmp_path_factory.mktemp("kill-base")
    with pytest.MonkeyPatch.context() as m:
        m.setenv("WOR_DESK_HOME", str(tmp / "home"))
        d = Desk.create("kill", PASSPHRASE)
        try:
            d.import_sheet(_sheet(tmp / "basis.csv", "B", 300))  # other clients than the sheet's
        finally:
            d.close()
        keep = tmp / "schoon"
        shutil.copytree(paths.profile_dir("kill"), keep)
    return keep


def _run_child(op: str, tmp_path: Path, extra: list[str], kill_after: float | None) -> float:
    """Run `op` in a child; kill -9 it `kill_after` s after it is ready (None: let it finish).
    The seconds from ready to done (the store closed), or 0.0 when it was killed first."""
    script = tmp_path / "kind.py"
    script.write_text(CHILD)
    env = {**os.environ, "PYTHONPATH": os.getcwd() + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [
            sys.executable,
            str(script),
            op,
            str(tmp_path / "blad.csv"),
            str(tmp_path / "kopie.db"),
            PASSPHRASE,
            *extra,
        ],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY"
    t0 = time.monotonic()
    if kill_after is None:
        done = proc.stdout.readline().strip() == "DONE"
        took = time.monotonic() - t0
    else:
        time.sleep(kill_after)
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    if kill_after is not None:
        done, took = "DONE" in (proc.stdout.read() or ""), kill_after
    return took if done else 0.0


#: how long each operation takes uninterrupted on this machine, under this run's load (seconds)
_TAKES: dict[str, float] = {}


def _takes(op: str, base_profile: Path, tmp_path: Path, extra: list[str]) -> float:
    """Measured once per run and operation, on a copy of the profile that is then thrown away,
    so that the kill moments land inside the write however fast this machine or the code is."""
    if op not in _TAKES:
        folder = paths.profile_dir("kill")
        shutil.copytree(base_profile, folder)
        _TAKES[op] = _run_child(op, tmp_path, extra, None)
        assert _TAKES[op] > 0, f"{op} did not finish uninterrupted"
        shutil.rmtree(folder)
        (tmp_path / "kopie.db").unlink(missing_ok=True)
    return _TAKES[op]


#: (operation, how many moments). A moment is a fraction of the time the operation takes
#: uninterrupted (`_takes`), drawn from 0 to 1.1: most kills land inside the write, a few
#: just after it (the write must then be there whole).
PLAN = [("import", 6), ("rekey", 5), ("backup", 5), ("sync", 4)]
_rnd = random.Random(13)
MOMENTS = [(op, round(_rnd.uniform(0, 1.1), 3)) for op, n in PLAN for _ in range(n)]


@pytest.mark.parametrize("op, share", MOMENTS)
def test_kill_at_a_random_moment_leaves_all_or_nothing(base_profile, home, tmp_path, op, share):
    extra = [NEW] if op == "rekey" else []
    _sheet(tmp_path / "blad.csv")
    delay = share * _takes(op, base_profile, tmp_path, extra)
    folder = paths.profile_dir("kill")
    shutil.copytree(base_profile, folder)
    before = _count(PASSPHRASE, "traject")
    finished = _run_child(op, tmp_path, extra, delay) > 0
    print(
        f"kill -9 during {op} after {delay:.3f} s ({share:.0%} of its time): "
        f"{'finished first' if finished else 'killed'}"
    )

    if op == "rekey":
        # the coach may believe either passphrase: each copy opens with one of them
        trial = tmp_path / "proef"
        shutil.copytree(folder, trial)
        got_old = _count(PASSPHRASE, "traject")
        shutil.rmtree(folder)
        shutil.copytree(trial, folder)
        got_new = _count(NEW, "traject")
        assert {got_old, got_new} - {None} == {before}, (got_old, got_new)
        print(f"  opens with: {'old ' if got_old else ''}{'new' if got_new else ''}")
        return

    after = _count(PASSPHRASE, "traject")
    print(f"  trajectories before {before}, after {after}")
    if op == "import":
        assert after in (before, before + ROWS), (before, after)
    else:
        assert after == before
    if op == "backup":
        copy = tmp_path / "kopie.db"
        if copy.exists():  # a backup is only ever there whole and verified
            d = Desk.restore("teruggezet", copy, PASSPHRASE)[0]
            try:
                assert d.status().trajectories == before
            finally:
                d.close()
    if op == "sync":
        d = Desk.open("kill", PASSPHRASE)
        try:
            queued = len(d.sync.outbox())
            d.sync.configure(region_secret="regio-geheim-voor-de-test")
            again = d.sync.queue()
            # nothing queued, or every month queued whole (queueing again changes nothing)
            assert queued == 0 or again == [], (queued, again)
        finally:
            d.close()

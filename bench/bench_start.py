"""Start-up: how long a coach waits for `wor-desk --help`, `wor-desk status` and the app's unlock
screen, each beside a baseline measured in the same run (a bare interpreter start, the key
derivation alone, an empty Qt window).

    python bench/bench_start.py [--runs 5] [--large 100000 [--large-home DIR]]

Targets (issue #11): --help < 300 ms; status < key derivation + 300 ms; unlock screen < 1000 ms.
With `--large N` also `wor-desk status` on a profile of N imported trajectories (issue #13:
< key derivation + 1 s); building it imports a generated sheet first (minutes for 100,000,
bench/bench_import_large.py's sheet and import), which is not timed. `--large-home DIR` keeps
that profile in DIR (built on the first run, reused after). The large profile is timed twice:
closed cleanly (the usual case: no full check, wor_desk/store/checks.py) and as after a crash
(its clean-close record removed, so every status runs the full check); `wor-desk check`
(untimed) then records a clean close again.
Every figure is the median wall time of fresh processes (interpreter start included), in a
temporary WOR_DESK_HOME, offscreen.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from wor_desk.store import checks, paths

PASSPHRASE = "bench wachtwoord voor de desk"
#: SQLCipher 4's key derivation (PBKDF2-HMAC-SHA512, 256,000 iterations), done once per unlock.
KDF_ITERATIONS = 256_000

_UNLOCK_SCREEN = """
import os
from PySide6.QtCore import QTimer
from wor_desk_ui import app, launcher
start = app.DeskApp.start
def shown(self):
    view = start(self)
    def check():
        if view.isVisible():
            os._exit(0)
        QTimer.singleShot(1, check)
    QTimer.singleShot(0, check)
    return view
app.DeskApp.start = shown
launcher.main(["--profile", "leeg"])
"""
_EMPTY_WINDOW = """
import os
from PySide6.QtWidgets import QApplication, QWidget
a = QApplication([])
w = QWidget(); w.show()
while not w.isVisible():
    a.processEvents()
a.processEvents()
os._exit(0)
"""


def wor_desk() -> list[str]:
    """The installed `wor-desk` command (the console script), else `python -m wor_desk_ui`."""
    script = Path(sys.executable).with_name("wor-desk")
    if script.exists():
        return [str(script)]
    found = shutil.which("wor-desk")
    return [found] if found else [sys.executable, "-m", "wor_desk_ui"]


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def wall(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    """Median (wall, CPU) seconds of `runs` fresh processes running `cmd` (must exit 0). The CPU
    time is what the figure would be on an idle machine; on a busy one the wall time grows."""
    times, cpu = [], []
    for _ in range(runs):
        c0, t0 = _children_cpu(), time.perf_counter()
        r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
        times.append(time.perf_counter() - t0)
        cpu.append(_children_cpu() - c0)
        if r.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr.strip()}")
    return statistics.median(times), statistics.median(cpu)


def kdf_seconds(runs: int) -> tuple[float, float]:
    times, cpu = [], []
    for _ in range(runs):
        c0, t0 = time.process_time(), time.perf_counter()
        hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), os.urandom(16), KDF_ITERATIONS)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(times), statistics.median(cpu)


def _large_profile(home: str, rows: int, env: dict[str, str]) -> None:
    """The profile "groot": a generated sheet of `rows` trajectories imported into a new store
    (bench_import_large's sheet and import step, in a child process)."""
    if (Path(home) / "profiles" / "groot" / paths.STORE_FILE).exists():
        return  # --large-home: built by an earlier run
    Path(home).mkdir(parents=True, exist_ok=True)
    sheet = Path(home) / "blad.csv"
    code = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "import bench_import_large as b\n"
        "from pathlib import Path\n"
        "b.PASSPHRASE = sys.argv[4]  # this run's passphrase\n"
        "b.write_sheet(Path(sys.argv[2]), int(sys.argv[3]))\n"
        "b.step_import(Path(sys.argv[2]))\n"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent), str(sheet), str(rows), PASSPHRASE],
        env=env,
        check=True,
    )
    # step_import writes the profile "bench": rename it for this run
    profiles = Path(home) / "profiles"
    (profiles / "bench").rename(profiles / "groot")
    sheet.unlink()


def _large_status(home: str, cmd: list[str], env: dict[str, str], runs: int):
    """`wor-desk status` on "groot" closed cleanly, then as after a crash (see the docstring)."""
    env = {**env, "WOR_DESK_HOME": home}
    folder = Path(home) / "profiles" / "groot"
    check = [*cmd, "--profile", "groot", "check"]
    if checks.full_check_reason(folder) is not None:
        subprocess.run(check, env=env, check=True, capture_output=True)
    clean = wall([*cmd, "--profile", "groot", "status"], env, runs)
    checks.mark_open(folder)  # what a crash leaves: no record of a clean close
    crashed = wall([*cmd, "--profile", "groot", "status"], env, runs)
    subprocess.run(check, env=env, check=True, capture_output=True)
    return clean, crashed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="processes per figure (median)")
    ap.add_argument(
        "--large", type=int, default=0, metavar="N", help="also status on N trajectories"
    )
    ap.add_argument(
        "--large-home", metavar="DIR", help="keep the large profile in DIR and reuse it"
    )
    opts = ap.parse_args()
    runs = opts.runs
    home = tempfile.mkdtemp(prefix="wor-desk-bench-start-")
    env = {
        **os.environ,
        "WOR_DESK_HOME": home,
        "WOR_DESK_PASSPHRASE": PASSPHRASE,
        "WOR_DESK_LANG": "nl",
        "QT_QPA_PLATFORM": "offscreen",
    }
    cmd = wor_desk()
    try:
        subprocess.run(
            [*cmd, "--profile", "leeg", "init"], env=env, check=True, capture_output=True
        )
        bare = wall([sys.executable, "-c", "pass"], env, runs)
        help_s = wall([*cmd, "--help"], env, runs)
        sub_help = wall([*cmd, "counts", "--help"], env, runs)
        kdf = kdf_seconds(runs)
        status = wall([*cmd, "--profile", "leeg", "status"], env, runs)
        large = crashed = None
        if opts.large:
            large_home = opts.large_home or home
            _large_profile(large_home, opts.large, {**env, "WOR_DESK_HOME": large_home})
            large, crashed = _large_status(large_home, cmd, env, runs)
        unlock = wall([sys.executable, "-c", _UNLOCK_SCREEN], env, runs)
        empty_qt = wall([sys.executable, "-c", _EMPTY_WINDOW], env, runs)
    finally:
        shutil.rmtree(home, ignore_errors=True)

    def ms(s: float) -> str:
        return f"{s * 1000:.0f}"

    rows = [
        ("wor-desk --help", help_s, bare, "bare `python -c pass`", lambda t, b: t < 0.3, "< 300"),
        (
            "wor-desk counts --help",
            sub_help,
            bare,
            "bare `python -c pass`",
            lambda t, b: t < 0.3,
            "< 300",
        ),
        (
            "wor-desk status (empty profile)",
            status,
            kdf,
            "key derivation alone (PBKDF2-SHA512 256k)",
            lambda t, b: t < b + 0.3,
            "< KDF + 300",
        ),
        *(
            [
                (
                    f"wor-desk status ({opts.large:,} traj.)",
                    large,
                    kdf,
                    "key derivation alone (PBKDF2-SHA512 256k)",
                    lambda t, b: t < b + 1.0,
                    "< KDF + 1000",
                ),
                (
                    "  same, after a crash (full check)",
                    crashed,
                    kdf,
                    "key derivation alone (PBKDF2-SHA512 256k)",
                    lambda t, b: t < b + 1.0,
                    "< KDF + 1000",
                ),
            ]
            if large
            else []
        ),
        (
            "wor-desk (app) to unlock screen",
            unlock,
            empty_qt,
            "empty Qt window",
            lambda t, b: t < 1.0,
            "< 1000",
        ),
    ]
    load = os.getloadavg()[0]
    print(f"WoR Desk start-up, median of {runs} fresh processes each ({' '.join(cmd)})")
    print(
        f"load average {load:.1f} on {os.cpu_count()} cores: on a busy machine read the CPU columns\n"
    )
    print(
        f"{'what':33} {'wall ms':>8} {'CPU ms':>7}   {'baseline':41} {'wall ms':>8} {'CPU ms':>7}  "
        f"{'target ms':12} wall / CPU"
    )
    for name, (t, tc), (b, bc), base_name, ok, target in rows:
        verdict = f"{'ok' if ok(t, b) else 'missed'} / {'ok' if ok(tc, bc) else 'missed'}"
        print(
            f"{name:33} {ms(t):>8} {ms(tc):>7}   {base_name:41} {ms(b):>8} {ms(bc):>7}  {target:12} {verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

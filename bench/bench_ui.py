"""UI speed: app start to unlock screen, unlock to a populated main window with 50,000
trajectories, and search-as-you-type latency; each beside a baseline from the same run.

    python bench/bench_ui.py [--clients 47400]

Targets (issue #4): start < 1.5 s; unlock to usable < 1 s plus key derivation; keystroke < 50 ms.
Runs offscreen in a temporary WOR_DESK_HOME."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["WOR_DESK_HOME"] = tempfile.mkdtemp(prefix="wor-desk-bench-")
PASSPHRASE = "bench wachtwoord voor de desk"

_START_APP = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from wor_desk_ui import i18n, style
from wor_desk_ui.app import DeskApp
style.apply(app)
i18n.set_language("nl")
v = DeskApp("leeg").start()
while not v.isVisible():
    app.processEvents()
app.processEvents()
print(time.perf_counter() - t0)
"""
_START_EMPTY = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
w = QWidget(); w.show()
while not w.isVisible():
    app.processEvents()
app.processEvents()
print(time.perf_counter() - t0)
"""


def _subprocess_seconds(code: str) -> float:
    """Wall time of a fresh interpreter running `code` (interpreter start included)."""
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    total = time.perf_counter() - t0
    float(out.stdout.strip().splitlines()[-1])  # the child finished its work
    return total


def _wait(app, cond, timeout=120.0):
    end = time.monotonic() + timeout
    while not cond():
        app.processEvents()
        if time.monotonic() > end:
            raise TimeoutError
        time.sleep(0.001)


def _unlock_seconds(app, profile: str, today) -> tuple[float, float, float, float, int]:
    """(to window shown, to Vandaag filled, to client list filled, to both, rows) from pressing unlock."""
    from wor_desk_ui.app import DeskApp

    da = DeskApp(profile, today=today)
    view = da.start()
    view.passphrase.edit.setText(PASSPHRASE)
    t0 = time.perf_counter()
    view.unlock()
    _wait(app, lambda: da.window is not None and da.window.isVisible())
    shown = time.perf_counter() - t0
    w = da.window
    done: dict[str, float] = {}
    for key in ("vandaag", "clienten"):
        w.views[key].loaded.connect(lambda key=key: done.setdefault(key, time.perf_counter() - t0))
        if not w.views[key].is_loading():  # already arrived while the window was shown
            done.setdefault(key, time.perf_counter() - t0)
    _wait(app, lambda: len(done) == 2)
    populated = time.perf_counter() - t0
    rows = w.views["clienten"].model.total()
    w.idle.remove()
    w.hide()
    da.quit()
    return shown, done["vandaag"], done["clienten"], populated, rows


def _keystrokes(app, view, n: int = 100) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    words = ["jansen", "de vr", "9712", "bakker", "d0001", "huisarts", "el am", "smit"]
    keys: list[str | None] = []
    while len(keys) < n:
        for w in words:
            keys += list(w) + [None] * len(w)  # type it, then Backspace it away
    times = []
    view.search.setFocus()
    for k in keys[:n]:
        t0 = time.perf_counter()
        if k is None:
            QTest.keyClick(view.search, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(view.search, k)
        app.processEvents()
        times.append(time.perf_counter() - t0)
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Snelheid van de desk-app (offscreen).")
    ap.add_argument(
        "--clients",
        type=int,
        default=47_400,
        help="demo clients for the large profile (~1.06 trajectories each)",
    )
    args = ap.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from wor_desk import demo
    from wor_desk.desk import Desk, TrajectoryFilter
    from wor_desk.store.cipher import Key

    today = date.today
    Desk.create("leeg", PASSPHRASE).close()
    big = Desk.create("groot", PASSPHRASE)
    big.update_settings(is_demo=True)
    t0 = time.perf_counter()
    demo.fill(big, clients=args.clients, seed=5)
    fill_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    rows = big.trajectory_rows()
    rows_s = time.perf_counter() - t0
    big.close()

    start_app = min(_subprocess_seconds(_START_APP) for _ in range(3))
    start_empty = min(_subprocess_seconds(_START_EMPTY) for _ in range(3))

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from wor_desk_ui import i18n, style

    style.apply(app)
    i18n.set_language("nl")
    t0 = time.perf_counter()
    Key.derive(PASSPHRASE)
    kdf = time.perf_counter() - t0
    empty_shown, empty_today, empty_list, empty_pop, _ = _unlock_seconds(app, "leeg", today)
    big_shown, big_today, big_list, big_pop, n_rows = _unlock_seconds(app, "groot", today)

    from wor_desk_ui.hub import Hub
    from wor_desk_ui.views.clients import ClientsView

    desk = Desk.open("groot", PASSPHRASE)
    view = ClientsView(desk, Hub())
    view.resize(1200, 700)
    view.show()
    _wait(app, lambda: not view.is_loading() and view.model.total() > 0)
    times = _keystrokes(app, view)
    hay = [
        f"{r.naam}\x1f{r.client_nr}\x1f{(r.postcode or '').replace(' ', '')}\x1f{r.verwijzer_naam}".lower()
        for r in rows
    ]
    base = []
    for word in ("jan", "jans", "de", "de vr"):
        t0 = time.perf_counter()
        for w in word.split():
            _ = [h for h in hay if w in h]
        base.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    desk.trajectory_rows(TrajectoryFilter(text="jans"))
    sql_search = time.perf_counter() - t0
    desk.close()

    ms = lambda s: f"{s * 1000:8.1f} ms"  # noqa: E731
    print(
        f"Profile: {n_rows:,} trajectories (demo fill {fill_s:.1f} s; Desk.trajectory_rows {rows_s:.2f} s)\n"
    )
    print(f"{'measure':58} {'value':>11}   {'baseline':>11}  baseline is")
    print("-" * 118)
    print(
        f"{'app start to unlock screen (fresh interpreter)':58} {ms(start_app)}   {ms(start_empty)}  empty QWidget app, fresh interpreter"
    )
    print(f"{'key derivation (PBKDF2-SHA512, 256k)':58} {ms(kdf)}   {'':>11}")
    print(
        f"{'unlock to main window shown, 50k profile':58} {ms(big_shown)}   {ms(empty_shown)}  same for an empty profile"
    )
    print(
        f"{'unlock to Vandaag filled (home screen), 50k profile':58} {ms(big_today)}   {ms(empty_today)}  same for an empty profile"
    )
    print(
        f"{'unlock to client list filled, 50k profile':58} {ms(big_list)}   {ms(empty_list)}  same for an empty profile"
    )
    print(
        f"{'unlock to populated window (both), 50k profile':58} {ms(big_pop)}   {ms(empty_pop)}  same for an empty profile"
    )
    print(
        f"{'keystroke in search, median of 100':58} {ms(statistics.median(times))}   {ms(statistics.median(base))}  filter a plain list of 50k strings"
    )
    print(
        f"{'keystroke in search, worst of 100':58} {ms(max(times))}   {ms(max(base))}  worst of those"
    )
    print(f"{'(for comparison) one SQL search through Desk':58} {ms(sql_search)}")
    print(
        "\nTargets: start < 1500 ms; unlock to usable < 1000 ms + key derivation; keystroke < 50 ms."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

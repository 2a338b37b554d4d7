"""Speed of the screens that read the whole caseload, each beside its floor: a raw SQL query
of the same rows over the same encrypted store, measured in the same run.

    PYTHONPATH=. python bench/bench_boundary.py [--clients 45000] [--reps 7] [--store DIR]

- Vandaag (`Desk.today_overview`) on ~50,000 trajectories; floor: the rows it needed before
  its lines were stored (the open trajectories with their client, contacts, pauses, feedback
  and reasons) fetched with raw SQL, kept so that runs stay comparable; beside it, as a second
  floor, the SQL Vandaag runs now (its stored lines, `wor_desk.attention`), raw. Target: < 100 ms.
- The trajectory list (`Desk.trajectory_rows`); floor: the very SQL it runs, executed on the
  raw DB-API connection and fetched. Target: within 2x of the floor.
- The client list after unlock (offscreen Qt): from `Desk.open` returning to the first
  screenful of rows shown in the list, and to the whole list loaded (wall time). Target: first
  screenful within 200 ms.

The query rows give CPU time (see `timed_pair`) and wall time; the client list rows wall time.

`--store DIR` keeps the generated profile in DIR and reuses it on the next run (building
45,000 demo clients takes a few minutes).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "bench wachtwoord voor de desk"
TODAY = date(2026, 11, 23)


def timed_pair(
    ours: Callable[[], object], floor: Callable[[], object], reps: int
) -> tuple[float, float, float, float]:
    """Median CPU seconds of `ours` and of `floor`, then their median wall seconds, run in turns
    so that both see the same load.

    CPU time of this process (SQLite runs in it) is the figure to compare: on a shared machine
    the wall time of the same call varies 2x from run to run."""
    ours(), floor()  # warm: the page cache and the statement cache, as on a second visit
    cpu: tuple[list[float], list[float]] = ([], [])
    wall: tuple[list[float], list[float]] = ([], [])
    for _ in range(reps):
        for i, fn in enumerate((ours, floor)):
            t0, w0 = time.process_time(), time.perf_counter()
            fn()
            cpu[i].append(time.process_time() - t0)
            wall[i].append(time.perf_counter() - w0)
    med = statistics.median
    return med(cpu[0]), med(cpu[1]), med(wall[0]), med(wall[1])


def ms(sec: float) -> str:
    return f"{sec * 1000:8.1f} ms"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=45000)
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--store", type=Path, default=None, help="keep/reuse the profile here")
    args = ap.parse_args(argv)
    home = args.store or Path(tempfile.mkdtemp(prefix="wor-bench-boundary-"))
    os.environ["WOR_DESK_HOME"] = str(home)
    say = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731

    from sqlalchemy import event

    from wor_desk import demo
    from wor_desk.desk import Desk
    from wor_desk.store import paths

    today = lambda: TODAY  # noqa: E731
    profile = f"bench-{args.clients}"
    if not (paths.profile_dir(profile) / paths.STORE_FILE).exists():
        say(f"building the demo profile ({args.clients} clients) in {home} ...")
        t0 = time.perf_counter()
        with Desk.create(profile, PASSPHRASE, today=today) as d:
            d.update_settings(is_demo=True)
            demo.fill(d, clients=args.clients, seed=1)
        say(f"  done in {time.perf_counter() - t0:.0f} s")
    desk = Desk.open(profile, PASSPHRASE, today=today)
    raw = desk.store.engine.raw_connection()
    cur = raw.driver_connection
    n_traj = cur.execute("SELECT count(*) FROM traject").fetchone()[0]
    n_open = cur.execute("SELECT count(*) FROM traject WHERE afgerond IS NULL").fetchone()[0]
    rows: list[tuple[str, float, float | None, float | None, float | None, str]] = []

    # -- Vandaag
    def today_floor() -> None:
        open_ids = "SELECT id FROM traject WHERE afgerond IS NULL"
        cur.execute(
            "SELECT t.*, c.voornaam, c.achternaam FROM traject t JOIN client c ON c.id = t.client_id"
            " WHERE t.afgerond IS NULL"
        ).fetchall()
        for table in ("contact", "pauze", "terugkoppeling", "traject_reden"):
            cur.execute(f"SELECT * FROM {table} WHERE traject_id IN ({open_ids})").fetchall()

    def statement_of(fn: Callable[[], object], table: str) -> tuple[str, object]:
        """The longest SQL statement `fn` runs on `table` (to run it raw)."""
        seen: list[tuple[str, object]] = []

        def keep(_conn, _cursor, statement, parameters, _context, _many):
            seen.append((statement, parameters))

        event.listen(desk.store.engine, "before_cursor_execute", keep)
        fn()
        event.remove(desk.store.engine, "before_cursor_execute", keep)
        return max(((st, p) for st, p in seen if table in st), key=lambda sp: len(sp[0]))

    vandaag = timed_pair(desk.today_overview, today_floor, args.reps)
    rows.append(("Vandaag (today_overview)", *vandaag, "< 100 ms"))
    lines_sql, lines_params = statement_of(desk.today_overview, "vandaag_regel")
    rows.append(
        (
            "  beside the raw SQL of its stored lines",
            *timed_pair(
                desk.today_overview,
                lambda: cur.execute(lines_sql, lines_params).fetchall(),
                args.reps,
            ),
            "",
        )
    )

    # -- the trajectory list: the same SQL, raw
    statement, params = statement_of(desk.trajectory_rows, "traject")

    def list_floor() -> None:
        cur.execute(statement, params).fetchall()

    rows.append(
        (
            "trajectory list (trajectory_rows)",
            *timed_pair(desk.trajectory_rows, list_floor, args.reps),
            "< 2x floor",
        )
    )
    raw.close()
    desk.close()

    # -- the client list after unlock (Qt, offscreen)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from wor_desk_ui.hub import Hub
    from wor_desk_ui.views.clients import ClientsView

    def wait(cond: Callable[[], bool], timeout: float = 120.0) -> None:
        end = time.monotonic() + timeout
        while not cond():
            app.processEvents()
            if time.monotonic() > end:
                raise TimeoutError
            time.sleep(0.0005)

    firsts, fulls = [], []
    for _ in range(max(3, args.reps // 2)):
        d = Desk.open(profile, PASSPHRASE, today=today)  # the unlock has just returned
        t0 = time.perf_counter()
        view = ClientsView(d, Hub())
        view.resize(1200, 700)
        view.show()
        wait(lambda v=view: v.model.rowCount() > 0)
        firsts.append(time.perf_counter() - t0)
        wait(lambda v=view: not v.is_loading() and v.model.total() >= n_traj)
        fulls.append(time.perf_counter() - t0)
        view.close()
        view.deleteLater()
        app.processEvents()
        d.close()
    first, full = statistics.median(firsts), statistics.median(fulls)
    rows.append(("client list: first screenful after unlock", None, None, first, None, "< 200 ms"))
    rows.append(("client list: all rows after unlock", None, None, full, None, "(lazily)"))

    print(
        f"\n{n_traj} trajectories, {n_open} open; median of {args.reps} runs after one warm-up;"
        f" load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}\n"
    )
    dash = f"{'-':>11}"
    print(
        f"{'':44} {'CPU: ours':>11} {'raw SQL':>11} {'ratio':>6}"
        f"  {'wall: ours':>11} {'raw SQL':>11} {'ratio':>6}  target"
    )
    for what, ours, floor, w_ours, w_floor, target in rows:
        cols = []
        for a, b in ((ours, floor), (w_ours, w_floor)):
            ratio = f"{a / b:5.2f}x" if a and b else f"{'-':>6}"
            cols.append(f"{ms(a) if a else dash} {ms(b) if b else dash} {ratio}")
        print(f"{what:44} {cols[0]}  {cols[1]}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

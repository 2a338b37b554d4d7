"""Speed of the screens that read the whole caseload, each beside its floor: a raw SQL query
of the same rows over the same encrypted store, measured in the same run.

    PYTHONPATH=. python bench/bench_boundary.py [--clients 45000] [--reps 7] [--store DIR]

- Vandaag (`Desk.today_overview`) on ~50,000 trajectories; floor: the rows it needs (the open
  trajectories with their client, contacts, pauses, feedback and reasons) fetched with raw SQL.
  Target: < 100 ms.
- The trajectory list (`Desk.trajectory_rows`); floor: the very SQL it runs, executed on the
  raw DB-API connection and fetched. Target: within 2x of the floor.
- The client list after unlock (offscreen Qt): from `Desk.open` returning to the first
  screenful of rows shown in the list, and to the whole list loaded (wall time). Target: first
  screenful within 200 ms.

The first two rows are CPU time (see `timed_pair`), the last two wall time.

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
) -> tuple[float, float]:
    """Median CPU seconds of `ours` and of `floor`, run in turns so that both see the same load.

    CPU time of this process (SQLite runs in it), not wall time: on a shared machine the wall
    time of the same call varies 2x from run to run."""
    ours(), floor()  # warm: the page cache and the statement cache, as on a second visit
    a, b = [], []
    for _ in range(reps):
        for fn, out in ((ours, a), (floor, b)):
            t0 = time.process_time()
            fn()
            out.append(time.process_time() - t0)
    return statistics.median(a), statistics.median(b)


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
    rows: list[tuple[str, float, float | None, str]] = []

    # -- Vandaag
    def today_floor() -> None:
        open_ids = "SELECT id FROM traject WHERE afgerond IS NULL"
        cur.execute(
            "SELECT t.*, c.voornaam, c.achternaam FROM traject t JOIN client c ON c.id = t.client_id"
            " WHERE t.afgerond IS NULL"
        ).fetchall()
        for table in ("contact", "pauze", "terugkoppeling", "traject_reden"):
            cur.execute(f"SELECT * FROM {table} WHERE traject_id IN ({open_ids})").fetchall()

    vandaag = timed_pair(desk.today_overview, today_floor, args.reps)
    rows.append(("Vandaag (today_overview)", *vandaag, "< 100 ms"))

    # -- the trajectory list: the same SQL, raw
    seen: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many):
        seen.append((statement, parameters))

    event.listen(desk.store.engine, "before_cursor_execute", keep)
    desk.trajectory_rows()
    event.remove(desk.store.engine, "before_cursor_execute", keep)
    statement, params = max(seen, key=lambda sp: len(sp[0]))

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
    rows.append(
        ("client list: first screenful after unlock", statistics.median(firsts), None, "< 200 ms")
    )
    rows.append(("client list: all rows after unlock", statistics.median(fulls), None, "(lazily)"))

    print(
        f"\n{n_traj} trajectories, {n_open} open; median of {args.reps} runs after one warm-up"
        " (CPU time for the first two rows, wall time for the client list)\n"
    )
    print(f"{'':44} {'WoR Desk':>11} {'raw SQL':>11} {'ratio':>6}  target")
    for what, ours, floor, target in rows:
        ratio = f"{ours / floor:5.1f}x" if floor else "     -"
        print(f"{what:44} {ms(ours)} {ms(floor) if floor else '          -'} {ratio}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

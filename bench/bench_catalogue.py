"""Speed of the sociale kaart, the match and the gap report, each beside a baseline measured
in the same run on the same store.

    PYTHONPATH=. python bench/bench_catalogue.py [--activities 2000] [--trajectories 3000]

Baselines: reading every activity row with one plain SELECT (search and candidates do at
least that), csv.reader over the same file (import parses and validates on top), and
Desk.trajectory_rows (the gap report reads a similar amount)."""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

TODAY = date(2026, 11, 23)


def timed(fn, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--activities", type=int, default=2000)
    ap.add_argument("--trajectories", type=int, default=3000)
    args = ap.parse_args()
    os.environ["WOR_DESK_HOME"] = tempfile.mkdtemp(prefix="bench-kaart-")
    from wor_desk.catalogue.demo import fill_catalogue
    from wor_desk.desk import Desk
    from wor_desk.domain.catalogue import Activity
    from wor_desk.values.catalogue import CatalogueFilter

    desk = Desk.create("bench", "correct paard batterij niet", today=lambda: TODAY)
    t0 = time.perf_counter()
    fill_catalogue(desk, args.activities, seed=7)
    rng = random.Random(3)
    open_rows = [
        (r.id, r.activity.actief_van) for r in desk.catalogue.search()
    ]  # open entries only
    tids = []
    for i in range(args.trajectories):
        ref = TODAY - timedelta(days=rng.randint(30, 700))
        tid, _ = desk.register_referral(
            client={
                "client_nr": f"B{i}",
                "achternaam": f"Naam {i}",
                "gemeente": "Utrecht",
                "wijk": rng.choice(["Overvecht", "Zuilen", "Lunetten"]),
            },
            verwijsdatum=ref,
            verwijzer_type="huisarts",
        )
        tids.append((tid, ref))
    # intake + need + a proposal with an outcome on most of them, written in bulk through the services
    for tid, ref in tids[: args.trajectories // 2]:
        desk.update_trajectory(
            tid, eerste_contact=ref + timedelta(days=2), kennismaking=ref + timedelta(days=7)
        )
        desk.matching.record_need(
            tid, "meer bewegen", [rng.choice(["bewegen", "natuur", "meedoen_ontmoeten"])]
        )
        on = ref + timedelta(days=8)
        (mid,), _ = desk.matching.propose(
            tid, [rng.choice([i for i, van in open_rows if van is None or van <= on])], on=on
        )
        if rng.random() < 0.5:
            desk.matching.record_outcome(
                mid,
                "afgewezen",
                ref + timedelta(days=9),
                afwijsreden=rng.choice(["tijd", "kosten"]),
            )
    setup_s = time.perf_counter() - t0

    tmp = Path(tempfile.mkdtemp())
    export = tmp / "kaart.csv"
    desk.catalogue.export_csv(export)

    def raw_select():
        with desk.store.session() as s:
            s.exec(select(Activity)).scalars().all()

    def raw_csv():
        with export.open(encoding="utf-8-sig", newline="") as fh:
            list(csv.reader(fh))

    other = Desk.create("bench-b", "correct paard batterij niet", today=lambda: TODAY)
    tid0 = tids[0][0]
    rows = [
        (
            "search, no filter",
            timed(lambda: desk.catalogue.search()),
            "SELECT all activities",
            timed(raw_select),
        ),
        (
            "search, text + day",
            timed(lambda: desk.catalogue.search(CatalogueFilter(text="wandel", dag="di"))),
            "SELECT all activities",
            timed(raw_select),
        ),
        (
            "candidates for one trajectory",
            timed(lambda: desk.matching.candidates(tid0)),
            "SELECT all activities",
            timed(raw_select),
        ),
        (
            "export CSV",
            timed(lambda: desk.catalogue.export_csv(tmp / "x.csv", overwrite=True), 3),
            "csv.reader of the file",
            timed(raw_csv, 3),
        ),
        (
            "import CSV (dry run, validate all)",
            timed(lambda: other.catalogue.import_csv(export, dry_run=True), 3),
            "csv.reader of the file",
            timed(raw_csv, 3),
        ),
        (
            "import CSV (writes: new, then updates)",
            timed(lambda: other.catalogue.import_csv(export), 3),
            "csv.reader of the file",
            timed(raw_csv, 3),
        ),
        (
            "gap report, 2 years",
            timed(lambda: desk.matching.gap_report(TODAY - timedelta(days=730), TODAY), 3),
            "Desk.trajectory_rows()",
            timed(lambda: desk.trajectory_rows(), 3),
        ),
    ]
    print(
        f"WoR Desk sociale kaart bench: {args.activities} activities, {args.trajectories} trajectories "
        f"({args.trajectories // 2} with a need and a proposal); setup {setup_s:.1f} s"
    )
    print(f"{'measure':<38} {'ms':>9}   {'baseline':<26} {'ms':>9} {'ratio':>7}")
    for name, ms, base, base_ms in rows:
        print(
            f"{name:<38} {ms:>9.1f}   {base:<26} {base_ms:>9.1f} {ms / base_ms if base_ms else float('nan'):>7.1f}"
        )
    desk.close()
    other.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

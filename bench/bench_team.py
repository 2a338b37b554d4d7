"""Working as a team: the region's kaart at the collector and on a desk, and a hand-over, each
beside a baseline measured in the same run.

    PYTHONPATH=. python bench/bench_team.py [--activities 2000] [--clients 200]

Rows (median of --repeat runs, ms):
- collector kaart import of N entries (checks + write)     vs the desk's own CSV import of the same file
- desk: apply the whole region kaart (first sync)          vs the same desk import (same rows)
- desk: apply "nothing changed" (every later sync)         vs one plain SELECT of all activities
- hand-over export of C clients (file + code)              vs reading those clients' trajectories
- hand-over import of that file (all or nothing)           vs making a new store alone
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

TODAY = date(2026, 11, 23)
PASS = "correct paard batterij niet"


def timed(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--activities", type=int, default=2000)
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="bench-team-"))
    os.environ["WOR_DESK_HOME"] = str(home)
    from wor_desk.catalogue import csvio
    from wor_desk.catalogue.demo import fill_catalogue
    from wor_desk.collector.kaart import RegionKaart
    from wor_desk.collector.service import Collector
    from wor_desk.desk import Desk
    from wor_desk.domain.catalogue import Activity

    # a kaart file of N entries, made by the desk's own export
    src = Desk.create("bron", PASS, today=lambda: TODAY)
    fill_catalogue(src, args.activities, seed=7)
    kaart_file = home / "kaart.csv"
    src.catalogue.export_csv(kaart_file)
    src.close()
    parsed, _ = csvio.read_file(kaart_file, TODAY)
    entries = [csvio.to_cells(d) for _n, d in parsed]
    columns = list(entries[0])
    rows: list[tuple[str, float, str, float]] = []

    def collector_import() -> None:
        c = Collector.open(
            f"sqlite:///{home / f'c{time.perf_counter_ns()}.db'}", today=lambda: TODAY
        )
        RegionKaart(c).import_entries(columns, entries)
        c.close()

    def desk_import() -> None:
        d = Desk.create(f"imp{time.perf_counter_ns()}", PASS, today=lambda: TODAY)
        d.catalogue.import_csv(kaart_file)
        d.close()

    rows.append(
        (
            f"collector kaart import, {len(entries)} entries (incl. new store)",
            timed(collector_import, args.repeat),
            "desk kaart import, same file (incl. new store)",
            timed(desk_import, args.repeat),
        )
    )

    c = Collector.open(f"sqlite:///{home / 'region.db'}", today=lambda: TODAY)
    kaart = RegionKaart(c)
    kaart.import_entries(columns, entries)
    whole = kaart.changes(0)
    nothing = kaart.changes(whole["revision"])

    def first_sync() -> None:
        d = Desk.create(f"k{time.perf_counter_ns()}", PASS, today=lambda: TODAY)
        d.region_kaart.apply(whole)
        d.close()

    desk = Desk.create("desk", PASS, today=lambda: TODAY)
    desk.region_kaart.apply(whole)

    def select_all() -> None:
        from sqlalchemy import select

        with desk.store.session() as s:
            s.exec(select(Activity)).scalars().all()

    rows.append(
        (
            "desk: apply the whole region kaart (incl. new store)",
            timed(first_sync, args.repeat),
            "desk kaart import, same rows (incl. new store)",
            rows[0][3],
        )
    )
    rows.append(
        (
            "desk: apply 'nothing changed' (a later sync)",
            timed(lambda: desk.region_kaart.apply(nothing), args.repeat),
            "SELECT every activity",
            timed(select_all, args.repeat),
        )
    )
    c.close()

    # hand-over of C clients with contacts and feedback
    from tests.conftest import Factory

    giver = Desk.create("giver", PASS, today=lambda: TODAY)
    make = Factory(giver)
    nrs = []
    for i in range(args.clients):
        day = date(2026, 1, 5) + timedelta(days=i % 300)
        tid = make.trajectory(
            client={"client_nr": f"H{i:05d}", "achternaam": f"Naam {i}"},
            verwijsdatum=day,
            toestemming_terugkoppeling=True,
            eerste_contact=day + timedelta(days=1),
            kennismaking=day + timedelta(days=3),
            terugkoppeling=[day + timedelta(days=4)],
        )
        giver.add_contact(tid, "gesprek", day + timedelta(days=5), notitie="gesprek")
        nrs.append(f"H{i:05d}")
    giver.close()
    base = home / "giver-copy"
    from wor_desk.store import paths

    shutil.copytree(paths.profile_dir("giver"), base)
    made_files: list = []

    def export() -> None:
        shutil.rmtree(paths.profile_dir("giver"))
        shutil.copytree(base, paths.profile_dir("giver"))
        d = Desk.open("giver", PASS, today=lambda: TODAY)
        made_files.append(d.handover.export(nrs, home / f"o{len(made_files)}.wdo"))
        d.close()

    def read_rows() -> None:
        d = Desk.open("giver", PASS, today=lambda: TODAY)
        for nr in nrs:
            d.trajectories_of(d.client_by_nr(nr).id)
        d.close()

    rows.append(
        (
            f"hand-over export, {args.clients} clients (open + write + code)",
            timed(export, args.repeat),
            "open + read those clients' trajectories",
            timed(read_rows, args.repeat),
        )
    )
    made = made_files[-1]

    def take() -> None:
        d = Desk.create(f"r{time.perf_counter_ns()}", PASS, today=lambda: TODAY)
        d.handover.import_file(made.path, made.code)
        d.close()

    def new_store() -> None:
        Desk.create(f"n{time.perf_counter_ns()}", PASS, today=lambda: TODAY).close()

    rows.append(
        (
            f"hand-over import, {args.clients} clients (incl. new store)",
            timed(take, args.repeat),
            "a new store alone",
            timed(new_store, args.repeat),
        )
    )
    print(f"{'measured':<58} {'ms':>8}   {'baseline':<48} {'ms':>8}")
    for what, ms, base_what, base_ms in rows:
        print(f"{what:<58} {ms:>8.0f}   {base_what:<48} {base_ms:>8.0f}")
    desk.close()
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

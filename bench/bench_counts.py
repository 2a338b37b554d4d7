"""Speed of the counts: a year's codebook over 100,000 trajectories (target < 1 s).

    PYTHONPATH=. python bench/bench_counts.py [--trajectories 100000] [--repeat 5]

Builds a real encrypted store in a temporary folder (bulk insert through the store layer:
one transaction, executemany), all referrals in 2025 so that the year's counts touch every
trajectory, then prints each figure beside baselines measured in the same run on the same
store: a bare `SELECT count(*)` scan and a scan that reads every column the counts need.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wor_desk import codes, counts  # noqa: E402
from wor_desk.desk import Desk  # noqa: E402

GEMEENTEN = {
    "Zwolle": ["Centrum", "Assendorp", "Holtenbroek", "Stadshagen", "Berkum"],
    "Kampen": ["Binnenstad", "Brunnepe", "IJsselmuiden"],
    "Dalfsen": ["Dalfsen", "Nieuwleusen", "Lemelerveld"],
}
PRAKTIJKEN = [
    f"Huisartsenpraktijk {n}"
    for n in (
        "De Linde",
        "Het Anker",
        "Zuiderzee",
        "De Vecht",
        "Stadshagen",
        "Assendorp",
        "Berkum",
        "De Brink",
        "IJsseldelta",
        "Centrum",
    )
]


def fill(desk: Desk, n: int, year: int, seed: int = 7, first_id: int = 1) -> None:
    """n clients with one trajectory each, referred in `year`, at realistic step dates."""
    rnd = random.Random(seed)
    start = date(year, 1, 1)
    clients, trajects, reasons, feedback = [], [], [], []
    gemeenten = list(GEMEENTEN)
    types = codes.VERWIJZER_TYPE.codes()
    kanalen = codes.KANAAL.codes()
    redenen = codes.REDEN.codes()
    aanbod = codes.AANBOD.codes()
    afsluit = codes.AFSLUITREDEN.codes()
    now = "2026-01-01 00:00:00"
    for i in range(first_id, first_id + n):
        g = rnd.choice(gemeenten + [None])
        w = rnd.choice(GEMEENTEN[g]) if g and rnd.random() < 0.9 else None
        birth = (
            None
            if rnd.random() < 0.05
            else date(rnd.randint(1930, 2008), rnd.randint(1, 12), rnd.randint(1, 28))
        )
        clients.append(
            {
                "id": i,
                "client_nr": f"B{i:07d}",
                "voornaam": "Bench",
                "achternaam": f"Cliënt {i}",
                "geboortedatum": birth and birth.isoformat(),
                "geslacht": rnd.choice(["man", "vrouw", "vrouw", "x", "onbekend"]),
                "gemeente": g,
                "wijk": w,
                "aangemaakt": now,
                "gewijzigd": now,
            }
        )
        v = start + timedelta(days=rnd.randrange(365))
        vt = rnd.choice(types)
        first = v + timedelta(days=rnd.randint(0, 12)) if rnd.random() < 0.9 else None
        intake = (
            first + timedelta(days=rnd.randint(0, 20)) if first and rnd.random() < 0.8 else None
        )
        start_act = (
            intake + timedelta(days=rnd.randint(7, 40)) if intake and rnd.random() < 0.7 else None
        )
        closed = (
            (start_act or intake or v) + timedelta(days=rnd.randint(10, 90))
            if rnd.random() < 0.6
            else None
        )
        trajects.append(
            {
                "id": i,
                "client_id": i,
                "verwijsdatum": v.isoformat(),
                "verwijzer_type": vt,
                "verwijzer_praktijk": rnd.choice(PRAKTIJKEN)
                if vt in codes.GP_PRACTICE_TYPES
                else None,
                "kanaal": rnd.choice(kanalen + [None]),
                "eerste_contact": first and first.isoformat(),
                "kennismaking": intake and intake.isoformat(),
                "aanbod": start_act and rnd.choice(aanbod),
                "start_activiteit": start_act and start_act.isoformat(),
                "afgerond": closed and closed.isoformat(),
                "afsluitreden": closed and rnd.choice(afsluit),
                "toestemming_terugkoppeling": 1,
                "aangemaakt": now,
                "gewijzigd": now,
            }
        )
        for r in rnd.sample(redenen, rnd.randint(0, 3)):
            reasons.append({"traject_id": i, "code": r})
        if intake:
            feedback.append(
                {
                    "traject_id": i,
                    "datum": (intake + timedelta(days=2)).isoformat(),
                    "moment": "intake",
                    "kanaal": "post",
                }
            )
    cols_c = ", ".join(clients[0])
    cols_t = ", ".join(trajects[0])
    with desk.store.transaction() as s:
        conn = s.connection()
        conn.execute(
            text(
                f"INSERT INTO client ({cols_c}) VALUES ({', '.join(':' + k for k in clients[0])})"
            ),
            clients,
        )
        conn.execute(
            text(
                f"INSERT INTO traject ({cols_t}) VALUES ({', '.join(':' + k for k in trajects[0])})"
            ),
            trajects,
        )
        conn.execute(
            text("INSERT INTO traject_reden (traject_id, code) VALUES (:traject_id, :code)"),
            reasons,
        )
        conn.execute(
            text(
                "INSERT INTO terugkoppeling (traject_id, datum, moment, kanaal) VALUES (:traject_id, :datum, :moment, :kanaal)"
            ),
            feedback,
        )


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--trajectories", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WOR_DESK_HOME"] = tmp
        desk = Desk.create(
            "bench", "bench wachtwoord lang genoeg", today=lambda: date(2026, 11, 23)
        )
        t0 = time.perf_counter()
        fill(desk, args.trajectories, 2025)
        build = time.perf_counter() - t0
        print(
            f"store with {args.trajectories:,} trajectories (referrals in 2025) built in {build:.1f} s\n"
        )

        def scan(sql: str):
            def run():
                with desk.session() as s:
                    return s.connection().execute(text(sql)).all()

            return run

        rows = [
            ("baseline: SELECT count(*) FROM traject", scan("SELECT count(*) FROM traject")),
            (
                "baseline: scan of every column counts read",
                scan(
                    "SELECT count(*), max(t.verwijsdatum), max(t.eerste_contact), max(t.kanaal), max(t.verwijzer_praktijk),"
                    " max(c.gemeente), max(c.wijk), max(c.geboortedatum), max(c.geslacht) FROM traject t JOIN client c ON c.id = t.client_id"
                ),
            ),
            ("counts.compute 2025 (year)", lambda: counts.compute(desk, "2025")),
            ("counts.compute 2025-Q2 (quarter)", lambda: counts.compute(desk, "2025-Q2")),
            ("counts.compute 2025-03 (month)", lambda: counts.compute(desk, "2025-03")),
            ("counts.trend (12 months)", lambda: counts.trend(desk, "2025")),
            ("overview 2025 (year + last year + trend)", lambda: desk_overview(desk)),
        ]
        # Round robin: every figure and its baselines are timed in turn, so load from other
        # programs falls on all of them alike.
        times: dict[str, list[float]] = {name: [] for name, _ in rows}
        for _ in range(args.repeat):
            for name, fn in rows:
                t0 = time.perf_counter()
                fn()
                times[name].append(time.perf_counter() - t0)
        base = statistics.median(times[rows[1][0]])
        print(f"{'what':<48}{'median s':>10}{'best s':>9}{'x full scan':>13}")
        for name, _ in rows:
            med, best = statistics.median(times[name]), min(times[name])
            print(f"{name:<48}{med:>10.3f}{best:>9.3f}{med / base:>13.1f}")
        cells = counts.compute(desk, "2025")
        print(
            f"\n{len(cells)} cells; verwijzingen 2025 = {counts.value_of(cells, 'verwijzingen')}; target for the year: < 1 s"
        )
        for fmt in ("xlsx", "pdf"):
            t, data = timed(lambda fmt=fmt: desk.counts.export("2025", fmt), 1)
            print(f"export {fmt} 2025: {t:.3f} s ({len(data):,} bytes)")
        desk.close()
    return 0


def desk_overview(desk: Desk):
    from wor_desk.reports import build_overview

    return build_overview(desk, "2025")


if __name__ == "__main__":
    raise SystemExit(main())

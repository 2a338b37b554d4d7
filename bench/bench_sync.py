"""A region's sync load: 500 desks x 36 months (and the quarters and years that hold them,
each a set of its own) pushed concurrently to one collector on 127.0.0.1, with the wall
time, push latency (p50/p95) and the totals checked exact.

    PYTHONPATH=. python bench/bench_sync.py [--desks 500] [--months 36] [--workers 16] [--db URL]

The collector runs as a real process (`wor-desk collector serve`; SQLite by default,
`--db postgresql+psycopg://...` or WOR_TEST_POSTGRES_URL with `--postgres` for PostgreSQL).
Each desk's months are made from synthetic referrals (realistic spread over gemeenten,
wijken, gender, age, reasons, referrer types, channels and practices), put through the
desk's own disclosure control and wire format, and pushed with the desk's own client in
batches of 12 months, as `wor-desk sync` does. Pushes run on a bounded thread pool.

Baseline, in the same run against the same server: GET /api/v1/health (the HTTP round
trip and nothing else), and a push of one month that is already there (auth, schema
validation and the revision check, no writes).

Check: for each year, the collector's region totals equal what the desks know (totals as
the sum of the desks' year sets; every breakdown range contains the true sum of the months,
and equals it where nothing was suppressed; distinct practices equal the union over desks;
the mean is the exact sum of days over the intakes, marked * where a desk's was hidden).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wor_desk import codes, counts  # noqa: E402
from wor_desk.collector.service import Collector  # noqa: E402
from wor_desk.counts import Cell  # noqa: E402
from wor_desk.sync.client import CollectorClient  # noqa: E402
from wor_desk.sync.disclosure import hidden_means, practice_hash, protect  # noqa: E402
from wor_desk.sync.wire import month_digest  # noqa: E402

SECRET = "bench-regio-geheim"
AREA = {
    "Utrecht": ["Overvecht", "Kanaleneiland", "Zuilen", "Lunetten", "Binnenstad"],
    "Nieuwegein": ["Galecop", "Batau"],
    "Houten": ["Noord", "Zuid"],
    "Zeist": ["Vollenhove", "Centrum", "Kerckebosch"],
    "De Bilt": ["Bilthoven"],
}
PRACTICES = [f"Huisartsenpraktijk {i:03d}" for i in range(250)]
AGES = [g for _, g in counts.AGE_GROUPS] + ["onbekend"]


def months_list(n: int) -> list[str]:
    out, y, m = [], 2023, 12
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def desk_month(
    rng: random.Random, period: str, practices: list[str]
) -> tuple[list[Cell], set[str], int]:
    """The codebook cells of one synthetic desk-month, its practice names and its exact sum
    of days to intake."""
    n = max(0, int(rng.gauss(14, 5)))
    g: dict[str, Counter] = defaultdict(Counter)
    used: set[str] = set()
    on_time = 0
    for _ in range(n):
        gem = rng.choices(list(AREA), [50, 20, 10, 15, 5])[0]
        g["verwijzingen_per_gemeente"][gem] += 1
        g["verwijzingen_per_wijk"][
            f"{gem}/{rng.choice(AREA[gem])}" if rng.random() < 0.9 else "onbekend"
        ] += 1
        g["verwijzingen_per_geslacht"][
            rng.choices(["vrouw", "man", "x", "onbekend"], [58, 38, 2, 2])[0]
        ] += 1
        g["verwijzingen_per_leeftijdsgroep"][rng.choice(AGES)] += 1
        for r in rng.sample(codes.REDEN.codes(), rng.randint(0, 2)):
            g["verwijzingen_per_reden"][r] += 1
        vt = rng.choices(
            ["huisarts", "poh", "fysiotherapeut", "zelf", "wijkverpleging"], [60, 20, 8, 7, 5]
        )[0]
        g["verwijzingen_per_verwijzertype"][vt] += 1
        if rng.random() < 0.85:
            g["verwijzingen_per_kanaal"][rng.choice(codes.KANAAL.codes())] += 1
        if vt in ("huisarts", "poh"):
            used.add(rng.choice(practices))
        on_time += rng.random() < 0.8
    intakes = max(0, n - rng.randint(0, 3))
    for _ in range(max(0, int(rng.gauss(8, 3)))):
        g["activiteit_gestart_per_aanbod"][rng.choice(codes.AANBOD.codes())] += 1
    for _ in range(max(0, int(rng.gauss(9, 3)))):
        g["afgesloten_per_reden"][rng.choice(codes.AFSLUITREDEN.codes())] += 1
    totals: dict[str, int | Decimal] = {
        "verwijzingen": n,
        "intakes": intakes,
        "verwijzende_praktijken": len(used),
        "contact_binnen_5_werkdagen": on_time,
        "contact_binnen_5_werkdagen_pct": counts.percentage(on_time, n),
        "terugkoppeling_gegeven": rng.randint(0, n),
    }
    days = rng.randint(5 * intakes, 20 * intakes)
    if intakes:
        totals["gemiddelde_dagen_tot_intake"] = counts.round_one(Fraction(days, intakes))
    cells = []
    for ind in counts.INDICATORS:
        if ind in counts.BREAKDOWNS:
            cells += [Cell(period, ind, cat, v) for cat, v in sorted(g[ind].items())]
        elif ind in totals:
            cells.append(Cell(period, ind, counts.TOTAL, totals[ind]))
    return cells, used, days


def longer_period(
    rng: random.Random, period: str, parts: list[tuple[list[Cell], set[str], int]]
) -> tuple[list[Cell], set[str], int]:
    """A quarter's or year's own set (totaal rows) from its months: sums, the union of
    practices, and feedback counted once per trajectory (fewer than the months' sum)."""
    tot: Counter = Counter()
    months_feedback = []
    used: set[str] = set()
    days = 0
    for cells, u, d in parts:
        for c in cells:
            if c.category == counts.TOTAL and c.indicator not in counts.DECIMALS:
                tot[c.indicator] += int(c.value)
        months_feedback.append(int(counts.value_of(cells, "terugkoppeling_gegeven") or 0))
        used |= u
        days += d
    feedback = sum(months_feedback)
    feedback = max(max(months_feedback, default=0), int(feedback * rng.uniform(0.7, 1.0)))
    n, intakes = tot["verwijzingen"], tot["intakes"]
    values: dict[str, int | Decimal] = {
        "verwijzingen": n,
        "intakes": intakes,
        "verwijzende_praktijken": len(used),
        "contact_binnen_5_werkdagen": tot["contact_binnen_5_werkdagen"],
        "contact_binnen_5_werkdagen_pct": counts.percentage(tot["contact_binnen_5_werkdagen"], n),
        "terugkoppeling_gegeven": feedback,
    }
    if intakes:
        values["gemiddelde_dagen_tot_intake"] = counts.round_one(Fraction(days, intakes))
    cells = [
        Cell(period, ind, counts.TOTAL, values[ind]) for ind in counts.INDICATORS if ind in values
    ]
    return cells, used, days


def wire_month(
    cells: list[Cell],
    used: set[str],
    period: str,
    k: int,
    days: int = 0,
    hidden: frozenset[str] = frozenset(),
) -> dict:
    sent = [
        c.wire()
        for c in protect(
            cells, k, days=days, hide_mean=period in hidden, totals_only=len(period) != 7
        )
    ]
    hashes = sorted(practice_hash(p, SECRET) for p in used)
    return {
        "period": period,
        "revision": 1,
        "digest": month_digest(period, k, sent, hashes),
        "k": k,
        "cells": sent,
        "practices": hashes,
    }


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))] * 1000


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--desks", type=int, default=500)
    ap.add_argument("--months", type=int, default=36)
    ap.add_argument("--workers", type=int, default=16, help="concurrent pushes (bounded)")
    ap.add_argument("--db", help="collector store URL (default: a fresh SQLite file)")
    ap.add_argument(
        "--postgres", action="store_true", help="use WOR_TEST_POSTGRES_URL (fresh schema)"
    )
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    url = args.db or f"sqlite:///{tmp / 'collector.db'}"
    if args.postgres:
        from sqlalchemy import create_engine, text

        base = os.environ["WOR_TEST_POSTGRES_URL"]
        schema = f"bench_{os.getpid()}"
        with create_engine(base).begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    k = 5
    periods = months_list(args.months)

    # -- the desks' months (what each desk would send) --------------------------------------
    t0 = time.perf_counter()
    coll = Collector.open(url, k=k)
    tokens = [
        coll.add_desk(f"desk-{i:04d}", f"team-{i % 25:02d}", f"org-{i % 5}")
        for i in range(args.desks)
    ]
    reader = coll.add_reader("regio", "region")
    coll.close()
    truth: dict[str, Counter] = defaultdict(Counter)  # year -> (indicator, category) -> sum
    practices_of_year: dict[str, set[str]] = defaultdict(set)
    payloads: list[list[dict]] = []
    mean_truth: dict[str, list] = defaultdict(lambda: [0, 0, False])  # days, intakes, partial
    for i in range(args.desks):
        rng = random.Random(i)
        mine = rng.sample(PRACTICES, 6)
        made = {}
        for p in periods:
            cells, used, days = desk_month(rng, p, mine)
            made[p] = (cells, used, days)
            for c in cells:
                if c.indicator in counts.BREAKDOWNS:
                    truth[p[:4]][(c.indicator, c.category)] += int(c.value)
            practices_of_year[p[:4]] |= used
        # each quarter and year its own set, as a desk sends them (docs/sync.md)
        longer: dict[str, list[str]] = defaultdict(list)
        for p in periods:
            q = f"{p[:4]}-Q{(int(p[5:]) - 1) // 3 + 1}"
            longer[q].append(p)
            longer[p[:4]].append(p)
        for lp, ms in longer.items():
            made[lp] = longer_period(rng, lp, [made[m] for m in ms])
        intakes = {p: int(counts.value_of(c, "intakes") or 0) for p, (c, _, _) in made.items()}
        hidden = frozenset(hidden_means(intakes, k))
        for year in {p[:4] for p in periods}:
            cells, _, days = made[year]
            for c in cells:
                if c.indicator not in counts.DECIMALS:
                    truth[year][(c.indicator, c.category)] += int(c.value)
            if year in hidden:
                mean_truth[year][2] = True
            else:
                mean_truth[year][0] += days
                mean_truth[year][1] += intakes[year]
        payloads.append(
            [wire_month(c, u, p, k, d, hidden) for p, (c, u, d) in sorted(made.items())]
        )
    build_s = time.perf_counter() - t0
    n_periods = len(payloads[0]) if payloads else 0
    n_cells = sum(len(m["cells"]) for ms in payloads for m in ms)

    # -- the collector as a real process -------------------------------------------------------
    from tests.collector.conftest import free_port

    port = free_port()
    env = {
        **os.environ,
        "WOR_DESK_HOME": str(tmp / "home"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "wor_desk",
            "collector",
            "--db",
            url,
            "serve",
            "--port",
            str(port),
            "--k",
            str(k),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(400):
            try:
                httpx.get(base + "/api/v1/health")
                break
            except httpx.TransportError:
                time.sleep(0.05)

        # baseline 1: the bare round trip
        health = []
        with httpx.Client(base_url=base) as h:
            for _ in range(300):
                t = time.perf_counter()
                h.get("/api/v1/health")
                health.append(time.perf_counter() - t)

        # the load: every desk pushes its months in batches of 12, bounded concurrency
        latencies: list[float] = []
        failures: list[str] = []

        def run_desk(i: int) -> None:
            with CollectorClient(base, tokens[i], timeout=60, tries=3) as c:
                months = payloads[i]  # months, quarters and years
                for j in range(0, len(months), 12):
                    t = time.perf_counter()
                    answer = c.push(months[j : j + 12])
                    latencies.append(time.perf_counter() - t)
                    bad = [m for m in answer["months"] if m["status"] != "nieuw"]
                    if bad:
                        failures.append(f"desk {i}: {bad[0]}")

        t0 = time.perf_counter()
        with ThreadPoolExecutor(args.workers) as pool:
            list(pool.map(run_desk, range(args.desks)))
        wall = time.perf_counter() - t0

        # baseline 2: a push that changes nothing (a retry)
        again = []
        with CollectorClient(base, tokens[0]) as c:
            for _ in range(100):
                t = time.perf_counter()
                c.push(payloads[0][:1])
                again.append(time.perf_counter() - t)

        # the check
        t0 = time.perf_counter()
        problems = []
        with CollectorClient(base, reader, timeout=120) as c:
            for year in sorted(truth):
                rows = {
                    tuple(r.split(",")[1:3]): r.split(",")[3]
                    for r in c.totals(year).strip().splitlines()[1:]
                }

                def upper(v: str | None) -> int:
                    return 0 if v is None else int(v.split("-")[-1])

                for key, n in truth[year].items():
                    if key[0] == "verwijzende_praktijken" or (
                        key[0] in counts.BREAKDOWNS and n == 0
                    ):
                        continue
                    got = rows.get(key)
                    if key[0] not in counts.BREAKDOWNS:
                        if got is None or int(got) != n:
                            problems.append(f"{year} {key}: {got} != {n}")
                        continue
                    # a category's months count in clear, as a range (suppressed), or inside the
                    # breakdown's `*` row (categories withheld): the truth lies in that interval
                    withheld = upper(rows.get((key[0], "*")))
                    lo = 0 if got is None else int(got.split("-")[0])
                    hi = upper(got) + withheld
                    if not lo <= n <= hi:
                        problems.append(
                            f"{year} {key}: {n} not in {got} (+ up to {withheld} withheld)"
                        )
                    if withheld == 0 and got is not None and "-" not in got and int(got) != n:
                        problems.append(f"{year} {key}: {got} != {n}")
                days, n_int, partial = mean_truth[year]
                want = counts.format_value(counts.round_one(Fraction(days, n_int))) + (
                    "*" if partial else ""
                )
                if n_int and rows.get(("gemiddelde_dagen_tot_intake", "totaal")) != want:
                    problems.append(
                        f"{year} mean {rows.get(('gemiddelde_dagen_tot_intake', 'totaal'))} != {want}"
                    )
                if int(rows[("verwijzende_praktijken", "totaal")]) != len(practices_of_year[year]):
                    problems.append(
                        f"{year} practices {rows[('verwijzende_praktijken', 'totaal')]} != {len(practices_of_year[year])}"
                    )
        check_s = time.perf_counter() - t0
    finally:
        proc.terminate()
        proc.wait(30)

    n_push = len(latencies)
    store = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
    print(
        f"Sync load: {args.desks} desks x {args.months} months (+ their quarters and years: "
        f"{n_periods} periods a desk) = {args.desks * args.months} desk-months, "
        f"{n_cells} cells, {n_push} pushes of <= 12 periods, {args.workers} concurrent; collector on {store}, 127.0.0.1"
    )
    print(f"(payloads built in {build_s:.1f} s; totals check {check_s:.1f} s)")
    print()
    print(f"{'figure':<44}{'value':>14}   {'baseline (same run)':<40}")
    print(f"{'wall time, all pushes':<44}{wall:>12.1f} s   {'':<40}")
    print(
        f"{'throughput':<44}{args.desks * args.months / wall:>9.0f} m/s   {'desk-months per second':<40}"
    )
    print(
        f"{'push latency p50 (12 months, ~' + str(n_cells // max(1, n_push)) + ' cells)':<44}{pct(latencies, 0.5):>11.1f} ms   "
        f"{'GET /health p50 ' + format(pct(health, 0.5), '.1f') + ' ms':<40}"
    )
    print(
        f"{'push latency p95':<44}{pct(latencies, 0.95):>11.1f} ms   {'GET /health p95 ' + format(pct(health, 0.95), '.1f') + ' ms':<40}"
    )
    print(
        f"{'push latency max':<44}{max(latencies) * 1000:>11.1f} ms   "
        f"{'unchanged 1-month push p50 ' + format(pct(again, 0.5), '.1f') + ' ms':<40}"
    )
    print(f"{'failed months':<44}{len(failures):>14}")
    print(
        f"{'totals per year checked against the desks':<44}{'exact' if not problems else 'WRONG':>14}   "
        f"{len(truth)} years, {sum(len(v) for v in truth.values())} cells"
    )
    for p in (failures + problems)[:10]:
        print("  ", p)
    return 0 if not problems and not failures else 1


if __name__ == "__main__":
    raise SystemExit(main())

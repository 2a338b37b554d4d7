"""Region totals over a real collector equal the codebook over all desks' trajectories, for
every indicator and every month, quarter and year; suppressed cells' ranges hold the truth.

Random trajectories (Hypothesis draws the seed, the number of desks and how many go to each)
are registered at random desks and, the same ones, at one extra "truth" desk that holds them
all: `counts.compute` over that desk is the codebook over the union. Kept to a few examples
(each builds encrypted stores and syncs them over HTTP) so the suite stays quick."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.collector.conftest import RunningCollector
from tests.conftest import Factory
from wor_desk import counts
from wor_desk.collector.service import PARTIAL_MARK, Collector
from wor_desk.desk import Desk
from wor_desk.sync.client import CollectorClient
from wor_desk.sync.wire import WITHHELD

TODAY = date(2026, 11, 23)
PASS = "correct paard batterij niet"
K = 3
GEMEENTEN = ("Utrecht", "Zeist", "Houten", "Bunnik", None)
WIJKEN = ("Oost", "West", "Centrum", None)
PRAKTIJKEN = ("Praktijk De Linde", "praktijk de  linde", "Huisartsen Zeist", "Praktijk Houten")
TYPES = ("huisarts", "huisarts", "poh", "praktijk_overig", "zelf", "fysiotherapeut")
REDENEN = ("eenzaamheid", "somberheid", "stress", "rouw_verlies", "mantelzorg_belasting")
AANBOD = ("bewegen", "meedoen_ontmoeten", "vrijwilligerswerk", "natuur")
AFSLUIT = ("afgerond_doel_bereikt", "uitgevallen", "doorverwezen")
#: Every period the test checks: 2025's months, quarters and year, and early 2026
#: (intakes, activities and feedback of late-2025 referrals fall there).
PERIODS = (
    [f"2025-{m:02d}" for m in range(1, 13)]
    + [f"2025-Q{q}" for q in range(1, 5)]
    + ["2025", "2026-01", "2026-Q1", "2026"]
)


_RUNS = itertools.count(1)


def _trajectory(rng: random.Random) -> dict:
    if rng.random() < 0.85:  # most in April and May, so some cells reach k
        ref = date(2025, 4, 1) + timedelta(days=rng.randrange(61))
    else:
        ref = date(2025, 1, 1) + timedelta(days=rng.randrange(365))
    t: dict = {
        "verwijsdatum": ref,
        "verwijzer_type": rng.choice(TYPES),
        "client": {
            "gemeente": rng.choice(GEMEENTEN) if rng.random() < 0.5 else "Utrecht",
            "wijk": rng.choice(WIJKEN),
            "geslacht": rng.choice(("man", "vrouw", "x", None)),
            "geboortedatum": date(rng.randrange(1935, 2008), rng.randrange(1, 13), 1),
        },
        "redenen": rng.sample(REDENEN, rng.randrange(0, 3)),
        "toestemming_terugkoppeling": True,
    }
    if t["verwijzer_type"] in ("huisarts", "poh", "praktijk_overig", "fysiotherapeut"):
        t["verwijzer_praktijk"] = rng.choice(PRAKTIJKEN)
    if rng.random() < 0.8:
        t["kanaal"] = rng.choice(("zorgdomein", "telefoon", "email"))
    day = ref
    if rng.random() < 0.9:
        day = day + timedelta(days=rng.randrange(0, 12))
        t["eerste_contact"] = day
        if rng.random() < 0.85:
            day = day + timedelta(days=rng.randrange(0, 30))
            t["kennismaking"] = day
            if rng.random() < 0.7:
                day = day + timedelta(days=rng.randrange(1, 30))
                t["aanbod"] = rng.choice(AANBOD)
                t["start_activiteit"] = day
    # feedback on 0-3 days, often in different months (a trajectory counts once per period)
    t["terugkoppeling"] = sorted(
        {ref + timedelta(days=rng.randrange(0, 200)) for _ in range(rng.choice((0, 1, 2, 3)))}
    )
    if rng.random() < 0.4:
        t["afgerond"] = max([day, *t["terugkoppeling"]]) + timedelta(days=rng.randrange(1, 20))
        t["afsluitreden"] = rng.choice(AFSLUIT)
    return t


def _register(make: Factory, t: dict) -> None:
    t = dict(t)
    t["client"] = {k: v for k, v in t["client"].items() if v is not None}
    make.trajectory(**t)


def _totals(url: str, token: str, period: str) -> dict[tuple[str, str], str]:
    with CollectorClient(url, token, backoff=0.01) as c:
        text = c.totals(period)
    rows = [line.split(",") for line in text.strip().splitlines()[1:]]
    return {(r[1], r[2]): r[3] for r in rows}


def check_period(got: dict[tuple[str, str], str], truth: list[counts.Cell], seen: dict) -> None:
    """The collector's totals of one period against the codebook over all trajectories."""
    true = {(c.indicator, c.category): c.value for c in truth}
    withheld = {ind for (ind, cat) in got if cat == WITHHELD}
    for (ind, cat), value in true.items():
        shown = got.get((ind, cat))
        if ind in counts.BREAKDOWNS:
            if shown is None:  # all its referrals were in breakdowns sent without categories
                assert ind in withheld, (ind, cat, value)
                seen["withheld"] += 1
            elif "-" in shown:
                lo, hi = (int(x) for x in shown.split("-"))
                assert lo <= value <= hi and lo < hi, (ind, cat, value, shown)
                seen["ranges"] += 1
            else:
                assert shown == str(value), (ind, cat, value, shown)
                seen["exact"] += 1
        elif ind == "gemiddelde_dagen_tot_intake":
            assert shown is not None, ind
            if shown.endswith(PARTIAL_MARK):
                seen["partial"] += 1
            else:
                assert Decimal(shown) == value, (ind, value, shown)
                seen["means"] += 1
        else:
            assert shown == counts.format_value(value), (ind, value, shown)
    for (ind, cat), shown in got.items():  # nothing the codebook does not have
        if cat == WITHHELD:
            continue
        if (ind, cat) not in true:
            assert ind == "gemiddelde_dagen_tot_intake" and shown == PARTIAL_MARK, (ind, cat)


@settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],  # no shrinking: each example is a whole region
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(0, 2**32 - 1), n_desks=st.integers(2, 3), n=st.integers(50, 80))
def test_region_totals_equal_the_codebook_for_every_month_quarter_and_year(
    home, collector_db, seed, n_desks, n
):
    rng = random.Random(seed)
    tag = f"{next(_RUNS)}"  # examples share the home and collector store: each its own region
    coll = Collector.open(collector_db, k=K, today=lambda: TODAY)
    server = RunningCollector(coll).start()
    desks: list[Desk] = []
    try:
        truth = Desk.create(f"truth-{tag}", PASS, today=lambda: TODAY)
        desks.append(truth)
        truth_make = Factory(truth)
        makes = []
        for i in range(n_desks):
            d = Desk.create(f"d{i}-{tag}", PASS, today=lambda: TODAY)
            desks.append(d)
            makes.append(Factory(d))
        weights = [rng.random() + 0.2 for _ in range(n_desks)]
        for _ in range(n):
            t = _trajectory(rng)
            _register(rng.choices(makes, weights)[0], t)
            _register(truth_make, t)
        for i, d in enumerate(desks[1:]):
            token = coll.add_desk(f"desk-{i}-{tag}", f"T{i % 2}", f"O-{tag}")
            d.sync.configure(
                collector=server.url, token=token, region_secret="regio-geheim-voor-tests"
            )
            assert d.sync.sync(client=CollectorClient(server.url, token, backoff=0.01)).ok
        reader = coll.add_reader(f"lead-{tag}", f"organisation:O-{tag}")
        seen = dict.fromkeys(("exact", "ranges", "withheld", "means", "partial"), 0)
        for period in PERIODS:
            check_period(_totals(server.url, reader, period), counts.compute(truth, period), seen)
        # the test saw breakdown cells (exact or as ranges) and exact means
        assert (seen["exact"] or seen["ranges"]) and seen["means"], seen
        year = _totals(server.url, reader, "2025")
        assert not year["gemiddelde_dagen_tot_intake", "totaal"].endswith(PARTIAL_MARK)
    finally:
        for d in desks:
            d.close()
        server.stop()
        coll.close()

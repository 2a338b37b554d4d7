"""Statistical disclosure control: what a desk's counts may look like before they leave it.

A pure function over the codebook cells of one month (no store, no network), so the rule
can be read, tested and explained on its own. docs/sync.md states it for people:

1. Totals (`totaal` rows) are sent exactly.
2. Primary suppression: a breakdown cell with a count from 1 to k-1 is sent as suppressed.
3. Secondary suppression, per breakdown: while the suppressed cells of a breakdown are a
   single cell, or add up to less than k (then the group of them is itself a small number
   and a cell could be pinned down by subtracting the others from the total), or are all
   ones (then each is exactly 1), the smallest cell not yet suppressed is suppressed too
   (ties: category order). For
   `verwijzingen_per_wijk` this also runs within each gemeente's wijken first, so a wijk
   cannot be recovered from the gemeente's row either.
4. When every non-zero cell of a breakdown is suppressed and still only one, together
   less than k, or all ones, the categories themselves would tell (e.g. "all three referrals came from
   one village"): the breakdown is sent as one row with category `*` (categories withheld)
   holding its sum, which is no more than the exact total already says.
5. A suppressed cell carries bounds `lo`..`hi` = 1 .. (sum of the suppressed cells of its
   breakdown) - (their number - 1), so the collector can show totals honestly as a range.
6. `contact_binnen_5_werkdagen_pct` is sent exactly: it follows from two exact totals.
   `gemiddelde_dagen_tot_intake` is a mean over the month's intakes; over 1 to k-1 intakes
   it would tell a person's waiting time to the day, so it is then sent as suppressed.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import defaultdict
from collections.abc import Iterable

from wor_desk import counts
from wor_desk.counts import Cell
from wor_desk.values.counts import DEFAULT_K, WITHHELD
from wor_desk.values.sync import SentCell

MEAN_DAYS = "gemiddelde_dagen_tot_intake"


def protect(
    cells: Iterable[Cell],
    k: int = DEFAULT_K,
    *,
    days: int | None = None,
    hide_mean: bool = False,
    totals_only: bool = False,
) -> list[SentCell]:
    """The cells of one period as they may be sent (see the module text for the rule).

    `days`: the exact sum of days to intake, sent beside the mean when the mean may leave.
    `hide_mean`: suppress the mean even over k or more intakes (see `hidden_means`).
    `totals_only`: only the `totaal` rows (a quarter's or year's set: its breakdowns are
    the sums of its months' and are not sent again, so no cell can be found by differences)."""
    if k < 2:
        raise ValueError("k must be at least 2")
    cells = list(cells)
    by_breakdown: dict[str, list[Cell]] = defaultdict(list)
    out: list[SentCell] = []
    intakes = next((int(c.value) for c in cells if c.indicator == "intakes"), 0)
    for c in cells:
        if c.indicator in counts.BREAKDOWNS:
            if c.value and not totals_only:
                by_breakdown[c.indicator].append(c)
        elif c.indicator == MEAN_DAYS and (0 < intakes < k or hide_mean):
            why = "weinig_intakes" if intakes < k else "afleidbaar"
            out.append(SentCell(c.indicator, c.category, None, True, why=why))
        elif c.indicator == MEAN_DAYS:
            out.append(SentCell(c.indicator, c.category, c.value, sum=days))
        else:
            out.append(SentCell(c.indicator, c.category, c.value))
    for indicator, rows in by_breakdown.items():
        out += _protect_breakdown(indicator, {c.category: int(c.value) for c in rows}, k)
    order = {ind: i for i, ind in enumerate(counts.INDICATORS)}
    return sorted(out, key=lambda s: (order[s.indicator], s.category))


def _protect_breakdown(indicator: str, values: dict[str, int], k: int) -> list[SentCell]:
    primary = {cat for cat, v in values.items() if v < k}
    suppressed = set(primary)
    if indicator == "verwijzingen_per_wijk":
        groups: dict[str, list[str]] = defaultdict(list)
        for cat in values:
            if "/" in cat:
                groups[cat.split("/", 1)[0]].append(cat)
        for members in groups.values():
            _secondary(values, set(members), suppressed, k)
    _secondary(values, set(values), suppressed, k)
    if not suppressed:
        return [SentCell(indicator, cat, v) for cat, v in values.items()]
    total = sum(values[c] for c in suppressed)
    if len(suppressed) == len(values) and not _protected(len(suppressed), total, k):
        return [SentCell(indicator, WITHHELD, total, why="categorieen")]
    hi = total - (len(suppressed) - 1)
    return [
        SentCell(indicator, cat, None, True, 1, hi, "primair" if cat in primary else "secundair")
        if cat in suppressed
        else SentCell(indicator, cat, v)
        for cat, v in values.items()
    ]


def _secondary(values: dict[str, int], members: set[str], suppressed: set[str], k: int) -> None:
    """Grow `suppressed` within `members` until its part there is >= 2 cells adding up to >= k."""
    while True:
        mine = suppressed & members
        if not mine or _protected(len(mine), sum(values[c] for c in mine), k):
            return
        rest = sorted(members - suppressed, key=lambda c: (values[c], c))
        if not rest:
            return
        suppressed.add(rest[0])


def _protected(n: int, total: int, k: int) -> bool:
    """A group of `n` suppressed cells adding up to `total` hides each of them: at least two
    cells, together not a small number, and not all ones (then each would be exactly 1)."""
    return n >= 2 and total >= k and total > n


def hidden_means(intakes: dict[str, int], k: int = DEFAULT_K) -> set[str]:
    """The periods (months `YYYY-MM`, quarters `YYYY-Qn`, years `YYYY`) whose mean days to
    intake must leave suppressed, given each period's number of intakes.

    A mean goes with its exact sum of days, so sums can be subtracted: a year's sum less its
    sent months' sums is the sum of the suppressed months. Primary: a period with 1 to k-1
    intakes. Secondary, repeated until nothing changes: within each sent quarter the
    suppressed months, within a sent year the suppressed quarters, and the suppressed months
    inside the year's suppressed quarters, together hold either no intake or at least k
    (else the smallest sent member with intakes is suppressed too). Then every difference of
    sent sums covers at least k intakes."""
    hidden = {p for p, n in intakes.items() if 0 < n < k}
    years = sorted({p[:4] for p in intakes})
    for year in years:
        quarters = {
            f"{year}-Q{q}": [f"{year}-{m:02d}" for m in range(3 * q - 2, 3 * q + 1)]
            for q in range(1, 5)
        }
        changed = True
        while changed:
            changed = False
            groups: list[list[str]] = []
            for q, ms in quarters.items():
                if q not in hidden:
                    groups.append(ms)
            if year not in hidden:
                groups.append(list(quarters))
                groups.append([m for q, ms in quarters.items() if q in hidden for m in ms])
            for members in groups:
                n = sum(intakes.get(p, 0) for p in members if p in hidden)
                if 0 < n < k:
                    rest = sorted(
                        (p for p in members if p not in hidden and intakes.get(p, 0) > 0),
                        key=lambda p: (intakes[p], p),
                    )
                    if rest:
                        hidden.add(rest[0])
                        changed = True
    return hidden


def practice_hash(name: str, secret: str) -> str | None:
    """The keyed hash (HMAC-SHA256 with the region secret) of a practice name, normalised as
    the codebook compares names (case- and space-insensitively); None without a name.

    Desks of one region share the secret, so the same practice gives the same hash at every
    desk and the collector can count distinct practices without ever seeing a name."""
    key = counts.practice_key(name)
    if key is None:
        return None
    return hmac.new(secret.encode("utf-8"), key.encode("utf-8"), hashlib.sha256).hexdigest()

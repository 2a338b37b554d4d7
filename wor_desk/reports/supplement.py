"""What a funder asks beyond the codebook ("Aanvullend"): referrals per practice, the share
of referrals that reached an intake, letters as a share of trajectories with consent, the
open caseload and the waiting list at the period's end, conversations per trajectory, and
the Positieve Gezondheid outcome of the trajectories closed in the period.

These are not codebook cells: they are never synced and never in the codebook's CSV; the
XLSX and the PDF show them in a part of their own. Each figure is defined once, here:

- `per_practice`: the period's referrals by `huisarts`, `poh` or `praktijk_overig`, per
  practice (names compared as `verwijzende_praktijken` compares them; the most used spelling
  is shown). Referrals without a practice name are counted as "zonder praktijknaam".
- `reached_intake`: of the period's referrals, those with an intake conversation (by today).
- `letters`: of the period's referrals with consent for feedback (self-referrals have nobody
  to write to and are left out), those with at least one feedback recorded (by today).
- `open_at_end`: trajectories referred on or before the period's last day and not closed by
  it; `waiting_at_end`: of those, the ones without an intake by that day (the waiting list).
- conversations: held coaching conversations (`gesprek`, not planned ones) per trajectory
  closed in the period: mean and median.
- outcome: of the trajectories closed in the period, those with a spinnenweb at the start
  (the intake's, else the first) and one at closing (moment `afsluiting`, a later one); the
  share that improved on at least one dimension (the ZHN/Amstelland target) and the mean
  change per dimension. Shown only when at least `k` trajectories contribute.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import text

from wor_desk import codes, counts
from wor_desk.counts import Period, parse_period, practice_key
from wor_desk.health import DIMENSIES
from wor_desk.values import Caseload
from wor_desk.values.counts import DEFAULT_K, Outcome, Supplement

#: Without a practice name, GP referrals are listed under this name.
NO_PRACTICE = "zonder praktijknaam"


_GP = ", ".join(f"'{t}'" for t in codes.GP_PRACTICE_TYPES)
_IN_GEMEENTE = "AND trim(c.gemeente) = trim(:gemeente) COLLATE NOCASE"


def _sql(where_gemeente: str) -> dict[str, str]:
    # a trajectory handed over to another desk is reported there, not here (wor_desk.handover)
    where_gemeente = f"AND t.id NOT IN (SELECT traject_id FROM overdracht_traject) {where_gemeente}"
    # sequential scans (`NOT INDEXED`), as the codebook's counts: under SQLCipher an index
    # range revisits pages at random, each one decrypted again
    base = f"FROM traject t NOT INDEXED LEFT JOIN client c ON c.id = t.client_id WHERE 1 {where_gemeente}"
    return {
        # per (GP practice?, practice name): referrals, with intake, with consent, with a letter
        "referrals": f"""
            SELECT t.verwijzer_type IN ({_GP}) AS gp, t.verwijzer_praktijk, count(*),
                   sum(t.kennismaking IS NOT NULL),
                   sum(coalesce(t.toestemming_terugkoppeling, 0) = 1 AND t.verwijzer_type <> 'zelf'),
                   sum(coalesce(t.toestemming_terugkoppeling, 0) = 1 AND t.verwijzer_type <> 'zelf'
                       AND f.id IS NOT NULL)
            FROM traject t NOT INDEXED LEFT JOIN client c ON c.id = t.client_id
            LEFT JOIN (SELECT DISTINCT traject_id AS id FROM terugkoppeling NOT INDEXED) f ON f.id = t.id
            WHERE t.verwijsdatum BETWEEN :start AND :end {where_gemeente}
            GROUP BY 1, 2""",
        "open": f"""
            SELECT count(*), coalesce(sum(t.kennismaking IS NULL OR t.kennismaking > :end), 0)
            {base} AND t.verwijsdatum <= :end AND (t.afgerond IS NULL OR t.afgerond > :end)""",
        # conversations held per closed trajectory: (number of conversations, trajectories)
        "closed": f"""
            SELECT coalesce(k.n, 0), count(*)
            FROM traject t NOT INDEXED LEFT JOIN client c ON c.id = t.client_id
            LEFT JOIN (SELECT traject_id, count(*) AS n FROM contact NOT INDEXED
                       WHERE soort = 'gesprek' AND NOT gepland GROUP BY traject_id) k
                   ON k.traject_id = t.id
            WHERE t.afgerond BETWEEN :start AND :end {where_gemeente}
            GROUP BY 1""",
    }


def _scores_sql(where_gemeente: str) -> str:
    where_gemeente = f"AND t.id NOT IN (SELECT traject_id FROM overdracht_traject) {where_gemeente}"
    dims = ", ".join(DIMENSIES.codes())
    return (
        f"SELECT traject_id, datum, id, moment, {dims} FROM gezondheid WHERE traject_id IN"
        " (SELECT t.id FROM traject t LEFT JOIN client c ON c.id = t.client_id"
        f" WHERE t.afgerond BETWEEN :start AND :end {where_gemeente})"
        " ORDER BY traject_id, datum, id"
    )


def _outcome(rows: list, closed: int, k: int) -> Outcome:
    """Start (the intake's score, else the first) against closing (the last `afsluiting`
    score after it) per trajectory."""
    by_traject: dict[int, list] = defaultdict(list)
    for r in rows:
        by_traject[r[0]].append(r)
    dims = DIMENSIES.codes()
    changes: list[list[int]] = []
    for scores in by_traject.values():
        start = next((r for r in scores if r[3] == "intake"), scores[0])
        later = [r for r in scores if r[3] == "afsluiting" and (r[1], r[2]) > (start[1], start[2])]
        if not later:
            continue
        end = later[-1]
        changes.append([end[4 + i] - start[4 + i] for i in range(len(dims))])
    n = len(changes)
    improved = sum(1 for c in changes if any(d > 0 for d in c))
    per_dim = tuple(
        (dim, counts.round_one(Fraction(sum(c[i] for c in changes), n)) if n else Decimal("0.0"))
        for i, dim in enumerate(dims)
    )
    return Outcome(closed, n, improved, per_dim, k)


def compute(
    desk: Caseload, period: str | Period, gemeente: str | None = None, k: int = DEFAULT_K
) -> Supplement:
    p = period if isinstance(period, Period) else parse_period(period)
    params: dict[str, object] = {"start": p.start.isoformat(), "end": p.end.isoformat()}
    if gemeente:
        params["gemeente"] = gemeente
    where = _IN_GEMEENTE if gemeente else ""
    sql = _sql(where)
    with desk.session() as s:
        conn = s.connection()
        refs = conn.execute(text(sql["referrals"]), params).all()
        open_at_end, waiting = conn.execute(text(sql["open"]), params).one()
        closed = conn.execute(text(sql["closed"]), params).all()
        score_rows = conn.execute(text(_scores_sql(where)), params).all() if closed else []

    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    per_key: Counter[str] = Counter()
    for gp, name, n, *_ in refs:
        if not gp:
            continue
        key = practice_key(name) or ""
        per_key[key] += n
        spellings[key][" ".join((name or "").split()) or NO_PRACTICE] += n
    per_practice = tuple(
        sorted(
            ((spellings[key].most_common(1)[0][0], n) for key, n in per_key.items()),
            key=lambda r: (-r[1], r[0].casefold()),
        )
    )
    talks = sorted(int(n) for n, times in closed for _ in range(times))
    n_closed = len(talks)
    mean = counts.round_one(Fraction(sum(talks), n_closed)) if talks else None
    median = counts.round_one(Fraction(str(statistics.median(talks)))) if talks else None
    total = lambda i: sum(int(r[i] or 0) for r in refs)  # noqa: E731
    return Supplement(
        period=p,
        gemeente=gemeente,
        referrals=total(2),
        per_practice=per_practice,
        from_others=sum(int(r[2]) for r in refs if not r[0]),
        reached_intake=total(3),
        with_consent=total(4),
        with_letter=total(5),
        open_at_end=int(open_at_end),
        waiting_at_end=int(waiting),
        closed=n_closed,
        conversations_mean=mean,
        conversations_median=median,
        outcome=_outcome(score_rows, n_closed, k),
    )

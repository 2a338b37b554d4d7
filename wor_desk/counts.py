"""The codebook of docs/codebook.md: a period in, a sorted list of cells out.

    cells = compute(desk, "2026-03")       # or "2026-Q1", "2026"
    text = to_csv(cells)                   # period,indicator,category,value

Every count is computed in SQL over the store, in one statement and one read session:
one scan of `traject` collects the trajectories with an event in the period, and each
indicator groups that. Two rules live elsewhere and are only *used* here: the working
days (`wor_desk.workdays.first_contact_deadline` gives every day of the period its
deadline, handed to SQL as one string of dates) and the age on a day (`wor_desk.dates.age_on`,
mirrored in SQL by `_AGE_SQL`; a test pins the two to each other). Counts carry codes,
gemeente and wijk names and numbers only: never a name, a birth date, a postcode or
free text.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import timedelta
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import text

from wor_desk import codes, messages

# the periods live in wor_desk.dates; the counts' callers reach them here too
from wor_desk.dates import Period, months_of, parse_period, period_of  # noqa: F401
from wor_desk.errors import InputError
from wor_desk.i18n import language
from wor_desk.spreadsheet import csv_text
from wor_desk.values import Caseload

# the cells and their arithmetic live in wor_desk.values.counts; the counts' callers reach them here too
from wor_desk.values.counts import (  # noqa: F401
    TOTAL,
    WITHHELD,
    Cell,
    breakdown,
    percentage,
    round_one,
    value_of,
)
from wor_desk.workdays import first_contact_deadline

messages.register(
    {
        "counts_stdout_csv_only": (
            "Naar het scherm ('-o -') kan alleen CSV. Geef een bestandsnaam op voor xlsx of pdf.",
            "Only CSV can be written to the screen ('-o -'). Give a file name for xlsx or pdf.",
        ),
        "counts_target_exists": (
            "{path} bestaat al. Kies een andere bestandsnaam of gebruik --force om het te overschrijven.",
            "{path} already exists. Choose another file name or use --force to overwrite it.",
        ),
        "counts_gemeente_unknown": (
            "Geen cliënt woont in gemeente '{value}'. Bekende gemeenten: {known}. Controleer de schrijfwijze.",
            "No client lives in municipality '{value}'. Known municipalities: {known}. Check the spelling.",
        ),
        "counts_format_invalid": (
            "'{value}' is geen exportformaat. Kies csv, xlsx of pdf.",
            "'{value}' is not an export format. Choose csv, xlsx or pdf.",
        ),
    }
)

#: The indicators, in the order of the codebook's table (and of every export).
INDICATORS: tuple[str, ...] = (
    "verwijzingen",
    "intakes",
    "verwijzingen_per_gemeente",
    "verwijzingen_per_wijk",
    "verwijzingen_per_geslacht",
    "verwijzingen_per_leeftijdsgroep",
    "verwijzingen_per_reden",
    "verwijzingen_per_verwijzertype",
    "verwijzingen_per_kanaal",
    "verwijzende_praktijken",
    "contact_binnen_5_werkdagen",
    "contact_binnen_5_werkdagen_pct",
    "gemiddelde_dagen_tot_intake",
    "activiteit_gestart_per_aanbod",
    "terugkoppeling_gegeven",
    "afgesloten_per_reden",
)

UNKNOWN = "onbekend"

#: Indicators with a breakdown (their zero rows are left out); the rest have one `totaal` row.
BREAKDOWNS: tuple[str, ...] = tuple(i for i in INDICATORS if "_per_" in i)
#: The two indicators whose value is a decimal with one digit.
DECIMALS: tuple[str, ...] = ("contact_binnen_5_werkdagen_pct", "gemiddelde_dagen_tot_intake")

#: Age groups of `verwijzingen_per_leeftijdsgroep`: (lowest age, category); `onbekend` without a birth date.
AGE_GROUPS: tuple[tuple[int, str], ...] = (
    (0, "<18"),
    (18, "18-24"),
    (25, "25-44"),
    (45, "45-64"),
    (65, "65-74"),
    (75, "75+"),
)

#: The code list behind each coded breakdown (labels for screens and exports).
CODE_LISTS: dict[str, codes.CodeList] = {
    "verwijzingen_per_geslacht": codes.GESLACHT,
    "verwijzingen_per_reden": codes.REDEN,
    "verwijzingen_per_verwijzertype": codes.VERWIJZER_TYPE,
    "verwijzingen_per_kanaal": codes.KANAAL,
    "activiteit_gestart_per_aanbod": codes.AANBOD,
    "afgesloten_per_reden": codes.AFSLUITREDEN,
}

#: Plain-language names of the indicators: (nl, en).
LABELS: dict[str, tuple[str, str]] = {
    "verwijzingen": ("Verwijzingen", "Referrals"),
    "intakes": ("Kennismakingsgesprekken (intakes)", "Intake conversations"),
    "verwijzingen_per_gemeente": ("Verwijzingen per gemeente", "Referrals by municipality"),
    "verwijzingen_per_wijk": ("Verwijzingen per wijk", "Referrals by neighbourhood"),
    "verwijzingen_per_geslacht": ("Verwijzingen per geslacht", "Referrals by gender"),
    "verwijzingen_per_leeftijdsgroep": (
        "Verwijzingen per leeftijdsgroep",
        "Referrals by age group",
    ),
    "verwijzingen_per_reden": ("Verwijzingen per reden", "Referrals by reason"),
    "verwijzingen_per_verwijzertype": (
        "Verwijzingen per type verwijzer",
        "Referrals by referrer type",
    ),
    "verwijzingen_per_kanaal": ("Verwijzingen per kanaal", "Referrals by channel"),
    "verwijzende_praktijken": ("Verwijzende huisartspraktijken", "Referring GP practices"),
    "contact_binnen_5_werkdagen": ("Contact binnen 5 werkdagen", "Contact within 5 working days"),
    "contact_binnen_5_werkdagen_pct": (
        "Contact binnen 5 werkdagen (%)",
        "Contact within 5 working days (%)",
    ),
    "gemiddelde_dagen_tot_intake": (
        "Gemiddeld aantal dagen tot kennismaking",
        "Average days to intake",
    ),
    "activiteit_gestart_per_aanbod": (
        "Gestart met een activiteit, per soort aanbod",
        "Activity started, by type of offer",
    ),
    "terugkoppeling_gegeven": (
        "Terugkoppeling aan verwijzer gegeven",
        "Feedback to referrer given",
    ),
    "afgesloten_per_reden": ("Afgesloten trajecten, per reden", "Closed trajectories, by reason"),
}

#: What each indicator counts, in a sentence (for exports read without the codebook): (nl, en).
DEFINITIONS: dict[str, tuple[str, str]] = {
    "verwijzingen": (
        "Trajecten met een verwijsdatum in de periode.",
        "Trajectories with a referral date in the period.",
    ),
    "intakes": (
        "Trajecten met een kennismakingsgesprek in de periode.",
        "Trajectories with an intake conversation in the period.",
    ),
    "verwijzingen_per_gemeente": (
        "Verwijzingen naar de gemeente van de cliënt.",
        "Referrals by the client's municipality.",
    ),
    "verwijzingen_per_wijk": (
        "Verwijzingen naar gemeente en wijk van de cliënt.",
        "Referrals by the client's municipality and neighbourhood.",
    ),
    "verwijzingen_per_geslacht": (
        "Verwijzingen naar geslacht van de cliënt.",
        "Referrals by the client's gender.",
    ),
    "verwijzingen_per_leeftijdsgroep": (
        "Verwijzingen naar leeftijd in hele jaren op de verwijsdatum.",
        "Referrals by age in whole years on the referral date.",
    ),
    "verwijzingen_per_reden": (
        "Een verwijzing met meer redenen telt bij elke reden één keer mee.",
        "A referral with several reasons counts once under each.",
    ),
    "verwijzingen_per_verwijzertype": (
        "Verwijzingen naar het type verwijzer.",
        "Referrals by referrer type.",
    ),
    "verwijzingen_per_kanaal": (
        "Verwijzingen naar het kanaal waarlangs zij binnenkwamen (zonder kanaal telt niet mee).",
        "Referrals by channel (without a channel: not counted).",
    ),
    "verwijzende_praktijken": (
        "Aantal verschillende praktijken (huisarts, POH, overige praktijkmedewerker) dat verwees.",
        "Number of distinct GP practices (GP, POH, other practice staff) that referred.",
    ),
    "contact_binnen_5_werkdagen": (
        "Verwijzingen met een eerste contact uiterlijk op de 5e werkdag na de verwijsdatum.",
        "Referrals with a first contact on or before the 5th working day after the referral.",
    ),
    "contact_binnen_5_werkdagen_pct": (
        "Het aandeel daarvan in alle verwijzingen van de periode.",
        "Its share of all referrals in the period.",
    ),
    "gemiddelde_dagen_tot_intake": (
        "Gemiddeld aantal kalenderdagen van verwijzing tot kennismaking, over de intakes van de periode.",
        "Mean calendar days from referral to intake, over the period's intakes.",
    ),
    "activiteit_gestart_per_aanbod": (
        "Trajecten waarvan de activiteit in de periode startte, naar soort aanbod.",
        "Trajectories whose activity started in the period, by type of offer.",
    ),
    "terugkoppeling_gegeven": (
        "Trajecten met minstens één terugkoppeling aan de verwijzer in de periode.",
        "Trajectories with at least one feedback to the referrer in the period.",
    ),
    "afgesloten_per_reden": (
        "Trajecten afgesloten in de periode, naar reden van afsluiten.",
        "Trajectories closed in the period, by closing reason.",
    ),
}


# -- the rules that are the codebook's own ----------------------------------------------------
def age_group(age: int | None) -> str:
    """The age group of an age in whole years; `onbekend` without an age (or a birth after the referral)."""
    if age is None or age < 0:
        return UNKNOWN
    group = UNKNOWN
    for lowest, name in AGE_GROUPS:
        if age >= lowest:
            group = name
    return group


def practice_key(name: str | None) -> str | None:
    """A practice name compared case- and space-insensitively; None when there is no name."""
    if name is None:
        return None
    key = "".join(name.split()).casefold()
    return key or None


# -- computing --------------------------------------------------------------------------------
#: Age in whole years on the referral date, as `wor_desk.dates.age_on` counts it (a birthday
#: on the day counts). Dates are stored as YYYY-MM-DD text.
#: (CAST of 'YYYY-MM-DD' to INTEGER reads the leading year.)
_AGE_SQL = (
    "(CAST(t.verwijsdatum AS INTEGER) - CAST(c.geboortedatum AS INTEGER)"
    " - (substr(t.verwijsdatum, 6) < substr(c.geboortedatum, 6)))"
)


def _age_conditions(age: str = "leeftijd") -> list[tuple[str, str]]:
    """`age_group` as SQL: (group, condition on an age column), built from AGE_GROUPS (one source)."""
    out = [(UNKNOWN, f"({age} IS NULL OR {age} < 0)")]
    bounds = [lowest for lowest, _ in AGE_GROUPS[1:]] + [None]
    for (lowest, name), upper in zip(AGE_GROUPS, bounds, strict=True):
        out.append(
            (name, f"({age} >= {lowest}" + (f" AND {age} < {upper})" if upper is not None else ")"))
        )
    return out


def _quote(code: str) -> str:
    return "'" + code.replace("'", "''") + "'"


_GP_TYPES_SQL = ", ".join(f"'{t}'" for t in codes.GP_PRACTICE_TYPES)

# A trajectory handed over to another desk (`overdracht_traject`, wor_desk.handover) is counted
# by the receiving desk only, for every period; this desk leaves it out.
# One scan of `traject` (+ its client) collects the trajectories with an event in the
# period, narrowed to the columns the indicators group by; each indicator groups that (the
# referral breakdowns of one kind together, in one GROUP BY, and Python adds them up).
# `NOT INDEXED`: under SQLCipher every page read is decrypted, and a sequential scan
# decrypts each page once where an index range scan revisits pages at random (measured
# with bench/bench_counts.py: ~0.1 s against ~3 s for a year of 100,000 trajectories).
_COUNTS_SQL = """
WITH e AS MATERIALIZED (
    SELECT t.id, t.verwijsdatum BETWEEN :start AND :end AS verwezen, t.verwijsdatum, t.eerste_contact,
           t.verwijzer_type, nullif(t.kanaal, '') AS kanaal,
           CASE WHEN t.verwijzer_type IN ({gp_types}) THEN t.verwijzer_praktijk END AS praktijk,
           t.kennismaking, t.aanbod, t.start_activiteit, t.afgerond, t.afsluitreden,
           nullif(trim(c.gemeente), '') AS gemeente, nullif(trim(c.wijk), '') AS wijk,
           coalesce(nullif(trim(c.geslacht), ''), '{unknown}') AS geslacht,
           CASE WHEN c.geboortedatum IS NULL THEN NULL ELSE {age} END AS leeftijd,
           t.eerste_contact IS NOT NULL AND t.verwijsdatum BETWEEN :start AND :end
             AND t.eerste_contact <= CAST(substr(:termijnen, CAST(julianday(t.verwijsdatum) - julianday(:start) AS INTEGER) * 10 + 1, 10) AS TEXT)
             AS op_tijd
    FROM traject t NOT INDEXED
    LEFT JOIN client c ON c.id = t.client_id
    WHERE (t.verwijsdatum BETWEEN :start AND :end OR t.kennismaking BETWEEN :start AND :end
       OR t.start_activiteit BETWEEN :start AND :end OR t.afgerond BETWEEN :start AND :end)
       AND t.id NOT IN (SELECT traject_id FROM overdracht_traject)
       {in_gemeente}
)
SELECT 'sommen', json_array({sums}), NULL, NULL, NULL, count(*) FROM e WHERE verwezen
{strays}
UNION ALL SELECT 'gebied', gemeente, wijk, NULL, NULL, count(*) FROM e WHERE verwezen GROUP BY 2, 3
UNION ALL SELECT 'praktijk', praktijk, NULL, NULL, NULL, count(*) FROM e WHERE verwezen AND praktijk IS NOT NULL GROUP BY 2
UNION ALL SELECT 'reden', {reden}, NULL, NULL, NULL, {reden_count} FROM traject_reden r NOT INDEXED
          WHERE r.traject_id IN (SELECT id FROM e WHERE verwezen) GROUP BY 2
UNION ALL SELECT 'intakes', NULL, NULL, NULL, sum(julianday(kennismaking) - julianday(verwijsdatum)), count(*) FROM e
          WHERE kennismaking BETWEEN :start AND :end
UNION ALL SELECT 'aanbod', aanbod, NULL, NULL, NULL, count(*) FROM e
          WHERE start_activiteit BETWEEN :start AND :end AND nullif(aanbod, '') IS NOT NULL GROUP BY 2
UNION ALL SELECT 'afsluitreden', afsluitreden, NULL, NULL, NULL, count(*) FROM e
          WHERE afgerond BETWEEN :start AND :end AND nullif(afsluitreden, '') IS NOT NULL GROUP BY 2
UNION ALL SELECT 'terugkoppeling', NULL, NULL, NULL, NULL, count(DISTINCT traject_id) FROM terugkoppeling NOT INDEXED
          WHERE datum BETWEEN :start AND :end AND traject_id NOT IN (SELECT traject_id FROM overdracht_traject)
          {feedback_in_gemeente}
"""

#: A municipality's report: only clients living in `:gemeente` (compared without case and
#: surrounding spaces, as a person types it).
_IN_GEMEENTE = "AND trim(c.gemeente) = trim(:gemeente) COLLATE NOCASE"
_FEEDBACK_IN_GEMEENTE = (
    "AND traject_id IN (SELECT t.id FROM traject t JOIN client c ON c.id = t.client_id"
    f" WHERE 1 {_IN_GEMEENTE})"
)

#: The coded referral breakdowns counted by sums over their code list (no sort), and the
#: column each reads; a stored code outside the list is still counted, by a GROUP BY of its own.
_CODED = (
    ("verwijzingen_per_geslacht", "geslacht", codes.GESLACHT),
    ("verwijzingen_per_verwijzertype", "verwijzer_type", codes.VERWIJZER_TYPE),
    ("verwijzingen_per_kanaal", "kanaal", codes.KANAAL),
)


def _reden_sql(codebook_only: bool) -> str:
    """The reason a referral counts under: its code; for what leaves the desk (the sync), a
    code the region added counts as `overig` (once per trajectory, however many it has)."""
    added = [c.code for c in codes.REDEN.regional()]
    if not codebook_only or not added:
        return "r.code"
    listed = ", ".join(_quote(c) for c in added)
    return f"CASE WHEN r.code IN ({listed}) THEN 'overig' ELSE r.code END"


def _counts_sql(
    gemeente: bool = False, codebook_only: bool = False
) -> tuple[str, list[tuple[str, str]]]:
    """The statement for the current code lists (a region may have added codes), and the
    (indicator, category) each number of the `sommen` row stands for."""
    sums: list[str] = []
    keys: list[tuple[str, str]] = []
    strays: list[str] = []
    for ind, col, cl in _CODED:
        for code in cl.codes():
            sums.append(f"sum({col} = {_quote(code)})")
            keys.append((ind, code))
        listed = ", ".join(_quote(code) for code in cl.codes())
        strays.append(
            f"UNION ALL SELECT '{ind}', {col}, NULL, NULL, NULL, count(*) FROM e "
            f"WHERE verwezen AND {col} IS NOT NULL AND {col} NOT IN ({listed}) GROUP BY 2"
        )
    for name, cond in _age_conditions():
        sums.append(f"sum({cond})")
        keys.append(("verwijzingen_per_leeftijdsgroep", name))
    sums.append("sum(op_tijd)")
    keys.append(("contact_binnen_5_werkdagen", TOTAL))
    sql = _COUNTS_SQL.format(
        sums=", ".join(sums),
        strays="\n".join(strays),
        gp_types=_GP_TYPES_SQL,
        unknown=UNKNOWN,
        age=_AGE_SQL,
        in_gemeente=_IN_GEMEENTE if gemeente else "",
        reden=_reden_sql(codebook_only),
        # (traject_id, code) is the key: count(*) is per trajectory unless codes are merged
        reden_count="count(DISTINCT r.traject_id)"
        if _reden_sql(codebook_only) != "r.code"
        else "count(*)",
        feedback_in_gemeente=_FEEDBACK_IN_GEMEENTE if gemeente else "",
    )
    return sql, keys


_INDICATOR_OF = {
    "reden": "verwijzingen_per_reden",
    "aanbod": "activiteit_gestart_per_aanbod",
    "afsluitreden": "afgesloten_per_reden",
}


def _deadlines(p: Period) -> bytes:
    """The first-contact deadline (`wor_desk.workdays.first_contact_deadline`) of each day of
    the period, in order, as one run of YYYY-MM-DD dates: SQL reads a referral's own
    deadline from it by position, so the working-day rule stays in workdays.py. (Bytes: SQL's
    substr of a blob jumps to the position, of a text it walks every character before it.)"""
    out = []
    day = p.start
    while day <= p.end:
        out.append(first_contact_deadline(day).isoformat())
        day += timedelta(days=1)
    return "".join(out).encode("ascii")


def compute(desk: Caseload, period: str | Period, gemeente: str | None = None) -> list[Cell]:
    """Every cell of the codebook for one period, sorted as the codebook says; with `gemeente`
    the same codebook over the clients living in that municipality only (its own report)."""
    return compute_with_days(desk, period, gemeente)[0]


def compute_with_days(
    desk: Caseload,
    period: str | Period,
    gemeente: str | None = None,
    codebook_only: bool = False,
) -> tuple[list[Cell], int]:
    """`compute`, and the exact sum of the days from referral to intake over the period's
    intakes (the numerator of `gemiddelde_dagen_tot_intake`; the sync sends it so that means
    combine exactly across desks). `codebook_only`: reasons a region added count as
    `overig` (what the sync sends; the desk's own screens and exports show them apart)."""
    p = period if isinstance(period, Period) else parse_period(period)
    params = {"start": p.start.isoformat(), "end": p.end.isoformat(), "termijnen": _deadlines(p)}
    if gemeente:
        params["gemeente"] = gemeente
    sql, keys = _counts_sql(bool(gemeente), codebook_only)
    with desk.session() as s:
        rows = s.connection().execute(text(sql), params).all()

    totals: dict[str, int | Decimal] = dict.fromkeys(
        ("verwijzingen", "intakes", "terugkoppeling_gegeven"), 0
    )
    groups: dict[str, dict[str, int]] = {ind: defaultdict(int) for ind in BREAKDOWNS}
    practices: set[str] = set()
    on_time = 0
    days = 0
    for kind, a, b, _, d, n in rows:
        if kind == "sommen":
            totals["verwijzingen"] = n
            for (ind, cat), value in zip(keys, json.loads(a), strict=True):
                if ind == "contact_binnen_5_werkdagen":
                    on_time = int(value or 0)
                else:
                    groups[ind][cat] += int(value or 0)
        elif kind == "gebied":
            groups["verwijzingen_per_gemeente"][a or UNKNOWN] += n
            groups["verwijzingen_per_wijk"][f"{a}/{b}" if a and b else UNKNOWN] += n
        elif kind == "praktijk":
            if (key := practice_key(a)) is not None:
                practices.add(key)
        elif kind == "intakes":
            totals["intakes"] = n
            if n:
                days = round(d)
                totals["gemiddelde_dagen_tot_intake"] = round_one(Fraction(days, n))
        elif kind == "terugkoppeling":
            totals["terugkoppeling_gegeven"] = n
        else:
            groups[_INDICATOR_OF.get(kind, kind)][a] += n
    totals["verwijzende_praktijken"] = len(practices)
    totals["contact_binnen_5_werkdagen"] = on_time
    totals["contact_binnen_5_werkdagen_pct"] = percentage(on_time, int(totals["verwijzingen"]))

    cells: list[Cell] = []
    for ind in INDICATORS:
        if ind in BREAKDOWNS:
            cells += [Cell(p.text, ind, cat, n) for cat, n in sorted(groups[ind].items()) if n]
        elif ind in totals:
            cells.append(Cell(p.text, ind, TOTAL, totals[ind]))
    return cells, days


def trend(
    desk: Caseload, period: str | Period, months: int = 12, gemeente: str | None = None
) -> list[tuple[str, int, int]]:
    """(month, verwijzingen, intakes) for the `months` months ending with the period's last month."""
    p = period if isinstance(period, Period) else parse_period(period)
    last = parse_period(p.end.strftime("%Y-%m"))
    first = last.shifted(-(months - 1))
    params = {"start": first.start.isoformat(), "end": last.end.isoformat()}
    if gemeente:
        params["gemeente"] = gemeente
    sql = """
    WITH m AS MATERIALIZED (
        SELECT substr(t.verwijsdatum, 1, 7) AS v, substr(t.kennismaking, 1, 7) AS k FROM traject t NOT INDEXED
        LEFT JOIN client c ON c.id = t.client_id
        WHERE (t.verwijsdatum BETWEEN :start AND :end OR t.kennismaking BETWEEN :start AND :end)
          AND t.id NOT IN (SELECT traject_id FROM overdracht_traject) {in_gemeente}
    )
    SELECT 'v', v, count(*) FROM m WHERE v BETWEEN substr(:start, 1, 7) AND substr(:end, 1, 7) GROUP BY 2
    UNION ALL
    SELECT 'k', k, count(*) FROM m WHERE k BETWEEN substr(:start, 1, 7) AND substr(:end, 1, 7) GROUP BY 2
    """.replace("{in_gemeente}", _IN_GEMEENTE if gemeente else "")
    with desk.session() as s:
        rows = s.connection().execute(text(sql), params).all()
    got = {(k, m): n for k, m, n in rows}
    return [
        (m, got.get(("v", m), 0), got.get(("k", m), 0))
        for m in (first.shifted(i).text for i in range(months))
    ]


def gemeenten(desk: Caseload) -> list[str]:
    """The municipalities clients live in (as first written, text order): a municipality's
    report chooses from these."""
    sql = "SELECT min(trim(gemeente)) FROM client WHERE nullif(trim(gemeente), '') IS NOT NULL GROUP BY trim(gemeente) COLLATE NOCASE"
    with desk.session() as s:
        names = [r[0] for r in s.connection().execute(text(sql)).all()]
    return sorted(names, key=str.casefold)


def check_gemeente(desk: Caseload, gemeente: str) -> str:
    """The municipality as clients' records spell it; InputError when no client lives there
    (a typo would otherwise give a report of zeros)."""
    known = gemeenten(desk)
    for name in known:
        if name.casefold() == gemeente.strip().casefold():
            return name
    raise InputError(
        "counts_gemeente_unknown", value=gemeente.strip()[:60], known=", ".join(known[:20]) or "-"
    )


# -- reading cells back --------------------------------------------------------------------------
def label(indicator: str, lang: str | None = None) -> str:
    nl, en = LABELS[indicator]
    return en if (lang or language()) == "en" else nl


def definition(indicator: str, lang: str | None = None) -> str:
    nl, en = DEFINITIONS[indicator]
    return en if (lang or language()) == "en" else nl


def category_label(indicator: str, category: str, lang: str | None = None) -> str:
    """What a person reads for a category: the code list's label, `Totaal`, `Onbekend`, or the name itself."""
    en = (lang or language()) == "en"
    if category == TOTAL:
        return "Total" if en else "Totaal"
    if category == UNKNOWN:
        return "Unknown" if en else "Onbekend"
    if category == WITHHELD:  # collector totals: referrals whose categories were withheld
        return "(categories withheld)" if en else "(categorieën verborgen)"
    cl = CODE_LISTS.get(indicator)
    if cl is not None:
        return cl.label(category, "en" if en else "nl")
    if indicator == "verwijzingen_per_leeftijdsgroep":
        if category == "<18":
            return "Under 18" if en else "Jonger dan 18"
        if category.endswith("+"):
            return f"{category[:-1]} and older" if en else f"{category[:-1]} jaar en ouder"
        return f"{category} years" if en else f"{category} jaar"
    if indicator == "verwijzingen_per_wijk" and "/" in category:
        gemeente, wijk = category.split("/", 1)
        return f"{wijk} ({gemeente})"
    return category


# -- writing ----------------------------------------------------------------------------------
HEADER = ("period", "indicator", "category", "value")


def format_value(value: int | Decimal) -> str:
    """A value as the CSV writes it: a whole number, or a decimal with one digit after a point."""
    if isinstance(value, Decimal):
        return f"{value:.1f}"
    return str(int(value))


def to_csv(cells: list[Cell]) -> str:
    """The codebook's long-form CSV: header `period,indicator,category,value`, comma, `\\n` line ends."""
    rows = [(c.period, c.indicator, c.category, format_value(c.value)) for c in cells]
    return csv_text([HEADER, *rows], lineterminator="\n")


FORMATS = ("csv", "xlsx", "pdf")

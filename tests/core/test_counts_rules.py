"""The codebook's own small rules (periods, rounding, age groups, practice names) and the
whole computation against a plain-Python reading of INDICATORS.md on a random store."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
import sqlcipher3.dbapi2 as dbapi
from hypothesis import given, settings
from hypothesis import strategies as st

from wor_desk import codes, counts
from wor_desk.dates import age_on
from wor_desk.errors import InputError, WorDeskError
from wor_desk.workdays import contact_within_deadline


# -- periods --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("2026-03", "maand", date(2026, 3, 1), date(2026, 3, 31)),
        ("2024-02", "maand", date(2024, 2, 1), date(2024, 2, 29)),
        ("2026-12", "maand", date(2026, 12, 1), date(2026, 12, 31)),
        ("2026-Q1", "kwartaal", date(2026, 1, 1), date(2026, 3, 31)),
        ("2026-Q4", "kwartaal", date(2026, 10, 1), date(2026, 12, 31)),
        ("2026", "jaar", date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_periods_cover_their_days(text, kind, start, end):
    p = counts.parse_period(text)
    assert (p.text, p.kind, p.start, p.end) == (text, kind, start, end)


def test_lower_case_quarter_and_spaces_are_read_as_the_canonical_period():
    assert counts.parse_period(" 2026-q2 ").text == "2026-Q2"


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "2026-13",
        "2026-00",
        "2026-Q5",
        "2026-Q0",
        "26-03",
        "2026/03",
        "maart 2026",
        "2026-3",
        "2026-03-01",
        "1899",
        "2026-Q1x",
        "Q1-2026",
    ],
)
def test_bad_periods_raise_a_message_that_says_how_to_write_one(bad):
    with pytest.raises(InputError) as err:
        counts.parse_period(bad)
    assert "JJJJ-MM" in err.value.message("nl") and "YYYY-Qn" in err.value.message("en")


@given(st.text(max_size=30))
def test_any_text_is_a_period_or_a_wor_desk_error(text):
    try:
        p = counts.parse_period(text)
    except WorDeskError:
        return
    assert p.start <= p.end and counts.parse_period(p.text) == p


def test_months_of_a_month_quarter_and_year():
    assert counts.months_of("2026-03") == ["2026-03"]
    assert counts.months_of("2026-Q4") == ["2026-10", "2026-11", "2026-12"]
    assert counts.months_of("2026") == [f"2026-{m:02d}" for m in range(1, 13)]


def test_previous_year_and_shifting_keep_the_kind():
    assert counts.parse_period("2026-Q1").previous_year().text == "2025-Q1"
    assert counts.parse_period("2026-01").shifted(-1).text == "2025-12"
    assert counts.parse_period("2026-Q1").shifted(-1).text == "2025-Q4"
    assert counts.parse_period("2026").shifted(1).text == "2027"
    assert counts.parse_period("2026-Q3").label("nl") == "3e kwartaal 2026"
    assert counts.parse_period("2026-03").label("nl") == "maart 2026"


# -- rounding -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("num", "den", "want"),
    [
        (1025, 100, "10.3"),
        (1024, 100, "10.2"),
        (125, 1000, "0.1"),
        (5, 100, "0.1"),
        (4, 100, "0.0"),
        (2, 1, "2.0"),
        (0, 1, "0.0"),
        (-125, 1000, "-0.1"),
        (-5, 100, "-0.1"),
        (200, 3, "66.7"),
        (100, 3, "33.3"),
    ],
)
def test_decimals_round_half_away_from_zero_to_one_digit(num, den, want):
    assert str(counts.round_one(Fraction(num, den))) == want


@given(st.integers(0, 10_000), st.integers(1, 10_000))
def test_percentage_matches_decimal_half_up_rounding(part, whole):
    want = (Decimal(100 * part) / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    assert counts.percentage(part, whole) == want
    assert "." in counts.format_value(counts.percentage(part, whole))


def test_percentage_without_referrals_is_zero_point_zero():
    assert counts.format_value(counts.percentage(0, 0)) == "0.0"


# -- age ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("age", "group"),
    [
        (None, "onbekend"),
        (-1, "onbekend"),
        (0, "<18"),
        (17, "<18"),
        (18, "18-24"),
        (24, "18-24"),
        (25, "25-44"),
        (44, "25-44"),
        (45, "45-64"),
        (64, "45-64"),
        (65, "65-74"),
        (74, "65-74"),
        (75, "75+"),
        (104, "75+"),
    ],
)
def test_age_groups_have_the_codebook_bounds(age, group):
    assert counts.age_group(age) == group


_dates = st.dates(date(1900, 1, 1), date(2030, 12, 31))


@settings(max_examples=300)
@given(_dates, _dates)
def test_sql_age_equals_age_on_including_leap_day_birthdays(birth, referral):
    conn = dbapi.connect(":memory:")
    row = conn.execute(
        f"SELECT {counts._AGE_SQL} FROM (SELECT ? AS verwijsdatum) t, (SELECT ? AS geboortedatum) c",
        (referral.isoformat(), birth.isoformat()),
    ).fetchone()
    assert row[0] == age_on(birth, referral)


def test_sql_age_conditions_put_every_age_in_exactly_its_group():
    conn = dbapi.connect(":memory:")
    conditions = counts._age_conditions("a")
    for age in [None, *range(-3, 121)]:
        hits = [
            name
            for name, cond in conditions
            if conn.execute(f"SELECT {cond} FROM (SELECT ? AS a)", (age,)).fetchone()[0]
        ]
        assert hits == [counts.age_group(age)], age


def test_leap_day_birthday_counts_from_the_first_of_march_in_other_years():
    assert age_on(date(2000, 2, 29), date(2025, 2, 28)) == 24
    assert age_on(date(2000, 2, 29), date(2025, 3, 1)) == 25


# -- practices ------------------------------------------------------------------------------
def test_practice_names_compare_without_case_and_spaces():
    keys = {
        counts.practice_key(n)
        for n in ("De Linde", "de  linde", "DE\u00a0LINDE", " deLinde ", "De\tLinde")
    }
    assert keys == {"delinde"}
    assert counts.practice_key("   ") is None and counts.practice_key(None) is None


# -- the whole codebook against a plain reading of it ----------------------------------------
def reference(desk, period: str) -> list[tuple[str, str, str]]:
    """INDICATORS.md read literally, trajectory by trajectory, through Desk reads only."""
    p = counts.parse_period(period)
    rows = desk.trajectory_rows()
    details = [desk.trajectory(r.id) for r in rows]
    out: dict[str, dict[str, object]] = defaultdict(dict)
    tally: dict[str, Counter] = defaultdict(Counter)
    refs = [d for d in details if d.trajectory.verwijsdatum in p]
    intakes = [d for d in details if d.trajectory.kennismaking in p]
    for d in refs:
        t, cl = d.trajectory, d.client
        tally["verwijzingen_per_gemeente"][cl.gemeente or "onbekend"] += 1
        tally["verwijzingen_per_wijk"][
            f"{cl.gemeente}/{cl.wijk}" if cl.gemeente and cl.wijk else "onbekend"
        ] += 1
        tally["verwijzingen_per_geslacht"][cl.geslacht or "onbekend"] += 1
        age = age_on(cl.geboortedatum, t.verwijsdatum) if cl.geboortedatum else None
        tally["verwijzingen_per_leeftijdsgroep"][counts.age_group(age)] += 1
        for r in d.redenen:
            tally["verwijzingen_per_reden"][r] += 1
        tally["verwijzingen_per_verwijzertype"][t.verwijzer_type] += 1
        if t.kanaal:
            tally["verwijzingen_per_kanaal"][t.kanaal] += 1
    for d in details:
        t = d.trajectory
        if t.start_activiteit in p:
            tally["activiteit_gestart_per_aanbod"][t.aanbod] += 1
        if t.afgerond in p:
            tally["afgesloten_per_reden"][t.afsluitreden] += 1
    practices = {
        "".join(d.trajectory.verwijzer_praktijk.split()).lower()
        for d in refs
        if d.trajectory.verwijzer_type in codes.GP_PRACTICE_TYPES
        and d.trajectory.verwijzer_praktijk
    }
    on_time = sum(
        1
        for d in refs
        if contact_within_deadline(d.trajectory.verwijsdatum, d.trajectory.eerste_contact)
    )
    out["verwijzingen"]["totaal"] = len(refs)
    out["intakes"]["totaal"] = len(intakes)
    out["verwijzende_praktijken"]["totaal"] = len(practices)
    out["contact_binnen_5_werkdagen"]["totaal"] = on_time
    pct = Decimal(0) if not refs else Decimal(100 * on_time) / Decimal(len(refs))
    out["contact_binnen_5_werkdagen_pct"]["totaal"] = pct.quantize(Decimal("0.1"), ROUND_HALF_UP)
    if intakes:
        mean = Decimal(
            sum((d.trajectory.kennismaking - d.trajectory.verwijsdatum).days for d in intakes)
        ) / len(intakes)
        out["gemiddelde_dagen_tot_intake"]["totaal"] = mean.quantize(Decimal("0.1"), ROUND_HALF_UP)
    out["terugkoppeling_gegeven"]["totaal"] = sum(
        1 for d in details if any(f.datum in p for f in d.feedback)
    )
    for ind, tl in tally.items():
        out[ind].update({k: v for k, v in tl.items() if v})
    return [
        (period, ind, cat, counts.format_value(out[ind][cat]))
        for ind in counts.INDICATORS
        for cat in sorted(out[ind])
    ]


@pytest.fixture
def random_store(desk, make):
    rnd = random.Random(20261123)
    practices = ["De Linde", "de linde", "DE LINDE", "Het Anker", "het  anker", "Zuid", None]
    for _ in range(60):
        v = date(2025, 10, 1) + timedelta(days=rnd.randrange(300))
        today = date(2026, 11, 23)
        first = v + timedelta(days=rnd.randint(0, 12)) if rnd.random() < 0.85 else None
        intake = (
            first + timedelta(days=rnd.randint(0, 25)) if first and rnd.random() < 0.7 else None
        )
        start = (
            intake + timedelta(days=rnd.randint(3, 30)) if intake and rnd.random() < 0.6 else None
        )
        end = (
            (start or intake or v) + timedelta(days=rnd.randint(5, 60))
            if rnd.random() < 0.5
            else None
        )
        vt = rnd.choice(codes.VERWIJZER_TYPE.codes())
        fb = sorted(
            {(intake or v) + timedelta(days=rnd.randint(0, 20)) for _ in range(rnd.randint(0, 2))}
        )
        fb = [d for d in fb if d <= today and (end is None or d <= end)]
        birth = (
            None
            if rnd.random() < 0.15
            else date(rnd.randint(1935, 2010), rnd.randint(1, 12), rnd.randint(1, 28))
        )
        make.trajectory(
            client=c(
                geboortedatum=birth,
                gemeente=rnd.choice(["Zwolle", "Kampen", None]),
                wijk=rnd.choice(["Noord", "Zuid", None]),
                geslacht=rnd.choice(codes.GESLACHT.codes()),
            ),
            verwijsdatum=v,
            verwijzer_type=vt,
            verwijzer_praktijk=rnd.choice(practices) if vt != "zelf" else None,
            kanaal=rnd.choice([*codes.KANAAL.codes(), None]),
            redenen=rnd.sample(codes.REDEN.codes(), rnd.randint(0, 3)),
            toestemming_terugkoppeling=True,
            eerste_contact=first,
            kennismaking=intake,
            aanbod=rnd.choice(codes.AANBOD.codes()) if start else None,
            start_activiteit=start,
            terugkoppeling=fb,
            afgerond=end,
            afsluitreden=rnd.choice(codes.AFSLUITREDEN.codes()) if end else None,
        )
    return desk


def c(**fields) -> dict:
    return {"voornaam": "Rien", "achternaam": "Random", **fields}


def test_compute_equals_a_literal_reading_of_the_codebook_for_every_period(random_store):
    periods = (
        counts.months_of("2025-Q4")
        + counts.months_of("2026")
        + ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2025", "2026"]
    )
    for period in periods:
        got = [
            (x.period, x.indicator, x.category, counts.format_value(x.value))
            for x in counts.compute(random_store, period)
        ]
        assert got == reference(random_store, period), period

"""The values of the counts (`desk.counts`): the codebook's cells, a period's overview with
last year's figures and the supplement beyond the codebook, and how a Dutch reader writes a
figure. Pure values and arithmetic on them: the counting itself is `wor_desk.counts` (SQL),
the reports' forms (CSV, XLSX, PDF) are `wor_desk.reports`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from wor_desk import codes
from wor_desk.dates import Period

#: The category of an indicator without a breakdown (its one row).
TOTAL = "totaal"
#: The category of a breakdown cell whose categories were withheld (wor_desk.sync.disclosure).
WITHHELD = "*"
#: The k of disclosure control: a count below k is suppressed, a result shown only from k on.
DEFAULT_K = 5


@dataclass(frozen=True)
class Cell:
    """One row of the long-form export: period,indicator,category,value."""

    period: str
    indicator: str
    category: str
    value: int | Decimal


def round_one(x: Fraction) -> Decimal:
    """Half away from zero to one digit: 12.25 -> 12.3, -0.05 -> -0.1, 2 -> 2.0."""
    tenths = abs(x) * 10
    n = int(tenths + Fraction(1, 2))  # floor for a non-negative value
    sign = "-" if x < 0 and n else ""
    return Decimal(f"{sign}{n // 10}.{n % 10}")


def percentage(part: int, whole: int) -> Decimal:
    """100 x part / whole as a one-digit decimal; 0.0 when `whole` is 0."""
    return Decimal("0.0") if whole == 0 else round_one(Fraction(100 * part, whole))


def value_of(cells: list[Cell], indicator: str, category: str = TOTAL) -> int | Decimal | None:
    """The value of one cell, or None when the codebook leaves the row out."""
    for c in cells:
        if c.indicator == indicator and c.category == category:
            return c.value
    return None


def breakdown(cells: list[Cell], indicator: str) -> list[tuple[str, int]]:
    """The (category, value) rows of a breakdown, in export order."""
    # an int stays itself (a collector total may be a range, wor_desk.values.counts.Range)
    return [
        (c.category, c.value if isinstance(c.value, int) else int(c.value))
        for c in cells
        if c.indicator == indicator
    ]


class Range(int):
    """A total read from the collector that disclosure control keeps inexact: somewhere in
    `lo`..`hi` (as an int it is `lo`, so sorting and charts still work; writers show both)."""

    lo: int
    hi: int

    def __new__(cls, lo: int, hi: int) -> Range:
        obj = super().__new__(cls, lo)
        obj.lo, obj.hi = lo, hi
        return obj

    def __repr__(self) -> str:
        return f"Range({self.lo}, {self.hi})"

    @property
    def shown(self) -> str:
        return f"{self.lo}-{self.hi}"


class PartialMean(Decimal):
    """A mean read from the collector over only part of the period's intakes (the others'
    mean was suppressed at their desk): shown with the mark `*`."""

    @property
    def shown(self) -> str:
        return f"{self:.1f}*"


def inexact(value: object) -> bool:
    return isinstance(value, Range | PartialMean)


def nl_number(value: int | Decimal | None, suffix: str = "") -> str:
    """How a Dutch reader writes a figure: 1.234 and 33,3 (a dash when there is none); a
    range as 12–15, a partial mean with `*`."""
    if value is None:
        return "–"
    if isinstance(value, Range):
        return f"{nl_number(value.lo)}–{nl_number(value.hi)}{suffix}"
    if isinstance(value, PartialMean):
        return f"{nl_number(Decimal(value))}*{suffix}"
    if isinstance(value, Decimal):
        text = f"{value:,.1f}".replace(",", "_").replace(".", ",").replace("_", ".")
    else:
        text = f"{int(value):,}".replace(",", ".")
    return text + suffix


def nl_change(change: Decimal | None, unit: str = "%") -> str:
    """+3,2 % / -23,8 procentpunt / +1,5 dagen (a dash when there is nothing to compare)."""
    if change is None:
        return "–"
    sign = "+" if change > 0 else ""
    if unit == "dagen" and abs(change) == 1:
        unit = "dag"
    return f"{sign}{nl_number(change)} {unit}"


#: The key figures every report and the dashboard show first, in this order.
KEY_FIGURES: tuple[str, ...] = (
    "verwijzingen",
    "intakes",
    "verwijzende_praktijken",
    "contact_binnen_5_werkdagen",
    "contact_binnen_5_werkdagen_pct",
    "gemiddelde_dagen_tot_intake",
    "terugkoppeling_gegeven",
)
#: The unit in which each key figure's change is shown: percentages change in percentage
#: points, means in days, counts relative to last year (in %).
CHANGE_UNITS: dict[str, str] = {
    "contact_binnen_5_werkdagen_pct": "procentpunt",
    "gemiddelde_dagen_tot_intake": "dagen",
}


def change_unit(indicator: str) -> str:
    """`procentpunt`, `dagen` or `%` (relative): see CHANGE_UNITS."""
    return CHANGE_UNITS.get(indicator, "%")


#: The regional target: +33.3 % intakes a year (DOMAIN.md).
INTAKE_TARGET_PCT = Decimal("33.3")


@dataclass(frozen=True)
class Overview:
    """A period's counts with what a team lead compares them to."""

    period: Period
    cells: list[Cell]
    previous: list[Cell]  # the same period one year earlier
    trend: list[
        tuple[str, int, int]
    ]  # (month, verwijzingen, intakes), 12 months up to the period's end
    organisation: str = ""
    made_on: date | None = None
    gemeente: str | None = None  # a municipality's report: only its residents are counted
    supplement: Supplement | None = None  # "Aanvullend": beyond the codebook, never synced

    def value(self, indicator: str, category: str = TOTAL) -> int | Decimal | None:
        return value_of(self.cells, indicator, category)

    def previous_value(self, indicator: str, category: str = TOTAL) -> int | Decimal | None:
        return value_of(self.previous, indicator, category)

    def breakdown(self, indicator: str) -> list[tuple[str, int]]:
        return breakdown(self.cells, indicator)

    def change_pct(self, indicator: str) -> Decimal | None:
        """Relative change against the same period last year in %, one digit; None without a base."""
        now, before = self.value(indicator), self.previous_value(indicator)
        if now is None or before is None or before == 0 or inexact(now) or inexact(before):
            return None
        return round_one(Fraction(Decimal(now) - Decimal(before)) * 100 / Fraction(Decimal(before)))

    def change(self, indicator: str) -> Decimal | None:
        """The change against the same period last year in its own unit (`change_unit`): a
        count in % of last year's, a percentage in percentage points, a mean in days (the
        difference of the two figures as shown). None when there is nothing to compare."""
        if change_unit(indicator) == "%":
            return self.change_pct(indicator)
        now, before = self.value(indicator), self.previous_value(indicator)
        if now is None or before is None or inexact(now) or inexact(before):
            return None
        return round_one(Fraction(Decimal(now)) - Fraction(Decimal(before)))

    def referrals_from_practices(self) -> tuple[int, int]:
        """(referrals from GP practices, referrals from anyone else) of the period."""
        rows = dict(self.breakdown("verwijzingen_per_verwijzertype"))
        gp = sum(rows.get(t, 0) for t in codes.GP_PRACTICE_TYPES)
        return gp, int(self.value("verwijzingen") or 0) - gp

    def intake_target_met(self) -> bool | None:
        """Did intakes grow by at least the +33.3 % target against last year? None without a base."""
        change = self.change_pct("intakes")
        return None if change is None else change >= INTAKE_TARGET_PCT


@dataclass(frozen=True)
class Outcome:
    """Positieve Gezondheid over the trajectories closed in a period."""

    closed: int  # trajectories closed in the period
    with_both: int  # ... with a score at the start and at closing
    improved: int  # ... that improved on at least one dimension
    per_dimension: tuple[tuple[str, Decimal], ...]  # (dimension code, mean change), DIMENSIES order
    k: int = DEFAULT_K

    @property
    def shown(self) -> bool:
        """Only where at least k trajectories contribute (a few clients are not a result)."""
        return self.with_both >= self.k

    @property
    def improved_pct(self) -> Decimal:
        return percentage(self.improved, self.with_both)


@dataclass(frozen=True)
class Supplement:
    period: Period
    gemeente: str | None
    referrals: int
    per_practice: tuple[tuple[str, int], ...]  # largest first
    from_others: int  # referrals not from a GP practice
    reached_intake: int
    with_consent: int
    with_letter: int
    open_at_end: int
    waiting_at_end: int
    closed: int
    conversations_mean: Decimal | None
    conversations_median: Decimal | None
    outcome: Outcome

    @property
    def reached_intake_pct(self) -> Decimal:
        return percentage(self.reached_intake, self.referrals)

    @property
    def letters_pct(self) -> Decimal:
        return percentage(self.with_letter, self.with_consent)

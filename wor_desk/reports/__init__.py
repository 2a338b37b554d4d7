"""Team-lead exports of the counts: the overview of a period (its cells, the same period
last year, the 12-month trend) and its CSV, XLSX and PDF forms. Plain values in, bytes
out; everything comes from `wor_desk.counts` (the codebook), nothing is counted here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from wor_desk import codes, counts
from wor_desk.counts import Cell, Period, parse_period
from wor_desk.errors import InputError
from wor_desk.reports.supplement import Outcome, Supplement
from wor_desk.reports.supplement import compute as compute_supplement
from wor_desk.values import Caseload

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

    def value(self, indicator: str, category: str = counts.TOTAL) -> int | Decimal | None:
        return counts.value_of(self.cells, indicator, category)

    def previous_value(self, indicator: str, category: str = counts.TOTAL) -> int | Decimal | None:
        return counts.value_of(self.previous, indicator, category)

    def breakdown(self, indicator: str) -> list[tuple[str, int]]:
        return counts.breakdown(self.cells, indicator)

    def change_pct(self, indicator: str) -> Decimal | None:
        """Relative change against the same period last year in %, one digit; None without a base."""
        now, before = self.value(indicator), self.previous_value(indicator)
        if now is None or before is None or before == 0 or inexact(now) or inexact(before):
            return None
        return counts.round_one(
            Fraction(Decimal(now) - Decimal(before)) * 100 / Fraction(Decimal(before))
        )

    def change(self, indicator: str) -> Decimal | None:
        """The change against the same period last year in its own unit (`change_unit`): a
        count in % of last year's, a percentage in percentage points, a mean in days (the
        difference of the two figures as shown). None when there is nothing to compare."""
        if change_unit(indicator) == "%":
            return self.change_pct(indicator)
        now, before = self.value(indicator), self.previous_value(indicator)
        if now is None or before is None or inexact(now) or inexact(before):
            return None
        return counts.round_one(Fraction(Decimal(now)) - Fraction(Decimal(before)))

    def referrals_from_practices(self) -> tuple[int, int]:
        """(referrals from GP practices, referrals from anyone else) of the period."""
        rows = dict(self.breakdown("verwijzingen_per_verwijzertype"))
        gp = sum(rows.get(t, 0) for t in codes.GP_PRACTICE_TYPES)
        return gp, int(self.value("verwijzingen") or 0) - gp

    def intake_target_met(self) -> bool | None:
        """Did intakes grow by at least the +33.3 % target against last year? None without a base."""
        change = self.change_pct("intakes")
        return None if change is None else change >= INTAKE_TARGET_PCT


def build_overview(desk: Caseload, period: str | Period, gemeente: str | None = None) -> Overview:
    """The period's overview; with `gemeente` a municipality's (InputError when no client lives there)."""
    p = period if isinstance(period, Period) else parse_period(period)
    g = counts.check_gemeente(desk, gemeente) if gemeente else None
    org = str(desk.setting("organisatie_naam") or "")
    return Overview(
        p,
        counts.compute(desk, p, g),
        counts.compute(desk, p.previous_year(), g),
        counts.trend(desk, p, gemeente=g),
        org,
        desk.today(),
        g,
        compute_supplement(desk, p, g),
    )


def export(desk: Caseload, period: str | Period, fmt: str, gemeente: str | None = None) -> bytes:
    """The period's counts as `csv` (the codebook's bytes, UTF-8), `xlsx` or `pdf`; with
    `gemeente` only for the clients living in that municipality."""
    fmt = (fmt or "").lower().strip()
    if fmt not in counts.FORMATS:
        raise InputError("counts_format_invalid", value=fmt)
    if fmt == "csv":
        g = counts.check_gemeente(desk, gemeente) if gemeente else None
        return counts.to_csv(counts.compute(desk, period, g)).encode("utf-8")
    overview = build_overview(desk, period, gemeente)
    if fmt == "xlsx":
        from wor_desk.reports.xlsx import xlsx_bytes

        return xlsx_bytes(overview)
    from wor_desk.reports.pdf import pdf_bytes

    return pdf_bytes(overview)


def natural_order(ind: str, rows: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Gender and age in their own order (onbekend last); the other breakdowns largest first."""
    if ind == "verwijzingen_per_geslacht":
        order = [*counts.CODE_LISTS[ind].codes()]
    elif ind == "verwijzingen_per_leeftijdsgroep":
        order = [name for _, name in counts.AGE_GROUPS]
    else:
        return sorted(rows, key=lambda r: (-r[1], r[0]))
    rank = {c: i for i, c in enumerate(order)}
    return sorted(rows, key=lambda r: (r[0] == counts.UNKNOWN, rank.get(r[0], len(order)), r[0]))


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


def xlsx_change_format(unit: str) -> str:
    """The Excel number format of a change in `unit`, so the cell stays a number."""
    return f'+0.0" {unit}";-0.0" {unit}";0.0" {unit}"'


def _n(n: int, one: str, more: str) -> str:
    return f"{nl_number(n)} {one if n == 1 else more}"


def report_title(o: Overview) -> str:
    """ "Kwartaalrapportage Welzijn op Recept" or, for a municipality, "... gemeente Zeist"."""
    kind = {"maand": "Maandrapportage", "kwartaal": "Kwartaalrapportage", "jaar": "Jaarrapportage"}
    title = f"{kind[o.period.kind]} Welzijn op Recept"
    return f"{title} gemeente {o.gemeente}" if o.gemeente else title


def referral_sentence(o: Overview) -> str:
    """The summary's first sentence, as it is: "In maart 2026 kwamen 56 verwijzingen binnen van
    7 huisartspraktijken (+ 17 van anderen, 73 in totaal)." Referrals from others (a
    physiotherapist, the district nurse, self-referrals) are not attributed to practices."""
    gp, others = o.referrals_from_practices()
    practices = int(o.value("verwijzende_praktijken") or 0)
    period = o.period.label("nl")
    if gp == 0:
        return f"In {period} kwamen {_n(others, 'verwijzing', 'verwijzingen')} binnen, geen van huisartspraktijken."
    text = f"In {period} kwamen {_n(gp, 'verwijzing', 'verwijzingen')} binnen van " + (
        _n(practices, "huisartspraktijk", "huisartspraktijken")
        if practices
        else "huisartspraktijken (zonder vastgelegde praktijknaam)"
    )
    if others:
        text += f" (+ {nl_number(others)} van anderen, {nl_number(gp + others)} in totaal)"
    return text + "."


class CountsService:
    """Counts and exports reached through the Desk (`desk.counts`), for the CLI and the UI."""

    # the codebook's labels, for screens that show counts they did not compute
    label = staticmethod(counts.label)
    category_label = staticmethod(counts.category_label)

    def __init__(self, desk: Caseload) -> None:
        self.desk = desk

    def compute(self, period: str | Period, gemeente: str | None = None) -> list[Cell]:
        return counts.compute(self.desk, period, gemeente)

    def trend(self, period: str | Period, months: int = 12) -> list[tuple[str, int, int]]:
        return counts.trend(self.desk, period, months)

    def overview(self, period: str | Period, gemeente: str | None = None) -> Overview:
        """Cells of the period and of the same period last year, and the 12-month trend
        (with `gemeente`: of that municipality's residents only)."""
        return build_overview(self.desk, period, gemeente)

    def export(self, period: str | Period, fmt: str, gemeente: str | None = None) -> bytes:
        """The period's counts as CSV, XLSX or PDF bytes (with `gemeente`: its own report)."""
        return export(self.desk, period, fmt, gemeente)

    def supplement(self, period: str | Period, gemeente: str | None = None) -> Supplement:
        """What a funder asks beyond the codebook (see reports.supplement); not synced."""
        g = counts.check_gemeente(self.desk, gemeente) if gemeente else None
        return compute_supplement(self.desk, period, g)

    def outcome(self, period: str | Period, gemeente: str | None = None) -> Outcome:
        """Positieve Gezondheid over the trajectories closed in the period (`.shown` only
        when at least k contribute)."""
        return self.supplement(period, gemeente).outcome

    def gemeenten(self) -> list[str]:
        """The municipalities clients live in: the choices of a municipality's report."""
        return counts.gemeenten(self.desk)

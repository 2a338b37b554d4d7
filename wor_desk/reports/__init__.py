"""Team-lead exports of the counts: the overview of a period (its cells, the same period
last year, the 12-month trend) and its CSV, XLSX and PDF forms. Plain values in, bytes
out; everything comes from `wor_desk.counts` (the codebook), nothing is counted here. The
overview itself, and how its figures are written, are values: `wor_desk.values.counts`."""

from __future__ import annotations

from wor_desk import counts
from wor_desk.counts import Cell, Period, parse_period
from wor_desk.errors import InputError
from wor_desk.reports.supplement import compute as compute_supplement
from wor_desk.values import Caseload
from wor_desk.values.counts import Outcome, Overview, Supplement, nl_number


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

    # the codebook's labels and order, for screens that show counts they did not compute
    breakdowns = counts.BREAKDOWNS
    label = staticmethod(counts.label)
    category_label = staticmethod(counts.category_label)
    natural_order = staticmethod(natural_order)

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

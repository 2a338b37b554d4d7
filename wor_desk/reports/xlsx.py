"""The XLSX export: a summary sheet, one sheet per breakdown with Dutch labels beside the
codes, the 12-month trend, and the long-form data rows. Readable without the codebook."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from wor_desk import counts
from wor_desk.dates import fmt
from wor_desk.health import DIMENSIES
from wor_desk.reports import referral_sentence, report_title, xlsx_change_format
from wor_desk.spreadsheet import text_only
from wor_desk.values.counts import (
    INTAKE_TARGET_PCT,
    KEY_FIGURES,
    Overview,
    PartialMean,
    Range,
    change_unit,
)

#: Sheet name of each breakdown (Excel allows 31 characters).
SHEETS: dict[str, str] = {
    "verwijzingen_per_gemeente": "Gemeente",
    "verwijzingen_per_wijk": "Wijk",
    "verwijzingen_per_geslacht": "Geslacht",
    "verwijzingen_per_leeftijdsgroep": "Leeftijdsgroep",
    "verwijzingen_per_reden": "Reden",
    "verwijzingen_per_verwijzertype": "Type verwijzer",
    "verwijzingen_per_kanaal": "Kanaal",
    "activiteit_gestart_per_aanbod": "Aanbod",
    "afgesloten_per_reden": "Afsluitreden",
}

_TITLE = Font(bold=True, size=14, color="1F4E5A")
_BOLD = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="DCEBEE")
_NOTE = Font(italic=True, color="555555")


def _num(value: int | Decimal | None):
    if value is None:
        return None
    if isinstance(value, Range | PartialMean):  # collector totals: a range, a partial mean
        return value.shown
    return float(value) if isinstance(value, Decimal) else int(value)


def _header(ws, row: int, names: list[str]) -> None:
    for i, name in enumerate(names, 1):
        c = ws.cell(row, i, name)
        c.font, c.fill = _BOLD, _HEAD_FILL


def _widths(ws, widths: list[int]) -> None:
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _top(ws, title: str, o: Overview) -> int:
    ws.cell(1, 1, title).font = _TITLE
    ws.cell(
        2,
        1,
        f"Periode: {o.period.label('nl')} ({o.period.text}), {fmt(o.period.start)} t/m {fmt(o.period.end)}",
    )
    if o.organisation:
        ws.cell(3, 1, f"Organisatie: {o.organisation}")
    if o.gemeente:
        ws.cell(4, 1, f"Gemeente: {o.gemeente} (alleen cliënten die daar wonen)")
    return 6 if o.gemeente else 5


def _supplement_sheet(ws, o: Overview) -> None:
    """Part two: what a funder asks beyond the codebook (reports.supplement)."""
    sp = o.supplement
    assert sp is not None
    row = _top(ws, "Aanvullend (geen codeboekcellen, niet gesynchroniseerd)", o)
    ws.cell(
        row - 1,
        1,
        "Wat financiers vragen naast het codeboek. Deze cijfers staan niet in de CSV van het codeboek "
        "en gaan niet mee bij synchroniseren.",
    ).font = _NOTE
    _header(ws, row, ["Kengetal", "Aantal", "Van", "Aandeel (%)", "Wat wordt geteld"])

    def line(label: str, n, base=None, pct=None, what: str = "") -> None:
        nonlocal row
        row += 1
        ws.cell(row, 1, label)
        ws.cell(row, 2, _num(n))
        if isinstance(n, Decimal):
            ws.cell(row, 2).number_format = "0.0"
        ws.cell(row, 3, base)
        if pct is not None:
            ws.cell(row, 4, float(pct)).number_format = "0.0"
        ws.cell(row, 5, what).alignment = Alignment(wrap_text=True, vertical="top")

    line(
        "Verwijzingen met een kennismaking",
        sp.reached_intake,
        sp.referrals,
        sp.reached_intake_pct,
        "Van de verwijzingen in de periode: met een kennismakingsgesprek (tot vandaag).",
    )
    line(
        "Terugkoppeling verstuurd",
        sp.with_letter,
        sp.with_consent,
        sp.letters_pct,
        "Van de verwijzingen in de periode met toestemming voor terugkoppeling (zonder zelfmelders): "
        "met minstens één terugkoppeling.",
    )
    line(
        f"Lopende trajecten op {fmt(o.period.end)}",
        sp.open_at_end,
        what="Verwezen op of voor het einde van de periode en toen nog niet afgesloten.",
    )
    line(
        f"Wachtlijst op {fmt(o.period.end)}",
        sp.waiting_at_end,
        sp.open_at_end,
        what="Daarvan: verwezen, maar nog geen kennismakingsgesprek.",
    )
    line(
        "Gesprekken per traject (gemiddelde)",
        sp.conversations_mean,
        sp.closed,
        what="Gevoerde begeleidingsgesprekken per traject dat in de periode werd afgesloten.",
    )
    line("Gesprekken per traject (mediaan)", sp.conversations_median, sp.closed)

    oc = sp.outcome
    row += 2
    ws.cell(row, 1, "Positieve Gezondheid (uitkomst)").font = _BOLD
    line(
        "Afgesloten met score bij start en afsluiting",
        oc.with_both,
        oc.closed,
        counts.percentage(oc.with_both, oc.closed) if oc.closed else None,
        "Afgesloten trajecten in de periode met een spinnenweb bij de start en bij de afsluiting.",
    )
    if oc.shown:
        line(
            "Verbeterd op minstens één dimensie",
            oc.improved,
            oc.with_both,
            oc.improved_pct,
            "Van de trajecten met beide scores: hoger op minstens één van de zes dimensies.",
        )
        for dim, change in oc.per_dimension:
            line(f"Gemiddelde verandering: {DIMENSIES.label(dim, 'nl')}", change, oc.with_both)
            ws.cell(row, 2).number_format = xlsx_change_format("punt")
    else:
        row += 1
        ws.cell(
            row,
            1,
            f"Minder dan {oc.k} trajecten met beide scores: geen uitkomst getoond (te weinig om iets over te zeggen).",
        ).font = _NOTE

    row += 2
    ws.cell(row, 1, "Verwijzingen per huisartspraktijk").font = _BOLD
    row += 1
    _header(ws, row, ["Praktijk", "Verwijzingen"])
    for name, n in sp.per_practice:
        row += 1
        ws.cell(row, 1, name)
        ws.cell(row, 2, n)
    row += 1
    ws.cell(row, 1, "Van anderen (geen huisartspraktijk)").font = _NOTE
    ws.cell(row, 2, sp.from_others)
    _widths(ws, [48, 12, 10, 12, 80])


def xlsx_bytes(o: Overview) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Samenvatting"
    row = _top(ws, f"{report_title(o)}: registratie-indicatoren", o)
    _header(
        ws,
        row,
        [
            "Code",
            "Kengetal",
            "Waarde",
            f"Zelfde periode vorig jaar ({o.period.previous_year().text})",
            "Verandering",
            "Wat wordt geteld",
        ],
    )
    for ind in KEY_FIGURES:
        row += 1
        value = o.value(ind)
        ws.cell(row, 1, ind)
        ws.cell(row, 2, counts.label(ind, "nl"))
        c = ws.cell(row, 3, _num(value) if value is not None else "geen intakes")
        p = ws.cell(row, 4, _num(o.previous_value(ind)))
        chc = ws.cell(row, 5, _num(o.change(ind)))
        for cell in (c, p):
            if isinstance(cell.value, float):
                cell.number_format = "0.0"
        chc.number_format = xlsx_change_format(change_unit(ind))
        ws.cell(row, 6, counts.definition(ind, "nl")).alignment = Alignment(
            wrap_text=True, vertical="top"
        )
    row += 2
    ws.cell(row, 1, referral_sentence(o))
    ws.cell(
        row + 1,
        1,
        "Verandering: een aantal in % van vorig jaar, een percentage in procentpunten, een gemiddelde in dagen.",
    ).font = _NOTE
    row += 3
    met = o.intake_target_met()
    verdict = (
        "niet te bepalen (vorig jaar geen intakes)"
        if met is None
        else "gehaald"
        if met
        else "niet gehaald"
    )
    ws.cell(
        row, 1, f"Doel: +{str(INTAKE_TARGET_PCT).replace('.', ',')} % intakes per jaar: {verdict}."
    ).font = _BOLD
    row += 2
    ws.cell(
        row,
        1,
        "Uitsplitsingen staan op de volgende bladen; 'Gegevens' bevat alle cellen in het formaat "
        "period,indicator,category,value. De tellingen bevatten geen namen, geboortedata, postcodes of vrije tekst.",
    ).font = _NOTE
    _widths(ws, [32, 44, 12, 22, 16, 80])

    for ind, name in SHEETS.items():
        ws = wb.create_sheet(name)
        row = _top(ws, counts.label(ind, "nl"), o)
        ws.cell(row - 1, 1, counts.definition(ind, "nl")).font = _NOTE
        rows = o.breakdown(ind)
        by_referrals = ind.startswith("verwijzingen_per_")
        base = int(o.value("verwijzingen") or 0) if by_referrals else sum(n for _, n in rows)
        _header(ws, row, ["Code", "Omschrijving", "Aantal", "Aandeel (%)"])
        for cat, n in rows:
            row += 1
            ws.cell(row, 1, cat)
            ws.cell(row, 2, counts.category_label(ind, cat, "nl"))
            ws.cell(row, 3, _num(n))
            exact = base and not isinstance(n, Range)
            share = ws.cell(row, 4, float(counts.percentage(n, base)) if exact else None)
            share.number_format = "0.0"
        if not rows:
            row += 1
            ws.cell(row, 1, "Geen in deze periode.").font = _NOTE
        row += 2
        if ind == "verwijzingen_per_reden":
            ws.cell(
                row,
                1,
                "Een verwijzing met meer redenen telt bij elke reden mee; de aandelen tellen daarom op tot meer dan 100 %.",
            ).font = _NOTE
        elif by_referrals:
            ws.cell(row, 1, f"Aandeel: van alle {base} verwijzingen in de periode.").font = _NOTE
        _widths(ws, [28, 46, 10, 12])

    if o.supplement is not None:
        _supplement_sheet(wb.create_sheet("Aanvullend"), o)

    ws = wb.create_sheet("Trend")
    row = _top(ws, "Verwijzingen en intakes per maand (12 maanden)", o)
    _header(ws, row, ["Maand", "Verwijzingen", "Intakes"])
    for month, v, k in o.trend:
        row += 1
        ws.cell(row, 1, month)
        ws.cell(row, 2, v)
        ws.cell(row, 3, k)
    _widths(ws, [12, 14, 10])

    ws = wb.create_sheet("Gegevens")
    ws.append(list(counts.HEADER))
    for c in o.cells:
        ws.append([c.period, c.indicator, c.category, _num(c.value)])
    _widths(ws, [10, 34, 36, 10])

    text_only(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

"""Totals of a team, organisation or region read from the collector with a reader token, as
the overview a desk's own counts report is made of: so `wor-desk counts --collector URL
--token T --format xlsx|pdf` writes the same workbook and report as a desk's own counts,
with ranges (`values.counts.Range`) and partial means (`values.counts.PartialMean`) where disclosure
control keeps a total inexact."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

from wor_desk import counts
from wor_desk.spreadsheet import csv_uncell
from wor_desk.sync.client import CollectorClient
from wor_desk.values.counts import Overview, PartialMean, Range


def parse_totals(text: str) -> list:
    """The collector's totals CSV as codebook cells: exact values as numbers, a range `lo-hi`
    as `values.counts.Range`, a partial mean `12.4*` as `values.counts.PartialMean` (a mean that is `*`
    alone, all suppressed, is left out)."""
    cells = []
    rows = csv.reader(io.StringIO(text))
    next(rows, None)
    for row in rows:
        if len(row) != 4:
            continue
        period, ind, cat, raw = row
        cat = csv_uncell(cat)
        if ind not in counts.INDICATORS:
            continue
        value: object
        if raw.endswith("*"):
            if raw == "*":
                continue
            value = PartialMean(raw[:-1])
        elif "-" in raw:
            lo, hi = raw.split("-", 1)
            value = Range(int(lo), int(hi))
        elif ind in counts.DECIMALS:
            value = Decimal(raw)
        else:
            value = int(raw)
        cells.append(counts.Cell(period, ind, cat, value))
    return cells


def remote_overview(url: str, token: str, period: str, **kw: object):
    """The overview a desk's own counts report is made of (the period, the same period a
    year before, the 12-month trend), read from the collector for the reader's scope."""
    p = counts.parse_period(period)
    last = counts.parse_period(p.end.strftime("%Y-%m"))
    months = [last.shifted(i - 11) for i in range(12)]
    with CollectorClient(url, token, reader=True, **kw) as client:  # type: ignore[arg-type]
        scope = str(client.config().get("scope") or "")
        cells = parse_totals(client.totals(p.text))
        previous = parse_totals(client.totals(p.previous_year().text))
        trend = []
        for m in months:
            got = parse_totals(client.totals(m.text))
            trend.append(
                (
                    m.text,
                    int(counts.value_of(got, "verwijzingen") or 0),
                    int(counts.value_of(got, "intakes") or 0),
                )
            )
    kind, _, value = scope.partition(":")
    org = {
        "region": "Regio (alle desks)",
        "organisation": f"Organisatie {value}",
        "team": f"Team {value}",
    }.get(kind, scope)
    return Overview(p, cells, previous, trend, org, date.today())


def export(url: str, token: str, period: str, fmt: str, **kw: object) -> bytes:
    """The collector's totals of the period as the desk's own `xlsx` workbook or `pdf` report."""
    overview = remote_overview(url, token, period, **kw)
    if fmt == "xlsx":
        from wor_desk.reports.xlsx import xlsx_bytes

        return xlsx_bytes(overview)
    from wor_desk.reports.pdf import pdf_bytes

    return pdf_bytes(overview)

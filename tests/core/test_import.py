"""The registration-sheet import of IMPORT.md, on a real encrypted store: valid sheets (CSV in
both separators, with and without BOM, and XLSX), every kind of invalid row with its row
number, column and reason, all-or-nothing, --skip-invalid, --dry-run, re-import without
duplicates, warnings, the CLI, and hostile sheets."""

from __future__ import annotations

import csv
import io
import itertools
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, text

from wor_desk import i18n, importer
from wor_desk.cli import main
from wor_desk.domain import process
from wor_desk.errors import InputError, WorDeskError

TODAY = date(2026, 11, 23)
PASSPHRASE = "correct paard batterij niet"  # as tests/conftest.py
REPO = Path(__file__).resolve().parents[2]

#: The columns of IMPORT.md, in its order.
COLUMNS = [
    "client_nr",
    "voornaam",
    "achternaam",
    "geboortedatum",
    "geslacht",
    "postcode",
    "gemeente",
    "wijk",
    "telefoon",
    "email",
    "verwijsdatum",
    "verwijzer_naam",
    "verwijzer_praktijk",
    "verwijzer_type",
    "kanaal",
    "reden",
    "toestemming_gegevens",
    "toestemming_terugkoppeling",
    "eerste_contact",
    "kennismaking",
    "aanbod",
    "activiteit",
    "start_activiteit",
    "nazorg",
    "afgerond",
    "afsluitreden",
    "terugkoppeling",
]
ANNA = {
    "client_nr": "1001",
    "voornaam": "Anna",
    "achternaam": "de Vries",
    "geboortedatum": "1961-04-12",
    "geslacht": "vrouw",
    "postcode": "3563ab",
    "gemeente": "Utrecht",
    "wijk": "Overvecht",
    "telefoon": "06-12345678",
    "email": "anna@voorbeeld.nl",
}
#: Row 2: a whole closed trajectory. Row 3: Anna again, referred again, at step 3. Row 4: a self-referral.
SHEET = [
    {
        **ANNA,
        "verwijsdatum": "2026-03-02",
        "verwijzer_naam": "dr. Koster",
        "verwijzer_praktijk": "De Linde",
        "verwijzer_type": "huisarts",
        "kanaal": "zorgdomein",
        "reden": "eenzaamheid;rouw_verlies",
        "toestemming_gegevens": "ja",
        "toestemming_terugkoppeling": "ja",
        "eerste_contact": "2026-03-04",
        "kennismaking": "2026-03-10",
        "aanbod": "bewegen",
        "activiteit": "Wandelgroep Stap voor Stap",
        "start_activiteit": "2026-03-30",
        "nazorg": "2026-05-11",
        "afgerond": "2026-05-20",
        "afsluitreden": "afgerond_doel_bereikt",
        "terugkoppeling": "2026-03-12;2026-05-22",
    },
    {
        **ANNA,
        "verwijsdatum": "2026-09-07",
        "verwijzer_type": "poh",
        "kanaal": "telefoon",
        "reden": "stress",
        "toestemming_terugkoppeling": "ja",
        "eerste_contact": "2026-09-09",
    },
    {
        "client_nr": "1002",
        "voornaam": "Kees",
        "achternaam": "Jansen",
        "geboortedatum": "15/08/1950",
        "geslacht": "MAN",
        "postcode": "3437 CD",
        "verwijsdatum": "02-11-2026",
        "verwijzer_type": "zelf",
        "kanaal": "spreekuur",
        "eerste_contact": "02-11-2026",
        "toestemming_gegevens": "nee",
    },
]


def sheet_text(rows: list[dict], columns: list[str] | None = None, delimiter: str = ",") -> str:
    columns = columns or COLUMNS
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([r.get(c.lower().strip(), "") for c in columns])
    return buf.getvalue()


def write_csv(
    path: Path,
    rows: list[dict],
    columns: list[str] | None = None,
    delimiter: str = ",",
    bom: bool = False,
) -> Path:
    path.write_bytes(sheet_text(rows, columns, delimiter).encode("utf-8-sig" if bom else "utf-8"))
    return path


def with_row(i: int, **changes: str) -> list[dict]:
    """SHEET with data row i (0-based; sheet row i + 2) changed."""
    rows = [dict(r) for r in SHEET]
    rows[i].update(changes)
    return rows


def snapshot(desk) -> dict[str, list[tuple]]:
    with desk.store.session() as s:
        conn = s.connection()
        return {
            n: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{n}" ORDER BY rowid'))]
            for n in inspect(conn).get_table_names()
        }


def counts(desk) -> dict[str, int]:
    return {n: len(rows) for n, rows in snapshot(desk).items()}


def problems(report) -> set[tuple[int, str, str]]:
    return {(p.row, p.column, p.key) for p in report.errors}


def assert_sheet_imported(desk) -> None:
    anna = desk.client_by_nr("1001")
    assert (
        anna.voornaam,
        anna.achternaam,
        anna.geboortedatum,
        anna.geslacht,
        anna.postcode,
        anna.gemeente,
        anna.wijk,
        anna.telefoon,
        anna.email,
    ) == (
        "Anna",
        "de Vries",
        date(1961, 4, 12),
        "vrouw",
        "3563 AB",
        "Utrecht",
        "Overvecht",
        "06-12345678",
        "anna@voorbeeld.nl",
    )
    second, first = desk.trajectories_of(anna.id)
    t = first.trajectory
    assert (
        t.verwijsdatum,
        t.verwijzer_naam,
        t.verwijzer_praktijk,
        t.verwijzer_type,
        t.kanaal,
        t.toestemming_gegevens,
        t.toestemming_terugkoppeling,
    ) == (date(2026, 3, 2), "dr. Koster", "De Linde", "huisarts", "zorgdomein", True, True)
    assert (
        t.eerste_contact,
        t.kennismaking,
        t.aanbod,
        t.activiteit,
        t.start_activiteit,
        t.afgerond,
        t.afsluitreden,
    ) == (
        date(2026, 3, 4),
        date(2026, 3, 10),
        "bewegen",
        "Wandelgroep Stap voor Stap",
        date(2026, 3, 30),
        date(2026, 5, 20),
        "afgerond_doel_bereikt",
    )
    assert first.redenen == ("eenzaamheid", "rouw_verlies")
    assert [(c.soort, c.datum, c.gepland) for c in first.contacts] == [
        ("nazorg", date(2026, 5, 11), False)
    ]
    assert [f.datum for f in first.feedback] == [date(2026, 3, 12), date(2026, 5, 22)]
    assert first.state.status == "afgesloten"
    assert (
        second.trajectory.verwijsdatum,
        second.redenen,
        second.state.step,
        second.state.next_action,
    ) == (date(2026, 9, 7), ("stress",), 3, "kennismaking")
    kees = desk.client_by_nr("1002")
    assert (kees.geboortedatum, kees.geslacht, kees.postcode) == (
        date(1950, 8, 15),
        "man",
        "3437 CD",
    )
    (k,) = desk.trajectories_of(kees.id)
    assert (
        k.trajectory.verwijsdatum,
        k.trajectory.toestemming_gegevens,
        k.state.skipped_steps,
    ) == (date(2026, 11, 2), False, (1, 2))
    assert desk.status().trajectories == 3


# -- valid sheets ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("delimiter", [",", ";"])
@pytest.mark.parametrize("bom", [False, True])
def test_valid_csv_becomes_clients_with_their_trajectories(desk, tmp_path, delimiter, bom):
    path = write_csv(tmp_path / "blad.csv", SHEET, delimiter=delimiter, bom=bom)
    report = desk.import_sheet(path)
    assert report.errors == [] and report.warnings == []
    assert (
        report.rows,
        report.valid,
        report.clients_created,
        report.trajectories_created,
        report.written,
    ) == (3, 3, 2, 3, True)
    assert_sheet_imported(desk)


def test_header_names_match_case_insensitively_and_column_order_is_free(desk, tmp_path):
    columns = [c.upper() if i % 2 else f" {c.title()} " for i, c in enumerate(reversed(COLUMNS))]
    report = desk.import_sheet(
        write_csv(tmp_path / "blad.csv", SHEET, columns=columns, delimiter=";")
    )
    assert report.written and report.errors == [] and report.unknown_columns == []
    assert_sheet_imported(desk)


def test_only_the_required_columns_are_needed(desk, tmp_path):
    rows = [
        {
            "client_nr": "7",
            "achternaam": "Bakker",
            "verwijsdatum": "2026-11-20",
            "verwijzer_type": "apotheek",
        }
    ]
    report = desk.import_sheet(
        write_csv(tmp_path / "kaal.csv", rows, columns=list(importer.REQUIRED))
    )
    assert report.written
    (d,) = desk.trajectories_of(desk.client_by_nr("7").id)
    assert (d.client.geslacht, d.state.step, d.state.next_action) == (
        "onbekend",
        3,
        "eerste_contact",
    )


def _xlsx(path: Path, header: list[str], rows: list[list]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.create_sheet("Tweede blad").append(
        ["client_nr", "achternaam"]
    )  # only the first sheet counts
    wb.save(path)
    return path


def test_xlsx_with_date_cells_and_a_numeric_client_number(desk, tmp_path):
    rows = []
    for r in SHEET:
        cells = []
        for c in COLUMNS:
            v = r.get(c, "")
            d = importer.parse_sheet_date(v) if c in importer.DATE_COLUMNS and v else None
            cells.append(
                datetime(d.year, d.month, d.day)
                if d
                else (int(v) if c == "client_nr" else (v or None))
            )
        rows.append(cells)
    path = _xlsx(tmp_path / "blad.xlsx", COLUMNS, rows)
    from openpyxl import load_workbook

    ws = load_workbook(path).worksheets[0]
    assert ws["A2"].data_type == "n" and ws["D2"].is_date  # really a number and a date cell
    report = desk.import_sheet(path)
    assert report.errors == [] and report.written
    assert_sheet_imported(desk)


def test_xlsx_float_client_number_and_text_dates(desk, tmp_path):
    path = _xlsx(
        tmp_path / "blad.xlsx",
        ["client_nr", "achternaam", "verwijsdatum", "verwijzer_type", "eerste_contact"],
        [
            [2001.0, "Visser", "2026-10-05", "huisarts", "07-10-2026"],
            [2002, "Smit", date(2026, 10, 6), "poh", None],
        ],
    )
    report = desk.import_sheet(path)
    assert report.written, report.errors
    assert desk.trajectories_of(desk.client_by_nr("2001").id)[0].trajectory.eerste_contact == date(
        2026, 10, 7
    )
    assert desk.trajectories_of(desk.client_by_nr("2002").id)[0].trajectory.verwijsdatum == date(
        2026, 10, 6
    )


# -- invalid rows --------------------------------------------------------------------------------------------
INVALID = [
    # a required value missing, per required column
    ({"client_nr": ""}, "client_nr", "required"),
    ({"achternaam": " "}, "achternaam", "required"),
    ({"verwijsdatum": ""}, "verwijsdatum", "required"),
    ({"verwijzer_type": ""}, "verwijzer_type", "required"),
    # an unknown code, per code column
    ({"geslacht": "vrouwelijk"}, "geslacht", "code_unknown"),
    ({"verwijzer_type": "dokter"}, "verwijzer_type", "code_unknown"),
    ({"kanaal": "postduif"}, "kanaal", "code_unknown"),
    ({"reden": "eenzaamheid;verveling;stress"}, "reden", "code_unknown"),
    ({"aanbod": "schaken"}, "aanbod", "code_unknown"),
    ({"afgerond": "2026-10-01", "afsluitreden": "verhuisd"}, "afsluitreden", "code_unknown"),
    ({"toestemming_terugkoppeling": "misschien"}, "toestemming_terugkoppeling", "yes_no_invalid"),
    # a date that cannot be read
    ({"verwijsdatum": "31-02-2026"}, "verwijsdatum", "date_unreadable"),
    ({"kennismaking": "gisteren"}, "kennismaking", "date_unreadable"),
    ({"geboortedatum": "12.04.1961"}, "geboortedatum", "date_unreadable"),
    ({"eerste_contact": "9 sept 2026"}, "eerste_contact", "date_unreadable"),
    ({"terugkoppeling": "2026-09-10;2026-13-01"}, "terugkoppeling", "date_unreadable"),
    # a date in the future
    ({"verwijsdatum": "2026-11-24", "eerste_contact": ""}, "verwijsdatum", "date_in_future"),
    ({"eerste_contact": "2026-12-01"}, "eerste_contact", "date_in_future"),
    ({"kennismaking": "05-01-2027"}, "kennismaking", "date_in_future"),
    (
        {"kennismaking": "2026-09-10", "aanbod": "bewegen", "start_activiteit": "2026/12/01"},
        "start_activiteit",
        "date_in_future",
    ),
    ({"nazorg": "2026-12-01"}, "nazorg", "date_in_future"),
    ({"afgerond": "2026-12-01", "afsluitreden": "uitgevallen"}, "afgerond", "date_in_future"),
    ({"terugkoppeling": "2026-09-10;2026-12-01"}, "terugkoppeling", "date_in_future"),
    ({"geboortedatum": "2027-01-01"}, "geboortedatum", "birth_date_future"),
    # the process order of IMPORT.md
    ({"eerste_contact": "", "kennismaking": "2026-09-01"}, "kennismaking", "date_before_referral"),
    (
        {"kennismaking": "2026-09-20", "aanbod": "bewegen", "start_activiteit": "2026-09-15"},
        "start_activiteit",
        "order_broken",
    ),
    (
        {"afgerond": "2026-09-01", "afsluitreden": "uitgevallen", "eerste_contact": ""},
        "afgerond",
        "date_before_referral",
    ),
    (
        {"eerste_contact": "2026-09-15", "kennismaking": "2026-09-10"},
        "kennismaking",
        "order_broken",
    ),
    # the other process rules
    ({"afgerond": "2026-10-01"}, "afsluitreden", "closing_needs_reason"),
    ({"afsluitreden": "uitgevallen"}, "afgerond", "reason_needs_closing_date"),
    (
        {"kennismaking": "2026-09-10", "start_activiteit": "2026-09-20"},
        "aanbod",
        "start_needs_aanbod",
    ),
    # client details
    ({"postcode": "AB 1234"}, "postcode", "postcode_invalid"),
    ({"email": "anna at voorbeeld"}, "email", "email_invalid"),
]


@pytest.mark.parametrize("changes, column, key", INVALID, ids=[f"{c}-{k}" for _, c, k in INVALID])
def test_invalid_row_is_reported_by_row_column_and_reason_and_nothing_is_imported(
    desk, make, tmp_path, changes, column, key
):
    make.trajectory(client={"client_nr": "0042"}, verwijsdatum=date(2026, 1, 5))
    before = snapshot(desk)
    report = desk.import_sheet(write_csv(tmp_path / "blad.csv", with_row(1, **changes)))
    assert (3, column, key) in problems(report), report.errors
    assert report.invalid_rows == [3]
    assert (report.valid, report.written) == (2, False)
    assert snapshot(desk) == before


def test_a_reason_names_row_column_and_what_to_do(desk, tmp_path):
    report = desk.import_sheet(write_csv(tmp_path / "blad.csv", with_row(1, kanaal="postduif")))
    (p,) = report.errors
    assert str(p).startswith(
        "rij 3, kanaal: 'postduif' is geen geldige code voor Kanaal. Kies uit: zorgdomein, viplive"
    )
    i18n.set_language("en")
    try:
        assert str(p).startswith("row 3, kanaal: 'postduif' is not a valid code for ")
        assert "Choose from: zorgdomein, viplive" in str(p)
    finally:
        i18n.set_language("nl")


def test_duplicate_client_and_referral_date_inside_the_file_is_invalid(desk, tmp_path):
    rows = [*SHEET, {**SHEET[0], "kanaal": "telefoon"}]
    report = desk.import_sheet(write_csv(tmp_path / "blad.csv", rows))
    assert problems(report) == {(5, "verwijsdatum", "import_duplicate_row")}
    assert report.errors[0].params == {"other": 2}
    assert not report.written and counts(desk)["client"] == 0


def test_every_invalid_row_is_reported_and_nothing_is_written(desk, make, tmp_path):
    make.trajectory(client={"client_nr": "0042"}, verwijsdatum=date(2026, 1, 5))
    before = snapshot(desk)
    rows = with_row(0, kanaal="postduif")
    rows[2]["verwijsdatum"] = "2027-01-01"
    rows[2]["achternaam"] = ""
    report = desk.import_sheet(write_csv(tmp_path / "blad.csv", rows))
    assert report.invalid_rows == [2, 4]
    assert problems(report) == {(2, "kanaal", "code_unknown"), (4, "achternaam", "required")}
    assert snapshot(desk) == before
    assert "Niet geïmporteerd: 3 rijen, 1 geldig, 2 ongeldig" in report.summary("nl")


def test_a_row_is_checked_together_with_what_the_store_holds(desk, make, tmp_path):
    make.trajectory(
        client={"client_nr": "1001", "achternaam": "de Vries"},
        verwijsdatum=date(2026, 9, 7),
        eerste_contact=date(2026, 9, 9),
        kennismaking=date(2026, 9, 20),
    )
    before = snapshot(desk)
    rows = with_row(
        1, aanbod="bewegen", start_activiteit="2026-09-15"
    )  # no kennismaking in the sheet
    report = desk.import_sheet(write_csv(tmp_path / "blad.csv", rows))
    assert problems(report) == {(3, "start_activiteit", "order_broken")}
    assert "20-09-2026" in report.errors[0].message()
    assert snapshot(desk) == before


def test_a_row_for_a_stored_client_adds_a_trajectory_to_that_client(desk, make, tmp_path):
    old = make.trajectory(
        client={"client_nr": "1001", "achternaam": "de Vries"},
        verwijsdatum=date(2025, 1, 6),
        afgerond=date(2025, 2, 3),
        afsluitreden="uitgevallen",
    )
    cid = desk.trajectory(old).client.id
    report = desk.import_sheet(write_csv(tmp_path / "blad.csv", SHEET[:2]))
    assert (report.clients_created, report.trajectories_created) == (0, 2)
    assert [d.trajectory.verwijsdatum for d in desk.trajectories_of(cid)] == [
        date(2026, 9, 7),
        date(2026, 3, 2),
        date(2025, 1, 6),
    ]


# -- whole-file problems -------------------------------------------------------------------------------------------
def test_missing_required_columns_refuse_the_file(desk, tmp_path):
    with pytest.raises(InputError) as exc:
        desk.import_sheet(
            write_csv(
                tmp_path / "blad.csv",
                SHEET,
                columns=[c for c in COLUMNS if c not in ("achternaam", "verwijzer_type")],
            )
        )
    assert exc.value.key == "import_missing_columns"
    assert "achternaam, verwijzer_type" in str(exc.value)


@pytest.mark.parametrize(
    "name, content, key",
    [
        ("blad.csv", b"client_nr;achternaam;verwijsdatum;verwijzer_type\r\n", "import_empty"),
        ("blad.csv", b"", "import_empty"),
        (
            "blad.csv",
            # neither UTF-8 nor Windows-1252 (0x81 is not a cp1252 character)
            b"client_nr,achternaam,verwijsdatum,verwijzer_type\n1,M\x81ller,2026-01-05,huisarts\n",
            "import_file_unreadable",
        ),
        ("blad.txt", b"client_nr,achternaam\n", "import_file_type"),
        ("blad.xlsx", b"PK\x03\x04 dit is geen werkmap", "import_file_unreadable"),
    ],
)
def test_unreadable_or_empty_files_are_refused_with_a_clear_message(
    desk, tmp_path, name, content, key
):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as exc:
        desk.import_sheet(path)
    assert exc.value.key == key
    assert str(path) in str(exc.value)


def test_a_missing_file_is_refused(desk, tmp_path):
    with pytest.raises(InputError) as exc:
        desk.import_sheet(tmp_path / "weg.csv")
    assert exc.value.key == "import_file_missing"


# -- --skip-invalid and --dry-run ------------------------------------------------------------------------------
def test_skip_invalid_imports_the_valid_rows_and_writes_the_rejected_ones_beside_the_input(
    desk, tmp_path
):
    rows = with_row(1, kanaal="postduif", kennismaking="2026-09-01")
    path = write_csv(tmp_path / "blad.csv", rows)
    report = desk.import_sheet(path, skip_invalid=True)
    assert report.written and report.skip_ok(True)
    assert (report.valid, report.invalid_rows, report.trajectories_created) == (2, [3], 2)
    assert [
        d.trajectory.verwijsdatum for d in desk.trajectories_of(desk.client_by_nr("1001").id)
    ] == [date(2026, 3, 2)]
    assert desk.client_by_nr("1002") is not None
    assert report.rejected_file == tmp_path / "blad.afgewezen.csv"
    with open(report.rejected_file, encoding="utf-8-sig", newline="") as fh:
        got = list(csv.reader(fh, delimiter=";"))
    assert got[0] == ["rij", *COLUMNS, "fouten"]
    assert len(got) == 2 and got[1][0] == "3"
    assert dict(zip(COLUMNS, got[1][1:], strict=False))["kanaal"] == "postduif"
    assert "kanaal: 'postduif' is geen geldige code" in got[1][-1]


def test_skip_invalid_on_a_valid_sheet_writes_no_rejected_file(desk, tmp_path):
    report = desk.import_sheet(write_csv(tmp_path / "blad.csv", SHEET), skip_invalid=True)
    assert report.written and report.rejected_file is None
    assert not (tmp_path / "blad.afgewezen.csv").exists()


def _report_figures(r) -> tuple:
    return (
        r.rows,
        r.valid,
        problems(r),
        [(w.row, w.column, w.key) for w in r.warnings],
        r.clients_created,
        r.clients_updated,
        r.trajectories_created,
        r.trajectories_updated,
        r.trajectories_unchanged,
    )


def test_dry_run_writes_nothing_and_reports_what_an_import_would_do(desk, make, tmp_path):
    make.trajectory(
        client={"client_nr": "1001", "achternaam": "de Vries"}, verwijsdatum=date(2026, 9, 7)
    )
    path = write_csv(tmp_path / "blad.csv", SHEET, columns=[*COLUMNS, "opmerking"])
    before = snapshot(desk)
    dry = desk.import_sheet(path, dry_run=True)
    assert snapshot(desk) == before
    assert (dry.dry_run, dry.written) == (True, False)
    assert dry.summary("nl").startswith("Proefimport (niets geschreven)")
    real = desk.import_sheet(path)
    assert real.written and _report_figures(dry) == _report_figures(real)
    assert (
        real.clients_created,
        real.clients_updated,
        real.trajectories_created,
        real.trajectories_updated,
    ) == (1, 1, 2, 1)


def test_dry_run_reports_invalid_rows_like_an_import(desk, tmp_path):
    path = write_csv(tmp_path / "blad.csv", with_row(2, verwijzer_type="buurman"))
    dry = desk.import_sheet(path, dry_run=True)
    real = desk.import_sheet(path)
    assert problems(dry) == problems(real) == {(4, "verwijzer_type", "code_unknown")}
    assert counts(desk)["traject"] == 0


# -- re-import -------------------------------------------------------------------------------------------------
def test_importing_the_same_sheet_twice_creates_no_duplicates_and_changes_nothing(desk, tmp_path):
    path = write_csv(tmp_path / "blad.csv", SHEET)
    desk.import_sheet(path)
    after_first = snapshot(desk)
    again = desk.import_sheet(path)
    assert (
        again.clients_created,
        again.clients_updated,
        again.trajectories_created,
        again.trajectories_updated,
        again.trajectories_unchanged,
    ) == (0, 0, 0, 0, 3)
    assert snapshot(desk) == after_first
    xlsx = _xlsx(
        tmp_path / "blad.xlsx", COLUMNS, [[r.get(c) or None for c in COLUMNS] for r in SHEET]
    )
    assert desk.import_sheet(xlsx).trajectories_unchanged == 3
    assert counts(desk) == {n: len(rows) for n, rows in after_first.items()}


def test_reimport_updates_fields_and_empty_cells_never_erase(desk, tmp_path):
    desk.import_sheet(write_csv(tmp_path / "blad.csv", SHEET))
    rows = [dict(r) for r in SHEET]
    rows[1].update(
        kennismaking="2026-09-15",
        reden="somberheid;angst",
        terugkoppeling="2026-09-16",
        telefoon="",
        geslacht="",
        kanaal="",
        email="anna.devries@voorbeeld.nl",
    )
    rows[0].update(
        {c: "" for c in COLUMNS if c not in importer.REQUIRED}
    )  # the old row left nearly empty
    rows[2].update(telefoon="06-99999999")
    report = desk.import_sheet(write_csv(tmp_path / "blad2.csv", rows))
    assert report.errors == []
    assert (
        report.trajectories_created,
        report.trajectories_updated,
        report.trajectories_unchanged,
    ) == (0, 1, 2)
    assert (report.clients_created, report.clients_updated) == (0, 2)
    anna = desk.client_by_nr("1001")
    assert (anna.telefoon, anna.geslacht, anna.email, anna.postcode) == (
        "06-12345678",
        "vrouw",
        "anna.devries@voorbeeld.nl",
        "3563 AB",
    )
    second, first = desk.trajectories_of(anna.id)
    assert (second.trajectory.kennismaking, second.trajectory.kanaal, second.redenen) == (
        date(2026, 9, 15),
        "telefoon",
        ("angst", "somberheid"),
    )
    assert [f.datum for f in second.feedback] == [date(2026, 9, 16)]
    assert first.trajectory.afgerond == date(2026, 5, 20) and first.redenen == (
        "eenzaamheid",
        "rouw_verlies",
    )
    assert [f.datum for f in first.feedback] == [date(2026, 3, 12), date(2026, 5, 22)]
    assert desk.client_by_nr("1002").telefoon == "06-99999999"
    assert counts(desk)["traject"] == 3 and counts(desk)["client"] == 2


# -- warnings ----------------------------------------------------------------------------------------------------
def _warnings(report) -> set[tuple[int, str, str]]:
    return {(w.row, w.column, w.key) for w in report.warnings}


def test_feedback_without_consent_is_imported_as_it_is_with_a_warning(desk, tmp_path):
    rows = [
        {
            "client_nr": "1",
            "achternaam": "A",
            "verwijsdatum": "2026-05-04",
            "verwijzer_type": "huisarts",
            "toestemming_terugkoppeling": "nee",
            "terugkoppeling": "2026-05-10",
        },
        {
            "client_nr": "2",
            "achternaam": "B",
            "verwijsdatum": "2026-05-04",
            "verwijzer_type": "huisarts",
            "terugkoppeling": "2026-05-11;2026-06-01",
        },
    ]
    report = desk.import_sheet(write_csv(tmp_path / "blad.csv", rows))
    assert report.written and report.errors == []
    assert _warnings(report) == {
        (2, "terugkoppeling", "warn_feedback_without_consent"),
        (3, "terugkoppeling", "warn_feedback_without_consent"),
    }
    msgs = sorted(w.message("nl") for w in report.warnings)
    assert "toestemming voor terugkoppeling nee is" in msgs[0] and "niet vastgelegd" in msgs[1]
    assert [f.datum for f in desk.trajectories_of(desk.client_by_nr("2").id)[0].feedback] == [
        date(2026, 5, 11),
        date(2026, 6, 1),
    ]


@pytest.mark.parametrize(
    "birth, warned", [("1915-03-02", True), ("1915-03-03", False), ("1950-01-01", False)]
)
def test_an_age_over_110_on_the_referral_date_is_a_warning(desk, tmp_path, birth, warned):
    rows = [
        {
            "client_nr": "1",
            "achternaam": "Oud",
            "geboortedatum": birth,
            "verwijsdatum": "2026-03-02",
            "verwijzer_type": "huisarts",
        }
    ]
    report = desk.import_sheet(write_csv(tmp_path / "blad.csv", rows))
    assert report.written
    assert ((2, "geboortedatum", "warn_age_over_110") in _warnings(report)) is warned


@pytest.mark.parametrize("birth, warned", [("2008-03-03", True), ("2008-03-02", False)])
def test_a_client_under_18_on_the_referral_date_is_a_warning(desk, tmp_path, birth, warned):
    rows = [
        {
            "client_nr": "1",
            "achternaam": "Jong",
            "geboortedatum": birth,
            "verwijsdatum": "2026-03-02",
            "verwijzer_type": "huisarts",
        }
    ]
    report = desk.import_sheet(write_csv(tmp_path / "blad.csv", rows))
    assert report.written
    assert ((2, "geboortedatum", "warn_under_18") in _warnings(report)) is warned


@pytest.mark.parametrize("verwijsdatum, warned", [("2015-06-01", True), ("2017-01-02", False)])
def test_a_referral_older_than_ten_years_is_a_warning(desk, tmp_path, verwijsdatum, warned):
    rows = [
        {
            "client_nr": "1",
            "achternaam": "A",
            "verwijsdatum": verwijsdatum,
            "verwijzer_type": "huisarts",
        }
    ]
    report = desk.import_sheet(write_csv(tmp_path / "blad.csv", rows))
    assert report.written
    assert _warnings(report) == ({(2, "verwijsdatum", "warn_old_referral")} if warned else set())


def test_differing_client_details_take_the_row_with_the_latest_referral_and_warn(desk, tmp_path):
    rows = [
        {
            "client_nr": "5",
            "achternaam": "Jansen-Smit",
            "postcode": "3526EF",
            "geboortedatum": "1970-01-01",
            "verwijsdatum": "2026-02-02",
            "verwijzer_type": "huisarts",
        },
        {
            "client_nr": "5",
            "achternaam": "Jansen",
            "postcode": "3437 CD",
            "geboortedatum": "1970-01-01",
            "verwijsdatum": "2025-01-06",
            "verwijzer_type": "huisarts",
            "afgerond": "2025-03-03",
            "afsluitreden": "uitgevallen",
        },
    ]
    report = desk.import_sheet(write_csv(tmp_path / "blad.csv", rows))
    assert report.written
    (w,) = report.warnings
    assert (w.row, w.column, w.key, w.params["fields"]) == (
        2,
        "client_nr",
        "warn_client_details_differ",
        "achternaam, postcode",
    )
    c = desk.client_by_nr("5")
    assert (c.achternaam, c.postcode) == ("Jansen-Smit", "3526 EF")
    assert len(desk.trajectories_of(c.id)) == 2 and counts(desk)["client"] == 1


def test_unknown_columns_are_reported_and_ignored(desk, tmp_path):
    report = desk.import_sheet(
        write_csv(tmp_path / "blad.csv", SHEET, columns=[*COLUMNS, "Opmerking", "BSN"])
    )
    assert report.written
    assert report.unknown_columns == ["Opmerking", "BSN"]
    assert _warnings(report) == {(1, "", "warn_unknown_columns")}
    assert "Opmerking, BSN" in report.warnings[0].message("nl")
    assert_sheet_imported(desk)


# -- the CLI -------------------------------------------------------------------------------------------------
@pytest.fixture
def profile(home, monkeypatch):
    from wor_desk.desk import Desk

    Desk.create("werk", PASSPHRASE).close()
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASSPHRASE)
    return "werk"


def _cli(*args: str) -> int:
    try:
        return main(["--profile", "werk", *args])
    finally:
        i18n.set_language("nl")


def _stored_trajectories() -> int:
    from wor_desk.desk import Desk

    with Desk.open("werk", PASSPHRASE) as d:
        return d.status().trajectories


def test_cli_import_of_a_valid_sheet_exits_0(profile, tmp_path, capsys):
    assert _cli("import", str(write_csv(tmp_path / "blad.csv", SHEET))) == 0
    out = capsys.readouterr()
    assert "Geïmporteerd: 3 rijen, 3 geldig, 0 ongeldig; cliënten 2 nieuw" in out.out
    assert out.err == ""
    assert _stored_trajectories() == 3


def test_cli_import_of_an_invalid_sheet_exits_2_with_row_numbered_errors(profile, tmp_path, capsys):
    rows = with_row(1, kanaal="postduif")
    rows[2].update(
        eerste_contact="2026-11-04", kennismaking="2026-11-03"
    )  # intake before Kees's first contact
    assert _cli("import", str(write_csv(tmp_path / "blad.csv", rows))) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(
        "FOUT rij 3, kanaal: 'postduif' is geen geldige code voor Kanaal. Kies uit:"
    )
    assert (
        err[1]
        == "FOUT rij 4, kennismaking: Kennismaking (03-11-2026) ligt vóór Eerste contact (04-11-2026). Die volgorde kan niet: controleer de datums."
    )
    assert err[-1].startswith("2 rij(en) zijn ongeldig; er is niets geïmporteerd.")
    assert _stored_trajectories() == 0


def test_cli_import_in_english(profile, tmp_path, capsys):
    assert (
        _cli(
            "--lang",
            "en",
            "import",
            str(write_csv(tmp_path / "blad.csv", with_row(1, kanaal="postduif"))),
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "ERROR row 3, kanaal: 'postduif' is not a valid code for Channel." in err
    assert "1 row(s) are invalid; nothing was imported." in err


def test_cli_skip_invalid_and_dry_run(profile, tmp_path, capsys):
    path = write_csv(tmp_path / "blad.csv", with_row(1, kanaal="postduif"))
    assert _cli("import", "--dry-run", str(path)) == 2
    assert _cli("import", "--dry-run", "--skip-invalid", str(path)) == 0
    assert "Proefimport (niets geschreven)" in capsys.readouterr().out
    assert _stored_trajectories() == 0
    assert _cli("import", "--skip-invalid", str(path)) == 0
    out = capsys.readouterr()
    assert f"Afgewezen rijen met hun reden: {tmp_path / 'blad.afgewezen.csv'}" in out.out
    assert "FOUT rij 3, kanaal" in out.err
    assert _stored_trajectories() == 2


@pytest.mark.parametrize(
    "make_file, code, text_",
    [
        (lambda p: p / "weg.csv", 2, "bestaat niet"),
        (
            lambda p: write_csv(p / "blad.csv", SHEET, columns=["client_nr", "achternaam"]),
            2,
            "Kolom(men) ontbreken in de kopregel: verwijsdatum, verwijzer_type",
        ),
    ],
)
def test_cli_file_problems_give_one_line_and_a_nonzero_exit(
    profile, tmp_path, capsys, make_file, code, text_
):
    assert _cli("import", str(make_file(tmp_path))) == code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("wor-desk: ") and text_ in err


def test_cli_import_with_a_wrong_passphrase_is_refused(profile, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", "verkeerd wachtwoord")
    assert _cli("import", str(write_csv(tmp_path / "blad.csv", SHEET))) == 3
    assert "wachtwoord klopt niet" in capsys.readouterr().err


def test_cli_import_as_a_process_prints_no_traceback(profile, tmp_path):
    path = write_csv(
        tmp_path / "blad.csv", with_row(2, verwijsdatum="2099-13-01", verwijzer_type="?")
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "WOR_DESK_LANG": "nl"}
    run = subprocess.run(
        [sys.executable, "-m", "wor_desk", "--profile", "werk", "import", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert "FOUT rij 4, verwijsdatum:" in run.stderr and "FOUT rij 4, verwijzer_type:" in run.stderr


# -- hostile sheets --------------------------------------------------------------------------------------------
ODD = [
    "",
    " ",
    "2026-03-02",
    "02-03-2026",
    "2026/3/2",
    "2026-11-24",
    "0000-01-01",
    "9999-12-31",
    "1899-12-31",
    "31-02-2026",
    "huisarts",
    "HUISARTS",
    "zelf",
    "poh",
    "ja",
    "nee",
    "Ja ",
    "eenzaamheid;;stress",
    ";",
    "3563ab",
    "=1+1",
    '"',
    "'",
    "\r\n",
    "\x00",
    "\u202e",
    "İstanbul",
    "Zoë",
    "🙂",
    "ﬁ",
    "\ufeff",
    "1e308",
    "-0",
    "NaN",
    "nan",
    "None",
    "0042",
]
cells = st.one_of(
    st.sampled_from(ODD),
    st.text(max_size=25),
    st.builds(lambda c, n: c * n, st.sampled_from(["x", "é", "🙂", ";"]), st.integers(1, 150_000)),
)
_files = itertools.count()


@st.composite
def hostile_sheets(draw):
    header = draw(
        st.lists(
            st.sampled_from(
                [*COLUMNS, *(c.upper() for c in importer.REQUIRED), "Opmerking", "", "🙂"]
            ),
            max_size=12,
        )
    )
    if draw(st.booleans()):
        header = [*importer.REQUIRED, *header]
    width = len(header)
    rows = draw(
        st.lists(st.lists(cells, min_size=max(0, width - 2), max_size=width + 2), max_size=6)
    )
    nrs = st.sampled_from(["1", "2", "0042", " 1 ", ""])
    rows = [
        [draw(nrs) if h.lower() == "client_nr" else v for h, v in zip(header, r, strict=False)]
        + r[len(header) :]
        for r in rows
    ]
    return header, rows


def _check_outcome(desk, before: dict, call) -> None:
    try:
        report = call()
    except WorDeskError as exc:
        assert str(exc)  # a readable message
        assert snapshot(desk) == before
        return
    after = snapshot(desk)
    if not report.written:
        assert after == before
        return
    assert len(after["client"]) == len(before["client"]) + report.clients_created
    assert len(after["traject"]) == len(before["traject"]) + report.trajectories_created
    for r in desk.trajectory_rows():
        d = desk.trajectory(r.id)
        assert process.check(d.facts, TODAY) == [], (r.id, process.check(d.facts, TODAY))


@given(
    sheet=hostile_sheets(),
    delimiter=st.sampled_from([",", ";"]),
    bom=st.booleans(),
    mode=st.sampled_from(
        [{}, {"skip_invalid": True}, {"dry_run": True}, {"skip_invalid": True, "dry_run": True}]
    ),
)
@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
def test_hostile_csv_never_crashes_and_never_half_writes(
    desk, make, tmp_path, sheet, delimiter, bom, mode
):
    if not snapshot(desk)["client"]:
        make.trajectory(
            client={"client_nr": "0042", "achternaam": "Bestaand"},
            verwijsdatum=date(2026, 3, 2),
            eerste_contact=date(2026, 3, 3),
            kennismaking=date(2026, 3, 9),
        )
    header, rows = sheet
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter)
    w.writerow(header)
    w.writerows(rows)
    path = tmp_path / f"vijandig{next(_files)}.csv"
    path.write_bytes(buf.getvalue().encode("utf-8-sig" if bom else "utf-8", errors="surrogatepass"))
    _check_outcome(desk, snapshot(desk), lambda: desk.import_sheet(path, **mode))


@given(data=st.binary(max_size=300))
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_random_bytes_as_a_sheet_never_crash(desk, tmp_path, data):
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"ruis{next(_files)}{suffix}"
        path.write_bytes(data)
        _check_outcome(desk, snapshot(desk), lambda path=path: desk.import_sheet(path))


def _xlsx_safe(s: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", s)


xlsx_cells = st.one_of(
    st.none(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.datetimes(datetime(1900, 3, 1), datetime(2100, 1, 1)),
    st.dates(date(1900, 3, 1), date(2100, 1, 1)),
    st.sampled_from(ODD).map(_xlsx_safe),
    st.text(max_size=20).map(_xlsx_safe),
)


@given(
    header=st.lists(st.sampled_from([*COLUMNS, "Opmerking"]), max_size=8),
    rows=st.lists(st.lists(xlsx_cells, max_size=14), max_size=5),
)
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_hostile_xlsx_never_crashes_and_never_half_writes(desk, tmp_path, header, rows):
    path = _xlsx(tmp_path / f"vijandig{next(_files)}.xlsx", [*importer.REQUIRED, *header], rows)
    _check_outcome(desk, snapshot(desk), lambda: desk.import_sheet(path, skip_invalid=True))


def test_excel_true_false_cells_count_as_consent_yes_and_no(desk, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(
        ["client_nr", "achternaam", "verwijsdatum", "verwijzer_type", "toestemming_terugkoppeling"]
    )
    ws.append(["X1", "Waar", "2026-03-02", "huisarts", True])
    ws.append(["X2", "Onwaar", "2026-03-02", "huisarts", False])
    path = tmp_path / "bool.xlsx"
    wb.save(path)
    report = desk.import_sheet(path)
    assert report.written, [str(p) for p in report.errors]
    consent = {
        r.client_nr: desk.trajectory(r.id).trajectory.toestemming_terugkoppeling
        for r in desk.trajectory_rows()
    }
    assert consent == {"X1": True, "X2": False}


def test_a_dry_run_with_skip_invalid_writes_no_rejected_file(desk, tmp_path):
    path = tmp_path / "blad.csv"
    path.write_text(
        "client_nr,achternaam,verwijsdatum,verwijzer_type\n1,Jansen,2026-03-02,huisarts\n2,Bad,2026-03-02,tandarts\n",
        encoding="utf-8",
    )
    report = desk.import_sheet(path, skip_invalid=True, dry_run=True)
    assert report.invalid_rows == [3]
    assert report.rejected_file is None
    assert not (tmp_path / "blad.afgewezen.csv").exists()

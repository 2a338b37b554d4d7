"""The team lead's exports: the CLI's CSV, the XLSX read back, the PDF read back. All show
the same numbers as `counts.compute`, and none holds a name, birth date, postcode or note."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from wor_desk import counts
from wor_desk.cli import main
from wor_desk.errors import InputError
from wor_desk.reports import build_overview, export
from wor_desk.reports.xlsx import SHEETS

SECRETS = (
    "Gertruda",
    "Wilhelmina-Zonnebloem",
    "8011 XK",
    "8011XK",
    "12-08-1947",
    "1947-08-12",
    "Q9X7",
    "geheime klacht over buurman",
    "piano nota bene",
    "vertrouwelijke behoefte",
    "Dr. Vertrouwelijk",
)


@pytest.fixture
def store(desk, make):
    """Two years of referrals for one private-looking client and a few ordinary ones."""
    make.trajectory(
        client={
            "client_nr": "Q9X7",
            "voornaam": "Gertruda",
            "achternaam": "Wilhelmina-Zonnebloem",
            "postcode": "8011XK",
            "geboortedatum": date(1947, 8, 12),
            "gemeente": "Zwolle",
            "wijk": "Assendorp",
            "geslacht": "vrouw",
            "telefoon": "0612345678",
            "email": "g@voorbeeld.nl",
        },
        verwijsdatum=date(2026, 2, 2),
        verwijzer_type="huisarts",
        verwijzer_naam="Dr. Vertrouwelijk",
        verwijzer_praktijk="De Linde",
        kanaal="zorgdomein",
        klachten="geheime klacht over buurman",
        reden_omschrijving="piano nota bene",
        redenen=["eenzaamheid", "rouw_verlies"],
        toestemming_terugkoppeling=True,
        eerste_contact=date(2026, 2, 4),
        kennismaking=date(2026, 2, 9),
        behoefte="vertrouwelijke behoefte",
        aanbod="muziek_cultuur",
        start_activiteit=date(2026, 3, 2),
        terugkoppeling=[date(2026, 2, 10)],
    )
    for i, (v, k) in enumerate(
        [
            (date(2026, 1, 12), date(2026, 1, 20)),
            (date(2026, 3, 3), date(2026, 3, 16)),
            (date(2025, 2, 3), date(2025, 2, 17)),
            (date(2026, 3, 9), None),
        ]
    ):
        make.trajectory(
            client={"gemeente": "Kampen", "geboortedatum": date(1980 + i, 1, 1), "geslacht": "man"},
            verwijsdatum=v,
            verwijzer_type="poh",
            verwijzer_praktijk="Het Anker",
            kanaal="telefoon",
            redenen=["stress"],
            eerste_contact=v,
            kennismaking=k,
        )
    return desk


def cells_from_csv(text: str) -> dict[tuple[str, str], str]:
    lines = text.splitlines()
    assert lines[0] == "period,indicator,category,value"
    out = {}
    for line in lines[1:]:
        period, ind, rest = line.split(",", 2)
        cat, value = rest.rsplit(",", 1)
        out[(ind, cat)] = value
    return out


def run_cli(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASSPHRASE)
    rc = main(["--profile", "test", "counts", *args])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_cli_writes_the_codebook_csv_to_stdout(store, monkeypatch, capsys):
    rc, out, _ = run_cli(monkeypatch, capsys, "--period", "2026-Q1", "-o", "-")
    assert rc == 0
    assert out == counts.to_csv(counts.compute(store, "2026-Q1"))
    assert "2026-Q1,intakes,totaal,3\n" in out


def test_cli_writes_csv_xlsx_and_pdf_files(store, monkeypatch, capsys, tmp_path):
    for fmt in ("csv", "xlsx", "pdf"):
        target = tmp_path / f"q1.{fmt}"
        rc, _, err = run_cli(
            monkeypatch, capsys, "--period", "2026-Q1", "--format", fmt, "-o", str(target)
        )
        assert rc == 0 and str(target) in err
        assert target.stat().st_size > 100
    assert (tmp_path / "q1.csv").read_text(encoding="utf-8") == counts.to_csv(
        counts.compute(store, "2026-Q1")
    )
    assert (tmp_path / "q1.pdf").read_bytes().startswith(b"%PDF")


def test_cli_refuses_a_bad_period_and_an_existing_file_without_force(
    store, monkeypatch, capsys, tmp_path
):
    rc, _, err = run_cli(monkeypatch, capsys, "--period", "2026-13", "-o", "-")
    assert rc == 2 and "JJJJ-MM" in err and "Traceback" not in err
    target = tmp_path / "x.csv"
    target.write_text("oud")
    rc, _, err = run_cli(monkeypatch, capsys, "--period", "2026-03", "-o", str(target))
    assert rc == 2 and "--force" in err and target.read_text() == "oud"
    rc, _, _ = run_cli(monkeypatch, capsys, "--period", "2026-03", "-o", str(target), "--force")
    assert rc == 0 and target.read_text().startswith("period,")
    rc, _, err = run_cli(monkeypatch, capsys, "--period", "2026-03", "--format", "pdf", "-o", "-")
    assert rc == 2 and "CSV" in err


def as_codebook(indicator: str, value: object) -> str:
    """A number read back from a sheet, written the way the codebook's CSV writes it."""
    if indicator in counts.DECIMALS:
        return f"{float(value):.1f}"
    assert float(value).is_integer()
    return str(int(value))


def xlsx_cells(data: bytes) -> tuple[dict[tuple[str, str], object], object]:
    wb = load_workbook(io.BytesIO(data))
    rows = list(wb["Gegevens"].iter_rows(values_only=True))
    assert rows[0] == counts.HEADER
    return {(r[1], r[2]): r[3] for r in rows[1:]}, wb


def test_xlsx_data_sheet_and_breakdown_sheets_show_the_csv_numbers(store, monkeypatch, capsys):
    _, out, _ = run_cli(monkeypatch, capsys, "--period", "2026-Q1", "-o", "-")
    csv_cells = cells_from_csv(out)
    data, wb = xlsx_cells(export(store, "2026-Q1", "xlsx"))
    assert {k: as_codebook(k[0], v) for k, v in data.items()} == csv_cells
    # every breakdown sheet: Code | Omschrijving | Aantal, with Dutch labels next to codes
    for ind, name in SHEETS.items():
        ws = wb[name]
        table = {}
        header_seen = False
        for row in ws.iter_rows(values_only=True):
            if row[:3] == ("Code", "Omschrijving", "Aantal"):
                header_seen = True
                continue
            if header_seen and row[0] and isinstance(row[2], int):
                table[row[0]] = (row[1], row[2])
        assert header_seen
        assert {code: str(n) for code, (_, n) in table.items()} == {
            cat: v for (i, cat), v in csv_cells.items() if i == ind
        }
        for code, (label, _) in table.items():
            assert label == counts.category_label(ind, code, "nl")
    assert wb["Reden"]["B7"].value in ("Eenzaamheid", "Rouw en verlies", "Stress")
    summary = {
        r[0]: r for r in wb["Samenvatting"].iter_rows(values_only=True) if r[0] in counts.INDICATORS
    }
    assert summary["intakes"][2] == 3 and summary["intakes"][3] == 1  # 2025-Q1 had one intake
    assert summary["intakes"][4] == 200.0  # +200 %


def test_pdf_report_reads_back_with_key_figures_last_year_and_target(store):
    reader = PdfReader(io.BytesIO(export(store, "2026-Q1", "pdf")))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Kwartaalrapportage Welzijn op Recept" in text and "1e kwartaal 2026" in text
    assert "1e kwartaal 2025" in text
    assert "Doel +33,3 % intakes per jaar: gehaald" in text
    assert "+200,0 %" in text
    assert "Verloop over twaalf maanden" in text
    for ind in (
        "verwijzingen_per_gemeente",
        "verwijzingen_per_reden",
        "activiteit_gestart_per_aanbod",
    ):
        assert counts.label(ind, "nl") in text
    assert "Muziek en cultuur" in text and "Rouw en verlies" in text
    o = build_overview(store, "2026-Q1")
    assert o.value("verwijzingen") == 4 and o.previous_value("verwijzingen") == 1
    assert f"{o.value('contact_binnen_5_werkdagen_pct')}".replace(".", ",") + " %" in text


def test_pdf_without_last_year_intakes_says_the_target_cannot_be_judged(store):
    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(export(store, "2026-03", "pdf"))).pages
    )
    assert "niet te bepalen" in text


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_exports_hold_no_names_birth_dates_postcodes_or_free_text(store, fmt):
    data = export(store, "2026-Q1", fmt)
    if fmt == "csv":
        text = data.decode("utf-8")
    elif fmt == "xlsx":
        wb = load_workbook(io.BytesIO(data))
        text = "\n".join(
            str(v)
            for ws in wb
            for row in ws.iter_rows(values_only=True)
            for v in row
            if v is not None
        )
    else:
        reader = PdfReader(io.BytesIO(data))
        text = "\n".join(p.extract_text() for p in reader.pages) + str(reader.metadata)
    for secret in SECRETS:
        assert secret.lower() not in text.lower(), secret
    assert "Zwolle" in text  # the gemeente is a category, and the test can see it


def test_cells_only_carry_codebook_categories_gemeente_and_wijk(store):
    cells = counts.compute(store, "2026")
    for cell in cells:
        cl = counts.CODE_LISTS.get(cell.indicator)
        if cell.category == counts.TOTAL:
            assert cell.indicator not in counts.BREAKDOWNS
        elif cl is not None:
            assert cell.category in cl
        elif cell.indicator == "verwijzingen_per_leeftijdsgroep":
            assert cell.category in [g for _, g in counts.AGE_GROUPS] + ["onbekend"]
        else:
            assert cell.indicator in ("verwijzingen_per_gemeente", "verwijzingen_per_wijk")


def test_export_refuses_an_unknown_format(store):
    from wor_desk.errors import InputError

    with pytest.raises(InputError):
        export(store, "2026-03", "docx")


def test_pdf_and_xlsx_show_the_same_change_in_points_for_a_percentage_and_days_for_a_mean(
    store, make
):
    # last year's quarter: one of two referrals on time (50 %), an intake after 14 days
    make.trajectory(
        client={"gemeente": "Kampen"}, verwijsdatum=date(2025, 3, 3), verwijzer_type="zelf"
    )
    o = build_overview(store, "2026-Q1")
    pct_now = o.value("contact_binnen_5_werkdagen_pct")
    pct_before = o.previous_value("contact_binnen_5_werkdagen_pct")
    assert pct_before == counts.percentage(1, 2)
    points = o.change("contact_binnen_5_werkdagen_pct")
    assert points == pct_now - pct_before  # percentage points, not a relative change
    days = o.change("gemiddelde_dagen_tot_intake")
    assert days == o.value("gemiddelde_dagen_tot_intake") - o.previous_value(
        "gemiddelde_dagen_tot_intake"
    )
    _, wb = xlsx_cells(export(store, "2026-Q1", "xlsx"))
    summary = {
        r[0].value: r for r in wb["Samenvatting"].iter_rows() if r[0].value in counts.INDICATORS
    }
    pdf = " ".join(
        "\n".join(
            p.extract_text() for p in PdfReader(io.BytesIO(export(store, "2026-Q1", "pdf"))).pages
        ).split()
    )
    for ind, unit, change in (
        ("contact_binnen_5_werkdagen_pct", "procentpunt", points),
        ("gemiddelde_dagen_tot_intake", "dagen", days),
        ("intakes", "%", o.change_pct("intakes")),
    ):
        cell = summary[ind][4]
        assert cell.value == float(change) and f'" {unit}"' in cell.number_format
        shown = ("+" if change > 0 else "") + f"{change}".replace(".", ",") + f" {unit}"
        assert shown in pdf, shown


def test_the_summary_says_how_many_came_from_practices_and_how_many_from_others(store, make):
    for t in ("fysiotherapeut", "zelf"):
        make.trajectory(
            client={"gemeente": "Kampen"}, verwijsdatum=date(2026, 3, 10), verwijzer_type=t
        )
    sentence = (
        "In 1e kwartaal 2026 kwamen 4 verwijzingen binnen van 2 huisartspraktijken"
        " (+ 2 van anderen, 6 in totaal)."
    )
    pdf = " ".join(
        "\n".join(
            p.extract_text() for p in PdfReader(io.BytesIO(export(store, "2026-Q1", "pdf"))).pages
        ).split()
    )
    assert sentence in pdf
    _, wb = xlsx_cells(export(store, "2026-Q1", "xlsx"))
    assert sentence in [r[0] for r in wb["Samenvatting"].iter_rows(values_only=True)]


# -- a municipality's report -------------------------------------------------------------------
def _caseload(make, gemeente: str, shift: int) -> None:
    """A few trajectories of clients living in `gemeente` (every indicator gets something)."""
    for i in range(3):
        make.trajectory(
            client={
                "gemeente": gemeente,
                "wijk": f"Wijk {i % 2}",
                "geslacht": "vrouw",
                "geboortedatum": date(1950 + 10 * i, 5, 1),
            },
            verwijsdatum=date(2026, 1, 5 + i + shift),
            verwijzer_type=("huisarts", "poh", "fysiotherapeut")[i],
            verwijzer_praktijk=f"Praktijk {gemeente} {i % 2}",
            kanaal="zorgdomein",
            redenen=["eenzaamheid", "stress"][: i + 1],
            eerste_contact=date(2026, 1, 7 + i + shift),
            kennismaking=date(2026, 1, 14 + i + shift),
            aanbod="bewegen",
            start_activiteit=date(2026, 2, 2 + i),
            toestemming_terugkoppeling=True,
            terugkoppeling=[date(2026, 2, 10)],
            **({"afgerond": date(2026, 3, 2), "afsluitreden": "uitgevallen"} if i == 2 else {}),
        )


def test_the_gemeente_report_equals_the_codebook_over_that_gemeentes_clients(desk, make, home):
    from tests.conftest import TODAY, Factory
    from wor_desk.desk import Desk

    _caseload(make, "Zwolle", 0)
    _caseload(make, "Kampen", 3)
    only = Desk.create("alleen-zwolle", PASSPHRASE, today=lambda: TODAY)
    try:
        _caseload(Factory(only), "Zwolle", 0)
        expected = counts.compute(only, "2026-Q1")
        assert counts.value_of(expected, "verwijzingen") == 3
        assert counts.compute(desk, "2026-Q1", "  zwolle ") == expected
        assert counts.compute(desk, "2026-Q1", "Zwolle") != counts.compute(desk, "2026-Q1")
        assert desk.counts.export("2026-Q1", "csv", "zwolle") == export(only, "2026-Q1", "csv")
        assert counts.trend(desk, "2026-Q1", gemeente="Zwolle") == counts.trend(only, "2026-Q1")
    finally:
        only.close()


def test_the_gemeente_report_has_its_own_title_and_refuses_an_unknown_gemeente(store):
    reader = PdfReader(io.BytesIO(export(store, "2026-Q1", "pdf", "kampen")))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert reader.metadata.title == "Kwartaalrapportage Welzijn op Recept gemeente Kampen"
    assert "Kwartaalrapportage Welzijn op Recept Gemeente Kampen · 1e kwartaal 2026" in text
    assert "Zwolle" not in text
    _, wb = xlsx_cells(export(store, "2026-Q1", "xlsx", "Kampen"))
    assert "gemeente Kampen" in wb["Samenvatting"]["A1"].value
    with pytest.raises(InputError) as err:
        export(store, "2026-Q1", "pdf", "Kampn")
    assert "Kampen" in str(err.value) and "Kampn" in str(err.value)


def test_cli_counts_for_a_gemeente_exactly_as_written(store, monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(tmp_path)
    rc, _, err = run_cli(
        monkeypatch, capsys, "--period", "2026-Q1", "--gemeente", "Kampen", "--format", "pdf"
    )
    assert rc == 0 and (tmp_path / "tellingen-2026-Q1-kampen.pdf").is_file()
    rc, out, _ = run_cli(monkeypatch, capsys, "--period", "2026-Q1", "--gemeente", "Kampen")
    assert rc == 0 and "verwijzingen_per_gemeente,Kampen,3" in out and "Zwolle" not in out

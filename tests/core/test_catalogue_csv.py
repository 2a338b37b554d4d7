"""CSV import/export of the sociale kaart: validate first, all or nothing, row-numbered errors."""

import csv
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wor_desk.catalogue.csvio import COLUMNS, CatalogueImportError
from wor_desk.errors import InputError
from wor_desk.values.catalogue import CatalogueFilter

HEADER = "id,name,category,organization,municipality,neighbourhood,byday,schedule_description,fees_description,minimum_age,maximum_age,languages,wheelchair_accessible,active_from,active_until,capacity,assured_date"
GOOD = [
    ',Wandelclub De Stap,bewegen,Welzijn Oost,Utrecht,Overvecht,"TU,TH",10.00-11.30 uur,gratis,50,,nl;en,ja,2025-01-01,,vrij,2026-10-01',
    ",Samen koken,koken_samen_eten,Buurthuis Zuilen,Utrecht,Zuilen,WE,17.00 uur,€ 3 per keer,,,nl,nee,,31-12-2027,wachtlijst,15-09-2026",
    ",Taalcafé,Meedoen en ontmoeten,Bibliotheek,Utrecht,,MO,,,18,,nl;ar;tr,,,,,",
]


def _write(tmp_path, lines, name="kaart.csv", encoding="utf-8"):
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding=encoding)
    return p


def _all(desk):
    return desk.catalogue.search(CatalogueFilter(include_closed=True))


def test_a_valid_file_is_imported_with_every_column(desk, tmp_path):
    result = desk.catalogue.import_csv(_write(tmp_path, [HEADER, *GOOD]))
    assert (result.rows, result.created, result.updated, result.warnings) == (3, 3, 0, ())
    by = {r.activity.naam: r.activity for r in _all(desk)}
    stap = by["Wandelclub De Stap"]
    assert (
        stap.aanbod,
        stap.wijk,
        stap.dagen,
        stap.leeftijd_min,
        stap.talen,
        stap.rolstoeltoegankelijk,
    ) == ("bewegen", "Overvecht", "di,do", 50, "nl,en", True)
    assert (stap.actief_van, stap.gecontroleerd, stap.plek) == (
        date(2025, 1, 1),
        date(2026, 10, 1),
        "vrij",
    )
    koken = by["Samen koken"]
    assert (koken.actief_tot, koken.gecontroleerd, koken.kosten, koken.plek) == (
        date(2027, 12, 31),
        date(2026, 9, 15),
        "€ 3 per keer",
        "wachtlijst",
    )
    assert by["Taalcafé"].aanbod == "meedoen_ontmoeten"  # a Dutch label is read as its code


def test_semicolon_separated_with_bom_and_dutch_headers_is_read(desk, tmp_path):
    p = tmp_path / "kaart.csv"
    p.write_bytes("\ufeffNaam;Aanbod;Wijk;Dagen\nBuurtmoestuin;natuur;Lunetten;za\n".encode())
    desk.catalogue.import_csv(p)
    a = _all(desk)[0].activity
    assert (a.naam, a.aanbod, a.wijk, a.dagen) == ("Buurtmoestuin", "natuur", "Lunetten", "za")


INVALID = [
    (",,bewegen", "name", "required"),
    (",Yoga,yoga", "category", "code_unknown"),
    (",Yoga,bewegen,,,,FEESTDAG", "byday", "code_unknown"),
    (",Yoga,bewegen,,,,,,,vijftig", "minimum_age", "number_invalid"),
    (",Yoga,bewegen,,,,,,,70,20", "maximum_age", "activity_age_range"),
    (",Yoga,bewegen,,,,,,,,,,misschien", "wheelchair_accessible", "yes_no_invalid"),
    (",Yoga,bewegen,,,,,,,,,,,31-02-2026", "active_from", "date_unreadable"),
    (",Yoga,bewegen,,,,,,,,,,,2026-05-01,2026-04-01", "active_until", "activity_period_reversed"),
    (",Yoga,bewegen,,,,,,,,,,,,,bijna vol", "capacity", "code_unknown"),
    (",Yoga,bewegen,,,,,,,,,,,,,,2027-01-01", "assured_date", "activity_checked_future"),
]


@pytest.mark.parametrize("line, column, key", INVALID)
def test_each_kind_of_invalid_row_is_reported_with_row_number_and_column_and_nothing_is_imported(
    desk, tmp_path, line, column, key
):
    p = _write(tmp_path, [HEADER, GOOD[0], line, GOOD[1]])
    with pytest.raises(CatalogueImportError) as err:
        desk.catalogue.import_csv(p)
    assert [(pr.row, pr.column, pr.key) for pr in err.value.problems] == [(3, column, key)]
    assert str(err.value.problems[0]).startswith(f"rij 3, {column}: ")
    assert err.value.problems[0].message()  # the reason, in words
    assert "niets geïmporteerd" in str(err.value)
    assert _all(desk) == []  # all or nothing


def test_every_bad_row_is_reported_not_only_the_first(desk, tmp_path):
    p = _write(
        tmp_path,
        [HEADER, INVALID[0][0], GOOD[0], INVALID[1][0], INVALID[3][0].replace("Yoga", "Pilates")],
    )
    with pytest.raises(CatalogueImportError) as err:
        desk.catalogue.import_csv(p)
    assert [pr.row for pr in err.value.problems] == [2, 4, 5]
    assert err.value.params["count"] == 3


def test_two_rows_for_the_same_activity_are_an_error(desk, tmp_path):
    p = _write(tmp_path, [HEADER, GOOD[0], GOOD[0].replace("gratis", "1 euro")])
    with pytest.raises(CatalogueImportError) as err:
        desk.catalogue.import_csv(p)
    (pr,) = err.value.problems
    assert (pr.row, pr.column, pr.key, pr.params["other"]) == (
        3,
        "name",
        "catalogue_duplicate_row",
        2,
    )


@pytest.mark.parametrize(
    "lines, key",
    [
        (["naam_van_de_activiteit,categorie", "x,y"], "catalogue_missing_columns"),
        ([HEADER], "import_empty"),
        ([""], "import_empty"),
    ],
)
def test_a_file_that_cannot_be_imported_as_a_whole_says_why(desk, tmp_path, lines, key):
    with pytest.raises(InputError) as err:
        desk.catalogue.import_csv(_write(tmp_path, lines))
    assert err.value.key == key


def test_wrong_file_type_missing_file_and_non_utf8_are_refused_readably(desk, tmp_path):
    with pytest.raises(InputError) as err:
        desk.catalogue.import_csv(tmp_path / "weg.csv")
    assert err.value.key == "import_file_missing"
    with pytest.raises(InputError) as err:
        desk.catalogue.import_csv(_write(tmp_path, [HEADER], name="kaart.txt"))
    assert err.value.key == "import_file_type"
    bad = tmp_path / "kaart.csv"
    bad.write_bytes(b"name,category\nCaf\x81,overig\n")  # neither UTF-8 nor Windows-1252
    with pytest.raises(InputError) as err:
        desk.catalogue.import_csv(bad)
    assert err.value.key == "import_file_unreadable" and "UTF-8" in str(err.value)


def test_a_cp1252_file_from_dutch_excel_is_read_and_the_result_says_so(desk, tmp_path):
    res = desk.catalogue.import_csv(
        _write(tmp_path, ["name,category", "Café,overig"], encoding="cp1252")
    )
    assert res.created == 1 and any("Windows-1252" in w for w in res.warnings)
    assert [r.activity.naam for r in _all(desk)] == ["Café"]


def test_an_xlsx_sheet_with_date_and_number_cells_is_read_too(desk, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Category", "Minimum_age", "Active_until", "Assured_date"])
    ws.append(["Schaakclub", "ontdekken_doen", 55, date(2027, 6, 30), date(2026, 11, 2)])
    wb.save(tmp_path / "kaart.xlsx")
    desk.catalogue.import_csv(tmp_path / "kaart.xlsx")
    a = _all(desk)[0].activity
    assert (a.naam, a.leeftijd_min, a.actief_tot, a.gecontroleerd) == (
        "Schaakclub",
        55,
        date(2027, 6, 30),
        date(2026, 11, 2),
    )


def test_unknown_columns_are_a_warning_not_an_error(desk, tmp_path):
    result = desk.catalogue.import_csv(
        _write(tmp_path, ["name,category,kleur", "Koor,muziek_cultuur,blauw"])
    )
    assert result.created == 1
    assert result.warnings == ("Onbekende kolommen worden genegeerd: kleur.",)


def test_export_then_import_elsewhere_gives_the_same_catalogue(desk, tmp_path, home):
    from tests.conftest import PASSPHRASE, TODAY
    from wor_desk.desk import Desk

    desk.catalogue.import_csv(_write(tmp_path, [HEADER, *GOOD]))
    desk.catalogue.update(
        _all(desk)[0].id,
        omschrijving='Met "aanhalingstekens", komma\'s\nen een tweede regel',
        actief_tot=date(2026, 1, 1),
    )
    out = tmp_path / "export.csv"
    assert desk.catalogue.export_csv(out) == 3
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(COLUMNS)
    other = Desk.create("team-b", PASSPHRASE, today=lambda: TODAY)
    try:
        other.catalogue.import_csv(out)
        mine = {
            r.activity.uid: r.activity.model_dump(exclude={"id", "aangemaakt", "gewijzigd"})
            for r in _all(desk)
        }
        theirs = {
            r.activity.uid: r.activity.model_dump(exclude={"id", "aangemaakt", "gewijzigd"})
            for r in _all(other)
        }
        assert theirs == mine
    finally:
        other.close()


def test_importing_again_updates_by_id_or_by_name_and_organisation_and_makes_no_duplicates(
    desk, tmp_path
):
    desk.catalogue.import_csv(_write(tmp_path, [HEADER, *GOOD]))
    uid = next(r.activity.uid for r in _all(desk) if r.activity.naam == "Samen koken")
    again = [
        HEADER,
        GOOD[0].replace("vrij", "vol"),
        f"{uid},Samen koken en eten,koken_samen_eten,Buurthuis Zuilen,Utrecht,Zuilen,WE,,,,,,,,,,",
    ]
    result = desk.catalogue.import_csv(_write(tmp_path, again, name="opnieuw.csv"))
    assert (result.created, result.updated) == (0, 2)
    by = {r.activity.naam: r.activity for r in _all(desk)}
    assert sorted(by) == ["Samen koken en eten", "Taalcafé", "Wandelclub De Stap"]
    assert by["Wandelclub De Stap"].plek == "vol"
    assert by["Samen koken en eten"].uid == uid


def test_a_dry_run_checks_and_counts_but_writes_nothing(desk, tmp_path):
    result = desk.catalogue.import_csv(_write(tmp_path, [HEADER, *GOOD]), dry_run=True)
    assert (result.created, result.dry_run) == (3, True)
    assert _all(desk) == []


def test_export_never_overwrites_an_existing_file_unless_asked(desk, tmp_path):
    out = tmp_path / "bestaat.csv"
    out.write_text("van iemand anders")
    with pytest.raises(InputError) as err:
        desk.catalogue.export_csv(out)
    assert err.value.key == "catalogue_target_exists"
    assert out.read_text() == "van iemand anders"
    desk.catalogue.export_csv(out, overwrite=True)
    assert out.read_text(encoding="utf-8-sig").startswith("id,name,category")


_cell = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(st.lists(_cell, min_size=0, max_size=8), min_size=1, max_size=6))
def test_hostile_files_either_import_whole_or_are_refused_with_a_readable_error(
    desk, tmp_path, rows
):
    p = tmp_path / "vijandig.csv"
    with p.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                "name",
                "category",
                "byday",
                "minimum_age",
                "active_until",
                "capacity",
                "postal_code",
                "contact_email",
            ]
        )
        w.writerows(rows)
    before = len(_all(desk))
    try:
        result = desk.catalogue.import_csv(p)
    except InputError as exc:
        assert str(exc)
        assert len(_all(desk)) == before
    else:
        assert len(_all(desk)) == before + result.created

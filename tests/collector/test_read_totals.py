"""A team lead reads totals: `wor-desk counts --collector URL --token T --period P --format
xlsx|pdf` gives the workbook and report of a desk's own counts, with ranges and partial
marks; a reader token's errors speak to a team lead and never of an outbox."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from tests.collector.test_sync_http import add_referrals, fast, setup_desk
from wor_desk.cli import main


def _counts(server, token, period, out, fmt):
    args = ["counts", "--collector", server.url, "--token", token, "--period", period]
    return main([*args, "--format", fmt, "-o", str(out)])


def _sheet_rows(data: bytes, name: str) -> list[tuple]:
    ws = load_workbook(io.BytesIO(data))[name]
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


def test_the_collectors_workbook_and_report_are_the_desks_own(desk, make, server, tmp_path):
    # one desk, every cell at least k: the region's workbook must be the desk's own
    for month in (2, 3):
        add_referrals(make, 6, date(2026, month, 2))
        add_referrals(make, 5, date(2025, month, 3))  # last year: the comparison column
    token = setup_desk(desk, server)
    assert desk.sync.sync(client=fast(server.url, token)).ok
    reader = server.collector.add_reader("lead", "region")
    assert _counts(server, reader, "2026-Q1", tmp_path / "r.xlsx", "xlsx") == 0
    own = desk.counts.export("2026-Q1", "xlsx")
    remote = (tmp_path / "r.xlsx").read_bytes()
    assert (
        load_workbook(io.BytesIO(remote)).sheetnames[:2]
        == load_workbook(io.BytesIO(own)).sheetnames[:2]
    )
    for sheet in ("Gegevens", "Trend", "Gemeente", "Geslacht"):
        assert _sheet_rows(remote, sheet)[4:] == _sheet_rows(own, sheet)[4:], sheet
    ov_own, ov_remote = _sheet_rows(own, "Samenvatting"), _sheet_rows(remote, "Samenvatting")
    key = {r[0]: r[2:5] for r in ov_own if r and r[0] and str(r[0]).islower()}
    got = {r[0]: r[2:5] for r in ov_remote if r and r[0] and str(r[0]).islower()}
    assert key and got == key
    assert _counts(server, reader, "2026-Q1", tmp_path / "r.pdf", "pdf") == 0
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "Regio (alle desks)" in text and "Verwijzingen" in text and "12" in text


def test_ranges_and_partial_means_are_shown_in_the_workbook_and_report(
    desk, make, server, tmp_path
):
    add_referrals(make, 6, date(2026, 3, 2), client={"gemeente": "Utrecht"})
    add_referrals(make, 2, date(2026, 3, 3), client={"gemeente": "Zeist"})
    add_referrals(make, 3, date(2026, 3, 4), client={"gemeente": "Houten"})
    add_referrals(make, 1, date(2026, 4, 6), client={"gemeente": "Houten"})  # April: 1 intake
    token = setup_desk(desk, server)
    assert desk.sync.sync(client=fast(server.url, token)).ok
    reader = server.collector.add_reader("lead", "region")
    assert _counts(server, reader, "2026-04", tmp_path / "a.xlsx", "xlsx") == 0
    assert _counts(server, reader, "2026-03", tmp_path / "m.xlsx", "xlsx") == 0
    rows = _sheet_rows((tmp_path / "m.xlsx").read_bytes(), "Gemeente")
    by_code = {r[0]: r[2] for r in rows if r and r[0]}
    assert by_code["Utrecht"] == 6 and by_code["Zeist"] == "1-4" and by_code["Houten"] == "1-4"
    assert _counts(server, reader, "2026-03", tmp_path / "m.pdf", "pdf") == 0
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "m.pdf").pages)
    assert "Zeist (1–4)" in text
    # a mean over part of the intakes: two desks, one with a single intake in April
    from tests.conftest import Factory
    from wor_desk.desk import Desk

    other = Desk.create("other", "correct paard batterij niet", today=lambda: date(2026, 11, 23))
    try:
        add_referrals(Factory(other), 5, date(2026, 4, 7))
        t2 = server.collector.add_desk("d2", "T", "O")
        other.sync.configure(
            collector=server.url, token=t2, region_secret="regio-geheim-voor-tests"
        )
        assert other.sync.sync(client=fast(server.url, t2)).ok
    finally:
        other.close()
    out = tmp_path / "april.xlsx"
    assert _counts(server, reader, "2026-04", out, "xlsx") == 0
    ov = {r[0]: r[2] for r in _sheet_rows(out.read_bytes(), "Samenvatting") if r and r[0]}
    assert ov["gemiddelde_dagen_tot_intake"] == "0.0*" and ov["intakes"] == 6


def test_a_reader_tokens_errors_speak_to_a_team_lead(server, tmp_path, capsys):
    out = tmp_path / "x.csv"
    args = ["counts", "--collector", server.url, "--period", "2026", "-o", str(out)]
    assert main([*args, "--token", "wdr_unknown"]) != 0
    err = capsys.readouterr().err
    assert "lezerstoken" in err and "beheerder van de collector" in err
    assert "desk-token" not in err.replace("een desk-token met wdd_", "")
    desk_token = server.collector.add_desk("d", "T", "O")
    assert main([*args, "--token", desk_token]) != 0
    assert "lezerstoken" in capsys.readouterr().err
    reader = server.collector.add_reader("lead", "region")
    server.stop()
    assert main([*args, "--token", reader]) != 0
    err = capsys.readouterr().err
    assert "niet bereikbaar" in err and "wachtrij" not in err and "outbox" not in err
    server.start()

"""`wor-desk client export|erase`, `retention` and `audit` as a coach or a script runs them."""

from __future__ import annotations

import json

from pypdf import PdfReader

from tests.core.test_cli import run
from tests.core.test_import import SHEET, write_csv


def _profile_with_sheet(tmp_path):
    home = tmp_path / "home"
    assert run(home, "init").returncode == 0
    r = run(home, "import", str(write_csv(tmp_path / "s.csv", SHEET)))
    assert r.returncode == 0, r.stderr
    return home


def test_client_export_writes_json_and_a_readable_pdf(tmp_path):
    home = _profile_with_sheet(tmp_path)
    r = run(home, "client", "export", "1001", "-o", str(tmp_path / "anna.json"))
    assert r.returncode == 0, r.stderr
    data = json.loads((tmp_path / "anna.json").read_text(encoding="utf-8"))
    assert data["client"]["achternaam"] == "de Vries" and len(data["trajecten"]) == 2
    assert "Jansen" not in json.dumps(data)

    r = run(home, "client", "export", "1001", "-o", str(tmp_path / "anna.pdf"))
    assert r.returncode == 0, r.stderr
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "anna.pdf").pages)
    assert "Inzage in uw gegevens" in text and "de Vries" in text
    assert "Wandelgroep Stap voor Stap" in text and "Logboek van wijzigingen" in text
    r = run(home, "--lang", "en", "client", "export", "1001", "-o", str(tmp_path / "anna-en.pdf"))
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "anna-en.pdf").pages)
    assert "Access to your data" in text and "Referral date" in text

    r = run(home, "client", "export", "1001", "-o", str(tmp_path / "anna.pdf"))
    assert r.returncode == 2 and "bestaat al" in r.stderr
    r = run(home, "client", "export", "9999", "-o", str(tmp_path / "x.json"))
    assert r.returncode != 0 and "9999" in r.stderr and "Traceback" not in r.stderr


def test_client_erase_asks_and_yes_erases(tmp_path):
    home = _profile_with_sheet(tmp_path)
    r = run(home, "client", "erase", "1001", input="nee\n")
    assert r.returncode == 2 and "niet bevestigd" in r.stderr
    assert "de Vries" in r.stdout and "2 traject" in r.stdout  # the confirmation names it
    r = run(home, "client", "erase", "1001", "--yes")
    assert r.returncode == 0, r.stderr
    r = run(home, "client", "export", "1001", "-o", str(tmp_path / "x.json"))
    assert r.returncode != 0
    r = run(home, "audit")
    assert r.returncode == 0
    assert "gewist" in r.stdout and "1001" not in r.stdout
    r = run(home, "audit", "--client", "1002")
    assert r.returncode == 0 and "client" in r.stdout and "traject" in r.stdout
    r = run(home, "audit", "--since", "gisteren")
    assert r.returncode == 2 and "geen datum" in r.stderr


def test_retention_lists_and_applies(tmp_path):
    home = _profile_with_sheet(tmp_path)
    r = run(home, "retention")
    assert r.returncode == 0 and "24 maanden" in r.stdout and "Voorbij de termijn: 0" in r.stdout
    # Anna's first trajectory closed on 2026-05-20: with 1 month it is past
    r = run(home, "retention", "--months", "1", "--apply")
    assert r.returncode == 0, r.stderr
    assert "1001" in r.stdout and "gewist" in r.stdout
    r = run(home, "retention")
    assert "1 maanden" in r.stdout and "Voorbij de termijn: 0" in r.stdout
    r = run(home, "retention", "--months", "0")
    assert r.returncode == 2 and "bewaartermijn" in r.stderr

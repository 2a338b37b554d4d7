"""`wor-desk letter`, `letters-due`, `letter-prefs` on a real profile."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from tests.core.sqlcipher_pages import find
from wor_desk.cli import main
from wor_desk.desk import Desk

PASS = "correct paard batterij niet"
REFERRED = date.today() - timedelta(
    days=10
)  # the CLI runs on the real today: keep within Vandaag's window


@pytest.fixture
def profile(home, monkeypatch):
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASS)
    with Desk.create("cli", PASS) as desk:
        desk.update_settings(organisatie_naam="Welzijn Oost", coach_naam="Fatima El Amrani")
        tid, _ = desk.register_referral(
            client={"client_nr": "C1", "voornaam": "Şükrü", "achternaam": "Yılmaz-Ĳsselstein"},
            verwijsdatum=REFERRED,
            verwijzer_type="huisarts",
            verwijzer_naam="Dr. Jansen",
            verwijzer_praktijk="De Linde",
            toestemming_terugkoppeling=True,
        )
        desk.update_trajectory(tid, kennismaking=REFERRED + timedelta(days=3))
        desk.register_referral(
            client={"client_nr": "C2", "achternaam": "Zonder"},
            verwijsdatum=REFERRED,
            verwijzer_type="huisarts",
            verwijzer_praktijk="De Linde",
            toestemming_terugkoppeling=False,
        )
    return "cli"


def run(*args: str) -> int:
    return main(["--profile", "cli", *args])


def test_letter_command_writes_the_pdf_and_prints_the_text(profile, tmp_path, capsys):
    out = tmp_path / "brief.pdf"
    assert run("letter", "--client", "C1", "--moment", "intake", "-o", str(out), "--text") == 0
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "Şükrü Yılmaz-Ĳsselstein" in text and "Dr. Jansen" in text
    assert "Şükrü Yılmaz-Ĳsselstein" in capsys.readouterr().out


def test_letter_command_refuses_without_consent_with_one_line(profile, tmp_path, capsys):
    out = tmp_path / "brief.pdf"
    assert (
        run("letter", "--client", "C2", "--moment", "vrij", "--extra", "Hallo", "-o", str(out)) == 2
    )
    err = capsys.readouterr().err
    assert "toestemming" in err and "Traceback" not in err
    assert not out.exists()


def test_letter_command_sent_via_logs_and_clears_the_due_list(profile, capsys):
    assert run("letters-due") == 0
    assert "Yılmaz-Ĳsselstein" in capsys.readouterr().out
    assert (
        run("letter", "--client", "C1", "--moment", "intake", "--text", "--sent-via", "zorgdomein")
        == 0
    )
    capsys.readouterr()
    assert run("letters-due") == 0
    assert "geen brieven" in capsys.readouterr().out
    with Desk.open("cli", PASS) as desk:
        fb = desk.trajectories_of(desk.client_by_nr("C1").id)[0].feedback
        assert [(f.moment, f.kanaal) for f in fb] == [("intake", "zorgdomein")]


def test_letters_due_make_writes_every_letter_into_the_folder(profile, tmp_path, capsys):
    assert run("letters-due", "--make", str(tmp_path / "batch"), "--text") == 0
    assert sorted(p.suffix for p in (tmp_path / "batch").iterdir()) == [".pdf", ".txt"]


def test_letter_prefs_sets_moments_for_a_practice_whatever_its_spelling(profile, capsys):
    assert run("letter-prefs", "--practice", "de  LINDE", "--moments", "start,afronding") == 0
    out = capsys.readouterr().out
    assert "De Linde" in out and "Bij de start van de activiteit" in out
    assert run("letters-due") == 0
    assert "geen brieven" in capsys.readouterr().out  # intake no longer wanted
    assert run("letter-prefs", "--practice", "de linde", "--moments", "vrij") == 2
    assert "vrij" in capsys.readouterr().err


def test_a_letter_sent_is_kept_in_the_inzage_and_erased_with_the_client(profile, tmp_path, capsys):
    extra = "Mevrouw loopt nu elke dinsdag mee met Wandelgroep Kwartel."
    assert (
        run(
            "letter",
            "--client",
            "C1",
            "--moment",
            "intake",
            "--extra",
            extra,
            "--sent-via",
            "zorgdomein",
            "--text",
        )
        == 0
    )
    sent = capsys.readouterr().out
    assert extra in sent
    assert run("client", "export", "C1", "-o", str(tmp_path / "c1.json")) == 0
    assert run("client", "export", "C1", "-o", str(tmp_path / "c1.pdf")) == 0
    data = json.loads((tmp_path / "c1.json").read_text("utf-8"))
    [fb] = data["trajecten"][0]["terugkoppeling"]
    assert fb["brief_tekst_bewaard"] is True
    assert extra in fb["brief_tekst"] and "Dr. Jansen" in fb["brief_tekst"]
    pdf = " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO((tmp_path / "c1.pdf").read_bytes())).pages
    )
    flat = " ".join(pdf.split())
    assert "Tekst van de verstuurde brieven" in flat
    assert " ".join(extra.split()) in flat and "Dr. Jansen" in flat

    with Desk.open("cli", PASS) as desk:
        key, path = desk.store._key.key, desk.store.path
    assert find(path, key, ["Wandelgroep Kwartel"]) == {"Wandelgroep Kwartel"}
    assert run("client", "erase", "C1", "--yes") == 0
    assert find(path, key, ["Wandelgroep Kwartel"]) == set()

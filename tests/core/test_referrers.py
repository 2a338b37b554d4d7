"""The register of referrers: practices with address, AGB code, the people who refer from them
and their letter moments; referrals and imports take the register's spelling; letters its address."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import inspect, text

from tests.conftest import PASSPHRASE
from tests.core.test_import import write_csv
from wor_desk.errors import RuleViolation
from wor_desk.store import migrate


def test_a_referral_adds_its_practice_and_referrer_and_takes_the_registered_spelling(desk, make):
    desk.referrers.save_practice(
        "Huisartsenpraktijk De Linde", "Lindelaan 3\n3581 AB  Utrecht", "01234567"
    )
    tid = make.trajectory(
        verwijzer_type="poh",
        verwijzer_naam="mw. Postma",
        verwijzer_praktijk="  huisartsenpraktijk  de linde ",
    )
    assert desk.trajectory(tid).trajectory.verwijzer_praktijk == "Huisartsenpraktijk De Linde"
    make.trajectory(verwijzer_praktijk="Het Anker", verwijzer_naam="Dr. Bakker")
    make.trajectory(verwijzer_type="zelf", verwijzer_praktijk="Buurthuis")  # no referrer: not added
    entries = {p.naam: p for p in desk.referrers.practices()}
    assert set(entries) == {"Huisartsenpraktijk De Linde", "Het Anker"}
    linde = entries["Huisartsenpraktijk De Linde"]
    assert linde.address_lines() == ("Lindelaan 3", "3581 AB Utrecht") and linde.agb == "01234567"
    assert [(r.naam, r.rol) for r in linde.verwijzers] == [("mw. Postma", "poh")]
    assert [(r.naam, r.rol) for r in entries["Het Anker"].verwijzers] == [
        ("Dr. Bakker", "huisarts")
    ]
    assert desk.referrers.practice("HET  anker").naam == "Het Anker"


def test_a_practice_needs_a_name_and_a_valid_agb_code(desk):
    with pytest.raises(RuleViolation) as err:
        desk.referrers.save_practice(" ", agb="1234")
    assert {v.key for v in err.value.violations} == {
        "referrer_practice_empty",
        "referrer_agb_invalid",
    }
    assert desk.referrers.practices() == []


def test_letters_are_addressed_to_the_practice_address_from_the_register(desk, make):
    desk.update_settings(organisatie_naam="Welzijn Oost", coach_naam="Fatima")
    desk.referrers.save_practice("De Linde", "Lindelaan 3\n3581 AB Utrecht")
    tid = make.trajectory(
        verwijsdatum=date(2026, 10, 1),
        verwijzer_naam="Dr. A. de Vries",
        verwijzer_praktijk="de linde",
        toestemming_terugkoppeling=True,
        kennismaking=date(2026, 10, 12),
    )
    letter = desk.letters.render(tid, "intake")
    text_ = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(letter.pdf)).pages)
    assert "Lindelaan 3\n3581 AB Utrecht" in text_


def test_letter_moments_live_in_the_register(desk):
    desk.referrers.save_practice("De Linde", "Lindelaan 3")
    desk.letters.set_preference("DE LINDE", ["start", "afronding"])
    (entry,) = desk.referrers.practices()
    assert entry.momenten == ("start", "afronding") and entry.adres == "Lindelaan 3"
    desk.letters.reset_preference("de linde")
    (entry,) = desk.referrers.practices()
    assert entry.momenten is None and desk.letters.preferences() == []
    assert desk.letters.wanted("De Linde") == ("intake", "afronding")


def test_the_import_matches_free_text_to_the_register_case_and_space_insensitively(desk, tmp_path):
    desk.referrers.save_practice("Huisartsenpraktijk De Linde")
    rows = [
        {
            "client_nr": "1",
            "achternaam": "A",
            "verwijsdatum": "2026-03-02",
            "verwijzer_type": "huisarts",
            "verwijzer_praktijk": "HUISARTSENPRAKTIJK  de linde",
        },
        {
            "client_nr": "2",
            "achternaam": "B",
            "verwijsdatum": "2026-03-03",
            "verwijzer_type": "huisarts",
            "verwijzer_praktijk": "Elders",
        },
    ]
    assert desk.import_sheet(write_csv(tmp_path / "blad.csv", rows)).written
    names = {
        desk.trajectories_of(desk.client_by_nr(n).id)[0].trajectory.verwijzer_praktijk for n in "12"
    }
    assert names == {"Huisartsenpraktijk De Linde", "Elders"}


def test_the_migration_moves_per_practice_letter_moments_into_the_register(home):
    from wor_desk.desk import Desk

    d = Desk.create("oud", PASSPHRASE)
    try:
        engine = d.store.engine
        from alembic import command

        with engine.begin() as conn:  # back to the schema of before the register
            cfg = migrate.config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO praktijk_terugkoppeling VALUES ('delinde', 'De Linde', 'start', '2026-01-01 00:00:00')"
                )
            )
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert "praktijk_terugkoppeling" not in inspect(conn).get_table_names()
        assert d.letters.wanted("de linde") == ("start",)
        assert [p.naam for p in d.referrers.practices()] == ["De Linde"]
    finally:
        d.close()


def test_cli_sets_a_practice_address_and_agb_and_adds_a_referrer(desk, monkeypatch, capsys):
    from wor_desk.cli import main

    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASSPHRASE)
    args = ["--profile", "test", "referrers", "--practice", "De Linde"]
    assert main([*args, "--address", "Lindelaan 3\\n3581 AB Utrecht", "--agb", "01234567"]) == 0
    assert main([*args, "--person", "mw. Postma", "--role", "poh"]) == 0
    out = capsys.readouterr().out
    assert "De Linde\tLindelaan 3 / 3581 AB Utrecht\tAGB 01234567\tmw. Postma (poh)" in out
    assert main([*args, "--agb", "12"]) != 0
    assert "AGB-code" in capsys.readouterr().err


def test_the_letters_practice_list_offers_the_register_with_its_spelling(desk, make):
    desk.referrers.save_practice("Huisartsenpraktijk De Linde")
    desk.referrers.save_practice("Nieuw Centrum")  # no referral yet
    make.trajectory(verwijzer_praktijk="Het Anker")
    assert desk.letters.practices() == ["Het Anker", "Huisartsenpraktijk De Linde", "Nieuw Centrum"]

"""The wijkindeling: postcode -> gemeente and wijk, all-or-nothing import, filling stored
clients (issue 12, "Where the client lives")."""

from __future__ import annotations

import pytest

from wor_desk.cli import main
from wor_desk.domain.wijken import Area
from wor_desk.errors import InputError, RuleViolation

GOOD = (
    "postcode;gemeente;wijk\n"
    "9724;Groningen;Oosterpoort\n"
    "9725;Groningen;Herewegwijk\n"
    "9725AA-9725KZ;Groningen;Helpman\n"  # a wijk that splits a PC4
)


def _write(tmp_path, text, name="wijken.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_a_postcode_finds_its_wijk_and_a_pc6_range_beats_its_whole_pc4(desk, tmp_path):
    n, _ = desk.wijken.import_file(_write(tmp_path, GOOD))
    assert n == 3
    assert desk.wijken.lookup("9724 AB") == ("Groningen", "Oosterpoort")
    assert desk.wijken.lookup("9725ab") == ("Groningen", "Helpman")
    assert desk.wijken.lookup("9725 MA") == ("Groningen", "Herewegwijk")
    assert desk.wijken.lookup("9725") == ("Groningen", "Herewegwijk")
    assert desk.wijken.lookup("1234 AB") is None
    assert desk.wijken.lookup("geen") is None


def test_one_bad_row_and_nothing_changes_with_every_problem_named(desk, tmp_path):
    desk.wijken.import_file(_write(tmp_path, GOOD))
    bad = (
        "postcode,gemeente,wijk\n"
        "9711,Groningen,Binnenstad\n"
        "97,Groningen,Kort\n"
        "9712,,Zonder gemeente\n"
        "9711,Groningen,Dubbel\n"
    )
    with pytest.raises(RuleViolation) as err:
        desk.wijken.import_file(_write(tmp_path, bad, "bad.csv"))
    text = str(err.value)
    assert "Rij 3" in text and "'97'" in text
    assert "Rij 4" in text and "gemeente ontbreekt" in text
    assert "Rij 5" in text and "overlapt met rij 2" in text
    assert desk.wijken.lookup("9724 AB") == ("Groningen", "Oosterpoort")  # the old one stays
    assert desk.wijken.lookup("9711 AB") is None


def test_a_file_without_the_columns_is_refused(desk, tmp_path):
    with pytest.raises(InputError) as err:
        desk.wijken.import_file(_write(tmp_path, "pc;plaats\n9724;Groningen\n"))
    assert "postcode" in str(err.value) and "gemeente" in str(err.value)


def test_xlsx_is_read_too(desk, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Postcode", "Gemeente", "Wijk"])
    ws.append([9724, "Groningen", "Oosterpoort"])
    p = tmp_path / "wijken.xlsx"
    wb.save(p)
    assert desk.wijken.import_file(p)[0] == 1
    assert desk.wijken.lookup("9724 ZZ") == ("Groningen", "Oosterpoort")


def test_apply_fills_only_what_is_missing_and_dry_run_writes_nothing(desk, make, tmp_path):
    desk.wijken.import_file(_write(tmp_path, GOOD))
    empty = make.client(postcode="9724 AB")
    typed = make.client(postcode="9725 AB", gemeente="Groningen", wijk="Mijn eigen wijk")
    half = make.client(postcode="9725 AB", gemeente="Groningen")
    unknown = make.client(postcode="1234 AB")
    r = desk.wijken.apply(dry_run=True)
    assert (r.filled, r.unknown, r.dry_run) == (2, 1, True)
    assert desk.client(empty).gemeente is None
    r = desk.wijken.apply()
    assert (r.filled, r.unknown) == (2, 1)
    assert (desk.client(empty).gemeente, desk.client(empty).wijk) == ("Groningen", "Oosterpoort")
    assert desk.client(typed).wijk == "Mijn eigen wijk"
    assert desk.client(half).wijk == "Helpman"
    assert desk.client(unknown).gemeente is None
    assert desk.wijken.apply().filled == 0


def test_the_demo_profile_has_the_demo_regions_wijkindeling(home):
    from wor_desk.desk import Desk

    d = Desk.create("demo", "correct paard batterij niet")
    try:
        d.fill_demo(clients=5, seed=3)
        assert d.wijken.lookup("3563 AB") == ("Utrecht", "Overvecht")
        assert Area(3563, "AA", "ZZ", "Utrecht", "Overvecht") in d.wijken.areas()
    finally:
        d.close()


def test_cli_import_and_toepassen(desk, make, tmp_path, capsys, monkeypatch):
    from tests.conftest import PASSPHRASE

    make.client(postcode="9724 AB")
    desk.close()
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASSPHRASE)
    path = _write(tmp_path, GOOD)
    assert main(["--profile", "test", "wijken", "import", str(path)]) == 0
    assert "3 rijen" in capsys.readouterr().out
    assert main(["--profile", "test", "wijken", "toepassen", "--dry-run"]) == 0
    assert "Zou gemeente/wijk invullen bij 1" in capsys.readouterr().out
    assert main(["--profile", "test", "wijken", "toepassen"]) == 0
    assert "ingevuld bij 1" in capsys.readouterr().out
    bad = _write(tmp_path, "postcode;gemeente;wijk\nxx;Groningen;A\n", "bad.csv")
    assert main(["--profile", "test", "wijken", "import", str(bad)]) != 0
    err = capsys.readouterr().err
    assert "Rij 2" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1

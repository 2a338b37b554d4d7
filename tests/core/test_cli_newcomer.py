"""What a newcomer meets on the command line: status that adds up, English that is English,
a missing profile with the exact command, `letter --force`, exit codes as the README's table."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from wor_desk import cli, errors
from wor_desk.desk import Desk
from wor_desk.i18n import set_language
from wor_desk.store import paths

PASS = "correct paard batterij niet"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def dutch_after():
    yield
    set_language("nl")


@pytest.fixture
def profile(home, monkeypatch):
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASS)
    with Desk.create("nieuw", PASS) as desk:
        d0 = date.today() - timedelta(days=20)
        desk.update_settings(organisatie_naam="Welzijn Oost", coach_naam="Coach")
        for i in range(3):
            tid, _ = desk.register_referral(
                client={"client_nr": f"N{i}", "achternaam": f"Achternaam{i}"},
                verwijsdatum=d0,
                verwijzer_type="huisarts",
                verwijzer_praktijk="De Linde",
                toestemming_terugkoppeling=True,
            )
            desk.update_trajectory(tid, kennismaking=d0 + timedelta(days=2))
        desk.pause(tid, d0 + timedelta(days=5))
    return "nieuw"


def test_status_lists_all_six_steps_and_they_add_up_to_open_plus_paused(profile, capsys):
    assert cli.main(["--profile", profile, "status"]) == 0
    out = capsys.readouterr().out
    open_ = int(re.search(r"Lopend:\s+(\d+)", out)[1])
    paused = int(re.search(r"Gepauzeerd:\s+(\d+)", out)[1])
    steps = {int(m[0]): int(m[1]) for m in re.findall(r"^  (\d)\. .*?(\d+)$", out, re.M)}
    assert sorted(steps) == [1, 2, 3, 4, 5, 6]
    assert sum(steps.values()) == open_ + paused == 3 and paused == 1


def test_status_in_english_is_english_and_aligned(profile, capsys):
    assert cli.main(["--lang", "en", "--profile", profile, "status"]) == 0
    out = capsys.readouterr().out
    assert "Trajectories:" in out and "Trajecten" not in out and "Lopend" not in out
    head = [line for line in out.splitlines() if not line.startswith(" ")][:5]
    assert all(line[15] == " " and line[16] != " " for line in head), head  # values in one column
    rows = [line for line in out.splitlines() if re.match(r"^  \d\. ", line)]
    assert len({len(r) for r in rows}) == 1, rows  # the numbers line up


def test_a_missing_profile_says_the_exact_command_with_its_profile(home, capsys):
    assert cli.main(["--profile", "team west", "status"]) == 3
    assert "wor-desk --profile 'team west' init" in capsys.readouterr().err
    assert cli.main(["status"]) == 3
    assert "Maak het aan met: wor-desk init" in capsys.readouterr().err
    assert errors.DEFAULT_PROFILE == paths.DEFAULT_PROFILE


def test_letter_refuses_an_existing_file_but_offers_and_honours_force(profile, tmp_path, capsys):
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"oud")
    args = ["--profile", profile, "letter", "--client", "N0", "--moment", "intake", "-o", str(out)]
    assert cli.main(args) == 2
    assert "--force" in capsys.readouterr().err and out.read_bytes() == b"oud"
    assert cli.main([*args, "--force"]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_letters_due_in_english(profile, capsys):
    assert cli.main(["--lang", "en", "--profile", profile, "letters-due"]) == 0
    out = capsys.readouterr().out
    assert "Letters due" in out and "Brieven" not in out


def test_the_readme_has_one_exit_code_table_matching_the_errors():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| `(\d+)` \| (.+?) \|$", readme, re.M))
    assert set(table) == {"0", "1", "2", "3", "4", "70", "130"}
    assert str(cli.UNEXPECTED_EXIT) in table
    from wor_desk.sync.errors import SyncError

    for kind, code in (
        (errors.WorDeskError, 1),
        (errors.InputError, 2),
        (errors.RuleViolation, 2),
        (errors.StoreError, 3),
        (SyncError, 4),
    ):
        assert kind.exit_code == code and str(code) in table

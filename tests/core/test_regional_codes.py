"""A region's own referral reasons: added from the command line or the settings screen,
counted as their own category at the desk, and as `overig` in what is synced."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import PASSPHRASE, TODAY
from wor_desk import codes, counts
from wor_desk.cli import main
from wor_desk.errors import InputError


def run(monkeypatch, *args: str) -> int:
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASSPHRASE)
    return main(["--profile", "test", "codes", *args])


def test_cli_adds_a_reason_that_counts_as_its_own_category_at_the_desk(
    desk, make, monkeypatch, capsys
):
    assert (
        run(
            monkeypatch,
            "add",
            "reden",
            "digitale_vaardigheden",
            "--label-nl",
            "Digitale vaardigheden",
            "--label-en",
            "Digital skills",
        )
        == 0
    )
    assert "digitale_vaardigheden" in capsys.readouterr().out
    desk.close()  # reopen: the code is kept in the profile
    from wor_desk.desk import Desk

    d = Desk.open("test", PASSPHRASE, today=lambda: TODAY)
    try:
        assert "digitale_vaardigheden" in codes.REDEN
        assert codes.REDEN.label("digitale_vaardigheden", "en") == "Digital skills"
        run(monkeypatch, "list")
        assert (
            "digitale_vaardigheden\tDigitale vaardigheden\tDigital skills"
            in capsys.readouterr().out
        )
        from tests.conftest import Factory

        f = Factory(d)
        f.trajectory(verwijsdatum=date(2026, 3, 2), redenen=["digitale_vaardigheden", "overig"])
        f.trajectory(verwijsdatum=date(2026, 3, 3), redenen=["digitale_vaardigheden"])
        f.trajectory(verwijsdatum=date(2026, 3, 4), redenen=["eenzaamheid"])
        cells = counts.compute(d, "2026-03")
        assert counts.breakdown(cells, "verwijzingen_per_reden") == [
            ("digitale_vaardigheden", 2),
            ("eenzaamheid", 1),
            ("overig", 1),
        ]
        assert counts.category_label("verwijzingen_per_reden", "digitale_vaardigheden") == (
            "Digitale vaardigheden"
        )
        # what leaves the desk (the sync): the added reason is `overig`, a trajectory once
        synced, _ = d.sync._computed(["2026-03"])["2026-03"]
        assert counts.breakdown(synced, "verwijzingen_per_reden") == [
            ("eenzaamheid", 1),
            ("overig", 2),
        ]
    finally:
        d.close()
    assert "digitale_vaardigheden" not in codes.REDEN  # closed: off the list again


@pytest.mark.parametrize(
    "code, nl, en, key",
    [
        ("Digitaal!", "a", "b", "regional_code_invalid"),
        ("eenzaamheid", "a", "b", "regional_code_exists"),
        ("nieuw", " ", "b", "regional_label_missing"),
        ("nieuw", "x" * 81, "b", "regional_label_too_long"),
    ],
)
def test_a_bad_code_or_label_is_refused_and_nothing_is_stored(desk, code, nl, en, key):
    with pytest.raises(InputError) as err:
        desk.regional_codes.add("reden", code, nl, en)
    assert err.value.key == key
    assert desk.regional_codes.added("reden") == []
    assert desk.setting("regio_codes") in (None, {})


def test_only_the_reason_list_can_be_extended(desk, monkeypatch, capsys):
    with pytest.raises(InputError) as err:
        desk.regional_codes.add("geslacht", "nieuw", "Nieuw", "New")
    assert "reden" in str(err.value)
    with pytest.raises(SystemExit):
        run(monkeypatch, "add", "geslacht", "nieuw", "--label-nl", "N", "--label-en", "N")

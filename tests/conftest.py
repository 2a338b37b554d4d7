"""Shared fixtures: a temp WOR_DESK_HOME, an unlocked Desk on a real encrypted store, and a
factory that makes clients and trajectories at given dates."""

from __future__ import annotations

import itertools
import os
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WOR_DESK_LANG", "nl")

#: The fixed "today" of core tests (a Monday).
TODAY = date(2026, 11, 23)
PASSPHRASE = "correct paard batterij niet"


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("WOR_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("WOR_DESK_PASSPHRASE", raising=False)
    return tmp_path / "home"


@pytest.fixture
def desk(home):
    from wor_desk.desk import Desk

    d = Desk.create("test", PASSPHRASE, today=lambda: TODAY)
    yield d
    d.close()


class Factory:
    """Makes clients and trajectories through the Desk, at the dates a test chooses."""

    def __init__(self, desk) -> None:
        self.desk = desk
        self._n = itertools.count(1)

    def client(self, **fields) -> int:
        n = next(self._n)
        data = {"client_nr": f"T{n:05d}", "voornaam": "Test", "achternaam": f"Cliënt {n}", **fields}
        cid, _ = self.desk.add_client(**data)
        return cid

    def trajectory(
        self,
        client_id: int | None = None,
        *,
        client: dict | None = None,
        verwijsdatum: date = date(2026, 3, 2),
        verwijzer_type: str = "huisarts",
        **steps,
    ) -> int:
        """A referral, then the given step fields (eerste_contact, kennismaking, aanbod,
        start_activiteit, ...) and optionally afgerond + afsluitreden, terugkoppeling=[dates]."""
        referral_keys = {
            "bezoekdatum",
            "klachten",
            "verwijzer_naam",
            "verwijzer_praktijk",
            "kanaal",
            "reden_omschrijving",
            "toestemming_gegevens",
            "toestemming_terugkoppeling",
            "redenen",
        }
        referral = {k: steps.pop(k) for k in list(steps) if k in referral_keys}
        if client_id is None:
            client_id = self.client(**(client or {}))
        tid, _ = self.desk.register_referral(
            client_id, verwijsdatum=verwijsdatum, verwijzer_type=verwijzer_type, **referral
        )
        afgerond, reden = steps.pop("afgerond", None), steps.pop("afsluitreden", None)
        feedback = steps.pop("terugkoppeling", ())
        nazorg = steps.pop("nazorg", ())
        if steps:
            self.desk.update_trajectory(tid, **steps)
        for d in nazorg:
            self.desk.add_contact(tid, "nazorg", d)
        for d in feedback:
            self.desk.record_feedback(tid, d, None, "post")
        if afgerond:
            self.desk.close_trajectory(tid, afgerond, reden or "afgerond_doel_bereikt")
        return tid


@pytest.fixture
def make(desk):
    return Factory(desk)

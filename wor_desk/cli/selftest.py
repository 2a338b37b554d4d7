"""`wor-desk --self-test`: does this installation work? One line per check, exit 1 on any failure.

Everything happens in a throw-away folder (a temporary WOR_DESK_HOME) that is removed
afterwards; no profile of the user is touched. The checks the desk app adds (translations
loaded into Qt, the main window opens) come from the launcher (wor_desk_ui.launcher) as
`extra` checks that receive the open self-test Desk.
"""

from __future__ import annotations

import io
import os
import secrets
import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TextIO

from wor_desk import __version__, messages
from wor_desk.errors import WorDeskError
from wor_desk.i18n import language, tr

if TYPE_CHECKING:
    from wor_desk.desk import Desk

PROFILE = "zelftest"
#: A made-up referral whose dates take it through all six steps; the desk's "today" is fixed.
TODAY = date(2026, 6, 30)
CLIENT = {"voornaam": "Test", "achternaam": "Zelftest", "geboortedatum": date(1960, 1, 1)}
ORGANISATION = dict(
    organisatie_naam="Welzijn Zelftest",
    organisatie_adres="Teststraat 1\n1234 AB Utrecht",
    coach_naam="Coach Zelftest",
)

messages.register(
    {
        "selftest_fail": ("FOUT", "FAIL"),
        "selftest_store_not_written": (
            "de opslag is niet geschreven",
            "the store was not written",
        ),
        "selftest_store_readable": (
            "gewone sqlite3 kan de opslag lezen: hij is NIET versleuteld",
            "plain sqlite3 can read the store: it is NOT encrypted",
        ),
        "selftest_steps": (
            "het traject staat op '{status}' in plaats van afgesloten",
            "the trajectory is '{status}' instead of closed",
        ),
        "selftest_counts": (
            "de telling van verwijzingen is {value} in plaats van 1",
            "the count of referrals is {value} instead of 1",
        ),
        "selftest_letter_text": (
            "de tekst van de brief ({lang}) is niet terug te lezen uit de PDF",
            "the letter's text ({lang}) cannot be read back from the PDF",
        ),
        "selftest_messages": (
            "de Nederlandse en Engelse meldingen ontbreken",
            "the Dutch and English messages are missing",
        ),
        "selftest_translation": (
            "de Engelse vertaling van het scherm is niet geladen",
            "the English translation of the screens is not loaded",
        ),
        "selftest_window": (
            "het hoofdvenster is niet zichtbaar geworden",
            "the main window did not become visible",
        ),
        "selftest_failed": (
            "{count} controle(s) mislukt. Installeer WoR Desk opnieuw (zie 'Installing WoR Desk' in de "
            "README); blijft het mislukken, stuur deze uitvoer dan naar uw beheerder.",
            "{count} check(s) failed. Reinstall WoR Desk (see 'Installing WoR Desk' in the README); if it "
            "keeps failing, send this output to your administrator.",
        ),
        "selftest_passed": ("Alle controles geslaagd.", "All checks passed."),
    }
)


@dataclass(frozen=True)
class Check:
    """One check: its name in Dutch and English, and a function that raises when it fails."""

    nl: str
    en: str
    run: Callable[[], object]

    def name(self) -> str:
        return self.en if language() == "en" else self.nl


#: What the launcher adds: given the open Desk, more checks (the desk app's own).
ExtraChecks = Callable[["Desk"], Sequence[Check]]


class CheckFailed(Exception):
    """A check found something wrong; the text says what."""


def ensure(ok: object, what: str) -> None:
    if not ok:
        raise CheckFailed(what)


@contextmanager
def throwaway_home() -> Iterator[str]:
    """A temporary WOR_DESK_HOME for the duration of the self-test."""
    old = os.environ.get("WOR_DESK_HOME")
    with tempfile.TemporaryDirectory(prefix="wor-desk-zelftest-") as tmp:
        os.environ["WOR_DESK_HOME"] = tmp
        try:
            yield tmp
        finally:
            if old is None:
                os.environ.pop("WOR_DESK_HOME", None)
            else:
                os.environ["WOR_DESK_HOME"] = old


def pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


class SelfTest:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.failed = 0
        self.desk: Desk | None = None
        self.trajectory_id: int | None = None

    def line(self, status: str, name: str, detail: str = "") -> None:
        self.out.write(f"{status:<5} {name}{': ' + detail if detail else ''}\n")
        self.out.flush()

    def check(self, c: Check) -> bool:
        try:
            c.run()
        except CheckFailed as exc:
            self.failed += 1
            self.line(tr("selftest_fail"), c.name(), str(exc))
            return False
        except WorDeskError as exc:
            self.failed += 1
            self.line(tr("selftest_fail"), c.name(), str(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - the self-test reports every failure as a line
            self.failed += 1
            self.line(tr("selftest_fail"), c.name(), f"{type(exc).__name__}: {exc}")
            if os.environ.get("WOR_DESK_DEBUG"):
                traceback.print_exc(file=self.out)
            return False
        self.line("OK", c.name())
        return True

    # -- the core checks -------------------------------------------------------------------
    def create_store(self) -> None:
        from wor_desk.desk import Desk

        self.desk = Desk.create(PROFILE, secrets.token_urlsafe(16), today=lambda: TODAY)
        ensure(self.desk.store.path.is_file(), tr("selftest_store_not_written"))

    def sqlite_cannot_read(self) -> None:
        assert self.desk is not None
        con = sqlite3.connect(f"file:{self.desk.store.path}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            return
        finally:
            con.close()
        raise CheckFailed(tr("selftest_store_readable"))

    def six_steps(self) -> None:
        assert self.desk is not None
        d = self.desk
        d.update_settings(**ORGANISATION)
        tid, _ = d.register_referral(
            client=dict(CLIENT),
            bezoekdatum=date(2026, 2, 26),
            verwijsdatum=date(2026, 3, 2),
            verwijzer_type="huisarts",
            verwijzer_naam="Dr. Zelftest",
            verwijzer_praktijk="Huisartsenpraktijk Zelftest",
            toestemming_terugkoppeling=True,
            redenen=["eenzaamheid"],
        )
        d.update_trajectory(tid, eerste_contact=date(2026, 3, 4), kennismaking=date(2026, 3, 9))
        d.update_trajectory(
            tid, behoefte="Weer onder de mensen komen", aanbod="natuur", activiteit="Moestuin"
        )
        d.update_trajectory(tid, start_activiteit=date(2026, 3, 23))
        d.add_contact(tid, "nazorg", date(2026, 5, 4))
        d.close_trajectory(tid, date(2026, 6, 1), "afgerond_doel_bereikt")
        t = d.trajectory(tid)
        ensure(t.state.status == "afgesloten", tr("selftest_steps", status=t.state.status))
        self.trajectory_id = tid

    def counts(self) -> None:
        assert self.desk is not None
        cells = self.desk.counts.compute("2026-03")
        total = sum(c.value for c in cells if c.indicator == "verwijzingen")
        ensure(total == 1, tr("selftest_counts", value=total))

    def letter(self, lang: str) -> None:
        assert self.desk is not None and self.trajectory_id is not None
        letter = self.desk.letters.render(self.trajectory_id, "intake", lang=lang)
        text = pdf_text(letter.pdf)
        ensure(
            "Zelftest" in text and "Dr. Zelftest" in text and "Welzijn Zelftest" in text,
            tr("selftest_letter_text", lang=lang),
        )
        ensure(letter.text.strip(), tr("selftest_letter_text", lang=lang))

    def core_messages(self) -> None:
        nl, en = (
            tr("wrong_passphrase", "nl", profile="x"),
            tr("wrong_passphrase", "en", profile="x"),
        )
        ensure(nl != en and "wachtwoord" in nl and "passphrase" in en, tr("selftest_messages"))

    def core_checks(self) -> list[Check]:
        return [
            Check("versleutelde opslag maken", "create an encrypted store", self.create_store),
            Check(
                "sqlite3 zonder sleutel kan de opslag niet lezen",
                "sqlite3 without the key cannot read the store",
                self.sqlite_cannot_read,
            ),
            Check(
                "verwijzing door alle zes stappen",
                "a referral through all six steps",
                self.six_steps,
            ),
            Check("tellingen van een maand", "counts of a month", self.counts),
            Check(
                "brief in het Nederlands (PDF teruggelezen)",
                "letter in Dutch (PDF read back)",
                lambda: self.letter("nl"),
            ),
            Check(
                "brief in het Engels (PDF teruggelezen)",
                "letter in English (PDF read back)",
                lambda: self.letter("en"),
            ),
            Check(
                "meldingen in Nederlands en Engels",
                "messages in Dutch and English",
                self.core_messages,
            ),
        ]


def run(extra: ExtraChecks | None = None, out: TextIO | None = None) -> int:
    """Run the self-test; 0 when every check passed, 1 otherwise (with what to do)."""
    out = out or sys.stdout
    test = SelfTest(out)
    out.write(f"WoR Desk {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n")
    with throwaway_home():
        try:
            for c in test.core_checks():
                if not test.check(c) and test.desk is None:
                    break  # without a store the other checks cannot run
            if extra is not None and test.desk is not None:
                for c in extra(test.desk):
                    test.check(c)
        finally:
            if test.desk is not None:
                test.desk.close()
    if test.failed:
        out.write(tr("selftest_failed", count=test.failed) + "\n")
        return 1
    out.write(tr("selftest_passed") + "\n")
    return 0


__all__ = ["Check", "CheckFailed", "ExtraChecks", "ensure", "run"]

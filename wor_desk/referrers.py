"""The register of referrers: each referring practice with its address (for letters), its
AGB code (optional), the people who refer from it with their role, and the letter moments it
wants. Reached as `desk.referrers`.

A practice is one practice however its name is typed: names are compared case- and
space-insensitively (`process.practice_key`, as `verwijzende_praktijken` counts them). A new
referral adds its practice and referrer to the register (`note_referral`, in the referral's
own transaction) and takes the register's spelling; the sheet import matches its free text
to the register the same way (`spellings`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.engine import Connection
from sqlmodel import Session

from wor_desk import codes, messages
from wor_desk.domain import process
from wor_desk.domain.letters import Practice, PracticeReferrer
from wor_desk.domain.models import now_utc
from wor_desk.errors import RuleViolation, Violation
from wor_desk.values import Caseload, Changes

#: An AGB code (Algemeen GegevensBeheer, Vektis): eight digits.
AGB_PATTERN = re.compile(r"\d{8}")
NAME_MAX, ADDRESS_MAX = 150, 400

messages.register(
    {
        "referrer_practice_empty": (
            "Vul de naam van de praktijk in.",
            "Fill in the practice's name.",
        ),
        "referrer_name_empty": (
            "Vul de naam van de verwijzer in.",
            "Fill in the referrer's name.",
        ),
        "referrer_agb_invalid": (
            "'{value}' is geen AGB-code. Een AGB-code heeft acht cijfers (laat het veld leeg als u hem niet weet).",
            "'{value}' is not an AGB code. An AGB code has eight digits (leave it empty when you do not know it).",
        ),
        "referrer_too_long": (
            "{what} mag hoogstens {max} tekens hebben; dit zijn er {n}.",
            "{what} may have at most {max} characters; this has {n}.",
        ),
    }
)


@dataclass(frozen=True)
class Referrer:
    naam: str
    rol: str  # codes.VERWIJZER_TYPE


@dataclass(frozen=True)
class PracticeEntry:
    """One practice of the register, detached from the store."""

    sleutel: str
    naam: str
    adres: str | None
    agb: str | None
    momenten: tuple[str, ...] | None  # None: the default moments
    verwijzers: tuple[Referrer, ...]

    def address_lines(self) -> tuple[str, ...]:
        return tuple(x.strip() for x in (self.adres or "").split("\n") if x.strip())


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def _check_length(out: list[Violation], field: str, what: str, value: str, most: int) -> None:
    if len(value) > most:
        out.append(
            Violation(field, "referrer_too_long", {"what": what, "max": most, "n": len(value)})
        )


def spellings(conn: Connection) -> dict[str, str]:
    """The register's spelling of every practice by key (the import matches free text to it)."""
    return dict(conn.execute(text("SELECT sleutel, naam FROM praktijk")).all())


def note_referral(
    s: Session, praktijk: str | None, verwijzer_naam: str | None, verwijzer_type: str | None
) -> str | None:
    """Inside a referral's transaction: the practice's name as the register spells it (a
    practice new to the register is added), and its referrer added with their role."""
    key = process.practice_key(praktijk)
    if not key or verwijzer_type == "zelf":
        return praktijk
    row = s.get(Practice, key)
    if row is None:
        row = Practice(sleutel=key, naam=_clean(praktijk))
        s.add(row)
        s.flush()
    naam = _clean(verwijzer_naam)
    if naam and verwijzer_type in codes.VERWIJZER_TYPE:
        known = s.exec(
            select(PracticeReferrer.naam).where(PracticeReferrer.praktijk_sleutel == key)
        ).scalars()
        if naam.casefold() not in {n.casefold() for n in known}:
            s.add(PracticeReferrer(praktijk_sleutel=key, naam=naam, rol=verwijzer_type))
    return row.naam


class ReferrerRegister:
    """The register of referring practices, reached as `desk.referrers`."""

    def __init__(self, desk: Caseload) -> None:
        self.desk = desk

    def practices(self) -> list[PracticeEntry]:
        """Every practice of the register, by name."""
        with self.desk.session() as s:
            rows = s.exec(select(Practice).order_by(Practice.naam)).scalars().all()
            people: dict[str, list[Referrer]] = {}
            for r in s.exec(select(PracticeReferrer).order_by(PracticeReferrer.naam)).scalars():
                people.setdefault(r.praktijk_sleutel, []).append(Referrer(r.naam, r.rol))
            return [
                PracticeEntry(
                    p.sleutel,
                    p.naam,
                    p.adres,
                    p.agb,
                    p.moment_codes,
                    tuple(people.get(p.sleutel, ())),
                )
                for p in rows
            ]

    def practice(self, name: str | None) -> PracticeEntry | None:
        """The practice `name` stands for (case and spaces do not matter), if registered."""
        key = process.practice_key(name)
        return next((p for p in self.practices() if p.sleutel == key), None) if key else None

    def save_practice(self, naam: str, adres: str | None = None, agb: str | None = None) -> Changes:
        """Add a practice or change its spelling, address and AGB code (checked first)."""
        name = _clean(naam)
        address = "\n".join(_clean(x) for x in (adres or "").split("\n") if x.strip()) or None
        code = "".join((agb or "").split()) or None
        problems: list[Violation] = []
        if not name:
            problems.append(Violation("praktijk", "referrer_practice_empty", {}))
        _check_length(problems, "praktijk", "De naam", name, NAME_MAX)
        _check_length(problems, "adres", "Het adres", address or "", ADDRESS_MAX)
        if code is not None and not AGB_PATTERN.fullmatch(code):
            problems.append(Violation("agb", "referrer_agb_invalid", {"value": code[:20]}))
        if problems:
            raise RuleViolation(problems)
        key = process.practice_key(name)
        with self.desk.store.transaction() as s:
            row = s.get(Practice, key)
            if row is None:
                s.add(Practice(sleutel=key, naam=name, adres=address, agb=code))
            else:
                row.naam, row.adres, row.agb, row.gewijzigd = name, address, code, now_utc()
        return Changes.of("referrers")

    def add_referrer(self, praktijk: str, naam: str, rol: str) -> Changes:
        """Someone who refers from the practice (added to the register when new)."""
        problems: list[Violation] = []
        if not process.practice_key(praktijk):
            problems.append(Violation("praktijk", "referrer_practice_empty", {}))
        if not _clean(naam):
            problems.append(Violation("verwijzer_naam", "referrer_name_empty", {}))
        _check_length(problems, "verwijzer_naam", "De naam", _clean(naam), NAME_MAX)
        if rol not in codes.VERWIJZER_TYPE or rol == "zelf":
            problems.append(codes.VERWIJZER_TYPE.unknown("verwijzer_type", rol))
        if problems:
            raise RuleViolation(problems)
        with self.desk.store.transaction() as s:
            note_referral(s, praktijk, naam, rol)
        return Changes.of("referrers")

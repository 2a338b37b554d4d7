"""Rules for a client's own details (used by Desk, the import and the forms)."""

from __future__ import annotations

import re
from datetime import date

from wor_desk import codes
from wor_desk.domain.text import check_text
from wor_desk.errors import Violation

#: A client's own details, in the order of the paper form (Desk, the import and the hand-over).
CLIENT_FIELDS = (
    "client_nr",
    "voornaam",
    "achternaam",
    "geboortedatum",
    "geslacht",
    "postcode",
    "gemeente",
    "wijk",
    "telefoon",
    "email",
)

_POSTCODE = re.compile(r"^\s*([1-9]\d{3})\s?([A-Za-z]{2})\s*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalise_postcode(value: str | None) -> str | None:
    """'1234ab' -> '1234 AB'; None when it is not a Dutch postcode."""
    if value is None:
        return None
    m = _POSTCODE.match(value)
    return f"{m[1]} {m[2].upper()}" if m else None


def check_client(fields: dict, today: date) -> list[Violation]:
    out: list[Violation] = check_text(fields)
    if not (fields.get("client_nr") or "").strip():
        out.append(Violation("client_nr", "required", {"field": "client_nr"}))
    if not (fields.get("achternaam") or "").strip():
        out.append(Violation("achternaam", "required", {"field": "achternaam"}))
    g = fields.get("geslacht")
    if g is not None and g not in codes.GESLACHT:
        out.append(codes.GESLACHT.unknown("geslacht", g))
    pc = fields.get("postcode")
    if pc and normalise_postcode(pc) is None:
        out.append(Violation("postcode", "postcode_invalid", {"value": pc}))
    em = fields.get("email")
    if em and not _EMAIL.match(em.strip()):
        out.append(Violation("email", "email_invalid", {"value": em}))
    b = fields.get("geboortedatum")
    if b is not None and b > today:
        out.append(
            Violation("geboortedatum", "birth_date_future", {"date": b.strftime("%d-%m-%Y")})
        )
    return out

"""The rules of the sociale kaart, in one place (pure functions: no store, no Qt).

Which entries are valid, which are closed (never offered), which are stale (not checked
for too long), and which suit a client. The form, the CSV import, the CLI and the match
all call these."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from wor_desk import codes
from wor_desk.domain import clients as client_rules
from wor_desk.domain import text as text_rules
from wor_desk.errors import Violation
from wor_desk.values import stripped

#: The Open Referral (RRULE) spelling of `codes.DAG`, used in the CSV.
DAG_HSDS = dict(zip(codes.DAG.codes(), ("MO", "TU", "WE", "TH", "FR", "SA", "SU"), strict=True))
HSDS_DAG = {v: k for k, v in DAG_HSDS.items()}

#: Default months after which an unchecked entry is flagged (profile setting below).
STALE_MONTHS = 6
STALE_SETTING = "sociale_kaart_controle_maanden"

#: Fields of an activity a form, the CLI or the import may set.
ACTIVITY_FIELDS = (
    "naam",
    "aanbod",
    "aanbieder",
    "omschrijving",
    "adres",
    "postcode",
    "gemeente",
    "wijk",
    "dagen",
    "tijden",
    "kosten",
    "aanmelden",
    "contactpersoon",
    "telefoon",
    "email",
    "toegankelijkheid",
    "rolstoeltoegankelijk",
    "leeftijd_min",
    "leeftijd_max",
    "talen",
    "actief_van",
    "actief_tot",
    "plek",
    "gecontroleerd",
)
_MAX_LEN = {
    "naam": 200,
    "aanbieder": 200,
    "adres": 200,
    "gemeente": 100,
    "wijk": 100,
    "tijden": 200,
    "kosten": 200,
    "contactpersoon": 150,
    "telefoon": 40,
    "email": 200,
    "talen": 100,
}


def _fmt(d: date) -> str:
    return d.strftime("%d-%m-%Y")


def add_months(d: date, months: int) -> date:
    """Same day `months` later (or earlier); the 31st becomes the month's last day."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def split_days(value: str | None) -> tuple[str, ...]:
    """'ma, wo' / 'MO,WE' / 'maandag woensdag' -> ('ma', 'wo'), in week order; unknown words kept
    as they are so that `check_activity` can name them."""
    if not value:
        return ()
    out: list[str] = []
    for word in re.split(r"[\s,;/]+", value.strip()):
        if not word:
            continue
        w = word.lower()
        code = HSDS_DAG.get(word.upper()) or (w if w in codes.DAG else None)
        code = code or next((c.code for c in codes.DAG if c.nl == w or c.en.lower() == w), None)
        out.append(code or word)
    known = [c for c in codes.DAG.codes() if c in out]
    return tuple(dict.fromkeys(known + [w for w in out if w not in codes.DAG]))


def join_days(days: tuple[str, ...] | list[str]) -> str | None:
    return ",".join(days) if days else None


def split_list(value: str | None) -> tuple[str, ...]:
    """A ';' or ',' separated list (languages, categories)."""
    if not value:
        return ()
    return tuple(dict.fromkeys(w.strip() for w in re.split(r"[;,]", value) if w.strip()))


def check_activity(a: dict, today: date) -> list[Violation]:
    """Every rule a would-be catalogue entry breaks (empty when valid)."""
    out: list[Violation] = []
    if not (a.get("naam") or "").strip():
        out.append(Violation("naam", "required", {"field": "naam"}))
    if not a.get("aanbod"):
        out.append(Violation("aanbod", "required", {"field": "aanbod"}))
    elif a["aanbod"] not in codes.AANBOD:
        out.append(codes.AANBOD.unknown("aanbod", a["aanbod"]))
    plek = a.get("plek")
    if plek and plek not in codes.PLEK:
        out.append(codes.PLEK.unknown("plek", plek))
    for day in split_days(a.get("dagen")):
        if day not in codes.DAG:
            out.append(codes.DAG.unknown("dagen", day))
    for name, v in a.items():
        if isinstance(v, str):
            bad = text_rules.problem(name, v, _MAX_LEN.get(name, text_rules.max_length(name)))
            if bad is not None:
                out.append(bad)
    pc = a.get("postcode")
    if pc and client_rules.normalise_postcode(pc) is None:
        out.append(Violation("postcode", "postcode_invalid", {"value": pc}))
    em = a.get("email")
    if em and not client_rules._EMAIL.match(em.strip()):
        out.append(Violation("email", "email_invalid", {"value": em}))
    lo, hi = a.get("leeftijd_min"), a.get("leeftijd_max")
    for name, v in (("leeftijd_min", lo), ("leeftijd_max", hi)):
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= 120):
            out.append(Violation(name, "activity_age_invalid", {"value": v}))
    if isinstance(lo, int) and isinstance(hi, int) and lo > hi:
        out.append(Violation("leeftijd_max", "activity_age_range", {"low": lo, "high": hi}))
    van, tot = a.get("actief_van"), a.get("actief_tot")
    if van and tot and tot < van:
        out.append(
            Violation(
                "actief_tot", "activity_period_reversed", {"since": _fmt(van), "until": _fmt(tot)}
            )
        )
    checked = a.get("gecontroleerd")
    if checked and checked > today:
        out.append(Violation("gecontroleerd", "activity_checked_future", {"date": _fmt(checked)}))
    return out


def is_closed(actief_tot: date | None, on: date) -> bool:
    """Closed after its last active day (funding ended): kept in history, never offered."""
    return actief_tot is not None and actief_tot < on


def not_started(actief_van: date | None, on: date) -> bool:
    return actief_van is not None and actief_van > on


def offer_problems(
    naam: str, actief_van: date | None, actief_tot: date | None, on: date
) -> list[Violation]:
    """May this activity be proposed on `on`? Closed or not-yet-started ones may not."""
    if is_closed(actief_tot, on):
        assert actief_tot is not None
        return [
            Violation("activiteit", "activity_closed", {"name": naam, "date": _fmt(actief_tot)})
        ]
    if not_started(actief_van, on):
        assert actief_van is not None
        return [
            Violation(
                "activiteit", "activity_not_started", {"name": naam, "date": _fmt(actief_van)}
            )
        ]
    return []


def is_stale(gecontroleerd: date | None, today: date, months: int = STALE_MONTHS) -> bool:
    """Not checked for `months` months or more (or never checked)."""
    return gecontroleerd is None or add_months(gecontroleerd, months) <= today


@dataclass(frozen=True)
class Suitability:
    """How an activity fits a client: used to sort proposals, never to hide them silently."""

    same_wijk: bool
    same_gemeente: bool
    category_fits: bool
    age_fits: bool | None  # None: age or range unknown


def suits_age(age: int | None, lo: int | None, hi: int | None) -> bool | None:
    if age is None or (lo is None and hi is None):
        return None
    return (lo is None or age >= lo) and (hi is None or age <= hi)


def clean_activity(data: dict) -> dict:
    """Strip texts (empty -> None), normalise days and postcode: what the form, CLI and import share."""
    out = stripped(data)
    if "dagen" in out:
        days = (
            split_days(out["dagen"]) if isinstance(out["dagen"], str) else tuple(out["dagen"] or ())
        )
        out["dagen"] = join_days(days)
    if out.get("postcode"):
        out["postcode"] = client_rules.normalise_postcode(out["postcode"]) or out["postcode"]
    if "talen" in out and out["talen"]:
        out["talen"] = ",".join(t.lower() for t in split_list(out["talen"])) or None
    return out

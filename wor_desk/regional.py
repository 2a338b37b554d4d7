"""Codes a region adds to a list: INDICATORS.md lets a region add its own referral reasons
(never rename the codebook's). They are kept in the profile (setting `regio_codes`), applied
to the code list while the profile is open, and count as their own category at the desk
(screens, exports). What leaves the desk (the sync) counts them as `overig`, because the
collector knows only the codebook's codes (`counts.compute_with_days(..., codebook_only=True)`).

    desk.regional_codes.add("reden", "digitale_vaardigheden", "Digitale vaardigheden", "Digital skills")
"""

from __future__ import annotations

import re
import weakref

from wor_desk import codes, messages
from wor_desk.codes import Code, CodeList
from wor_desk.errors import InputError
from wor_desk.values import Caseload, Changes

#: The lists a region may add to (the command line's `wor-desk codes add LIST ...`).
EXTENDABLE: dict[str, CodeList] = {"reden": codes.REDEN}
SETTING = "regio_codes"
#: What a code looks like: lower case letters, digits and _, starting with a letter (as stored).
CODE_PATTERN = re.compile(r"[a-z][a-z0-9_]{1,39}")
LABEL_MAX = 80

messages.register(
    {
        "regional_list_unknown": (
            "Aan de lijst '{value}' kunnen geen codes worden toegevoegd. Kies uit: {lists}.",
            "Codes cannot be added to the list '{value}'. Choose from: {lists}.",
        ),
        "regional_code_invalid": (
            "'{value}' is geen geldige code. Gebruik kleine letters, cijfers en _, beginnend met een letter (2 tot 40 tekens), bijvoorbeeld digitale_vaardigheden.",
            "'{value}' is not a valid code. Use lower-case letters, digits and _, starting with a letter (2 to 40 characters), for example digital_skills.",
        ),
        "regional_code_exists": (
            "De code '{value}' bestaat al in de lijst {list}. Kies een andere code; bestaande codes worden nooit hernoemd.",
            "The code '{value}' already exists in the list {list}. Choose another code; existing codes are never renamed.",
        ),
        "regional_label_missing": (
            "Geef een Nederlandse en een Engelse omschrijving (--label-nl en --label-en).",
            "Give a Dutch and an English label (--label-nl and --label-en).",
        ),
        "regional_label_too_long": (
            "Een omschrijving mag hoogstens {max} tekens hebben; deze heeft er {n}.",
            "A label may have at most {max} characters; this one has {n}.",
        ),
    }
)


def _stored(desk: Caseload) -> dict[str, list[list[str]]]:
    raw = desk.setting(SETTING)
    if not isinstance(raw, dict):
        return {}
    return {
        name: [list(r) for r in rows if isinstance(r, list) and len(r) == 3]
        for name, rows in raw.items()
        if name in EXTENDABLE and isinstance(rows, list)
    }


#: The open profiles, latest last (weak: a profile never closed does not stay alive for this):
#: the code lists hold the latest one's additions.
_OPEN: list[weakref.ref] = []


def _alive() -> list[Caseload]:
    _OPEN[:] = [r for r in _OPEN if r() is not None]
    return [d for d in (r() for r in _OPEN) if d is not None]


def apply(desk: Caseload) -> None:
    """Put the profile's added codes on the code lists (when a profile opens, or after an add)."""
    if desk not in _alive():
        _OPEN.append(weakref.ref(desk))
    stored = _stored(desk)
    for name, cl in EXTENDABLE.items():
        cl.set_regional([tuple(r) for r in stored.get(name, [])])


def release(desk: Caseload) -> None:
    """The profile closes: its codes come off the lists (another open profile's go back on)."""
    _OPEN[:] = [r for r in _OPEN if r() is not None and r() is not desk]
    rest = _alive()
    if rest:
        try:
            apply(rest[-1])
            return
        except Exception:  # noqa: BLE001 - that profile is being closed too; fall through
            pass
    for cl in EXTENDABLE.values():
        cl.set_regional([])


def _label(text: str | None) -> str:
    label = " ".join((text or "").split())
    if not label:
        raise InputError("regional_label_missing")
    if len(label) > LABEL_MAX:
        raise InputError("regional_label_too_long", max=LABEL_MAX, n=len(label))
    return label


class RegionalCodes:
    """Reached as `desk.regional_codes`: list and add a region's own codes."""

    LISTS = tuple(EXTENDABLE)

    def __init__(self, desk: Caseload) -> None:
        self.desk = desk

    def added(self, list_name: str = "reden") -> list[Code]:
        """The codes the region added to a list, in the order they were added."""
        return self._list(list_name).regional()

    def add(self, list_name: str, code: str, label_nl: str, label_en: str) -> Changes:
        """Add a code with its Dutch and English label; checked before anything is written."""
        cl = self._list(list_name)
        code = (code or "").strip()
        if not CODE_PATTERN.fullmatch(code):
            raise InputError("regional_code_invalid", value=code[:60])
        if code in cl:
            raise InputError("regional_code_exists", value=code, list=cl.title())
        nl, en = _label(label_nl), _label(label_en)
        stored = _stored(self.desk)
        stored.setdefault(list_name, []).append([code, nl, en])
        self.desk.update_settings(**{SETTING: stored})
        apply(self.desk)
        return Changes.of("codes")

    @staticmethod
    def _list(name: str) -> CodeList:
        cl = EXTENDABLE.get((name or "").strip())
        if cl is None:
            raise InputError("regional_list_unknown", value=name, lists=", ".join(EXTENDABLE))
        return cl

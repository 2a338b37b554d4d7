"""Text at the door: how long a field may be and which characters it may hold.

One rule for the form, the import and the CLI (they all reach it through the domain checks):

- `normalise(value)`: spaces trimmed, Unicode NFC, CR LF -> LF; in a one-line field the bidi
  override and isolate characters (U+202A-U+202E, U+2066-U+2069), which make a name read
  backwards on screen and in letters, are removed.
- `check_text(fields)`: a control character (NUL, escape, ...) is refused; a one-line field holds
  no newline or tab; no field is longer than its maximum (`max_length`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from wor_desk import messages
from wor_desk.errors import Violation

#: A one-line text (a name, practice, town, activity...).
ONE_LINE_MAX = 200
#: A free text (complaints, notes, an explanation).
FREE_TEXT_MAX = 4000
#: Fields that hold free text: newlines and tabs are fine there.
FREE_TEXT = frozenset(
    {
        "klachten",
        "reden_omschrijving",
        "behoefte",
        "afsluit_toelichting",
        "notitie",
        "omschrijving",
        "toelichting",
        "aanmelden",
        "toegankelijkheid",
    }
)
#: One-line fields with a tighter maximum than ONE_LINE_MAX.
_MAX = {"client_nr": 64, "telefoon": 40, "postcode": 16}

_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: Control characters (C0, DEL, C1) and lone surrogates; a free text may hold LF and tab.
_CONTROL_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_FREE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

messages.register(
    {
        "text_too_long": (
            "{field} is te lang ({length} tekens, hoogstens {max}). Kort de tekst in.",
            "{field} is too long ({length} characters, at most {max}). Shorten the text.",
        ),
        "text_control_char": (
            "{field} bevat een onzichtbaar stuurteken ({char}) op positie {pos}. Verwijder het en "
            "probeer het opnieuw.",
            "{field} holds an invisible control character ({char}) at position {pos}. Remove it "
            "and try again.",
        ),
        "text_line_break": (
            "{field} past op één regel: er staat een regeleinde of tab op positie {pos}. Zet de "
            "tekst op één regel.",
            "{field} is a one-line field: it holds a line break or tab at position {pos}. Put the "
            "text on one line.",
        ),
    }
)


_LIMIT = {**{f: FREE_TEXT_MAX for f in FREE_TEXT}, **_MAX}


def max_length(field: str) -> int:
    """The longest text the field may hold."""
    if field in FREE_TEXT:
        return FREE_TEXT_MAX
    return _MAX.get(field, ONE_LINE_MAX)


def normalise(value: str | None, field: str = "") -> str | None:
    """Trimmed, NFC, LF line ends; bidi overrides out of one-line fields; '' -> None."""
    if value is None:
        return None
    text = value.strip()
    if text.isascii():  # the common case: nothing to normalise but the ends and CR LF
        return (text.replace("\r\n", "\n") if "\r" in text else text) or None
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n")
    if field not in FREE_TEXT:
        text = _BIDI.sub("", text).strip()
    return text or None


def normalise_fields(fields: Mapping[str, object]) -> dict:
    """`normalise` every text value of `fields` (other values as they are)."""
    return {k: normalise(v, k) if isinstance(v, str) else v for k, v in fields.items()}


def problem(field: str, value: str, limit: int | None = None) -> Violation | None:
    """What is wrong with one text value (characters, then length), or None."""
    bad = control_problem(field, value)
    if bad is not None:
        return bad
    limit = limit or max_length(field)
    if len(value) > limit:
        return Violation(
            field, "text_too_long", {"field": field, "length": len(value), "max": limit}
        )
    return None


def control_problem(field: str, value: str) -> Violation | None:
    """A control character in the value (a line break or tab only in a free text), or None."""
    m = (_CONTROL_FREE if field in FREE_TEXT else _CONTROL_LINE).search(value)
    if m is None:
        return None
    ch, pos = m.group(), m.start() + 1
    if ch in "\n\t\r" and field not in FREE_TEXT:
        return Violation(field, "text_line_break", {"field": field, "pos": pos})
    return Violation(
        field, "text_control_char", {"field": field, "char": f"U+{ord(ch):04X}", "pos": pos}
    )


def check_text(fields: Mapping[str, object], only: Iterable[str] | None = None) -> list[Violation]:
    """The text rules over every text value of `fields` (or the fields named in `only`)."""
    names = fields.keys() if only is None else [f for f in only if f in fields]
    out = []
    for f in names:
        v = fields[f]
        # fast path: printable (no control, format or separator character) and short enough
        if isinstance(v, str) and (not v.isprintable() or len(v) > _LIMIT.get(f, ONE_LINE_MAX)):
            p = problem(f, v)
            if p is not None:
                out.append(p)
    return out

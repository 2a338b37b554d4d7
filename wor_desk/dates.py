"""Reading dates as people write them. One module, used by the import, the CLI and the forms."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

#: Month names as a Dutch or English reader writes them (letters, counts, reports).
MONTH_NAMES = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DMY_SHORT = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}))?$")
_WORDS = {
    "vandaag": 0,
    "today": 0,
    "gisteren": -1,
    "yesterday": -1,
    "morgen": 1,
    "tomorrow": 1,
    "eergisteren": -2,
}


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_sheet_date(value: object) -> date | None:
    """A date cell of a registration sheet: YYYY-MM-DD or DD-MM-YYYY (also with /), or an
    xlsx date cell. Returns None when the value cannot be read as a date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if m := _ISO.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if (m := _DMY.match(text)) and "." not in text:
        return _make(int(m[3]), int(m[2]), int(m[1]))
    # an xlsx cell typed as text may still carry a time: 2026-03-02 00:00:00
    if (
        len(text) > 10
        and text[10] in " T"
        and (m := _ISO.match(text[:10]))
        and text[11:].strip("0: ") == ""
    ):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    return None


def parse_typed_date(text: str, today: date, *, past: bool = False) -> date | None:
    """A date as a coach types it: `vandaag`, `gisteren`, `12-3` (this year), `12-3-26`,
    `12-03-2026`, `2026-03-12`. Returns None when it cannot be read.

    `past=True` is for dates that cannot lie in the future (a birth date): a two-digit year
    is the latest century that puts the date on or before today ("14-5-58" is 1958, not 2058)."""
    t = text.strip().lower()
    if not t:
        return None
    if t in _WORDS:
        return today + timedelta(days=_WORDS[t])
    if m := _DMY_SHORT.match(t):
        if m[3] is None:
            year = today.year
        else:
            year = 2000 + int(m[3])
            if past:
                d = _make(year, int(m[2]), int(m[1]))
                if d is not None and d > today:
                    year -= 100
        return _make(year, int(m[2]), int(m[1]))
    if m := _DMY.match(t):
        return _make(int(m[3]), int(m[2]), int(m[1]))
    if m := _ISO.match(t):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    return None


def fmt(d: date | None) -> str:
    """dd-mm-yyyy, the way every screen and letter shows a date."""
    return "" if d is None else d.strftime("%d-%m-%Y")


def age_on(birth: date, on: date) -> int:
    """Age in whole years on a day (a birthday on that day counts)."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))

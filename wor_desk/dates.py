"""Reading dates as people write them. One module, used by the import, the CLI and the forms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from wor_desk.errors import InputError
from wor_desk.i18n import language

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


# -- periods: a month, a quarter or a year (the counts, reports and sync use them) ---------------------------------------------------------------------------------
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class Period:
    """A month (`YYYY-MM`), quarter (`YYYY-Qn`) or year (`YYYY`): the days `start`..`end`."""

    text: str
    kind: str  # "maand", "kwartaal" or "jaar"
    start: date
    end: date  # inclusive

    def __str__(self) -> str:
        return self.text

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def months(self) -> list[str]:
        """The months (YYYY-MM) the period holds, in order."""
        return [f"{y:04d}-{m:02d}" for y, m in _month_range(self.start, self.end)]

    def previous_year(self) -> Period:
        """The same period one year earlier (the comparison in reports)."""
        return parse_period(str(self.start.year - 1) + self.text[4:])

    def shifted(self, steps: int) -> Period:
        """The period `steps` periods later (negative: earlier) of the same kind."""
        y = self.start.year
        if self.kind == "jaar":
            return parse_period(f"{y + steps:04d}")
        if self.kind == "kwartaal":
            q = y * 4 + (self.start.month - 1) // 3 + steps
            return parse_period(f"{q // 4:04d}-Q{q % 4 + 1}")
        m = y * 12 + self.start.month - 1 + steps
        return parse_period(f"{m // 12:04d}-{m % 12 + 1:02d}")

    def label(self, lang: str | None = None) -> str:
        """How people say it: `maart 2026`, `1e kwartaal 2026`, `2026`."""
        en = (lang or language()) == "en"
        y = self.start.year
        if self.kind == "maand":
            return f"{MONTH_NAMES['en' if en else 'nl'][self.start.month - 1]} {y}"
        if self.kind == "kwartaal":
            q = (self.start.month - 1) // 3 + 1
            return f"Q{q} {y}" if en else f"{q}e kwartaal {y}"
        return str(y)


def _month_range(start: date, end: date) -> list[tuple[int, int]]:
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _month_end(y: int, m: int) -> date:
    return (date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)) - timedelta(days=1)


def parse_period(text: str) -> Period:
    """`2026-03`, `2026-Q1` (also `2026-q1`) or `2026` -> Period. Raises InputError otherwise."""
    raw = text if isinstance(text, str) else str(text)
    t = raw.strip()
    try:
        if m := _MONTH.match(t):
            y, mo = int(m[1]), int(m[2])
            if 1 <= mo <= 12 and y >= 1900:
                return Period(f"{y:04d}-{mo:02d}", "maand", date(y, mo, 1), _month_end(y, mo))
        elif m := _QUARTER.match(t):
            y, q = int(m[1]), int(m[2])
            if y >= 1900:
                return Period(
                    f"{y:04d}-Q{q}", "kwartaal", date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
                )
        elif m := _YEAR.match(t):
            y = int(m[1])
            if y >= 1900:
                return Period(f"{y:04d}", "jaar", date(y, 1, 1), date(y, 12, 31))
    except ValueError:  # pragma: no cover - the patterns keep dates valid
        pass
    raise InputError("counts_period_invalid", value=raw[:40])


def months_of(period: str | Period) -> list[str]:
    """The months (YYYY-MM) of a period: one for a month, three for a quarter, twelve for a year."""
    p = period if isinstance(period, Period) else parse_period(period)
    return p.months()


def period_of(day: date, kind: str) -> Period:
    """The month, quarter or year that holds `day`."""
    if kind == "maand":
        return parse_period(f"{day.year:04d}-{day.month:02d}")
    if kind == "kwartaal":
        return parse_period(f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}")
    if kind == "jaar":
        return parse_period(f"{day.year:04d}")
    raise ValueError(f"unknown period kind {kind!r}")

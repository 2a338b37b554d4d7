"""Working-day arithmetic: Monday to Friday less the public holidays of the Netherlands as
the `holidays` package lists them. The only place in WoR Desk that knows what a working
day is (INDICATORS.md, `contact_binnen_5_werkdagen`)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

#: The first-contact norm: contact on or before the 5th working day after the referral.
FIRST_CONTACT_WORKDAYS = 5


@lru_cache(maxsize=64)
def _holidays_of(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NL", years=year).keys())


def is_holiday(d: date) -> bool:
    return d in _holidays_of(d.year)


def is_workday(d: date) -> bool:
    return d.weekday() < 5 and not is_holiday(d)


def add_workdays(d: date, n: int) -> date:
    """The n-th working day strictly after d (n >= 1); d itself never counts."""
    if n < 1:
        raise ValueError("n must be at least 1")
    day = d
    while n:
        day += timedelta(days=1)
        if is_workday(day):
            n -= 1
    return day


def next_workday(d: date) -> date:
    """d itself when it is a working day, else the first working day after it."""
    while not is_workday(d):
        d += timedelta(days=1)
    return d


def first_contact_deadline(verwijsdatum: date) -> date:
    """The last day on which a first contact still counts as within 5 working days."""
    return add_workdays(verwijsdatum, FIRST_CONTACT_WORKDAYS)


def contact_within_deadline(verwijsdatum: date, eerste_contact: date | None) -> bool:
    return eerste_contact is not None and eerste_contact <= first_contact_deadline(verwijsdatum)


def workdays_between(start: date, end: date) -> int:
    """Working days strictly after `start` up to and including `end` (negative if end < start)."""
    if end < start:
        return -workdays_between(end, start)
    return sum(1 for i in range(1, (end - start).days + 1) if is_workday(start + timedelta(days=i)))

"""Working days around Easter, King's Day, Liberation Day and Christmas, as the `holidays`
package's Netherlands calendar lists them (INDICATORS.md)."""

from datetime import date

import pytest

from wor_desk.workdays import (
    add_workdays,
    first_contact_deadline,
    is_holiday,
    is_workday,
    next_workday,
    workdays_between,
)

D = date


@pytest.mark.parametrize(
    "day", [D(2026, 4, 3), D(2026, 4, 5), D(2026, 4, 6), D(2027, 3, 26), D(2027, 3, 29)]
)
def test_good_friday_easter_sunday_and_easter_monday_are_holidays(day):
    assert is_holiday(day) and not is_workday(day)


def test_a_referral_before_easter_has_until_the_monday_after_next(desk):
    # Thu 2 April 2026: Good Friday 3 and Easter Monday 6 April do not count
    assert first_contact_deadline(D(2026, 4, 2)) == D(2026, 4, 13)
    assert workdays_between(D(2026, 4, 2), D(2026, 4, 10)) == 4


def test_kings_day_is_27_april_and_26_april_when_the_27th_is_a_sunday():
    assert is_holiday(D(2026, 4, 27)) and not is_workday(D(2026, 4, 27))  # a Monday
    assert D(2025, 4, 27).weekday() == 6
    assert is_holiday(D(2025, 4, 26)) and not is_holiday(D(2025, 4, 27))
    assert add_workdays(D(2026, 4, 24), 1) == D(2026, 4, 28)


def test_liberation_day_counts_only_in_the_years_the_holidays_package_lists_it():
    # the package lists Bevrijdingsdag in lustrum years (2025, 2030), not in 2026
    assert is_holiday(D(2025, 5, 5)) and not is_workday(D(2025, 5, 5))
    assert is_holiday(D(2030, 5, 5))
    assert not is_holiday(D(2026, 5, 5)) and is_workday(D(2026, 5, 5))
    assert first_contact_deadline(D(2025, 4, 30)) == D(2025, 5, 8)  # Mon 5 May 2025 skipped
    assert first_contact_deadline(D(2026, 4, 30)) == D(2026, 5, 7)


def test_christmas_and_new_year_are_skipped_across_the_turn_of_the_year():
    assert not is_workday(D(2026, 12, 25)) and not is_workday(D(2026, 12, 26))
    assert first_contact_deadline(D(2026, 12, 24)) == D(2027, 1, 4)
    assert workdays_between(D(2026, 12, 24), D(2027, 1, 4)) == 5


def test_next_workday_is_the_day_itself_or_the_first_working_day_after():
    assert next_workday(D(2026, 11, 23)) == D(2026, 11, 23)
    assert next_workday(D(2026, 12, 25)) == D(2026, 12, 28)
    assert next_workday(D(2026, 4, 3)) == D(2026, 4, 7)
    assert next_workday(D(2026, 5, 14)) == D(2026, 5, 15)  # Ascension Day

"""Typed dates: a birth date's two-digit year (issue 12, item 7)."""

from datetime import date

from wor_desk.dates import parse_typed_date


def test_a_two_digit_year_of_a_past_date_is_never_in_the_future():
    today = date(2026, 11, 23)
    assert parse_typed_date("14-5-58", today, past=True) == date(1958, 5, 14)
    assert parse_typed_date("14-5-58", today) == date(2058, 5, 14)  # a plan date may be ahead
    assert parse_typed_date("1-1-26", today, past=True) == date(2026, 1, 1)
    assert parse_typed_date("24-11-26", today, past=True) == date(1926, 11, 24)

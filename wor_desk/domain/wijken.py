"""The wijkindeling's table and rules: which postcodes belong to which gemeente and wijk.

A row covers one PC4 (`van` "AA" to `tot` "ZZ") or a range of PC6 letters within a PC4 where
a wijk splits it ("9724AA-9724KZ"). A postcode is found in the most specific row that holds it.
Pure functions; the service is wor_desk.wijken (reached as `desk.wijken`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Field, SQLModel


class WijkRow(SQLModel, table=True):
    __tablename__ = "wijkindeling"

    id: int | None = Field(default=None, primary_key=True)
    pc4: int = Field(index=True)
    van: str = Field(default="AA", max_length=2)
    tot: str = Field(default="ZZ", max_length=2)
    gemeente: str = Field(max_length=100)
    wijk: str | None = Field(default=None, max_length=100)


@dataclass(frozen=True)
class Area:
    """One row of a wijkindeling, as plain values."""

    pc4: int
    van: str
    tot: str
    gemeente: str
    wijk: str | None

    @property
    def whole_pc4(self) -> bool:
        return (self.van, self.tot) == ("AA", "ZZ")

    def holds(self, pc4: int, letters: str | None) -> bool:
        if pc4 != self.pc4:
            return False
        if letters is None:
            return self.whole_pc4
        return self.van <= letters <= self.tot

    def label(self) -> str:
        if self.whole_pc4:
            return str(self.pc4)
        return f"{self.pc4}{self.van}-{self.pc4}{self.tot}"


_PC6 = re.compile(r"^([1-9]\d{3})\s?([A-Za-z]{2})?$")
_RANGE = re.compile(r"^([1-9]\d{3})\s?([A-Za-z]{2})\s*-\s*([1-9]\d{3})\s?([A-Za-z]{2})$")


def split_postcode(text: str | None) -> tuple[int, str | None] | None:
    """'9724 AB' -> (9724, 'AB'); '9724' -> (9724, None); anything else -> None."""
    m = _PC6.match((text or "").strip())
    if not m:
        return None
    return int(m[1]), (m[2].upper() if m[2] else None)


def parse_range(text: str) -> tuple[int, str, str] | None:
    """A postcode cell of the wijkindeling: '9724' (the whole PC4) or '9724AA-9724KZ' (a range
    of PC6 within one PC4). None when it is neither."""
    t = (text or "").strip()
    m = _PC6.match(t)
    if m and not m[2]:
        return int(m[1]), "AA", "ZZ"
    m = _RANGE.match(t)
    if m and m[1] == m[3] and m[2].upper() <= m[4].upper():
        return int(m[1]), m[2].upper(), m[4].upper()
    return None


def overlaps(a: Area, b: Area) -> bool:
    """Two rows claim the same postcode. A whole PC4 beside ranges within it is allowed (the
    ranges are the exceptions); two ranges or two whole PC4 rows may not overlap."""
    if a.pc4 != b.pc4 or a.whole_pc4 != b.whole_pc4:
        return False
    return a.van <= b.tot and b.van <= a.tot


def find(areas: list[Area], postcode: str | None) -> Area | None:
    """The row that holds `postcode`: a PC6 range before the whole PC4."""
    pc = split_postcode(postcode)
    if pc is None:
        return None
    pc4, letters = pc
    best = None
    for a in areas:
        if a.pc4 != pc4:
            continue
        if letters is not None and not a.whole_pc4 and a.van <= letters <= a.tot:
            return a
        if a.whole_pc4:
            best = a
    return best

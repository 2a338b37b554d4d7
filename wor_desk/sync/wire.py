"""The sync payload on the wire: one schema, shared by the desk (which builds it) and the
collector (which validates it strictly). Documented in docs/sync.md.

    POST /api/v1/push   {"schema": 1, "months": [Month, ...]}

A Month is one desk's codebook cells of one period after disclosure control, the keyed
hashes of its referring practices, a revision number and a digest. Nothing else exists in
the schema, so nothing else can be sent: unknown fields are refused.

Schema 2 (schema 1 is still accepted): besides calendar months (`YYYY-MM`, every cell) a desk
sends each quarter (`YYYY-Qn`) and year (`YYYY`) as a set of its own, holding only the
`totaal` rows (a period's breakdowns are the sums of its months'), and the mean days to
intake carries its exact `sum` of days, so totals over desks and periods are exact.
"""

from __future__ import annotations

import hashlib
import json
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from wor_desk import counts
from wor_desk.values.counts import WITHHELD
from wor_desk.values.sync import MonthPayload

SCHEMA_VERSION = 2
SCHEMAS = (1, 2)
#: Refused with 413 above this many bytes (36 months of a busy desk are ~150 kB).
MAX_BODY_BYTES = 2_000_000
MAX_MONTHS_PER_PUSH = 60
MAX_CELLS_PER_MONTH = 3000
MAX_PRACTICES_PER_MONTH = 3000
#: No desk makes a million referrals a month: a larger count is a broken payload.
MAX_COUNT = 1_000_000
MAX_DAYS = 3660  # mean days to intake: ten years is absurd already

_PERIOD = re.compile(r"^(19|20|21)\d\d-(0[1-9]|1[0-2])$")
_LONGER_PERIOD = re.compile(r"^(19|20|21)\d\d(-Q[1-4])?$")
MEAN = "gemiddelde_dagen_tot_intake"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
#: A name: no control character (C0, DEL, C1), line or paragraph separator or bidi override.
_FREE_CATEGORY = re.compile(r"[^\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]{1,201}")
_AGE_CATEGORIES = {name for _, name in counts.AGE_GROUPS} | {counts.UNKNOWN}

Category = Annotated[str, StringConstraints(min_length=1, max_length=201)]


def category_ok(indicator: str, category: str) -> bool:
    """Is `category` a possible category of `indicator` (codes from wor_desk.codes)?"""
    if indicator not in counts.BREAKDOWNS:
        return category == counts.TOTAL
    if category == WITHHELD:
        return True
    cl = counts.CODE_LISTS.get(indicator)
    if cl is not None:
        return category in cl or (
            indicator == "verwijzingen_per_geslacht" and category == counts.UNKNOWN
        )
    if indicator == "verwijzingen_per_leeftijdsgroep":
        return category in _AGE_CATEGORIES
    # gemeente and gemeente/wijk: names, but never control characters
    return bool(_FREE_CATEGORY.fullmatch(category))


class WireCell(BaseModel):
    """One cell: exact (`value`), or suppressed (`suppressed: true` and bounds `lo`..`hi`)."""

    model_config = ConfigDict(extra="forbid")

    indicator: str
    category: Category
    value: int | Decimal | None = None
    suppressed: bool = Field(default=False, strict=True)
    lo: int | None = Field(default=None, ge=0, le=MAX_COUNT, strict=True)
    hi: int | None = Field(default=None, ge=0, le=MAX_COUNT, strict=True)
    #: Only on the mean days to intake: the exact sum of the days over the period's intakes.
    sum: int | None = Field(default=None, ge=0, le=MAX_COUNT * MAX_DAYS, strict=True)

    @field_validator("value", mode="before")
    @classmethod
    def _no_bools(cls, v: object) -> object:
        if isinstance(v, bool):
            raise ValueError("a value is a number, not true/false")
        if isinstance(v, float):  # JSON 12.3 -> Decimal('12.3'), never binary floats
            return Decimal(repr(v))
        if isinstance(v, str):
            raise ValueError("a value is a number, not text")
        return v

    @model_validator(mode="after")
    def _check(self) -> WireCell:
        ind = self.indicator
        if ind not in counts.INDICATORS:
            raise ValueError(f"unknown indicator {ind[:60]!r}")
        if not category_ok(ind, self.category):
            raise ValueError(f"category {self.category[:60]!r} is not a category of {ind}")
        if self.sum is not None and (ind != MEAN or self.suppressed):
            raise ValueError(f"{ind}/{self.category}: only a sent mean carries a sum")
        if self.suppressed:
            if self.value is not None:
                raise ValueError(f"{ind}/{self.category}: a suppressed cell carries no value")
            if ind in counts.BREAKDOWNS:
                if self.lo is None or self.hi is None or not 1 <= self.lo <= self.hi:
                    raise ValueError(
                        f"{ind}/{self.category}: a suppressed cell needs bounds 1 <= lo <= hi"
                    )
            elif ind != "gemiddelde_dagen_tot_intake":
                raise ValueError(f"{ind}: totals are never suppressed")
            return self
        if self.lo is not None or self.hi is not None:
            raise ValueError(f"{ind}/{self.category}: only a suppressed cell has bounds")
        v = self.value
        if v is None:
            raise ValueError(f"{ind}/{self.category}: value missing")
        if ind in counts.DECIMALS:
            try:
                dv = Decimal(v)
                ok = dv.is_finite() and dv == dv.quantize(Decimal("0.1"))
            except (InvalidOperation, ValueError):
                ok = False
            top = 100 if ind == "contact_binnen_5_werkdagen_pct" else MAX_DAYS
            if not ok or not 0 <= dv <= top:
                raise ValueError(f"{ind}: {v} is not a decimal from 0 to {top} with one digit")
            self.value = dv.quantize(Decimal("0.1"))
        else:
            if not isinstance(v, int) or isinstance(v, bool):
                raise ValueError(f"{ind}/{self.category}: a count is a whole number")
            if not 0 <= v <= MAX_COUNT:
                raise ValueError(f"{ind}/{self.category}: {v} is not a count from 0 to {MAX_COUNT}")
            if ind in counts.BREAKDOWNS and v == 0:
                raise ValueError(f"{ind}/{self.category}: breakdown rows with 0 are left out")
        return self


class WireMonth(BaseModel):
    model_config = ConfigDict(extra="forbid")

    period: str
    revision: int = Field(ge=1, le=2_000_000_000, strict=True)
    digest: str
    k: int = Field(ge=2, le=100, strict=True)
    cells: list[WireCell] = Field(max_length=MAX_CELLS_PER_MONTH)
    practices: list[str] = Field(default_factory=list, max_length=MAX_PRACTICES_PER_MONTH)

    @field_validator("period")
    @classmethod
    def _period(cls, v: str) -> str:
        if not (_PERIOD.fullmatch(v) or _LONGER_PERIOD.fullmatch(v)):
            raise ValueError("period is a month YYYY-MM, a quarter YYYY-Qn or a year YYYY")
        return v

    @property
    def is_month(self) -> bool:
        return bool(_PERIOD.fullmatch(self.period))

    @field_validator("digest")
    @classmethod
    def _digest(cls, v: str) -> str:
        if not _HEX64.fullmatch(v):
            raise ValueError("digest is 64 lowercase hex digits (SHA-256)")
        return v

    @field_validator("practices")
    @classmethod
    def _practices(cls, v: list[str]) -> list[str]:
        if any(not isinstance(h, str) or not _HEX64.fullmatch(h) for h in v):
            raise ValueError("a practice is a keyed hash: 64 lowercase hex digits")
        if len(set(v)) != len(v):
            raise ValueError("a practice hash is listed twice")
        return v

    @model_validator(mode="after")
    def _check(self) -> WireMonth:
        seen: set[tuple[str, str]] = set()
        if not self.is_month and any(c.indicator in counts.BREAKDOWNS for c in self.cells):
            raise ValueError(
                "a quarter or year holds only totaal rows (its breakdowns are its months')"
            )
        for c in self.cells:
            key = (c.indicator, c.category)
            if key in seen:
                raise ValueError(f"cell {c.indicator}/{c.category[:60]} is listed twice")
            seen.add(key)
        present = {c.indicator for c in self.cells if c.category == counts.TOTAL}
        missing = [
            i
            for i in counts.INDICATORS
            if i not in counts.BREAKDOWNS
            and i not in present
            and i != "gemiddelde_dagen_tot_intake"
        ]
        if missing:
            raise ValueError(f"total rows missing: {', '.join(missing)}")
        expected = month_digest(
            self.period, self.k, [c.model_dump() for c in self.cells], self.practices
        )
        if expected != self.digest:
            raise ValueError(
                "digest does not match the cells (the payload was altered or built wrongly)"
            )
        return self


class WirePush(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_: Literal[1, 2] = Field(alias="schema")
    months: list[WireMonth] = Field(min_length=1, max_length=MAX_MONTHS_PER_PUSH)

    @model_validator(mode="after")
    def _unique(self) -> WirePush:
        periods = [m.period for m in self.months]
        if len(set(periods)) != len(periods):
            raise ValueError("a month is listed twice in one push")
        if self.schema_ == 1 and any(
            not m.is_month or any(c.sum is not None for c in m.cells) for m in self.months
        ):
            raise ValueError("quarters, years and sums need schema 2")
        return self


# -- canonical form --------------------------------------------------------------------------
def cell_json(c: dict) -> dict:
    """A cell as sent: only the fields that apply (value, or suppressed with bounds)."""
    out: dict = {"indicator": c["indicator"], "category": c["category"]}
    if c.get("suppressed"):
        out["suppressed"] = True
        if c.get("lo") is not None:
            out["lo"], out["hi"] = c["lo"], c["hi"]
    else:
        v = c["value"]
        out["value"] = float(v) if isinstance(v, Decimal) else int(v)
        if c.get("sum") is not None:
            out["sum"] = int(c["sum"])
    return out


def _canonical_value(v: object) -> str | None:
    if v is None:
        return None
    if isinstance(v, Decimal) or isinstance(v, float):
        return f"{Decimal(repr(v)) if isinstance(v, float) else v:.1f}"
    return str(int(v))  # type: ignore[call-overload]


def month_digest(period: str, k: int, cells: list[dict], practices: list[str]) -> str:
    """SHA-256 over a canonical text of the month's content (not its revision): the same
    counts always give the same digest, so a changed digest means changed counts."""
    rows = sorted(
        (
            c["indicator"],
            c["category"],
            _canonical_value(c.get("value")),
            bool(c.get("suppressed")),
            c.get("lo"),
            c.get("hi"),
        )
        # schema 2's sum joins the row only where there is one (schema 1 digests stay as they were)
        + ((int(c["sum"]),) if c.get("sum") is not None else ())
        for c in cells
    )
    text = json.dumps(
        {"period": period, "k": k, "cells": rows, "practices": sorted(practices)},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def payload_digest(p: MonthPayload) -> str:
    """`month_digest` of a month as the desk built it."""
    return month_digest(p.period, p.k, [c.wire() for c in p.cells], list(p.practices))


def month_wire(p: MonthPayload, revision: int) -> dict:
    """A month as it is sent: its cells and practices, its revision and its digest."""
    return {
        "period": p.period,
        "revision": revision,
        "digest": payload_digest(p),
        "k": p.k,
        "cells": [c.wire() for c in p.cells],
        "practices": list(p.practices),
    }


# -- the answer -----------------------------------------------------------------------------
MONTH_STATUSES = ("nieuw", "bijgewerkt", "ongewijzigd", "geweigerd")
#: Why a month can be refused (the collector says which, in Dutch and English).
REFUSALS = ("verouderd", "conflict", "toekomst", "te_oud", "k_te_klein", "inconsistent")

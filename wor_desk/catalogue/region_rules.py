"""What the region's sociale kaart at the collector and the desks agree on (pure: no store).

An entry travels as its CSV cells (`{column: cell}`, the columns of docs/catalogue.md, as the
kaart export writes them) and is checked on both sides with the kaart import's own checks
(`csvio.validate_rows`). A desk proposes a new entry or a correction of one kind; each kind
may carry only its own columns."""

from __future__ import annotations

from datetime import date

from wor_desk.catalogue import csvio
from wor_desk.importer import Problem

#: Proposal kinds -> the columns a proposal of that kind may carry (None: any column).
PROPOSAL_KINDS: dict[str, tuple[str, ...] | None] = {
    "nieuw": None,  # a new entry (the desk's own entry, offered to the region)
    "gesloten": ("active_until",),  # closed (funding ended) from that day
    "vol": ("capacity",),  # no room any more
    "verhuisd": ("address", "postal_code", "municipality", "neighbourhood"),  # moved
}
PROPOSAL_STATUS = ("open", "geaccepteerd", "geweigerd")
#: Longest proposal remark (it is sent to the collector: no personal data belongs in it).
MAX_REMARK = 300
#: Most entries the kaart may hold in one import (a region has hundreds, not tens of thousands).
MAX_ENTRIES = 20_000

COLUMNS = tuple(csvio.COLUMNS)
SHARED_COLUMNS = tuple(c for c in COLUMNS if c != "id")


def check_entries(
    columns: list[str], entries: list[dict[str, str]], today: date
) -> list[tuple[int, dict]]:
    """Check entries given as CSV cells (row 2 is the first entry, as in a file) with the
    kaart import's checks: parsed Activity fields per row, or CatalogueImportError."""
    rows = [
        (i, {c.lower(): "" if e.get(c) is None else str(e.get(c)) for c in columns})
        for i, e in enumerate(entries, start=2)
    ]
    parsed, _warnings = csvio.validate_rows(list(columns), rows, today)
    return parsed


def cells_of(data: dict) -> dict[str, str]:
    """Parsed Activity fields -> the cells of every shared column (missing ones empty)."""
    cells = csvio.to_cells(data)
    return {c: cells.get(c, "") for c in SHARED_COLUMNS}


def check_proposal(kind: str, cells: dict[str, str]) -> str | None:
    """What is wrong with a proposal's kind and columns (None: nothing)."""
    if kind not in PROPOSAL_KINDS:
        return f"unknown kind '{kind[:20]}'"
    allowed = PROPOSAL_KINDS[kind]
    extra = [c for c in cells if c not in COLUMNS or (allowed is not None and c not in allowed)]
    if extra:
        return f"columns not allowed for '{kind}': {', '.join(sorted(extra))[:200]}"
    return None


def problem_texts(problems: list[Problem], lang: str = "en") -> list[str]:
    row = "rij" if lang == "nl" else "row"
    return [f"{row} {p.row}, {p.column}: {p.message(lang)}" for p in problems[:50]]

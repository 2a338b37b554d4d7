"""The wijkindeling of an organisation: which postcodes (PC4, or PC6 ranges where a wijk splits
a PC4) belong to which gemeente and wijk. Reached as `desk.wijken`.

Counts per gemeente and wijk, matching by neighbourhood and the gap report need the client's
gemeente and wijk; the fast registration path leaves them empty. With a wijkindeling the
new-referral form fills them from the postcode (`lookup`) and `apply` fills them for stored
clients that lack them (`wor-desk wijken toepassen [--dry-run]`).

The import (`wor-desk wijken import FILE`, .csv or .xlsx, columns postcode, gemeente, wijk) is
all-or-nothing like every import: every row is checked first; one bad row and nothing is
written; a good file replaces the whole wijkindeling in one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select

from wor_desk import messages
from wor_desk.domain.models import Client
from wor_desk.domain.wijken import Area, WijkRow, find, overlaps, parse_range
from wor_desk.errors import InputError, RuleViolation, Violation
from wor_desk.importer import read_sheet
from wor_desk.values import Caseload, Changes

messages.register(
    {
        "wijk_postcode_invalid": (
            "Rij {row}: '{value}' is geen postcode of postcodereeks. Schrijf een PC4 (9724) of een "
            "reeks binnen één PC4 (9724AA-9724KZ).",
            "Row {row}: '{value}' is not a postcode or postcode range. Write a PC4 (9724) or a "
            "range within one PC4 (9724AA-9724KZ).",
        ),
        "wijk_gemeente_missing": (
            "Rij {row}: de gemeente ontbreekt. Vul de gemeente in.",
            "Row {row}: the municipality is missing. Fill it in.",
        ),
        "wijk_overlap": (
            "Rij {row}: {value} overlapt met rij {other} ({other_value}). Een postcode hoort bij "
            "één wijk: pas een van beide aan.",
            "Row {row}: {value} overlaps row {other} ({other_value}). A postcode belongs to one "
            "neighbourhood: change one of them.",
        ),
        "wijk_columns_missing": (
            "Het bestand mist de kolom(men) {columns}. Nodig zijn: postcode, gemeente, wijk.",
            "The file lacks the column(s) {columns}. Needed: postcode, gemeente, wijk.",
        ),
        "wijk_file_empty": (
            "Het bestand {path} heeft geen rijen onder de kopregel. Er is niets veranderd.",
            "The file {path} has no rows below the header. Nothing was changed.",
        ),
    }
)

COLUMNS = ("postcode", "gemeente", "wijk")


@dataclass(frozen=True)
class ApplyResult:
    """What `apply` filled (or would fill, with dry_run)."""

    filled: int  # clients that got a gemeente and/or wijk
    unknown: int  # clients lacking one whose postcode is not in the wijkindeling
    dry_run: bool
    changes: Changes


def check_rows(rows: Iterable[tuple[int, dict[str, object]]]) -> list[tuple[int, Area]]:
    """Every row checked; RuleViolation listing every bad row (nothing is written then)."""
    out: list[tuple[int, Area]] = []
    problems: list[Violation] = []
    for number, cells in rows:
        raw = str(cells.get("postcode") or "").strip()
        gemeente = " ".join(str(cells.get("gemeente") or "").split())
        wijk = " ".join(str(cells.get("wijk") or "").split()) or None
        rng = parse_range(raw)
        if rng is None:
            problems.append(
                Violation("postcode", "wijk_postcode_invalid", {"row": number, "value": raw})
            )
        if not gemeente:
            problems.append(Violation("gemeente", "wijk_gemeente_missing", {"row": number}))
        if rng is None or not gemeente:
            continue
        area = Area(rng[0], rng[1], rng[2], gemeente, wijk)
        for other_number, other in out:
            if overlaps(area, other):
                problems.append(
                    Violation(
                        "postcode",
                        "wijk_overlap",
                        {
                            "row": number,
                            "value": area.label(),
                            "other": other_number,
                            "other_value": other.label(),
                        },
                    )
                )
                break
        out.append((number, area))
    if problems:
        raise RuleViolation(problems)
    return out


def areas_of(area: dict[str, list[tuple[str, str]]]) -> list[Area]:
    """A wijkindeling from {gemeente: [(wijk, PC4), ...]} (the demo region's)."""
    return [Area(int(pc4), "AA", "ZZ", g, w) for g, wijken in area.items() for w, pc4 in wijken]


class Wijkindeling:
    """The organisation's wijkindeling, reached as `desk.wijken`."""

    def __init__(self, desk: Caseload) -> None:
        self.desk = desk
        self._cache: list[Area] | None = None

    def areas(self) -> list[Area]:
        if self._cache is None:
            with self.desk.session() as s:
                rows = s.exec(select(WijkRow).order_by(WijkRow.pc4, WijkRow.van)).scalars().all()
                self._cache = [Area(r.pc4, r.van, r.tot, r.gemeente, r.wijk) for r in rows]
        return self._cache

    def lookup(self, postcode: str | None) -> tuple[str, str | None] | None:
        """(gemeente, wijk) of a postcode ('9724 AB', '9724ab' or a PC4), or None."""
        a = find(self.areas(), postcode)
        return None if a is None else (a.gemeente, a.wijk)

    def replace(self, areas: Iterable[Area]) -> Changes:
        """Make `areas` the whole wijkindeling, in one transaction."""
        areas = list(areas)
        check_rows(
            (
                i,
                {"postcode": a.label(), "gemeente": a.gemeente, "wijk": a.wijk},
            )
            for i, a in enumerate(areas, start=2)
        )
        with self.desk.store.transaction() as s:
            s.exec(delete(WijkRow))
            for a in areas:
                s.add(WijkRow(pc4=a.pc4, van=a.van, tot=a.tot, gemeente=a.gemeente, wijk=a.wijk))
        self._cache = None
        return Changes.of("wijkindeling")

    def import_file(self, path: Path) -> tuple[int, Changes]:
        """Read and check a .csv/.xlsx wijkindeling; replace the stored one only when every row
        is right. Returns the number of rows."""
        header, rows = read_sheet(Path(path))
        missing = [c for c in COLUMNS if c not in {h.strip().lower() for h in header}]
        if missing:
            raise InputError("wijk_columns_missing", columns=", ".join(missing))
        if not rows:
            raise InputError("wijk_file_empty", path=str(path))
        areas = [a for _n, a in check_rows(rows)]
        return len(areas), self.replace(areas)

    def apply(self, dry_run: bool = False) -> ApplyResult:
        """Fill gemeente and wijk of stored clients that lack them, from their postcode; only
        empty fields are filled (what a coach typed stays). One transaction."""
        areas = self.areas()
        filled, unknown, ids = 0, 0, []
        with self.desk.store.transaction() as s:
            clients = s.exec(
                select(Client).where((Client.gemeente.is_(None)) | (Client.wijk.is_(None)))
            ).scalars()
            for c in clients:
                a = find(areas, c.postcode)
                if a is None:
                    unknown += 1
                    continue
                new_gemeente = c.gemeente or a.gemeente
                new_wijk = c.wijk or (a.wijk if new_gemeente == a.gemeente else None)
                if (new_gemeente, new_wijk) == (c.gemeente, c.wijk):
                    continue
                filled += 1
                ids.append(c.id)
                if not dry_run:
                    c.gemeente, c.wijk = new_gemeente, new_wijk
                    s.add(c)
            if dry_run:
                s.rollback()
        changes = Changes.of("client", clients=ids) if ids and not dry_run else Changes()
        return ApplyResult(filled, unknown, dry_run, changes)

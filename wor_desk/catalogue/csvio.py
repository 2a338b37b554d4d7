"""CSV import and export of the sociale kaart (columns: docs/catalogue.md).

Same spirit as the sheet import (IMPORT.md), and the same reader (`importer.read_sheet`: .csv
comma or semicolon, UTF-8 with or without BOM, or .xlsx): read -> validate every row -> write
all rows in one transaction, or nothing when any row is invalid; every problem
(`importer.Problem`) carries its row number (the header is row 1, as a spreadsheet shows it),
its column and what to do.

Column names follow Open Referral (HSDS) service fields where they fit; the Dutch field
names are accepted as aliases. A row is the same entry as a stored one when its `id`
matches, else when name and organisation match (case- and space-insensitively)."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select

from wor_desk import codes, dates
from wor_desk.catalogue import rules
from wor_desk.domain.catalogue import Activity, new_uid
from wor_desk.domain.models import now_utc
from wor_desk.errors import InputError
from wor_desk.i18n import tr
from wor_desk.importer import Problem, read_sheet
from wor_desk.spreadsheet import csv_text, text_only
from wor_desk.values import Caseload

#: CSV column -> Activity field, in export order. (Open Referral name where one fits.)
COLUMNS: dict[str, str] = {
    "id": "uid",
    "name": "naam",
    "category": "aanbod",
    "organization": "aanbieder",
    "description": "omschrijving",
    "address": "adres",
    "postal_code": "postcode",
    "municipality": "gemeente",
    "neighbourhood": "wijk",
    "byday": "dagen",
    "schedule_description": "tijden",
    "fees_description": "kosten",
    "application_process": "aanmelden",
    "contact_name": "contactpersoon",
    "contact_phone": "telefoon",
    "contact_email": "email",
    "accessibility": "toegankelijkheid",
    "wheelchair_accessible": "rolstoeltoegankelijk",
    "minimum_age": "leeftijd_min",
    "maximum_age": "leeftijd_max",
    "languages": "talen",
    "active_from": "actief_van",
    "active_until": "actief_tot",
    "capacity": "plek",
    "assured_date": "gecontroleerd",
}
REQUIRED = ("name", "category")
_FIELD_TO_COLUMN = {v: k for k, v in COLUMNS.items()}
_ALIASES = {
    **{v: k for k, v in COLUMNS.items()},
    "service_id": "id",
    "gemeente": "municipality",
    "city": "municipality",
    "wijk": "neighbourhood",
    "uid": "id",
}
_DATE_FIELDS = ("actief_van", "actief_tot", "gecontroleerd")
_INT_FIELDS = ("leeftijd_min", "leeftijd_max")
_YES = {"ja", "yes", "j", "y", "true", "1", "waar"}
_NO = {"nee", "no", "n", "false", "0", "onwaar"}


class CatalogueImportError(InputError):
    """The file has invalid rows; nothing was imported. `problems` lists each one."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("catalogue_invalid_rows", count=len({p.row for p in problems}))

    def message(self, lang: str | None = None) -> str:
        head = tr(self.key, lang, **self.params)
        shown = [f"rij {p.row}, {p.column}: {p.message(lang)}" for p in self.problems[:5]]
        return head + " " + "; ".join(shown) + (" ..." if len(self.problems) > 5 else "")


@dataclass(frozen=True)
class ImportResult:
    rows: int
    created: int
    updated: int
    warnings: tuple[str, ...]
    dry_run: bool


# -- reading ---------------------------------------------------------------------------------
def _str(value: object) -> str:
    """A cell as text: CSV cells are text already; xlsx cells may be numbers or dates."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()[:10]
    return str(value)


def _columns(header: list[str]) -> tuple[dict[str, str], list[str]]:
    """Header key (lower case, as `importer.read_sheet` keys the cells) -> canonical column;
    and the unknown headers as written."""
    known, unknown = {}, []
    for h in header:
        if not h:
            continue
        key = h.strip().lower()
        col = (
            key.replace(" ", "_")
            if key.replace(" ", "_") in COLUMNS
            else _ALIASES.get(key.replace(" ", "_"))
        )
        if col is None:
            unknown.append(h)
        elif col not in known.values():
            known[key] = col
    return known, unknown


def _code(value: str, cl: codes.CodeList) -> str | None:
    v = value.strip()
    if v in cl:
        return v
    low = v.lower()
    for c in cl:
        if low in (c.code, c.nl.lower(), c.en.lower()):
            return c.code
    return None


def _parse_row(
    row_nr: int, values: dict[str, object], cols: dict[str, str], today: date
) -> tuple[dict, list[Problem]]:
    data: dict[str, object] = {}
    problems: list[Problem] = []

    def bad(column: str, key: str, **params: object) -> None:
        problems.append(Problem(row_nr, column, key, params))

    for header, col in cols.items():
        raw = _str(values.get(header)).strip()
        f = COLUMNS[col]
        if not raw:
            data[f] = None
        elif f in _DATE_FIELDS:
            d = dates.parse_sheet_date(raw)
            if d is None:
                bad(col, "date_unreadable", value=raw)
            data[f] = d
        elif f in _INT_FIELDS:
            try:
                data[f] = int(raw)
            except ValueError:
                bad(col, "number_invalid", value=raw)
                data[f] = None
        elif f == "rolstoeltoegankelijk":
            data[f] = True if raw.lower() in _YES else False if raw.lower() in _NO else None
            if data[f] is None:
                bad(col, "yes_no_invalid", value=raw)
        elif f == "aanbod":
            data[f] = _code(raw, codes.AANBOD) or raw
        elif f == "plek":
            data[f] = _code(raw, codes.PLEK) or raw
        elif f == "talen":
            data[f] = ",".join(rules.split_list(raw.lower()))
        else:
            data[f] = raw
    data = rules.clean_activity(data)
    reported = {p.column for p in problems}
    for v in rules.check_activity({k: data.get(k) for k in rules.ACTIVITY_FIELDS}, today):
        col = _FIELD_TO_COLUMN.get(v.field, v.field)
        if col not in reported:
            problems.append(
                Problem(
                    row_nr,
                    col,
                    v.key,
                    {**v.params, **({"field": col} if "field" in v.params else {})},
                )
            )
    return data, problems


def _identity(naam: object, aanbieder: object) -> tuple[str, str]:
    norm = lambda x: " ".join(str(x or "").lower().split())  # noqa: E731
    return norm(naam), norm(aanbieder)


def validate_rows(
    header: list[str],
    rows: list[tuple[int, dict[str, object]]],
    today: date,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[tuple[int, dict]], list[str]]:
    """Check every row (the header is row 1); all parsed rows and the warnings, or
    CatalogueImportError listing every problem. `rows` are (row number, {header lower-case:
    cell}) as `importer.read_sheet` gives them. The desk's import and the region's kaart at the
    collector (`wor-desk collector kaart import`) both check with this."""
    if not rows:
        raise InputError("import_empty", path="")
    cols, unknown = _columns(header)
    missing = [c for c in REQUIRED if c not in cols.values()]
    if missing:
        raise InputError("catalogue_missing_columns", columns=", ".join(missing))
    warnings = [tr("warn_unknown_columns", columns=", ".join(unknown))] if unknown else []
    parsed: list[tuple[int, dict]] = []
    problems: list[Problem] = []
    seen_id: dict[str, int] = {}
    seen_name: dict[tuple[str, str], int] = {}
    for i, (n, values) in enumerate(rows, start=1):
        data, row_problems = _parse_row(n, values, cols, today)
        uid, ident = data.get("uid"), _identity(data.get("naam"), data.get("aanbieder"))
        if uid and uid in seen_id:
            row_problems.append(
                Problem(n, "id", "catalogue_duplicate_row", {"other": seen_id[uid], "what": uid})
            )
        elif ident[0] and ident in seen_name and not uid:
            row_problems.append(
                Problem(
                    n,
                    "name",
                    "catalogue_duplicate_row",
                    {"other": seen_name[ident], "what": data.get("naam")},
                )
            )
        if uid:
            seen_id.setdefault(str(uid), n)
        seen_name.setdefault(ident, n)
        problems += row_problems
        parsed.append((n, data))
        if progress and i % 50 == 0:
            progress(i, len(rows) * 2)
    if problems:
        order = {c: i for i, c in enumerate(COLUMNS)}
        raise CatalogueImportError(
            sorted(problems, key=lambda p: (p.row, order.get(p.column, len(order))))
        )
    return parsed, warnings


def read_file(
    path: Path, today: date, progress: Callable[[int, int], None] | None = None
) -> tuple[list[tuple[int, dict]], list[str]]:
    """Read and check a kaart file (.csv or .xlsx): the parsed rows and the warnings."""
    info: dict = {}
    header, rows = read_sheet(path, info)
    if not rows:
        raise InputError("import_empty", path=str(path))
    parsed, warnings = validate_rows(header, rows, today, progress)
    if info.get("encoding") == "cp1252":
        warnings = [*warnings, tr("import_assumed_cp1252")]
    return parsed, warnings


def to_cells(data: dict) -> dict[str, str]:
    """Activity fields -> the CSV cells of the columns they fill (as the export writes them)."""
    return {_FIELD_TO_COLUMN[f]: _cell(f, v) for f, v in data.items() if f in _FIELD_TO_COLUMN}


def identity(naam: object, aanbieder: object) -> tuple[str, str]:
    """Two entries are the same activity when name and provider match, case and spaces ignored."""
    return _identity(naam, aanbieder)


def import_csv(
    desk: Caseload,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    parsed, warnings = read_file(path, desk.today(), progress)

    created = updated = 0
    new_rows: list[dict] = []
    kept: list[str] = []
    with desk.store.transaction() as s:
        existing = s.exec(select(Activity)).scalars().all()
        by_uid = {a.uid: a for a in existing}
        by_name = {_identity(a.naam, a.aanbieder): a for a in existing}
        stamp = now_utc()
        for i, (_n, data) in enumerate(parsed, start=1):
            uid = data.pop("uid", None)
            a = by_uid.get(uid) if uid else None
            a = a or by_name.get(_identity(data.get("naam"), data.get("aanbieder")))
            if a is None:
                new_rows.append(
                    {
                        **{k: data.get(k) for k in rules.ACTIVITY_FIELDS},
                        "uid": uid or new_uid(),
                        "aangemaakt": stamp,
                        "gewijzigd": stamp,
                    }
                )
                created += 1
            elif a.regio:  # the region's entry: changed at the collector, not by a file here
                kept.append(a.naam)
            else:
                if not dry_run:
                    for k, v in data.items():
                        setattr(a, k, v)
                    a.gewijzigd = stamp
                updated += 1
            if progress and i % 50 == 0:
                progress(len(parsed) + i, len(parsed) * 2)
        if dry_run:
            s.rollback()
        elif new_rows:
            s.execute(insert(Activity), new_rows)
    if progress:
        progress(1, 1)
    if kept:
        warnings.append(tr("catalogue_region_rows_kept", count=len(kept)))
    return ImportResult(len(parsed), created, updated, tuple(warnings), dry_run)


# -- writing ---------------------------------------------------------------------------------
def _cell(f: str, v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "ja" if v else "nee"
    if isinstance(v, date):
        return v.isoformat()
    if f == "dagen":
        return ",".join(rules.DAG_HSDS.get(d, d) for d in rules.split_days(str(v)))
    if f == "talen":
        return ";".join(rules.split_list(str(v)))
    return str(v)


def export_csv(
    desk: Caseload, path: Path, *, include_closed: bool = True, overwrite: bool = False
) -> int:
    """The format the name asks for: `.csv` UTF-8 with BOM (so spreadsheet programs read the
    accents), comma separated, dates YYYY-MM-DD; `.xlsx` one sheet with the same columns, every
    text a string cell. Another name is refused. Either reads back with `import_csv`."""
    kind = path.suffix.lower()
    if kind not in (".csv", ".xlsx"):
        raise InputError("catalogue_export_type", path=str(path))
    if path.exists() and not overwrite:
        raise InputError("catalogue_target_exists", path=str(path))
    with desk.store.session() as s:
        acts = s.exec(select(Activity).order_by(Activity.naam, Activity.id)).scalars().all()
    if not include_closed:
        acts = [a for a in acts if not rules.is_closed(a.actief_tot, desk.today())]
    rows = [[_cell(f, getattr(a, f)) for f in COLUMNS.values()] for a in acts]
    if kind == ".xlsx":
        _write_whole(path, _xlsx([list(COLUMNS.keys()), *rows]))
    else:
        write_csv(path, rows)
    return len(acts)


def write_csv(path: Path, rows: Iterable[list[str]]) -> None:
    """The kaart's CSV: the header of COLUMNS, then `rows` (cells in COLUMNS order), every cell
    through `spreadsheet.csv_cell` (no live formula); UTF-8 with BOM; written whole or not at all."""
    text = csv_text([list(COLUMNS.keys()), *rows], lineterminator="\r\n")
    _write_whole(path, ("\ufeff" + text).encode("utf-8"))


def _write_whole(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".deel")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _xlsx(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook  # heavy: only when an .xlsx is written

    wb = Workbook()
    ws = wb.active
    ws.title = "Sociale kaart"
    for row in rows:
        ws.append(row)
    text_only(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

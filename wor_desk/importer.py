"""The registration-sheet import of docs/import.md: read -> validate all -> write in one transaction.

One row is one trajectory; rows sharing a `client_nr` are one client. The whole file is
checked first (against the store too: a re-imported row is merged with what the store
holds and the merged trajectory must obey the process rules). When any row is invalid,
nothing is written unless `skip_invalid`, which writes the valid rows and puts the
rejected ones, with their reasons, in a CSV beside the input.

A re-imported trajectory (same `client_nr` and `verwijsdatum`) is updated with the values
the row fills in; empty cells never erase what the store holds (no data is lost), and
follow-up and feedback dates are added when not yet there.
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select, update

from wor_desk import codes, messages, referrers
from wor_desk.dates import age_on, fmt, parse_sheet_date
from wor_desk.domain import clients as client_rules
from wor_desk.domain import process
from wor_desk.domain import text as text_rules
from wor_desk.domain.models import (
    Client,
    Contact,
    Feedback,
    Pause,
    Trajectory,
    TrajectoryReason,
    now_utc,
)
from wor_desk.errors import InputError
from wor_desk.i18n import tr
from wor_desk.spreadsheet import csv_text, csv_uncell
from wor_desk.trajectory_facts import FactRow, facts_of

REQUIRED = ("client_nr", "achternaam", "verwijsdatum", "verwijzer_type")
CLIENT_COLUMNS = client_rules.CLIENT_FIELDS
TRAJECTORY_COLUMNS = (
    "verwijsdatum",
    "verwijzer_naam",
    "verwijzer_praktijk",
    "verwijzer_type",
    "kanaal",
    "toestemming_gegevens",
    "toestemming_terugkoppeling",
    "eerste_contact",
    "kennismaking",
    "aanbod",
    "activiteit",
    "start_activiteit",
    "afgerond",
    "afsluitreden",
)
COLUMNS = (*CLIENT_COLUMNS, *TRAJECTORY_COLUMNS, "reden", "nazorg", "terugkoppeling")
DATE_COLUMNS = (
    "geboortedatum",
    "verwijsdatum",
    "eerste_contact",
    "kennismaking",
    "start_activiteit",
    "nazorg",
    "afgerond",
)
CODE_COLUMNS = {
    "geslacht": codes.GESLACHT,
    "verwijzer_type": codes.VERWIJZER_TYPE,
    "kanaal": codes.KANAAL,
    "aanbod": codes.AANBOD,
    "afsluitreden": codes.AFSLUITREDEN,
}
#: Client details compared across rows of one client_nr.
DETAIL_COLUMNS = (
    "voornaam",
    "achternaam",
    "geboortedatum",
    "geslacht",
    "postcode",
    "gemeente",
    "wijk",
    "telefoon",
    "email",
)
YES = {"ja", "j", "yes", "y", "true", "waar", "1"}  # an Excel TRUE cell reads as True
NO = {"nee", "n", "no", "false", "onwaar", "0"}

messages.register(
    {
        "import_rejected_file": (
            "Afgewezen rijen met hun reden: {path}. Dit bestand bevat persoonsgegevens (namen, "
            "geboortedata) zonder versleuteling: verwijder het zodra u de rijen hebt verbeterd.",
            "Rejected rows with their reasons: {path}. This file holds personal data (names, dates "
            "of birth) unencrypted: delete it as soon as you have corrected the rows.",
        ),
        "import_sheet_too_big": (
            "{path} is te groot om te importeren: {what}. Splits het blad in kleinere bestanden "
            "of verwijder de overbodige rijen, kolommen of tekst.",
            "{path} is too big to import: {what}. Split the sheet into smaller files or remove "
            "the rows, columns or text it does not need.",
        ),
        "import_limit_rows": ("meer dan {max} rijen", "more than {max} rows"),
        "import_limit_columns": (
            "rij {row} heeft {count} kolommen, hoogstens {max}",
            "row {row} has {count} columns, at most {max}",
        ),
        "import_limit_cell": (
            "rij {row}, kolom {column}: een cel van {length} tekens, hoogstens {max}",
            "row {row}, column {column}: a cell of {length} characters, at most {max}",
        ),
        "import_limit_unpacked": (
            "de werkmap is uitgepakt {size} MB (of ongewoon sterk ingepakt), hoogstens {max} MB",
            "the workbook unpacks to {size} MB (or is unusually tightly packed), at most {max} MB",
        ),
        "import_limit_strings": (
            "de tekstentabel van de werkmap is {size} MB, hoogstens {max} MB",
            "the workbook's string table is {size} MB, at most {max} MB",
        ),
        "import_assumed_cp1252": (
            "Het bestand is geen UTF-8; gelezen als Windows-1252 (zoals Excel een CSV opslaat). "
            "Controleer of letters als é en ë goed zijn overgekomen.",
            "The file is not UTF-8; read as Windows-1252 (as Excel saves a CSV). Check that "
            "letters such as é and ë came through correctly.",
        ),
        "import_rejected_no_name": (
            "Er is geen vrije bestandsnaam naast {path} voor de afgewezen rijen. Ruim oude "
            ".afgewezen-bestanden op en probeer het opnieuw.",
            "There is no free file name beside {path} for the rejected rows. Clear away old "
            ".afgewezen files and try again.",
        ),
    }
)


@dataclass(frozen=True)
class Problem:
    """An error or warning about one row (row 1 is the header) and column."""

    row: int
    column: str
    key: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **self.params)

    def __str__(self) -> str:
        en = _lang() == "en"
        where = (
            (f"row {self.row}" if en else f"rij {self.row}")
            if self.row
            else ("file" if en else "bestand")
        )
        return (
            f"{where}, {self.column}: {self.message()}"
            if self.column
            else f"{where}: {self.message()}"
        )


@dataclass
class ImportReport:
    path: Path
    rows: int = 0
    valid: int = 0
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    clients_created: int = 0
    clients_updated: int = 0
    trajectories_created: int = 0
    trajectories_updated: int = 0
    trajectories_unchanged: int = 0
    written: bool = False
    dry_run: bool = False
    rejected_file: Path | None = None

    def rejected_note(self, lang: str | None = None) -> str:
        """Where the rejected rows went, and that the file holds personal data ('' when none)."""
        if not self.rejected_file:
            return ""
        return tr("import_rejected_file", lang, path=str(self.rejected_file))

    def skip_ok(self, skip_invalid: bool) -> bool:
        """True when the import did what was asked despite invalid rows (they were skipped)."""
        return skip_invalid and (self.written or self.dry_run or self.valid == 0)

    @property
    def invalid_rows(self) -> list[int]:
        return sorted({p.row for p in self.errors})

    def summary(self, lang: str | None = None) -> str:
        nl = (lang or _lang()) != "en"
        head = (
            (
                "Proefimport (niets geschreven)"
                if self.dry_run
                else ("Geïmporteerd" if self.written else "Niet geïmporteerd")
            )
            if nl
            else (
                "Dry run (nothing written)"
                if self.dry_run
                else ("Imported" if self.written else "Not imported")
            )
        )
        if nl:
            return (
                f"{head}: {self.rows} rijen, {self.valid} geldig, {len(self.invalid_rows)} ongeldig; "
                f"cliënten {self.clients_created} nieuw, {self.clients_updated} bijgewerkt; "
                f"trajecten {self.trajectories_created} nieuw, {self.trajectories_updated} bijgewerkt, {self.trajectories_unchanged} ongewijzigd; "
                f"{len(self.warnings)} waarschuwing(en)."
            )
        return (
            f"{head}: {self.rows} rows, {self.valid} valid, {len(self.invalid_rows)} invalid; "
            f"clients {self.clients_created} new, {self.clients_updated} updated; "
            f"trajectories {self.trajectories_created} new, {self.trajectories_updated} updated, {self.trajectories_unchanged} unchanged; "
            f"{len(self.warnings)} warning(s)."
        )


def _lang() -> str:
    from wor_desk.i18n import language

    return language()


@dataclass
class _Row:
    """A validated row: typed values ready to write."""

    number: int
    raw: dict[str, str]
    client: dict
    trajectory: dict
    redenen: tuple[str, ...]
    nazorg: date | None
    terugkoppeling: tuple[date, ...]


# -- reading ----------------------------------------------------------------------------------
#: Limits of a sheet; beyond them the file is refused before anything is checked or written.
MAX_ROWS = 200_000
MAX_COLUMNS = 100
#: The longest cell (Excel's own limit); the fields' own maxima (domain.text) are far lower.
MAX_CELL = 32_767
#: XLSX: the unpacked size of the workbook, and of its shared-strings table, and the packing ratio.
MAX_UNPACKED = 512 * 1024 * 1024
MAX_SHARED_STRINGS = 64 * 1024 * 1024
MAX_RATIO = 200


def read_sheet(
    path: Path, info: dict | None = None
) -> tuple[list[str], list[tuple[int, dict[str, object]]]]:
    """The header (as written) and the data rows (row number, {normalised header: value}).

    `info`, when given, gets `encoding`: what a CSV was read as ("utf-8" or "cp1252")."""
    if not path.is_file():
        raise InputError("import_file_missing", path=str(path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        header, rows = _read_csv(path, info if info is not None else {})
    elif suffix == ".xlsx":
        header, rows = _read_xlsx(path)
    else:
        raise InputError("import_file_type", path=str(path))
    keys = [h.strip().lower() for h in header]
    out = []
    for number, values in rows:
        cells = {k: v for k, v in zip(keys, values, strict=False) if k}
        if all(v is None or str(v).strip() == "" for v in cells.values()):
            continue
        out.append((number, cells))
    return [h.strip() for h in header], out


def _too_big(path: Path, what: str, **params: object) -> InputError:
    return InputError("import_sheet_too_big", path=str(path), what=tr(what, **params))


def _check_row(path: Path, number: int, values: list) -> None:
    width = len(values)
    if width <= MAX_COLUMNS and all(not isinstance(v, str) or len(v) <= MAX_CELL for v in values):
        return
    while width and values[width - 1] in (None, ""):
        width -= 1
    if width > MAX_COLUMNS:
        raise _too_big(path, "import_limit_columns", row=number, count=width, max=MAX_COLUMNS)
    for col, v in enumerate(values[:width], 1):
        if isinstance(v, str) and len(v) > MAX_CELL:
            raise _too_big(
                path, "import_limit_cell", row=number, column=col, length=len(v), max=MAX_CELL
            )


def _read_csv(path: Path, info: dict) -> tuple[list[str], Iterator[tuple[int, list[object]]]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
        info["encoding"] = "utf-8"
    except UnicodeDecodeError:
        try:  # a CSV saved by Dutch Excel ("CSV (gescheiden door lijstscheidingsteken)")
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(
                "import_file_unreadable",
                path=str(path),
                reason="geen UTF-8 of Windows-1252 / not UTF-8 or Windows-1252",
            ) from None
        info["encoding"] = "cp1252"
    first = text[: text.find("\n")] if "\n" in text else text
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("import_empty", path=str(path)) from None
    except csv.Error as exc:
        raise InputError("import_file_unreadable", path=str(path), reason=str(exc)) from None
    _check_row(path, 1, header)

    def rows() -> Iterator[tuple[int, list[object]]]:
        # read as the caller goes (read_sheet keys each row at once): the file's rows are
        # held once, not twice
        try:
            for i, row in enumerate(reader, start=2):
                if i > MAX_ROWS + 1:
                    raise _too_big(path, "import_limit_rows", max=MAX_ROWS)
                if len(row) > MAX_COLUMNS or (row and max(map(len, row)) > MAX_CELL):
                    _check_row(path, i, row)
                yield i, [csv_uncell(v) if v[:1] == "'" else v for v in row]
        except csv.Error as exc:
            raise InputError("import_file_unreadable", path=str(path), reason=str(exc)) from None

    return header, rows()


def _check_package(path: Path) -> None:
    """Refuse a workbook that unpacks to more than the limits (a zip bomb, a huge string table)."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(
            "import_file_unreadable", path=str(path), reason=type(exc).__name__
        ) from None
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    strings = sum(i.file_size for i in infos if i.filename.lower().endswith("sharedstrings.xml"))
    if unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * max(packed, 1024 * 1024):
        raise _too_big(
            path, "import_limit_unpacked", size=unpacked // 2**20, max=MAX_UNPACKED // 2**20
        )
    if strings > MAX_SHARED_STRINGS:
        raise _too_big(
            path, "import_limit_strings", size=strings // 2**20, max=MAX_SHARED_STRINGS // 2**20
        )


def _read_xlsx(path: Path) -> tuple[list[str], Iterator[tuple[int, list[object]]]]:
    from openpyxl import load_workbook  # heavy: only when an .xlsx is read

    _check_package(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure to open is "unreadable"
        raise InputError(
            "import_file_unreadable", path=str(path), reason=type(exc).__name__
        ) from None
    try:
        ws = wb.worksheets[0]
        it = ws.iter_rows(values_only=True)
        try:
            first = list(next(it))
        except StopIteration:
            raise InputError("import_empty", path=str(path)) from None
        _check_row(path, 1, first)
        header = [("" if v is None else str(v)) for v in first[:MAX_COLUMNS]]
        rows = []
        for i, r in enumerate(it, start=2):
            if i > MAX_ROWS + 1:
                raise _too_big(path, "import_limit_rows", max=MAX_ROWS)
            values = list(r)
            _check_row(path, i, values)
            rows.append((i, values[:MAX_COLUMNS]))
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken sheet part is "unreadable"
        raise InputError(
            "import_file_unreadable", path=str(path), reason=type(exc).__name__
        ) from None
    finally:
        wb.close()
    return header, iter(rows)


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return text_rules.normalise(str(value))


# -- validating -------------------------------------------------------------------------------
def _parse_row(
    number: int, cells: dict[str, object], today: date
) -> tuple[_Row | None, list[Problem]]:
    errors: list[Problem] = []
    raw = {
        k: ("" if v is None else (fmt(v) if isinstance(v, date) else str(v)))
        for k, v in cells.items()
    }
    val: dict[str, object] = {}
    for col in REQUIRED:
        if _text(cells.get(col)) is None:
            errors.append(Problem(number, col, "required", {"field": col}))
    for col in COLUMNS:
        v = cells.get(col)
        if col in DATE_COLUMNS:
            if _text(v) is None:
                val[col] = None
                continue
            d = parse_sheet_date(v if not isinstance(v, str) else v.strip())
            if d is None:
                errors.append(Problem(number, col, "date_unreadable", {"value": _text(v)}))
            val[col] = d
        elif col in CODE_COLUMNS:
            t = _text(v)
            t = t.lower() if t else t
            if t is not None and t not in CODE_COLUMNS[col]:
                cl = CODE_COLUMNS[col]
                errors.append(Problem(number, col, "code_unknown", cl.unknown_params(t)))
            val[col] = t
        elif col in ("toestemming_gegevens", "toestemming_terugkoppeling"):
            t = (_text(v) or "").lower()
            if t in YES:
                val[col] = True
            elif t in NO:
                val[col] = False
            else:
                val[col] = None
                if t:
                    errors.append(Problem(number, col, "yes_no_invalid", {"value": _text(v)}))
        else:
            val[col] = _text(v)
    redenen: list[str] = []
    for part in (val.pop("reden") or "").split(";"):
        code = part.strip().lower()
        if not code:
            continue
        if code not in codes.REDEN:
            errors.append(
                Problem(
                    number,
                    "reden",
                    "code_unknown",
                    codes.REDEN.unknown_params(code),
                )
            )
        redenen.append(code)
    feedback: list[date] = []
    for part in (val.pop("terugkoppeling") or "").split(";"):
        if not part.strip():
            continue
        d = parse_sheet_date(part.strip())
        if d is None:
            errors.append(
                Problem(number, "terugkoppeling", "date_unreadable", {"value": part.strip()})
            )
        else:
            feedback.append(d)
    client = {k: val[k] for k in CLIENT_COLUMNS}
    if client["postcode"] and client_rules.normalise_postcode(client["postcode"]):
        client["postcode"] = client_rules.normalise_postcode(client["postcode"])
    errors += [
        Problem(number, v.field, v.key, v.params)
        for v in (
            client_rules.check_client(client, today)
            if not errors
            else text_rules.check_text(client)
        )
    ]
    trajectory = {k: val[k] for k in TRAJECTORY_COLUMNS}
    errors += [Problem(number, v.field, v.key, v.params) for v in text_rules.check_text(trajectory)]
    row = _Row(
        number,
        raw,
        client,
        trajectory,
        tuple(dict.fromkeys(redenen)),
        val["nazorg"],
        tuple(sorted(set(feedback))),
    )
    return (None if errors else row), errors


def _facts(
    traj: dict,
    redenen: tuple[str, ...],
    nazorg: tuple[date, ...],
    feedback: tuple[date, ...],
    other_contacts: tuple = (),
    pauses: tuple = (),
) -> process.TrajectoryFacts:
    """A sheet row's trajectory (merged with the store) as the rules see it (the one read path)."""
    own = FactRow(
        traj["verwijzer_type"],
        traj.get("kanaal"),
        traj.get("aanbod"),
        traj.get("afsluitreden"),
        traj["verwijsdatum"],
        traj.get("bezoekdatum"),
        traj.get("eerste_contact"),
        traj.get("kennismaking_gepland"),
        traj.get("kennismaking"),
        traj.get("start_activiteit"),
        traj.get("afgerond"),
    )
    contacts = [("nazorg", d, False) for d in nazorg]
    contacts += [(soort, d, True) for soort, d in other_contacts]
    return facts_of(own, redenen, contacts, list(pauses), list(feedback))


_COLUMN_OF_FIELD = {"gesprek": "nazorg", "pauze": "afgerond"}


@dataclass
class _Existing:
    """What the store holds for the clients named in the file."""

    clients: dict[str, Client]
    trajectories: dict[tuple[int, date], Trajectory]
    nazorg: dict[int, set[date]]
    planned: dict[int, tuple]
    feedback: dict[int, set[date]]
    pauses: dict[int, tuple]
    reasons: dict[int, set[str]] = field(default_factory=dict)


def _load_existing(desk, client_nrs: set[str]) -> _Existing:
    ex = _Existing({}, {}, {}, {}, {}, {})
    nrs = sorted(client_nrs)
    with desk.store.session() as s:
        for i in range(0, len(nrs), 500):
            for c in s.exec(select(Client).where(Client.client_nr.in_(nrs[i : i + 500]))).scalars():
                ex.clients[c.client_nr] = c
        ids = [c.id for c in ex.clients.values()]
        tids: list[int] = []
        for i in range(0, len(ids), 500):
            for t in s.exec(
                select(Trajectory).where(Trajectory.client_id.in_(ids[i : i + 500]))
            ).scalars():
                ex.trajectories[(t.client_id, t.verwijsdatum)] = t
                tids.append(t.id)

        for i in range(0, len(tids), 500):
            chunk = tids[i : i + 500]
            for c in s.exec(select(Contact).where(Contact.traject_id.in_(chunk))).scalars():
                if c.soort == "nazorg" and not c.gepland:
                    ex.nazorg.setdefault(c.traject_id, set()).add(c.datum)
                elif c.gepland:
                    ex.planned[c.traject_id] = (
                        *ex.planned.get(c.traject_id, ()),
                        (c.soort, c.datum),
                    )
            for f in s.exec(select(Feedback).where(Feedback.traject_id.in_(chunk))).scalars():
                ex.feedback.setdefault(f.traject_id, set()).add(f.datum)
            for r in s.exec(
                select(TrajectoryReason).where(TrajectoryReason.traject_id.in_(chunk))
            ).scalars():
                ex.reasons.setdefault(r.traject_id, set()).add(r.code)
            for p in s.exec(select(Pause).where(Pause.traject_id.in_(chunk))).scalars():
                ex.pauses[p.traject_id] = (*ex.pauses.get(p.traject_id, ()), (p.van, p.tot))
    return ex


def _merged(row: _Row, ex: _Existing) -> tuple[Trajectory | None, dict]:
    """The existing trajectory the row updates (if any) and the trajectory fields after merging."""
    client = ex.clients.get(row.client["client_nr"])
    existing = ex.trajectories.get((client.id, row.trajectory["verwijsdatum"])) if client else None
    if existing is None:
        return None, dict(row.trajectory)
    merged = {
        k: getattr(existing, k)
        for k in Trajectory.model_fields
        if k not in ("id", "client_id", "aangemaakt", "gewijzigd")
    }
    merged.update({k: v for k, v in row.trajectory.items() if v is not None})
    return existing, merged


def _changes(row: _Row, existing: Trajectory, ex: _Existing) -> bool:
    """Would writing this row change the existing trajectory?"""
    if any(v is not None and getattr(existing, k) != v for k, v in row.trajectory.items()):
        return True
    if row.nazorg and row.nazorg not in ex.nazorg.get(existing.id, set()):
        return True
    if set(row.terugkoppeling) - ex.feedback.get(existing.id, set()):
        return True
    return bool(row.redenen) and set(row.redenen) != ex.reasons.get(existing.id, set())


def import_sheet(
    desk,
    path: Path,
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    today = desk.today()
    report = ImportReport(path=path, dry_run=dry_run)
    info: dict = {}
    header, rows = read_sheet(path, info)
    if info.get("encoding") == "cp1252":
        report.warnings.append(Problem(0, "", "import_assumed_cp1252"))
    keys = [h.lower() for h in header]
    missing = [c for c in REQUIRED if c not in keys]
    if missing:
        raise InputError("import_missing_columns", columns=", ".join(missing))
    report.unknown_columns = [h for h in header if h and h.lower() not in COLUMNS]
    if report.unknown_columns:
        report.warnings.append(
            Problem(1, "", "warn_unknown_columns", {"columns": ", ".join(report.unknown_columns)})
        )
    if not rows:
        raise InputError("import_empty", path=str(path))
    report.rows = len(rows)
    total = len(rows) * 2
    parsed: list[_Row] = []
    for i, (number, cells) in enumerate(rows):
        row, errs = _parse_row(number, cells, today)
        report.errors += errs
        if row:
            parsed.append(row)
        if progress and i % 500 == 0:
            progress(i, total)

    # rules across the file and against the store
    ex = _load_existing(desk, {r.client["client_nr"] for r in parsed})
    seen: dict[tuple[str, date], int] = {}
    good: list[_Row] = []
    for row in parsed:
        key = (row.client["client_nr"], row.trajectory["verwijsdatum"])
        if key in seen:
            report.errors.append(
                Problem(row.number, "verwijsdatum", "import_duplicate_row", {"other": seen[key]})
            )
            continue
        seen[key] = row.number
        existing, merged = _merged(row, ex)
        tid = existing.id if existing else None
        nazorg = tuple(sorted(ex.nazorg.get(tid, set()) | ({row.nazorg} if row.nazorg else set())))
        feedback = tuple(sorted(ex.feedback.get(tid, set()) | set(row.terugkoppeling)))
        redenen = row.redenen
        facts = _facts(
            merged, redenen, nazorg, feedback, ex.planned.get(tid, ()), ex.pauses.get(tid, ())
        )
        problems = process.check(facts, today)
        if problems:
            report.errors += [
                Problem(row.number, _COLUMN_OF_FIELD.get(v.field, v.field), v.key, v.params)
                for v in problems
            ]
            continue
        good.append(row)
        # warnings: history that is doubtful but possible
        consent = merged.get("toestemming_terugkoppeling")
        if row.terugkoppeling and consent is not True:
            report.warnings.append(
                Problem(
                    row.number,
                    "terugkoppeling",
                    "warn_feedback_without_consent",
                    {
                        "dates": ", ".join(fmt(d) for d in row.terugkoppeling),
                        "consent": tr("consent_no") if consent is False else tr("consent_unknown"),
                    },
                )
            )
        b = row.client["geboortedatum"]
        if b is not None and age_on(b, row.trajectory["verwijsdatum"]) > 110:
            report.warnings.append(
                Problem(row.number, "geboortedatum", "warn_age_over_110", {"date": fmt(b)})
            )
        for w in process.referral_warnings(b, row.trajectory["verwijsdatum"]):
            report.warnings.append(Problem(row.number, w.field, w.key, w.params))
        if row.trajectory["verwijsdatum"] < today - timedelta(days=3653):
            report.warnings.append(
                Problem(
                    row.number,
                    "verwijsdatum",
                    "warn_old_referral",
                    {"date": fmt(row.trajectory["verwijsdatum"])},
                )
            )
        if progress and len(good) % 500 == 0:
            progress(len(rows) + len(good), total)

    # one client, several rows: the row with the latest verwijsdatum wins
    by_client: dict[str, list[_Row]] = {}
    for row in good:
        by_client.setdefault(row.client["client_nr"], []).append(row)
    winners: dict[str, _Row] = {}
    for nr, group in by_client.items():
        latest = max(group, key=lambda r: (r.trajectory["verwijsdatum"], r.number))
        winners[nr] = latest
        differ = [c for c in DETAIL_COLUMNS if len({r.client[c] for r in group}) > 1]
        if differ:
            report.warnings.append(
                Problem(
                    latest.number,
                    "client_nr",
                    "warn_client_details_differ",
                    {"nr": nr, "fields": ", ".join(differ), "row": latest.number},
                )
            )

    report.valid = len(good)
    invalid = report.invalid_rows
    for nr, latest in winners.items():
        c = ex.clients.get(nr)
        if c is None:
            report.clients_created += 1
        elif any(
            getattr(c, k) != latest.client[k]
            for k in DETAIL_COLUMNS
            if latest.client[k] is not None
        ):
            report.clients_updated += 1
    for row in good:
        existing = _merged(row, ex)[0]
        if existing is None:
            report.trajectories_created += 1
        elif _changes(row, existing, ex):
            report.trajectories_updated += 1
        else:
            report.trajectories_unchanged += 1

    if invalid and skip_invalid and not dry_run:
        report.rejected_file = _write_rejected(path, header, rows, report.errors)
    if invalid and not skip_invalid:
        return report
    if dry_run or not good:
        return report
    _write(desk, good, winners, ex)
    report.written = True
    if progress:
        progress(total, total)
    return report


def _write_rejected(
    path: Path, header: list[str], rows: list[tuple[int, dict]], errors: list[Problem]
) -> Path:
    """The rejected rows as they were, with row number and reasons, beside the input.

    They hold names and dates of birth in plaintext: the file is created new (never over an
    existing file, never through a symlink: the next free name is taken) and readable by its
    owner only; every cell goes through `spreadsheet.csv_cell` (no live formula)."""
    reasons: dict[int, list[str]] = {}
    for p in errors:
        reasons.setdefault(p.row, []).append(
            f"{p.column}: {p.message()}" if p.column else p.message()
        )
    keys = [h.lower() for h in header]
    table: list[list[object]] = [["rij", *header, "fouten"]]
    for number, cells in rows:
        if number in reasons:
            vals = [cells.get(k) for k in keys]
            table.append(
                [
                    number,
                    *["" if v is None else (fmt(v) if isinstance(v, date) else v) for v in vals],
                    " | ".join(reasons[number]),
                ]
            )
    target, fh = _create_private(path.stem + ".afgewezen", ".csv", path.parent)
    with fh:
        fh.write(csv_text(table, delimiter=";", lineterminator="\r\n"))
    return target


def _create_private(stem: str, suffix: str, folder: Path):
    """A new file readable by its owner only: `stem.suffix`, else `stem-2.suffix`, ... Never
    opens an existing file or follows a symlink (O_CREAT | O_EXCL)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for n in range(1, 1000):
        target = folder / (f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}")
        try:
            fd = os.open(target, flags, 0o600)
        except FileExistsError:
            continue
        return target, os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
    raise InputError("import_rejected_no_name", path=str(folder / f"{stem}{suffix}"))


# -- writing ----------------------------------------------------------------------------------
def _write(desk, good: list[_Row], winners: dict[str, _Row], ex: _Existing) -> None:
    now = now_utc()
    CT, TT = Client.__table__, Trajectory.__table__
    with desk.store.transaction() as s:
        conn = s.connection()
        # clients
        new_clients = [
            {
                **w.client,
                "geslacht": w.client["geslacht"] or "onbekend",
                "aangemaakt": now,
                "gewijzigd": now,
            }
            for nr, w in winners.items()
            if nr not in ex.clients
        ]
        if new_clients:
            conn.execute(insert(CT), new_clients)
        for nr, w in winners.items():
            c = ex.clients.get(nr)
            if c is not None:
                changes = {
                    k: w.client[k]
                    for k in DETAIL_COLUMNS
                    if w.client[k] is not None and getattr(c, k) != w.client[k]
                }
                if changes:
                    conn.execute(update(CT).where(CT.c.id == c.id).values(**changes, gewijzigd=now))
        ids = {nr: c.id for nr, c in ex.clients.items()}
        new_nrs = [c["client_nr"] for c in new_clients]
        for i in range(0, len(new_nrs), 500):
            ids.update(
                dict(
                    conn.execute(
                        select(CT.c.client_nr, CT.c.id).where(
                            CT.c.client_nr.in_(new_nrs[i : i + 500])
                        )
                    ).all()
                )
            )
        # trajectories; a practice's free text takes the register's spelling (case, spaces)
        spelled = referrers.spellings(conn)
        for row in good:
            name = row.trajectory.get("verwijzer_praktijk")
            if name:
                row.trajectory["verwijzer_praktijk"] = spelled.get(process.practice_key(name), name)
        inserts, updates = [], []
        for row in good:
            cid = ids[row.client["client_nr"]]
            existing = ex.trajectories.get((cid, row.trajectory["verwijsdatum"]))
            if existing is None:
                inserts.append(
                    (row, {**row.trajectory, "client_id": cid, "aangemaakt": now, "gewijzigd": now})
                )
            else:
                values = {
                    k: v
                    for k, v in row.trajectory.items()
                    if v is not None and getattr(existing, k) != v
                }
                updates.append((row, existing.id))
                if values:
                    conn.execute(
                        update(TT).where(TT.c.id == existing.id).values(**values, gewijzigd=now)
                    )
        if inserts:
            conn.execute(insert(TT), [v for _, v in inserts])
        tid_of: dict[tuple[int, date], int] = {}
        new_cids = sorted({v["client_id"] for _, v in inserts})
        for i in range(0, len(new_cids), 500):
            for tid, cid, vd in conn.execute(
                select(TT.c.id, TT.c.client_id, TT.c.verwijsdatum).where(
                    TT.c.client_id.in_(new_cids[i : i + 500])
                )
            ):
                tid_of[(cid, vd)] = tid
        reasons, contacts, feedback = [], [], []
        for row, v in inserts:
            tid = tid_of[(v["client_id"], v["verwijsdatum"])]
            reasons += [{"traject_id": tid, "code": r} for r in row.redenen]
            if row.nazorg:
                contacts.append(
                    {"traject_id": tid, "soort": "nazorg", "datum": row.nazorg, "gepland": False}
                )
            feedback += [{"traject_id": tid, "datum": d} for d in row.terugkoppeling]
        for row, tid in updates:
            if row.redenen and set(row.redenen) != ex.reasons.get(tid, set()):
                conn.execute(
                    TrajectoryReason.__table__.delete().where(
                        TrajectoryReason.__table__.c.traject_id == tid
                    )
                )
                reasons += [{"traject_id": tid, "code": r} for r in row.redenen]
            if row.nazorg and row.nazorg not in ex.nazorg.get(tid, set()):
                contacts.append(
                    {"traject_id": tid, "soort": "nazorg", "datum": row.nazorg, "gepland": False}
                )
            feedback += [
                {"traject_id": tid, "datum": d}
                for d in row.terugkoppeling
                if d not in ex.feedback.get(tid, set())
            ]
        if reasons:
            conn.execute(insert(TrajectoryReason.__table__), reasons)
        if contacts:
            conn.execute(insert(Contact.__table__), contacts)
        if feedback:
            conn.execute(
                insert(Feedback.__table__),
                [{"moment": None, "kanaal": None, "notitie": None, **f} for f in feedback],
            )

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

import codecs
import csv
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Boolean, Date, Table, func, select

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


class _Row:
    """A validated row, compact (a 100,000-row sheet is held as these between checking and
    writing): the client's and the trajectory's typed values as tuples in the order of
    CLIENT_COLUMNS and TRAJECTORY_COLUMNS."""

    __slots__ = ("number", "client", "trajectory", "redenen", "nazorg", "terugkoppeling")

    def __init__(
        self,
        number: int,
        client: tuple,
        trajectory: tuple,
        redenen: tuple[str, ...],
        nazorg: date | None,
        terugkoppeling: tuple[date, ...],
    ) -> None:
        self.number = number
        self.client = client
        self.trajectory = trajectory
        self.redenen = redenen
        self.nazorg = nazorg
        self.terugkoppeling = terugkoppeling

    @property
    def client_nr(self) -> str:
        return self.client[_NR]

    @property
    def verwijsdatum(self) -> date:
        return self.trajectory[_VD]

    def client_dict(self) -> dict:
        return dict(zip(CLIENT_COLUMNS, self.client, strict=True))

    def trajectory_dict(self) -> dict:
        return dict(zip(TRAJECTORY_COLUMNS, self.trajectory, strict=True))


_NR = CLIENT_COLUMNS.index("client_nr")
_BIRTH = CLIENT_COLUMNS.index("geboortedatum")
_VD = TRAJECTORY_COLUMNS.index("verwijsdatum")
_DETAIL_POS = tuple(CLIENT_COLUMNS.index(c) for c in DETAIL_COLUMNS)


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
    header, rows = iter_sheet(path, info)
    return header, list(rows)


def iter_sheet(
    path: Path, info: dict | None = None
) -> tuple[list[str], Iterator[tuple[int, dict[str, object]]]]:
    """As `read_sheet`, but the rows are read as the caller goes (a large sheet is never held
    whole). `info` also gets `estimate`: about how many data rows there are (for progress)."""
    if not path.is_file():
        raise InputError("import_file_missing", path=str(path))
    info = info if info is not None else {}
    suffix = path.suffix.lower()
    if suffix == ".csv":
        header, rows = _read_csv(path, info)
    elif suffix == ".xlsx":
        header, rows = _read_xlsx(path, info)
    else:
        raise InputError("import_file_type", path=str(path))
    keys = [h.strip().lower() for h in header]

    def keyed() -> Iterator[tuple[int, dict[str, object]]]:
        named = all(keys)
        for number, values in rows:
            if named:
                cells = dict(zip(keys, values, strict=False))
            else:
                cells = {k: v for k, v in zip(keys, values, strict=False) if k}
            for v in cells.values():  # skip a row without any value
                if v is not None and (v.strip() if type(v) is str else str(v).strip()):
                    yield number, cells
                    break

    return [h.strip() for h in header], keyed()


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


def _csv_encoding(path: Path, info: dict) -> str:
    """UTF-8 (with or without BOM) or, failing that, cp1252; read in blocks, never whole.
    Also counts the lines (`info['estimate']`, for progress)."""
    lines = 0
    for encoding in ("utf-8", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        lines = 0
        try:
            with path.open("rb") as fh:
                while block := fh.read(1 << 20):
                    decoder.decode(block)
                    lines += block.count(b"\n")
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        info["encoding"] = encoding
        info["estimate"] = lines
        return "utf-8-sig" if encoding == "utf-8" else encoding
    raise InputError(
        "import_file_unreadable",
        path=str(path),
        reason="geen UTF-8 of Windows-1252 / not UTF-8 or Windows-1252",
    )


def _read_csv(path: Path, info: dict) -> tuple[list[str], Iterator[tuple[int, list[object]]]]:
    # a CSV saved by Dutch Excel ("CSV (gescheiden door lijstscheidingsteken)") is cp1252
    encoding = _csv_encoding(path, info)
    fh = path.open(encoding=encoding, newline="")
    info["close"] = fh.close
    try:
        first = fh.readline()
        first = first[: first.find("\n")] if "\n" in first else first
        fh.seek(0)
        delimiter = ";" if first.count(";") > first.count(",") else ","
        reader = csv.reader(fh, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError("import_empty", path=str(path)) from None
        except csv.Error as exc:
            raise InputError("import_file_unreadable", path=str(path), reason=str(exc)) from None
        _check_row(path, 1, header)
    except BaseException:
        fh.close()
        raise

    def rows() -> Iterator[tuple[int, list[object]]]:
        # read as the caller goes: the file's rows are never held whole
        try:
            for i, row in enumerate(reader, start=2):
                if i > MAX_ROWS + 1:
                    raise _too_big(path, "import_limit_rows", max=MAX_ROWS)
                if len(row) > MAX_COLUMNS or (row and max(map(len, row)) > MAX_CELL):
                    _check_row(path, i, row)
                joined = "\x00".join(row)
                if joined[:1] == "'" or "\x00'" in joined:  # rare: a cell we escaped on export
                    row = [csv_uncell(v) if v[:1] == "'" else v for v in row]
                yield i, row
        except csv.Error as exc:
            raise InputError("import_file_unreadable", path=str(path), reason=str(exc)) from None
        finally:
            fh.close()

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


def _read_xlsx(path: Path, info: dict) -> tuple[list[str], Iterator[tuple[int, list[object]]]]:
    from openpyxl import load_workbook  # heavy: only when an .xlsx is read

    _check_package(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure to open is "unreadable"
        raise InputError(
            "import_file_unreadable", path=str(path), reason=type(exc).__name__
        ) from None
    info["close"] = wb.close

    def unreadable(exc: Exception) -> InputError:
        return InputError("import_file_unreadable", path=str(path), reason=type(exc).__name__)

    try:
        ws = wb.worksheets[0]
        it = ws.iter_rows(values_only=True)
        info["close"] = lambda: (it.close(), wb.close())
        try:
            first = list(next(it))
        except StopIteration:
            raise InputError("import_empty", path=str(path)) from None
        _check_row(path, 1, first)
        header = [("" if v is None else str(v)) for v in first[:MAX_COLUMNS]]
        try:
            info["estimate"] = max(0, int(ws.max_row or 0) - 1)
        except (TypeError, ValueError):
            info["estimate"] = 0
    except InputError:
        wb.close()
        raise
    except Exception as exc:  # noqa: BLE001 - a broken sheet part is "unreadable"
        wb.close()
        raise unreadable(exc) from None

    def rows() -> Iterator[tuple[int, list[object]]]:
        try:
            for i, r in enumerate(it, start=2):
                if i > MAX_ROWS + 1:
                    raise _too_big(path, "import_limit_rows", max=MAX_ROWS)
                values = list(r)
                _check_row(path, i, values)
                yield i, values[:MAX_COLUMNS]
        except InputError:
            raise
        except Exception as exc:  # noqa: BLE001 - a broken sheet part is "unreadable"
            raise unreadable(exc) from None
        finally:
            wb.close()

    return header, rows()


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return text_rules.normalise(str(value))


# -- validating -------------------------------------------------------------------------------
_YES_NO = ("toestemming_gegevens", "toestemming_terugkoppeling")
#: How each column is read: "date", "code", "yesno" or "text".
_KIND = {
    c: (
        "date"
        if c in DATE_COLUMNS
        else "code"
        if c in CODE_COLUMNS
        else "yesno"
        if c in _YES_NO
        else "text"
    )
    for c in COLUMNS
}
#: Text columns whose values repeat over a sheet: held once (memo) rather than per row.
_SHARED = frozenset({"voornaam", "gemeente", "wijk", "verwijzer_naam", "verwijzer_praktijk"})
_SHARED |= frozenset({"activiteit", "reden"})


#: How each column is read, in COLUMNS order: (column, kind, required, shared).
_PLAN = tuple((c, _KIND[c], c in REQUIRED, c in _SHARED) for c in COLUMNS)
_MISSING = object()


class _Memo(dict):
    """One object per repeated value of a sheet (codes, towns, dates), and each date text
    parsed once."""

    def __init__(self) -> None:
        super().__init__()
        self.dates: dict[str, date | None] = {}

    def text(self, value: str | None) -> str | None:
        return None if value is None else self.setdefault(value, value)

    def date(self, raw: str) -> date | None:
        """`parse_sheet_date` of a text cell as it was read (stripped), once per text."""
        d = self.dates.get(raw, _MISSING)
        if d is _MISSING:
            d = self.dates[raw] = parse_sheet_date(raw.strip())
        return d  # type: ignore[return-value]


def _parse_row(
    number: int, cells: dict[str, object], today: date, memo: _Memo | None = None
) -> tuple[_Row | None, list[Problem]]:
    memo = memo if memo is not None else _Memo()
    required: list[Problem] = []
    errors: list[Problem] = []
    get = cells.get
    share = memo.setdefault
    dates = memo.dates
    normalise = text_rules.normalise
    val: dict[str, object] = {}
    for col, kind, needed, shared in _PLAN:
        v = get(col)
        # the cell's text as `_text` gives it (inline: this runs for every cell of the sheet)
        if v is None:
            t = None
        elif type(v) is str:
            t = v.strip()
            if t.isascii():
                if "\r" in t:
                    t = t.replace("\r\n", "\n")
                t = t or None
            else:
                t = normalise(t)
        else:
            t = _text(v)
        if t is None and needed:
            required.append(Problem(number, col, "required", {"field": col}))
        if kind == "text":
            val[col] = share(t, t) if shared and t is not None else t
        elif kind == "date":
            if t is None:
                val[col] = None
                continue
            if type(v) is str:
                d = dates.get(v, _MISSING)
                if d is _MISSING:
                    d = memo.date(v)
            else:
                d = parse_sheet_date(v)
            if d is None:
                errors.append(Problem(number, col, "date_unreadable", {"value": t}))
            val[col] = d
        elif kind == "code":
            if t is not None:
                t = t.lower()
                t = share(t, t)
                if t not in CODE_COLUMNS[col]:
                    cl = CODE_COLUMNS[col]
                    errors.append(Problem(number, col, "code_unknown", cl.unknown_params(t)))
            val[col] = t
        else:
            low = (t or "").lower()
            if low in YES:
                val[col] = True
            elif low in NO:
                val[col] = False
            else:
                val[col] = None
                if low:
                    errors.append(Problem(number, col, "yes_no_invalid", {"value": t}))
    if required:
        errors = required + errors
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
        redenen.append(memo.text(code))
    feedback: list[date] = []
    for part in (val.pop("terugkoppeling") or "").split(";"):
        if not part.strip():
            continue
        d = memo.date(part.strip())
        if d is None:
            errors.append(
                Problem(number, "terugkoppeling", "date_unreadable", {"value": part.strip()})
            )
        else:
            feedback.append(d)
    client = {k: val[k] for k in CLIENT_COLUMNS}
    if client["postcode"]:
        pc = client_rules.normalise_postcode(client["postcode"])
        if pc:
            client["postcode"] = memo.text(pc)
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
    if errors:
        return None, errors
    row = _Row(
        number,
        tuple(client.values()),
        tuple(trajectory.values()),
        tuple(dict.fromkeys(redenen)),
        val["nazorg"],
        tuple(sorted(set(feedback))),
    )
    return row, errors


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


_CT: Table = Client.__table__  # type: ignore[assignment]
_TT: Table = Trajectory.__table__  # type: ignore[assignment]
#: The stored trajectory's fields a row is merged with: the sheet's own and the other ones
#: the process rules read (`_facts`); free texts are not needed and not loaded.
_TFIELDS = (*TRAJECTORY_COLUMNS, "bezoekdatum", "kennismaking_gepland")
_TPOS = tuple(_TFIELDS.index(c) for c in TRAJECTORY_COLUMNS)
#: Rows per statement when reading what the store holds and when writing.
_BATCH = 500
CHUNK = 2000


@dataclass
class _Existing:
    """What the store holds for the clients named in the file, as plain tuples:
    clients {client_nr: (id, details in DETAIL_COLUMNS order)}, trajectories
    {(client_id, verwijsdatum): (id, fields in _TFIELDS order)}."""

    clients: dict[str, tuple[int, tuple]]
    trajectories: dict[tuple[int, date], tuple[int, tuple]]
    nazorg: dict[int, set[date]]
    planned: dict[int, tuple]
    feedback: dict[int, set[date]]
    pauses: dict[int, tuple]
    reasons: dict[int, set[str]] = field(default_factory=dict)


class _Plain:
    """Reads of the store as the driver's plain rows (`Store.plain_rows`), typed here: dates
    and booleans are made once per distinct stored value (a re-import of 100,000 rows reads
    a few thousand distinct dates), and every repeated value is held once."""

    def __init__(self, session, store) -> None:
        self.session, self.store = session, store
        self.memo: dict = {}

    def rows(self, statement) -> Iterator[tuple]:
        kinds = [
            "date" if isinstance(c.type, Date) else "bool" if isinstance(c.type, Boolean) else ""
            for c in statement.selected_columns
        ]
        memo = self.memo
        typed = [i for i, k in enumerate(kinds) if k]
        for row in self.store.plain_rows(self.session, statement):
            values = list(row)
            for i in typed:
                v = values[i]
                if v is None:
                    continue
                if kinds[i] == "bool":
                    values[i] = bool(v)
                else:
                    key = ("d", v)
                    d = memo.get(key)
                    if d is None:
                        d = memo[key] = date.fromisoformat(v)
                    values[i] = d
            yield tuple(
                v if v is None or type(v) is bool or type(v) is int else memo.setdefault(v, v)
                for v in values
            )


def _load_existing(session, store, client_nrs: set[str]) -> _Existing:
    """Read in `session` (the import's own transaction): the rows are checked against the same
    snapshot they are written into."""
    ex = _Existing({}, {}, {}, {}, {}, {})
    plain = _Plain(session, store)
    nrs = sorted(client_nrs)
    CC = _CT.c
    details = [CC[c] for c in DETAIL_COLUMNS]
    tcols = [_TT.c[c] for c in _TFIELDS]
    KT, CO, FB, PA = (
        TrajectoryReason.__table__.c,
        Contact.__table__.c,
        Feedback.__table__.c,
        Pause.__table__.c,
    )
    for i in range(0, len(nrs), _BATCH):
        q = select(CC.client_nr, CC.id, *details).where(CC.client_nr.in_(nrs[i : i + _BATCH]))
        for nr, cid, *rest in plain.rows(q):
            ex.clients[nr] = (cid, tuple(rest))
    ids = sorted(cid for cid, _ in ex.clients.values())
    tids: list[int] = []
    vd = _TPOS[_VD]
    for i in range(0, len(ids), _BATCH):
        q = select(_TT.c.id, _TT.c.client_id, *tcols).where(
            _TT.c.client_id.in_(ids[i : i + _BATCH])
        )
        for tid, cid, *rest in plain.rows(q):
            values = tuple(rest)
            ex.trajectories[(cid, values[vd])] = (tid, values)
            tids.append(tid)
    tids.sort()
    for i in range(0, len(tids), _BATCH):
        chunk = tids[i : i + _BATCH]
        q = select(CO.traject_id, CO.soort, CO.datum, CO.gepland).where(CO.traject_id.in_(chunk))
        for tid, soort, datum, gepland in plain.rows(q):
            if soort == "nazorg" and not gepland:
                ex.nazorg.setdefault(tid, set()).add(datum)
            elif gepland:
                ex.planned[tid] = (*ex.planned.get(tid, ()), (soort, datum))
        for tid, datum in plain.rows(
            select(FB.traject_id, FB.datum).where(FB.traject_id.in_(chunk))
        ):
            ex.feedback.setdefault(tid, set()).add(datum)
        for tid, code in plain.rows(select(KT.traject_id, KT.code).where(KT.traject_id.in_(chunk))):
            ex.reasons.setdefault(tid, set()).add(code)
        for tid, van, tot in plain.rows(
            select(PA.traject_id, PA.van, PA.tot).where(PA.traject_id.in_(chunk))
        ):
            ex.pauses[tid] = (*ex.pauses.get(tid, ()), (van, tot))
    return ex


def _existing_of(row: _Row, ex: _Existing) -> tuple[int, tuple] | None:
    """The stored trajectory (id, fields) the row updates, or None for a new one."""
    client = ex.clients.get(row.client[_NR])
    return ex.trajectories.get((client[0], row.trajectory[_VD])) if client else None


def _merged(row: _Row, existing: tuple[int, tuple] | None) -> dict:
    """The trajectory's fields after merging the row with what the store holds."""
    if existing is None:
        return row.trajectory_dict()
    merged = dict(zip(_TFIELDS, existing[1], strict=True))
    merged.update(
        {k: v for k, v in zip(TRAJECTORY_COLUMNS, row.trajectory, strict=True) if v is not None}
    )
    return merged


def _changed_fields(row: _Row, existing: tuple[int, tuple]) -> dict:
    """The row's values that differ from the stored trajectory's."""
    stored = existing[1]
    return {
        k: v
        for k, v, p in zip(TRAJECTORY_COLUMNS, row.trajectory, _TPOS, strict=True)
        if v is not None and stored[p] != v
    }


def _changes(row: _Row, existing: tuple[int, tuple], ex: _Existing) -> bool:
    """Would writing this row change the existing trajectory?"""
    tid = existing[0]
    if _changed_fields(row, existing):
        return True
    if row.nazorg and row.nazorg not in ex.nazorg.get(tid, set()):
        return True
    if set(row.terugkoppeling) - ex.feedback.get(tid, set()):
        return True
    return bool(row.redenen) and set(row.redenen) != ex.reasons.get(tid, set())


def _client_changes(stored: tuple, row: _Row) -> dict:
    """The client details of the row that differ from the stored client's."""
    return {
        k: row.client[p]
        for k, p, old in zip(DETAIL_COLUMNS, _DETAIL_POS, stored, strict=True)
        if row.client[p] is not None and old != row.client[p]
    }


def import_sheet(
    desk,
    path: Path,
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Check the whole sheet, then (when it may) write it in one transaction.

    The sheet is read row by row and each row is kept only as a compact `_Row` (or, when
    invalid, as its problems); the write goes in chunks of Core executemany statements,
    all inside one transaction."""
    today = desk.today()
    report = ImportReport(path=path, dry_run=dry_run)
    info: dict = {}
    header, rows = iter_sheet(path, info)
    try:
        return _import_rows(
            desk,
            path,
            header,
            rows,
            info,
            report,
            today,
            skip_invalid=skip_invalid,
            dry_run=dry_run,
            progress=progress,
        )
    finally:
        info["close"]()  # also when the import stops before the rows were read to the end


def _import_rows(
    desk,
    path: Path,
    header: list[str],
    rows: Iterator[tuple[int, list]],
    info: dict,
    report: ImportReport,
    today: date,
    *,
    skip_invalid: bool,
    dry_run: bool,
    progress: Callable[[int, int], None] | None,
) -> ImportReport:
    """`import_sheet` on the opened sheet (which `import_sheet` closes, however this ends)."""
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
    # progress runs over three passes of the rows: reading, checking, writing
    total = max(int(info.get("estimate") or 0), 1) * 3
    memo = _Memo()
    parsed: list[_Row] = []
    for number, cells in rows:
        row, errs = _parse_row(number, cells, today, memo)
        if errs:
            report.errors += errs
        else:
            parsed.append(row)
        report.rows += 1
        if progress and report.rows % 500 == 0:
            progress(min(report.rows, total // 3), total)
    if not report.rows:
        raise InputError("import_empty", path=str(path))
    del memo
    total = report.rows * 3

    # rules across the file and against the store, then the write: in one transaction, so
    # the rows are checked against the very snapshot they are written into (nothing is
    # written before every row is checked; a check that stops the import writes nothing)
    try:
        with desk.store.transaction(immediate=not dry_run) as s:
            write = _check(
                s, desk.store, report, parsed, today, path, skip_invalid, dry_run, progress
            )
    except BaseException:
        # nothing was imported: the rows' personal data must not stay behind unannounced
        if report.rejected_file is not None:
            report.rejected_file.unlink(missing_ok=True)
            report.rejected_file = None
        raise
    report.written = write
    if progress and write:
        progress(total, total)
    return report


def _check(
    session,
    store,
    report: ImportReport,
    parsed: list[_Row],
    today: date,
    path: Path,
    skip_invalid: bool,
    dry_run: bool,
    progress: Callable[[int, int], None] | None,
) -> bool:
    """The checks across the file and against the store in `session`, the counts, and (when
    the import may write) the write. True when written."""
    conn = session.connection()
    total = report.rows * 3
    # rules across the file and against the store
    ex = _load_existing(session, store, {r.client[_NR] for r in parsed})
    seen: dict[tuple[str, date], int] = {}
    good: list[_Row] = []
    for row in parsed:
        key = (row.client[_NR], row.trajectory[_VD])
        if key in seen:
            report.errors.append(
                Problem(row.number, "verwijsdatum", "import_duplicate_row", {"other": seen[key]})
            )
            continue
        seen[key] = row.number
        existing = _existing_of(row, ex)
        merged = _merged(row, existing)
        tid = existing[0] if existing else None
        nazorg = tuple(sorted(ex.nazorg.get(tid, set()) | ({row.nazorg} if row.nazorg else set())))
        feedback = tuple(sorted(ex.feedback.get(tid, set()) | set(row.terugkoppeling)))
        facts = _facts(
            merged, row.redenen, nazorg, feedback, ex.planned.get(tid, ()), ex.pauses.get(tid, ())
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
        verwijsdatum = row.trajectory[_VD]
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
        b = row.client[_BIRTH]
        if b is not None and age_on(b, verwijsdatum) > 110:
            report.warnings.append(
                Problem(row.number, "geboortedatum", "warn_age_over_110", {"date": fmt(b)})
            )
        for w in process.referral_warnings(b, verwijsdatum):
            report.warnings.append(Problem(row.number, w.field, w.key, w.params))
        if verwijsdatum < today - timedelta(days=3653):
            report.warnings.append(
                Problem(
                    row.number, "verwijsdatum", "warn_old_referral", {"date": fmt(verwijsdatum)}
                )
            )
        if progress and len(good) % 500 == 0:
            progress(report.rows + len(good), total)

    # one client, several rows: the row with the latest verwijsdatum wins
    winners: dict[str, _Row] = {}
    several: dict[str, list[_Row]] = {}
    for row in good:
        nr = row.client[_NR]
        other = winners.get(nr)
        if other is None:
            winners[nr] = row
            continue
        several.setdefault(nr, [other]).append(row)
        if (row.trajectory[_VD], row.number) > (other.trajectory[_VD], other.number):
            winners[nr] = row
    for nr, latest in winners.items():
        group = several.get(nr)
        if group is None:
            continue
        differ = [
            c
            for c, p in zip(DETAIL_COLUMNS, _DETAIL_POS, strict=True)
            if len({r.client[p] for r in group}) > 1
        ]
        if differ:
            report.warnings.append(
                Problem(
                    latest.number,
                    "client_nr",
                    "warn_client_details_differ",
                    {"nr": nr, "fields": ", ".join(differ), "row": latest.number},
                )
            )
    del several

    report.valid = len(good)
    invalid = report.invalid_rows
    for nr, latest in winners.items():
        c = ex.clients.get(nr)
        if c is None:
            report.clients_created += 1
        elif _client_changes(c[1], latest):
            report.clients_updated += 1
    for row in good:
        existing = _existing_of(row, ex)
        if existing is None:
            report.trajectories_created += 1
        elif _changes(row, existing, ex):
            report.trajectories_updated += 1
        else:
            report.trajectories_unchanged += 1

    if invalid and skip_invalid and not dry_run:
        report.rejected_file = _write_rejected(path, report.errors)
    if invalid and not skip_invalid:
        return False
    if dry_run or not good:
        return False
    _write(conn, store, good, winners, ex, progress, total)
    return True


def _write_rejected(path: Path, errors: list[Problem]) -> Path:
    """The rejected rows as they were, with row number and reasons, beside the input (the
    sheet is read again for them: its rows are not held).

    They hold names and dates of birth in plaintext: the file is created new (never over an
    existing file, never through a symlink: the next free name is taken) and readable by its
    owner only; every cell goes through `spreadsheet.csv_cell` (no live formula)."""
    reasons: dict[int, list[str]] = {}
    for p in errors:
        reasons.setdefault(p.row, []).append(
            f"{p.column}: {p.message()}" if p.column else p.message()
        )
    header, rows = iter_sheet(path)
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
class _DriverRows:
    """Rows for one table as the store's driver takes them. Each value goes through its
    column's own SQLAlchemy bind processor (the same stored text as a Core insert), but once
    per distinct value: a large sheet repeats few dates, and one record time."""

    def __init__(self, conn, table: Table, columns: tuple[str, ...]) -> None:
        dialect = conn.dialect
        self.table, self.columns = table, columns
        self.convert: list[tuple[int, Callable, dict]] = []
        for i, c in enumerate(columns):
            proc = table.c[c].type.dialect_impl(dialect).bind_processor(dialect)
            if proc is not None:
                self.convert.append((i, proc, {}))
        self.rows: list[tuple] = []

    def add(self, values: tuple) -> None:
        if self.convert:
            out = list(values)
            for i, proc, memo in self.convert:
                v = out[i]
                if v is not None:
                    stored = memo.get(v)
                    if stored is None:
                        stored = memo[v] = proc(v)
                    out[i] = stored
            values = tuple(out)
        self.rows.append(values)

    def write(self, store, conn) -> None:
        if self.rows:
            store.insert_many(conn, self.table, self.columns, self.rows)
            self.rows = []


_CLIENT_INSERT = ("id", *CLIENT_COLUMNS, "aangemaakt", "gewijzigd")
_GESLACHT = CLIENT_COLUMNS.index("geslacht")
_TRAJECTORY_INSERT = ("id", "client_id", *TRAJECTORY_COLUMNS, "aangemaakt", "gewijzigd")


def _write(
    conn,
    store,
    good: list[_Row],
    winners: dict[str, _Row],
    ex: _Existing,
    progress: Callable[[int, int], None] | None = None,
    total: int = 0,
) -> None:
    """Inside the import's transaction on `conn`, in chunks of `CHUNK` rows per executemany
    (`Store.insert_many`: the audit logs each chunk's rows in one statement of its own). New
    rows get their ids here, after the highest in the store read inside the transaction (a
    concurrent writer makes this transaction fail rather than clash), so no id is looked up
    afterwards. A progress callback that raises rolls everything back."""
    now = now_utc()
    CT, TT = _CT, _TT
    RT, KT, FT = TrajectoryReason.__table__, Contact.__table__, Feedback.__table__
    next_cid = (conn.execute(select(func.max(CT.c.id))).scalar() or 0) + 1
    next_tid = (conn.execute(select(func.max(TT.c.id))).scalar() or 0) + 1
    # clients
    ids = {nr: c[0] for nr, c in ex.clients.items()}
    clients = _DriverRows(conn, CT, _CLIENT_INSERT)
    for nr, w in winners.items():
        if nr in ex.clients:
            continue
        ids[nr] = next_cid
        values = w.client
        if values[_GESLACHT] is None:
            values = (*values[:_GESLACHT], "onbekend", *values[_GESLACHT + 1 :])
        clients.add((next_cid, *values, now, now))
        next_cid += 1
        if len(clients.rows) >= CHUNK:
            clients.write(store, conn)
    clients.write(store, conn)
    # updates: many rows per statement, grouped by the columns they change (audited per row)
    changed: list[tuple[int, dict]] = []
    for nr, w in winners.items():
        c = ex.clients.get(nr)
        if c is not None:
            changes = _client_changes(c[1], w)
            if changes:
                changed.append((c[0], {**changes, "gewijzigd": now}))
                if len(changed) >= CHUNK:
                    store.update_many(conn, CT, changed)
                    changed = []
    store.update_many(conn, CT, changed)
    # trajectories; a practice's free text takes the register's spelling (case, spaces)
    spelled = referrers.spellings(conn)
    practice = TRAJECTORY_COLUMNS.index("verwijzer_praktijk")
    trajectories = _DriverRows(conn, TT, _TRAJECTORY_INSERT)
    reasons = _DriverRows(conn, RT, ("traject_id", "code"))
    contacts = _DriverRows(conn, KT, ("traject_id", "soort", "datum", "gepland"))
    feedback = _DriverRows(conn, FT, ("traject_id", "datum", "moment", "kanaal", "notitie"))
    parts = (trajectories, reasons, contacts, feedback)  # parents first: the children's
    # audit entries find their client through their trajectory
    updated: list[tuple[int, dict]] = []
    new_reasons: list[int] = []  # updated trajectories whose reasons the sheet replaces

    def flush() -> None:
        store.update_many(conn, TT, updated)
        updated.clear()
        for i in range(0, len(new_reasons), _BATCH):
            conn.execute(RT.delete().where(RT.c.traject_id.in_(new_reasons[i : i + _BATCH])))
        new_reasons.clear()
        for part in parts:
            part.write(store, conn)

    done = 0
    for row in good:
        if row.trajectory[practice]:
            name = row.trajectory[practice]
            respelled = spelled.get(process.practice_key(name), name)
            if respelled != name:
                row.trajectory = (
                    *row.trajectory[:practice],
                    respelled,
                    *row.trajectory[practice + 1 :],
                )
        cid = ids[row.client[_NR]]
        existing = ex.trajectories.get((cid, row.trajectory[_VD]))
        if existing is None:
            tid = next_tid
            next_tid += 1
            trajectories.add((tid, cid, *row.trajectory, now, now))
            for r in row.redenen:
                reasons.add((tid, r))
            if row.nazorg:
                contacts.add((tid, "nazorg", row.nazorg, False))
            for d in row.terugkoppeling:
                feedback.add((tid, d, None, None, None))
        else:
            tid = existing[0]
            values = _changed_fields(row, existing)
            if values:
                updated.append((tid, {**values, "gewijzigd": now}))
            if row.redenen and set(row.redenen) != ex.reasons.get(tid, set()):
                new_reasons.append(tid)
                for r in row.redenen:
                    reasons.add((tid, r))
            if row.nazorg and row.nazorg not in ex.nazorg.get(tid, set()):
                contacts.add((tid, "nazorg", row.nazorg, False))
            known = ex.feedback.get(tid, set())
            for d in row.terugkoppeling:
                if d not in known:
                    feedback.add((tid, d, None, None, None))
        done += 1
        if done % CHUNK == 0 or len(reasons.rows) >= CHUNK:
            flush()
            if progress:
                progress(total * 2 // 3 + done, total)
    flush()

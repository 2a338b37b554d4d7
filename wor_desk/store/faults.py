"""Database errors turned into one-line messages at the store's boundary.

Every error the SQLite/SQLCipher driver raises on a WoR Desk engine passes `classify` (through
SQLAlchemy's `handle_error` event in `store._engine`, and directly in `store.unlock`; this module
imports no SQLAlchemy), so a locked profile, a full disk or a read-only folder reach the CLI and the app as a `WorDeskError` that says what happened and
what to do, with no SQL and no parameter values (which hold names, dates of birth, phone
numbers). The transaction is rolled back by the caller (`Store.transaction`). Only a file that
really is not a database is reported as damage; a full disk or a read-only folder never is.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as dbapi

from wor_desk import messages
from wor_desk.errors import (
    DamagedStore,
    HandedOver,
    StoreError,
    StoreLocked,
    WorDeskError,
    WrongPassphrase,
)

#: The text of the triggers that keep a handed-over trajectory read-only (migration 0006).
HANDED_OVER_MARK = "wor-desk:overgedragen"

# SQLite primary result codes
PERM, BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, CONSTRAINT, NOTADB = (
    3,
    5,
    6,
    8,
    10,
    11,
    13,
    14,
    19,
    26,
)

messages.register(
    {
        "store_disk_full": (
            "De schijf is vol: er is niets opgeslagen. Maak ruimte vrij op de schijf met {folder} "
            "en probeer het opnieuw.",
            "The disk is full: nothing was saved. Free some space on the disk holding {folder} "
            "and try again.",
        ),
        "store_read_only": (
            "De map {folder} is alleen-lezen (of WoR Desk mag er niet schrijven): er is niets "
            "opgeslagen. Geef schrijfrechten op die map of kies een andere map met WOR_DESK_HOME.",
            "The folder {folder} is read-only (or WoR Desk may not write there): nothing was "
            "saved. Give write access to that folder or choose another folder with WOR_DESK_HOME.",
        ),
        "store_io_error": (
            "Lezen of schrijven op de schijf met {folder} mislukte: er is niets opgeslagen. "
            "Controleer de schijf (is een USB-stick of netwerkmap losgeraakt?) en probeer het opnieuw.",
            "Reading or writing the disk holding {folder} failed: nothing was saved. Check the "
            "disk (was a USB stick or network folder disconnected?) and try again.",
        ),
        "store_conflict": (
            "Dezelfde gegevens werden tegelijk ergens anders gewijzigd (bijvoorbeeld door een "
            "tweede import): er is niets opgeslagen. Probeer het opnieuw.",
            "The same data was changed elsewhere at the same moment (for example by a second "
            "import): nothing was saved. Try again.",
        ),
        "store_fault": (
            "De opslag gaf een onverwachte fout ({code}): er is niets opgeslagen. Probeer het "
            "opnieuw; blijft het gebeuren, maak dan een back-up en meld het.",
            "The store gave an unexpected error ({code}): nothing was saved. Try again; if it "
            "keeps happening, make a backup and report it.",
        ),
    }
)


class DiskFull(StoreError):
    key = "store_disk_full"
    exit_code = 3


class FolderReadOnly(StoreError):
    key = "store_read_only"
    exit_code = 3


class StoreIOError(StoreError):
    key = "store_io_error"
    exit_code = 3


class StoreConflict(StoreError):
    key = "store_conflict"
    exit_code = 3


class StoreFault(StoreError):
    key = "store_fault"
    exit_code = 3


def classify(
    exc: BaseException, path: Path, profile: str = "", *, key_checked: bool = True
) -> WorDeskError:
    """The WorDeskError for a driver error on the store at `path` (never its SQL or values)."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(orig).lower()
    folder = str(Path(path).parent)
    if HANDED_OVER_MARK in str(orig):
        return HandedOver()
    if primary in (BUSY, LOCKED) or "locked" in text or "busy" in text:
        return StoreLocked()
    if primary == FULL or "disk is full" in text or "database or disk is full" in text:
        return DiskFull(folder=folder)
    if primary in (READONLY, PERM) or "readonly" in text or "read-only" in text:
        return FolderReadOnly(folder=folder)
    if primary == CANTOPEN or "unable to open" in text:
        return FolderReadOnly(folder=folder)
    if primary == IOERR or "disk i/o error" in text:
        return StoreIOError(folder=folder)
    if primary == CONSTRAINT or isinstance(orig, dbapi.IntegrityError):
        return StoreConflict()
    if primary == NOTADB or "not a database" in text:
        if not key_checked:
            return WrongPassphrase(profile=profile)
        return DamagedStore(
            path=str(path), reason="geen leesbare database / not a readable database"
        )
    if primary == CORRUPT or "malformed" in text:
        return DamagedStore(path=str(path), reason="beschadigd / corrupt")
    name = getattr(orig, "sqlite_errorname", None) or type(orig).__name__
    return StoreFault(code=name)

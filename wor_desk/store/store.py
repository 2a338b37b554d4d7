"""The encrypted store: create, unlock, migrate, rekey, back up and restore one profile.

A profile is a folder with `desk.db` (SQLCipher 4, WAL, synchronous=FULL) and `desk.json`
(no secrets: the format marker and a key check value, so a wrong passphrase and a
damaged file get different messages).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import sqlcipher3.dbapi2 as dbapi
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from wor_desk.errors import (
    DamagedStore,
    HandedOver,
    InputError,
    StoreExists,
    StoreMissing,
    WorDeskError,
    WrongPassphrase,
)
from wor_desk.store import cipher, faults, migrate
from wor_desk.store.audit import AuditedSession, AuditRecorder
from wor_desk.store.cipher import Key
from wor_desk.store.paths import META_FILE, STORE_FILE

#: An interrupted passphrase change leaves these beside desk.db (see Store.rekey).
NEW_COPY = STORE_FILE + ".nieuw"
OLD_COPY = STORE_FILE + ".oud"
#: The text of the triggers that keep a handed-over trajectory read-only (migration 0006);
#: faults.classify turns it into HandedOver wherever it is raised.
HANDED_OVER_MARK = faults.HANDED_OVER_MARK

FORMAT = "wor-desk-store"
FORMAT_VERSION = 1
MIN_PASSPHRASE = 8


def check_new_passphrase(passphrase: str, repeat: str | None = None) -> None:
    """The rule for a new passphrase (init, rekey, the unlock screen's create form)."""
    if not passphrase:
        raise InputError("passphrase_empty", min=MIN_PASSPHRASE)
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError("passphrase_short", min=MIN_PASSPHRASE)
    if repeat is not None and repeat != passphrase:
        raise InputError("passphrase_mismatch")


class Store:
    """An unlocked store: an SQLAlchemy engine over the encrypted file, and its upkeep."""

    def __init__(self, folder: Path, key: Key, profile: str | None = None) -> None:
        self.folder = Path(folder)
        self.profile = profile or self.folder.name
        self._key = key
        self.engine: Engine = _engine(self.path, key, self.profile)
        self._audit = AuditRecorder(self.engine, self.profile)

    # -- paths ------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.folder / STORE_FILE

    @property
    def meta_path(self) -> Path:
        return self.folder / META_FILE

    # -- open / create ----------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, passphrase: str, profile: str | None = None) -> Store:
        folder = Path(folder)
        profile = profile or folder.name
        if (folder / STORE_FILE).exists():
            raise StoreExists(profile=profile, path=str(folder))
        check_new_passphrase(passphrase)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = Key.derive(passphrase)
        _set_wal(folder / STORE_FILE, key)
        _write_meta(folder / META_FILE, key)
        store = cls(folder, key, profile)
        migrate.upgrade(store.engine)
        return store

    @classmethod
    def open(
        cls,
        folder: Path,
        passphrase: str,
        profile: str | None = None,
        *,
        backup_before_migrate: bool = True,
    ) -> Store:
        folder = Path(folder)
        profile = profile or folder.name
        path = folder / STORE_FILE
        _recover_rekey(folder, passphrase)
        if not path.exists():
            raise StoreMissing(profile=profile, path=str(folder))
        key = _unlock_key(path, folder / META_FILE, passphrase, profile)
        _complete_meta(folder / META_FILE, key)
        store = cls(folder, key, profile)
        try:
            store._verify_readable()
            pending = migrate.pending(store.engine)
            if pending:
                if backup_before_migrate:
                    store._copy_aside(f"voor-migratie-{migrate.current(store.engine) or 'leeg'}")
                migrate.upgrade(store.engine)
        except BaseException:
            store.close()
            raise
        return store

    def _verify_readable(self) -> None:
        try:
            with self.engine.connect() as conn:
                result = conn.execute(text("PRAGMA quick_check")).scalar()
        except Exception as exc:  # noqa: BLE001 - every DB error here means "not readable"
            raise _classify(exc, self.path, self.profile, key_checked=True) from None
        if result != "ok":
            raise DamagedStore(path=str(self.path), reason=str(result)[:120])
        if not migrate.is_wor_desk_store(self.engine):
            raise DamagedStore(path=str(self.path), reason="geen WoR Desk-tabellen")

    def close(self) -> None:
        self.engine.dispose()

    def session(self) -> Session:
        """A session whose writes are logged in the audit table (wor_desk.store.audit)."""
        return AuditedSession(self.engine, expire_on_commit=False, info={"audit": self._audit})

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything commits together or nothing does."""
        with self.session() as session:
            try:
                yield session
                session.commit()
            except IntegrityError as exc:
                session.rollback()
                if HANDED_OVER_MARK in str(exc.orig):  # a trigger of migration 0006
                    raise HandedOver() from None
                raise
            except BaseException:
                session.rollback()
                raise

    def schema_version(self) -> str | None:
        return migrate.current(self.engine)

    # -- rekey --------------------------------------------------------------------------
    def rekey(self, new_passphrase: str) -> None:
        """Re-encrypt under a new passphrase: export to a new file, verify, swap.

        Recoverable at every step: desk.json names the verified new copy (`pending`) before the
        swap, so after a failure or a crash at any point the next unlock with either the old or
        the new passphrase finds its copy and finishes or undoes the change (`_recover_rekey`)."""
        check_new_passphrase(new_passphrase)
        new_key = Key.derive(new_passphrase)
        tmp = self.folder / NEW_COPY
        old = self.folder / OLD_COPY
        _remove(tmp)
        try:
            self._export_verified(tmp, new_key)
            _write_meta(self.meta_path, self._key, pending=new_key)
            self.engine.dispose()
            _remove(old)
            for suffix in ("-wal", "-shm"):
                _remove(self.folder / (STORE_FILE + suffix))
            _set_wal(tmp, new_key)
            os.replace(self.path, old)
            os.replace(tmp, self.path)
            _write_meta(self.meta_path, new_key)
            cipher.fsync_dir(self.folder)
        except Exception:
            self._undo_rekey()
            raise
        self._key = new_key
        self.engine = _engine(self.path, new_key, self.profile)
        self._audit = AuditRecorder(self.engine, self.profile)
        try:
            _remove(old)
        except OSError:
            pass  # the change is done; the next unlock removes the leftover

    def _undo_rekey(self) -> None:
        """After a failed change: the old file back in place, the new copy gone, desk.json
        for the old key, an engine on the old store. Best effort: what it cannot do, the next
        unlock does (`_recover_rekey`)."""
        self.engine.dispose()
        try:
            old = self.folder / OLD_COPY
            if old.exists():
                _remove_copy(self.path)
                os.replace(old, self.path)
            _remove_copy(self.folder / NEW_COPY)
            _write_meta(self.meta_path, self._key)
        except OSError:
            pass
        self.engine = _engine(self.path, self._key, self.profile)
        self._audit = AuditRecorder(self.engine, self.profile)

    # -- backup -------------------------------------------------------------------------
    def backup(self, target: Path) -> dict[str, int]:
        """An encrypted copy (same passphrase) at `target`, verified after writing.

        Returns the row count per table that the verification compared."""
        target = Path(target)
        if target.exists():
            raise InputError("backup_target_exists", path=str(target))
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".deel")
        _remove(tmp)
        counts = self._export_verified(tmp, self._key)
        os.replace(tmp, target)
        cipher.fsync_dir(target.parent)
        return counts

    def _export_verified(self, target: Path, key: Key) -> dict[str, int]:
        raw = self.engine.raw_connection()
        try:
            dbconn = raw.driver_connection
            expected = _row_counts(dbconn)
            dbconn.commit()
            cipher.export(dbconn, target, key)
        finally:
            raw.close()
        try:
            cipher.fsync_file(target)
            _verify_copy(target, key, expected)
        except Exception as exc:
            _remove(target)
            reason = exc.message() if isinstance(exc, WorDeskError) else str(exc)
            raise StoreVerifyFailed(reason=reason[:200]) from None
        return expected

    def _copy_aside(self, label: str) -> Path:
        """A verified encrypted copy kept in the profile folder (before a migration)."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.folder / "bewaard" / f"{label}-{stamp}.db"
        target.parent.mkdir(exist_ok=True, mode=0o700)
        self._export_verified(target, self._key)
        return target


class StoreVerifyFailed(WorDeskError):
    key = "backup_verify_failed"
    exit_code = 3


def restore(
    folder: Path, backup: Path, passphrase: str, profile: str | None = None
) -> tuple[Store, Path | None]:
    """Make `backup` the profile's store. The current store, if any, is moved aside, never
    overwritten. Returns the opened store and the folder the old store was kept in."""
    folder, backup = Path(folder), Path(backup)
    profile = profile or folder.name
    if not backup.is_file():
        raise InputError("backup_missing", path=str(backup))
    try:
        key = _unlock_key(backup, None, passphrase, profile)
        conn = cipher.connect(backup, key)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise DamagedStore(path=str(backup), reason="integrity check")
        finally:
            conn.close()
    except (WrongPassphrase, DamagedStore):
        raise InputError("backup_unreadable", path=str(backup)) from None
    except dbapi.DatabaseError:
        raise InputError("backup_unreadable", path=str(backup)) from None

    kept: Path | None = None
    if (folder / STORE_FILE).exists():
        kept = folder / "bewaard" / ("voor-terugzetten-" + datetime.now().strftime("%Y%m%d-%H%M%S"))
        kept.mkdir(parents=True, mode=0o700)
        for name in (STORE_FILE, STORE_FILE + "-wal", STORE_FILE + "-shm", META_FILE):
            if (folder / name).exists():
                os.replace(folder / name, kept / name)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = folder / (STORE_FILE + ".terugzetten")
    shutil.copyfile(backup, tmp)
    _set_wal(tmp, key)
    cipher.fsync_file(tmp)
    os.replace(tmp, folder / STORE_FILE)
    _write_meta(folder / META_FILE, key)
    cipher.fsync_dir(folder)
    return Store.open(folder, passphrase, profile), kept


# -- helpers ------------------------------------------------------------------------------
def _engine(path: Path, key: Key, profile: str = "") -> Engine:
    engine = create_engine(
        "sqlite://",
        module=dbapi,
        creator=lambda: cipher.connect(path, key),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn):  # pragma: no cover - trivial
        # pysqlite's implicit transactions are off; start them ourselves so reads and
        # writes in one Session see one snapshot and commit atomically.
        conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None

    faults.install(engine, path, profile)
    return engine


def _set_wal(path: Path, key: Key) -> None:
    conn = cipher.connect(path, key)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def _unlock_key(path: Path, meta_path: Path | None, passphrase: str, profile: str) -> Key:
    """Derive the key for `path` and check it; raise the right error for each failure."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(len(cipher.SQLITE_PLAIN_HEADER))
    if head == cipher.SQLITE_PLAIN_HEADER:
        raise DamagedStore(
            path=str(path), reason="onversleuteld SQLite-bestand, geen WoR Desk-opslag"
        )
    if size == 0:
        raise DamagedStore(path=str(path), reason="leeg bestand")
    if size < cipher.PAGE_SIZE or size % cipher.PAGE_SIZE:
        raise DamagedStore(path=str(path), reason=f"onvolledig bestand ({size} bytes)")
    if not passphrase:
        raise WrongPassphrase(profile=profile)
    salt = cipher.read_salt(path)
    meta = _read_meta(meta_path) if meta_path else None
    if meta and meta.get("salt") and meta["salt"] != salt.hex():
        # desk.json keeps the salt (not a secret): a changed first 16 bytes is damage, not a typo
        raise DamagedStore(
            path=str(path),
            reason="het begin van het bestand is veranderd / the file's header changed",
        )
    key = Key.derive(passphrase, salt)
    checked = False
    if meta and meta.get("key_check"):
        if meta["key_check"] != key.check_value():
            raise WrongPassphrase(profile=profile)
        checked = True
    try:
        conn = cipher.connect(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except dbapi.DatabaseError as exc:
        raise _classify(exc, path, profile, key_checked=checked) from None
    return key


def _classify(exc: Exception, path: Path, profile: str, key_checked: bool) -> WorDeskError:
    if isinstance(exc, WorDeskError):
        return exc
    return faults.classify(exc, path, profile, key_checked=key_checked)


def _write_meta(path: Path, key: Key, pending: Key | None = None) -> None:
    meta = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "cipher": "SQLCipher 4 (AES-256, PBKDF2-HMAC-SHA512, 256000 iterations)",
        "key_check": key.check_value(),
        "salt": key.salt.hex(),
        "written": datetime.now().isoformat(timespec="seconds"),
    }
    if pending is not None:  # a passphrase change under way: the verified new copy
        meta["pending"] = {"key_check": pending.check_value(), "salt": pending.salt.hex()}
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(meta, indent=2))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _complete_meta(path: Path, key: Key) -> None:
    """Add the salt to a desk.json written before it was kept (so a changed salt reads as damage)."""
    meta = _read_meta(path)
    if meta is not None and not meta.get("salt") and meta.get("key_check") == key.check_value():
        try:
            _write_meta(path, key)
        except OSError:
            pass  # a read-only folder: the store still opens (and then says it cannot write)


def _opens(path: Path, passphrase: str) -> Key | None:
    """The key of `passphrase` when it opens the store file at `path`, else None."""
    try:
        if not path.is_file() or path.stat().st_size < cipher.PAGE_SIZE:
            return None
        key = Key.derive(passphrase, cipher.read_salt(path))
        conn = cipher.connect(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
        return key
    except (dbapi.DatabaseError, OSError):
        return None


def _recover_rekey(folder: Path, passphrase: str) -> None:
    """Finish or undo a passphrase change that was interrupted (see Store.rekey).

    While desk.json holds `pending`, the change is not committed and nothing has been written
    since the copy was made: desk.db.oud is the old store (renamed, not copied), desk.db.nieuw
    the verified new one (when its salt is the pending one). The copy that the typed passphrase
    opens becomes desk.db and the others are removed. Without `pending` the change was
    committed (or never got as far as a verified copy): leftovers are removed. When nothing
    opens, desk.db is put back if it is missing and the rest is left for the right passphrase."""
    path, new, old = folder / STORE_FILE, folder / NEW_COPY, folder / OLD_COPY
    if not new.exists() and not old.exists():
        return
    meta = _read_meta(folder / META_FILE) or {}
    pending = meta.get("pending") or {}
    if not pending:
        if not path.exists() and old.exists():
            os.replace(old, path)
        _remove_copy(new)
        _remove_copy(old)
        cipher.fsync_dir(folder)
        return
    if new.exists() and pending.get("salt") != cipher.read_salt(new).hex():
        _remove_copy(new)  # an export that never finished
    chosen: tuple[Path, Key] | None = None
    for candidate in (path, new, old):
        if candidate.exists():
            key = _opens(candidate, passphrase)
            if key is not None:
                chosen = (candidate, key)
                break
    if chosen is None:
        if not path.exists() and old.exists():
            os.replace(old, path)
            cipher.fsync_dir(folder)
        return
    source, key = chosen
    if source != path:
        _remove_copy(path)
        os.replace(source, path)
    for leftover in (new, old):
        _remove_copy(leftover)
    _write_meta(folder / META_FILE, key)
    cipher.fsync_dir(folder)


def _remove_copy(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        _remove(path.with_name(path.name + suffix))


def _read_meta(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def _row_counts(conn: dbapi.Connection) -> dict[str, int]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _verify_copy(path: Path, key: Key, expected: dict[str, int]) -> None:
    conn = cipher.connect(path, key)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        if problems:
            raise DamagedStore(path=str(path), reason=problems[0])
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise DamagedStore(path=str(path), reason="integrity_check")
        got = _row_counts(conn)
        if got != expected:
            raise DamagedStore(path=str(path), reason="row counts differ")
    finally:
        conn.close()


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass

"""The encrypted store: create, unlock, migrate, rekey, back up and restore one profile.

A profile is a folder with `desk.db` (SQLCipher 4, WAL, synchronous=FULL) and `desk.json`
(no secrets: the format marker and a key check value, so a wrong passphrase and a
damaged file get different messages).

When the whole file is checked (`PRAGMA quick_check`) is decided in `checks.py`: at an unlock
only after an unclean close or when the last full check is a week old, and always before a
verified copy (backup, the copy before a migration, a passphrase change) is written. `open`
removes the clean-close record before anything is written; `close` writes it again.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import sqlcipher3.dbapi2 as dbapi
from sqlalchemy import Engine, Executable, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from wor_desk.errors import (
    DamagedStore,
    HandedOver,
    InputError,
    StoreExists,
    WorDeskError,
    WrongPassphrase,
)
from wor_desk.store import checks, cipher, faults, migrate, unlock
from wor_desk.store.audit import AuditedSession, AuditRecorder
from wor_desk.store.cipher import Key

# The unlock checks live in wor_desk.store.unlock (shared with the lean `wor-desk status`).
from wor_desk.store.passphrase import check_new_passphrase
from wor_desk.store.paths import META_FILE, STORE_FILE
from wor_desk.store.unlock import (  # noqa: F401 - re-exported for callers and tests
    FORMAT,
    FORMAT_VERSION,
    NEW_COPY,
    OLD_COPY,
    _classify,
    _read_meta,
    _recover_rekey,
    _remove,
    _remove_copy,
    _unlock_key,
    _write_meta,
)

#: The text of the triggers that keep a handed-over trajectory read-only (migration 0006);
#: faults.classify turns it into HandedOver wherever it is raised.
HANDED_OVER_MARK = faults.HANDED_OVER_MARK


class Store:
    """An unlocked store: an SQLAlchemy engine over the encrypted file, and its upkeep."""

    def __init__(self, folder: Path, key: Key, profile: str | None = None) -> None:
        self.folder = Path(folder)
        self.profile = profile or self.folder.name
        self._key = key
        #: Why the unlock checked the whole file (checks.py), or None when it did not.
        self.full_check_reason: str | None = None
        # Only a store that passed its unlock checks, and met no damage since, is recorded as
        # closed cleanly (checks.mark_closed) when it closes.
        self._clean = False
        self.engine: Engine = _engine(self.path, key, self.profile, self._damage_seen)
        self._audit = AuditRecorder(self.engine, self.profile)
        #: Called with the session just before each of its commits, inside its transaction
        #: (Desk keeps derived state current here: wor_desk.attention).
        self.on_commit: list[Callable[[Session], None]] = []

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
        checks.mark_open(folder)  # a record left by an earlier store in this folder
        checks.mark_checked(folder)  # a new file: nothing in it to check yet
        store = cls(folder, key, profile)
        migrate.upgrade(store.engine)
        store._clean = True
        return store

    @classmethod
    def open(
        cls,
        folder: Path,
        passphrase: str,
        profile: str | None = None,
        *,
        backup_before_migrate: bool = True,
        full_check: bool = False,
    ) -> Store:
        """Unlock the store for reading and writing. The whole file is checked when
        `full_check` is set or checks.full_check_reason gives a reason (an unclean close, the
        last full check a week old); else the pages are verified as they are read."""
        folder = Path(folder)
        profile = profile or folder.name
        key = unlock.unlock(folder, passphrase, profile)
        reason = checks.ASKED if full_check else checks.full_check_reason(folder)
        checks.mark_open(folder)  # before anything is written
        store = cls(folder, key, profile)
        store.full_check_reason = reason
        try:
            store._verify_readable(full=reason is not None)
            if reason is not None:
                checks.mark_checked(folder)
            pending = migrate.pending(store.engine)
            if pending:
                if backup_before_migrate:
                    store._copy_aside(f"voor-migratie-{migrate.current(store.engine) or 'leeg'}")
                migrate.upgrade(store.engine)
        except BaseException:
            store.close()
            raise
        store._clean = True
        return store

    def _verify_readable(self, full: bool = True) -> None:
        raw = self.engine.raw_connection()
        try:
            unlock.verify_readable(raw.driver_connection, self.path, self.profile, full=full)
        finally:
            raw.close()

    def check(self) -> None:
        """The full check now (checks.full_check): DamagedStore when a page is damaged."""
        try:
            self._verify_readable(full=True)
        except DamagedStore:
            self._damage_seen()
            raise
        checks.mark_checked(self.folder)

    def _damage_seen(self) -> None:
        self._clean = False  # the next unlock checks the whole file

    def close(self) -> None:
        self.engine.dispose()
        if self._clean:
            self._clean = False
            checks.mark_closed(self.folder)

    def insert_many(self, conn, table, columns, rows: list) -> None:
        """A bulk insert inside a transaction of this store (`conn`), for large imports: rows of
        driver-ready values in `columns` order, one executemany, audited like any insert."""
        self._audit.insert_many(conn, table, columns, rows)

    def update_many(self, conn, table, rows: list) -> None:
        """Many updates by primary key inside a transaction of this store (`conn`), for large
        imports: `rows` of (key, {column: value}); audited like any update."""
        self._audit.update_many(conn, table, rows)

    def session(self) -> Session:
        """A session whose writes are logged in the audit table (wor_desk.store.audit)."""
        return AuditedSession(
            self.engine,
            expire_on_commit=False,
            info={"audit": self._audit, "on_commit": self.on_commit},
        )

    @contextmanager
    def transaction(self, *, immediate: bool = False) -> Iterator[Session]:
        """One unit of work: everything commits together or nothing does. `immediate`: take
        the write lock before the first read (a check-then-write that must not go stale)."""
        with self.session() as session:
            try:
                if immediate:
                    session.connection(execution_options={"begin_immediate": True})
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

    def plain_rows(self, session: Session, statement: Executable) -> list[tuple]:
        """Run a SELECT in `session` and return its rows as the driver's plain tuples, without
        SQLAlchemy's per-row processing (select dates as text): for lists of 50,000 rows. A
        driver error while fetching leaves as the store's typed error, as for every query."""
        result = session.connection().execute(statement)
        try:
            return result.cursor.fetchall()
        except dbapi.Error as exc:
            error = faults.classify(exc, self.path, self.profile)
            if isinstance(error, DamagedStore):
                self._damage_seen()  # as the engine's handle_error hook: no clean close
            raise error from None
        finally:
            result.close()

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
        self.engine = _engine(self.path, new_key, self.profile, self._damage_seen)
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
        self.engine = _engine(self.path, self._key, self.profile, self._damage_seen)
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
        checks.mark_checked(self.folder)  # _export_verified checked the store in full first
        return counts

    def _export_verified(self, target: Path, key: Key) -> dict[str, int]:
        raw = self.engine.raw_connection()
        try:
            dbconn = raw.driver_connection
            # never copy a silently damaged store over good backups (checks.py, rule 3)
            try:
                unlock.verify_readable(dbconn, self.path, self.profile, full=True)
            except DamagedStore:
                self._damage_seen()
                raise
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
            checks.full_check(conn, backup)  # a backup is always checked in full
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
def _engine(
    path: Path, key: Key, profile: str = "", on_damage: Callable[[], None] | None = None
) -> Engine:
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
        immediate = conn.get_execution_options().get("begin_immediate")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "handle_error")
    def _translate(context) -> None:
        # every driver error on the engine leaves as the WorDeskError of faults.classify
        original = context.original_exception
        if isinstance(original, WorDeskError):
            return
        if not isinstance(context.sqlalchemy_exception, sa_exc.DBAPIError) and not hasattr(
            original, "sqlite_errorcode"
        ):
            return
        error = faults.classify(context.sqlalchemy_exception or original, path, profile)
        if on_damage is not None and isinstance(error, DamagedStore):
            on_damage()
        raise error from None

    return engine


def _set_wal(path: Path, key: Key) -> None:
    conn = cipher.connect(path, key)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


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

"""Unlocking a profile's store with the plain SQLCipher driver: the checks every unlock makes
(damaged file, wrong passphrase, interrupted passphrase change, readable WoR Desk tables),
shared by `Store.open` and the lean read of `wor-desk status` (wor_desk.store.status).

No SQLAlchemy or Alembic here, so a command that only reads a few counts does not pay for
importing them (bench/bench_start.py).
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import sqlcipher3.dbapi2 as dbapi

from wor_desk.errors import DamagedStore, StoreMissing, WorDeskError, WrongPassphrase
from wor_desk.store import checks, cipher, faults
from wor_desk.store.cipher import Key
from wor_desk.store.paths import META_FILE, STORE_FILE

#: An interrupted passphrase change leaves these beside desk.db (see Store.rekey).
NEW_COPY = STORE_FILE + ".nieuw"
OLD_COPY = STORE_FILE + ".oud"

FORMAT = "wor-desk-store"
FORMAT_VERSION = 1


def unlock(folder: Path, passphrase: str, profile: str) -> Key:
    """The checked key of the store in `folder` (the first half of every unlock): an interrupted
    passphrase change finished or undone, the file present, the key derived and checked,
    desk.json completed. Raises the WorDeskError of each failure."""
    path = folder / STORE_FILE
    _recover_rekey(folder, passphrase)
    if not path.exists():
        raise StoreMissing(profile=profile, path=str(folder))
    key = _unlock_key(path, folder / META_FILE, passphrase, profile)
    _complete_meta(folder / META_FILE, key)
    return key


def verify_readable(conn: dbapi.Connection, path: Path, profile: str, *, full: bool = True) -> None:
    """The second half of every unlock: the file holds WoR Desk tables (or none yet) and, when
    `full`, passes the full check (every page read and checked, checks.full_check; when to ask
    for it is checks.full_check_reason). `conn` is a keyed connection to the store at `path`."""
    try:
        if full:
            checks.full_check(conn, path)
        tables = table_names(conn)
    except Exception as exc:  # noqa: BLE001 - every DB error here means "not readable"
        raise _classify(exc, path, profile, key_checked=True) from None
    if not is_wor_desk_store(tables):
        raise DamagedStore(path=str(path), reason="geen WoR Desk-tabellen")


def table_names(conn: dbapi.Connection) -> set[str]:
    """The store's own tables (SQLite's internal ones left out)."""
    return {
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite~_%' "
            "ESCAPE '~'"
        )
    }


def is_wor_desk_store(tables: set[str]) -> bool:
    """A WoR Desk store is empty (just created) or records its schema version."""
    return not tables or "alembic_version" in tables


def schema_version(conn: dbapi.Connection) -> str | None:
    """The revision in `alembic_version` (what Alembic's MigrationContext reads), or None."""
    if "alembic_version" not in table_names(conn):
        return None
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return rows[0][0] if len(rows) == 1 else None


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


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass

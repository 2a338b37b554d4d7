"""When the store is checked page by page (the *full check*), and the record that makes it safe
to skip it.

Two guards protect `desk.db`:

- **Every page, as it is read.** SQLCipher keeps an HMAC per page and verifies it whenever it
  reads the page: a flipped, zeroed or truncated page is refused the moment anything reads it,
  whatever the command, and `faults.classify` reports it as a damaged store. This costs nothing
  extra.
- **The full check** (`PRAGMA quick_check`): reads every page of every table and index and
  checks the structure between them (pages that agree with each other, not only each page on
  its own). It catches damage in pages the current command would never read, and a store that
  an unclean shutdown left inconsistent (a write the disk claimed but lost). On 100,000
  trajectories it takes about 1.1 s, two thirds of `wor-desk status`.

So the full check runs where it matters, not on every unlock:

1. at an unlock when the store was **not closed cleanly** since the last one: no clean-close
   record, or the file differs from the record (size, modification time, file identity; also
   a file copied or restored by hand), or a write-ahead log is left over (a crash, or another
   WoR Desk still has the profile open);
2. at an unlock when the last full check is **older than `FULL_CHECK_EVERY`** (7 days) or
   never happened;
3. **always before a verified copy is written**: every backup (automatic and
   `wor-desk backup`), the copy kept before a migration, a passphrase change. A copy of a
   silently damaged store would pass its own verification and replace good backups;
4. **when asked**: `wor-desk check`.

Otherwise (the store was closed cleanly, checked in full within 7 days) the unlock only checks
the key and the schema, and the pages a command reads are verified by their HMAC as they are
read. A read-only command (`wor-desk status`) never writes this record: after an unclean close
it runs the full check each time until a command that opens the store for writing (the app,
any other command) closes it cleanly again.

The record is `controle.json` in the profile folder (no secrets, no client data):
`last_full_check` (UTC) and, only while the store is closed cleanly, `closed` (size,
modification time and file number of `desk.db` at the clean close). A writing unlock removes
`closed` before anything is written; `Store.close` writes it again once it closed the last
connection (SQLite then folds the write-ahead log into `desk.db` and removes it). At that
moment the modification time is set to the same second with a random nanosecond part, so any
later write to the file, however soon, gives another time. A folder that cannot be written
(read-only) keeps no record: then every unlock runs the full check, as before.
"""

from __future__ import annotations

import json
import os
import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3.dbapi2 as dbapi

from wor_desk.errors import DamagedStore
from wor_desk.store import cipher
from wor_desk.store.paths import CHECK_FILE, STORE_FILE

FORMAT = "wor-desk-check"
#: A full check at an unlock when the last one is older than this.
FULL_CHECK_EVERY = timedelta(days=7)

#: Why a full check runs (`full_check_reason`).
NOT_CLOSED = "not_closed_cleanly"
CHANGED = "changed_since_close"
LOG_LEFT = "write_ahead_log_left"
DUE = "due"
ASKED = "asked"  # wor-desk check

#: Full checks run in this process (tests count them instead of timing anything).
runs = 0


def full_check_reason(folder: Path, now: datetime | None = None) -> str | None:
    """Why the store in `folder` needs a full check at this unlock, or None when the record
    proves a clean close and a recent full check (see the module docstring)."""
    record = _read(folder)
    closed = record.get("closed")
    if not isinstance(closed, dict):
        return NOT_CLOSED
    if closed != _fingerprint(folder / STORE_FILE):
        return CHANGED
    if _log_left(folder):
        return LOG_LEFT
    last, now = _parse(record.get("last_full_check")), now or _now()
    if last is None or now - last > FULL_CHECK_EVERY or last - now > timedelta(days=1):
        return DUE  # never, a week ago, or "in the future" (the clock was wrong then or now)
    return None


def full_check(conn: dbapi.Connection, path: Path) -> None:
    """The full check on a keyed connection: raise DamagedStore unless every page reads and
    agrees. Database errors are left to the caller to classify."""
    global runs
    runs += 1
    problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise DamagedStore(path=str(path), reason=str(problems[0])[:120])


def mark_open(folder: Path) -> None:
    """A writing unlock: the store is no longer closed cleanly (removes `closed`)."""
    record = _read(folder)
    if "closed" in record:
        record.pop("closed")
        _write(folder, record)


def mark_checked(folder: Path, now: datetime | None = None) -> None:
    """A full check passed (or the store was just made): remember when."""
    record = _read(folder)
    record["last_full_check"] = (now or _now()).isoformat(timespec="seconds")
    _write(folder, record)


def mark_closed(folder: Path) -> bool:
    """After the last connection of a writing unlock closed: record the clean close. Not when
    a write-ahead log is left (another connection, in this or another process, still has the
    store open: its close records it). True when recorded."""
    path = folder / STORE_FILE
    if (folder / (STORE_FILE + "-wal")).exists() or not path.exists():
        return False
    try:
        st = path.stat()
        second = st.st_mtime_ns - st.st_mtime_ns % 1_000_000_000
        stamp = second + secrets.randbelow(999_999_999) + 1
        os.utime(path, ns=(st.st_atime_ns, stamp))
    except OSError:
        return False
    record = _read(folder)
    record["closed"] = _fingerprint(path)
    return _write(folder, record)


# -- the record ---------------------------------------------------------------------------
def _fingerprint(path: Path) -> dict[str, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "file": st.st_ino}


def _log_left(folder: Path) -> bool:
    """A write-ahead log with content beside desk.db (an empty one is what a reader leaves)."""
    try:
        return (folder / (STORE_FILE + "-wal")).stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError:
        return True


def _read(folder: Path) -> dict:
    try:
        data = json.loads((folder / CHECK_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"format": FORMAT}
    return data if isinstance(data, dict) and data.get("format") == FORMAT else {"format": FORMAT}


def _write(folder: Path, record: dict) -> bool:
    """Replace the record (fsynced, then the folder): False when the folder cannot be written."""
    path = folder / CHECK_FILE
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(record, indent=2))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError:
        return False
    cipher.fsync_dir(folder)
    return True


def _parse(value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _now() -> datetime:
    return datetime.now(UTC)

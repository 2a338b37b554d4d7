"""SQLCipher 4 connections, opened with a key derived once per unlock.

SQLCipher derives its page key as PBKDF2-HMAC-SHA512(passphrase, salt, 256,000) with the
salt in the file's first 16 bytes. We derive that same key once with hashlib and open
every connection with the raw key and salt (`x'<key><salt>'`), so later connections cost
milliseconds instead of a fresh key derivation, and the passphrase itself is never put
into SQL or kept. The files stay standard SQLCipher 4: the `sqlcipher` shell opens them
with the passphrase.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

import sqlcipher3.dbapi2 as dbapi

KDF_ITERATIONS = 256_000  # SQLCipher 4 default (PBKDF2-HMAC-SHA512)
SALT_BYTES = 16
KEY_BYTES = 32
PAGE_SIZE = 4096
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
NOTADB = 26
CACHE_KIB = 128 * 1024
#: How long a write waits for another connection (another WoR Desk) to finish, in ms.
BUSY_TIMEOUT_MS = 5000


class Key:
    """A derived SQLCipher key with its salt. Lives only in memory."""

    __slots__ = ("key", "salt")

    def __init__(self, key: bytes, salt: bytes) -> None:
        self.key, self.salt = key, salt

    @classmethod
    def derive(cls, passphrase: str, salt: bytes | None = None) -> Key:
        salt = salt if salt is not None else os.urandom(SALT_BYTES)
        key = hashlib.pbkdf2_hmac(
            "sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES
        )
        return cls(key, salt)

    def pragma_value(self) -> str:
        return f"\"x'{self.key.hex()}{self.salt.hex()}'\""

    def check_value(self) -> str:
        """A key check value kept beside the store: tells a wrong passphrase from a damaged file."""
        return hmac.new(self.key, b"wor-desk key check" + self.salt, hashlib.sha256).hexdigest()

    def __repr__(self) -> str:  # never show key material
        return "Key(<hidden>)"


def read_salt(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(SALT_BYTES)


def connect(path: Path | str, key: Key) -> dbapi.Connection:
    """An open, keyed connection with the pragmas every WoR Desk connection uses."""
    conn = dbapi.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {key.pragma_value()}")
    conn.execute("PRAGMA cipher_memory_security = OFF")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted rows are overwritten with zeros, not left in free pages (erasure under the AVG).
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    # Decrypted pages stay in this cache; a caseload of 50,000 trajectories (~40 MB) fits, so
    # list queries do not pay the page decryption again and again.
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return conn


def export(conn: dbapi.Connection, target: Path, key: Key) -> None:
    """Write the whole database of `conn` into a new SQLCipher file `target` keyed by `key`."""
    conn.execute(f"ATTACH DATABASE ? AS export KEY {key.pragma_value()}", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('export')")
    finally:
        conn.execute("DETACH DATABASE export")


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # not possible on some platforms (Windows)
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

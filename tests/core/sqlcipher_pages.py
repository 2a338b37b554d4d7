"""Read every page of an SQLCipher 4 file decrypted, free pages included (for erasure tests).

SQLCipher 4 (defaults): 4096-byte pages; each page ends in a reserve of 80 bytes (a 16-byte
IV, then a 64-byte HMAC); the rest is AES-256-CBC with the raw key. Page 1 begins with the
16-byte salt, which is not encrypted. The desk opens its files with the raw key (see
wor_desk.store.cipher), so the same key decrypts the pages here. A WAL file holds frames of
a 24-byte header and one such page after its 32-byte header.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV = 16


def _decrypt(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + IV]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(page[start : PAGE - RESERVE]) + dec.finalize()


def pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of the database file `path`, decrypted."""
    data = Path(path).read_bytes()
    out = [_decrypt(data[i : i + PAGE], key, i == 0) for i in range(0, len(data), PAGE)]
    if out:
        # page 1, decrypted, holds the rest of the SQLite header: the page size at offset 16
        assert out[0][:2] == b"\x10\x00", "not decrypted: wrong key or not SQLCipher 4"
    return out


def wal_pages(path: Path, key: bytes) -> list[bytes]:
    path = Path(path)
    if not path.exists():
        return []
    data = path.read_bytes()[32:]
    frame = 24 + PAGE
    out = []
    for i in range(0, len(data) - frame + 1, frame):
        page_no = int.from_bytes(data[i : i + 4], "big")
        out.append(_decrypt(data[i + 24 : i + frame], key, page_no == 1))
    return out


def find(folder_db: Path, key: bytes, needles: list[str]) -> set[str]:
    """Which of `needles` occur (UTF-8) in any decrypted page of the store or its WAL."""
    blobs = pages(folder_db, key) + wal_pages(Path(str(folder_db) + "-wal"), key)
    found = set()
    for n in needles:
        b = n.encode("utf-8")
        if any(b in p for p in blobs):
            found.add(n)
    return found

"""The hand-over file: authenticated encryption under a random one-time code.

    code = new_code()                         # 'K7QM-2XRT-...' (100 bits, read out by phone)
    blob = seal(plaintext, code)              # bytes to write to the file
    plaintext = unseal(blob, code)            # HandoverCodeWrong / HandoverDamaged / NotAHandoverFile

Layout: MAGIC | salt (16) | nonce (12) | SHA-256 of header and ciphertext (32) | ciphertext.
The key comes from the code with scrypt (n=2^15, r=8, p=1) and the salt; the ciphertext is
AES-256-GCM of the zlib-compressed content with the header as associated data. Nothing of
the content is readable without the code. The unkeyed SHA-256 only tells a damaged file
(a byte changed on the way) from a wrong code; it says nothing about the content.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import zlib

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wor_desk.errors import InputError

MAGIC = b"WOR-DESK-OVERDRACHT\x00\x01"
SALT, NONCE, DIGEST = 16, 12, 32
HEADER = len(MAGIC) + SALT + NONCE
#: Letters and digits that cannot be mistaken for each other on the phone (no 0/O, 1/I/L).
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
GROUPS, GROUP = 5, 4  # 20 symbols of ~4.95 bits: ~99 bits
CONFIRM_LEN = 8


class HandoverCodeWrong(InputError):
    key = "handover_code_wrong"


class HandoverDamaged(InputError):
    key = "handover_damaged"


class NotAHandoverFile(InputError):
    key = "handover_not_a_file"


def new_code() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP))
    return "-".join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))


def normalise(code: str) -> str:
    """What the coach typed -> the code's symbols (case, spaces and dashes ignored)."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def _keys(code: str, salt: bytes) -> tuple[bytes, bytes]:
    master = hashlib.scrypt(
        normalise(code).encode("ascii", "ignore"),
        salt=salt,
        n=2**15,
        r=8,
        p=1,
        maxmem=64 * 1024 * 1024,
        dklen=32,
    )
    enc = hmac.new(master, b"versleutelen", hashlib.sha256).digest()
    confirm = hmac.new(master, b"bevestigen", hashlib.sha256).digest()
    return enc, confirm


def confirmation(confirm_key: bytes, handover_id: str) -> str:
    """The short code the receiver reads back to the giver after a good import."""
    mac = hmac.new(confirm_key, handover_id.encode(), hashlib.sha256).digest()
    n = int.from_bytes(mac[:8], "big")
    out = []
    for _ in range(CONFIRM_LEN):
        n, r = divmod(n, len(ALPHABET))
        out.append(ALPHABET[r])
    s = "".join(out)
    return f"{s[:4]}-{s[4:]}"


def seal(plaintext: bytes, code: str) -> tuple[bytes, bytes]:
    """The file's bytes and the confirmation key (to derive the receiver's confirmation)."""
    salt, nonce = os.urandom(SALT), os.urandom(NONCE)
    enc, confirm = _keys(code, salt)
    header = MAGIC + salt + nonce
    body = AESGCM(enc).encrypt(nonce, zlib.compress(plaintext, 9), header)
    return header + hashlib.sha256(header + body).digest() + body, confirm


def unseal(blob: bytes, code: str) -> tuple[bytes, bytes]:
    """The content and the confirmation key; a clear error for a wrong code or a damaged file."""
    if not blob.startswith(MAGIC):
        raise NotAHandoverFile()
    if len(blob) < HEADER + DIGEST + 16:
        raise HandoverDamaged()
    header, digest, body = blob[:HEADER], blob[HEADER : HEADER + DIGEST], blob[HEADER + DIGEST :]
    if not hmac.compare_digest(hashlib.sha256(header + body).digest(), digest):
        raise HandoverDamaged()
    if len(normalise(code)) != GROUPS * GROUP:
        raise HandoverCodeWrong()
    salt, nonce = header[len(MAGIC) : len(MAGIC) + SALT], header[len(MAGIC) + SALT :]
    enc, confirm = _keys(code, salt)
    try:
        packed = AESGCM(enc).decrypt(nonce, body, header)
    except InvalidTag:
        raise HandoverCodeWrong() from None
    try:
        return zlib.decompress(packed), confirm
    except zlib.error:  # pragma: no cover - authenticated, so only a bug gets here
        raise HandoverDamaged() from None

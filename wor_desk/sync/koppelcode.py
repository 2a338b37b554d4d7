"""The koppelcode: everything a desk needs to join its region, in one string.

    WOR-0G8RN-…-4Q7TX-K        (groups of five, the last character a check character)

It holds the collector's address, the desk token and the region secret, as Crockford
base32 (digits and capitals without I, L, O, U, so it can be read over the phone; case,
spaces and dashes do not matter, O is read as 0 and I/L as 1) of

    version (1 byte) | desk token (32 bytes) | region secret (32 bytes) | address (UTF-8)

followed by one Luhn mod 32 check character, which catches any single wrong character and
any swap of two neighbours. Made by `wor-desk collector desk add`, read by
`wor-desk sync --join CODE` and the Synchronisatie screen.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

from wor_desk import messages
from wor_desk.errors import InputError
from wor_desk.sync.client import check_url

messages.register(
    {
        "koppelcode_invalid": (
            "Deze koppelcode klopt niet ({why}). Controleer hem teken voor teken, of vraag uw "
            "teamleider de koppelcode opnieuw te sturen.",
            "This koppelcode is not right ({why}). Check it character by character, or ask your "
            "team lead to send the koppelcode again.",
        ),
    }
)

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
PREFIX = "WOR"
VERSION = 1
TOKEN_PREFIX = "wdd_"
KEY_BYTES = 32
#: The text the collector keeps to let a desk check its region secret (HMAC with the secret
#: as key: telling whether a secret is right, never which names hash to what).
CHECK_LABEL = b"wor-desk regiosleutel controle"


class KoppelcodeInvalid(InputError):
    key = "koppelcode_invalid"


@dataclass(frozen=True)
class Koppeling:
    url: str
    token: str
    region_secret: str


def secret_text(raw: bytes) -> str:
    """The region secret as the desk stores and uses it (HMAC key): base64url, no padding."""
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def secret_check(secret: str) -> str:
    """What the collector may keep of the region secret: proves a secret right or wrong,
    and nothing else (it cannot be used to hash a practice name)."""
    return hmac.new(secret.encode("utf-8"), CHECK_LABEL, hashlib.sha256).hexdigest()


def _raw(text: str, prefix: str = "") -> bytes:
    body = text[len(prefix) :] if prefix and text.startswith(prefix) else text
    raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    if len(raw) != KEY_BYTES:
        raise ValueError("not 32 bytes")
    return raw


def _b32(data: bytes) -> str:
    bits = int.from_bytes(data, "big")
    n = (len(data) * 8 + 4) // 5
    bits <<= n * 5 - len(data) * 8
    return "".join(ALPHABET[(bits >> (5 * (n - 1 - i))) & 31] for i in range(n))


def _unb32(text: str) -> bytes:
    n_bytes = len(text) * 5 // 8
    bits = 0
    for ch in text:
        bits = (bits << 5) | ALPHABET.index(ch)
    bits >>= len(text) * 5 - n_bytes * 8
    return bits.to_bytes(n_bytes, "big")


def check_char(symbols: str) -> str:
    """Luhn mod 32 over the symbols."""
    factor, total = 2, 0
    for ch in reversed(symbols):
        addend = factor * ALPHABET.index(ch)
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return ALPHABET[(32 - total % 32) % 32]


def make(url: str, token: str, region_secret: str) -> str:
    """The koppelcode of a desk token and the region secret at the collector `url`."""
    if not token.startswith(TOKEN_PREFIX):
        raise ValueError("a koppelcode holds a desk token")
    data = bytes([VERSION]) + _raw(token, TOKEN_PREFIX) + _raw(region_secret) + url.encode("utf-8")
    body = _b32(data)
    body += check_char(body)
    groups = [body[i : i + 5] for i in range(0, len(body), 5)]
    return "-".join([PREFIX, *groups])


def parse(code: str) -> Koppeling:
    """The address, desk token and region secret in a koppelcode; KoppelcodeInvalid when it
    is mistyped (the check character does not match) or not a koppelcode."""
    text = "".join((code or "").split()).replace("-", "").upper()
    text = text.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if text.startswith(PREFIX.replace("O", "0")):
        text = text[len(PREFIX) :]
    if len(text) < 110:
        raise KoppelcodeInvalid(why="te kort / too short")
    bad = sorted({ch for ch in text if ch not in ALPHABET})
    if bad:
        raise KoppelcodeInvalid(why="teken/character " + "".join(bad)[:5])
    body, check = text[:-1], text[-1]
    if check_char(body) != check:
        raise KoppelcodeInvalid(why="controleteken / check character")
    data = _unb32(body)
    if data[0] != VERSION:
        raise KoppelcodeInvalid(why=f"versie/version {data[0]}")
    token = TOKEN_PREFIX + secret_text(data[1 : 1 + KEY_BYTES])
    secret = secret_text(data[1 + KEY_BYTES : 1 + 2 * KEY_BYTES])
    try:
        url = check_url(data[1 + 2 * KEY_BYTES :].decode("utf-8"))
    except (UnicodeDecodeError, InputError):
        raise KoppelcodeInvalid(why="adres/address") from None
    return Koppeling(url, token, secret)

"""A growing wait after repeated wrong passphrases (the desk app's unlock and lock screens).

The key derivation already costs ~0.3 s per try; after FREE_TRIES wrong passphrases in a row
each next try must wait 5 s, then 10, 20, ... up to MAX_WAIT. The count is kept per profile
in `pogingen.json` beside the store (no secret in it), so closing the app does not reset it;
a right passphrase clears it. The command line does not use this (scripts would stall).
"""

from __future__ import annotations

import json
import math
import os
import time
from pathlib import Path

from wor_desk import messages
from wor_desk.errors import StoreError, WrongPassphrase

FREE_TRIES = 3
FIRST_WAIT = 5.0
MAX_WAIT = 300.0
FILE = "pogingen.json"

messages.register(
    {
        "unlock_wait": (
            "Te vaak een verkeerd wachtwoord. Wacht nog {seconds} seconden en probeer het dan opnieuw.",
            "Too many wrong passphrases. Wait {seconds} more seconds, then try again.",
        ),
    }
)


class UnlockWait(StoreError):
    """Refused before trying: wrong passphrases came too often; `seconds` left to wait."""

    key = "unlock_wait"
    exit_code = 3

    @property
    def seconds(self) -> int:
        return int(self.params.get("seconds", 0))


def wait_after(failures: int) -> float:
    """The wait before the next try after `failures` wrong passphrases in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(FIRST_WAIT * 2 ** (failures - FREE_TRIES), MAX_WAIT)


class Attempts:
    def __init__(self, folder: Path, clock=None) -> None:
        self.path = Path(folder) / FILE
        self.clock = clock or (lambda: time.time())

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return int(data["failures"]), float(data["last"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def remaining(self) -> int:
        """Whole seconds to wait before the next try (0: go ahead)."""
        failures, last = self._read()
        left = last + wait_after(failures) - self.clock()
        return max(0, math.ceil(left)) if left > 0 else 0

    def check(self) -> None:
        left = self.remaining()
        if left:
            raise UnlockWait(seconds=left)

    def failed(self) -> None:
        failures, _ = self._read()
        self._write(failures + 1, self.clock())

    def succeeded(self) -> None:
        try:
            self.path.unlink()
        except OSError:
            pass

    def _write(self, failures: int, last: float) -> None:
        if not self.path.parent.is_dir():
            return
        tmp = self.path.with_name(FILE + ".tmp")
        try:
            tmp.write_text(json.dumps({"failures": failures, "last": last}), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass


def guarded(folder: Path, open_fn, clock=None):
    """`open_fn()` unless a wait is due (UnlockWait); counts a WrongPassphrase, clears on success."""
    attempts = Attempts(folder, clock)
    attempts.check()
    try:
        result = open_fn()
    except WrongPassphrase:
        attempts.failed()
        raise
    attempts.succeeded()
    return result

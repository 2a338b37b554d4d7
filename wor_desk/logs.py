"""The log of unexpected errors: a rotating file in the user's log folder that names no client.

WoR Desk logs only what a developer needs to find a bug: the kind of error and where in the
code it happened (file, line, function, the line of code). It never logs an exception's
message (it may hold a name, a client number, a date of birth, or SQL parameters), local
variables, or SQL; only the messages of a few built-in errors that describe code, not data
(e.g. "'NoneType' object has no attribute 'x'"), are kept.

    details = logs.log_unexpected(exc, "trajectscherm")   # writes the log, returns the same text

The same text is what the error dialog's "copy details" button copies.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path

import platformdirs

from wor_desk import __version__

APP = "WoR Desk"
LOG_FILE = "wor-desk.log"
LOGGER = "wor_desk"
MAX_BYTES = 512 * 1024
BACKUPS = 3

#: Built-in errors whose message describes the code, not the data it handled: kept in the log.
CODE_MESSAGES = (
    AttributeError,
    NameError,
    ImportError,
    NotImplementedError,
    RecursionError,
    ZeroDivisionError,
    UnboundLocalError,
)

_handler: logging.Handler | None = None


def log_dir() -> Path:
    """Where the log lives: `<WOR_DESK_HOME>/logs` when WOR_DESK_HOME is set (tests, a portable
    install), else the user's log folder (platformdirs)."""
    home = os.environ.get("WOR_DESK_HOME")
    if home:
        return Path(home) / "logs"
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_FILE


def logger() -> logging.Logger:
    """WoR Desk's logger, writing to the rotating file (set up on first use)."""
    global _handler
    log = logging.getLogger(LOGGER)
    target = log_path()
    if _handler is None or getattr(_handler, "baseFilename", None) != str(target):
        if _handler is not None:
            log.removeHandler(_handler)
            _handler.close()
        target.parent.mkdir(parents=True, exist_ok=True)
        _handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
        _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(_handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    return log


def describe(exc: BaseException) -> str:
    """`Type: message` for errors whose message is about code, else only the type."""
    name = f"{type(exc).__module__}.{type(exc).__qualname__}".removeprefix("builtins.")
    if isinstance(exc, CODE_MESSAGES) and not isinstance(exc, UnicodeError):
        first = str(exc).splitlines()[0] if str(exc) else ""
        return f"{name}: {first}" if first else name
    return f"{name} (message left out: it may hold client data)"


def safe_details(exc: BaseException, where: str = "") -> str:
    """The technical text of an unexpected error without any data: WoR Desk's version, the
    platform, and for the error and each error it came from, its kind and the code it went
    through (file:line in function, and that line of code)."""
    lines = [
        f"WoR Desk {__version__}, Python {sys.version.split()[0]}, {sys.platform}",
    ]
    if where:
        lines.append(f"where: {where}")
    seen: set[int] = set()
    chain: list[BaseException] = []
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        chain.append(e)
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    for i, e in enumerate(chain):
        lines.append(("error: " if i == 0 else "caused by: ") + describe(e))
        for frame in traceback.extract_tb(e.__traceback__):
            lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
    return "\n".join(lines)


def _short(filename: str) -> str:
    """A file name from the package on (no user folder names in the log)."""
    parts = Path(filename).parts
    for anchor in ("wor_desk", "wor_desk_ui", "site-packages", "lib"):
        if anchor in parts:
            i = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[i:])
    return Path(filename).name


def log_unexpected(exc: BaseException, where: str = "") -> str:
    """Write an unexpected error to the log; returns the text written (for "copy details")."""
    details = safe_details(exc, where)
    try:
        logger().error("unexpected error\n%s", details)
    except OSError:  # a full or read-only disk must not turn one error into two
        pass
    return details

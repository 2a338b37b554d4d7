"""What the CLI prints is safe for a terminal: stored text (a name, a town, an activity) cannot
carry an escape sequence that moves the cursor, retitles the window, rewrites earlier lines or
turns text backwards; and piping into `head` ends quietly."""

from __future__ import annotations

import os
import re
import sys
from typing import TextIO

#: ANSI/VT escape sequences (CSI, OSC, the two-character ones), other C0/C1 control characters
#: except tab and newline, and the bidi override and isolate characters.
_UNSAFE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)


def clean(text: str) -> str:
    """`text` without terminal control sequences (tabs and newlines stay)."""
    return _UNSAFE.sub("", text)


class SafeStream:
    """A text stream that strips terminal control sequences from everything written to it."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(clean(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def install() -> tuple[TextIO, TextIO]:
    """Wrap sys.stdout and sys.stderr; returns the originals to put back."""
    old = sys.stdout, sys.stderr
    # a windowed app (pythonw, a bundled build) has no streams at all: leave None as it is
    if old[0] is not None:
        sys.stdout = SafeStream(old[0])  # type: ignore[assignment]
    if old[1] is not None:
        sys.stderr = SafeStream(old[1])  # type: ignore[assignment]
    return old


def quiet_broken_pipe() -> None:
    """The reader of our output went away (`wor-desk ... | head`): send the rest nowhere, so
    neither our code nor the interpreter's final flush prints a BrokenPipeError traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno())
    except (OSError, AttributeError, ValueError):
        pass

"""Feedback letters to the referrer (terugkoppeling): data -> template -> PDF / plain text.

    letter = desk.letters.render(trajectory_id, "intake", extra="...")
    letter.pdf   # bytes: one A4 page, fonts embedded
    letter.text  # the same content as plain text (Zorgdomein, VIPLive)
    desk.letters.mark_sent(letter, "zorgdomein")  # logs it: terugkoppeling_gegeven counts it

`data` builds the letter's values from a TrajectoryDetail and the profile settings,
`template` fills the organisation's editable template (resources/letters/*.toml),
`pdf` and `text` render the filled letter, `service` ties it to the Desk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wor_desk.letters import messages  # noqa: F401  (registers the messages)

if TYPE_CHECKING:
    from wor_desk.letters.data import HealthScoreRow, LetterData
    from wor_desk.letters.service import DueLetter, Letter, LetterService

__all__ = ["DueLetter", "HealthScoreRow", "Letter", "LetterData", "LetterService"]

_LAZY = {
    "HealthScoreRow": "wor_desk.letters.data",
    "LetterData": "wor_desk.letters.data",
    "DueLetter": "wor_desk.letters.service",
    "Letter": "wor_desk.letters.service",
    "LetterService": "wor_desk.letters.service",
}


def __getattr__(
    name: str,
) -> Any:  # the heavier modules load on first use (Desk imports this early)
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)

"""Expected failures, each carrying a message in Dutch and English that says what to do.

The CLI prints `str(error)` on one line and exits non-zero; the UI shows it at the field
(`Violation.field`) or in a dialog. A traceback means a bug, never an expected failure.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field

from wor_desk.i18n import tr


class WorDeskError(Exception):
    """Base of every expected failure. `key` names the message in wor_desk.messages."""

    key = "error_generic"
    exit_code = 1

    def __init__(self, key: str | None = None, **params: object) -> None:
        self.key = key or self.key
        self.params = params
        super().__init__(self.key)

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message()


class StoreError(WorDeskError):
    exit_code = 3


class WrongPassphrase(StoreError):
    key = "wrong_passphrase"


class DamagedStore(StoreError):
    """The file is not a readable WoR Desk store (damaged, truncated, or a foreign file)."""

    key = "store_damaged"


#: wor_desk.store.paths.DEFAULT_PROFILE (not imported: the store imports this module; a test
#: keeps the two equal).
DEFAULT_PROFILE = "standaard"


class StoreMissing(StoreError):
    """The profile has no store yet; the message gives the exact command that creates it."""

    key = "store_missing"

    def __init__(self, key: str | None = None, **params: object) -> None:
        profile = str(params.get("profile") or DEFAULT_PROFILE)
        params.setdefault(
            "init",
            "wor-desk init"
            if profile == DEFAULT_PROFILE
            else f"wor-desk --profile {shlex.quote(profile)} init",
        )
        super().__init__(key, **params)


class StoreExists(StoreError):
    key = "store_exists"


class StoreTooNew(StoreError):
    key = "store_too_new"


class StoreLocked(StoreError):
    key = "store_locked"


class NotFound(WorDeskError):
    key = "not_found"


class HandedOver(WorDeskError):
    """A change to a trajectory this desk handed over to a colleague (read-only here)."""

    key = "trajectory_handed_over"


class ResourceMissing(WorDeskError):
    """A file WoR Desk ships (template, font, translation, icon, migration) is not there."""

    key = "resource_missing"


class SyncError(WorDeskError):
    """A sync with the collector failed (the kinds and their messages: wor_desk.sync.errors)."""

    exit_code = 4
    #: Worth trying again later (network, server trouble); False: something must change first.
    retryable = False


class InputError(WorDeskError):
    """Input that cannot be used as given (a file that cannot be read, a bad option)."""

    exit_code = 2


@dataclass(frozen=True)
class Violation:
    """One broken rule: which field, which message (key + params)."""

    field: str
    key: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **self.params)


class RuleViolation(WorDeskError):
    """One or more process rules are broken; nothing was written."""

    exit_code = 2

    def __init__(self, violations: list[Violation]) -> None:
        self.violations = list(violations)
        super().__init__("rules_broken")

    def message(self, lang: str | None = None) -> str:
        return "; ".join(v.message(lang) for v in self.violations)

    def for_field(self, name: str) -> list[Violation]:
        return [v for v in self.violations if v.field == name]

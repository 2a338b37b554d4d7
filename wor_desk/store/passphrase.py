"""The rule for a new passphrase: one place for `wor-desk init`, a passphrase change and the
desk app's forms. Light (no driver, no engine): the unlock screen checks it as the coach types."""

from __future__ import annotations

from wor_desk.errors import InputError

MIN_PASSPHRASE = 8


def check_new_passphrase(passphrase: str, repeat: str | None = None) -> None:
    """The rule for a new passphrase (init, rekey, the unlock screen's create form)."""
    if not passphrase:
        raise InputError("passphrase_empty", min=MIN_PASSPHRASE)
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError("passphrase_short", min=MIN_PASSPHRASE)
    if repeat is not None and repeat != passphrase:
        raise InputError("passphrase_mismatch")

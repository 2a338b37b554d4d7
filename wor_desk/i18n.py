"""The core's one translation function: every user-facing text of wor_desk/ goes through `tr`.

Messages live in `wor_desk.messages.MESSAGES` as (Dutch, English) pairs keyed by a stable
name. Dutch is the default; `WOR_DESK_LANG=en` or `set_language("en")` switches.
"""

from __future__ import annotations

import os

LANGUAGES = ("nl", "en")
_language = (
    os.environ.get("WOR_DESK_LANG", "nl") if os.environ.get("WOR_DESK_LANG") in LANGUAGES else "nl"
)


def set_language(lang: str) -> None:
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {LANGUAGES}")
    _language = lang


def language() -> str:
    return _language


def tr(key: str, lang: str | None = None, /, **params: object) -> str:
    """The message `key` in `lang` (default: the current language), filled with `params`."""
    from wor_desk.messages import MESSAGES, field_label

    lang = lang or _language
    nl, en = MESSAGES[key]
    template = en if lang == "en" else nl
    if not params:
        return template
    shown = {
        k: field_label(v, lang) if k in _FIELD_PARAMS and isinstance(v, str) else v
        for k, v in params.items()
    }
    return template.format(**shown)


#: Message parameters that hold a field name and are shown as that field's label.
_FIELD_PARAMS = ("field", "first", "then")

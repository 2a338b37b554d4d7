"""What the app remembers between runs outside the encrypted store: the last profile and
the interface language. Nothing about clients. Kept in an ini file in WOR_DESK_HOME."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from wor_desk import profiles


def _settings() -> QSettings:
    home = profiles.home()
    home.mkdir(parents=True, exist_ok=True)
    return QSettings(str(home / "desk-app.ini"), QSettings.Format.IniFormat)


def get(key: str, default: str | None = None) -> str | None:
    value = _settings().value(key, default)
    return None if value is None else str(value)


def put(key: str, value: str) -> None:
    s = _settings()
    s.setValue(key, value)
    s.sync()

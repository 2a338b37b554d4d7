"""Where WoR Desk keeps its data: one folder per coach profile under the user-data folder.

`WOR_DESK_HOME` overrides the folder (tests, portable installs).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

DEFAULT_PROFILE = "standaard"
STORE_FILE = "desk.db"
META_FILE = "desk.json"
#: When the store was last checked in full and whether it was closed cleanly (store/checks.py).
CHECK_FILE = "controle.json"
_PROFILE_NAME = re.compile(r"^[\w][\w .-]{0,63}$")


def home() -> Path:
    env = os.environ.get("WOR_DESK_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("WoR Desk", appauthor=False))


def profiles_dir() -> Path:
    return home() / "profiles"


def valid_profile_name(name: str) -> bool:
    return bool(_PROFILE_NAME.match(name)) and name not in (".", "..")


def profile_dir(name: str) -> Path:
    if not valid_profile_name(name):
        raise ValueError(name)
    return profiles_dir() / name


def list_profiles() -> list[str]:
    root = profiles_dir()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / STORE_FILE).exists())

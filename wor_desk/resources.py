"""The run-time files WoR Desk ships: letter templates, fonts and their licence, translations,
icons (the package `wor_desk_resources`, the folder `resources/` of a checkout) and the
store's migrations (inside `wor_desk.store`).

Found through `importlib.resources`, so they are the same from a source checkout, an installed
wheel and a frozen bundle. A missing file raises `ResourceMissing` naming it; there is no
silent fallback.
"""

from __future__ import annotations

from importlib import resources as _resources
from pathlib import Path

from wor_desk.errors import ResourceMissing

PACKAGE = "wor_desk_resources"


def root() -> Path:
    """The folder of the shipped run-time files."""
    try:
        found = _resources.files(PACKAGE)
    except ModuleNotFoundError:
        raise ResourceMissing(path=PACKAGE) from None
    return Path(str(found))


def path(*parts: str) -> Path:
    """The shipped file `parts` (e.g. path("letters", "nl.toml")); ResourceMissing when absent."""
    found = root().joinpath(*parts)
    if not found.is_file():
        raise ResourceMissing(path=str(found))
    return found


def package_folder(package: str, *parts: str) -> Path:
    """A folder inside one of WoR Desk's own packages (e.g. the store's migrations)."""
    found = Path(str(_resources.files(package))).joinpath(*parts)
    if not found.is_dir():
        raise ResourceMissing(path=str(found))
    return found

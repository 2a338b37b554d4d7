"""The store layer: SQLCipher engine, unlock/rekey/backup/restore, migrations. The only
place (with Desk and the importer's writer) that speaks SQL."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wor_desk.store.store import Store, check_new_passphrase, restore

__all__ = ["Store", "check_new_passphrase", "restore"]


def __getattr__(name: str) -> object:
    """Import the engine (SQLAlchemy, Alembic) on first use, so that `wor_desk.store.paths`
    stays light: the desk app shows its unlock screen before the engine is needed."""
    if name in __all__:
        from wor_desk.store import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

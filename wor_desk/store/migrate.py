"""Schema migrations (Alembic, batch mode for SQLite), run on unlock.

The store records its schema version in `alembic_version`. A store whose version this
WoR Desk does not know was made by a newer WoR Desk and is refused.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from wor_desk import resources
from wor_desk.errors import StoreTooNew
from wor_desk.store import unlock
from wor_desk.store.audit import suspended

MIGRATIONS: Path = resources.package_folder("wor_desk.store", "migrations")


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    return _script().get_current_head()


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_wor_desk_store(engine: Engine) -> bool:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    return unlock.is_wor_desk_store(tables)


def pending(engine: Engine) -> bool:
    """True when the store needs migrating; raises StoreTooNew for an unknown version."""
    rev = current(engine)
    if rev is not None and rev not in known_revisions():
        raise StoreTooNew(version=rev)
    return rev != head()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to `target` inside one transaction."""
    with engine.begin() as conn, suspended(conn):  # a schema change is not client work
        cfg = config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)

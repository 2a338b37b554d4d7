"""Alembic environment of the collector's store (run through wor_desk.collector.db.upgrade)."""

from alembic import context

from wor_desk.collector.db import metadata

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("collector migrations run through wor_desk.collector.db.upgrade")
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        version_table="collector_version",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()

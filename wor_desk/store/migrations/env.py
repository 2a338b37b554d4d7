"""Alembic environment: always run with a connection handed in by wor_desk.store.migrate."""

from alembic import context
from sqlmodel import SQLModel

import wor_desk.domain.audit  # noqa: F401  (the audit log)
import wor_desk.domain.catalogue  # noqa: F401  (sociale kaart, match, positive health)
import wor_desk.domain.handover  # noqa: F401  (hand-over of clients between desks)
import wor_desk.domain.letters  # noqa: F401  (letters: per-practice feedback moments)
import wor_desk.domain.models  # noqa: F401  (registers the tables)
import wor_desk.domain.sync  # noqa: F401
import wor_desk.domain.wijken  # noqa: F401  (the wijkindeling: postcode -> gemeente, wijk)

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("WoR Desk migrations run through wor_desk.store.migrate")
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()

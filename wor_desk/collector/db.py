"""The collector's own store: SQLite by default, PostgreSQL for a region with many desks.

Plain SQLAlchemy Core tables on their own MetaData (never the desk's), migrated with Alembic
from `wor_desk/collector/migrations` (a separate script location and version table).
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)

from wor_desk import resources
from wor_desk.store import paths

ENV_DB = "WOR_COLLECTOR_DB"
MIGRATIONS: Path = resources.package_folder("wor_desk.collector", "migrations")

metadata = MetaData()

desks = Table(
    "desk",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("naam", String(100), nullable=False, unique=True),
    Column("team", String(100), nullable=False),
    Column("organisatie", String(100), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("aangemaakt", DateTime(timezone=True), nullable=False),
    Column("ingetrokken", DateTime(timezone=True), nullable=True),
)

readers = Table(
    "lezer",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("naam", String(100), nullable=False, unique=True),
    Column("scope", String(16), nullable=False),  # region | organisation | team
    Column("scope_waarde", String(100), nullable=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("aangemaakt", DateTime(timezone=True), nullable=False),
    Column("ingetrokken", DateTime(timezone=True), nullable=True),
)

#: The latest revision each desk sent of each period (older revisions are replaced): months
#: `YYYY-MM` with every cell, quarters `YYYY-Qn` and years `YYYY` with their totaal rows.
months = Table(
    "maand",
    metadata,
    Column("desk_id", Integer, ForeignKey("desk.id"), primary_key=True),
    Column("periode", String(7), primary_key=True),
    Column("revisie", Integer, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("k", Integer, nullable=False),
    Column("ontvangen", DateTime(timezone=True), nullable=False),
    Index("ix_maand_periode", "periode"),
)

#: The cells of that revision. Decimal indicators are kept in tenths (`waarde` 123 = 12.3).
cells = Table(
    "cel",
    metadata,
    Column("desk_id", Integer, ForeignKey("desk.id"), primary_key=True),
    Column("periode", String(7), primary_key=True),
    Column("indicator", String(64), primary_key=True),
    Column("categorie", String(201), primary_key=True),
    Column("waarde", BigInteger, nullable=True),
    Column("onderdrukt", Boolean, nullable=False),
    Column("lo", Integer, nullable=True),
    Column("hi", Integer, nullable=True),
    Column("som", BigInteger, nullable=True),  # the mean's exact sum of days (c002)
    Index("ix_cel_periode", "periode"),
)

#: Keyed hashes of the practices that referred (verwijzende_praktijken), per desk and month.
practices = Table(
    "praktijk",
    metadata,
    Column("desk_id", Integer, ForeignKey("desk.id"), primary_key=True),
    Column("periode", String(7), primary_key=True),
    Column("hash", String(64), primary_key=True),
)

#: Kaart editors: may change the region's shared sociale kaart (tokens `wdk_`).
editors = Table(
    "redacteur",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("naam", String(100), nullable=False, unique=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("aangemaakt", DateTime(timezone=True), nullable=False),
    Column("ingetrokken", DateTime(timezone=True), nullable=True),
)

#: The region's sociale kaart: one row per entry (its CSV cells as JSON), kept after removal
#: (`verwijderd`) so desks learn of it. `revisie` is the kaart's revision of the last change.
kaart = Table(
    "kaart",
    metadata,
    Column("uid", String(64), primary_key=True),
    Column("revisie", Integer, nullable=False),
    Column("verwijderd", Boolean, nullable=False),
    Column("gegevens", Text, nullable=False),
    Column("gewijzigd", DateTime(timezone=True), nullable=False),
    Index("ix_kaart_revisie", "revisie"),
)

#: One row: the kaart's current revision (raised by one per change, under a row lock).
kaart_stand = Table(
    "kaart_stand",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("revisie", Integer, nullable=False),
)

#: Proposals of desks to the kaart: a new entry, closed, no room, moved.
kaart_proposals = Table(
    "kaart_voorstel",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("desk_id", Integer, ForeignKey("desk.id"), nullable=False),
    Column("desk_ref", Integer, nullable=False),  # the desk's own number: a resend is not new
    Column("soort", String(16), nullable=False),
    Column("uid", String(64), nullable=True),
    Column("gegevens", Text, nullable=False),  # JSON {column: cell}
    Column("toelichting", Text, nullable=True),
    Column("status", String(16), nullable=False),  # open | geaccepteerd | geweigerd
    Column("ontvangen", DateTime(timezone=True), nullable=False),
    Column("besloten", DateTime(timezone=True), nullable=True),
    UniqueConstraint("desk_id", "desk_ref", name="uq_kaart_voorstel_desk_ref"),
)


#: The region (one row): its secret for practice hashes, wrapped under a key derived from the
#: administrator's passphrase (scrypt), so the collector alone cannot use it; a check value
#: (HMAC of a fixed text with the secret) so a joining desk can test its secret; the public
#: address desks use (put into koppelcodes).
region = Table(
    "regio",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sleutel_zout", String(64), nullable=False),
    Column("sleutel_versleuteld", String(64), nullable=False),
    Column("sleutel_mac", String(64), nullable=False),
    Column("sleutel_controle", String(64), nullable=False),
    Column("adres", String(300), nullable=True),
    Column("aangemaakt", DateTime(timezone=True), nullable=False),
)


def default_url() -> str:
    """WOR_COLLECTOR_DB, else a SQLite file under WOR_DESK_HOME."""
    env = os.environ.get(ENV_DB)
    if env:
        return env
    folder = paths.home() / "collector"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'collector.db'}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 60},
            pool_size=8,
            max_overflow=8,
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.close()

        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the collector's schema to `target` (run by `collector serve` at start)."""
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)

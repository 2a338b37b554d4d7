"""The desk's sync tables: the outbox (one row per month) and the log of sync runs.

The outbox row of a month holds the payload that must leave (only counts: see
wor_desk.sync.disclosure), its revision and digest, and how sending it went. A month is
in the outbox while `wacht` is true; it leaves it when the collector confirms the revision.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from wor_desk.domain.models import now_utc


class SyncMonth(SQLModel, table=True):
    __tablename__ = "sync_maand"

    periode: str = Field(primary_key=True, max_length=7)  # YYYY-MM
    revisie: int = 1  # revision of `payload`; goes up whenever the month's counts change
    digest: str = Field(max_length=64)  # of `payload`'s content (wor_desk.sync.wire.month_digest)
    payload: str  # the month as sent (JSON)
    wacht: bool = Field(default=True, index=True)  # in the outbox: must (still) be sent
    verzonden_revisie: int | None = None  # the last revision the collector confirmed
    pogingen: int = 0  # failed attempts since the last success
    volgende_poging: datetime | None = None  # not before (backoff); None = at once
    fout: str | None = None  # the last failure, readable
    bijgewerkt: datetime = Field(default_factory=now_utc)
    verzonden: datetime | None = None  # when the collector confirmed


class SyncRun(SQLModel, table=True):
    """One sync attempt (by hand, automatic or CLI) and what came of it."""

    __tablename__ = "sync_run"

    id: int | None = Field(default=None, primary_key=True)
    begonnen: datetime = Field(default_factory=now_utc)
    klaar: datetime | None = None
    gelukt: bool = False
    collector: str = Field(default="", max_length=300)
    maanden: int = 0  # months confirmed by the collector
    samenvatting: str | None = None  # JSON: the collector's summary, totalled
    fout: str | None = None

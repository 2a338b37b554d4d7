"""Tables of the hand-over of clients between desks (wor_desk.handover).

`Handover` is one hand-over file made (`richting` uit) or taken in (`richting` in).
`HandoverTrajectory` marks a trajectory this desk handed over: read-only from then on (store
triggers refuse changes, see migration 0006), no longer counted by this desk, and erasable
once the receiver has confirmed.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from wor_desk.domain.models import now_utc


class Handover(SQLModel, table=True):
    __tablename__ = "overdracht"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(max_length=32)  # the file's id (both desks know it)
    richting: str = Field(max_length=8)  # uit | in
    wie: str | None = Field(default=None, max_length=200)  # to whom (uit) or from whom (in)
    datum: datetime = Field(default_factory=now_utc)
    clienten: str  # JSON list of the client numbers handed over / taken in
    trajecten: int = 0
    bevestiging_hash: str | None = Field(
        default=None, max_length=64
    )  # uit: SHA-256 of the receiver's code
    bevestigd: datetime | None = None  # uit: the receiver confirmed
    gewist: datetime | None = None  # uit: erased here after confirmation


class HandoverTrajectory(SQLModel, table=True):
    __tablename__ = "overdracht_traject"

    traject_id: int = Field(primary_key=True, foreign_key="traject.id", ondelete="CASCADE")
    overdracht_id: int = Field(foreign_key="overdracht.id")

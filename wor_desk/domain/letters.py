"""Feedback letters: the per-practice preference of which feedback moments a referrer wants.

A practice is matched by its name compared case- and space-insensitively
(`process.practice_key`); a practice without a row gets `process.DEFAULT_FEEDBACK_MOMENTS`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlmodel import Field, Session, SQLModel

from wor_desk.domain import process
from wor_desk.domain.models import now_utc


class PracticeFeedbackPreference(SQLModel, table=True):
    """Which feedback moments one referring practice wants (codes.TERUGKOPPELING_MOMENT)."""

    __tablename__ = "praktijk_terugkoppeling"

    praktijk_sleutel: str = Field(primary_key=True, max_length=150)  # process.practice_key(naam)
    praktijk_naam: str = Field(max_length=150)  # as the coach typed it
    momenten: str = Field(default="", max_length=64)  # comma-separated codes; "" = no letters
    gewijzigd: datetime = Field(default_factory=now_utc)

    @property
    def moment_codes(self) -> tuple[str, ...]:
        return tuple(m for m in self.momenten.split(",") if m)


_CACHE_KEY = "wor_desk.letters.practice_moments"


def practice_moments(s: Session) -> dict[str, tuple[str, ...]]:
    """Every stored preference by practice key; cached on the session (one query per read)."""
    cached = s.info.get(_CACHE_KEY)
    if cached is None:
        rows = s.exec(select(PracticeFeedbackPreference)).scalars().all()
        cached = s.info[_CACHE_KEY] = {r.praktijk_sleutel: r.moment_codes for r in rows}
    return cached


def wanted_moments(s: Session, practice: str | None) -> tuple[str, ...]:
    """The feedback moments the practice `practice` wants (the default when it set none)."""
    return practice_moments(s).get(process.practice_key(practice), process.DEFAULT_FEEDBACK_MOMENTS)

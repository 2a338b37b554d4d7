"""The register of referring practices (`praktijk`) and the people who refer from them
(`praktijk_verwijzer`), with each practice's letter moments.

A practice is identified by its name compared case- and space-insensitively
(`process.practice_key`, the key of the table); a practice that set no moments (or is not in
the register) gets `process.DEFAULT_FEEDBACK_MOMENTS`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint, select
from sqlmodel import Field, Session, SQLModel

from wor_desk.domain import process
from wor_desk.domain.models import now_utc


class Practice(SQLModel, table=True):
    """A referring practice: name, address (for letters), AGB code, letter moments."""

    __tablename__ = "praktijk"

    sleutel: str = Field(primary_key=True, max_length=150)  # process.practice_key(naam)
    naam: str = Field(max_length=150)
    adres: str | None = Field(default=None, max_length=400)  # several lines
    agb: str | None = Field(default=None, max_length=8)  # the practice's AGB code, 8 digits
    momenten: str | None = Field(default=None, max_length=64)  # comma-separated; None = default
    aangemaakt: datetime = Field(default_factory=now_utc)
    gewijzigd: datetime = Field(default_factory=now_utc)

    @property
    def moment_codes(self) -> tuple[str, ...] | None:
        """The moments it wants; None when it set none (the default applies)."""
        if self.momenten is None:
            return None
        return tuple(m for m in self.momenten.split(",") if m)


class PracticeReferrer(SQLModel, table=True):
    """Someone who refers from a practice, with their role (codes.VERWIJZER_TYPE)."""

    __tablename__ = "praktijk_verwijzer"
    __table_args__ = (
        UniqueConstraint("praktijk_sleutel", "naam", name="uq_praktijk_verwijzer_naam"),
    )

    id: int | None = Field(default=None, primary_key=True)
    praktijk_sleutel: str = Field(
        foreign_key="praktijk.sleutel", ondelete="CASCADE", max_length=150
    )
    naam: str = Field(max_length=150)
    rol: str = Field(max_length=32)


_CACHE_KEY = "wor_desk.letters.practice_moments"


def practice_moments(s: Session) -> dict[str, tuple[str, ...]]:
    """Every practice's own moments by practice key; cached on the session (one query per read)."""
    cached = s.info.get(_CACHE_KEY)
    if cached is None:
        rows = s.exec(select(Practice).where(Practice.momenten.is_not(None))).scalars().all()
        cached = s.info[_CACHE_KEY] = {r.sleutel: r.moment_codes or () for r in rows}
    return cached


def wanted_moments(s: Session, practice: str | None) -> tuple[str, ...]:
    """The feedback moments the practice `practice` wants (the default when it set none)."""
    return practice_moments(s).get(process.practice_key(practice), process.DEFAULT_FEEDBACK_MOMENTS)

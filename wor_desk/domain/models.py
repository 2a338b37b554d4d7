"""The store's tables (SQLModel). Column names follow the codebook and the import sheet.

Only the store layer and Desk touch these with a session; everyone else gets plain
values (detached objects or the dataclasses of `wor_desk.domain.process`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel


def now_utc() -> datetime:
    """Record timestamps (aangemaakt, gewijzigd) are kept in UTC."""
    return datetime.now(UTC).replace(microsecond=0)


class Client(SQLModel, table=True):
    __tablename__ = "client"

    id: int | None = Field(default=None, primary_key=True)
    client_nr: str = Field(index=True, unique=True, max_length=64)
    voornaam: str | None = Field(default=None, max_length=100)
    achternaam: str = Field(max_length=150)
    geboortedatum: date | None = None
    geslacht: str = Field(default="onbekend", max_length=16)
    postcode: str | None = Field(default=None, max_length=7)
    gemeente: str | None = Field(default=None, max_length=100)
    wijk: str | None = Field(default=None, max_length=100)
    telefoon: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=200)
    aangemaakt: datetime = Field(default_factory=now_utc)
    gewijzigd: datetime = Field(default_factory=now_utc)


class Trajectory(SQLModel, table=True):
    """One referral and everything that followed it (the six steps)."""

    __tablename__ = "traject"
    __table_args__ = (
        UniqueConstraint("client_id", "verwijsdatum", name="uq_traject_client_verwijsdatum"),
        Index("ix_traject_kennismaking", "kennismaking"),
        Index("ix_traject_afgerond", "afgerond"),
    )

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    # step 1: visit to the care provider
    bezoekdatum: date | None = None
    klachten: str | None = None
    # step 2: referral
    verwijsdatum: date = Field(index=True)
    verwijzer_naam: str | None = Field(default=None, max_length=150)
    verwijzer_praktijk: str | None = Field(default=None, max_length=150)
    verwijzer_type: str = Field(max_length=32)
    kanaal: str | None = Field(default=None, max_length=32)
    reden_omschrijving: str | None = None
    toestemming_gegevens: bool | None = None
    toestemming_terugkoppeling: bool | None = None
    # step 3: first contact and intake
    eerste_contact: date | None = None
    kennismaking_gepland: date | None = None
    kennismaking: date | None = None
    # step 4-5: need, match and activity start
    behoefte: str | None = None
    aanbod: str | None = Field(default=None, max_length=32)
    activiteit: str | None = Field(default=None, max_length=200)
    aanbieder: str | None = Field(default=None, max_length=200)
    start_activiteit: date | None = None
    # step 6: closing
    afgerond: date | None = None
    afsluitreden: str | None = Field(default=None, max_length=32)
    afsluit_toelichting: str | None = None
    aangemaakt: datetime = Field(default_factory=now_utc)
    gewijzigd: datetime = Field(default_factory=now_utc)


class TrajectoryReason(SQLModel, table=True):
    __tablename__ = "traject_reden"

    traject_id: int = Field(foreign_key="traject.id", primary_key=True)
    code: str = Field(primary_key=True, max_length=40)


class Contact(SQLModel, table=True):
    """A coaching conversation (step 4) or a follow-up contact (step 6), held or planned."""

    __tablename__ = "contact"

    id: int | None = Field(default=None, primary_key=True)
    traject_id: int = Field(foreign_key="traject.id", index=True)
    soort: str = Field(max_length=16)  # codes.CONTACT_SOORT
    datum: date
    gepland: bool = False
    notitie: str | None = None
    uitkomst: str | None = Field(default=None, max_length=32)  # codes.NAZORG_UITKOMST


class Pause(SQLModel, table=True):
    """A period in which the wellbeing track waits (e.g. debt help first)."""

    __tablename__ = "pauze"

    id: int | None = Field(default=None, primary_key=True)
    traject_id: int = Field(foreign_key="traject.id", index=True)
    van: date
    tot: date | None = None
    reden: str | None = None


class Feedback(SQLModel, table=True):
    """A feedback (terugkoppeling) sent to the referrer; counted by terugkoppeling_gegeven."""

    __tablename__ = "terugkoppeling"

    id: int | None = Field(default=None, primary_key=True)
    traject_id: int = Field(foreign_key="traject.id", index=True)
    datum: date = Field(index=True)
    moment: str | None = Field(default=None, max_length=16)  # codes.TERUGKOPPELING_MOMENT
    kanaal: str | None = Field(default=None, max_length=16)  # codes.TERUGKOPPELING_KANAAL
    notitie: str | None = None
    #: The plain text of the letter as sent (None: no letter from WoR Desk, or logged before
    #: letters were kept). Shown in the client's inzage; erased with the client.
    brief_tekst: str | None = None


class Setting(SQLModel, table=True):
    """Profile settings (organisation, coach, work area, preferences) as JSON values."""

    __tablename__ = "instelling"

    sleutel: str = Field(primary_key=True, max_length=64)
    waarde: str

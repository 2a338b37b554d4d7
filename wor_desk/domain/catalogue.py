"""Tables of the sociale kaart (activity catalogue), the match (steps 4-5) and Positive Health.

Codes: `Activity.aanbod` is `codes.AANBOD`; days, room, match outcome and decline reason are the
lists of `wor_desk.codes` (DAG, PLEK, MATCH_UITKOMST, AFWIJSREDEN). Rows that hang off a trajectory are removed with it
(ON DELETE CASCADE, so erasing a client under the AVG takes them along).
"""

from __future__ import annotations

from datetime import date, datetime
from uuid import uuid4

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from wor_desk.domain.models import now_utc


def new_uid() -> str:
    """A catalogue entry's identity across teams (Open Referral `id`)."""
    return str(uuid4())


class Activity(SQLModel, table=True):
    """One entry of the sociale kaart: an activity or another solution in the neighbourhood."""

    __tablename__ = "activiteit"
    __table_args__ = (
        Index("ix_activiteit_aanbod", "aanbod"),
        Index("ix_activiteit_wijk", "gemeente", "wijk"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, max_length=64, unique=True, index=True)
    naam: str = Field(max_length=200)
    aanbod: str = Field(max_length=32)  # codes.AANBOD
    aanbieder: str | None = Field(default=None, max_length=200)
    omschrijving: str | None = None
    adres: str | None = Field(default=None, max_length=200)
    postcode: str | None = Field(default=None, max_length=7)
    gemeente: str | None = Field(default=None, max_length=100)
    wijk: str | None = Field(default=None, max_length=100)
    dagen: str | None = Field(default=None, max_length=40)  # "ma,wo" (codes.DAG codes)
    tijden: str | None = Field(default=None, max_length=200)  # free text: "10.00-12.00 uur"
    kosten: str | None = Field(default=None, max_length=200)
    aanmelden: str | None = None  # how to sign up
    contactpersoon: str | None = Field(default=None, max_length=150)
    telefoon: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=200)
    toegankelijkheid: str | None = None  # accessibility notes
    rolstoeltoegankelijk: bool | None = None
    leeftijd_min: int | None = None
    leeftijd_max: int | None = None
    talen: str | None = Field(default=None, max_length=100)  # "nl,en,ar"
    actief_van: date | None = None
    actief_tot: date | None = None  # funding ends: closed after this day, kept in history
    plek: str | None = Field(default=None, max_length=16)  # codes.PLEK
    gecontroleerd: date | None = None  # the day the entry was last checked
    regio: bool = False  # received from the region's kaart at the collector (read-only here)
    notitie: str | None = None  # the coach's own note; stays on this desk
    aangemaakt: datetime = Field(default_factory=now_utc)
    gewijzigd: datetime = Field(default_factory=now_utc)


class KaartProposal(SQLModel, table=True):
    """A proposal to the region's kaart (new entry, closed, no room, moved), waiting to be
    sent with the next sync, or sent (`verzonden`, the collector's id)."""

    __tablename__ = "kaart_voorstel"

    id: int | None = Field(default=None, primary_key=True)
    soort: str = Field(max_length=16)  # region.PROPOSAL_KINDS
    activiteit_uid: str | None = Field(default=None, max_length=64)
    wijzigingen: str  # JSON: {column: cell} in the kaart's CSV form (docs/catalogue.md)
    toelichting: str | None = None
    aangemaakt: datetime = Field(default_factory=now_utc)
    verzonden: datetime | None = None
    collector_id: int | None = None
    fout: str | None = None


class NeedCategory(SQLModel, table=True):
    """The aanbod categories a trajectory's need points to (with `Trajectory.behoefte` text)."""

    __tablename__ = "behoefte_aanbod"

    traject_id: int = Field(primary_key=True, foreign_key="traject.id", ondelete="CASCADE")
    code: str = Field(primary_key=True, max_length=32)  # codes.AANBOD


class Match(SQLModel, table=True):
    """One proposal of a catalogue activity to a client, and what came of it."""

    __tablename__ = "match"

    id: int | None = Field(default=None, primary_key=True)
    traject_id: int = Field(foreign_key="traject.id", ondelete="CASCADE", index=True)
    activiteit_id: int = Field(foreign_key="activiteit.id", index=True)
    voorgesteld: date  # the day it was proposed
    uitkomst: str | None = Field(default=None, max_length=16)  # codes.MATCH_UITKOMST; None = open
    uitkomst_datum: date | None = None
    afwijsreden: str | None = Field(default=None, max_length=32)  # codes.AFWIJSREDEN
    start: date | None = None  # accepted: the day the activity started
    gestopt: date | None = None  # follow-up found the client stopped (that contact's date)
    stopreden: str | None = Field(default=None, max_length=32)  # codes.AFWIJSREDEN
    notitie: str | None = None


class HealthScore(SQLModel, table=True):
    """Positieve Gezondheid (spinnenweb): six dimensions scored 0-10 on one day."""

    __tablename__ = "gezondheid"

    id: int | None = Field(default=None, primary_key=True)
    traject_id: int = Field(foreign_key="traject.id", ondelete="CASCADE", index=True)
    datum: date
    moment: str = Field(max_length=16)  # health.MOMENT: intake, tussentijds, afsluiting
    lichaamsfuncties: int
    mentaal_welbevinden: int
    zingeving: int
    kwaliteit_van_leven: int
    meedoen: int
    dagelijks_functioneren: int
    notitie: str | None = None

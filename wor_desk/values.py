"""The values that cross the boundary between the core and its callers.

`Desk`, the feature services (catalogue, letters, health, counts, sync) and the Qt client all
import these; this module imports only the domain (and the store's type). A write returns a `Changes`; reads return
the rows and overviews below (frozen dataclasses, or model objects detached from their
session), never a live session.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

from sqlmodel import Session

from wor_desk.domain import process
from wor_desk.domain.models import Client, Contact, Feedback, Pause, Trajectory

if TYPE_CHECKING:  # the store module loads SQLCipher and Alembic; only its type is needed here
    from wor_desk.store import Store


@dataclass(frozen=True)
class Changes:
    """What a write changed: the hub in ui/ tells the open views."""

    trajectories: frozenset[int] = frozenset()
    clients: frozenset[int] = frozenset()
    kinds: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls, kind: str, trajectories: Iterable[int] = (), clients: Iterable[int] = ()
    ) -> Changes:
        return cls(frozenset(trajectories), frozenset(clients), frozenset({kind}))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.trajectories | other.trajectories,
            self.clients | other.clients,
            self.kinds | other.kinds,
        )


@dataclass(frozen=True)
class TrajectoryDetail:
    """One trajectory with its client and history, and where it stands."""

    trajectory: Trajectory
    client: Client
    redenen: tuple[str, ...]
    contacts: tuple[Contact, ...]
    pauses: tuple[Pause, ...]
    feedback: tuple[Feedback, ...]
    facts: process.TrajectoryFacts
    state: process.TrajectoryState
    feedback_due: tuple[str, ...]

    @property
    def id(self) -> int:
        assert self.trajectory.id is not None
        return self.trajectory.id


@dataclass(frozen=True)
class TrajectoryRow:
    """A line of the trajectory list: enough to show, search and filter, nothing more."""

    id: int
    client_id: int
    client_nr: str
    naam: str
    geboortedatum: date | None
    postcode: str | None
    gemeente: str | None
    wijk: str | None
    verwijzer_naam: str | None
    verwijzer_praktijk: str | None
    verwijzer_type: str
    verwijsdatum: date
    afgerond: date | None
    step: int
    status: str
    next_action: str | None
    due: date | None


@dataclass(frozen=True)
class TrajectoryFilter:
    text: str = ""  # name, client number, postcode or referrer (name or practice)
    step: int | None = None
    status: str | None = None
    verwijzer_type: str | None = None
    referred_from: date | None = None
    referred_to: date | None = None


@dataclass(frozen=True)
class TodayItem:
    trajectory_id: int
    client_id: int
    naam: str
    what: str  # codes.ACTIE or a planned contact kind
    due: date | None
    days_left: int | None  # calendar days; negative = overdue
    workdays_left: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class Today:
    day: date
    first_contact: tuple[TodayItem, ...]
    planned: tuple[TodayItem, ...]
    follow_up: tuple[TodayItem, ...]
    feedback: tuple[TodayItem, ...]
    paused: tuple[TodayItem, ...]


@dataclass(frozen=True)
class Status:
    profile: str
    path: str
    schema_version: str | None
    clients: int
    trajectories: int
    per_step: dict[int, int]
    per_status: dict[str, int]


@dataclass(frozen=True)
class ClientMatch:
    client: Client
    trajectories: int
    open_trajectory_id: int | None


class Caseload(Protocol):
    """What a feature service may use of the `Desk` it is reached through (`desk.<feature>`).

    `Desk` provides it; the features (catalogue, matching, letters, health, counts, reports,
    sync, demo, importer) type their `desk` argument with this protocol, so the arrow runs one
    way: `wor_desk.desk` -> features -> values, domain and store, never back to `wor_desk.desk`.
    """

    store: Store

    @property
    def profile(self) -> str: ...

    def today(self) -> date: ...

    def session(self) -> Session: ...

    def settings(self) -> dict[str, object]: ...

    def setting(self, key: str) -> object: ...

    def update_settings(self, **values: object) -> Changes: ...

    def trajectory(self, trajectory_id: int) -> TrajectoryDetail: ...

    def trajectory_rows(self, flt: TrajectoryFilter | None = None) -> list[TrajectoryRow]: ...

    def today_overview(self, horizon_days: int = 7) -> Today: ...

    def update_trajectory_in(self, s: Session, trajectory_id: int, **fields: object) -> Changes: ...

    def add_contact(
        self,
        trajectory_id: int,
        soort: str,
        datum: date,
        notitie: str | None = None,
        gepland: bool = False,
        uitkomst: str | None = None,
    ) -> tuple[int, Changes]: ...

    def update_contact(self, contact_id: int, **fields: object) -> Changes: ...

    def record_feedback(
        self,
        trajectory_id: int,
        datum: date,
        moment: str | None,
        kanaal: str | None,
        notitie: str | None = None,
    ) -> tuple[int, Changes]: ...

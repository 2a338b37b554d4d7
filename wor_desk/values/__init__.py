"""The values that cross the boundary between the core and its callers.

`Desk`, the feature services (catalogue, letters, health, counts, sync) and the Qt client all
import these; they import only the domain and the store's status value. A write returns a
`Changes`; reads return the rows and overviews below (frozen dataclasses, or model objects
detached from their session), never a live session.

The features' own rows are in the modules of this package: `values.catalogue` (the sociale
kaart and the match).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from sqlmodel import Session

from wor_desk.domain import process
from wor_desk.domain import text as text_rules
from wor_desk.domain.models import Client, Contact, Feedback, Pause, Trajectory
from wor_desk.store.status import Status  # noqa: F401 - a boundary value (wor-desk status reads it without the engine)

if TYPE_CHECKING:  # the store module loads SQLCipher and Alembic; only its type is needed here
    from wor_desk.store import Store


def strip_or_none(value: object, field: str = "") -> object:
    """A typed text as it is stored: stripped and normalised (NFC, CR LF -> LF, bidi overrides
    out of one-line fields: `domain.text.normalise`), None when nothing is left; other values
    as they are."""
    return text_rules.normalise(value, field) if isinstance(value, str) else value


def stripped(data: Mapping[str, object]) -> dict[str, object]:
    """`strip_or_none` over every value of a form's or a sheet row's fields."""
    return {k: strip_or_none(v, k) for k, v in data.items()}


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


@dataclass(frozen=True, slots=True)  # slots: the list holds 50,000 of these
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

    def search_text(self) -> str:
        return search_text(
            self.naam, self.client_nr, self.postcode, self.verwijzer_naam, self.verwijzer_praktijk
        )


def search_text(
    naam: str,
    client_nr: str,
    postcode: str | None,
    verwijzer_naam: str | None,
    verwijzer_praktijk: str | None,
) -> str:
    """What the trajectory search looks in: the name, the client number, the postcode without
    its space and the referrer (name and practice), in lower case."""
    return "\x1f".join(
        (
            naam,
            client_nr,
            (postcode or "").replace(" ", ""),
            verwijzer_naam or "",
            verwijzer_praktijk or "",
        )
    ).lower()


@dataclass(frozen=True)
class TrajectoryFilter:
    """The filter of the trajectory list, and its one predicate: `Desk.trajectory_rows` and the
    Qt list model both filter with `matches`/`select`, so the list and the core agree."""

    text: str = ""  # name, client number, postcode or referrer (name or practice)
    step: int | None = None
    status: str | None = None
    verwijzer_type: str | None = None
    referred_from: date | None = None
    referred_to: date | None = None

    def words(self) -> list[str]:
        """Every word must occur (anywhere in `search_text`, case-insensitive)."""
        return list(self._words)

    @cached_property
    def _words(self) -> tuple[str, ...]:
        return tuple(self.text.lower().split())

    @cached_property
    def on_fields(self) -> bool:
        """Whether the filter looks at more than the text."""
        return replace(self, text="") != TrajectoryFilter()

    def matches_text(self, haystack: str) -> bool:
        return all(w in haystack for w in self._words)

    def matches(self, row: TrajectoryRow, haystack: str | None = None) -> bool:
        return self.matches_text(row.search_text() if haystack is None else haystack) and (
            self.matches_fields(row)
        )

    def matches_fields(self, row: TrajectoryRow) -> bool:
        """`matches` without the text (for a caller that matched the text already)."""
        return (
            (self.step is None or row.step == self.step)
            and (self.status is None or row.status == self.status)
            and (self.verwijzer_type is None or row.verwijzer_type == self.verwijzer_type)
            and (self.referred_from is None or row.verwijsdatum >= self.referred_from)
            and (self.referred_to is None or row.verwijsdatum <= self.referred_to)
        )

    def select(
        self, rows: Sequence[TrajectoryRow], haystacks: Sequence[str], among: Iterable[int]
    ) -> list[int]:
        """The indexes in `among` whose row `matches` (in bulk: a keystroke over 50,000 rows)."""
        out = list(among)
        for w in self._words:
            out = [i for i in out if w in haystacks[i]]
        if not self.on_fields:
            return out
        return [i for i in out if self.matches_fields(rows[i])]

    def same_but_text(self, other: TrajectoryFilter) -> bool:
        return replace(self, text="") == replace(other, text="")


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
        brief_tekst: str | None = None,
    ) -> tuple[int, Changes]: ...

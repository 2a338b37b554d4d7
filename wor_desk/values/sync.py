"""The values of the sync (`desk.sync`): a month as it would leave the desk, where the sync
stands and what a sync run did (to the counts and to the region's sociale kaart). Plain values:
building, sending and the wire format are `wor_desk.sync`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from wor_desk.errors import SyncError
from wor_desk.values.counts import WITHHELD


@dataclass(frozen=True)
class SentCell:
    """A cell as it leaves the desk. `why` is for the desk's own screen and is never sent."""

    indicator: str
    category: str
    value: int | Decimal | None
    suppressed: bool = False
    lo: int | None = None
    hi: int | None = None
    why: str | None = None  # "primair", "secundair", "categorieen", "weinig_intakes"
    #: The mean's exact numerator (days from referral to intake, summed over the intakes):
    #: the collector combines means of desks and periods from it without rounding.
    sum: int | None = None

    def wire(self) -> dict:
        out: dict = {"indicator": self.indicator, "category": self.category}
        if self.suppressed:
            out["suppressed"] = True
            if self.lo is not None:
                out["lo"], out["hi"] = self.lo, self.hi
        else:
            assert self.value is not None
            out["value"] = float(self.value) if isinstance(self.value, Decimal) else int(self.value)
            if self.sum is not None:
                out["sum"] = int(self.sum)
        return out


@dataclass(frozen=True)
class MonthPayload:
    """One month as it would leave the desk (its wire form: `wor_desk.sync.wire.month_wire`)."""

    period: str
    k: int
    cells: tuple[SentCell, ...]
    practices: tuple[str, ...]
    practices_unhashed: int = 0  # practices that could not be hashed (no region secret)

    @property
    def empty(self) -> bool:
        return all(not c.value for c in self.cells if not c.suppressed) and not any(
            c.suppressed for c in self.cells
        )

    @property
    def suppressed(self) -> int:
        return sum(1 for c in self.cells if c.suppressed or c.category == WITHHELD)


@dataclass
class KaartSync:
    """What one exchange with the collector did to the kaart."""

    revision: int = 0
    created: int = 0
    updated: int = 0
    removed: int = 0
    closed: int = 0  # removed at the region but kept (closed): a trajectory refers to it
    skipped: int = 0  # entries this desk could not read (e.g. a date ahead of its clock)
    proposals_sent: int = 0
    proposals_refused: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return self.created + self.updated + self.removed + self.closed


@dataclass(frozen=True)
class SyncState:
    collector: str
    has_token: bool
    has_secret: bool
    k: int
    last_success: datetime | None
    last_summary: dict | None
    last_error: str | None
    waiting: tuple[str, ...]  # months in the outbox
    next_attempt: datetime | None


@dataclass
class SyncResult:
    """What one sync run did: months queued and confirmed, and the collector's summary."""

    queued: list[str] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    months: list[dict] = field(default_factory=list)  # the collector's answer per month
    cells: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            ("accepted", "updated", "unchanged", "removed", "refused"), 0
        )
    )
    error: SyncError | None = None
    #: The region's sociale kaart: what this sync changed in it, or why it could not be fetched.
    kaart: KaartSync | None = None
    kaart_error: SyncError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and not self.waiting

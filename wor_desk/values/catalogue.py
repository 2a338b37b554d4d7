"""The rows of the sociale kaart and the match (`desk.catalogue`, `desk.matching`): what the
services hand back and the Qt client shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wor_desk.domain.catalogue import Activity
from wor_desk.spreadsheet import csv_text


@dataclass(frozen=True)
class CatalogueFilter:
    text: str = ""  # name, provider, description, address, contact
    aanbod: str | None = None
    gemeente: str | None = None
    wijk: str | None = None
    dag: str | None = None  # codes.DAG code
    include_closed: bool = False
    only_stale: bool = False


@dataclass(frozen=True)
class ActivityRow:
    """A line of the sociale kaart: the entry and what the desk knows about it today."""

    activity: Activity
    closed: bool
    stale: bool
    proposals: int  # times proposed
    taking_part: int  # accepted and started, not stopped, trajectory still open

    @property
    def id(self) -> int:
        assert self.activity.id is not None
        return self.activity.id


@dataclass(frozen=True)
class MatchedClient:
    match_id: int
    trajectory_id: int
    client_id: int
    naam: str
    voorgesteld: date
    uitkomst: str | None
    start: date | None
    gestopt: date | None
    afgerond: date | None


@dataclass(frozen=True)
class Need:
    trajectory_id: int
    behoefte: str | None
    redenen: tuple[str, ...]
    categories: tuple[str, ...]  # codes.AANBOD


@dataclass(frozen=True)
class MatchView:
    """One proposal with its activity, as the match history shows it."""

    id: int
    trajectory_id: int
    activity_id: int
    naam: str
    aanbod: str
    aanbieder: str | None
    voorgesteld: date
    uitkomst: str | None
    uitkomst_datum: date | None
    afwijsreden: str | None
    start: date | None
    gestopt: date | None
    stopreden: str | None
    notitie: str | None
    activity_closed: bool

    @property
    def is_open(self) -> bool:
        return self.uitkomst is None

    @property
    def is_running(self) -> bool:
        return self.start is not None and self.gestopt is None


@dataclass(frozen=True)
class Candidate:
    """A catalogue activity that may be proposed, with how it fits the client."""

    row: ActivityRow
    same_wijk: bool
    same_gemeente: bool
    category_fits: bool
    age_fits: bool | None
    earlier: str | None  # an earlier proposal's outcome for this trajectory ("open" while pending)

    @property
    def activity(self) -> Activity:
        return self.row.activity


#: A gap report's gemeente, wijk or type of offer that the trajectory does not say (screens show
#: it in their own language)
UNKNOWN = "onbekend"


@dataclass(frozen=True)
class GapRow:
    gemeente: str  # or UNKNOWN, as wijk
    wijk: str
    category: str  # codes.AANBOD of the need, or UNKNOWN
    needs: int  # trajectories with this need (intake in the period)
    matched: int  # ... with an accepted match or a started activity (however recorded)
    unmatched_open: int  # ... without a match, still open
    unmatched_closed: int  # ... without a match, closed


@dataclass(frozen=True)
class DeclineRow:
    gemeente: str
    wijk: str
    category: str  # codes.AANBOD of the activity
    kind: str  # "afgewezen", "niet_beschikbaar" or "gestopt"
    reason: str  # codes.AFWIJSREDEN code, or "" for niet_beschikbaar
    count: int


@dataclass(frozen=True)
class GapReport:
    van: date
    tot: date
    needs: tuple[GapRow, ...]
    declines: tuple[DeclineRow, ...]

    def csv_text(self) -> str:
        """`csv_rows` as CSV text, every cell through `spreadsheet.csv_cell` (no live formula)."""
        return csv_text(self.csv_rows(), lineterminator="\r\n")

    def csv_rows(self) -> list[tuple[str, ...]]:
        """Long form, like the counts: section,gemeente,wijk,category,measure,value."""
        out: list[tuple[str, ...]] = [
            ("section", "gemeente", "wijk", "category", "measure", "value")
        ]
        for r in self.needs:
            for measure in ("needs", "matched", "unmatched_open", "unmatched_closed"):
                out.append(
                    ("behoefte", r.gemeente, r.wijk, r.category, measure, str(getattr(r, measure)))
                )
        for d in self.declines:
            out.append(
                (
                    "afwijzing",
                    d.gemeente,
                    d.wijk,
                    d.category,
                    f"{d.kind}:{d.reason}" if d.reason else d.kind,
                    str(d.count),
                )
            )
        return out

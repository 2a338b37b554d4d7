"""The one read path of a trajectory: its rows -> `process.TrajectoryFacts`, the rules' view.

`Desk` reads trajectories three ways, each as lean as its screen needs: the detail (model
objects with their history), Vandaag (plain rows of the open trajectories) and the list (rows
with contacts and pauses aggregated in SQL). All three turn what they read into facts here,
so a fact the rules need is added in one place.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import NamedTuple

from sqlalchemy import ColumnElement, String, type_coerce

from wor_desk.domain import process
from wor_desk.domain.models import Contact, Feedback, Pause, Trajectory

FACT_FIELDS = {f for f in process.TrajectoryFacts.__dataclass_fields__}
FACT_FIELDS_IN_ORDER = tuple(process.TrajectoryFacts.__dataclass_fields__)


class FactRow(NamedTuple):
    """A trajectory's own columns that its facts need, read as plain values (see `facts_of`)."""

    verwijzer_type: str
    kanaal: str | None
    aanbod: str | None
    afsluitreden: str | None
    verwijsdatum: date
    bezoekdatum: date | None
    eerste_contact: date | None
    kennismaking_gepland: date | None
    kennismaking: date | None
    start_activiteit: date | None
    afgerond: date | None

    DATES = (  # noqa: RUF012 - the order of the date columns as selected
        "verwijsdatum",
        "bezoekdatum",
        "eerste_contact",
        "kennismaking_gepland",
        "kennismaking",
        "start_activiteit",
        "afgerond",
    )

    @classmethod
    def of(cls, values: list) -> FactRow:
        """From the four code columns then the ISO texts of DATES."""
        # unrolled: the list reads 50,000 of these
        typ, kanaal, aanbod, reden, v, bz, ec, kg, k, sa, af = values
        iso = date.fromisoformat
        return _new(  # a NamedTuple's own __new__ is a Python function: 30 % slower
            cls,
            (
                typ,
                kanaal,
                aanbod,
                reden,
                iso(v) if v else None,
                iso(bz) if bz else None,
                iso(ec) if ec else None,
                iso(kg) if kg else None,
                iso(k) if k else None,
                iso(sa) if sa else None,
                iso(af) if af else None,
            ),
        )


_new = tuple.__new__


def model_facts(
    t: Trajectory,
    redenen: Iterable[str],
    contacts: Iterable[Contact],
    pauses: Iterable[Pause],
    feedback: Iterable[Feedback],
) -> process.TrajectoryFacts:
    return facts_of(
        t,
        redenen,
        [(c.soort, c.datum, c.gepland) for c in contacts],
        [(p.van, p.tot) for p in pauses],
        [f.datum for f in feedback],
    )


def facts_of(
    t,
    redenen: Iterable[str],
    contacts: Iterable[tuple[str, date, bool]],
    pauses: Iterable[tuple[date, date | None]],
    feedback: Iterable[date],
) -> process.TrajectoryFacts:
    """The rules' view of a trajectory: the one place that turns a trajectory's rows into
    `process.TrajectoryFacts`. The detail (model objects), Vandaag (lean rows) and the list
    (rows aggregated in SQL, through `row_facts`) all read through it. `t` is anything with the
    trajectory's own date and code attributes (a `Trajectory` or a `FactRow`)."""
    gesprekken, nazorg, gepland = _split(contacts)
    return _facts(
        t.verwijsdatum,
        t.verwijzer_type,
        t.kanaal,
        tuple(redenen),
        t.bezoekdatum,
        t.eerste_contact,
        t.kennismaking_gepland,
        t.kennismaking,
        t.aanbod,
        t.start_activiteit,
        t.afgerond,
        t.afsluitreden,
        gesprekken,
        nazorg,
        gepland,
        tuple(feedback),
        tuple(pauses),
    )


def row_facts(
    values: tuple,
    contacts: Iterable[tuple[str, date, bool]] = (),
    pauses: tuple[tuple[date, date | None], ...] = (),
) -> process.TrajectoryFacts:
    """`facts_of(FactRow.of(values), (), contacts, pauses, ())` in one step, for the list's
    50,000 rows: `values` are FactRow's four code columns then the ISO texts of its DATES."""
    typ, kanaal, aanbod, reden, v, bz, ec, kg, k, sa, af = values
    iso = date.fromisoformat
    gesprekken, nazorg, gepland = _split(contacts)
    return _facts(
        iso(v) if v else None,
        typ,
        kanaal,
        (),
        iso(bz) if bz else None,
        iso(ec) if ec else None,
        iso(kg) if kg else None,
        iso(k) if k else None,
        aanbod,
        iso(sa) if sa else None,
        iso(af) if af else None,
        reden,
        gesprekken,
        nazorg,
        gepland,
        (),
        pauses,
    )


def _split(contacts: Iterable[tuple[str, date, bool]]) -> tuple[tuple, tuple, tuple]:
    """Held conversations, held follow-ups and planned contacts, in one pass."""
    if not contacts:  # most rows of the list have none
        return (), (), ()
    held: dict[str, list[date]] = {"gesprek": [], "nazorg": []}
    planned: list[tuple[str, date]] = []
    for soort, d, is_planned in contacts:
        if is_planned:
            planned.append((soort, d))
        elif soort in held:
            held[soort].append(d)
    return tuple(held["gesprek"]), tuple(held["nazorg"]), tuple(planned)


def _facts(
    verwijsdatum,
    verwijzer_type,
    kanaal,
    redenen,
    bezoekdatum,
    eerste_contact,
    kennismaking_gepland,
    kennismaking,
    aanbod,
    start_activiteit,
    afgerond,
    afsluitreden,
    gesprekken,
    nazorg,
    gepland,
    terugkoppeling,
    pauzes,
) -> process.TrajectoryFacts:
    """`process.TrajectoryFacts(...)` with every field given, twice as quick: its attributes are
    set in one call, where a frozen dataclass's __init__ makes one `object.__setattr__` call
    per field (the list makes 50,000). The same object: equal, hashed and shown alike (the
    names are checked against the dataclass's fields below; it has no __post_init__)."""
    f = _object_new(process.TrajectoryFacts)
    _set(
        f,
        "__dict__",
        {
            "verwijsdatum": verwijsdatum,
            "verwijzer_type": verwijzer_type,
            "kanaal": kanaal,
            "redenen": redenen,
            "bezoekdatum": bezoekdatum,
            "eerste_contact": eerste_contact,
            "kennismaking_gepland": kennismaking_gepland,
            "kennismaking": kennismaking,
            "aanbod": aanbod,
            "start_activiteit": start_activiteit,
            "afgerond": afgerond,
            "afsluitreden": afsluitreden,
            "gesprekken": gesprekken,
            "nazorg": nazorg,
            "gepland": gepland,
            "terugkoppeling": terugkoppeling,
            "pauzes": pauzes,
        },
    )
    return f


_object_new, _set = object.__new__, object.__setattr__
_probe = _facts(*range(17))
if list(vars(_probe).items()) != list(zip(FACT_FIELDS_IN_ORDER, range(17), strict=True)) or hasattr(
    process.TrajectoryFacts, "__post_init__"
):  # pragma: no cover - a changed TrajectoryFacts must change _facts too
    raise ImportError("trajectory_facts._facts no longer matches process.TrajectoryFacts")


@contextmanager
def bulk_objects() -> Iterator[None]:
    """While building a long list of plain values (no reference cycles), the cyclic garbage
    collector is paused: it would scan the growing list again and again and find nothing to
    free (a third of the list's CPU time on 50,000 trajectories). Left as it was on exit; if
    it was already paused (by the app or another thread), it is not touched."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def iso_text(column: ColumnElement) -> ColumnElement:
    """A date column fetched as its stored ISO text, to be read with `iso_date`: 10x faster
    than SQLAlchemy's generic date processing over tens of thousands of rows."""
    return type_coerce(column, String)


def iso_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None

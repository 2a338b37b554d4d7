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

from wor_desk.domain import process
from wor_desk.domain.models import Contact, Feedback, Pause, Trajectory

FACT_FIELDS = {f for f in process.TrajectoryFacts.__dataclass_fields__}


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
    contacts: list[tuple[str, date, bool]],
    pauses: list[tuple[date, date | None]],
    feedback: list[date],
) -> process.TrajectoryFacts:
    """The rules' view of a trajectory: the one place that turns a trajectory's rows into
    `process.TrajectoryFacts`. The detail (model objects), Vandaag (lean rows) and the list
    (rows aggregated in SQL) all read through it. `t` is anything with the trajectory's own
    date and code attributes (a `Trajectory` or a `FactRow`)."""
    gesprekken: tuple[date, ...] = ()
    nazorg: tuple[date, ...] = ()
    gepland: tuple[tuple[str, date], ...] = ()
    if contacts:  # one pass; most rows of the list have none
        held: dict[str, list[date]] = {"gesprek": [], "nazorg": []}
        planned: list[tuple[str, date]] = []
        for soort, d, is_planned in contacts:
            if is_planned:
                planned.append((soort, d))
            elif soort in held:
                held[soort].append(d)
        gesprekken, nazorg, gepland = tuple(held["gesprek"]), tuple(held["nazorg"]), tuple(planned)
    return process.TrajectoryFacts(
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


def iso_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None

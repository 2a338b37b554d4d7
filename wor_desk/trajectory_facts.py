"""The one read path of a trajectory: its rows -> `process.TrajectoryFacts`, the rules' view.

`Desk` reads trajectories three ways, each as lean as its screen needs: the detail (model
objects with their history), Vandaag (plain rows of the open trajectories) and the list (rows
with contacts and pauses aggregated in SQL). All three turn what they read into facts here,
so a fact the rules need is added in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
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
        iso = date.fromisoformat  # inline: the list reads 50,000 of these
        return cls(*values[:4], *[iso(v) if v else None for v in values[4:]])


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
    held: dict[str, list[date]] = {"gesprek": [], "nazorg": []}
    planned: list[tuple[str, date]] = []
    for soort, d, gepland in contacts:  # one pass: the list calls this 50,000 times
        if gepland:
            planned.append((soort, d))
        elif soort in held:
            held[soort].append(d)
    return process.TrajectoryFacts(
        verwijsdatum=t.verwijsdatum,
        verwijzer_type=t.verwijzer_type,
        kanaal=t.kanaal,
        redenen=tuple(redenen),
        bezoekdatum=t.bezoekdatum,
        eerste_contact=t.eerste_contact,
        kennismaking_gepland=t.kennismaking_gepland,
        kennismaking=t.kennismaking,
        aanbod=t.aanbod,
        start_activiteit=t.start_activiteit,
        afgerond=t.afgerond,
        afsluitreden=t.afsluitreden,
        gesprekken=tuple(held["gesprek"]),
        nazorg=tuple(held["nazorg"]),
        gepland=tuple(planned),
        terugkoppeling=tuple(feedback),
        pauzes=tuple(pauses),
    )


def iso_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None

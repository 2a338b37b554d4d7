"""Positieve Gezondheid: the spinnenweb of six dimensions, each scored 0-10, recorded at the
intake and at closing (optionally in between). Letters and the trajectory screen read the
scores through `scores_of` / `before_after`; nothing else touches the table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from wor_desk import messages
from wor_desk.codes import Code, CodeList
from wor_desk.domain.catalogue import HealthScore
from wor_desk.domain.models import Trajectory
from wor_desk.errors import NotFound, RuleViolation, Violation
from wor_desk.values import Caseload, Changes, strip_or_none

#: The six dimensions, in the order of the spinnenweb.
DIMENSIES = CodeList(
    "gezondheid_dimensie",
    "Dimensie",
    "Dimension",
    [
        Code("lichaamsfuncties", "Lichaamsfuncties", "Bodily functions"),
        Code("mentaal_welbevinden", "Mentaal welbevinden", "Mental wellbeing"),
        Code("zingeving", "Zingeving", "Meaningfulness"),
        Code("kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life"),
        Code("meedoen", "Meedoen", "Participation"),
        Code("dagelijks_functioneren", "Dagelijks functioneren", "Daily functioning"),
    ],
)
MOMENT = CodeList(
    "gezondheid_moment",
    "Moment",
    "Moment",
    [
        Code("intake", "Bij de kennismaking", "At the intake"),
        Code("tussentijds", "Tussentijds", "In between"),
        Code("afsluiting", "Bij de afsluiting", "At closing"),
    ],
)
LOW, HIGH = 0, 10

messages.register(
    {
        "health_score_invalid": (
            "{dimension}: '{value}' is geen score. Vul een heel getal van 0 tot en met 10 in.",
            "{dimension}: '{value}' is not a score. Enter a whole number from 0 to 10.",
        ),
        "health_score_missing": (
            "{dimension} heeft nog geen score. Vul alle zes dimensies in (0 tot en met 10).",
            "{dimension} has no score yet. Fill in all six dimensions (0 to 10).",
        ),
    }
)
messages.FIELDS.setdefault("gezondheid", ("Positieve gezondheid", "Positive health"))


@dataclass(frozen=True)
class Scores:
    id: int
    trajectory_id: int
    datum: date
    moment: str
    values: dict[str, int]  # dimension code -> 0..10, in DIMENSIES order
    notitie: str | None = None

    def average(self) -> float:
        return sum(self.values.values()) / len(self.values)


def _view(h: HealthScore) -> Scores:
    assert h.id is not None
    return Scores(
        h.id,
        h.traject_id,
        h.datum,
        h.moment,
        {d: getattr(h, d) for d in DIMENSIES.codes()},
        h.notitie,
    )


def check_scores(values: dict[str, object]) -> list[Violation]:
    out = []
    for dim in DIMENSIES:
        v = values.get(dim.code)
        if v is None or v == "":
            out.append(Violation(dim.code, "health_score_missing", {"dimension": dim.label()}))
        elif isinstance(v, bool) or not isinstance(v, int) or not LOW <= v <= HIGH:
            out.append(
                Violation(dim.code, "health_score_invalid", {"dimension": dim.label(), "value": v})
            )
    return out


def record(
    desk: Caseload,
    trajectory_id: int,
    datum: date,
    moment: str,
    values: dict[str, int],
    notitie: str | None = None,
) -> tuple[int, Changes]:
    """Record one spinnenweb. All six dimensions are required."""
    problems = check_scores(values)
    unknown = set(values) - set(DIMENSIES.codes())
    if unknown:
        raise ValueError(f"not health dimensions: {sorted(unknown)}")
    if moment not in MOMENT:
        problems.append(MOMENT.unknown("moment", moment))
    if datum > desk.today():
        problems.append(
            Violation(
                "gezondheid",
                "date_in_future",
                {"field": "gezondheid", "date": datum.strftime("%d-%m-%Y")},
            )
        )
    with desk.store.transaction() as s:
        t = s.get(Trajectory, trajectory_id)
        if t is None:
            raise NotFound(what="Traject", id=trajectory_id)
        if datum < t.verwijsdatum:
            problems.append(
                Violation(
                    "gezondheid",
                    "date_before_referral",
                    {
                        "field": "gezondheid",
                        "date": datum.strftime("%d-%m-%Y"),
                        "referral": t.verwijsdatum.strftime("%d-%m-%Y"),
                    },
                )
            )
        if problems:
            raise RuleViolation(problems)
        h = HealthScore(
            traject_id=trajectory_id,
            datum=datum,
            moment=moment,
            notitie=strip_or_none(notitie, "notitie"),
            **{d: int(values[d]) for d in DIMENSIES.codes()},
        )
        s.add(h)
        s.flush()
        assert h.id is not None
        return h.id, Changes.of("health", [trajectory_id], [t.client_id])


def delete(desk: Caseload, score_id: int) -> Changes:
    with desk.store.transaction() as s:
        h = s.get(HealthScore, score_id)
        if h is None:
            raise NotFound(what="Score", id=score_id)
        tid = h.traject_id
        s.delete(h)
    return Changes.of("health", [tid])


def scores_of(desk: Caseload, trajectory_id: int) -> list[Scores]:
    """Every spinnenweb of a trajectory, oldest first."""
    with desk.store.session() as s:
        rows = (
            s.exec(
                select(HealthScore)
                .where(HealthScore.traject_id == trajectory_id)
                .order_by(HealthScore.datum, HealthScore.id)
            )
            .scalars()
            .all()
        )
    return [_view(h) for h in rows]


def before_after(desk: Caseload, trajectory_id: int) -> tuple[Scores | None, Scores | None]:
    """The 'before' (the intake's, else the first) and the 'after' (the closing's, else the
    latest after the first; None when there is only one)."""
    all_ = scores_of(desk, trajectory_id)
    if not all_:
        return None, None
    before = next((x for x in all_ if x.moment == "intake"), all_[0])
    closing = [x for x in all_ if x.moment == "afsluiting" and x.id != before.id]
    later = [x for x in all_ if x.id != before.id and (x.datum, x.id) > (before.datum, before.id)]
    after = closing[-1] if closing else (later[-1] if later else None)
    return before, after


class HealthService:
    """Positive health (spinnenweb) reached through the Desk as `desk.health`."""

    DIMENSIES = DIMENSIES
    MOMENT = MOMENT

    def __init__(self, desk: Caseload) -> None:
        self.desk = desk

    def record(
        self,
        trajectory_id: int,
        datum: date,
        moment: str,
        values: dict[str, int],
        notitie: str | None = None,
    ) -> tuple[int, Changes]:
        return record(self.desk, trajectory_id, datum, moment, values, notitie)

    def delete(self, score_id: int) -> Changes:
        return delete(self.desk, score_id)

    def scores_of(self, trajectory_id: int) -> list[Scores]:
        return scores_of(self.desk, trajectory_id)

    def before_after(self, trajectory_id: int) -> tuple[Scores | None, Scores | None]:
        return before_after(self.desk, trajectory_id)

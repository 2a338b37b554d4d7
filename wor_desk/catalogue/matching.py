"""The match (steps 4-5) and the follow-up (step 6), as a service on Desk (`desk.matching`).

The coach records the need (text, reason codes, the aanbod categories it points to),
proposes catalogue activities (filtered on the client's wijk and the need) and records what
came of each proposal. An accepted proposal with a start date goes through
`Desk.update_trajectory_in`, so the process rules (and the automatic follow-up planning)
stay in one place. The gap report tells the municipality what is missing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, select

from wor_desk import codes, dates
from wor_desk.catalogue import rules
from wor_desk.catalogue.service import CatalogueService
from wor_desk.domain import process
from wor_desk.domain.catalogue import Activity, Match, NeedCategory
from wor_desk.domain.models import Client, Contact, Trajectory
from wor_desk.errors import InputError, NotFound, RuleViolation, Violation
from wor_desk.values import Caseload, Changes, strip_or_none
from wor_desk.values.catalogue import (
    UNKNOWN,
    Candidate,
    CatalogueFilter,
    DeclineRow,
    GapReport,
    GapRow,
    MatchView,
    Need,
)

#: Where to look for activities: the client's wijk (and gemeente-wide ones), the gemeente, or all.
SCOPES = ("wijk", "gemeente", "alle")
_ROOM_ORDER = {"vrij": 0, None: 1, "wachtlijst": 2, "vol": 3}


def _fmt(d: date) -> str:
    return d.strftime("%d-%m-%Y")


def _code_problem(field_: str, value: str, cl: codes.CodeList) -> Violation:
    return cl.unknown(field_, value)


def _ensure(problems: list[Violation]) -> None:
    if problems:
        raise RuleViolation(problems)


class MatchingService:
    def __init__(self, desk: Caseload) -> None:
        self.desk = desk
        self.catalogue = CatalogueService(desk)

    # -- the need ---------------------------------------------------------------------------------
    def need(self, trajectory_id: int) -> Need:
        with self.desk.store.session() as s:
            t = s.get(Trajectory, trajectory_id)
            if t is None:
                raise NotFound(what="Traject", id=trajectory_id)
            cats = (
                s.exec(select(NeedCategory.code).where(NeedCategory.traject_id == trajectory_id))
                .scalars()
                .all()
            )
        detail = self.desk.trajectory(trajectory_id)
        order = codes.AANBOD.codes()
        return Need(
            trajectory_id,
            t.behoefte,
            detail.redenen,
            tuple(sorted(cats, key=lambda c: order.index(c) if c in order else 99)),
        )

    def record_need(
        self,
        trajectory_id: int,
        behoefte: str | None,
        categories: Iterable[str] = (),
        redenen: Iterable[str] | None = None,
    ) -> Changes:
        """The need in words, the aanbod categories it points to, and (optionally) the reason codes."""
        cats = tuple(dict.fromkeys(categories))
        _ensure([_code_problem("aanbod", c, codes.AANBOD) for c in cats if c not in codes.AANBOD])
        fields: dict[str, object] = {"behoefte": behoefte}
        if redenen is not None:
            fields["redenen"] = list(redenen)
        with self.desk.store.transaction() as s:
            changes = self.desk.update_trajectory_in(s, trajectory_id, **fields)
            s.exec(delete(NeedCategory).where(NeedCategory.traject_id == trajectory_id))
            for c in cats:
                s.add(NeedCategory(traject_id=trajectory_id, code=c))
        return changes

    # -- proposing --------------------------------------------------------------------------------
    def candidates(
        self,
        trajectory_id: int,
        scope: str = "wijk",
        categories: Iterable[str] | None = None,
        text: str = "",
    ) -> list[Candidate]:
        """Activities that can be proposed today: open ones (never closed or not yet started) in
        the client's wijk (plus gemeente-wide ones), the gemeente, or anywhere; of the need's
        categories (or `categories`; none given and none recorded = every category). Best first."""
        if scope not in SCOPES:
            raise ValueError(f"scope must be one of {SCOPES}")
        detail = self.desk.trajectory(trajectory_id)
        client = detail.client
        cats = tuple(categories) if categories is not None else self.need(trajectory_id).categories
        today = self.desk.today()
        age = dates.age_on(client.geboortedatum, today) if client.geboortedatum else None
        earlier = {
            m.activity_id: (m.uitkomst or "open") for m in reversed(self.history(trajectory_id))
        }
        g_client = (client.gemeente or "").strip().lower()
        w_client = (client.wijk or "").strip().lower()
        out = []
        for row in self.catalogue.search(CatalogueFilter(text=text)):
            a = row.activity
            if rules.offer_problems(a.naam, a.actief_van, a.actief_tot, today):
                continue
            g, w = (a.gemeente or "").strip().lower(), (a.wijk or "").strip().lower()
            same_g = bool(g_client) and g == g_client
            same_w = same_g and bool(w_client) and w == w_client
            area_wide = not g or (same_g and not w)
            if scope == "wijk" and not (same_w or area_wide or (not w_client and same_g)):
                continue
            if scope == "gemeente" and not (same_g or not g):
                continue
            fits = not cats or a.aanbod in cats
            if cats and not fits:
                continue
            out.append(
                Candidate(
                    row,
                    same_w,
                    same_g,
                    fits,
                    rules.suits_age(age, a.leeftijd_min, a.leeftijd_max),
                    earlier.get(a.id),
                )
            )
        out.sort(
            key=lambda c: (
                c.age_fits is False,
                not c.same_wijk,
                not c.same_gemeente,
                _ROOM_ORDER.get(c.activity.plek, 1),
                c.activity.naam.lower(),
            )
        )
        return out

    def propose(
        self,
        trajectory_id: int,
        activity_ids: Iterable[int],
        on: date | None = None,
        notitie: str | None = None,
    ) -> tuple[list[int], Changes]:
        """Propose one or more activities (all or none are recorded)."""

        on = on or self.desk.today()
        ids = list(dict.fromkeys(activity_ids))
        detail = self.desk.trajectory(trajectory_id)
        problems = list(process.can_progress(detail.state))
        t = detail.trajectory
        if t.kennismaking is None:
            problems.append(Violation("voorgesteld", "match_before_intake", {}))
        elif on < t.kennismaking:
            problems.append(
                Violation(
                    "voorgesteld",
                    "order_broken",
                    {
                        "first": "kennismaking",
                        "then": "voorgesteld",
                        "a": _fmt(t.kennismaking),
                        "b": _fmt(on),
                    },
                )
            )
        if on > self.desk.today():
            problems.append(
                Violation(
                    "voorgesteld", "date_in_future", {"field": "voorgesteld", "date": _fmt(on)}
                )
            )
        open_ids = {m.activity_id for m in self.history(trajectory_id) if m.is_open}
        with self.desk.store.transaction() as s:
            acts = []
            for aid in ids:
                a = s.get(Activity, aid)
                if a is None:
                    raise NotFound(what="Activiteit", id=aid)
                problems += rules.offer_problems(a.naam, a.actief_van, a.actief_tot, on)
                if aid in open_ids:
                    problems.append(Violation("activiteit", "match_open_twice", {"name": a.naam}))
                acts.append(a)
            _ensure(problems)
            made = []
            for a in acts:
                m = Match(
                    traject_id=trajectory_id,
                    activiteit_id=a.id,
                    voorgesteld=on,
                    notitie=strip_or_none(notitie, "notitie"),
                )
                s.add(m)
                s.flush()
                made.append(m.id)
        return made, Changes.of("match", [trajectory_id], [detail.client.id])

    def record_outcome(
        self,
        match_id: int,
        uitkomst: str,
        datum: date | None = None,
        afwijsreden: str | None = None,
        start: date | None = None,
        notitie: str | None = None,
    ) -> Changes:
        """Accepted (optionally with the start date: step 5), declined (with a reason) or not available."""
        datum = datum or self.desk.today()
        problems: list[Violation] = []
        if uitkomst not in codes.MATCH_UITKOMST:
            problems.append(_code_problem("uitkomst", uitkomst, codes.MATCH_UITKOMST))
        if uitkomst == "afgewezen" and not afwijsreden:
            problems.append(Violation("afwijsreden", "decline_needs_reason", {}))
        if afwijsreden and uitkomst != "afgewezen":
            problems.append(Violation("afwijsreden", "reason_only_when_declined", {}))
        if afwijsreden and afwijsreden not in codes.AFWIJSREDEN:
            problems.append(_code_problem("afwijsreden", afwijsreden, codes.AFWIJSREDEN))
        if start is not None and uitkomst != "geaccepteerd":
            problems.append(Violation("start", "match_not_accepted", {}))
        if datum > self.desk.today():
            problems.append(
                Violation("uitkomst", "date_in_future", {"field": "uitkomst", "date": _fmt(datum)})
            )
        with self.desk.store.transaction() as s:
            m, a, t = self._load(s, match_id)
            if m.uitkomst is not None:
                problems.append(
                    Violation(
                        "uitkomst",
                        "match_outcome_set",
                        {"outcome": codes.MATCH_UITKOMST.label(m.uitkomst)},
                    )
                )
            if t.afgerond is not None:
                problems.append(Violation("traject", "closed_cannot_change", {}))
            for name, d in (("uitkomst", datum), ("start", start)):
                if d is not None and d < m.voorgesteld:
                    problems.append(
                        Violation(
                            name,
                            "outcome_before_proposal",
                            {"date": _fmt(d), "proposed": _fmt(m.voorgesteld)},
                        )
                    )
            _ensure(problems)
            changes = self._start(s, m, a, start) if start is not None else None
            m.uitkomst, m.uitkomst_datum, m.afwijsreden = uitkomst, datum, afwijsreden
            if notitie and notitie.strip():
                m.notitie = "\n".join(x for x in (m.notitie, notitie.strip()) if x)

        return (changes or Changes()) | Changes.of("match", [t.id], [t.client_id])

    def record_start(self, match_id: int, start: date) -> Changes:
        """The accepted activity started (step 5): the trajectory gets its activity and start date."""
        with self.desk.store.transaction() as s:
            m, a, _t = self._load(s, match_id)
            if m.uitkomst != "geaccepteerd":
                _ensure([Violation("start", "match_not_accepted", {})])
            if m.start is not None:
                _ensure([Violation("start", "match_already_started", {"date": _fmt(m.start)})])
            if start < m.voorgesteld:
                _ensure(
                    [
                        Violation(
                            "start",
                            "outcome_before_proposal",
                            {"date": _fmt(start), "proposed": _fmt(m.voorgesteld)},
                        )
                    ]
                )
            return self._start(s, m, a, start)

    def _start(self, s, m: Match, a: Activity, start: date) -> Changes:
        # the trajectory's activity fields describe the current activity (the latest start)
        changes = self.desk.update_trajectory_in(
            s,
            m.traject_id,
            aanbod=a.aanbod,
            activiteit=a.naam,
            aanbieder=a.aanbieder,
            start_activiteit=start,
        )
        for other in s.exec(
            select(Match).where(
                Match.traject_id == m.traject_id,
                Match.id != m.id,
                Match.start.is_not(None),
                Match.gestopt.is_(None),
            )
        ).scalars():
            other.gestopt = (
                start  # one current activity per trajectory: a new start ends the earlier one
            )
        m.start = start
        return changes

    @staticmethod
    def _load(s, match_id: int) -> tuple[Match, Activity, Trajectory]:
        m = s.get(Match, match_id)
        if m is None:
            raise NotFound(what="Voorstel", id=match_id)
        a, t = s.get(Activity, m.activiteit_id), s.get(Trajectory, m.traject_id)
        assert a is not None and t is not None
        return m, a, t

    def delete_proposal(self, match_id: int) -> Changes:
        """Remove a proposal recorded by mistake (only while it has no outcome)."""

        with self.desk.store.transaction() as s:
            m, _a, t = self._load(s, match_id)
            if m.uitkomst is not None:
                _ensure(
                    [
                        Violation(
                            "uitkomst",
                            "match_outcome_set",
                            {"outcome": codes.MATCH_UITKOMST.label(m.uitkomst)},
                        )
                    ]
                )
            s.delete(m)
        return Changes.of("match", [t.id], [t.client_id])

    # -- history ------------------------------------------------------------------------------------
    def history(self, trajectory_id: int) -> list[MatchView]:
        """Every proposal of the trajectory, newest first."""
        today = self.desk.today()
        with self.desk.store.session() as s:
            rows = s.exec(
                select(Match, Activity)
                .join(Activity, Activity.id == Match.activiteit_id)
                .where(Match.traject_id == trajectory_id)
                .order_by(Match.voorgesteld.desc(), Match.id.desc())
            ).all()
        return [
            MatchView(
                m.id,
                m.traject_id,
                a.id,
                a.naam,
                a.aanbod,
                a.aanbieder,
                m.voorgesteld,
                m.uitkomst,
                m.uitkomst_datum,
                m.afwijsreden,
                m.start,
                m.gestopt,
                m.stopreden,
                m.notitie,
                rules.is_closed(a.actief_tot, today),
            )
            for m, a in rows
        ]

    def current(self, trajectory_id: int) -> MatchView | None:
        """The activity the client takes part in now (started, not stopped), if any."""
        return next((m for m in self.history(trajectory_id) if m.is_running), None)

    # -- follow-up (step 6) ---------------------------------------------------------------------------
    def planned_follow_up(self, trajectory_id: int) -> Contact | None:
        """The next planned follow-up contact (planned automatically when an activity starts)."""
        detail = self.desk.trajectory(trajectory_id)
        return next((c for c in detail.contacts if c.soort == "nazorg" and c.gepland), None)

    def record_follow_up(
        self,
        trajectory_id: int,
        datum: date,
        uitkomst: str | None,
        notitie: str | None = None,
        stopreden: str | None = None,
    ) -> Changes:
        """The follow-up contact held, with its outcome: still taking part, stopped (and why), or
        wants another match. The planned contact becomes the held one; none planned: a new one."""
        problems: list[Violation] = []
        if not uitkomst:
            problems.append(Violation("uitkomst", "followup_needs_outcome", {}))
        elif uitkomst not in codes.NAZORG_UITKOMST:
            problems.append(_code_problem("uitkomst", uitkomst, codes.NAZORG_UITKOMST))
        if uitkomst == "gestopt" and not stopreden:
            problems.append(Violation("stopreden", "followup_stopped_needs_why", {}))
        if stopreden and stopreden not in codes.AFWIJSREDEN:
            problems.append(_code_problem("stopreden", stopreden, codes.AFWIJSREDEN))
        detail = self.desk.trajectory(trajectory_id)
        if detail.trajectory.start_activiteit is None:
            problems.append(Violation("nazorg", "followup_no_activity", {}))
        _ensure(problems)
        notitie = strip_or_none(notitie, "notitie")
        planned = next((c for c in detail.contacts if c.soort == "nazorg" and c.gepland), None)
        if planned is not None:
            changes = self.desk.update_contact(
                planned.id, gepland=False, datum=datum, uitkomst=uitkomst, notitie=notitie
            )
        else:
            _cid, changes = self.desk.add_contact(
                trajectory_id, "nazorg", datum, notitie, uitkomst=uitkomst
            )
        if uitkomst == "gestopt":
            with self.desk.store.transaction() as s:
                for m in s.exec(
                    select(Match).where(
                        Match.traject_id == trajectory_id,
                        Match.start.is_not(None),
                        Match.gestopt.is_(None),
                    )
                ).scalars():
                    m.gestopt, m.stopreden = datum, stopreden
        return changes

    # -- gap report -----------------------------------------------------------------------------------
    def gap_report(self, van: date, tot: date) -> GapReport:
        """Needs without a match (trajectories whose intake lies in the period and that have a
        recorded need, and neither an accepted proposal nor a started activity) and declined / not available / stopped proposals dated in the period,
        per gemeente/wijk of the client and aanbod category."""
        if tot < van:
            raise InputError("gap_period_reversed", van=_fmt(van), tot=_fmt(tot))
        with self.desk.store.session() as s:
            trajs = s.exec(
                select(
                    Trajectory.id,
                    Trajectory.behoefte,
                    Trajectory.afgerond,
                    Client.gemeente,
                    Client.wijk,
                    Trajectory.start_activiteit,
                )
                .join(Client, Client.id == Trajectory.client_id)
                .where(Trajectory.kennismaking >= van, Trajectory.kennismaking <= tot)
            ).all()
            tids = [t[0] for t in trajs]
            cats: dict[int, list[str]] = {}
            for tid, code in s.exec(
                select(NeedCategory.traject_id, NeedCategory.code).where(
                    NeedCategory.traject_id.in_(tids)
                )
            ).all():
                cats.setdefault(tid, []).append(code)
            accepted = set(
                s.exec(
                    select(Match.traject_id).where(
                        Match.traject_id.in_(tids), Match.uitkomst == "geaccepteerd"
                    )
                ).scalars()
            )
            matches = s.exec(
                select(Match, Activity.aanbod, Client.gemeente, Client.wijk)
                .join(Activity, Activity.id == Match.activiteit_id)
                .join(Trajectory, Trajectory.id == Match.traject_id)
                .join(Client, Client.id == Trajectory.client_id)
            ).all()
        area = lambda g, w: ((g or "").strip() or UNKNOWN, (w or "").strip() or UNKNOWN)  # noqa: E731
        need_counts: dict[tuple[str, str, str], list[int]] = {}
        for tid, behoefte, afgerond, g, w, started in trajs:
            if not (behoefte or "").strip() and tid not in cats:
                continue
            for c in cats.get(tid) or [UNKNOWN]:
                cell = need_counts.setdefault((*area(g, w), c), [0, 0, 0, 0])
                cell[0] += 1
                # Matched: an accepted proposal on the Match tab, or an activity started any
                # other way (step 5 on the trajectory, the sheet import, the demo).
                if tid in accepted or started is not None:
                    cell[1] += 1
                elif afgerond is None:
                    cell[2] += 1
                else:
                    cell[3] += 1
        declines: Counter[tuple[str, str, str, str, str]] = Counter()
        for m, aanbod, g, w in matches:
            if (
                m.uitkomst in ("afgewezen", "niet_beschikbaar")
                and m.uitkomst_datum
                and van <= m.uitkomst_datum <= tot
            ):
                declines[(*area(g, w), aanbod, m.uitkomst, m.afwijsreden or "")] += 1
            if m.gestopt and m.stopreden and van <= m.gestopt <= tot:
                declines[(*area(g, w), aanbod, "gestopt", m.stopreden)] += 1
        order = {c: i for i, c in enumerate(codes.AANBOD.codes())}
        needs = tuple(
            GapRow(g, w, c, *v)
            for (g, w, c), v in sorted(
                need_counts.items(), key=lambda kv: (kv[0][0], kv[0][1], order.get(kv[0][2], 99))
            )
        )
        decl = tuple(
            DeclineRow(*k, n)
            for k, n in sorted(
                declines.items(),
                key=lambda kv: (kv[0][0], kv[0][1], order.get(kv[0][2], 99), kv[0][3], kv[0][4]),
            )
        )
        return GapReport(van, tot, needs, decl)

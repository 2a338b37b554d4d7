"""The rules of the six steps, in one place (pure functions, no store, no Qt).

`check` says which rules a trajectory's dates and codes break; `derive` says where a
trajectory is (current step, status) and what is due next. The Desk, the import, the
forms and the counts all call these; nothing else decides such things.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from wor_desk import codes
from wor_desk.dates import age_on
from wor_desk.errors import RuleViolation, Violation
from wor_desk.workdays import first_contact_deadline, next_workday

#: Default weeks between the start of an activity and the follow-up contact.
FOLLOW_UP_WEEKS = 6


@dataclass(frozen=True)
class TrajectoryFacts:
    """What the rules need to know of a trajectory: its dates and codes."""

    verwijsdatum: date | None
    verwijzer_type: str | None
    kanaal: str | None = None
    redenen: tuple[str, ...] = ()
    bezoekdatum: date | None = None
    eerste_contact: date | None = None
    kennismaking_gepland: date | None = None
    kennismaking: date | None = None
    aanbod: str | None = None
    start_activiteit: date | None = None
    afgerond: date | None = None
    afsluitreden: str | None = None
    gesprekken: tuple[date, ...] = ()  # held coaching conversations
    nazorg: tuple[date, ...] = ()  # held follow-up contacts
    gepland: tuple[tuple[str, date], ...] = ()  # planned contacts (soort, datum)
    terugkoppeling: tuple[date, ...] = ()
    pauzes: tuple[tuple[date, date | None], ...] = ()  # (van, tot)

    @property
    def is_self_referral(self) -> bool:
        return self.verwijzer_type == codes.SELF_REFERRAL


@dataclass(frozen=True, slots=True)
class TrajectoryState:
    """Where a trajectory stands: derived from its facts, never stored."""

    step: int  # 3..6: the step the trajectory is in (1 and 2 are done at registration)
    status: str  # codes.STATUS
    next_action: str | None  # codes.ACTIE
    due: date | None
    skipped_steps: tuple[int, ...] = field(default=())

    def is_overdue(self, today: date) -> bool:
        return self.due is not None and self.due < today

    def days_left(self, today: date) -> int | None:
        return None if self.due is None else (self.due - today).days


def _code_ok(out: list[Violation], field_: str, value: str | None, cl: codes.CodeList) -> None:
    if value is not None and value not in cl:
        out.append(cl.unknown(field_, value))


def check(f: TrajectoryFacts, today: date) -> list[Violation]:
    """Every rule the trajectory breaks (empty when it is valid)."""
    out: list[Violation] = []
    if f.verwijsdatum is None:
        out.append(Violation("verwijsdatum", "required", {"field": "verwijsdatum"}))
    if not f.verwijzer_type:
        out.append(Violation("verwijzer_type", "required", {"field": "verwijzer_type"}))
    _code_ok(out, "verwijzer_type", f.verwijzer_type, codes.VERWIJZER_TYPE)
    _code_ok(out, "kanaal", f.kanaal, codes.KANAAL)
    _code_ok(out, "aanbod", f.aanbod, codes.AANBOD)
    _code_ok(out, "afsluitreden", f.afsluitreden, codes.AFSLUITREDEN)
    for r in f.redenen:
        _code_ok(out, "reden", r, codes.REDEN)

    held: list[tuple[str, date | None]] = [
        ("verwijsdatum", f.verwijsdatum),
        ("bezoekdatum", f.bezoekdatum),
        ("eerste_contact", f.eerste_contact),
        ("kennismaking", f.kennismaking),
        ("start_activiteit", f.start_activiteit),
        ("afgerond", f.afgerond),
        *(("gesprek", d) for d in f.gesprekken),
        *(("nazorg", d) for d in f.nazorg),
        *(("terugkoppeling", d) for d in f.terugkoppeling),
        *(("pauze", van) for van, _ in f.pauzes),
        *(("pauze", tot) for _, tot in f.pauzes),
    ]
    for name, d in held:
        if d is not None and d > today:
            out.append(Violation(name, "date_in_future", {"field": name, "date": _fmt(d)}))

    v = f.verwijsdatum
    if v is not None:
        after_referral = [(n, d) for n, d in held if n not in ("verwijsdatum", "bezoekdatum")]
        after_referral += [("kennismaking_gepland", f.kennismaking_gepland)]
        after_referral += [(soort, d) for soort, d in f.gepland]
        for name, d in after_referral:
            if d is not None and d < v:
                out.append(
                    Violation(
                        name,
                        "date_before_referral",
                        {"field": name, "date": _fmt(d), "referral": _fmt(v)},
                    )
                )
        if f.bezoekdatum is not None and f.bezoekdatum > v:
            out.append(
                Violation("bezoekdatum", "visit_after_referral", {"date": _fmt(f.bezoekdatum)})
            )
    if f.is_self_referral and f.bezoekdatum is not None:
        out.append(Violation("bezoekdatum", "self_referral_no_visit", {}))
    _order(out, "eerste_contact", f.eerste_contact, "kennismaking", f.kennismaking)
    _order(out, "kennismaking", f.kennismaking, "start_activiteit", f.start_activiteit)
    if f.start_activiteit is not None and not f.aanbod:
        out.append(Violation("aanbod", "start_needs_aanbod", {}))
    if f.afgerond is not None and not f.afsluitreden:
        out.append(Violation("afsluitreden", "closing_needs_reason", {}))
    if f.afsluitreden and f.afgerond is None:
        out.append(Violation("afgerond", "reason_needs_closing_date", {}))

    open_pauses = [p for p in f.pauzes if p[1] is None]
    if len(open_pauses) > 1:
        out.append(Violation("pauze", "pause_twice", {}))
    spans = sorted(f.pauzes, key=lambda p: p[0])
    for van, tot in spans:
        if tot is not None and tot < van:
            out.append(
                Violation("pauze", "pause_end_before_start", {"start": _fmt(van), "end": _fmt(tot)})
            )
    for (_a_van, a_tot), (b_van, _) in zip(spans, spans[1:], strict=False):
        if a_tot is None or b_van < a_tot:
            out.append(Violation("pauze", "pause_overlap", {"date": _fmt(b_van)}))
    return out


def _order(out: list[Violation], first: str, a: date | None, then: str, b: date | None) -> None:
    if a is not None and b is not None and b < a:
        out.append(
            Violation(
                then, "order_broken", {"first": first, "then": then, "a": _fmt(a), "b": _fmt(b)}
            )
        )


def _fmt(d: date) -> str:
    return d.strftime("%d-%m-%Y")


def ensure_valid(f: TrajectoryFacts, today: date) -> None:
    """Raise RuleViolation listing every broken rule; return quietly when all hold."""
    problems = check(f, today)
    if problems:
        raise RuleViolation(problems)


def derive(
    f: TrajectoryFacts, today: date, follow_up_weeks: int = FOLLOW_UP_WEEKS
) -> TrajectoryState:
    """Current step, status and next due action of a trajectory."""
    skipped = (1, 2) if f.is_self_referral else ()
    if f.afgerond is not None:
        return _CLOSED[skipped]
    if any(tot is None for _, tot in f.pauzes):
        step = _step(f)
        return TrajectoryState(step, "gepauzeerd", "hervatten", None, skipped)
    step = _step(f)
    planned = lambda soort: min((d for s, d in f.gepland if s == soort), default=None)  # noqa: E731
    if step == 6:
        return TrajectoryState(6, "lopend", "afronden", None, skipped)
    if step == 5:
        assert f.start_activiteit is not None
        due = planned("nazorg") or follow_up_date(f.start_activiteit, follow_up_weeks)
        return TrajectoryState(5, "lopend", "nazorg", due, skipped)
    if step == 4:
        return TrajectoryState(4, "lopend", "matchen", planned("gesprek"), skipped)
    if f.eerste_contact is None and f.verwijsdatum is not None:
        return TrajectoryState(
            3, "lopend", "eerste_contact", first_contact_deadline(f.verwijsdatum), skipped
        )
    return TrajectoryState(3, "lopend", "kennismaking", f.kennismaking_gepland, skipped)


#: A closed trajectory's state, one shared value per skipped steps (lists derive 50,000).
_CLOSED = {s: TrajectoryState(6, "afgesloten", None, None, s) for s in ((), (1, 2))}


def follow_up_date(start: date, weeks: int = FOLLOW_UP_WEEKS) -> date:
    """When the follow-up contact after an activity start falls due: `weeks` after the start,
    moved to the next working day when that is a weekend day or a public holiday."""
    return next_workday(start + timedelta(weeks=weeks))


def _step(f: TrajectoryFacts) -> int:
    if f.afgerond is not None or f.nazorg:
        return 6
    if f.start_activiteit is not None:
        return 5
    if f.kennismaking is not None:
        return 4
    return 3


#: The target group of Welzijn op Recept is adults (DOMAIN.md): a younger client is allowed but warned about.
TARGET_MIN_AGE = 18


def referral_warnings(geboortedatum: date | None, verwijsdatum: date | None) -> list[Violation]:
    """What is doubtful but allowed about a referral (the form and the import show it; it
    never blocks): a client under 18 on the referral date."""
    if geboortedatum is None or verwijsdatum is None or geboortedatum > verwijsdatum:
        return []
    age = age_on(geboortedatum, verwijsdatum)
    if age < TARGET_MIN_AGE:
        return [Violation("geboortedatum", "warn_under_18", {"age": age, "min": TARGET_MIN_AGE})]
    return []


def check_new_referral(open_referrals: Iterable[date]) -> list[Violation]:
    """A client has at most one open trajectory: a new referral waits until it is closed."""
    dates = sorted(open_referrals)
    if dates:
        return [Violation("client", "client_has_open_trajectory", {"date": _fmt(dates[-1])})]
    return []


def can_pause(state: TrajectoryState) -> list[Violation]:
    if state.status == "afgesloten":
        return [Violation("pauze", "closed_cannot_change", {})]
    if state.status == "gepauzeerd":
        return [Violation("pauze", "already_paused", {})]
    return []


def can_resume(state: TrajectoryState) -> list[Violation]:
    if state.status != "gepauzeerd":
        return [Violation("pauze", "not_paused", {})]
    return []


def can_progress(state: TrajectoryState) -> list[Violation]:
    """Steps may be recorded on an open trajectory only; closing is allowed from any step."""
    if state.status == "afgesloten":
        return [Violation("traject", "closed_cannot_change", {})]
    if state.status == "gepauzeerd":
        return [Violation("traject", "paused_cannot_progress", {})]
    return []


#: Trajectory fields that record a step; filling one in is progress.
STEP_FIELDS = ("eerste_contact", "kennismaking", "start_activiteit")
#: Fields that may still be corrected on a closed trajectory (notes, not steps).
NOTE_FIELDS = ("reden_omschrijving", "klachten", "behoefte", "afsluit_toelichting")


def check_edit(state: TrajectoryState, before: dict, after: dict) -> list[Violation]:
    """May these field changes be made in the trajectory's current state?"""
    changed = {k for k in after if after[k] != before.get(k)}
    if state.status == "afgesloten" and changed - set(NOTE_FIELDS) - {"afgerond", "afsluitreden"}:
        return [Violation("traject", "closed_cannot_change", {})]
    if state.status == "gepauzeerd" and any(
        before.get(k) is None and after.get(k) is not None for k in STEP_FIELDS
    ):
        return [Violation("traject", "paused_cannot_progress", {})]
    return []


def check_feedback_allowed(consent: bool | None) -> list[Violation]:
    """Feedback to the referrer only with the client's recorded consent."""
    if consent is not True:
        return [Violation("toestemming_terugkoppeling", "feedback_needs_consent", {})]
    return []


def may_share_contact(consent: bool | None) -> bool:
    """The client's contact details go to an activity provider only with recorded consent
    (`toestemming_gegevens` is yes); no and not recorded both mean: do not pass them on."""
    return consent is True


#: The feedback moments a referrer gets unless their practice says otherwise.
DEFAULT_FEEDBACK_MOMENTS = ("intake", "afronding")
#: The moments a trajectory reaches by its dates (a free letter, "vrij", is never due).
REACHABLE_FEEDBACK_MOMENTS = ("intake", "start", "afronding")


def practice_key(name: str | None) -> str:
    """A practice name as compared everywhere: case- and space-insensitively (INDICATORS.md)."""
    return "".join((name or "").split()).casefold()


def check_feedback_moments(moments: Iterable[str]) -> list[Violation]:
    """A practice's wanted moments must be moments a trajectory can reach."""
    bad = [m for m in moments if m not in REACHABLE_FEEDBACK_MOMENTS]
    if bad:
        return [
            Violation(
                "momenten",
                "feedback_moment_unknown",
                {"value": ", ".join(bad), "codes": ", ".join(REACHABLE_FEEDBACK_MOMENTS)},
            )
        ]
    return []


#: Vandaag lists a due feedback letter for this many days after its moment; older ones are history.
FEEDBACK_DUE_WINDOW_DAYS = 60


def moment_date(f: TrajectoryFacts, moment: str) -> date | None:
    """The day a trajectory reached a feedback moment (None for a free letter or not reached)."""
    return {"intake": f.kennismaking, "start": f.start_activiteit, "afronding": f.afgerond}.get(
        moment
    )


def recent_feedback_due(f: TrajectoryFacts, due: Iterable[str], today: date) -> list[str]:
    """The due moments reached within FEEDBACK_DUE_WINDOW_DAYS: what Vandaag should still show."""
    return [
        m
        for m in due
        if (d := moment_date(f, m)) is not None and (today - d).days <= FEEDBACK_DUE_WINDOW_DAYS
    ]


def feedback_due(
    f: TrajectoryFacts,
    consent: bool | None,
    sent: tuple[tuple[str | None, date], ...],
    wanted: tuple[str, ...] = DEFAULT_FEEDBACK_MOMENTS,
) -> list[str]:
    """The feedback moments this trajectory has reached, the referrer wants, and no letter covers yet.

    `sent` holds (moment, date) of every feedback logged. Self-referrals have no referrer."""
    if consent is not True or f.is_self_referral:
        return []
    due = []
    for moment in wanted:
        on = moment_date(f, moment)
        if on is None:
            continue
        if any(m == moment or (m is None and d >= on) for m, d in sent):
            continue
        due.append(moment)
    return due


#: The sections of Vandaag, in the order the screen shows them.
ATTENTION_SECTIONS = ("first_contact", "planned", "follow_up", "feedback", "paused")


@dataclass(frozen=True, slots=True)
class Attention:
    """One line on Vandaag: what a trajectory asks of the coach, and on which days it shows.

    Time enters only through `shown_from` and `shown_until`: the line shows on `today` with a
    horizon (`today + horizon_days`) when `shows(today, horizon)`. So a line computed at the
    last write stays true as the days pass, and can be stored (see `wor_desk.attention`)."""

    section: str  # ATTENTION_SECTIONS
    what: str  # codes.ACTIE, a planned contact's kind, "kennismaking" or "terugkoppeling"
    due: date | None
    note: str | None = None
    shown_from: date | None = None  # None: at once; else once the horizon reaches this day
    shown_until: date | None = None  # None: as long as it holds; else the last day it shows

    def shows(self, today: date, horizon: date) -> bool:
        return (self.shown_from is None or self.shown_from <= horizon) and (
            self.shown_until is None or self.shown_until >= today
        )


def attention(
    f: TrajectoryFacts,
    state: TrajectoryState,
    consent: bool | None,
    sent: tuple[tuple[str | None, date], ...],
    wanted: tuple[str, ...] = DEFAULT_FEEDBACK_MOMENTS,
    planned_notes: tuple[str | None, ...] = (),
    pause_reasons: tuple[str | None, ...] = (),
) -> list[Attention]:
    """Every line Vandaag may show for this trajectory, each with the days it shows on.

    `planned_notes` are the notes of `f.gepland` (same order), `pause_reasons` the reasons of
    `f.pauzes`. A closed trajectory asks only for a closing letter, for FEEDBACK_DUE_WINDOW_DAYS
    after closing, when the client consented and no feedback was logged since closing."""
    window = timedelta(days=FEEDBACK_DUE_WINDOW_DAYS)
    out: list[Attention] = []
    closed_until: date | None = None
    if f.afgerond is not None:
        if consent is not True or any(d >= f.afgerond for d in f.terugkoppeling):
            return []
        closed_until = f.afgerond + window
    if state.status == "gepauzeerd":
        van, reden = max(
            (
                (p[0], r)
                for p, r in zip(f.pauzes, _aligned(pause_reasons, f.pauzes), strict=True)
                if p[1] is None
            ),
            key=lambda pause: pause[0],  # by start only: a reason may be None
        )
        out.append(Attention("paused", "hervatten", van, reden))
    elif state.status == "lopend":
        if state.next_action == "eerste_contact":
            out.append(Attention("first_contact", "eerste_contact", state.due))
        if state.next_action == "nazorg" and state.due is not None:
            out.append(Attention("follow_up", "nazorg", state.due, shown_from=state.due))
        if f.kennismaking is None and f.kennismaking_gepland:
            kg = f.kennismaking_gepland
            out.append(Attention("planned", "kennismaking", kg, shown_from=kg))
        for (soort, datum), notitie in zip(
            f.gepland, _aligned(planned_notes, f.gepland), strict=True
        ):
            if not (soort == "nazorg" and state.next_action == "nazorg"):
                out.append(Attention("planned", soort, datum, notitie, shown_from=datum))
    for moment in feedback_due(f, consent, sent, wanted):
        d = moment_date(f, moment)
        if d is None:
            continue
        until = d + window if closed_until is None else min(d + window, closed_until)
        out.append(Attention("feedback", "terugkoppeling", d, moment, shown_until=until))
    return out


def _aligned(notes: tuple[str | None, ...], rows: tuple) -> tuple[str | None, ...]:
    return notes if len(notes) == len(rows) else (None,) * len(rows)

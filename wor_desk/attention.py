"""Vandaag's lines, stored: `process.attention` of every trajectory, kept current at every
write, so that Vandaag reads only the lines that show today instead of deriving thousands of
open trajectories on each visit.

This is derived state, never edited by hand, and it cannot drift from the rules:
- `vandaag_regel` holds the lines of `process.attention` per trajectory, each with the days it
  shows on (`vanaf`, `tot`). "Today" and the horizon are query parameters: the days passing
  change nothing stored.
- `vandaag_wachtrij` holds the trajectories whose lines may be out of date. Triggers (migration
  0011) queue a trajectory whenever a row its lines derive from is written, by any writer (the
  ORM, the importer's bulk inserts, a hand-over, raw SQL), and queue all of them when the
  follow-up weeks or a practice's letter moments change.
- `refresh` runs in every store transaction just before it commits (`Store.on_commit`): it
  recomputes the queued trajectories with the rules and empties the queue, in the same
  transaction as the write.
- `overview` reads stored lines only for trajectories that are not queued; the queued ones (a
  write outside a store transaction) it derives on the spot. So Vandaag is right even then.
- `vandaag_regels` keeps a fingerprint of the code of the rules. When a new version of WoR Desk
  changes a rule, the fingerprint differs at unlock and every trajectory is recomputed
  (`check_rules`); the migration that made the tables leaves it empty, which fills them.

Not client work: these tables are not audited and not carried in a hand-over (the receiving
desk's triggers queue what it takes in).
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from types import CodeType, FunctionType, ModuleType

import holidays
from sqlalchemy import (
    Column,
    ColumnElement,
    Date,
    Integer,
    String,
    Table,
    and_,
    delete,
    insert,
    or_,
    select,
)
from sqlmodel import Session, SQLModel

from wor_desk import codes, trajectory_facts, workdays
from wor_desk.domain import letters as letter_prefs
from wor_desk.domain import process
from wor_desk.domain.handover import HandoverTrajectory
from wor_desk.domain.models import Client, Contact, Feedback, Pause, Setting, Trajectory
from wor_desk.domain.models import TrajectoryReason as Reason
from wor_desk.trajectory_facts import FactRow, bulk_objects, facts_of, iso_date, iso_text
from wor_desk.values import Today, TodayItem
from wor_desk.workdays import workdays_between

metadata = SQLModel.metadata
LINES = Table(
    "vandaag_regel",
    metadata,
    Column("traject_id", Integer, primary_key=True),
    Column("nr", Integer, primary_key=True),
    Column("sectie", String(16), nullable=False),
    Column("wat", String(32), nullable=False),
    Column("datum", Date),
    Column("notitie", String),
    Column("vanaf", Date),
    Column("tot", Date),
)
QUEUE = Table("vandaag_wachtrij", metadata, Column("traject_id", Integer, primary_key=True))
RULES = Table("vandaag_regels", metadata, Column("vingerafdruk", String(64), nullable=False))
#: Derived, not the client's work: not audited (wor_desk.store.audit), not carried in a
#: hand-over (wor_desk.handover: the receiving desk derives its own).
TABLES = frozenset({LINES.name, QUEUE.name, RULES.name})


@dataclass(frozen=True)
class Snapshot:
    """A trajectory as Vandaag's rules see it, read lean (plain rows, no ORM objects)."""

    id: int
    client_id: int
    naam: str
    facts: process.TrajectoryFacts
    state: process.TrajectoryState
    consent: bool | None
    planned_notes: tuple[str | None, ...]  # the notes of facts.gepland
    pause_reasons: tuple[str | None, ...]  # the reasons of facts.pauzes
    sent: tuple[tuple[str | None, date], ...]  # feedback (moment, datum)
    wanted: tuple[str, ...]  # feedback moments the practice wants

    def lines(self) -> list[process.Attention]:
        return process.attention(
            self.facts,
            self.state,
            self.consent,
            self.sent,
            self.wanted,
            self.planned_notes,
            self.pause_reasons,
        )


def follow_up_weeks(s: Session) -> int:
    row = s.get(Setting, "nazorg_na_weken")
    return int(json.loads(row.waarde)) if row else process.FOLLOW_UP_WEEKS


def snapshots(s: Session, which: ColumnElement[bool], today: date) -> list[Snapshot]:
    """The trajectories matching `which` (a condition on the trajectory table), read in one
    query per table (no id lists), with their facts and state."""
    with bulk_objects():  # all of them when the rules changed
        return _snapshots(s, which, today)


def _snapshots(s: Session, which: ColumnElement[bool], today: date) -> list[Snapshot]:
    weeks = follow_up_weeks(s)
    T, C = Trajectory.__table__.c, Client.__table__.c
    K, P, F, R = Contact.__table__.c, Pause.__table__.c, Feedback.__table__.c, Reason.__table__.c
    ids = select(T.id).where(which)
    conn = s.connection()
    redenen: dict[int, list[str]] = {}
    for tid, code in conn.execute(select(R.traject_id, R.code).where(R.traject_id.in_(ids))):
        redenen.setdefault(tid, []).append(code)
    contacts: dict[int, list[tuple[str, date, bool, str | None]]] = {}
    for tid, soort, datum, gepland, notitie in conn.execute(
        select(K.traject_id, K.soort, iso_text(K.datum), K.gepland, K.notitie)
        .where(K.traject_id.in_(ids))
        .order_by(K.traject_id, K.datum, K.id)
    ):
        contacts.setdefault(tid, []).append((soort, iso_date(datum), bool(gepland), notitie))
    pauses: dict[int, list[tuple[date, date | None, str | None]]] = {}
    for tid, van, tot, reden in conn.execute(
        select(P.traject_id, iso_text(P.van), iso_text(P.tot), P.reden)
        .where(P.traject_id.in_(ids))
        .order_by(P.traject_id, P.van, P.id)
    ):
        pauses.setdefault(tid, []).append((iso_date(van), iso_date(tot), reden))
    sent: dict[int, list[tuple[str | None, date]]] = {}
    for tid, moment, datum in conn.execute(
        select(F.traject_id, F.moment, iso_text(F.datum))
        .where(F.traject_id.in_(ids))
        .order_by(F.traject_id, F.id)
    ):
        sent.setdefault(tid, []).append((moment, iso_date(datum)))
    q = (
        select(
            T.id,
            T.client_id,
            C.voornaam,
            C.achternaam,
            T.toestemming_terugkoppeling,
            T.verwijzer_praktijk,
            T.verwijzer_type,
            T.kanaal,
            T.aanbod,
            T.afsluitreden,
            *(iso_text(T[c]) for c in FactRow.DATES),
        )
        .join(Client.__table__, C.id == T.client_id)
        .where(which)
        .order_by(T.id)
    )
    return [
        _snapshot(s, row, today, weeks, redenen, contacts, pauses, sent) for row in conn.execute(q)
    ]


def _snapshot(s: Session, row, today, weeks, redenen, contacts, pauses, sent) -> Snapshot:
    tid, cid, voornaam, achternaam, consent, praktijk, *rest = row
    kc = contacts.get(tid, [])
    kp = pauses.get(tid, [])
    ks = tuple(sent.get(tid, ()))
    facts = facts_of(
        FactRow.of(rest),
        sorted(redenen.get(tid, ())),
        [c[:3] for c in kc],
        [p[:2] for p in kp],
        [d for _, d in ks],
    )
    return Snapshot(
        tid,
        cid,
        f"{voornaam} {achternaam}" if voornaam else achternaam,
        facts,
        process.derive(facts, today, weeks),
        consent,
        tuple(c[3] for c in kc if c[2]),
        tuple(p[2] for p in kp),
        ks,
        letter_prefs.wanted_moments(s, praktijk),
    )


# -- keeping the lines current ------------------------------------------------------------------
#: Trajectories recomputed per step of `refresh`: a commit that queued a whole sheet import
#: (100,000 trajectories) is recomputed in steps, never held whole (memory stays bounded).
REFRESH_CHUNK = 2000


def refresh(s: Session, today: date) -> int:
    """Recompute the lines of the queued trajectories and empty the queue (in `s`'s
    transaction), `REFRESH_CHUNK` trajectories at a time. Returns how many were recomputed."""
    s.flush()  # the ORM's pending writes fire their triggers first
    # the practices' moments as they are now, not as an earlier read in this session cached them
    s.info.pop(letter_prefs._CACHE_KEY, None)
    conn = s.connection()
    Q, T = QUEUE.c.traject_id, Trajectory.__table__.c
    ids = [tid for (tid,) in conn.execute(select(Q).order_by(Q))]
    if not ids:
        return 0
    done = 0
    for i in range(0, len(ids), REFRESH_CHUNK):
        lo, hi = ids[i], ids[min(i + REFRESH_CHUNK, len(ids)) - 1]
        queued = select(Q).where(Q.between(lo, hi))
        snaps = snapshots(s, and_(T.id.between(lo, hi), T.id.in_(queued)), today)
        conn.execute(
            delete(LINES).where(LINES.c.traject_id.between(lo, hi), LINES.c.traject_id.in_(queued))
        )
        rows = [
            {
                "traject_id": sn.id,
                "nr": nr,
                "sectie": a.section,
                "wat": a.what,
                "datum": a.due,
                "notitie": a.note,
                "vanaf": a.shown_from,
                "tot": a.shown_until,
            }
            for sn in snaps
            for nr, a in enumerate(sn.lines())
        ]
        if rows:
            conn.execute(insert(LINES), rows)
        done += len(snaps)
    conn.execute(delete(QUEUE))
    return done


def requeue_all(s: Session) -> None:
    """Queue every trajectory (the next `refresh` recomputes them all)."""
    conn = s.connection()
    conn.execute(delete(QUEUE))
    conn.execute(insert(QUEUE).from_select(["traject_id"], select(Trajectory.__table__.c.id)))


def check_rules(s: Session, today: date) -> bool:
    """At unlock: when the rules' code is not the code the lines were computed with (a new
    version of WoR Desk, or a store just migrated to these tables), recompute every line.
    Returns whether it did."""
    conn = s.connection()
    if conn.execute(select(RULES.c.vingerafdruk)).scalar() == FINGERPRINT:
        return False
    requeue_all(s)
    refresh(s, today)
    conn.execute(delete(RULES))
    conn.execute(insert(RULES).values(vingerafdruk=FINGERPRINT))
    return True


# -- Vandaag --------------------------------------------------------------------------------------
def overview(s: Session, day: date, horizon_days: int = 7) -> Today:
    """What the coach should look at on `day` (the Vandaag screen): the stored lines that show
    on `day` (one indexed query), and the lines of any queued trajectory derived on the spot."""
    horizon = day + timedelta(days=horizon_days)
    L, T, C = LINES.c, Trajectory.__table__.c, Client.__table__.c
    handed_over = select(HandoverTrajectory.traject_id)
    queued = select(QUEUE.c.traject_id)
    q = (
        select(
            L.traject_id,
            T.client_id,
            C.voornaam,
            C.achternaam,
            L.sectie,
            L.wat,
            iso_text(L.datum),
            L.notitie,
        )
        .join(Trajectory.__table__, T.id == L.traject_id)
        .join(Client.__table__, C.id == T.client_id)
        .where(
            or_(L.vanaf.is_(None), L.vanaf <= horizon),
            or_(L.tot.is_(None), L.tot >= day),
            L.traject_id.not_in(handed_over),
            L.traject_id.not_in(queued),
        )
        .order_by(L.traject_id, L.nr)
    )
    conn = s.connection()
    sections: dict[str, list[TodayItem]] = {k: [] for k in process.ATTENTION_SECTIONS}
    iso = date.fromisoformat
    for tid, cid, voornaam, achternaam, sectie, wat, datum, notitie in conn.execute(q):
        due = iso(datum) if datum else None
        sections[sectie].append(
            _item(tid, cid, voornaam, achternaam, sectie, wat, due, notitie, day)
        )
    stale = and_(Trajectory.__table__.c.id.in_(queued), T.id.not_in(handed_over))
    if conn.execute(queued.limit(1)).first() is not None:
        for sn in snapshots(s, stale, day):
            for a in sn.lines():
                if a.shows(day, horizon):
                    sections[a.section].append(
                        TodayItem(
                            sn.id,
                            sn.client_id,
                            sn.naam,
                            a.what,
                            a.due,
                            *_left(a.section, a.due, day),
                            a.note,
                        )
                    )
    key = lambda i: (i.due or date.max, i.naam)  # noqa: E731
    return Today(day, *(tuple(sorted(sections[k], key=key)) for k in process.ATTENTION_SECTIONS))


def _item(tid, cid, voornaam, achternaam, sectie, wat, due, notitie, day) -> TodayItem:
    naam = f"{voornaam} {achternaam}" if voornaam else achternaam
    return TodayItem(tid, cid, naam, wat, due, *_left(sectie, due, day), notitie)


def _left(section: str, due: date | None, day: date) -> tuple[int | None, int | None]:
    """Days left (calendar), and working days left for a first contact."""
    if due is None:
        return None, None
    return (due - day).days, workdays_between(day, due) if section == "first_contact" else None


# -- the fingerprint of the rules -----------------------------------------------------------------
def _fingerprint(*modules: ModuleType) -> str:
    """A hash of the code of every function and class the lines are computed with (byte code,
    names and constants; not line numbers or file names), of the modules' constants and of the
    holiday calendar's version."""
    h = hashlib.sha256(str(getattr(holidays, "__version__", "")).encode())

    def const(v: object) -> None:
        if isinstance(v, CodeType):
            h.update(v.co_code)
            h.update(repr((v.co_names, v.co_varnames)).encode())
            for c in v.co_consts:
                const(c)
        elif isinstance(v, frozenset | set):
            h.update(repr(sorted(map(repr, v))).encode())
        else:
            h.update(repr(v).encode())

    def code(obj: object) -> None:
        if isinstance(obj, classmethod | staticmethod):
            code(obj.__func__)
        elif isinstance(obj, FunctionType):
            const(obj.__code__)
            h.update(repr(obj.__defaults__).encode())
        elif isinstance(obj, property) and obj.fget is not None:
            code(obj.fget)
        elif callable(obj) and hasattr(obj, "__wrapped__"):  # lru_cache, functools.wraps
            code(obj.__wrapped__)

    for mod in modules:
        for name, obj in sorted(vars(mod).items()):
            if getattr(obj, "__module__", None) == mod.__name__:
                if isinstance(obj, type):
                    for attr_name, attr in vars(obj).items():
                        if attr_name.isupper() and isinstance(attr, int | str | tuple | frozenset):
                            h.update(attr_name.encode())
                            const(attr)
                        code(attr)
                else:
                    code(obj)
            elif name.isupper() and isinstance(obj, int | str | tuple | frozenset):
                h.update(name.encode())
                const(obj)
    return h.hexdigest()


FINGERPRINT = _fingerprint(
    process, workdays, trajectory_facts, codes, letter_prefs, sys.modules[__name__]
)

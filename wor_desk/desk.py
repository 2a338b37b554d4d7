"""Desk: the top of the core, the one service API over an open profile.

The CLI and the Qt client call only this (plus the values of `wor_desk.values`). Desk holds
the clients and trajectories itself and reaches the features as services: `desk.catalogue`,
`desk.matching`, `desk.letters`, `desk.counts`, `desk.sync`. Those services are built on the
`wor_desk.values.Caseload` protocol that Desk provides and never import this module, so the
imports run one way (checked by import-linter, see pyproject.toml).

Writes validate first (the rules of `wor_desk.domain`), then write in one transaction, and
return a `Changes` value saying what changed so that open screens can refresh. Reads return
plain values (`wor_desk.values`: detached model objects and frozen dataclasses), never a live
session.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import (
    and_,
    case,
    delete,
    func,
    or_,
    select,
)
from sqlmodel import Session

from wor_desk import attention, codes, referrers, regional, wijken
from wor_desk.domain import clients as client_rules
from wor_desk.domain import letters as letter_prefs
from wor_desk.domain import process
from wor_desk.domain import text as text_rules
from wor_desk.domain.models import (
    Client,
    Contact,
    Feedback,
    Pause,
    Setting,
    Trajectory,
    TrajectoryReason,
    now_utc,
)
from wor_desk.errors import NotFound, RuleViolation, Violation
from wor_desk.privacy import PrivacyService
from wor_desk.privacy.backups import BackupFile, BackupService, list_backups
from wor_desk.referrers import ReferrerRegister
from wor_desk.regional import RegionalCodes
from wor_desk.store import Store, attempts, paths
from wor_desk.store import restore as _restore
from wor_desk.store import status as store_status
from wor_desk.store import unlock as store_unlock
from wor_desk.trajectory_facts import (
    FACT_FIELDS,
    FactRow,
    bulk_objects,
    iso_text,
    model_facts,
    row_facts,
)
from wor_desk.values import (
    Changes,
    ClientMatch,
    Status,
    Today,
    TodayItem,  # noqa: F401  (re-exported: the Vandaag view imports it from here)
    TrajectoryDetail,
    TrajectoryFilter,
    TrajectoryRow,
    search_text,
    stripped,
)

if TYPE_CHECKING:  # pragma: no cover
    from wor_desk.reports import CountsService

#: Profile settings and their defaults (values are JSON).
DEFAULT_SETTINGS: dict[str, object] = {
    "organisatie_naam": "",
    "organisatie_adres": "",
    "coach_naam": "",
    "coach_telefoon": "",
    "coach_email": "",
    "organisatie_logo": "",  # PNG/JPEG as base64 (wor_desk.letters); kept inside the encrypted store
    "werkgebied": [],  # [{"gemeente": "...", "wijken": ["...", ...]}, ...]
    "taal": "nl",
    "auto_lock_minuten": 5,
    "nazorg_na_weken": process.FOLLOW_UP_WEEKS,
    "sociale_kaart_controle_maanden": 6,  # entries not checked for this long are flagged
    "is_demo": False,
    "bewaartermijn_maanden": 24,  # closed trajectories are erased this many months after closing
    "bewaartermijn_automatisch": False,  # erase them on unlock without asking the coach
}

CLIENT_FIELDS = client_rules.CLIENT_FIELDS
REFERRAL_FIELDS = (
    "verwijsdatum",
    "bezoekdatum",
    "klachten",
    "verwijzer_naam",
    "verwijzer_praktijk",
    "verwijzer_type",
    "kanaal",
    "reden_omschrijving",
    "toestemming_gegevens",
    "toestemming_terugkoppeling",
)
#: Fields `update_trajectory` accepts (closing, pausing and feedback have their own methods).
EDITABLE_FIELDS = (
    *REFERRAL_FIELDS,
    "eerste_contact",
    "kennismaking_gepland",
    "kennismaking",
    "behoefte",
    "aanbod",
    "activiteit",
    "aanbieder",
    "start_activiteit",
    "afsluit_toelichting",
    "redenen",
)


class Desk:
    """The service API over one unlocked profile."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self._today = today
        regional.apply(self)  # the region's own codes (e.g. referral reasons) while open
        # Vandaag's stored lines: recomputed before every commit, and all of them at unlock
        # when the rules changed since they were computed
        store.on_commit.append(self._refresh_attention)
        try:
            with store.transaction() as s:
                attention.check_rules(s, self.today())
        except BaseException:  # the unlock fails: nothing of this profile stays open
            store.on_commit.remove(self._refresh_attention)
            regional.release(self)
            store.close()
            raise

    def _refresh_attention(self, s: Session) -> None:
        attention.refresh(s, self.today())

    # -- life cycle -----------------------------------------------------------------------
    @classmethod
    def create(cls, profile: str, passphrase: str, **kw) -> Desk:
        return cls(Store.create(paths.profile_dir(profile), passphrase, profile), **kw)

    @classmethod
    def open(cls, profile: str, passphrase: str, *, full_check: bool = False, **kw) -> Desk:
        """Unlock a profile. The whole file is checked when `full_check` is set, else only when
        store/checks.py says so (an unclean close, the last full check a week old)."""
        store = Store.open(paths.profile_dir(profile), passphrase, profile, full_check=full_check)
        return cls(store, **kw)

    @classmethod
    def open_guarded(cls, profile: str, passphrase: str, **kw) -> Desk:
        """`open` for the desk app: after repeated wrong passphrases a growing wait applies
        (UnlockWait says how long; see store/attempts.py). The CLI uses `open`."""
        return attempts.guarded(
            paths.profile_dir(profile), lambda: cls.open(profile, passphrase, **kw)
        )

    @staticmethod
    def check_passphrase(profile: str, passphrase: str) -> None:
        """For the app's lock screen: raise unless `passphrase` unlocks `profile` (the same
        checks and growing wait as `open_guarded`: WrongPassphrase, UnlockWait, DamagedStore).
        Opens no second store, so the open profile is not checked in full again
        (store/checks.py: a store open elsewhere is not closed cleanly)."""
        folder = paths.profile_dir(profile)
        attempts.guarded(folder, lambda: store_unlock.unlock(folder, passphrase, profile))

    @staticmethod
    def unlock_wait(profile: str) -> int:
        """Seconds the desk app must still wait before trying a passphrase for `profile`."""
        return attempts.Attempts(paths.profile_dir(profile)).remaining()

    @classmethod
    def restore(cls, profile: str, backup: Path, passphrase: str, **kw) -> tuple[Desk, Path | None]:
        store, kept = _restore(paths.profile_dir(profile), backup, passphrase, profile)
        return cls(store, **kw), kept

    @staticmethod
    def list_backups(profile: str) -> list[BackupFile]:
        """The profile's automatic backups, newest first, read without unlocking (the unlock
        screen offers them when the store is damaged)."""
        return list_backups(profile)

    def close(self) -> None:
        regional.release(self)
        self.store.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def profile(self) -> str:
        return self.store.profile

    def today(self) -> date:
        return self._today()

    def session(self) -> Session:
        """A short-lived read session (for modules of the core that build on Desk)."""
        return self.store.session()

    def backup(self, target: Path) -> dict[str, int]:
        """A verified encrypted copy; after an erasure the store is vacuumed first."""
        return self.privacy.backup(target)

    def rekey(self, new_passphrase: str) -> None:
        self.store.rekey(new_passphrase)

    # -- settings -----------------------------------------------------------------------------
    def settings(self) -> dict[str, object]:
        with self.store.session() as s:
            stored = {
                row.sleutel: json.loads(row.waarde) for row in s.exec(select(Setting)).scalars()
            }
        return {**DEFAULT_SETTINGS, **stored}

    def setting(self, key: str) -> object:
        return self.settings().get(key, DEFAULT_SETTINGS.get(key))

    def update_settings(self, **values: object) -> Changes:
        with self.store.transaction() as s:
            for k, v in values.items():
                s.merge(Setting(sleutel=k, waarde=json.dumps(v, ensure_ascii=False)))
        return Changes.of("settings")

    # -- clients ------------------------------------------------------------------------------
    def referral_warnings(
        self, geboortedatum: date | None, verwijsdatum: date | None
    ) -> list[Violation]:
        """What is doubtful but allowed about a referral (a client under 18): the form shows it."""
        return process.referral_warnings(geboortedatum, verwijsdatum)

    def next_client_nr(self) -> str:
        """A free client number of the form W000123 for a coach who keeps no numbers of their own."""
        with self.store.session() as s:
            nrs = (
                s.exec(select(Client.client_nr).where(Client.client_nr.like("W%"))).scalars().all()
            )
        n = max((int(x[1:]) for x in nrs if x[1:].isdigit()), default=0)
        return f"W{n + 1:06d}"

    def client(self, client_id: int) -> Client:
        with self.store.session() as s:
            c = s.get(Client, client_id)
            if c is None:
                raise NotFound(what="Cliënt", id=client_id)
            return c

    def client_by_nr(self, client_nr: str) -> Client | None:
        with self.store.session() as s:
            return s.exec(select(Client).where(Client.client_nr == client_nr)).scalars().first()

    def find_clients(
        self, text: str = "", geboortedatum: date | None = None, limit: int = 20
    ) -> list[ClientMatch]:
        """Existing clients by name, client number or birth date: to avoid registering twice."""
        conds = []
        for word in text.split():
            like = f"%{word}%"
            conds.append(
                or_(
                    Client.voornaam.ilike(like),
                    Client.achternaam.ilike(like),
                    Client.client_nr.ilike(like),
                )
            )
        if geboortedatum is not None:
            conds.append(Client.geboortedatum == geboortedatum)
        if not conds:
            return []
        n_traj = select(func.count()).where(Trajectory.client_id == Client.id).scalar_subquery()
        open_id = (
            select(func.max(Trajectory.id))
            .where(Trajectory.client_id == Client.id, Trajectory.afgerond.is_(None))
            .scalar_subquery()
        )
        q = (
            select(Client, n_traj, open_id)
            .where(and_(*conds))
            .order_by(Client.achternaam, Client.voornaam)
            .limit(limit)
        )
        with self.store.session() as s:
            return [ClientMatch(c, n, o) for c, n, o in s.exec(q).all()]

    def add_client(self, **fields: object) -> tuple[int, Changes]:
        data = self._clean_client({k: fields.get(k) for k in CLIENT_FIELDS})
        if not data.get("client_nr"):
            data["client_nr"] = self.next_client_nr()
        self._ensure(client_rules.check_client(data, self.today()))
        with self.store.transaction() as s:
            self._ensure_free_nr(s, data["client_nr"], None)
            c = Client(**data)
            s.add(c)
            s.flush()
            assert c.id is not None
            return c.id, Changes.of("client", clients=[c.id])

    def update_client(self, client_id: int, **fields: object) -> Changes:
        with self.store.transaction() as s:
            return self._update_client_in(s, client_id, **fields)

    def _update_client_in(self, s: Session, client_id: int, **fields: object) -> Changes:
        unknown = set(fields) - set(CLIENT_FIELDS)
        if unknown:
            raise ValueError(f"not client fields: {sorted(unknown)}")
        c = s.get(Client, client_id)
        if c is None:
            raise NotFound(what="Cliënt", id=client_id)
        data = self._clean_client({**{k: getattr(c, k) for k in CLIENT_FIELDS}, **fields})
        self._ensure(client_rules.check_client(data, self.today()))
        if data["client_nr"] != c.client_nr:
            self._ensure_free_nr(s, data["client_nr"], client_id)
        for k, v in data.items():
            setattr(c, k, v)
        c.gewijzigd = now_utc()
        return Changes.of("client", clients=[client_id])

    def save_trajectory_form(
        self,
        trajectory_id: int,
        trajectory: dict[str, object] | None = None,
        client: dict[str, object] | None = None,
    ) -> Changes:
        """The trajectory screen's save: edits of the trajectory and of its client in one
        transaction. The client is checked first; nothing is saved unless both pass."""
        changes = Changes()
        with self.store.transaction() as s:
            t = s.get(Trajectory, trajectory_id)
            if t is None:
                raise NotFound(what="Traject", id=trajectory_id)
            if client:
                changes |= self._update_client_in(s, t.client_id, **client)
            if trajectory:
                changes |= self.update_trajectory_in(s, trajectory_id, **trajectory)
        return changes

    @staticmethod
    def _clean_client(data: dict) -> dict:
        out = stripped(data)
        if out.get("postcode"):
            out["postcode"] = client_rules.normalise_postcode(out["postcode"]) or out["postcode"]
        if not out.get("geslacht"):
            out["geslacht"] = "onbekend"
        return out

    @staticmethod
    def _ensure_free_nr(s: Session, nr: str, own_id: int | None) -> None:
        other = s.exec(select(Client.id).where(Client.client_nr == nr)).scalars().first()
        if other is not None and other != own_id:
            raise RuleViolation([Violation("client_nr", "client_nr_taken", {"nr": nr})])

    # -- trajectories: reading ----------------------------------------------------------------
    def trajectory(self, trajectory_id: int) -> TrajectoryDetail:
        with self.store.session() as s:
            return self._detail(s, trajectory_id)

    def trajectories_of(self, client_id: int) -> list[TrajectoryDetail]:
        with self.store.session() as s:
            ids = (
                s.exec(
                    select(Trajectory.id)
                    .where(Trajectory.client_id == client_id)
                    .order_by(Trajectory.verwijsdatum.desc())
                )
                .scalars()
                .all()
            )
            return self._details(s, list(ids))

    def _detail(self, s: Session, tid: int) -> TrajectoryDetail:
        found = self._details(s, [tid])
        if not found:
            raise NotFound(what="Traject", id=tid)
        return found[0]

    def _details(self, s: Session, ids: list[int]) -> list[TrajectoryDetail]:
        """Many trajectories with their history in a handful of queries (not one per trajectory)."""
        out: list[TrajectoryDetail] = []
        today, weeks = self.today(), self._follow_up_weeks(s)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            trajs = {
                t.id: t
                for t in s.exec(select(Trajectory).where(Trajectory.id.in_(chunk))).scalars()
            }
            clients = {
                c.id: c
                for c in s.exec(
                    select(Client).where(Client.id.in_({t.client_id for t in trajs.values()}))
                ).scalars()
            }
            kids: dict[type, dict[int, list]] = {}
            for model, order in (
                (TrajectoryReason, TrajectoryReason.code),
                (Contact, Contact.datum),
                (Pause, Pause.van),
                (Feedback, Feedback.datum),
            ):
                bucket: dict[int, list] = {}
                for row in s.exec(
                    select(model).where(model.traject_id.in_(chunk)).order_by(order)
                ).scalars():
                    bucket.setdefault(row.traject_id, []).append(row)
                kids[model] = bucket
            for tid in chunk:
                t = trajs.get(tid)
                if t is None:
                    continue
                redenen = tuple(r.code for r in kids[TrajectoryReason].get(tid, []))
                contacts = tuple(kids[Contact].get(tid, []))
                pauses = tuple(kids[Pause].get(tid, []))
                feedback = tuple(kids[Feedback].get(tid, []))
                facts = model_facts(t, redenen, contacts, pauses, feedback)
                state = process.derive(facts, today, weeks)
                due = process.feedback_due(
                    facts,
                    t.toestemming_terugkoppeling,
                    tuple((f.moment, f.datum) for f in feedback),
                    letter_prefs.wanted_moments(s, t.verwijzer_praktijk),
                )
                out.append(
                    TrajectoryDetail(
                        t,
                        clients[t.client_id],
                        redenen,
                        contacts,
                        pauses,
                        feedback,
                        facts,
                        state,
                        tuple(due),
                    )
                )
        return out

    def _follow_up_weeks(self, s: Session) -> int:
        return attention.follow_up_weeks(s)

    def trajectory_rows(
        self, flt: TrajectoryFilter | None = None, limit: int | None = None
    ) -> list[TrajectoryRow]:
        """All trajectories (newest referral first) with their derived step and next action;
        with `limit`, only the first that many (the list's first screenful)."""
        flt = flt or TrajectoryFilter()
        K, P = Contact.__table__.c, Pause.__table__.c
        T, C = Trajectory.__table__.c, Client.__table__.c
        order = (T.verwijsdatum.desc(), T.id.desc())
        # nothing is filtered in Python: SQL can stop early, and aggregates only the head
        head = limit is not None and not flt.words() and not flt.on_fields
        contacts = select(
            K.traject_id,
            func.max(case((and_(K.soort == "nazorg", K.gepland.is_(False)), K.datum))).label(
                "nazorg_last"
            ),
            func.min(case((and_(K.soort == "nazorg", K.gepland.is_(True)), K.datum))).label(
                "next_nazorg"
            ),
            func.min(case((and_(K.soort == "gesprek", K.gepland.is_(True)), K.datum))).label(
                "next_gesprek"
            ),
        ).group_by(K.traject_id)
        paused = (
            select(P.traject_id, func.min(P.van).label("paused_since"))
            .where(P.tot.is_(None))
            .group_by(P.traject_id)
        )
        if head:
            first = select(T.id).order_by(*order).limit(limit)
            contacts = contacts.where(K.traject_id.in_(first))
            paused = paused.where(P.traject_id.in_(first))
        contacts, paused = contacts.subquery(), paused.subquery()
        q = (
            select(
                T.id,
                T.client_id,
                C.client_nr,
                C.voornaam,
                C.achternaam,
                iso_text(C.geboortedatum),
                C.postcode,
                C.gemeente,
                C.wijk,
                T.verwijzer_naam,
                T.verwijzer_praktijk,
                iso_text(contacts.c.nazorg_last),
                iso_text(contacts.c.next_nazorg),
                iso_text(contacts.c.next_gesprek),
                iso_text(paused.c.paused_since),
                T.verwijzer_type,
                T.kanaal,
                T.aanbod,
                T.afsluitreden,
                *(iso_text(T[c]) for c in FactRow.DATES),
            )
            .join(Client.__table__, C.id == T.client_id)
            .outerjoin(contacts, contacts.c.traject_id == T.id)
            .outerjoin(paused, paused.c.traject_id == T.id)
            .order_by(*order)
        )
        if head:
            q = q.limit(limit)
        # the text and the derived step/status are matched in Python by the list's one
        # predicate (TrajectoryFilter.matches); SQL only narrows by the plain columns
        if flt.verwijzer_type:
            q = q.where(T.verwijzer_type == flt.verwijzer_type)
        if flt.referred_from:
            q = q.where(T.verwijsdatum >= flt.referred_from)
        if flt.referred_to:
            q = q.where(T.verwijsdatum <= flt.referred_to)
        if flt.status == "afgesloten":
            q = q.where(T.afgerond.is_not(None))
        elif flt.status in ("lopend", "gepauzeerd"):
            q = q.where(T.afgerond.is_(None))
        today, words, on_fields = self.today(), flt.words(), flt.on_fields
        iso, derive = date.fromisoformat, process.derive
        with self.store.session() as s:
            weeks = self._follow_up_weeks(s)
            rows = self.store.plain_rows(s, q)
        out = []
        with bulk_objects():
            for r in rows:
                tid, cid, nr, voornaam, achternaam, geb, postcode, gemeente, wijk, v_naam = r[:10]
                v_praktijk, nazorg_last, next_nazorg, next_gesprek, paused_since = r[10:15]
                naam = f"{voornaam} {achternaam}" if voornaam else achternaam
                if words and not flt.matches_text(
                    search_text(naam, nr, postcode, v_naam, v_praktijk)
                ):
                    continue
                # the contacts and pauses as far as the list needs them (aggregated in SQL)
                kc: list[tuple[str, date, bool]] = []
                if nazorg_last:
                    kc.append(("nazorg", iso(nazorg_last), False))
                if next_nazorg:
                    kc.append(("nazorg", iso(next_nazorg), True))
                if next_gesprek:
                    kc.append(("gesprek", iso(next_gesprek), True))
                kp = ((iso(paused_since), None),) if paused_since else ()
                t = row_facts(r[15:], kc, kp)
                st = derive(t, today, weeks)
                row = TrajectoryRow(
                    tid,
                    cid,
                    nr,
                    naam,
                    iso(geb) if geb else None,
                    postcode,
                    gemeente,
                    wijk,
                    v_naam,
                    v_praktijk,
                    t.verwijzer_type,
                    t.verwijsdatum,
                    t.afgerond,
                    st.step,
                    st.status,
                    st.next_action,
                    st.due,
                )
                if not on_fields or flt.matches_fields(row):  # the text matched above
                    out.append(row)
                    if limit is not None and len(out) >= limit:
                        break
        return out

    def status(self) -> Status:
        """Counts only, in one query (a 100,000-trajectory profile answers in milliseconds).

        The SQL is wor_desk.store.status's, which `wor-desk status` also runs without the
        engine (status and step as `process.derive` / `process._step`; tests/core/
        test_perf_status.py holds them equal to `trajectory_rows`)."""
        with self.store.engine.connect() as conn:
            clients = conn.exec_driver_sql(store_status.CLIENTS_SQL).scalar_one()
            grouped = [tuple(r) for r in conn.exec_driver_sql(store_status.PER_STATUS_STEP_SQL)]
        return store_status.tally(
            self.profile, str(self.store.path), self.store.schema_version(), clients, grouped
        )

    def today_overview(self, horizon_days: int = 7) -> Today:
        """What the coach should look at today (the Vandaag screen): the lines of
        `process.attention` that show today, as stored at the last write (wor_desk.attention)."""
        with self.store.session() as s:
            return attention.overview(s, self.today(), horizon_days)

    # -- trajectories: writing ----------------------------------------------------------------
    def register_referral(
        self, client_id: int | None = None, client: dict | None = None, **referral: object
    ) -> tuple[int, Changes]:
        """A new trajectory for an existing client (`client_id`) or a new one (`client` fields).

        Referral fields: REFERRAL_FIELDS plus `redenen` (codes) and optionally `eerste_contact`."""
        redenen = tuple(referral.pop("redenen", ()) or ())
        unknown = set(referral) - set(REFERRAL_FIELDS) - {"eerste_contact", "kennismaking_gepland"}
        if unknown:
            raise ValueError(f"not referral fields: {sorted(unknown)}")
        data = stripped(referral)
        facts = process.TrajectoryFacts(
            verwijsdatum=data.get("verwijsdatum"),
            verwijzer_type=data.get("verwijzer_type"),
            kanaal=data.get("kanaal"),
            redenen=redenen,
            bezoekdatum=data.get("bezoekdatum"),
            eerste_contact=data.get("eerste_contact"),
            kennismaking_gepland=data.get("kennismaking_gepland"),
        )
        problems = text_rules.check_text(data) + process.check(facts, self.today())
        new_client = None
        if client_id is None:
            new_client = self._clean_client({k: (client or {}).get(k) for k in CLIENT_FIELDS})
            if not new_client.get("client_nr"):
                new_client["client_nr"] = self.next_client_nr()
            problems += client_rules.check_client(new_client, self.today())
        self._ensure(problems)
        with self.store.transaction() as s:
            if new_client is not None:
                self._ensure_free_nr(s, new_client["client_nr"], None)
                c = Client(**new_client)
                s.add(c)
                s.flush()
                client_id = c.id
            elif s.get(Client, client_id) is None:
                raise NotFound(what="Cliënt", id=client_id)
            open_dates = (
                s.exec(
                    select(Trajectory.verwijsdatum).where(
                        Trajectory.client_id == client_id, Trajectory.afgerond.is_(None)
                    )
                )
                .scalars()
                .all()
            )
            self._ensure(process.check_new_referral(open_dates))
            if s.exec(
                select(Trajectory.id).where(
                    Trajectory.client_id == client_id,
                    Trajectory.verwijsdatum == data["verwijsdatum"],
                )
            ).first():
                raise RuleViolation(
                    [
                        Violation(
                            "verwijsdatum",
                            "referral_exists",
                            {"date": data["verwijsdatum"].strftime("%d-%m-%Y")},
                        )
                    ]
                )
            # the register of referrers: the practice's spelling there, and it learns the referrer
            data["verwijzer_praktijk"] = referrers.note_referral(
                s,
                data.get("verwijzer_praktijk"),
                data.get("verwijzer_naam"),
                data["verwijzer_type"],
            )
            t = Trajectory(client_id=client_id, **data)
            s.add(t)
            s.flush()
            for r in dict.fromkeys(redenen):
                s.add(TrajectoryReason(traject_id=t.id, code=r))
            assert t.id is not None and client_id is not None
            return t.id, Changes.of("referral", [t.id], [client_id])

    def update_trajectory(self, trajectory_id: int, **fields: object) -> Changes:
        """Change any of EDITABLE_FIELDS; the whole resulting trajectory is checked first."""
        with self.store.transaction() as s:
            return self.update_trajectory_in(s, trajectory_id, **fields)

    def update_trajectory_in(self, s: Session, trajectory_id: int, **fields: object) -> Changes:
        """`update_trajectory` inside the caller's transaction (for a feature service that writes
        more in the same unit of work, e.g. the match). Starting an activity plans its follow-up."""
        unknown = set(fields) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"not editable trajectory fields: {sorted(unknown)}")
        fields = stripped(fields)
        d = self._detail(s, trajectory_id)
        t = d.trajectory
        before = {k: getattr(t, k) for k in fields if k != "redenen"}
        after = {k: v for k, v in fields.items() if k != "redenen"}
        problems = text_rules.check_text(after) + process.check_edit(d.state, before, after)
        if (
            "redenen" in fields
            and d.state.status == "afgesloten"
            and tuple(sorted(fields["redenen"] or ())) != d.redenen
        ):
            problems.append(Violation("traject", "closed_cannot_change", {}))
        redenen = tuple(dict.fromkeys(fields.get("redenen", d.redenen) or ()))
        facts = replace(
            d.facts, redenen=redenen, **{k: v for k, v in after.items() if k in FACT_FIELDS}
        )
        new_date = after.get("verwijsdatum")
        if (
            new_date is not None
            and new_date != t.verwijsdatum
            and s.exec(
                select(Trajectory.id).where(
                    Trajectory.client_id == t.client_id, Trajectory.verwijsdatum == new_date
                )
            ).first()
        ):
            problems.append(
                Violation(
                    "verwijsdatum", "referral_exists", {"date": new_date.strftime("%d-%m-%Y")}
                )
            )
        self._ensure(problems + process.check(facts, self.today()))
        for k, v in after.items():
            setattr(t, k, v)
        t.gewijzigd = now_utc()
        if "redenen" in fields:
            s.exec(delete(TrajectoryReason).where(TrajectoryReason.traject_id == trajectory_id))
            for r in redenen:
                s.add(TrajectoryReason(traject_id=trajectory_id, code=r))
        if after.get("start_activiteit") and after["start_activiteit"] != before.get(
            "start_activiteit"
        ):
            self._plan_follow_up(s, d, after["start_activiteit"])
        return Changes.of("trajectory", [trajectory_id], [t.client_id])

    def _plan_follow_up(self, s: Session, d: TrajectoryDetail, start: date) -> None:
        """Step 6: an activity start plans a follow-up contact (process.follow_up_date); a
        changed start date (a corrected date, a new match) moves the planned one along."""
        when = process.follow_up_date(start, self._follow_up_weeks(s))
        planned = [c for c in d.contacts if c.soort == "nazorg" and c.gepland]
        if planned:
            planned[0].datum = when
        else:
            s.add(Contact(traject_id=d.id, soort="nazorg", datum=when, gepland=True))

    def add_contact(
        self,
        trajectory_id: int,
        soort: str,
        datum: date,
        notitie: str | None = None,
        gepland: bool = False,
        uitkomst: str | None = None,
    ) -> tuple[int, Changes]:
        """A coaching conversation or a follow-up contact, held (default) or planned. A held
        follow-up takes the place of the (earliest) planned one: that one is done."""
        with self.store.transaction() as s:
            d = self._detail(s, trajectory_id)
            c = Contact(
                traject_id=trajectory_id,
                soort=soort,
                datum=datum,
                gepland=gepland,
                notitie=notitie,
                uitkomst=uitkomst,
            )
            self._check_contact(d, c, None)
            planned = next((x for x in d.contacts if x.soort == "nazorg" and x.gepland), None)
            if soort == "nazorg" and not gepland and planned is not None:
                s.delete(planned)
            s.add(c)
            s.flush()
            assert c.id is not None
            return c.id, Changes.of("contact", [trajectory_id], [d.client.id])

    def update_contact(self, contact_id: int, **fields: object) -> Changes:
        """Edit a contact, e.g. mark a planned one as held (`gepland=False`) with its note."""
        with self.store.transaction() as s:
            c = s.get(Contact, contact_id)
            if c is None:
                raise NotFound(what="Contact", id=contact_id)
            d = self._detail(s, c.traject_id)
            new = Contact(**{**c.model_dump(), **fields})
            self._check_contact(d, new, contact_id)
            for k, v in fields.items():
                setattr(c, k, v)
            return Changes.of("contact", [c.traject_id], [d.client.id])

    def delete_contact(self, contact_id: int) -> Changes:
        with self.store.transaction() as s:
            c = s.get(Contact, contact_id)
            if c is None:
                raise NotFound(what="Contact", id=contact_id)
            tid = c.traject_id
            s.delete(c)
            return Changes.of("contact", [tid])

    def _check_contact(self, d: TrajectoryDetail, c: Contact, replacing: int | None) -> None:
        c.notitie = text_rules.normalise(c.notitie, "notitie")
        problems = text_rules.check_text({"notitie": c.notitie})
        if c.soort not in codes.CONTACT_SOORT:
            problems.append(codes.CONTACT_SOORT.unknown("soort", c.soort))
        if c.uitkomst is not None and c.uitkomst not in codes.NAZORG_UITKOMST:
            problems.append(codes.NAZORG_UITKOMST.unknown("uitkomst", c.uitkomst))
        if not c.gepland:
            problems += process.can_progress(d.state)
        others = [x for x in d.contacts if x.id != replacing]
        facts = model_facts(d.trajectory, d.redenen, (*others, c), d.pauses, d.feedback)
        self._ensure(problems + process.check(facts, self.today()))

    def pause(self, trajectory_id: int, van: date, reden: str | None = None) -> Changes:
        with self.store.transaction() as s:
            d = self._detail(s, trajectory_id)
            p = Pause(traject_id=trajectory_id, van=van, reden=reden)
            facts = model_facts(d.trajectory, d.redenen, d.contacts, (*d.pauses, p), d.feedback)
            self._ensure(process.can_pause(d.state) + process.check(facts, self.today()))
            s.add(p)
            return Changes.of("pause", [trajectory_id], [d.client.id])

    def resume(self, trajectory_id: int, tot: date) -> Changes:
        with self.store.transaction() as s:
            d = self._detail(s, trajectory_id)
            self._ensure(process.can_resume(d.state))
            p = next(p for p in d.pauses if p.tot is None)
            p2 = Pause(**{**p.model_dump(), "tot": tot})
            facts = model_facts(
                d.trajectory,
                d.redenen,
                d.contacts,
                (*(x for x in d.pauses if x.id != p.id), p2),
                d.feedback,
            )
            self._ensure(process.check(facts, self.today()))
            s.merge(p2)
            return Changes.of("pause", [trajectory_id], [d.client.id])

    def close_trajectory(
        self, trajectory_id: int, afgerond: date, afsluitreden: str, toelichting: str | None = None
    ) -> Changes:
        """Close from any step (goal reached, drop-out, referred on, ...); an open pause ends that day."""
        with self.store.transaction() as s:
            d = self._detail(s, trajectory_id)
            if d.state.status == "afgesloten":
                self._ensure([Violation("traject", "closed_cannot_change", {})])
            pauses = tuple(
                Pause(**{**p.model_dump(), "tot": afgerond}) if p.tot is None else p
                for p in d.pauses
            )
            facts = replace(
                model_facts(d.trajectory, d.redenen, d.contacts, pauses, d.feedback),
                afgerond=afgerond,
                afsluitreden=afsluitreden,
            )
            self._ensure(process.check(facts, self.today()))
            for p in pauses:
                s.merge(p)
            t = d.trajectory
            t.afgerond, t.afsluitreden, t.afsluit_toelichting = afgerond, afsluitreden, toelichting
            t.gewijzigd = now_utc()
            s.add(t)
            return Changes.of("closing", [trajectory_id], [d.client.id])

    def reopen(self, trajectory_id: int) -> Changes:
        with self.store.transaction() as s:
            d = self._detail(s, trajectory_id)
            if d.state.status != "afgesloten":
                self._ensure([Violation("traject", "not_closed", {})])
            open_dates = (
                s.exec(
                    select(Trajectory.verwijsdatum).where(
                        Trajectory.client_id == d.client.id, Trajectory.afgerond.is_(None)
                    )
                )
                .scalars()
                .all()
            )
            self._ensure(process.check_new_referral(open_dates))
            t = d.trajectory
            t.afgerond = t.afsluitreden = None
            s.add(t)
            return Changes.of("closing", [trajectory_id], [d.client.id])

    def record_feedback(
        self,
        trajectory_id: int,
        datum: date,
        moment: str | None,
        kanaal: str | None,
        notitie: str | None = None,
        brief_tekst: str | None = None,
    ) -> tuple[int, Changes]:
        """Log a feedback sent to the referrer (only with the client's consent). `brief_tekst`:
        the plain text of the letter sent, kept with the log entry (same transaction)."""
        with self.store.transaction() as s:
            d = self._detail(s, trajectory_id)
            problems = process.check_feedback_allowed(d.trajectory.toestemming_terugkoppeling)
            for value, cl, name in (
                (moment, codes.TERUGKOPPELING_MOMENT, "moment"),
                (kanaal, codes.TERUGKOPPELING_KANAAL, "kanaal"),
            ):
                if value is not None and value not in cl:
                    problems.append(cl.unknown(name, value))
            facts = replace(d.facts, terugkoppeling=(*d.facts.terugkoppeling, datum))
            self._ensure(problems + process.check(facts, self.today()))
            f = Feedback(
                traject_id=trajectory_id,
                datum=datum,
                moment=moment,
                kanaal=kanaal,
                notitie=notitie,
                brief_tekst=brief_tekst,
            )
            s.add(f)
            s.flush()
            assert f.id is not None
            return f.id, Changes.of("feedback", [trajectory_id], [d.client.id])

    def delete_client(self, client_id: int) -> Changes:
        """Erase a client and everything of theirs (a request under the AVG/GDPR): see
        `wor_desk.privacy.PrivacyService.erase`."""
        with self.store.session() as s:
            tids = (
                s.exec(select(Trajectory.id).where(Trajectory.client_id == client_id))
                .scalars()
                .all()
            )
        self.privacy.erase(client_id)
        return Changes.of("client", tids, [client_id])

    # -- feature services -------------------------------------------------------------------
    # Imported on first use to keep the unlock screen quick (reportlab, httpx), not to dodge a
    # cycle: the features never import wor_desk.desk, and import-linter counts these imports.
    @cached_property
    def privacy(self) -> PrivacyService:
        """Audit log, inzage, erasure and retention (wor_desk.privacy)."""
        return PrivacyService(self.store, self._today)

    @cached_property
    def backups(self) -> BackupService:
        """Automatic daily backups to the folder the coach chose (wor_desk.privacy.backups)."""
        return BackupService(self.profile, self.privacy.backup)

    @cached_property
    def catalogue(self):  # -> wor_desk.catalogue.CatalogueService (the sociale kaart)
        from wor_desk.catalogue import CatalogueService

        return CatalogueService(self)

    @cached_property
    def matching(self):  # -> wor_desk.catalogue.MatchingService (need, proposals, follow-up, gaps)
        from wor_desk.catalogue import MatchingService

        return MatchingService(self)

    @cached_property
    def region_kaart(self):  # -> wor_desk.catalogue.region.RegionKaartService
        """The region's sociale kaart: what came from the collector, proposals to it."""
        from wor_desk.catalogue.region import RegionKaartService

        return RegionKaartService(self)

    @cached_property
    def wijken(self) -> wijken.Wijkindeling:
        """The wijkindeling: postcode -> gemeente and wijk (`lookup`), import, `apply`."""
        return wijken.Wijkindeling(self)

    @cached_property
    def referrers(self) -> ReferrerRegister:
        """The register of referring practices and the people who refer from them."""
        return ReferrerRegister(self)

    @cached_property
    def handover(self):  # -> wor_desk.handover.HandoverService
        """Hand-over of clients to a colleague's desk: encrypted file, one-time code."""
        from wor_desk.handover import HandoverService

        return HandoverService(self, erase=self.delete_client)

    @cached_property
    def regional_codes(self) -> RegionalCodes:
        """Codes the region added to a list (`wor-desk codes add reden ...`)."""
        return RegionalCodes(self)

    @cached_property
    def health(self):  # -> wor_desk.health.HealthService (positive health scores)
        from wor_desk.health import HealthService

        return HealthService(self)

    @cached_property
    def letters(self):  # -> wor_desk.letters.LetterService
        """Feedback letters to the referrer: build, render, log, per-practice moments."""
        from wor_desk.letters import LetterService

        return LetterService(self)

    @cached_property
    def counts(self) -> CountsService:
        """The codebook's counts and the team-lead exports (wor_desk.counts)."""
        from wor_desk.reports import CountsService

        return CountsService(self)

    def fill_demo(
        self, clients: int = 200, seed: int = 1, progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Mark this profile as a demo and fill it with made-up clients (see wor_desk.demo)."""
        from wor_desk import demo

        self.update_settings(is_demo=True)
        if not self.wijken.areas():  # the demo region's wijkindeling (postcode -> wijk)
            self.wijken.replace(wijken.areas_of(demo.AREA))
        return demo.fill(self, clients=clients, seed=seed, progress=progress)

    # -- import ---------------------------------------------------------------------------------
    def import_sheet(
        self,
        path: Path,
        *,
        skip_invalid: bool = False,
        dry_run: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ):
        """The registration-sheet import of IMPORT.md; see wor_desk.importer."""
        from wor_desk import importer

        return importer.import_sheet(
            self, Path(path), skip_invalid=skip_invalid, dry_run=dry_run, progress=progress
        )

    # -- sync ----------------------------------------------------------------------------------
    @property
    def sync(self):  # -> wor_desk.sync.SyncService
        """The sync of anonymised counts to the collector (see wor_desk.sync)."""
        from wor_desk.sync import SyncService

        return SyncService(self)

    # -- helpers --------------------------------------------------------------------------------
    @staticmethod
    def _ensure(problems: list[Violation]) -> None:
        if problems:
            raise RuleViolation(problems)

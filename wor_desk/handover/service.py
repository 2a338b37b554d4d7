"""Hand-over of clients between coaches (`desk.handover`): one encrypted file, one code.

    made = desk.handover.export(["W000012", "W000013"], Path("overdracht.wdo"), to="Sanne")
    made.code                                     # tell the colleague, e.g. by phone
    plan = other.handover.preview(path, code)     # what will be taken over, and conflicts
    done = other.handover.import_file(path, code, renumber={"W000012": "N000401"})
    done.confirmation                             # read back to the giver
    desk.handover.confirm(confirmation)           # the receiver has it all
    desk.handover.erase(made.handover_id)         # the privacy-rights erasure, here

The file holds every selected client with all trajectories and their history: every table
that hangs off a trajectory (reasons, contacts, pauses, feedback/letters sent, needs,
matches, health scores, and any later one such as audit entries) or off a client, read
generically from the store's tables, so a new history table travels without a change here.
Matches carry the activity's identity (uid) and a copy of its entry, so the receiver links
them to its own sociale kaart or adds the entry.

Counting: from the moment the file is made the giving desk stops counting the handed-over
trajectories (all periods); the receiving desk counts them from the import on. So each
trajectory is counted by one desk for every period, and after both desks sync the region's
totals are what they were.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Table, insert, select
from sqlmodel import SQLModel

from wor_desk import attention, messages
from wor_desk.catalogue import rules as kaart_rules
from wor_desk.domain import clients as client_rules
from wor_desk.domain.catalogue import Activity
from wor_desk.domain.handover import Handover, HandoverTrajectory
from wor_desk.domain.models import Client, Trajectory, now_utc
from wor_desk.errors import InputError, NotFound
from wor_desk.handover import sealed
from wor_desk.values import Caseload, Changes

FORMAT, VERSION = "wor-desk-overdracht", 1
CLIENT_COLUMNS = client_rules.CLIENT_FIELDS
#: Client details that must agree for a client number that exists on both desks.
SAME_PERSON = ("voornaam", "achternaam", "geboortedatum")
#: Tables that are bookkeeping of the hand-over itself or of the sync: never carried.
NOT_CARRIED = {
    "overdracht",
    "overdracht_traject",
    "traject",
    "client",
    *attention.TABLES,  # derived: the receiving desk computes its own
}

messages.register(
    {
        "handover_code_wrong": (
            "De code past niet bij dit overdrachtsbestand. Controleer de code (hoofdletters, "
            "cijfers en streepjes tellen niet mee) of vraag uw collega hem nog eens voor te lezen.",
            "The code does not fit this hand-over file. Check the code (case, spaces and dashes do "
            "not matter) or ask your colleague to read it out again.",
        ),
        "handover_damaged": (
            "Het overdrachtsbestand is beschadigd (onvolledig of veranderd onderweg). Vraag uw "
            "collega een nieuw bestand te maken en te sturen.",
            "The hand-over file is damaged (incomplete or changed on the way). Ask your colleague "
            "to make and send a new file.",
        ),
        "handover_not_a_file": (
            "Dit is geen overdrachtsbestand van WoR Desk. Kies het bestand dat uw collega maakte "
            "met 'Cliënten overdragen'.",
            "This is not a WoR Desk hand-over file. Choose the file your colleague made with "
            "'Hand over clients'.",
        ),
        "handover_unknown_client": (
            "Er is geen cliënt met nummer {nr}. Zie de cliëntenlijst.",
            "There is no client with number {nr}. See the client list.",
        ),
        "handover_no_clients": (
            "Kies minstens één cliënt om over te dragen.",
            "Choose at least one client to hand over.",
        ),
        "handover_already": (
            "Cliënt {nr} is al overgedragen ({when}). Een overgedragen cliënt kan niet nog eens worden overgedragen.",
            "Client {nr} was already handed over ({when}). A handed-over client cannot be handed over again.",
        ),
        "handover_target_exists": (
            "{path} bestaat al. Kies een andere bestandsnaam.",
            "{path} already exists. Choose another file name.",
        ),
        "handover_nr_conflict": (
            "Cliëntnummer {nr} bestaat hier al voor iemand anders ({here}; in het bestand: {there}). "
            "Er is niets overgenomen. Geef de cliënt uit het bestand een ander nummer: --nummer {nr}=NIEUW_NUMMER.",
            "Client number {nr} already exists here for someone else ({here}; in the file: {there}). "
            "Nothing was taken over. Give the client from the file another number: --nummer {nr}=NEW_NUMBER.",
        ),
        "handover_trajectory_conflict": (
            "Cliënt {nr} heeft hier al een traject met verwijsdatum {date}. Er is niets overgenomen. "
            "Was dit bestand al eens ingelezen? Zie het traject van deze cliënt.",
            "Client {nr} already has a trajectory referred on {date} here. Nothing was taken over. "
            "Was this file read in before? See this client's trajectory.",
        ),
        "handover_map_invalid": (
            "'{value}' is geen vertaling van een nummer. Schrijf OUD=NIEUW, bijvoorbeeld W000012=N000401.",
            "'{value}' is not a number mapping. Write OLD=NEW, for example W000012=N000401.",
        ),
        "handover_map_unknown": (
            "Nummer {nr} staat niet in het overdrachtsbestand. Zie wat het bestand bevat met --alleen-tonen.",
            "Number {nr} is not in the hand-over file. See what the file holds with --dry-run.",
        ),
        "handover_invalid_content": (
            "Het overdrachtsbestand bevat een cliënt die hier niet kan worden vastgelegd ({detail}). "
            "Er is niets overgenomen; vraag uw collega het gegeven te verbeteren en een nieuw bestand te maken.",
            "The hand-over file holds a client that cannot be recorded here ({detail}). Nothing was "
            "taken over; ask your colleague to correct it and make a new file.",
        ),
        "handover_confirmation_unknown": (
            "De bevestigingscode {code} hoort bij geen enkele overdracht van deze desk. Controleer de code.",
            "The confirmation code {code} belongs to no hand-over of this desk. Check the code.",
        ),
        "handover_not_confirmed": (
            "Overdracht {id} is nog niet bevestigd door de ontvanger. Wis pas na de bevestigingscode "
            "van uw collega ('wor-desk handover bevestig CODE').",
            "Hand-over {id} is not confirmed by the receiver yet. Erase only after your colleague's "
            "confirmation code ('wor-desk handover bevestig CODE').",
        ),
        "handover_unknown": (
            "Er is geen overdracht {id}. Zie 'wor-desk handover lijst'.",
            "There is no hand-over {id}. See 'wor-desk handover lijst'.",
        ),
        "handover_newer_version": (
            "Dit overdrachtsbestand is gemaakt met een nieuwere WoR Desk. Werk WoR Desk bij en probeer het opnieuw.",
            "This hand-over file was made with a newer WoR Desk. Update WoR Desk and try again.",
        ),
    }
)


@dataclass(frozen=True)
class Made:
    """A hand-over file written: the code to pass on separately, and what it holds."""

    handover_id: int
    code: str
    path: Path
    clients: tuple[str, ...]
    trajectories: int
    changes: Changes


@dataclass(frozen=True)
class PlannedClient:
    nr: str  # the number in the file
    becomes: str  # the number it gets here
    naam: str
    geboortedatum: date | None
    trajectories: int
    first_referral: date | None
    last_referral: date | None
    existing: bool  # the same person already has a file here: the trajectories join it
    conflict: str | None  # why it cannot be taken over as it is (a number used by someone else)


@dataclass(frozen=True)
class Plan:
    """What a hand-over file would bring: shown before anything is written."""

    handover: str
    giver: str
    made: datetime
    clients: tuple[PlannedClient, ...]
    history: dict[str, int]  # table -> rows (contacts, matches, ...)

    @property
    def trajectories(self) -> int:
        return sum(c.trajectories for c in self.clients)

    @property
    def conflicts(self) -> tuple[PlannedClient, ...]:
        return tuple(c for c in self.clients if c.conflict)


@dataclass(frozen=True)
class TakenOver:
    clients: tuple[int, ...]  # client ids here
    trajectories: tuple[int, ...]
    confirmation: str  # to read back to the giver
    changes: Changes


@dataclass(frozen=True)
class Candidate:
    """A client that can be handed over (a line of the app's selection list)."""

    nr: str
    naam: str
    geboortedatum: date | None
    trajectories: int
    open_trajectories: int


@dataclass(frozen=True)
class HandoverRow:
    id: int
    direction: str  # uit | in
    who: str | None
    when: datetime
    clients: tuple[str, ...]
    trajectories: int
    confirmed: datetime | None
    erased: datetime | None


# -- generic rows ---------------------------------------------------------------------------------
def _tables() -> list[Table]:
    return [t for t in SQLModel.metadata.sorted_tables if t.name not in NOT_CARRIED]


def _child_tables() -> tuple[list[Table], list[Table]]:
    """Tables hanging off a trajectory, and tables hanging off a client (a table with both
    columns, such as an audit log, is in both: its rows without a trajectory go with the client)."""
    by_traject = [t for t in _tables() if "traject_id" in t.c]
    by_client = [t for t in _tables() if "client_id" in t.c]
    return by_traject, by_client


def _out(v: object) -> object:
    if isinstance(v, datetime | date):
        return v.isoformat()
    return v


def _in(table: Table, column: str, v: object) -> object:
    if v is None:
        return None
    t = table.c[column].type
    t = getattr(t, "impl", t)  # a TypeDecorator (sqlmodel's UTCDateTime) stores as its impl
    try:
        kind = t.python_type
    except NotImplementedError:  # pragma: no cover - a type without one: keep the value
        return v
    if kind is datetime:
        return datetime.fromisoformat(str(v))
    if kind is date:
        return date.fromisoformat(str(v))
    if kind is bool:
        return bool(v)
    if kind is int:
        return int(v)  # type: ignore[call-overload]
    return v


def _row_out(table: Table, row, drop: tuple[str, ...]) -> dict:
    return {c.name: _out(getattr(row, c.name)) for c in table.c if c.name not in drop}


def _local_columns(table: Table) -> tuple[str, ...]:
    """Columns not carried: an autoincrement id, and the links rebuilt on import."""
    pk = [c.name for c in table.primary_key.columns]
    drop = ["traject_id", "client_id", "activiteit_id"]
    if pk == ["id"]:
        drop.append("id")
    return tuple(drop)


class HandoverService:
    def __init__(self, desk: Caseload, erase: Callable[[int], Changes]) -> None:
        """`erase(client_id)` is the desk's privacy-rights erasure of one client."""
        self.desk = desk
        self._erase = erase

    # -- giving ---------------------------------------------------------------------------
    def export(
        self, client_nrs: list[str], path: Path, *, to: str | None = None, overwrite: bool = False
    ) -> Made:
        """Write the hand-over file of these clients (all their trajectories and history),
        encrypted with a new one-time code, and mark the trajectories handed over."""
        nrs = list(dict.fromkeys(n.strip() for n in client_nrs if n and n.strip()))
        if not nrs:
            raise InputError("handover_no_clients")
        path = Path(path)
        if path.exists() and not overwrite:
            raise InputError("handover_target_exists", path=str(path))
        uid = secrets.token_hex(16)
        by_traject, by_client = _child_tables()
        with self.desk.store.session() as s:
            conn = s.connection()
            clients = []
            for nr in nrs:
                c = s.exec(select(Client).where(Client.client_nr == nr)).scalars().first()
                if c is None:
                    raise InputError("handover_unknown_client", nr=nr)
                clients.append(c)
            ids = [c.id for c in clients]
            trajs = s.exec(select(Trajectory).where(Trajectory.client_id.in_(ids))).scalars().all()
            tids = [t.id for t in trajs]
            done = s.exec(
                select(HandoverTrajectory.traject_id, Handover.datum)
                .join(Handover, Handover.id == HandoverTrajectory.overdracht_id)
                .where(HandoverTrajectory.traject_id.in_(tids))
            ).first()
            if done is not None:
                t = next(t for t in trajs if t.id == done[0])
                nr = next(c.client_nr for c in clients if c.id == t.client_id)
                raise InputError("handover_already", nr=nr, when=f"{done[1]:%d-%m-%Y}")
            children: dict[str, list] = {}
            for table in by_traject:
                children[table.name] = conn.execute(
                    select(table).where(table.c.traject_id.in_(tids))
                ).all()
            client_rows: dict[str, list] = {}
            for table in by_client:
                q = select(table).where(table.c.client_id.in_(ids))
                if "traject_id" in table.c:
                    q = q.where(table.c.traject_id.is_(None))
                client_rows[table.name] = conn.execute(q).all()
            act_ids = {
                r.activiteit_id
                for rows in children.values()
                for r in rows
                if "activiteit_id" in r._fields
            }
            acts = {
                a.id: a for a in s.exec(select(Activity).where(Activity.id.in_(act_ids))).scalars()
            }
        tables = {t.name: t for t in _tables()}
        content = {
            "format": FORMAT,
            "version": VERSION,
            "id": uid,
            "giver": self._giver(),
            "made": now_utc().isoformat(),
            "clients": [
                {
                    "client": {k: _out(getattr(c, k)) for k in CLIENT_COLUMNS},
                    "rows": {
                        name: [
                            _row_out(tables[name], r, _local_columns(tables[name]))
                            for r in rows
                            if r.client_id == c.id
                        ]
                        for name, rows in client_rows.items()
                    },
                    "trajectories": [
                        {
                            "trajectory": {
                                col.name: _out(getattr(t, col.name))
                                for col in Trajectory.__table__.c
                                if col.name not in ("id", "client_id")
                            },
                            "rows": {
                                name: [
                                    {
                                        **_row_out(tables[name], r, _local_columns(tables[name])),
                                        **(
                                            {"activiteit_uid": acts[r.activiteit_id].uid}
                                            if "activiteit_id" in r._fields
                                            else {}
                                        ),
                                    }
                                    for r in rows
                                    if r.traject_id == t.id
                                ]
                                for name, rows in children.items()
                            },
                        }
                        for t in sorted(trajs, key=lambda t: t.verwijsdatum)
                        if t.client_id == c.id
                    ],
                }
                for c in clients
            ],
            "activities": {
                a.uid: {
                    **{f: _out(getattr(a, f)) for f in kaart_rules.ACTIVITY_FIELDS},
                    "regio": bool(a.regio),
                }
                for a in acts.values()
            },
        }
        code = sealed.new_code()
        blob, confirm_key = sealed.seal(
            json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), code
        )
        expected = sealed.confirmation(confirm_key, uid)
        tmp = path.with_name(path.name + ".deel")
        tmp.write_bytes(blob)
        with self.desk.store.transaction() as s:
            h = Handover(
                uid=uid,
                richting="uit",
                wie=(to or "").strip() or None,
                clienten=json.dumps(nrs, ensure_ascii=False),
                trajecten=len(tids),
                bevestiging_hash=_hash_confirmation(expected),
            )
            s.add(h)
            s.flush()
            for tid in tids:
                s.add(HandoverTrajectory(traject_id=tid, overdracht_id=h.id))
            hid = h.id
        tmp.replace(path)
        assert hid is not None
        return Made(hid, code, path, tuple(nrs), len(tids), Changes.of("handover", tids, ids))

    def _giver(self) -> str:
        s = self.desk.settings()
        parts = [
            str(s.get("coach_naam") or "").strip(),
            str(s.get("organisatie_naam") or "").strip(),
        ]
        return ", ".join(p for p in parts if p) or self.desk.profile

    def confirm(self, confirmation: str) -> HandoverRow:
        """The receiver read back its confirmation code: the hand-over is complete."""
        h = _hash_confirmation(confirmation)
        with self.desk.store.transaction() as s:
            row = (
                s.exec(
                    select(Handover).where(
                        Handover.richting == "uit", Handover.bevestiging_hash == h
                    )
                )
                .scalars()
                .first()
            )
            if row is None:
                raise InputError("handover_confirmation_unknown", code=confirmation.strip()[:20])
            if row.bevestigd is None:
                row.bevestigd = now_utc()
                s.add(row)
            hid = row.id
        assert hid is not None
        return self.get(hid)

    def erase(self, handover_id: int) -> Changes:
        """After the receiver confirmed: erase the handed-over clients here, with the desk's
        privacy-rights erasure (everything of the client goes)."""
        with self.desk.store.session() as s:
            h = s.get(Handover, handover_id)
            if h is None or h.richting != "uit":
                raise InputError("handover_unknown", id=handover_id)
            if h.bevestigd is None:
                raise InputError("handover_not_confirmed", id=handover_id)
            nrs = json.loads(h.clienten)
            ids = s.exec(select(Client.id).where(Client.client_nr.in_(nrs))).scalars().all()
        changes = Changes.of("client")
        for cid in ids:
            changes = changes | self._erase(cid)
        with self.desk.store.transaction() as s:
            h = s.get(Handover, handover_id)
            assert h is not None
            h.gewist = now_utc()
            h.clienten = (
                "[]"  # their numbers go too: the record keeps when and how many trajectories
            )
            s.add(h)
        return changes

    # -- reading ----------------------------------------------------------------------------
    def candidates(self) -> list[Candidate]:
        """Clients with trajectories not handed over yet, by name."""
        with self.desk.store.session() as s:
            gone = set(s.exec(select(HandoverTrajectory.traject_id)).scalars())
            rows = s.exec(
                select(Client, Trajectory.id, Trajectory.afgerond)
                .join(Trajectory, Trajectory.client_id == Client.id)
                .order_by(Client.achternaam, Client.voornaam, Client.client_nr)
            ).all()
        out: dict[str, list] = {}
        for c, tid, afgerond in rows:
            if tid in gone:
                continue
            item = out.setdefault(c.client_nr, [c, 0, 0])
            item[1] += 1
            item[2] += afgerond is None
        return [
            Candidate(
                nr,
                " ".join(x for x in (c.voornaam, c.achternaam) if x),
                c.geboortedatum,
                n,
                n_open,
            )
            for nr, (c, n, n_open) in out.items()
        ]

    def list(self) -> list[HandoverRow]:
        with self.desk.store.session() as s:
            rows = s.exec(select(Handover).order_by(Handover.id)).scalars().all()
        return [_row(h) for h in rows]

    def get(self, handover_id: int) -> HandoverRow:
        with self.desk.store.session() as s:
            h = s.get(Handover, handover_id)
            if h is None:
                raise NotFound(what="Overdracht", id=handover_id)
            return _row(h)

    def handed_over(self) -> dict[int, HandoverRow]:
        """Trajectory id -> the hand-over it left with (read-only here, not counted)."""
        with self.desk.store.session() as s:
            pairs = s.exec(
                select(HandoverTrajectory.traject_id, HandoverTrajectory.overdracht_id)
            ).all()
            hs = {h.id: _row(h) for h in s.exec(select(Handover)).scalars()}
        return {tid: hs[hid] for tid, hid in pairs}

    def handed_over_trajectory(self, trajectory_id: int) -> HandoverRow | None:
        with self.desk.store.session() as s:
            hid = (
                s.exec(
                    select(HandoverTrajectory.overdracht_id).where(
                        HandoverTrajectory.traject_id == trajectory_id
                    )
                )
                .scalars()
                .first()
            )
            h = s.get(Handover, hid) if hid is not None else None
            return _row(h) if h else None

    # -- receiving ----------------------------------------------------------------------------
    def _open(self, path: Path, code: str) -> tuple[dict, bytes]:
        try:
            blob = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(
                "import_unreadable", path=str(path), reason=exc.strerror or ""
            ) from None
        plain, confirm_key = sealed.unseal(blob, code)
        try:
            content = json.loads(plain.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise sealed.HandoverDamaged() from None
        if not isinstance(content, dict) or content.get("format") != FORMAT:
            raise sealed.HandoverDamaged()
        if int(content.get("version", 0)) > VERSION:
            raise InputError("handover_newer_version")
        return content, confirm_key

    def preview(self, path: Path, code: str, renumber: dict[str, str] | None = None) -> Plan:
        """What the file would bring, with any conflict; nothing is written."""
        content, _ = self._open(path, code)
        return self._plan(content, renumber or {})

    def _plan(self, content: dict, renumber: dict[str, str]) -> Plan:
        in_file = {c["client"]["client_nr"] for c in content["clients"]}
        for old in renumber:
            if old not in in_file:
                raise InputError("handover_map_unknown", nr=old)
        history: dict[str, int] = {}
        planned = []
        with self.desk.store.session() as s:
            for entry in content["clients"]:
                c = entry["client"]
                nr = c["client_nr"]
                becomes = renumber.get(nr, nr)
                here = s.exec(select(Client).where(Client.client_nr == becomes)).scalars().first()
                conflict = None
                if here is not None and not _same_person(here, c):
                    conflict = "nr"
                trajs = entry["trajectories"]
                refs = sorted(date.fromisoformat(t["trajectory"]["verwijsdatum"]) for t in trajs)
                for t in trajs:
                    for name, rows in t["rows"].items():
                        history[name] = history.get(name, 0) + len(rows)
                planned.append(
                    PlannedClient(
                        nr,
                        becomes,
                        " ".join(x for x in (c.get("voornaam"), c.get("achternaam")) if x),
                        date.fromisoformat(c["geboortedatum"]) if c.get("geboortedatum") else None,
                        len(trajs),
                        refs[0] if refs else None,
                        refs[-1] if refs else None,
                        here is not None and conflict is None,
                        conflict,
                    )
                )
        return Plan(
            content["id"],
            str(content.get("giver") or ""),
            datetime.fromisoformat(content["made"]),
            tuple(planned),
            history,
        )

    def import_file(
        self, path: Path, code: str, renumber: dict[str, str] | None = None
    ) -> TakenOver:
        """Take over every client of the file, all or nothing. A client number that exists
        here for someone else is refused (give `renumber` {file nr: new nr}); the same person
        (name and birth date agree) gets the trajectories added to their file."""
        renumber = renumber or {}
        content, confirm_key = self._open(path, code)
        plan = self._plan(content, renumber)
        for p in plan.clients:
            if p.conflict:
                with self.desk.store.session() as s:
                    here = (
                        s.exec(select(Client).where(Client.client_nr == p.becomes)).scalars().one()
                    )
                raise InputError(
                    "handover_nr_conflict",
                    nr=p.becomes,
                    here=_describe(here.voornaam, here.achternaam, here.geboortedatum),
                    there=_describe(None, p.naam, p.geboortedatum),
                )
        tables = {t.name: t for t in _tables()}
        today = self.desk.today()
        client_ids: list[int] = []
        traj_ids: list[int] = []
        trajs: list[tuple[dict, int, dict]] = []  # (columns, client id, history rows by table)
        pending: dict[str, list[dict]] = {}  # table -> rows to insert
        with self.desk.store.transaction() as s:
            conn = s.connection()
            act_ids: dict[str, int] = {}
            for uid, data in (content.get("activities") or {}).items():
                a = s.exec(select(Activity).where(Activity.uid == uid)).scalars().first()
                if a is None:
                    a = Activity(
                        uid=uid,
                        **{
                            f: _in(Activity.__table__, f, data.get(f))
                            for f in kaart_rules.ACTIVITY_FIELDS
                        },
                    )
                    s.add(a)
                    s.flush()
                assert a.id is not None
                act_ids[uid] = a.id
            for entry in content["clients"]:
                c = dict(entry["client"])
                nr = c["client_nr"]
                c["client_nr"] = renumber.get(nr, nr)
                data = {k: _in(Client.__table__, k, c.get(k)) for k in CLIENT_COLUMNS}
                problems = client_rules.check_client(data, today)
                if problems:
                    raise InputError(
                        "handover_invalid_content", detail=f"{nr}: {problems[0].message()}"
                    )
                here = (
                    s.exec(select(Client).where(Client.client_nr == data["client_nr"]))
                    .scalars()
                    .first()
                )
                if here is None:
                    here = Client(**data)
                    s.add(here)
                    s.flush()
                cid = here.id
                assert cid is not None
                client_ids.append(cid)
                existing = set(
                    s.exec(
                        select(Trajectory.verwijsdatum).where(Trajectory.client_id == cid)
                    ).scalars()
                )
                for name, rows in (entry.get("rows") or {}).items():
                    if name in tables and rows:
                        pending.setdefault(name, []).extend(
                            self._row_in(tables[name], r, client_id=cid) for r in rows
                        )
                for t in entry["trajectories"]:
                    tdata = {
                        k: _in(Trajectory.__table__, k, v)
                        for k, v in t["trajectory"].items()
                        if k in Trajectory.__table__.c and k not in ("id", "client_id")
                    }
                    if tdata["verwijsdatum"] in existing:
                        raise InputError(
                            "handover_trajectory_conflict",
                            nr=data["client_nr"],
                            date=f"{tdata['verwijsdatum']:%d-%m-%Y}",
                        )
                    trajs.append(({**tdata, "client_id": cid}, cid, t["rows"]))
            # one statement per table, not per row: the trajectories (ids back in order), then
            # everything that hangs off them
            if trajs:
                T = Trajectory.__table__
                cols = set().union(*(set(t[0]) for t in trajs))
                ids = (
                    conn.execute(
                        insert(T).returning(T.c.id, sort_by_parameter_order=True),
                        [{c: t[0].get(c) for c in cols} for t in trajs],
                    )
                    .scalars()
                    .all()
                )
                for tid, (_tdata, cid, rows_by_table) in zip(ids, trajs, strict=True):
                    traj_ids.append(int(tid))
                    for name, rows in rows_by_table.items():
                        if name in tables and rows:
                            pending.setdefault(name, []).extend(
                                self._row_in(
                                    tables[name], r, traject_id=tid, client_id=cid, act_ids=act_ids
                                )
                                for r in rows
                            )
            for name, rows in pending.items():
                keys = set().union(*(set(r) for r in rows))
                conn.execute(insert(tables[name]), [{k: r.get(k) for k in keys} for r in rows])
            s.add(
                Handover(
                    uid=content["id"],
                    richting="in",
                    wie=str(content.get("giver") or "")[:200] or None,
                    clienten=json.dumps(
                        [
                            renumber.get(e["client"]["client_nr"], e["client"]["client_nr"])
                            for e in content["clients"]
                        ],
                        ensure_ascii=False,
                    ),
                    trajecten=len(traj_ids),
                )
            )
        return TakenOver(
            tuple(client_ids),
            tuple(traj_ids),
            sealed.confirmation(confirm_key, content["id"]),
            Changes.of("client", traj_ids, client_ids),
        )

    @staticmethod
    def _row_in(
        table: Table,
        row: dict,
        *,
        traject_id: int | None = None,
        client_id: int | None = None,
        act_ids: dict[str, int] | None = None,
    ) -> dict:
        out = {k: _in(table, k, v) for k, v in row.items() if k in table.c}
        if traject_id is not None:
            out["traject_id"] = traject_id
        if client_id is not None and "client_id" in table.c:
            out["client_id"] = client_id
        if "activiteit_id" in table.c:
            out["activiteit_id"] = (act_ids or {})[row["activiteit_uid"]]
        return out


def _hash_confirmation(code: str) -> str:
    return hashlib.sha256(sealed.normalise(code).encode()).hexdigest()


def _same_person(here: Client, c: dict) -> bool:
    def norm(v: object) -> str:
        return " ".join(str(v or "").lower().split())

    return all(norm(_out(getattr(here, k))) == norm(c.get(k)) for k in SAME_PERSON)


def _describe(voornaam: str | None, achternaam: str | None, geboren: date | None) -> str:
    name = " ".join(x for x in (voornaam, achternaam) if x)
    return f"{name}, {geboren:%d-%m-%Y}" if geboren else name


def _row(h: Handover) -> HandoverRow:
    assert h.id is not None
    return HandoverRow(
        h.id,
        h.richting,
        h.wie,
        h.datum,
        tuple(json.loads(h.clienten)),
        h.trajecten,
        h.bevestigd,
        h.gewist,
    )


__all__ = [
    "HandoverRow",
    "HandoverService",
    "Made",
    "Plan",
    "PlannedClient",
    "TakenOver",
]

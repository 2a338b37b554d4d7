"""The privacy service: audit log reading, inzage (everything stored about one client),
erasure (one client, or closed trajectories past the retention period) and retention.

Erasure is generic on purpose: every table of the store with a `client_id` or `traject_id`
column is cleared for the client, so a feature that adds such a table (a hand-over record,
a new kind of note) is erased with the client without this module knowing it.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import MetaData, Table, delete, insert, or_, select

import wor_desk.privacy.messages  # noqa: F401  (registers the messages)
from wor_desk import attention
from wor_desk.domain import process
from wor_desk.domain.audit import AuditEntry
from wor_desk.domain.catalogue import Activity
from wor_desk.domain.models import Client, Setting, Trajectory, now_utc
from wor_desk.errors import InputError, NotFound
from wor_desk.store.audit import suspended

#: Settings of this feature and their defaults (values as stored: JSON).
RETENTION_MONTHS = "bewaartermijn_maanden"
RETENTION_AUTO = "bewaartermijn_automatisch"
VACUUM_DUE = "opschonen_bij_backup"
DEFAULTS: dict[str, object] = {RETENTION_MONTHS: 24, RETENTION_AUTO: False}

_AUDIT: Table = AuditEntry.__table__  # type: ignore[assignment]
_CLIENT: Table = Client.__table__  # type: ignore[assignment]
_TRAJ: Table = Trajectory.__table__  # type: ignore[assignment]
#: Tables erasure never clears by column: the log (handled apart) and schema bookkeeping.
#: Vandaag's lines (wor_desk.attention) are derived, not the client's data: not in the inzage or the
#: erasure plan; a trajectory's delete trigger (migration 0011) removes them with it.
_NOT_CLIENT_DATA = {"audit", "alembic_version", "sync_maand", "sync_run", *attention.TABLES}


@dataclass(frozen=True)
class AuditRow:
    id: int
    tijd: datetime
    profiel: str
    soort: str
    tabel: str
    rij: str | None
    client_id: int | None
    traject_id: int | None
    velden: dict


@dataclass(frozen=True)
class ErasurePlan:
    """What an erasure will remove (for the confirmation that names it) or removed."""

    client_id: int | None
    client_nr: str | None
    naam: str | None
    trajecten: int
    rijen: dict[str, int]  # table -> rows (without the client row and the audit entries)
    audit: int


@dataclass(frozen=True)
class ProviderNote:
    """What the coach may pass on when signing a client up for an activity: with consent the
    client's contact details for the provider; without, the provider's details for the client."""

    shared: bool  # the client's contact details are in `text`
    consent: bool | None  # toestemming_gegevens as recorded
    text: str


@dataclass(frozen=True)
class RetentionItem:
    trajectory_id: int
    client_id: int
    client_nr: str
    naam: str
    afgerond: date
    vervalt: date  # the last day it is kept


def add_months(d: date, months: int) -> date:
    """`d` plus `months` calendar months (the 31st becomes the month's last day)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


class PrivacyService:
    def __init__(self, store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self._today = today

    # -- settings ---------------------------------------------------------------------------
    def _setting(self, key: str) -> object:
        with self.store.session() as s:
            row = s.get(Setting, key)
        return json.loads(row.waarde) if row is not None else DEFAULTS.get(key)

    def retention_months(self) -> int:
        return int(self._setting(RETENTION_MONTHS))  # type: ignore[arg-type]

    def retention_automatic(self) -> bool:
        return bool(self._setting(RETENTION_AUTO))

    def set_retention(self, months: int | None = None, automatic: bool | None = None) -> None:
        if months is not None and (
            isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= 240
        ):
            raise InputError("retention_months_invalid", value=months)
        with self.store.transaction() as s:
            if months is not None:
                s.merge(Setting(sleutel=RETENTION_MONTHS, waarde=json.dumps(months)))
            if automatic is not None:
                s.merge(Setting(sleutel=RETENTION_AUTO, waarde=json.dumps(bool(automatic))))

    # -- lookups ------------------------------------------------------------------------------
    def client_id_of(self, client_nr: str) -> int:
        with self.store.session() as s:
            cid = s.exec(select(Client.id).where(Client.client_nr == client_nr)).scalars().first()
        if cid is None:
            raise NotFound("client_nr_unknown", nr=client_nr)
        return cid

    # -- audit ----------------------------------------------------------------------------------
    def audit(
        self, client_id: int | None = None, since: date | None = None, limit: int | None = None
    ) -> list[AuditRow]:
        """Entries oldest first; of one client (their own rows and their trajectories')."""
        q = select(_AUDIT).order_by(_AUDIT.c.id)
        if client_id is not None:
            q = q.where(_AUDIT.c.client_id == client_id)
        if since is not None:
            q = q.where(_AUDIT.c.tijd >= datetime(since.year, since.month, since.day, tzinfo=UTC))
        if limit is not None:
            q = q.limit(limit)
        with self.store.session() as s:
            rows = s.connection().execute(q).mappings().all()
        return [AuditRow(**{**r, "velden": json.loads(r["velden"] or "{}")}) for r in rows]

    # -- inzage ---------------------------------------------------------------------------------
    def export(self, client_id: int) -> dict:
        """Everything stored about one client, as plain JSON-ready values: the client row, each
        trajectory with every row that hangs off it (table by table), and the audit entries."""
        with self.store.session() as s:
            conn = s.connection()
            client = (
                conn.execute(select(_CLIENT).where(_CLIENT.c.id == client_id)).mappings().first()
            )
            if client is None:
                raise NotFound(what="Cliënt", id=client_id)
            tids = _trajectory_ids(conn, [client_id])
            out: dict = {
                "formaat": "wor-desk-inzage",
                "versie": 1,
                "gemaakt": now_utc().isoformat(),
                "profiel": self.store.profile,
                "client": _json_row(client),
                "trajecten": [],
                "overig": {},
            }
            kids = {}
            for table in _client_tables(conn):
                if table.name in ("client", "traject"):
                    continue
                if "traject_id" in table.c and tids:
                    rows = conn.execute(
                        select(table)
                        .where(table.c.traject_id.in_(tids))
                        .order_by(*table.primary_key)
                    ).mappings()
                    for r in rows:
                        kids.setdefault(r["traject_id"], {}).setdefault(table.name, []).append(
                            _json_row(r)
                        )
                elif "client_id" in table.c:
                    rows = conn.execute(
                        select(table).where(table.c.client_id == client_id)
                    ).mappings()
                    found = [_json_row(r) for r in rows]
                    if found:
                        out["overig"][table.name] = found
            for r in conn.execute(
                select(_TRAJ).where(_TRAJ.c.id.in_(tids)).order_by(_TRAJ.c.verwijsdatum)
            ).mappings():
                out["trajecten"].append({**_json_row(r), **kids.get(r["id"], {})})
            _name_activities(conn, out["trajecten"])
            _mark_letter_texts(out["trajecten"])
        out["audit"] = [
            {
                "tijd": a.tijd.isoformat(),
                "profiel": a.profiel,
                "soort": a.soort,
                "tabel": a.tabel,
                "traject_id": a.traject_id,
                "velden": a.velden,
            }
            for a in self.audit(client_id)
        ]
        return out

    def write_export(self, client_id: int, target: Path, lang: str = "nl") -> Path:
        """Write the inzage to `target`: a readable PDF (`.pdf`, in `lang`) or JSON (`.json`).
        An existing file is never overwritten; nothing else is written anywhere."""
        target = Path(target)
        suffix = target.suffix.lower()
        if suffix not in (".pdf", ".json"):
            raise InputError("export_suffix", name=target.name)
        if target.exists():
            raise InputError("export_target_exists", path=str(target))
        data = self.export(client_id)
        if suffix == ".json":
            content = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
        else:
            # reportlab is loaded only when a PDF is asked for: it is not needed to unlock
            from wor_desk.privacy import pdf

            content = pdf.render(data, lang)
        try:
            with open(target, "xb") as fh:
                fh.write(content)
        except OSError as exc:
            raise InputError(
                "export_write_failed", path=str(target), reason=exc.strerror or str(exc)
            ) from None
        return target

    # -- consent for data sharing ----------------------------------------------------------------
    def provider_note(self, trajectory_id: int, activity_id: int, lang: str = "nl") -> ProviderNote:
        """The sign-up note for an activity provider. The client's name, phone and email are in
        it only when `toestemming_gegevens` is yes (process.may_share_contact); otherwise it is a
        note for the client with how to reach the provider themselves."""
        with self.store.session() as s:
            t = s.get(Trajectory, trajectory_id)
            if t is None:
                raise NotFound(what="Traject", id=trajectory_id)
            c = s.get(Client, t.client_id)
            a = s.get(Activity, activity_id)
            if a is None or c is None:
                raise NotFound(what="Activiteit", id=activity_id)
        en = lang == "en"
        consent = t.toestemming_gegevens
        provider = "\n".join(
            x
            for x in (
                a.aanbieder,
                a.contactpersoon,
                a.telefoon,
                a.email,
                a.adres,
                (("Sign up: " if en else "Aanmelden: ") + a.aanmelden) if a.aanmelden else None,
            )
            if x
        )
        if process.may_share_contact(consent):
            naam = " ".join(x for x in (c.voornaam, c.achternaam) if x)
            lines = [
                (f"Sign-up for: {a.naam}" if en else f"Aanmelding voor: {a.naam}"),
                (f"Name: {naam}" if en else f"Naam: {naam}"),
            ]
            if c.telefoon:
                lines.append(f"{'Phone' if en else 'Telefoon'}: {c.telefoon}")
            if c.email:
                lines.append(f"{'Email' if en else 'E-mail'}: {c.email}")
            lines.append(
                "The client agreed to these details being passed on."
                if en
                else "De cliënt heeft toestemming gegeven om deze gegevens door te geven."
            )
            return ProviderNote(True, consent, "\n".join(lines))
        lines = [
            (
                "No consent recorded to pass the client's contact details on: give the client "
                "the provider's details instead."
                if en
                else "Geen toestemming vastgelegd om contactgegevens van de cliënt door te "
                "geven: geef de cliënt de gegevens van de aanbieder."
            ),
            "",
            a.naam,
        ]
        if provider:
            lines.append(provider)
        return ProviderNote(False, consent, "\n".join(lines))

    # -- erasure --------------------------------------------------------------------------------
    def erasure_plan(self, client_id: int) -> ErasurePlan:
        with self.store.session() as s:
            conn = s.connection()
            c = conn.execute(select(_CLIENT).where(_CLIENT.c.id == client_id)).mappings().first()
            if c is None:
                raise NotFound(what="Cliënt", id=client_id)
            tids = _trajectory_ids(conn, [client_id])
            rows = _count_rows(conn, [client_id], tids)
            n_audit = conn.execute(select(_AUDIT.c.id).where(_audit_of([client_id], tids))).all()
        naam = " ".join(x for x in (c["voornaam"], c["achternaam"]) if x)
        return ErasurePlan(client_id, c["client_nr"], naam, len(tids), rows, len(n_audit))

    def erase(self, client_id: int) -> ErasurePlan:
        """Erase a client and everything of theirs, in one transaction. The audit keeps one
        `gewist` entry (when, which profile, how many trajectories), never whom."""
        plan = self.erasure_plan(client_id)
        with self.store.transaction() as s:
            conn = s.connection()
            with suspended(conn):
                tids = _trajectory_ids(conn, [client_id])
                _delete_rows(conn, [client_id], tids)
                conn.execute(delete(_AUDIT).where(_audit_of([client_id], tids)))
                self._record_erasure(conn, "client", {"trajecten": len(tids), "reden": "verzoek"})
        self._after_erasure()
        return plan

    # -- retention ------------------------------------------------------------------------------
    def retention_due(self, months: int | None = None) -> list[RetentionItem]:
        """Closed trajectories kept longer than `months` (the setting when None) after closing:
        a trajectory closed on `d` is kept through add_months(d, months) and due the day after."""
        months = self.retention_months() if months is None else months
        today = self._today()
        cutoff = _months_back(today, months)  # closed on or before this day: past the period
        q = (
            select(
                _TRAJ.c.id,
                _TRAJ.c.client_id,
                _TRAJ.c.afgerond,
                _CLIENT.c.client_nr,
                _CLIENT.c.voornaam,
                _CLIENT.c.achternaam,
            )
            .join(_CLIENT, _CLIENT.c.id == _TRAJ.c.client_id)
            .where(_TRAJ.c.afgerond.is_not(None), _TRAJ.c.afgerond <= cutoff)
            .order_by(_TRAJ.c.afgerond, _TRAJ.c.id)
        )
        with self.store.session() as s:
            rows = s.connection().execute(q).all()
        return [
            RetentionItem(
                tid, cid, nr, " ".join(x for x in (vn, an) if x), af, add_months(af, months)
            )
            for tid, cid, af, nr, vn, an in rows
        ]

    def apply_retention(self, months: int | None = None) -> list[RetentionItem]:
        """Erase the trajectories `retention_due` lists; a client left without any trajectory
        is erased whole. Returns what was erased."""
        due = self.retention_due(months)
        if not due:
            return []
        tids = [i.trajectory_id for i in due]
        cids = sorted({i.client_id for i in due})
        with self.store.transaction() as s:
            conn = s.connection()
            with suspended(conn):
                _delete_rows(conn, [], tids)
                conn.execute(delete(_AUDIT).where(_AUDIT.c.traject_id.in_(tids)))
                left = set(
                    conn.execute(
                        select(_TRAJ.c.client_id).where(_TRAJ.c.client_id.in_(cids))
                    ).scalars()
                )
                gone = [c for c in cids if c not in left]
                if gone:
                    _delete_rows(conn, gone, [])
                    conn.execute(delete(_AUDIT).where(_AUDIT.c.client_id.in_(gone)))
                self._record_erasure(
                    conn,
                    "traject",
                    {"trajecten": len(tids), "clienten": len(gone), "reden": "bewaartermijn"},
                )
        self._after_erasure()
        return due

    # -- helpers ----------------------------------------------------------------------------------
    def _record_erasure(self, conn, tabel: str, velden: dict) -> None:
        conn.execute(
            insert(_AUDIT),
            {
                "tijd": now_utc(),
                "profiel": self.store.profile,
                "soort": "gewist",
                "tabel": tabel,
                "rij": None,
                "client_id": None,
                "traject_id": None,
                "velden": json.dumps(velden, sort_keys=True),
            },
        )
        conn.execute(delete(Setting.__table__).where(Setting.__table__.c.sleutel == VACUUM_DUE))
        conn.execute(insert(Setting.__table__), {"sleutel": VACUUM_DUE, "waarde": "true"})

    def _after_erasure(self) -> None:
        """Move the erased pages out of the write-ahead log into the (secure-deleted) file."""
        with self.store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.rollback()

    def backup(self, target) -> dict[str, int]:
        """A verified encrypted copy at `target`; vacuums first when an erasure is pending, so
        the copy holds no free pages from before it."""
        if self.vacuum_due():
            self.store.check()  # checks.py rule 3: never VACUUM (rebuild) a damaged store
            self.vacuum()
        return self.store.backup(target)

    def vacuum_due(self) -> bool:
        return bool(self._setting(VACUUM_DUE))

    def vacuum(self) -> None:
        """Rebuild the file without free pages (run by the backup after an erasure)."""
        raw = self.store.engine.raw_connection()
        try:
            dbconn = raw.driver_connection
            dbconn.commit()
            dbconn.execute("VACUUM")
            dbconn.execute(f"DELETE FROM instelling WHERE sleutel = '{VACUUM_DUE}'")
            dbconn.commit()
            dbconn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()


# -- table walking ------------------------------------------------------------------------------
def _client_tables(conn) -> list[Table]:
    """The store's tables that hold a client's rows, children first. Read from the file itself
    (not from the models imported so far), so no table of a client can be missed."""
    md = MetaData()
    md.reflect(conn)
    return [
        t
        for t in reversed(md.sorted_tables)
        if t.name not in _NOT_CLIENT_DATA
        and ("client_id" in t.c or "traject_id" in t.c or t.name == "client")
    ]


def _trajectory_ids(conn, client_ids: Iterable[int]) -> list[int]:
    ids = list(client_ids)
    if not ids:
        return []
    return list(conn.execute(select(_TRAJ.c.id).where(_TRAJ.c.client_id.in_(ids))).scalars())


def _where(table: Table, client_ids: list[int], tids: list[int]):
    conds = []
    if table.name == "client" and client_ids:
        conds.append(table.c.id.in_(client_ids))
    if table.name == "traject" and tids:
        conds.append(table.c.id.in_(tids))
    if "traject_id" in table.c and tids:
        conds.append(table.c.traject_id.in_(tids))
    if "client_id" in table.c and client_ids:
        conds.append(table.c.client_id.in_(client_ids))
    return or_(*conds) if conds else None


def _delete_rows(conn, client_ids: list[int], tids: list[int]) -> None:
    for table in _client_tables(conn):
        cond = _where(table, client_ids, tids)
        if cond is not None:
            conn.execute(delete(table).where(cond))


def _count_rows(conn, client_ids: list[int], tids: list[int]) -> dict[str, int]:
    out = {}
    for table in _client_tables(conn):
        if table.name == "client":
            continue
        cond = _where(table, client_ids, tids)
        if cond is not None:
            n = len(conn.execute(select(*table.primary_key.columns).where(cond)).all())
            if n:
                out[table.name] = n
    return out


def _audit_of(client_ids: list[int], tids: list[int]):
    conds = [_AUDIT.c.client_id.in_(client_ids)]
    if tids:
        conds.append(_AUDIT.c.traject_id.in_(tids))
    return or_(*conds)


def _months_back(d: date, months: int) -> date:
    """The latest closing day whose retention period (add_months) has ended before `d`."""
    probe = add_months(d, -months)
    while add_months(probe, months) >= d:
        probe = date.fromordinal(probe.toordinal() - 1)
    while add_months(date.fromordinal(probe.toordinal() + 1), months) < d:
        probe = date.fromordinal(probe.toordinal() + 1)
    return probe


def _json_row(row) -> dict:
    out = {}
    for k, v in dict(row).items():
        out[k] = v.isoformat() if isinstance(v, (date, datetime)) else v
    return out


#: In the inzage, beside a logged feedback whose letter text was not kept.
LETTER_TEXT_NOT_KEPT = (
    "De tekst van deze brief is niet bewaard: de terugkoppeling is vastgelegd voordat WoR Desk "
    "de tekst van verstuurde brieven bewaarde, of zonder brief uit WoR Desk."
)


def _mark_letter_texts(trajectories: list[dict]) -> None:
    """Say per logged feedback whether its letter's text was kept, and plainly when it was not."""
    for traj in trajectories:
        for row in traj.get("terugkoppeling", []):
            kept = bool(row.get("brief_tekst"))
            row["brief_tekst_bewaard"] = kept
            if not kept:
                row["brief_tekst_toelichting"] = LETTER_TEXT_NOT_KEPT


def _name_activities(conn, trajecten: list[dict]) -> None:
    """Matches point at catalogue entries: add the activity's name so the copy reads alone."""
    ids = {
        m["activiteit_id"] for t in trajecten for m in t.get("match", ()) if m.get("activiteit_id")
    }
    if not ids:
        return
    names = dict(conn.execute(select(Activity.id, Activity.naam).where(Activity.id.in_(ids))).all())
    for t in trajecten:
        for m in t.get("match", ()):
            m["activiteit_naam"] = names.get(m.get("activiteit_id"))

"""The region's sociale kaart at the collector: one shared kaart, revisioned like the counts.

The kaart holds no personal data (activities, providers, addresses of places). A *kaart
editor* token (`wdk_`) may replace or extend it (`wor-desk collector kaart import FILE`, the
same all-or-nothing checks and Open Referral columns as the desk's kaart import) and decides
on the desks' proposals; desk tokens read what changed since their last sync and send
proposals. Every change raises the kaart's revision by one; a removed entry stays as a
tombstone so desks learn of the removal.
"""

from __future__ import annotations

import json
import secrets
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from wor_desk import messages
from wor_desk.catalogue import csvio
from wor_desk.catalogue import region_rules as rr
from wor_desk.collector import db
from wor_desk.collector.service import (
    TOKEN_BYTES,
    AuthError,
    Collector,
    CollectorError,
    DeskInfo,
    _check_name,
    _hash,
    _now,
)
from wor_desk.domain.catalogue import new_uid
from wor_desk.errors import InputError

EDITOR_PREFIX = "wdk_"

messages.register(
    {
        "collector_editor_exists": (
            "Er is al een kaartredacteur met de naam '{name}'. Kies een andere naam.",
            "A kaart editor named '{name}' already exists. Choose another name.",
        ),
        "collector_editor_unknown": (
            "Er is geen kaartredacteur met de naam '{name}'.",
            "There is no kaart editor named '{name}'.",
        ),
        "kaart_proposal_unknown": (
            "Er is geen voorstel {id}. Zie 'wor-desk collector kaart voorstellen'.",
            "There is no proposal {id}. See 'wor-desk collector kaart voorstellen'.",
        ),
        "kaart_proposal_decided": (
            "Over voorstel {id} is al besloten ({status}).",
            "Proposal {id} was already decided ({status}).",
        ),
        "kaart_proposal_entry_gone": (
            "Voorstel {id} gaat over een activiteit die niet meer op de kaart staat. Weiger het voorstel.",
            "Proposal {id} is about an activity no longer on the kaart. Refuse the proposal.",
        ),
        "kaart_editor_token_missing": (
            "Geef de token van de kaartredacteur met --token (of WOR_COLLECTOR_TOKEN).",
            "Give the kaart editor's token with --token (or WOR_COLLECTOR_TOKEN).",
        ),
        "kaart_refused_by_collector": (
            "De collector weigert dit: {detail}",
            "The collector refuses this: {detail}",
        ),
        "kaart_too_many": (
            "Het bestand heeft {count} activiteiten; de regiokaart neemt er hoogstens {max} in één keer.",
            "The file has {count} activities; the region's kaart takes at most {max} at once.",
        ),
    }
)


@dataclass(frozen=True)
class Editor:
    id: int
    name: str


@dataclass(frozen=True)
class KaartImport:
    """What an import did (or would do, dry run) to the region's kaart."""

    rows: int
    created: int
    updated: int
    unchanged: int
    removed: int
    revision: int
    dry_run: bool = False

    def wire(self) -> dict:
        return {
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "revision": self.revision,
            "dry_run": self.dry_run,
        }


@dataclass(frozen=True)
class Proposal:
    id: int
    desk: str
    kind: str
    uid: str | None
    name: str  # the entry's name (proposed, or as on the kaart)
    cells: dict[str, str]
    remark: str | None
    status: str
    received: datetime
    decided: datetime | None

    def wire(self) -> dict:
        return {
            "id": self.id,
            "desk": self.desk,
            "kind": self.kind,
            "entry_id": self.uid,
            "name": self.name,
            "cells": self.cells,
            "remark": self.remark,
            "status": self.status,
            "received": self.received.isoformat(),
            "decided": self.decided.isoformat() if self.decided else None,
        }


class RegionKaart:
    """The kaart of one collector store."""

    def __init__(self, collector: Collector) -> None:
        self.c = collector
        self.engine = collector.engine

    def _today(self) -> date:
        return self.c._today()

    # -- editors ------------------------------------------------------------------------
    def add_editor(self, name: str) -> str:
        name = _check_name(name)
        token = EDITOR_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(db.editors).values(naam=name, token_hash=_hash(token), aangemaakt=_now())
                )
        except IntegrityError:
            raise CollectorError("collector_editor_exists", name=name) from None
        return token

    def revoke_editor(self, name: str) -> None:
        with self.engine.begin() as conn:
            got = conn.execute(
                update(db.editors)
                .where(db.editors.c.naam == name, db.editors.c.ingetrokken.is_(None))
                .values(ingetrokken=_now())
            ).rowcount
        if not got:
            raise CollectorError("collector_editor_unknown", name=name)

    def authenticate_editor(self, token: str | None) -> Editor:
        if token and not token.startswith(EDITOR_PREFIX):
            raise AuthError(
                403,
                "Only a kaart editor token may change the region's kaart. / Alleen een "
                "kaartredacteur-token mag de kaart van de regio wijzigen.",
            )
        row = self.c._find(db.editors, token, EDITOR_PREFIX)
        return Editor(row.id, row.naam)

    def authenticate_reader_of_kaart(self, token: str | None) -> DeskInfo | Editor:
        """Desks and editors may read the kaart."""
        if token and token.startswith(EDITOR_PREFIX):
            return self.authenticate_editor(token)
        return self.c.authenticate_desk(token)

    # -- the kaart ----------------------------------------------------------------------
    def revision(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(db.kaart_stand.c.revisie)).scalar() or 0)

    def _bump(self, conn) -> int:
        conn.execute(update(db.kaart_stand).values(revisie=db.kaart_stand.c.revisie + 1))
        return int(conn.execute(select(db.kaart_stand.c.revisie)).scalar_one())

    def import_entries(
        self,
        columns: list[str],
        entries: list[dict[str, str]],
        *,
        remove_missing: bool = False,
        dry_run: bool = False,
    ) -> KaartImport:
        """Validate every entry first (CatalogueImportError lists each problem), then write all
        in one transaction. An entry is the same as a stored one when its `id` matches, else
        when name and organisation match; columns left out leave fields alone.
        `remove_missing`: the file is the whole kaart; entries not in it are removed."""
        if len(entries) > rr.MAX_ENTRIES:
            raise InputError("kaart_too_many", count=len(entries), max=rr.MAX_ENTRIES)
        parsed = rr.check_entries(columns, entries, self._today())
        created = updated = unchanged = removed = 0
        stamp = _now()
        with self._lock(), self.engine.begin() as conn:
            rows = conn.execute(select(db.kaart).where(db.kaart.c.verwijderd.is_(False))).all()
            stored = {r.uid: json.loads(r.gegevens) for r in rows}
            by_name = {
                csvio.identity(g.get("name"), g.get("organization")): u for u, g in stored.items()
            }
            writes: dict[str, tuple[dict, bool]] = {}  # uid -> (cells, new)
            seen: set[str] = set()
            for _n, data in parsed:
                uid = data.pop("uid", None)
                match = uid if uid in stored else None
                match = match or by_name.get(
                    csvio.identity(data.get("naam"), data.get("aanbieder"))
                )
                given = csvio.to_cells(data)
                if match is None:
                    uid = uid or new_uid()
                    full = {c: given.get(c, "") for c in rr.SHARED_COLUMNS}
                    writes[uid] = (full, True)
                    seen.add(uid)
                    created += 1
                    continue
                seen.add(match)
                merged = {**stored[match], **given}
                if merged == stored[match]:
                    unchanged += 1
                else:
                    writes[match] = (merged, False)
                    updated += 1
            gone = [u for u in stored if u not in seen] if remove_missing else []
            removed = len(gone)
            revision = self.revision_in(conn)
            if (writes or gone) and not dry_run:
                revision = self._bump(conn)
                for uid, (cells, new) in writes.items():
                    values = dict(
                        revisie=revision,
                        verwijderd=False,
                        gegevens=json.dumps(cells, ensure_ascii=False, sort_keys=True),
                        gewijzigd=stamp,
                    )
                    if (
                        new
                        and not conn.execute(
                            select(db.kaart.c.uid).where(db.kaart.c.uid == uid)
                        ).first()
                    ):
                        conn.execute(insert(db.kaart).values(uid=uid, **values))
                    else:
                        conn.execute(update(db.kaart).where(db.kaart.c.uid == uid).values(**values))
                for uid in gone:
                    conn.execute(
                        update(db.kaart)
                        .where(db.kaart.c.uid == uid)
                        .values(revisie=revision, verwijderd=True, gewijzigd=stamp)
                    )
        return KaartImport(len(parsed), created, updated, unchanged, removed, revision, dry_run)

    @staticmethod
    def revision_in(conn) -> int:
        return int(conn.execute(select(db.kaart_stand.c.revisie)).scalar() or 0)

    def _lock(self):
        return self.c._write_lock or nullcontext()

    def entries(self) -> list[dict[str, str]]:
        """The kaart now (without removed entries), each entry's cells with its `id`, by name."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(db.kaart).where(db.kaart.c.verwijderd.is_(False))).all()
        out = [{"id": r.uid, **json.loads(r.gegevens)} for r in rows]
        return sorted(out, key=lambda e: (e.get("name", "").lower(), e["id"]))

    def changes(self, since: int) -> dict:
        """What changed after revision `since` (a desk's last sync), removals included. A
        `since` beyond the kaart's revision (the collector was rebuilt) gets the whole kaart
        with `full` set, so the desk drops region entries not in it."""
        with self.engine.connect() as conn:
            current = self.revision_in(conn)
            full = since <= 0 or since > current
            q = select(db.kaart)
            if not full:
                q = q.where(db.kaart.c.revisie > since)
            elif since > current:
                q = q.where(db.kaart.c.verwijderd.is_(False))
            rows = conn.execute(q.order_by(db.kaart.c.revisie, db.kaart.c.uid)).all()
        return {
            "revision": current,
            "full": since > current,
            "entries": [
                {"id": r.uid, "removed": bool(r.verwijderd), "revision": r.revisie}
                | ({} if r.verwijderd else {"cells": json.loads(r.gegevens)})
                for r in rows
            ],
        }

    # -- proposals ----------------------------------------------------------------------
    def receive_proposals(self, desk: DeskInfo, proposals: list[dict]) -> list[dict]:
        """Store a desk's proposals (a resend of the same `ref` is not stored twice); each
        answer says the collector's id or why it was refused."""
        answers = []
        stamp = _now()
        with self._lock(), self.engine.begin() as conn:
            for p in proposals:
                ref, kind = p.get("ref"), str(p.get("kind") or "")
                cells = p.get("cells") or {}
                uid = p.get("entry_id")
                remark = p.get("remark")
                problem = None
                if not isinstance(ref, int) or isinstance(ref, bool):
                    problem = "ref must be a whole number"
                elif not isinstance(cells, dict) or not all(
                    isinstance(k, str) and isinstance(v, str) and len(v) <= 2000
                    for k, v in cells.items()
                ):
                    problem = "cells must be texts by column"
                elif remark is not None and (
                    not isinstance(remark, str) or len(remark) > rr.MAX_REMARK
                ):
                    problem = f"remark: at most {rr.MAX_REMARK} characters"
                elif uid is not None and (not isinstance(uid, str) or len(uid) > 64):
                    problem = "entry_id must be an entry's id"
                elif kind != "nieuw" and uid is None:
                    problem = "entry_id is needed for a correction"
                else:
                    problem = rr.check_proposal(kind, cells)
                if problem:
                    answers.append({"ref": ref, "status": "geweigerd", "message": problem})
                    continue
                old = conn.execute(
                    select(db.kaart_proposals.c.id).where(
                        db.kaart_proposals.c.desk_id == desk.id,
                        db.kaart_proposals.c.desk_ref == ref,
                    )
                ).first()
                if old is not None:
                    answers.append({"ref": ref, "status": "ontvangen", "id": old.id})
                    continue
                new_id = conn.execute(
                    insert(db.kaart_proposals).values(
                        desk_id=desk.id,
                        desk_ref=ref,
                        soort=kind,
                        uid=uid,
                        gegevens=json.dumps(cells, ensure_ascii=False, sort_keys=True),
                        toelichting=remark,
                        status="open",
                        ontvangen=stamp,
                    )
                ).inserted_primary_key[0]
                answers.append({"ref": ref, "status": "ontvangen", "id": int(new_id)})
        return answers

    def proposals(self, status: str | None = "open") -> list[Proposal]:
        P, D = db.kaart_proposals, db.desks
        q = select(P, D.c.naam.label("desk_naam")).join(D, D.c.id == P.c.desk_id).order_by(P.c.id)
        if status:
            q = q.where(P.c.status == status)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
            names = dict(
                conn.execute(
                    select(db.kaart.c.uid, db.kaart.c.gegevens).where(
                        db.kaart.c.uid.in_([r.uid for r in rows if r.uid])
                    )
                ).all()
            )
        out = []
        for r in rows:
            cells = json.loads(r.gegevens)
            name = cells.get("name") or (
                json.loads(names[r.uid]).get("name") if r.uid in names else ""
            )
            out.append(
                Proposal(
                    r.id,
                    r.desk_naam,
                    r.soort,
                    r.uid,
                    name or "",
                    cells,
                    r.toelichting,
                    r.status,
                    r.ontvangen,
                    r.besloten,
                )
            )
        return out

    def _open_proposal(self, conn, proposal_id: int):
        row = conn.execute(
            select(db.kaart_proposals).where(db.kaart_proposals.c.id == proposal_id)
        ).first()
        if row is None:
            raise InputError("kaart_proposal_unknown", id=proposal_id)
        if row.status != "open":
            raise InputError("kaart_proposal_decided", id=proposal_id, status=row.status)
        return row

    def accept(self, proposal_id: int) -> KaartImport:
        """Take a proposal into the kaart (checked as an import of that one entry); a
        correction also marks the entry checked today."""
        with self.engine.connect() as conn:
            row = self._open_proposal(conn, proposal_id)
            cells = json.loads(row.gegevens)
            if row.soort == "nieuw":
                entry = {**cells, **({"id": row.uid} if row.uid else {})}
            else:
                got = conn.execute(
                    select(db.kaart).where(
                        db.kaart.c.uid == row.uid, db.kaart.c.verwijderd.is_(False)
                    )
                ).first()
                if got is None:
                    raise InputError("kaart_proposal_entry_gone", id=proposal_id)
                entry = {
                    **json.loads(got.gegevens),
                    **cells,
                    "assured_date": self._today().isoformat(),
                    "id": row.uid,
                }
        result = self.import_entries(list(entry), [entry])
        self._decide(proposal_id, "geaccepteerd")
        return result

    def refuse(self, proposal_id: int) -> None:
        with self.engine.connect() as conn:
            self._open_proposal(conn, proposal_id)
        self._decide(proposal_id, "geweigerd")

    def _decide(self, proposal_id: int, status: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(db.kaart_proposals)
                .where(db.kaart_proposals.c.id == proposal_id)
                .values(status=status, besloten=_now())
            )

    def open_proposals(self) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.execute(
                    select(func.count()).where(db.kaart_proposals.c.status == "open")
                ).scalar_one()
            )

"""The region's sociale kaart on the desk (`desk.region_kaart`): receive it, propose changes.

Every sync (`desk.sync.sync()`) sends the proposals that wait and fetches what changed in the
region's kaart since the last revision received (wor_desk.collector.kaart). Entries from the
region are stored as catalogue entries marked `regio`: read-only on the desk (a correction
goes as a proposal), with the shared "last checked" date; the coach's own note
(`Activity.notitie`) is never sent and never overwritten. An entry removed at the region
disappears from the desk, except when a trajectory was proposed it: then it is kept, closed.
Offline the desk keeps the last kaart it received.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from sqlalchemy import func, select

from wor_desk import messages
from wor_desk.catalogue import csvio, rules
from wor_desk.catalogue import region_rules as rr
from wor_desk.catalogue.csvio import CatalogueImportError
from wor_desk.domain.catalogue import Activity, KaartProposal, Match
from wor_desk.domain.models import now_utc
from wor_desk.errors import InputError, NotFound, RuleViolation, Violation
from wor_desk.values import Caseload, Changes
from wor_desk.values.sync import KaartSync


class KaartClient(Protocol):
    """What the exchange needs of the collector's HTTP client (wor_desk.sync.client)."""

    def kaart(self, since: int = 0) -> dict: ...

    def kaart_propose(self, proposals: list[dict]) -> dict: ...


#: The last revision received, and when a change of the kaart last came in.
S_REVISION, S_RECEIVED = "kaart_regio_revisie", "kaart_regio_ontvangen"

messages.register(
    {
        "activity_from_region": (
            "'{name}' komt uit de sociale kaart van de regio en kan hier niet worden gewijzigd. "
            "Stel een correctie voor (gesloten, geen plek, verhuisd); uw eigen notitie kunt u wel aanpassen.",
            "'{name}' comes from the region's sociale kaart and cannot be changed here. "
            "Propose a correction (closed, no room, moved); your own note you can change.",
        ),
        "kaart_proposal_kind": (
            "'{kind}' is geen soort voorstel. Kies nieuw, gesloten, vol of verhuisd.",
            "'{kind}' is not a kind of proposal. Choose nieuw, gesloten, vol or verhuisd.",
        ),
        "kaart_proposal_not_region": (
            "'{name}' staat niet op de kaart van de regio. Stel haar voor als nieuwe activiteit.",
            "'{name}' is not on the region's kaart. Propose it as a new activity.",
        ),
        "kaart_proposal_already_region": (
            "'{name}' staat al op de kaart van de regio. Stel een correctie voor.",
            "'{name}' is already on the region's kaart. Propose a correction.",
        ),
        "kaart_proposal_empty": (
            "Een voorstel 'verhuisd' heeft het nieuwe adres, de postcode, gemeente of wijk nodig.",
            "A 'moved' proposal needs the new address, postcode, gemeente or wijk.",
        ),
        "catalogue_region_rows_kept": (
            "{count} rij(en) gaan over activiteiten van de regiokaart en zijn overgeslagen: die worden bij de collector bijgewerkt.",
            "{count} row(s) are about activities of the region's kaart and were skipped: those are updated at the collector.",
        ),
        "kaart_remark_too_long": (
            "De toelichting is langer dan {max} tekens. Maak haar korter (en zet er geen namen van cliënten in).",
            "The remark is longer than {max} characters. Shorten it (and put no client names in it).",
        ),
    }
)


@dataclass(frozen=True)
class KaartState:
    revision: int
    received: datetime | None
    region_entries: int
    own_entries: int
    proposals_waiting: int


@dataclass(frozen=True)
class ProposalRow:
    id: int
    kind: str
    entry_id: str | None
    name: str
    cells: dict[str, str]
    remark: str | None
    created: datetime
    sent: datetime | None
    error: str | None


class RegionKaartService:
    def __init__(self, desk: Caseload) -> None:
        self.desk = desk

    # -- reading --------------------------------------------------------------------------
    def revision(self) -> int:
        v = self.desk.setting(S_REVISION)
        return int(v) if isinstance(v, int) else 0

    def state(self) -> KaartState:
        with self.desk.store.session() as s:
            n_region = s.exec(
                select(func.count()).select_from(Activity).where(Activity.regio.is_(True))
            ).scalar_one()
            n_all = s.exec(select(func.count()).select_from(Activity)).scalar_one()
            waiting = s.exec(
                select(func.count())
                .select_from(KaartProposal)
                .where(KaartProposal.verzonden.is_(None))
            ).scalar_one()
        received = self.desk.setting(S_RECEIVED)
        return KaartState(
            self.revision(),
            datetime.fromisoformat(received) if isinstance(received, str) else None,
            n_region,
            n_all - n_region,
            waiting,
        )

    def proposals(self) -> list[ProposalRow]:
        with self.desk.store.session() as s:
            rows = s.exec(select(KaartProposal).order_by(KaartProposal.id)).scalars().all()
            names = dict(s.exec(select(Activity.uid, Activity.naam)).all())
        out = []
        for p in rows:
            cells = json.loads(p.wijzigingen)
            out.append(
                ProposalRow(
                    p.id,  # type: ignore[arg-type]
                    p.soort,
                    p.activiteit_uid,
                    cells.get("name") or names.get(p.activiteit_uid or "", ""),
                    cells,
                    p.toelichting,
                    p.aangemaakt,
                    p.verzonden,
                    p.fout,
                )
            )
        return out

    # -- the coach's own note ---------------------------------------------------------------
    def set_note(self, activity_id: int, note: str | None) -> Changes:
        """The coach's note on an entry (own or region's): stays on this desk."""
        with self.desk.store.transaction() as s:
            a = s.get(Activity, activity_id)
            if a is None:
                raise NotFound(what="Activiteit", id=activity_id)
            a.notitie = (note or "").strip() or None
        return Changes.of("catalogue")

    # -- proposing --------------------------------------------------------------------------
    def propose(
        self,
        kind: str,
        activity_id: int,
        *,
        remark: str | None = None,
        active_until: date | None = None,
        address: dict[str, str | None] | None = None,
    ) -> int:
        """Queue a proposal to the region's kaart; it leaves with the next sync.

        `nieuw`: offer this desk's own entry to the region. `gesloten` (from `active_until`,
        default today), `vol` (no room any more), `verhuisd` (`address`: any of address,
        postal_code, municipality, neighbourhood): a correction of a region entry."""
        if kind not in rr.PROPOSAL_KINDS:
            raise InputError("kaart_proposal_kind", kind=kind)
        remark = (remark or "").strip() or None
        if remark and len(remark) > rr.MAX_REMARK:
            raise InputError("kaart_remark_too_long", max=rr.MAX_REMARK)
        with self.desk.store.session() as s:
            a = s.get(Activity, activity_id)
            if a is None:
                raise NotFound(what="Activiteit", id=activity_id)
        data = {f: getattr(a, f) for f in rules.ACTIVITY_FIELDS}
        if kind == "nieuw":
            if a.regio:
                raise InputError("kaart_proposal_already_region", name=a.naam)
            cells = rr.cells_of(data)
        else:
            if not a.regio:
                raise InputError("kaart_proposal_not_region", name=a.naam)
            if kind == "gesloten":
                changed = {"actief_tot": active_until or self.desk.today()}
            elif kind == "vol":
                changed = {"plek": "vol"}
            else:
                columns = {c: csvio.COLUMNS[c] for c in rr.PROPOSAL_KINDS["verhuisd"] or ()}
                given = {c: v for c, v in (address or {}).items() if c in columns}
                if not given:
                    raise InputError("kaart_proposal_empty")
                changed = {columns[c]: v for c, v in given.items()}
            # the entry as it would be must pass the kaart's checks
            probe = {**rr.cells_of(data), **csvio.to_cells(changed)}
            try:
                parsed = rr.check_entries(list(probe), [probe], self.desk.today())[0][1]
            except CatalogueImportError as exc:
                raise RuleViolation(
                    [
                        Violation(csvio.COLUMNS.get(p.column, p.column), p.key, p.params)
                        for p in exc.problems
                    ]
                ) from None
            cells = {
                c: v for c, v in rr.cells_of(parsed).items() if c in (rr.PROPOSAL_KINDS[kind] or ())
            }
        with self.desk.store.transaction() as s:
            p = KaartProposal(
                soort=kind,
                activiteit_uid=a.uid,
                wijzigingen=json.dumps(cells, ensure_ascii=False),
                toelichting=remark,
            )
            s.add(p)
            s.flush()
            assert p.id is not None
            return p.id

    # -- the exchange with the collector (called by the sync) -------------------------------
    def exchange(self, client: KaartClient) -> KaartSync:
        """Send the waiting proposals, then fetch and apply what changed since the last sync."""
        result = KaartSync()
        self._send_proposals(client, result)
        answer = client.kaart(self.revision())
        self.apply(answer, result)
        return result

    def _send_proposals(self, client: KaartClient, result: KaartSync) -> None:
        with self.desk.store.session() as s:
            waiting = (
                s.exec(select(KaartProposal).where(KaartProposal.verzonden.is_(None)))
                .scalars()
                .all()
            )
        if not waiting:
            return
        answer = client.kaart_propose(
            [
                {
                    "ref": p.id,
                    "kind": p.soort,
                    "entry_id": p.activiteit_uid,
                    "cells": json.loads(p.wijzigingen),
                    "remark": p.toelichting,
                }
                for p in waiting
            ]
        )
        by_ref = {a.get("ref"): a for a in answer.get("proposals", []) if isinstance(a, dict)}
        stamp = now_utc()
        with self.desk.store.transaction() as s:
            for p in waiting:
                a = by_ref.get(p.id)
                row = s.get(KaartProposal, p.id)
                if a is None or row is None:
                    continue
                if a.get("status") == "ontvangen":
                    row.verzonden, row.collector_id, row.fout = stamp, a.get("id"), None
                    result.proposals_sent += 1
                else:
                    row.verzonden, row.fout = stamp, str(a.get("message") or "geweigerd")[:300]
                    result.proposals_refused.append(row.fout)
                s.add(row)

    def apply(self, answer: dict, result: KaartSync | None = None) -> KaartSync:
        """Apply the collector's answer (`GET /kaart?since=`) in one transaction."""
        result = result or KaartSync()
        today = self.desk.today()
        entries = [e for e in answer.get("entries", []) if isinstance(e, dict) and e.get("id")]
        revision = answer.get("revision")
        if not entries and not answer.get("full") and revision == self.revision():
            result.revision = self.revision()  # nothing changed: nothing to write
            return result
        with self.desk.store.transaction() as s:
            acts = s.exec(select(Activity)).scalars().all()
            by_uid = {a.uid: a for a in acts}
            own_by_name = {csvio.identity(a.naam, a.aanbieder): a for a in acts if not a.regio}
            used = set(s.exec(select(Match.activiteit_id).distinct()).scalars().all())

            def remove(a: Activity) -> None:
                if a.id in used:
                    if not rules.is_closed(a.actief_tot, today):
                        a.actief_tot = today - timedelta(days=1)
                        a.gewijzigd = now_utc()
                        s.add(a)
                        result.closed += 1
                else:
                    s.delete(a)
                    result.removed += 1

            seen: set[str] = set()
            for e in entries:
                uid = str(e["id"])[:64]
                seen.add(uid)
                a = by_uid.get(uid)
                if e.get("removed"):
                    if a is not None and a.regio:
                        remove(a)
                    continue
                cells = e.get("cells")
                if not isinstance(cells, dict):
                    result.skipped += 1
                    continue
                row = {**{c: str(v) for c, v in cells.items() if c in rr.SHARED_COLUMNS}, "id": uid}
                try:
                    data = rr.check_entries(list(row), [row], today)[0][1]
                except (CatalogueImportError, InputError):
                    result.skipped += 1
                    continue
                data.pop("uid", None)
                if a is None:
                    a = own_by_name.pop(
                        csvio.identity(data.get("naam"), data.get("aanbieder")), None
                    )
                    if (
                        a is not None
                    ):  # the desk had this activity as its own: it is the region's now
                        a.uid = uid
                if a is None:
                    a = Activity(
                        uid=uid, regio=True, **{f: data.get(f) for f in rules.ACTIVITY_FIELDS}
                    )
                    s.add(a)
                    by_uid[uid] = a
                    result.created += 1
                    continue
                fields = {f: data.get(f) for f in rules.ACTIVITY_FIELDS}
                if a.regio and all(getattr(a, f) == v for f, v in fields.items()):
                    continue
                for f, v in fields.items():
                    setattr(a, f, v)
                a.regio = True
                a.gewijzigd = now_utc()
                s.add(a)
                result.updated += 1
            if answer.get("full"):
                for uid, a in by_uid.items():
                    if a.regio and uid not in seen:
                        remove(a)
            if isinstance(revision, int):
                result.revision = revision
        if isinstance(revision, int):
            self.desk.update_settings(
                **{S_REVISION: int(answer["revision"]), S_RECEIVED: now_utc().isoformat()}
            )
        return result


def ensure_own(a: Activity, changed: dict | None) -> None:
    """Refuse a change of a region entry's shared fields, or (`changed` None) its deletion:
    the desk proposes corrections instead."""
    if a.regio and (
        changed is None
        or any(getattr(a, f) != v for f, v in changed.items() if f in rules.ACTIVITY_FIELDS)
    ):
        raise RuleViolation([Violation("activiteit", "activity_from_region", {"name": a.naam})])

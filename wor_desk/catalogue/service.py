"""The sociale kaart as a service on Desk (`desk.catalogue`): entries, search, the stale flag,
'mark checked', who is matched to an entry, and the CSV import/export (see csvio).

Reads return detached `Activity` objects and the rows of `wor_desk.values`; writes validate with
`wor_desk.catalogue.rules`, write in one transaction and return `Changes`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import func, or_, select

from wor_desk.catalogue import csvio, region, rules
from wor_desk.catalogue.csvio import CatalogueImportError, ImportResult
from wor_desk.domain.catalogue import Activity, Match
from wor_desk.domain.models import Client, Trajectory, now_utc
from wor_desk.errors import NotFound, RuleViolation, Violation
from wor_desk.values import Caseload, Changes
from wor_desk.values.catalogue import ActivityRow, CatalogueFilter, MatchedClient


class CatalogueService:
    #: What `import_csv` raises when the file has invalid rows (`problems` lists each one).
    InvalidRows = CatalogueImportError

    def __init__(self, desk: Caseload) -> None:
        self.desk = desk

    # -- reading ----------------------------------------------------------------------------
    def stale_months(self) -> int:
        return int(self.desk.settings().get(rules.STALE_SETTING, rules.STALE_MONTHS))  # type: ignore[arg-type]

    def get(self, activity_id: int) -> Activity:
        with self.desk.store.session() as s:
            a = s.get(Activity, activity_id)
            if a is None:
                raise NotFound(what="Activiteit", id=activity_id)
            return a

    def by_uid(self, uid: str) -> Activity | None:
        with self.desk.store.session() as s:
            return s.exec(select(Activity).where(Activity.uid == uid)).scalars().first()

    def search(self, flt: CatalogueFilter | None = None) -> list[ActivityRow]:
        """The entries that pass the filter, by name. Closed ones only with `include_closed`."""
        flt = flt or CatalogueFilter()
        today = self.desk.today()
        months = self.stale_months()
        q = select(Activity).order_by(func.lower(Activity.naam), Activity.id)
        for word in flt.text.split():
            like = f"%{word}%"
            q = q.where(
                or_(
                    Activity.naam.ilike(like),
                    Activity.aanbieder.ilike(like),
                    Activity.omschrijving.ilike(like),
                    Activity.adres.ilike(like),
                    Activity.contactpersoon.ilike(like),
                    Activity.wijk.ilike(like),
                    Activity.gemeente.ilike(like),
                )
            )
        if flt.aanbod:
            q = q.where(Activity.aanbod == flt.aanbod)
        if flt.gemeente:
            q = q.where(func.lower(Activity.gemeente) == flt.gemeente.lower())
        if flt.wijk:
            q = q.where(func.lower(Activity.wijk) == flt.wijk.lower())
        if flt.dag:
            q = q.where(Activity.dagen.like(f"%{flt.dag}%"))
        if not flt.include_closed:
            q = q.where(or_(Activity.actief_tot.is_(None), Activity.actief_tot >= today))
        with self.desk.store.session() as s:
            acts = s.exec(q).scalars().all()
            counts = self._counts(s)
        out = []
        for a in acts:
            stale = rules.is_stale(a.gecontroleerd, today, months)
            if flt.only_stale and not stale:
                continue
            n, running = counts.get(a.id, (0, 0))
            out.append(ActivityRow(a, rules.is_closed(a.actief_tot, today), stale, n, running))
        return out

    @staticmethod
    def _counts(s) -> dict[int, tuple[int, int]]:
        M, T = Match.__table__.c, Trajectory.__table__.c
        proposals = dict(
            s.connection()
            .execute(select(M.activiteit_id, func.count()).group_by(M.activiteit_id))
            .all()
        )
        running = dict(
            s.connection()
            .execute(
                select(M.activiteit_id, func.count())
                .join(Trajectory.__table__, T.id == M.traject_id)
                .where(M.start.is_not(None), M.gestopt.is_(None), T.afgerond.is_(None))
                .group_by(M.activiteit_id)
            )
            .all()
        )
        return {k: (v, running.get(k, 0)) for k, v in proposals.items()}

    def areas(self) -> list[tuple[str, str]]:
        """(gemeente, wijk) pairs known from the catalogue and the clients, for filter lists."""
        with self.desk.store.session() as s:
            a = s.exec(select(Activity.gemeente, Activity.wijk).distinct()).all()
            c = s.exec(select(Client.gemeente, Client.wijk).distinct()).all()
        pairs = {((g or "").strip(), (w or "").strip()) for g, w in (*a, *c)}
        return sorted(p for p in pairs if p[1])

    def matched_to(self, activity_id: int) -> list[MatchedClient]:
        """Who was proposed this activity, newest first, with what came of it."""
        with self.desk.store.session() as s:
            rows = s.exec(
                select(
                    Match,
                    Trajectory.client_id,
                    Trajectory.afgerond,
                    Client.voornaam,
                    Client.achternaam,
                )
                .join(Trajectory, Trajectory.id == Match.traject_id)
                .join(Client, Client.id == Trajectory.client_id)
                .where(Match.activiteit_id == activity_id)
                .order_by(Match.voorgesteld.desc(), Match.id.desc())
            ).all()
        return [
            MatchedClient(
                m.id,
                m.traject_id,
                cid,
                " ".join(x for x in (vn, an) if x),
                m.voorgesteld,
                m.uitkomst,
                m.start,
                m.gestopt,
                af,
            )
            for m, cid, af, vn, an in rows
        ]

    # -- writing ----------------------------------------------------------------------------
    def add(self, **fields: object) -> tuple[int, Changes]:

        data = self._validated({k: fields.get(k) for k in rules.ACTIVITY_FIELDS}, fields)
        with self.desk.store.transaction() as s:
            a = Activity(**data)
            if fields.get("uid"):
                if s.exec(select(Activity.id).where(Activity.uid == fields["uid"])).first():
                    raise RuleViolation(
                        [Violation("uid", "activity_uid_taken", {"uid": fields["uid"]})]
                    )
                a.uid = str(fields["uid"])
            s.add(a)
            s.flush()
            assert a.id is not None
            return a.id, Changes.of("catalogue")

    def update(self, activity_id: int, **fields: object) -> Changes:

        with self.desk.store.transaction() as s:
            a = s.get(Activity, activity_id)
            if a is None:
                raise NotFound(what="Activiteit", id=activity_id)
            data = self._validated(
                {**{k: getattr(a, k) for k in rules.ACTIVITY_FIELDS}, **fields}, fields
            )
            region.ensure_own(a, data)
            for k, v in data.items():
                setattr(a, k, v)
            a.gewijzigd = now_utc()
        return Changes.of("catalogue")

    def mark_checked(self, activity_id: int, on: date | None = None) -> Changes:
        """The one action that says 'I checked this entry today; it is still right'."""
        return self.update(activity_id, gecontroleerd=on or self.desk.today())

    def delete(self, activity_id: int) -> Changes:
        """Only an entry never proposed can go; one with history is closed instead (actief_tot)."""

        with self.desk.store.transaction() as s:
            a = s.get(Activity, activity_id)
            if a is None:
                raise NotFound(what="Activiteit", id=activity_id)
            region.ensure_own(a, None)
            n = s.exec(
                select(func.count()).select_from(Match).where(Match.activiteit_id == activity_id)
            ).scalar_one()
            if n:
                raise RuleViolation(
                    [Violation("activiteit", "activity_in_use", {"name": a.naam, "count": n})]
                )
            s.delete(a)
        return Changes.of("catalogue")

    def _validated(self, data: dict, given: dict) -> dict:
        unknown = set(given) - set(rules.ACTIVITY_FIELDS) - {"uid"}
        if unknown:
            raise ValueError(f"not activity fields: {sorted(unknown)}")
        data = rules.clean_activity(data)
        problems = rules.check_activity(data, self.desk.today())
        if problems:
            raise RuleViolation(problems)
        return data

    # -- CSV ------------------------------------------------------------------------------------
    def import_csv(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportResult:
        """Validate the whole file first; import all rows or none (see csvio and docs/catalogue.md)."""
        return csvio.import_csv(self.desk, Path(path), dry_run=dry_run, progress=progress)

    def export_csv(
        self, path: Path, *, include_closed: bool = True, overwrite: bool = False
    ) -> int:
        """Write the catalogue to a CSV file (never over an existing one unless `overwrite`);
        returns the number of entries written."""
        return csvio.export_csv(
            self.desk, Path(path), include_closed=include_closed, overwrite=overwrite
        )

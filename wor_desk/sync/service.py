"""The desk side of the sync: build each month's payload, keep the outbox, push, remember.

    svc = desk.sync                          # SyncService
    svc.configure(collector=URL, token=T, region_secret=S)
    svc.preview()                            # what would leave, month by month (dry run)
    result = svc.sync()                      # queue what changed, push the outbox
    svc.state()                              # last successful sync, what waits

Only this module and wor_desk.domain.sync touch the outbox tables, through the Desk's store.
A payload holds only what `wor_desk.sync.disclosure.protect` lets through of the month's
codebook cells, and keyed hashes of practice names: never a name, a date finer than the
month, a postcode or free text (tests/sync/test_privacy.py scans for them).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select, text

from wor_desk import codes, counts
from wor_desk.catalogue.region import RegionKaartService
from wor_desk.domain.models import now_utc
from wor_desk.domain.sync import SyncMonth, SyncRun
from wor_desk.i18n import language
from wor_desk.sync import disclosure, koppelcode, remote, wire
from wor_desk.sync.client import CollectorClient, check_url
from wor_desk.sync.errors import SyncError, SyncSetupError
from wor_desk.values import Caseload
from wor_desk.values.sync import MonthPayload, SentCell, SyncResult, SyncState

#: Profile settings of the sync (values are JSON in the encrypted store).
S_COLLECTOR, S_TOKEN, S_SECRET, S_K = "sync_collector", "sync_token", "sync_regio_sleutel", "sync_k"
#: Months per request (a push of 36 months is three requests).
BATCH = 12
#: Backoff of the outbox between sync runs: 1, 2, 4, ... minutes, at most 6 hours.
BACKOFF_START = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=6)


@dataclass(frozen=True)
class OutboxRow:
    period: str
    revision: int
    waiting: bool
    sent_revision: int | None
    attempts: int
    next_attempt: datetime | None
    error: str | None
    sent: datetime | None


#: A region secret given by hand must be at least this long (the collector makes 43 characters).
MIN_SECRET = 16


class SyncService:
    def __init__(self, desk: Caseload, now: Callable[[], datetime] | None = None) -> None:
        self.desk = desk
        self._now = now or now_utc
        #: While joining: the koppelcode's settings, used but not stored until the first push
        #: succeeds (a refused join leaves the profile as it was).
        self._trial: dict[str, object] | None = None

    def _setting(self, key: str) -> object:
        if self._trial is not None and key in self._trial:
            return self._trial[key]
        return self.desk.setting(key)

    # -- settings ----------------------------------------------------------------------------
    def configure(
        self,
        *,
        collector: str | None = None,
        token: str | None = None,
        region_secret: str | None = None,
        k: int | None = None,
    ) -> None:
        """Remember the collector, token, region secret and k in the profile (encrypted store).
        A new collector address puts every month back in the outbox."""
        values: dict[str, object] = {}
        if region_secret is not None and len(region_secret.strip()) < MIN_SECRET:
            raise SyncSetupError("sync_secret_short", n=MIN_SECRET)
        if collector is not None:
            url = check_url(collector)
            if url != self._setting(S_COLLECTOR):
                values[S_COLLECTOR] = url
                self._requeue_all()
        if token is not None:
            values[S_TOKEN] = token.strip()
        if region_secret is not None:
            values[S_SECRET] = region_secret.strip()
        if k is not None:
            if not 2 <= int(k) <= 100:
                raise SyncSetupError("sync_k_invalid")
            values[S_K] = int(k)
        if values and self._trial is not None:
            self._trial.update(values)
        elif values:
            self.desk.update_settings(**values)

    def join(self, code: str, *, client: CollectorClient | None = None) -> SyncResult:
        """Join the region with a koppelcode (`wor-desk collector desk add` made it): check
        the token and the region secret with the collector, push, and only when that
        succeeded remember address, token and secret. Raises the reason otherwise, and
        then nothing of the code is stored."""
        k = koppelcode.parse(code)
        self._trial = {}
        own = client is None
        client = client or CollectorClient(k.url, k.token)
        try:
            self.configure(collector=k.url, token=k.token, region_secret=k.region_secret)
            config = client.config()  # a refused token raises here
            check = config.get("region_check")
            if isinstance(check, str) and check != koppelcode.secret_check(k.region_secret):
                raise SyncSetupError("sync_join_secret_wrong")
            result = self.sync(client=client)
            if result.error is not None:
                raise result.error
            if not result.ok:
                refused = next(
                    (m for m in result.months if m.get("status") == "geweigerd"), {"reason": "?"}
                )
                raise SyncSetupError(
                    "sync_join_refused",
                    reason=str(refused.get("message_nl") or refused.get("reason")),
                )
            trial, self._trial = self._trial, None
            self.desk.update_settings(**trial)
            return result
        finally:
            self._trial = None
            if own:
                client.close()

    def k(self) -> int:
        v = self._setting(S_K)
        return int(v) if isinstance(v, int) and 2 <= v <= 100 else disclosure.DEFAULT_K

    def _secret(self) -> str | None:
        v = self._setting(S_SECRET)
        return v if isinstance(v, str) and v else None

    # -- building payloads -------------------------------------------------------------------
    def periods(self) -> list[str]:
        """The periods that have (or had) something to send: every month from the first
        referral up to this month, the quarters and years that hold them, and every period
        already in the outbox (one emptied by an erasure is sent again, now empty, so the
        collector forgets its old counts)."""
        with self.desk.session() as s:
            first = s.connection().execute(text("SELECT min(verwijsdatum) FROM traject")).scalar()
            known = set(s.exec(select(SyncMonth.periode)).scalars())
        out = set(known)
        if first:
            start = counts.parse_period(str(first)[:7])
            this = counts.period_of(self.desk.today(), "maand")
            p = start
            while p.start <= this.start:
                out.add(p.text)
                out.add(counts.period_of(p.start, "kwartaal").text)
                out.add(p.text[:4])
                p = p.shifted(1)
        return sorted(out)

    def _practice_names(self) -> dict[str, set[str]]:
        """Per period (month, quarter, year), the names of the GP practices that referred
        (the population of the codebook's `verwijzende_praktijken`); they never leave the
        desk, only their hashes."""
        sql = text(
            "SELECT substr(verwijsdatum, 1, 7), verwijzer_praktijk FROM traject "
            "WHERE id NOT IN (SELECT traject_id FROM overdracht_traject) "  # counted by the receiver
            "AND verwijzer_praktijk IS NOT NULL AND verwijzer_type IN ("
            + ", ".join(f"'{t}'" for t in codes.GP_PRACTICE_TYPES)
            + ")"
        )
        out: dict[str, set[str]] = defaultdict(set)
        with self.desk.session() as s:
            for month, name in s.connection().execute(sql):
                day = counts.parse_period(month).start
                for kind in ("maand", "kwartaal", "jaar"):
                    out[counts.period_of(day, kind).text].add(name)
        return out

    def _computed(self, periods: list[str]) -> dict[str, tuple[list[counts.Cell], int]]:
        # reasons the region added leave the desk as `overig` (the collector knows the codebook's)
        return {p: counts.compute_with_days(self.desk, p, codebook_only=True) for p in periods}

    def _hidden_means(self, computed: dict[str, tuple[list[counts.Cell], int]], k: int) -> set[str]:
        intakes = {
            p: int(counts.value_of(cells, "intakes") or 0) for p, (cells, _) in computed.items()
        }
        return disclosure.hidden_means(intakes, k)

    def build(
        self,
        period: str,
        k: int | None = None,
        *,
        _names: dict[str, set[str]] | None = None,
        _computed: dict[str, tuple[list[counts.Cell], int]] | None = None,
        _hidden: set[str] | None = None,
    ) -> MonthPayload:
        """One period as it would leave: a month with every cell, a quarter or year with its
        totaal rows (see wor_desk.sync.wire)."""
        k = k or self.k()
        p = counts.parse_period(period)
        if _computed is None or _hidden is None:  # the means of the whole year decide together
            year = counts.parse_period(p.text[:4])
            family = [year.text, *(f"{year.text}-Q{q}" for q in range(1, 5)), *year.months()]
            _computed = self._computed(family)
            _hidden = self._hidden_means(_computed, k)
        secret = self._secret()
        names = (_names if _names is not None else self._practice_names()).get(p.text, set())
        cells_, days = _computed[p.text]
        cells = disclosure.protect(
            cells_, k, days=days, hide_mean=p.text in _hidden, totals_only=p.kind != "maand"
        )
        if secret is None:
            n = len({counts.practice_key(x) for x in names} - {None})
            return MonthPayload(p.text, k, tuple(cells), (), n)
        hashes = sorted({h for h in (disclosure.practice_hash(x, secret) for x in names) if h})
        return MonthPayload(p.text, k, tuple(cells), tuple(hashes))

    def preview(self, k: int | None = None) -> list[MonthPayload]:
        """Every period as it would leave now (the dry run; nothing is written). Periods
        without any count are left out unless they were sent before (then they leave empty)."""
        k = k or self.k()
        names = self._practice_names()
        with self.desk.session() as s:
            known = set(s.exec(select(SyncMonth.periode)).scalars())
        periods = self.periods()
        family = set(periods)
        for p in periods:  # every period of a year that is sent, so the means decide together
            year = p[:4]
            family |= {year, *(f"{year}-Q{q}" for q in range(1, 5))}
            family |= set(counts.parse_period(year).months())
        computed = self._computed(sorted(family))
        hidden = self._hidden_means(computed, k)
        built = (
            self.build(p, k, _names=names, _computed=computed, _hidden=hidden) for p in periods
        )
        return [m for m in built if not m.empty or m.period in known]

    # -- the outbox ----------------------------------------------------------------------------
    def queue(self, k: int | None = None) -> list[str]:
        """Put every month whose payload changed into the outbox with the next revision."""
        if self._secret() is None and any(self._practice_names().values()):
            raise SyncSetupError("sync_no_secret")
        payloads = self.preview(k)
        now = self._now()
        queued = []
        with self.desk.store.transaction() as s:
            rows = {r.periode: r for r in s.exec(select(SyncMonth)).scalars()}
            for p in payloads:
                row = rows.get(p.period)
                if row is None and p.empty:
                    continue
                digest = wire.payload_digest(p)
                if row is not None and row.digest == digest:
                    continue
                rev = 1 if row is None else row.revisie + 1
                body = json.dumps(wire.month_wire(p, rev), ensure_ascii=False)
                if row is None:
                    row = SyncMonth(periode=p.period, revisie=rev, digest=digest, payload=body)
                else:
                    row.revisie, row.digest, row.payload = rev, digest, body
                row.wacht, row.pogingen, row.volgende_poging, row.fout, row.bijgewerkt = (
                    True,
                    0,
                    None,
                    None,
                    now,
                )
                s.add(row)
                queued.append(p.period)
        return queued

    def _requeue_all(self) -> None:
        with self.desk.store.transaction() as s:
            for row in s.exec(select(SyncMonth)).scalars():
                row.wacht, row.verzonden_revisie, row.pogingen, row.volgende_poging = (
                    True,
                    None,
                    0,
                    None,
                )
                s.add(row)

    def outbox(self) -> list[OutboxRow]:
        with self.desk.session() as s:
            rows = s.exec(select(SyncMonth).order_by(SyncMonth.periode)).scalars().all()
        return [
            OutboxRow(
                r.periode,
                r.revisie,
                r.wacht,
                r.verzonden_revisie,
                r.pogingen,
                r.volgende_poging,
                r.fout,
                r.verzonden,
            )
            for r in rows
        ]

    # -- syncing -------------------------------------------------------------------------------
    def collector_url(self) -> str:
        """The collector address this desk is configured with ("" when none)."""
        return str(self.desk.setting(S_COLLECTOR) or "")

    def fetch_totals(self, url: str, token: str, period: str) -> str:
        """The collector's totals CSV of `period` for a reader token (the team-lead view)."""
        return remote.fetch_totals(url, token, period)

    def client(self, **kw: object) -> CollectorClient:
        url, token = self._setting(S_COLLECTOR), self._setting(S_TOKEN)
        if not url or not token:
            raise SyncSetupError("sync_no_collector")
        return CollectorClient(str(url), str(token), **kw)  # type: ignore[arg-type]

    def sync(
        self,
        *,
        respect_backoff: bool = False,
        client: CollectorClient | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> SyncResult:
        """Ask the collector for the region's k, queue what changed and push the outbox.

        Network trouble does not raise: it is kept in the outbox (with backoff) and in the
        result's `error`. A refusal of the token or the payload raises after being logged.
        `respect_backoff` (the automatic sync) skips months whose next attempt lies ahead."""
        own = client is None
        client = client or self.client()
        result = SyncResult()
        run_id = self._start_run(client.url)
        try:
            result.queued = self.queue()  # first, so the outbox shows what waits even offline
            try:
                region_k = int(client.config().get("k", 0))
            except SyncError as exc:
                if not exc.retryable:
                    raise
                result.error = exc
                self._note_failure(exc, [r.period for r in self.outbox() if r.waiting])
                return result
            if 2 <= region_k <= 100 and region_k != self.k():
                self.configure(k=region_k)  # the region decides k
                result.queued = sorted(set(result.queued) | set(self.queue()))
            self._push(client, result, respect_backoff, progress)
            if result.error is None:
                self._exchange_kaart(client, result)
            return result
        except SyncError as exc:
            result.error = exc
            self._note_failure(exc, [r.period for r in self.outbox() if r.waiting], backoff=False)
            raise
        finally:
            result.waiting = [r.period for r in self.outbox() if r.waiting]
            self._finish_run(run_id, result)
            if own:
                client.close()

    def _push(
        self,
        client: CollectorClient,
        result: SyncResult,
        respect_backoff: bool,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        now = self._now()
        with self.desk.session() as s:
            rows = (
                s.exec(
                    select(SyncMonth).where(SyncMonth.wacht.is_(True)).order_by(SyncMonth.periode)
                )
                .scalars()
                .all()
            )
        if respect_backoff:
            rows = [
                r for r in rows if r.volgende_poging is None or _aware(r.volgende_poging) <= now
            ]
        total = len(rows)
        for i in range(0, total, BATCH):
            batch = rows[i : i + BATCH]
            try:
                answer = client.push([json.loads(r.payload) for r in batch])
            except SyncError as exc:
                if not exc.retryable:
                    raise
                result.error = exc
                self._note_failure(
                    exc, [r.periode for r in batch] + [r.periode for r in rows[i + BATCH :]]
                )
                return
            self._apply_answer(batch, answer, result)
            if progress:
                progress(min(i + BATCH, total), total)

    def _exchange_kaart(self, client: CollectorClient, result: SyncResult) -> None:
        """Proposals out, the region's kaart in (wor_desk.catalogue.region). A failure here
        leaves the counts' sync as it was: the desk keeps the last kaart it received."""
        try:
            result.kaart = RegionKaartService(self.desk).exchange(client)
        except SyncError as exc:
            result.kaart_error = exc

    def _apply_answer(self, batch: list[SyncMonth], answer: dict, result: SyncResult) -> None:
        by_period = {m.get("period"): m for m in answer.get("months", []) if isinstance(m, dict)}
        now = self._now()
        with self.desk.store.transaction() as s:
            for sent in batch:
                row = s.get(SyncMonth, sent.periode)
                m = by_period.get(sent.periode)
                if row is None or m is None:
                    continue
                result.months.append(m)
                for key, n in (m.get("cells") or {}).items():
                    if key in result.cells and isinstance(n, int):
                        result.cells[key] += n
                if row.revisie != sent.revisie:  # counts changed while we were sending
                    continue
                status = m.get("status")
                if status in ("nieuw", "bijgewerkt", "ongewijzigd"):
                    row.wacht, row.verzonden_revisie, row.verzonden = False, row.revisie, now
                    row.pogingen, row.volgende_poging, row.fout = 0, None, None
                    result.sent.append(row.periode)
                elif (
                    status == "geweigerd"
                    and m.get("reason") in ("verouderd", "conflict")
                    and isinstance(m.get("latest_revision"), int)
                ):
                    # the collector holds a newer revision (e.g. after a restored backup): go past it
                    payload = json.loads(row.payload)
                    row.revisie = payload["revision"] = m["latest_revision"] + 1
                    row.payload = json.dumps(payload, ensure_ascii=False)
                    row.volgende_poging, row.fout = None, str(m.get("message") or m.get("reason"))
                else:
                    row.pogingen += 1
                    row.fout = str(m.get("message") or m.get("reason") or status)[:500]
                    row.volgende_poging = now + _backoff(row.pogingen)
                s.add(row)

    def _note_failure(self, exc: SyncError, periods: list[str], backoff: bool = True) -> None:
        now = self._now()
        with self.desk.store.transaction() as s:
            for p in periods:
                row = s.get(SyncMonth, p)
                if row is None or not row.wacht:
                    continue
                row.pogingen += 1
                row.fout = exc.message()[:500]
                row.volgende_poging = now + _backoff(row.pogingen) if backoff else None
                s.add(row)

    def _start_run(self, url: str) -> int:
        with self.desk.store.transaction() as s:
            run = SyncRun(begonnen=self._now(), collector=url)
            s.add(run)
            s.flush()
            assert run.id is not None
            return run.id

    def _finish_run(self, run_id: int, result: SyncResult) -> None:
        with self.desk.store.transaction() as s:
            run = s.get(SyncRun, run_id)
            assert run is not None
            run.klaar = self._now()
            run.gelukt = result.ok
            run.maanden = len(result.sent)
            run.samenvatting = json.dumps(
                {
                    "cells": result.cells,
                    "sent": result.sent,
                    "queued": result.queued,
                    "refused": [m for m in result.months if m.get("status") == "geweigerd"],
                },
                ensure_ascii=False,
            )
            run.fout = result.error.message() if result.error else None
            s.add(run)

    # -- what the coach sees -------------------------------------------------------------------
    def state(self) -> SyncState:
        with self.desk.session() as s:
            last_ok = (
                s.exec(
                    select(SyncRun)
                    .where(SyncRun.gelukt.is_(True))
                    .order_by(SyncRun.id.desc())
                    .limit(1)
                )
                .scalars()
                .first()
            )
            last = s.exec(select(SyncRun).order_by(SyncRun.id.desc()).limit(1)).scalars().first()
            waiting = (
                s.exec(
                    select(SyncMonth).where(SyncMonth.wacht.is_(True)).order_by(SyncMonth.periode)
                )
                .scalars()
                .all()
            )
        nexts = [_aware(r.volgende_poging) for r in waiting if r.volgende_poging]
        return SyncState(
            collector=str(self.desk.setting(S_COLLECTOR) or ""),
            has_token=bool(self.desk.setting(S_TOKEN)),
            has_secret=self._secret() is not None,
            k=self.k(),
            last_success=_aware(last_ok.klaar) if last_ok and last_ok.klaar else None,
            last_summary=json.loads(last.samenvatting) if last and last.samenvatting else None,
            last_error=last.fout if last and not last.gelukt else None,
            waiting=tuple(r.periode for r in waiting),
            next_attempt=min(nexts) if nexts else None,
        )


def _backoff(attempts: int) -> timedelta:
    return min(BACKOFF_START * (2 ** max(0, attempts - 1)), BACKOFF_MAX)


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


# -- the readable table -------------------------------------------------------------------------
def shown_value(c: SentCell, lang: str | None = None) -> str:
    en = (lang or language()) == "en"
    if c.suppressed and c.lo is not None:
        return f"onderdrukt ({c.lo}-{c.hi})" if not en else f"suppressed ({c.lo}-{c.hi})"
    if c.suppressed:
        return "onderdrukt" if not en else "suppressed"
    assert c.value is not None
    return counts.format_value(c.value)


def category_shown(c: SentCell, lang: str | None = None) -> str:
    if c.category == wire.WITHHELD:
        return (
            "(categorieën verborgen)" if (lang or language()) != "en" else "(categories withheld)"
        )
    return counts.category_label(c.indicator, c.category, lang)


def render_table(payloads: list[MonthPayload], lang: str | None = None) -> str:
    """What will leave, as a plain-text table per month; suppressed cells are marked `*`."""
    en = (lang or language()) == "en"
    lines: list[str] = []
    for p in payloads:
        title = counts.parse_period(p.period).label(lang)
        lines.append(f"== {title} ({p.period}) ==")
        for c in p.cells:
            mark = "*" if c.suppressed or c.category == wire.WITHHELD else " "
            lines.append(
                f"{mark} {counts.label(c.indicator, lang)[:46]:<46} {category_shown(c, lang)[:34]:<34} {shown_value(c, lang):>18}"
            )
        if p.practices:
            lines.append(
                (
                    "  Praktijken (alleen als sleutel-hash verzonden): "
                    if not en
                    else "  Practices (sent only as keyed hashes): "
                )
                + str(len(p.practices))
            )
        if p.practices_unhashed:
            lines.append(
                ("  Praktijken: " if not en else "  Practices: ")
                + str(p.practices_unhashed)
                + (
                    " (regiosleutel ontbreekt: nog niet verzendbaar)"
                    if not en
                    else " (region secret missing: cannot be sent yet)"
                )
            )
        lines.append("")
    if not payloads:
        lines.append("Er is nog niets te verzenden." if not en else "There is nothing to send yet.")
    else:
        lines.append(
            f"* = onderdrukt (kleine aantallen, k = {payloads[0].k}) of categorieën verborgen"
            if not en
            else f"* = suppressed (small numbers, k = {payloads[0].k}) or categories withheld"
        )
    return "\n".join(lines)


def value_text(v: int | Decimal | None) -> str:
    return "" if v is None else counts.format_value(v)

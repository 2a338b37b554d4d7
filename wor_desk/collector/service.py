"""What the collector does, without HTTP: tokens, receiving pushes, totals per scope.

The FastAPI app (wor_desk.collector.app) and the CLI (wor_desk.cli.collector_cmd) call this.
Tokens are shown once and stored only as SHA-256 hashes (they are 256-bit random, so a
fast hash is enough). A desk keeps only its latest revision per month, so totals never
count a month twice, however often it was corrected or retried.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import Engine, and_, case, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from wor_desk import counts, messages
from wor_desk.collector import db
from wor_desk.errors import InputError, WorDeskError
from wor_desk.spreadsheet import csv_text
from wor_desk.sync import koppelcode
from wor_desk.sync.disclosure import DEFAULT_K
from wor_desk.sync.wire import WITHHELD, WirePush

messages.register(
    {
        "collector_name_invalid": (
            "'{name}' is geen geldige naam. Gebruik 1 tot 100 tekens zonder regeleinden.",
            "'{name}' is not a valid name. Use 1 to 100 characters without line breaks.",
        ),
        "collector_desk_exists": (
            "Er is al een desk met de naam '{name}'. Kies een andere naam, of trek de oude in en geef de nieuwe een andere naam.",
            "A desk named '{name}' already exists. Choose another name, or revoke the old one and name the new one differently.",
        ),
        "collector_reader_exists": (
            "Er is al een lezer met de naam '{name}'. Kies een andere naam.",
            "A reader named '{name}' already exists. Choose another name.",
        ),
        "collector_desk_unknown": (
            "Er is geen desk met de naam '{name}'. Zie 'wor-desk collector desk list'.",
            "There is no desk named '{name}'. See 'wor-desk collector desk list'.",
        ),
        "collector_passphrase_wrong": (
            "Dit is niet het wachtwoord waarmee de regiosleutel van deze collector is beschermd. "
            "Probeer het opnieuw (of zet WOR_COLLECTOR_PASSPHRASE).",
            "This is not the passphrase that protects this collector's region secret. "
            "Try again (or set WOR_COLLECTOR_PASSPHRASE).",
        ),
        "collector_passphrase_needed": (
            "De regiosleutel is beschermd met een wachtwoord. Typ het (in een terminal) of zet "
            "WOR_COLLECTOR_PASSPHRASE.",
            "The region secret is protected by a passphrase. Type it (in a terminal) or set "
            "WOR_COLLECTOR_PASSPHRASE.",
        ),
        "collector_passphrase_mismatch": (
            "De twee wachtwoorden verschillen. Er is niets bewaard; probeer het opnieuw.",
            "The two passphrases differ. Nothing was stored; try again.",
        ),
        "collector_passphrase_short": (
            "Het wachtwoord van de regiosleutel moet minstens {n} tekens lang zijn: het beschermt "
            "de sleutel waarmee praktijknamen onherkenbaar worden. Kies een langere zin.",
            "The region secret's passphrase must be at least {n} characters long: it protects the "
            "key that makes practice names unrecognisable. Choose a longer phrase.",
        ),
        "collector_scope_invalid": (
            "'{scope}' is geen bereik. Schrijf region, organisation:ORGANISATIE of team:TEAM.",
            "'{scope}' is not a scope. Write region, organisation:ORGANISATION or team:TEAM.",
        ),
    }
)

TOKEN_BYTES = 32
DESK_PREFIX, READER_PREFIX = "wdd_", "wdr_"
SCOPES = ("region", "organisation", "team")
COUNT_TOTALS = ("verwijzingen", "intakes", "contact_binnen_5_werkdagen", "terugkoppeling_gegeven")
#: Breakdowns that split the referrals of the month exactly once each.
PARTITIONS = (
    "verwijzingen_per_gemeente",
    "verwijzingen_per_wijk",
    "verwijzingen_per_geslacht",
    "verwijzingen_per_leeftijdsgroep",
    "verwijzingen_per_verwijzertype",
)
MEAN = "gemiddelde_dagen_tot_intake"
#: After a mean in the totals: part of the period's intakes had a suppressed mean (fewer than k).
PARTIAL_MARK = "*"

#: No WoR registration is older: an earlier month is a wrong date, refused like the future.
FIRST_MONTH = "2000-01"

REFUSAL_TEXT = {
    "verouderd": (
        "De collector heeft al een nieuwere revisie ({latest}) van deze maand.",
        "The collector already holds a newer revision ({latest}) of this month.",
    ),
    "conflict": (
        "Revisie {revision} van deze maand kwam al eerder binnen met andere aantallen.",
        "Revision {revision} of this month arrived before with other counts.",
    ),
    "toekomst": (
        "Deze maand ligt in de toekomst: controleer de datum van de desk.",
        "This month lies in the future: check the desk's date.",
    ),
    "te_oud": (
        "Deze maand ligt vóór 2000: controleer de verwijsdatums op de desk.",
        "This month lies before 2000: check the referral dates on the desk.",
    ),
    "k_te_klein": (
        "De regio vraagt k = {k}; deze maand is onderdrukt met k = {sent}. Synchroniseer opnieuw.",
        "The region asks k = {k}; this month was suppressed with k = {sent}. Sync again.",
    ),
    "inconsistent": (
        "De aantallen van deze maand kloppen onderling niet ({detail}).",
        "The month's counts do not agree with each other ({detail}).",
    ),
}


class CollectorError(WorDeskError):
    exit_code = 2


class AuthError(Exception):
    """A request without a usable token: `status` 401 (unknown) or 403 (revoked / wrong kind)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class DeskInfo:
    id: int
    name: str
    team: str
    organisation: str
    created: datetime
    revoked: datetime | None
    months: int = 0
    last_push: datetime | None = None


@dataclass(frozen=True)
class Reader:
    id: int
    name: str
    scope: str
    value: str | None

    def describe(self) -> str:
        return self.scope if self.value is None else f"{self.scope}:{self.value}"


@dataclass(frozen=True)
class TotalRow:
    period: str
    indicator: str
    category: str
    value: str  # a number, a range lo-hi, or a mean with the PARTIAL_MARK


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _check_name(name: str) -> str:
    n = (name or "").strip()
    if not 1 <= len(n) <= 100 or any(ord(ch) < 32 for ch in n):
        raise CollectorError("collector_name_invalid", name=(name or "")[:40])
    return n


def parse_scope(text: str) -> tuple[str, str | None]:
    t = (text or "").strip()
    if t == "region":
        return "region", None
    kind, _, value = t.partition(":")
    if kind in ("organisation", "team") and value.strip():
        return kind, _check_name(value)
    raise InputError("collector_scope_invalid", scope=t[:60])


class Collector:
    def __init__(self, engine: Engine, k: int = DEFAULT_K, today=None) -> None:
        self.engine = engine
        self.k = k
        self._today = today or (lambda: datetime.now(UTC).date())
        # SQLite has one writer at a time: take turns here instead of in busy-waits.
        self._write_lock = threading.Lock() if engine.dialect.name == "sqlite" else None

    @classmethod
    def open(cls, url: str, k: int = DEFAULT_K, **kw) -> Collector:
        engine = db.make_engine(url)
        db.upgrade(engine)
        return cls(engine, k, **kw)

    def close(self) -> None:
        self.engine.dispose()

    # -- tokens -------------------------------------------------------------------------
    def add_desk(self, name: str, team: str, organisation: str) -> str:
        name, team, organisation = _check_name(name), _check_name(team), _check_name(organisation)
        token = DESK_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(db.desks).values(
                        naam=name,
                        team=team,
                        organisatie=organisation,
                        token_hash=_hash(token),
                        aangemaakt=_now(),
                    )
                )
        except IntegrityError:
            raise CollectorError("collector_desk_exists", name=name) from None
        return token

    def list_desks(self) -> list[DeskInfo]:
        n = select(func.count()).where(db.months.c.desk_id == db.desks.c.id).scalar_subquery()
        last = (
            select(func.max(db.months.c.ontvangen))
            .where(db.months.c.desk_id == db.desks.c.id)
            .scalar_subquery()
        )
        with self.engine.connect() as conn:
            rows = conn.execute(select(db.desks, n, last).order_by(db.desks.c.naam)).all()
        return [
            DeskInfo(r.id, r.naam, r.team, r.organisatie, r.aangemaakt, r.ingetrokken, r[-2], r[-1])
            for r in rows
        ]

    def revoke_desk(self, name: str) -> None:
        with self.engine.begin() as conn:
            got = conn.execute(
                update(db.desks)
                .where(db.desks.c.naam == name, db.desks.c.ingetrokken.is_(None))
                .values(ingetrokken=_now())
            ).rowcount
            if (
                not got
                and conn.execute(select(db.desks.c.id).where(db.desks.c.naam == name)).first()
                is None
            ):
                raise CollectorError("collector_desk_unknown", name=name)

    # -- the region secret ---------------------------------------------------------------
    def has_region_secret(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(db.region.c.id)).first() is not None

    def region_secret(self, passphrase: str) -> str:
        """The region's secret for practice hashes: created once (256-bit random) at the
        first call, then unwrapped with the same passphrase. The collector keeps it only
        wrapped under a key derived from that passphrase (scrypt), which it never stores:
        the running collector cannot hash practice names, so it cannot test names against
        the hashes desks send. CollectorError when the passphrase is wrong."""
        with self.engine.begin() as conn:
            row = conn.execute(select(db.region)).first()
            if row is None:
                if len(passphrase or "") < MIN_PASSPHRASE:
                    raise CollectorError("collector_passphrase_short", n=MIN_PASSPHRASE)
                secret = secrets.token_bytes(koppelcode.KEY_BYTES)
                salt = secrets.token_bytes(16)
                ct, tag = _wrap(passphrase, salt, secret)
                text_ = koppelcode.secret_text(secret)
                conn.execute(
                    insert(db.region).values(
                        id=1,
                        sleutel_zout=salt.hex(),
                        sleutel_versleuteld=ct.hex(),
                        sleutel_mac=tag.hex(),
                        sleutel_controle=koppelcode.secret_check(text_),
                        aangemaakt=_now(),
                    )
                )
                return text_
        secret = _unwrap(
            passphrase,
            bytes.fromhex(row.sleutel_zout),
            bytes.fromhex(row.sleutel_versleuteld),
            bytes.fromhex(row.sleutel_mac),
        )
        if secret is None:
            raise CollectorError("collector_passphrase_wrong")
        return koppelcode.secret_text(secret)

    def region_check(self) -> str | None:
        """The check value of the region secret (tells a desk whether its secret is right)."""
        with self.engine.connect() as conn:
            return conn.execute(select(db.region.c.sleutel_controle)).scalar()

    def public_url(self, url: str | None = None) -> str | None:
        """The address desks use (remembered once given; goes into koppelcodes)."""
        with self.engine.begin() as conn:
            if url is not None:
                conn.execute(update(db.region).values(adres=url))
            return conn.execute(select(db.region.c.adres)).scalar()

    def add_reader(self, name: str, scope: str) -> str:
        name = _check_name(name)
        kind, value = parse_scope(scope)
        token = READER_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(db.readers).values(
                        naam=name,
                        scope=kind,
                        scope_waarde=value,
                        token_hash=_hash(token),
                        aangemaakt=_now(),
                    )
                )
        except IntegrityError:
            raise CollectorError("collector_reader_exists", name=name) from None
        return token

    def authenticate_desk(self, token: str | None) -> DeskInfo:
        row = self._find(db.desks, token, DESK_PREFIX)
        return DeskInfo(
            row.id, row.naam, row.team, row.organisatie, row.aangemaakt, row.ingetrokken
        )

    def authenticate_reader(self, token: str | None) -> Reader:
        row = self._find(db.readers, token, READER_PREFIX)
        return Reader(row.id, row.naam, row.scope, row.scope_waarde)

    def _find(self, table, token: str | None, prefix: str):
        if not token:
            raise AuthError(
                401,
                "A token is needed: send 'Authorization: Bearer TOKEN'. / Er is een token nodig.",
            )
        other = READER_PREFIX if prefix == DESK_PREFIX else DESK_PREFIX
        if token.startswith(other):
            kind = "reader (lezer)" if other == READER_PREFIX else "desk"
            raise AuthError(
                403,
                f"This is a {kind} token; it cannot be used here. / Deze token is hier niet bruikbaar.",
            )
        with self.engine.connect() as conn:
            row = conn.execute(select(table).where(table.c.token_hash == _hash(token))).first()
        # a desk token comes from the team lead; reader (and other) tokens from the
        # collector's administrator
        who_en, who_nl = (
            ("the team lead", "de teamleider")
            if prefix == DESK_PREFIX
            else ("the collector's administrator", "de beheerder van de collector")
        )
        if row is None:
            raise AuthError(
                401,
                f"Unknown token: ask {who_en} for a new one. / Onbekende token: vraag {who_nl} om een nieuwe.",
            )
        if row.ingetrokken is not None:
            raise AuthError(
                403,
                f"This token was revoked: ask {who_en} for a new one. / Deze token is ingetrokken: vraag {who_nl} om een nieuwe.",
            )
        return row

    # -- receiving ------------------------------------------------------------------------
    def push(self, desk: DeskInfo, push: WirePush) -> dict:
        """Store the months of a push (latest revision wins) and answer with a summary."""
        today = self._today()
        answers = []
        if self._write_lock:
            self._write_lock.acquire()
        try:
            with self.engine.begin() as conn:
                # one push per desk at a time (PostgreSQL); SQLite has the lock above
                conn.execute(
                    select(db.desks.c.id).where(db.desks.c.id == desk.id).with_for_update()
                )
                for m in push.months:
                    answers.append(self._month(conn, desk.id, m, today))
        finally:
            if self._write_lock:
                self._write_lock.release()
        totals = dict.fromkeys(("accepted", "updated", "unchanged", "removed", "refused"), 0)
        for a in answers:
            for key, n in a["cells"].items():
                totals[key] += n
        return {"desk": desk.name, "months": answers, "cells": totals}

    def _month(self, conn, desk_id: int, m, today) -> dict:
        base = {"period": m.period, "revision": m.revision}
        zero = dict.fromkeys(("accepted", "updated", "unchanged", "removed", "refused"), 0)

        def refuse(reason: str, **params) -> dict:
            nl, en = REFUSAL_TEXT[reason]
            return {
                **base,
                "status": "geweigerd",
                "reason": reason,
                "message": en.format(**params),
                "message_nl": nl.format(**params),
                "cells": {**zero, "refused": len(m.cells)},
                **({"latest_revision": params["latest"]} if "latest" in params else {}),
            }

        if counts.parse_period(m.period).start > today:
            return refuse("toekomst")
        if m.period < FIRST_MONTH:
            return refuse("te_oud")
        if m.k < self.k:
            return refuse("k_te_klein", k=self.k, sent=m.k)
        problem = consistency_problem(m)
        if problem:
            return refuse("inconsistent", detail=problem)
        old = conn.execute(
            select(db.months).where(db.months.c.desk_id == desk_id, db.months.c.periode == m.period)
        ).first()
        if old is not None:
            if m.revision < old.revisie:
                return refuse("verouderd", latest=old.revisie)
            if m.revision == old.revisie:
                if m.digest == old.digest:  # a retry: counted once already
                    return {
                        **base,
                        "status": "ongewijzigd",
                        "cells": {**zero, "unchanged": len(m.cells)},
                    }
                return refuse("conflict", revision=m.revision, latest=old.revisie)
        new = {(c.indicator, c.category): _stored(c) for c in m.cells}
        before: dict[tuple[str, str], tuple] = {}
        if old is not None:
            q = select(
                db.cells.c.indicator,
                db.cells.c.categorie,
                db.cells.c.waarde,
                db.cells.c.onderdrukt,
                db.cells.c.lo,
                db.cells.c.hi,
                db.cells.c.som,
            ).where(db.cells.c.desk_id == desk_id, db.cells.c.periode == m.period)
            before = {(r[0], r[1]): tuple(r[2:]) for r in conn.execute(q)}
        tally = dict(zero)
        for key, val in new.items():
            if key not in before:
                tally["accepted"] += 1
            elif before[key] != val:
                tally["updated"] += 1
            else:
                tally["unchanged"] += 1
        tally["removed"] = sum(1 for key in before if key not in new)
        now = _now()
        where = and_(db.cells.c.desk_id == desk_id, db.cells.c.periode == m.period)
        if old is None:
            conn.execute(
                insert(db.months).values(
                    desk_id=desk_id,
                    periode=m.period,
                    revisie=m.revision,
                    digest=m.digest,
                    k=m.k,
                    ontvangen=now,
                )
            )
        else:
            conn.execute(
                update(db.months)
                .where(db.months.c.desk_id == desk_id, db.months.c.periode == m.period)
                .values(revisie=m.revision, digest=m.digest, k=m.k, ontvangen=now)
            )
        if old is None or old.digest != m.digest:
            conn.execute(delete(db.cells).where(where))
            conn.execute(
                delete(db.practices).where(
                    db.practices.c.desk_id == desk_id, db.practices.c.periode == m.period
                )
            )
            if new:
                conn.execute(
                    insert(db.cells),
                    [
                        {
                            "desk_id": desk_id,
                            "periode": m.period,
                            "indicator": i,
                            "categorie": c,
                            "waarde": v[0],
                            "onderdrukt": v[1],
                            "lo": v[2],
                            "hi": v[3],
                            "som": v[4],
                        }
                        for (i, c), v in new.items()
                    ],
                )
            if m.practices:
                conn.execute(
                    insert(db.practices),
                    [{"desk_id": desk_id, "periode": m.period, "hash": h} for h in m.practices],
                )
        status = (
            "nieuw" if old is None else ("ongewijzigd" if old.digest == m.digest else "bijgewerkt")
        )
        return {**base, "status": status, "cells": tally}

    # -- totals ---------------------------------------------------------------------------
    def totals(self, reader: Reader, period: str) -> list[TotalRow]:
        """The codebook rows of the reader's scope for a period (month, quarter or year).

        Totals come from each desk's set of that very period (a quarter's or year's own
        set: indicators that count a trajectory or practice once per period are not sums
        of months); breakdowns are the sums of the period's months, a range where a
        month's cell was suppressed; practices are distinct hashes over the months; the
        mean is the exact sum of days over the exact number of intakes."""
        p = counts.parse_period(period)
        months_ = p.months()
        desks_in_scope = self._scope_desks(reader)
        c = db.cells.c
        in_scope = c.desk_id.in_(desks_in_scope)
        with self.engine.connect() as conn:
            q = (
                select(
                    c.indicator,
                    c.categorie,
                    func.sum(case((c.onderdrukt.is_(False), c.waarde), else_=0)),
                    func.sum(case((c.onderdrukt.is_(True), 1), else_=0)),
                    func.sum(case((c.onderdrukt.is_(True), c.lo), else_=0)),
                    func.sum(case((c.onderdrukt.is_(True), c.hi), else_=0)),
                )
                .where(
                    in_scope,
                    or_(
                        and_(c.periode.in_(months_), c.indicator.in_(counts.BREAKDOWNS)),
                        and_(
                            c.periode == p.text,
                            c.indicator.not_in(counts.BREAKDOWNS),
                            c.indicator.not_in(counts.DECIMALS),
                        ),
                    ),
                )
                .group_by(c.indicator, c.categorie)
            )
            sums = {
                (r[0], r[1]): (int(r[2] or 0), int(r[3] or 0), int(r[4] or 0), int(r[5] or 0))
                for r in conn.execute(q)
            }
            n_practices = conn.execute(
                select(func.count(func.distinct(db.practices.c.hash))).where(
                    db.practices.c.periode.in_(months_),
                    db.practices.c.desk_id.in_(desks_in_scope),
                )
            ).scalar_one()
            mean_rows = conn.execute(
                select(c.desk_id, c.waarde, c.onderdrukt, c.som).where(
                    c.indicator == MEAN, c.periode == p.text, in_scope
                )
            ).all()
            intakes_of = {
                r[0]: int(r[1] or 0)
                for r in conn.execute(
                    select(c.desk_id, c.waarde).where(
                        c.indicator == "intakes", c.periode == p.text, in_scope
                    )
                )
            }
        rows: list[TotalRow] = []

        def total(ind: str) -> int:
            return sums.get((ind, counts.TOTAL), (0, 0, 0, 0))[0]

        for ind in counts.INDICATORS:
            if ind in counts.BREAKDOWNS:
                # referrals in breakdowns sent without categories may belong to any category
                withheld = sums.get((ind, WITHHELD), (0, 0, 0, 0))[0]
                for (i, cat), (exact, n_sup, lo, hi) in sorted(sums.items()):
                    if i != ind or (exact == 0 and n_sup == 0):
                        continue
                    if cat == WITHHELD or (n_sup == 0 and withheld == 0):
                        value = str(exact)
                    else:
                        value = f"{exact + lo}-{exact + hi + withheld}"
                    rows.append(TotalRow(p.text, ind, cat, value))
            elif ind == "verwijzende_praktijken":
                rows.append(TotalRow(p.text, ind, counts.TOTAL, str(n_practices)))
            elif ind == "contact_binnen_5_werkdagen_pct":
                rows.append(
                    TotalRow(
                        p.text,
                        ind,
                        counts.TOTAL,
                        counts.format_value(
                            counts.percentage(
                                total("contact_binnen_5_werkdagen"), total("verwijzingen")
                            )
                        ),
                    )
                )
            elif ind == MEAN:
                days, n_known, n_hidden = Fraction(0), 0, 0
                for desk_id, tenths, suppressed, som in mean_rows:
                    n = intakes_of.get(desk_id, 0)
                    if suppressed:
                        n_hidden += n
                    elif som is not None:  # exact (schema 2)
                        days += int(som)
                        n_known += n
                    else:  # a schema-1 month: its rounded mean
                        days += Fraction(int(tenths), 10) * n
                        n_known += n
                if n_known:
                    text = counts.format_value(counts.round_one(days / n_known))
                    rows.append(
                        TotalRow(
                            p.text, ind, counts.TOTAL, text + (PARTIAL_MARK if n_hidden else "")
                        )
                    )
                elif n_hidden:
                    rows.append(TotalRow(p.text, ind, counts.TOTAL, PARTIAL_MARK))
            else:
                rows.append(TotalRow(p.text, ind, counts.TOTAL, str(total(ind))))
        return rows

    def _scope_desks(self, reader: Reader):
        d = db.desks.c
        if reader.scope == "organisation":
            return select(d.id).where(d.organisatie == reader.value)
        if reader.scope == "team":
            return select(d.id).where(d.team == reader.value)
        return select(d.id)


MIN_PASSPHRASE = 12
_SCRYPT = {"n": 2**15, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024}


def _keys(passphrase: str, salt: bytes) -> tuple[bytes, bytes]:
    k = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, dklen=64, **_SCRYPT)
    return k[:32], k[32:]


def _stream(key: bytes, n: int) -> bytes:
    return hashlib.shake_256(b"wor-desk regiosleutel" + key).digest(n)


def _wrap(passphrase: str, salt: bytes, secret: bytes) -> tuple[bytes, bytes]:
    """Encrypt-then-MAC under keys derived from the passphrase (a fresh salt each time)."""
    enc, mac = _keys(passphrase, salt)
    ct = bytes(a ^ b for a, b in zip(secret, _stream(enc, len(secret)), strict=True))
    return ct, hmac.new(mac, salt + ct, hashlib.sha256).digest()


def _unwrap(passphrase: str, salt: bytes, ct: bytes, tag: bytes) -> bytes | None:
    enc, mac = _keys(passphrase, salt)
    if not hmac.compare_digest(hmac.new(mac, salt + ct, hashlib.sha256).digest(), tag):
        return None
    return bytes(a ^ b for a, b in zip(ct, _stream(enc, len(ct)), strict=True))


def totals_csv(rows: list[TotalRow]) -> str:
    body = [(r.period, r.indicator, r.category, r.value) for r in rows]
    return csv_text([counts.HEADER, *body], lineterminator="\n")


def _stored(c) -> tuple:
    """A wire cell as stored: (waarde, onderdrukt, lo, hi, som); decimals in tenths."""
    if c.suppressed:
        return (None, True, c.lo, c.hi, None)
    v = c.value
    if c.indicator in counts.DECIMALS:
        return (int(Decimal(v) * 10), False, None, None, c.sum)
    return (int(v), False, None, None, None)


def consistency_problem(m) -> str | None:
    """Do the month's counts agree with each other? (A desk computes them so; a payload that
    does not was built wrongly or altered.) Returns a short English reason, or None."""
    tot = {c.indicator: c.value for c in m.cells if c.category == counts.TOTAL and not c.suppressed}
    ref = int(tot.get("verwijzingen", 0))
    if len(m.practices) != int(tot.get("verwijzende_praktijken", 0)):
        return f"{len(m.practices)} practice hashes for verwijzende_praktijken = {tot.get('verwijzende_praktijken')}"
    if int(tot.get("contact_binnen_5_werkdagen", 0)) > ref:
        return "contact_binnen_5_werkdagen exceeds verwijzingen"
    if Decimal(tot.get("contact_binnen_5_werkdagen_pct", 0)) != counts.percentage(
        int(tot.get("contact_binnen_5_werkdagen", 0)), ref
    ):
        return "contact_binnen_5_werkdagen_pct does not follow from its counts"
    intakes = int(tot.get("intakes", 0))
    if intakes == 0 and any(c.indicator == MEAN for c in m.cells):
        return "a mean days to intake without intakes"
    mean = next((c for c in m.cells if c.indicator == MEAN and not c.suppressed), None)
    if mean is not None and mean.sum is not None:
        if counts.round_one(Fraction(mean.sum, intakes)) != Decimal(mean.value):
            return "gemiddelde_dagen_tot_intake does not follow from its sum"
    if not m.is_month:
        return None  # a quarter's or year's set holds only totals
    parts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in m.cells:
        if c.indicator in PARTITIONS or c.indicator == "verwijzingen_per_kanaal":
            lo, hi = (c.lo, c.hi) if c.suppressed else (c.value, c.value)
            parts[c.indicator][0] += int(lo)
            parts[c.indicator][1] += int(hi)
    for ind, (lo, hi) in parts.items():
        if lo > ref or (ind in PARTITIONS and hi < ref):
            return f"{ind} does not add up to verwijzingen = {ref}"
    if ref and any(ind not in parts for ind in PARTITIONS):
        return "a breakdown of verwijzingen is missing"
    return None

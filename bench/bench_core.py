"""Foundation benchmark: the encrypted store beside plain SQLite, measured in the same run.

    PYTHONPATH=. python bench/bench_core.py [--clients 45000] [--import-rows 10000] [--reps 5]

What it measures (median of --reps runs each):
- opening the store: a full unlock (key derivation, integrity check, schema check) and a
  connection + first query with the key already derived (what every later session costs);
- importing a 10,000-row registration sheet (CSV made from the demo generator) with
  `Desk.import_sheet` into an empty store (target: < 5 s);
- queries over ~50,000 trajectories (`wor_desk.demo.fill(clients=45000)`): the trajectory
  list with derived steps (`Desk.trajectory_rows`), a text search, the Vandaag overview, and a
  plain aggregate (referrals per month and referrer type) (target: within 1.5x of plain SQLite).

The baseline is the same schema and the same rows in a plain SQLite file opened through
Python's stdlib `sqlite3` (the schema made with `SQLModel.metadata.create_all`, the rows copied
from the encrypted store), with the same pragmas (WAL, synchronous=FULL, foreign keys) and,
for the Desk figures, the very same Desk code running over it: the ratio is the cost of
encryption, nothing else.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, event, insert, inspect, select, text
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, SQLModel

from wor_desk import demo
from wor_desk.desk import Desk, TrajectoryFilter
from wor_desk.domain import models  # noqa: F401 - registers the tables on SQLModel.metadata
from wor_desk.store import Store, cipher
from wor_desk.store.cipher import Key

TODAY = date(2026, 11, 23)
PASSPHRASE = "bench wachtwoord voor de kern"
AGGREGATE = (
    "SELECT strftime('%Y-%m', verwijsdatum) AS maand, verwijzer_type, count(*) "
    "FROM traject GROUP BY maand, verwijzer_type ORDER BY maand, verwijzer_type"
)
IMPORT_COLUMNS = [
    "client_nr",
    "voornaam",
    "achternaam",
    "geboortedatum",
    "geslacht",
    "postcode",
    "gemeente",
    "wijk",
    "telefoon",
    "email",
    "verwijsdatum",
    "verwijzer_naam",
    "verwijzer_praktijk",
    "verwijzer_type",
    "kanaal",
    "reden",
    "toestemming_gegevens",
    "toestemming_terugkoppeling",
    "eerste_contact",
    "kennismaking",
    "aanbod",
    "activiteit",
    "start_activiteit",
    "nazorg",
    "afgerond",
    "afsluitreden",
    "terugkoppeling",
]


# -- plain SQLite twin ------------------------------------------------------------------------------
def plain_connect(path: Path) -> sqlite3.Connection:
    """A stdlib sqlite3 connection with the pragmas of wor_desk.store.cipher.connect, minus the key."""
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=5.0)
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{getattr(cipher, 'CACHE_KIB', 2000)}")  # as cipher.connect
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


class PlainStore:
    """What Desk needs of a Store (engine, session, transaction), over a plain SQLite file."""

    def __init__(self, path: Path, profile: str = "plain") -> None:
        self.path, self.profile = path, profile
        self.engine = create_engine(
            "sqlite://", creator=lambda: plain_connect(path), poolclass=QueuePool, pool_size=4
        )

        @event.listens_for(self.engine, "connect")
        def _connect(dbapi_conn, _record):
            dbapi_conn.isolation_level = None

        @event.listens_for(self.engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql("BEGIN")

    @classmethod
    def create(cls, path: Path) -> PlainStore:
        conn = sqlite3.connect(str(path))
        conn.execute("PRAGMA journal_mode = WAL")
        conn.close()
        store = cls(path)
        SQLModel.metadata.create_all(store.engine)
        return store

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.session() as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def schema_version(self) -> None:
        return None

    def close(self) -> None:
        self.engine.dispose()


def copy_rows(source: Desk, target: PlainStore) -> dict[str, int]:
    """Every row of every model table, from the encrypted store into the plain twin."""
    copied = {}
    with source.store.session() as s, target.transaction() as t:
        src, dst = s.connection(), t.connection()
        present = set(inspect(src).get_table_names())
        for table in SQLModel.metadata.sorted_tables:
            if table.name not in present:
                continue
            rows = [dict(r) for r in src.execute(select(table)).mappings()]
            for i in range(0, len(rows), 5000):
                dst.execute(insert(table), rows[i : i + 5000])
            copied[table.name] = len(rows)
    return copied


# -- the import sheet ----------------------------------------------------------------------------------
def write_sheet(desk: Desk, path: Path, n: int) -> int:
    """The first n demo trajectories as an IMPORT.md sheet (one row per trajectory)."""
    sql = """
        SELECT c.client_nr, c.voornaam, c.achternaam, c.geboortedatum, c.geslacht, c.postcode, c.gemeente, c.wijk,
               c.telefoon, c.email, t.verwijsdatum, t.verwijzer_naam, t.verwijzer_praktijk, t.verwijzer_type, t.kanaal,
               (SELECT group_concat(code, ';') FROM traject_reden r WHERE r.traject_id = t.id),
               t.toestemming_gegevens, t.toestemming_terugkoppeling, t.eerste_contact, t.kennismaking, t.aanbod,
               t.activiteit, t.start_activiteit,
               (SELECT max(datum) FROM contact k WHERE k.traject_id = t.id AND k.soort = 'nazorg' AND k.gepland = 0),
               t.afgerond, t.afsluitreden,
               (SELECT group_concat(datum, ';') FROM terugkoppeling f WHERE f.traject_id = t.id)
        FROM traject t JOIN client c ON c.id = t.client_id ORDER BY t.id LIMIT :n"""
    yes_no = {1: "ja", 0: "nee", None: ""}
    with desk.store.session() as s:
        rows = s.connection().execute(text(sql), {"n": n}).all()
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(IMPORT_COLUMNS)
        for r in rows:
            r = list(r)
            r[16], r[17] = yes_no[r[16]], yes_no[r[17]]
            w.writerow(["" if v is None else v for v in r])
    return len(rows)


# -- timing ------------------------------------------------------------------------------------------------
def timed(fn: Callable[[], object], reps: int, setup: Callable[[], object] | None = None) -> float:
    """Median seconds of `fn` over `reps` runs (setup, when given, runs untimed before each)."""
    times = []
    for _ in range(reps):
        arg = setup() if setup else None
        t0 = time.perf_counter()
        fn(arg) if setup else fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def fmt_s(sec: float) -> str:
    return f"{sec * 1000:9.1f} ms" if sec < 10 else f"{sec:9.2f} s "


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--clients",
        type=int,
        default=45000,
        help="demo clients for the query store (45,000 ~ 50,000 trajectories)",
    )
    ap.add_argument("--import-rows", type=int, default=10000)
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="wor-bench-"))
    os.environ["WOR_DESK_HOME"] = str(work / "home")
    today = lambda: TODAY  # noqa: E731
    results: list[tuple[str, float, float, str]] = []
    say = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731

    # -- the 50k store and its plain twin
    say(f"building the demo store ({args.clients} clients) ...")
    t0 = time.perf_counter()
    enc = Desk.create("bench", PASSPHRASE, today=today)
    n_traj = demo.fill(enc, clients=args.clients, seed=1)
    say(f"  {n_traj} trajectories in {time.perf_counter() - t0:.1f} s; copying to plain SQLite ...")
    plain_path = work / "plain.db"
    plain_store = PlainStore.create(plain_path)
    copied = copy_rows(enc, plain_store)
    plain = Desk(plain_store, today=today)
    assert copied["traject"] == n_traj
    enc_folder, enc_path = enc.store.folder, enc.store.path
    enc.close()

    # -- opening
    say("opening ...")
    salt = cipher.read_salt(enc_path)
    results.append(
        (
            "key derivation alone (PBKDF2-SHA512, 256,000 rounds)",
            timed(lambda: Key.derive(PASSPHRASE, salt), args.reps),
            0.0,
            "-",
        )
    )

    def full_plain_open() -> None:
        conn = plain_connect(plain_path)
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()

    results.append(
        (
            "open: full unlock (key, integrity + schema check)",
            timed(lambda: Store.open(enc_folder, PASSPHRASE, "bench").close(), args.reps),
            timed(full_plain_open, args.reps),
            "-",
        )
    )
    key = Key.derive(PASSPHRASE, salt)
    cipher_version = sqlite_version_enc(enc_path, key)

    def quick(conn_fn: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            conn = conn_fn()
            conn.execute("SELECT count(*) FROM traject").fetchone()
            conn.close()

        return run

    results.append(
        (
            "open: connection + first query, key already derived",
            timed(quick(lambda: cipher.connect(enc_path, key)), args.reps * 4),
            timed(quick(lambda: plain_connect(plain_path)), args.reps * 4),
            "-",
        )
    )

    # -- queries over the 50k trajectories
    say("queries ...")
    enc = Desk(Store.open(enc_folder, PASSPHRASE, "bench"), today=today)

    def aggregate(d: Desk) -> Callable[[], None]:
        def run() -> None:
            with d.store.session() as s:
                s.connection().execute(text(AGGREGATE)).all()

        return run

    def stdlib_aggregate() -> None:
        conn = plain_connect(plain_path)
        conn.execute(AGGREGATE).fetchall()
        conn.close()

    assert len(enc.trajectory_rows()) == len(plain.trajectory_rows()) == n_traj
    for label, fn in [
        (f"query: trajectory list, {n_traj:,} rows with derived step", lambda d: d.trajectory_rows),
        (
            "query: trajectory list, text search 'jansen'",
            lambda d: lambda: d.trajectory_rows(TrajectoryFilter(text="jansen")),
        ),
        (
            "query: trajectory list, open ones in step 3",
            lambda d: lambda: d.trajectory_rows(TrajectoryFilter(step=3, status="lopend")),
        ),
        ("query: Vandaag overview", lambda d: d.today_overview),
        ("query: referrals per month x referrer type (SQL)", aggregate),
    ]:
        fn(enc)()
        fn(plain)()  # warm both caches alike
        results.append((label, timed(fn(enc), args.reps), timed(fn(plain), args.reps), "<= 1.5x"))

    def dbapi_aggregate() -> None:
        conn = cipher.connect(enc_path, key)
        conn.execute(AGGREGATE).fetchall()
        conn.close()

    results.append(
        (
            "query: same aggregate on a new DB-API connection (no SQLAlchemy)",
            timed(dbapi_aggregate, args.reps),
            timed(stdlib_aggregate, args.reps),
            "<= 1.5x",
        )
    )

    # -- import
    say(f"import of {args.import_rows} rows ...")
    sheet = work / "blad.csv"
    n_rows = write_sheet(enc, sheet, args.import_rows)
    enc.close()
    counter = iter(range(10**6))

    def fresh_enc() -> Desk:
        return Desk.create(f"imp{next(counter)}", PASSPHRASE, today=today)

    def fresh_plain() -> Desk:
        return Desk(PlainStore.create(work / f"imp{next(counter)}.db"), today=today)

    def do_import(d: Desk) -> None:
        report = d.import_sheet(sheet)
        assert report.written and report.trajectories_created == n_rows, report.summary()
        d.close()

    reps = max(1, min(args.reps, 3))
    results.append(
        (
            f"import: {n_rows:,}-row CSV sheet into an empty store (target < 5 s)",
            timed(do_import, reps, fresh_enc),
            timed(do_import, reps, fresh_plain),
            "< 5 s",
        )
    )

    shutil.rmtree(work, ignore_errors=True)

    # -- the table
    print(
        f"\nWoR Desk foundation benchmark: {n_traj:,} trajectories; median of {args.reps} runs "
        f"(import: {reps}); SQLCipher {cipher_version} vs SQLite {sqlite3.sqlite_version} (stdlib sqlite3)\n"
    )
    print(
        f"| {'measure':<66} | {'encrypted':>12} | {'plain SQLite':>12} | {'ratio':>6} | target  |"
    )
    print(f"|{'-' * 68}|{'-' * 14}|{'-' * 14}|{'-' * 8}|---------|")
    for label, e, p, target in results:
        ratio = f"{e / p:5.2f}x" if p else "     -"
        print(
            f"| {label:<66} | {fmt_s(e):>12} | {fmt_s(p) if p else '-':>12} | {ratio:>6} | {target:<7} |"
        )
    return 0


def sqlite_version_enc(path: Path, key: Key) -> str:
    conn = cipher.connect(path, key)
    try:
        return conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()


if __name__ == "__main__":
    sys.exit(main())

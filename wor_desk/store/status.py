"""What `wor-desk status` shows, as counts: the SQL that `Desk.status` runs, and a lean read
of it with the plain SQLCipher driver (no SQLAlchemy, Alembic or SQLModel to import).

The status and step of a trajectory follow `process.derive` / `process._step`, written once
here as SQL (tests/core/test_perf_status.py holds them equal to `trajectory_rows`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from wor_desk import codes, resources
from wor_desk.store import checks, cipher, unlock
from wor_desk.store.paths import STORE_FILE

_CLOSED = "traject.afgerond IS NOT NULL"
#: process.derive: closed, else paused while a pause has no end, else open.
STATUS_SQL = (
    f"CASE WHEN {_CLOSED} THEN 'afgesloten' "
    "WHEN EXISTS (SELECT 1 FROM pauze WHERE pauze.traject_id = traject.id AND pauze.tot IS NULL) "
    "THEN 'gepauzeerd' ELSE 'lopend' END"
)
#: process._step: 6 once closed or a follow-up contact was held, 5 from the start of the
#: activity, 4 from the introduction, else 3.
STEP_SQL = (
    f"CASE WHEN {_CLOSED} THEN 6 "
    "WHEN EXISTS (SELECT 1 FROM contact WHERE contact.traject_id = traject.id "
    "AND contact.soort = 'nazorg' AND contact.gepland IS 0) THEN 6 "
    "WHEN traject.start_activiteit IS NOT NULL THEN 5 "
    "WHEN traject.kennismaking IS NOT NULL THEN 4 ELSE 3 END"
)
#: Trajectories per (status, step): counts, never rows.
PER_STATUS_STEP_SQL = (
    f"SELECT {STATUS_SQL} AS status, {STEP_SQL} AS step, count(*) FROM traject "
    "GROUP BY status, step"
)
CLIENTS_SQL = "SELECT count(*) FROM client"


@dataclass(frozen=True)
class Status:
    profile: str
    path: str
    schema_version: str | None
    clients: int
    trajectories: int
    per_step: dict[int, int]
    per_status: dict[str, int]


def tally(
    profile: str,
    path: str,
    schema_version: str | None,
    clients: int,
    grouped: Iterable[tuple[str, int, int]],
) -> Status:
    """The Status of the rows of PER_STATUS_STEP_SQL (per step: every trajectory not closed)."""
    per_status: Counter = Counter()
    per_step: Counter = Counter()
    for st, stp, n in grouped:
        per_status[st] += n
        if st != "afgesloten":
            per_step[stp] += n
    return Status(
        profile=profile,
        path=path,
        schema_version=schema_version,
        clients=clients,
        trajectories=sum(per_status.values()),
        per_step={k: per_step.get(k, 0) for k in range(3, 7)},
        per_status={k: per_status.get(k, 0) for k in codes.STATUS.codes()},
    )


_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*(None|\"[^\"]*\"|'[^']*')", re.M)


def migrations_head() -> str | None:
    """The newest revision among the store's migration files, read as text (Alembic's head,
    without importing Alembic; tests/core/test_status_lean.py holds the two equal). None when
    the files do not name exactly one head."""
    revisions, parents = set(), set()
    folder = resources.package_folder("wor_desk.store", "migrations") / "versions"
    for file in Path(folder).glob("*.py"):
        found = dict(_REVISION.findall(file.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"].strip("\"'"))
        if found.get("down_revision", "None") != "None":
            parents.add(found["down_revision"].strip("\"'"))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def read(folder: Path, passphrase: str, profile: str) -> Status | None:
    """The profile's Status, unlocked with the same checks as `Store.open` (same errors), or
    None when the store is not at this WoR Desk's schema version: then the normal unlock must
    run (it migrates, or refuses a store made by a newer WoR Desk).

    The whole file is checked only when checks.full_check_reason says so (an unclean close, a
    file changed since, the last full check a week old); else the pages these counts read are
    verified by SQLCipher as they are read. Being read-only, this never writes the record in
    controle.json (checks.py)."""
    folder = Path(folder)
    key = unlock.unlock(folder, passphrase, profile)
    full = checks.full_check_reason(folder) is not None
    path = folder / STORE_FILE
    try:
        conn = cipher.connect(path, key)
    except Exception as exc:  # noqa: BLE001 - as Store.open: classified, never raw
        raise unlock._classify(exc, path, profile, key_checked=True) from None
    try:
        unlock.verify_readable(conn, path, profile, full=full)
        try:
            version = unlock.schema_version(conn)
            if version is None or version != migrations_head():
                return None
            clients = conn.execute(CLIENTS_SQL).fetchone()[0]
            grouped = conn.execute(PER_STATUS_STEP_SQL).fetchall()
        except Exception as exc:  # noqa: BLE001 - as Store.open: classified, never raw
            raise unlock._classify(exc, path, profile, key_checked=True) from None
    finally:
        conn.close()
    return tally(profile, str(path), version, clients, grouped)

"""The audit recorder: the one place every write of the store passes.

Two hooks catch every write without any service having to remember to log:
- ORM writes (objects added, changed or deleted in a Session of `Store.transaction`) are
  read from the session's unit of work before and after each flush (old and new values come
  from the attributes' history);
- Core DML run on a store connection outside a flush (the importer's bulk inserts, `delete()`
  and `update()` statements) is caught by the engine's execute events; for UPDATE and DELETE
  the affected rows are read just before, and for UPDATE again just after.
Both add `AuditEntry` rows on the same connection, inside the same transaction: the write and
its entry commit together or not at all. Sensitive values (identity, contact details, free
text: `domain.audit.SENSITIVE_FIELDS`) are never logged, only the marker `SENSITIVE`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Engine, Table, event, inspect, select, tuple_
from sqlalchemy.sql.dml import Delete, Insert, Update
from sqlmodel import Session

from wor_desk.domain.audit import SENSITIVE, SENSITIVE_FIELDS, AuditEntry
from wor_desk.domain.models import Trajectory, now_utc

#: Tables whose writes are not client work: the log itself, bookkeeping of sync and schema, and
#: Vandaag's lines derived from the other tables (wor_desk.attention).
NOT_AUDITED = frozenset(
    {
        "audit",
        "alembic_version",
        "sync_maand",
        "sync_run",
        "vandaag_regel",
        "vandaag_wachtrij",
        "vandaag_regels",
    }
)
#: Record timestamps: they change with every write and say nothing.
NOISE = frozenset({"aangemaakt", "gewijzigd", "bijgewerkt"})

_FLUSHING = "wor_audit_flushing"
_OFF = "wor_audit_off"
_PENDING = "wor_audit_pending"
_CORE = "wor_audit_core"
_TABLE: Table = AuditEntry.__table__  # type: ignore[assignment]


class AuditRecorder:
    """Writes `AuditEntry` rows for every write on one store's engine, as `profile`."""

    def __init__(self, engine: Engine, profile: str) -> None:
        self.profile = profile
        event.listen(engine, "before_execute", self._before_execute)
        event.listen(engine, "after_execute", self._after_execute)
        event.listen(engine, "rollback", _clear)
        event.listen(engine, "commit", _clear)

    # -- ORM: the unit of work of a session -----------------------------------------------------
    def before_flush(self, session: Session) -> None:
        conn = session.connection()
        if conn.info.get(_OFF):
            return
        conn.info[_FLUSHING] = True
        pending = session.info.setdefault(_PENDING, [])
        for obj in list(session.new):
            table = _table_of(obj)
            if table is not None:
                pending.append(("aangemaakt", obj, table, None, None))
        for obj in list(session.dirty):
            table = _table_of(obj)
            if table is None or not session.is_modified(obj, include_collections=False):
                continue
            changes: dict[str, tuple[Any, Any]] = {}
            for attr in inspect(obj).attrs:
                hist = attr.load_history()
                if attr.key in NOISE or not hist.has_changes():
                    continue
                old = hist.deleted[0] if hist.deleted else None
                new = hist.added[0] if hist.added else None
                if old != new:
                    changes[attr.key] = (old, new)
            if changes:
                pending.append(("gewijzigd", obj, table, changes, None))
        for obj in list(session.deleted):
            table = _table_of(obj)
            if table is not None:
                values = _values(obj, table)
                pending.append(("verwijderd", obj, table, None, values))

    def after_flush(self, session: Session) -> None:
        conn = session.connection()
        pending = session.info.pop(_PENDING, [])
        conn.info.pop(_FLUSHING, None)
        if not pending or conn.info.get(_OFF):
            return
        rows = []
        for kind, obj, table, changes, before in pending:
            values = before if before is not None else _values(obj, table)
            if kind == "aangemaakt":
                changes = {k: (None, v) for k, v in values.items() if v is not None}
            rows.append(self._entry(kind, table, values, changes or {}))
        self._write(conn, rows)

    # -- Core: DML statements run outside a flush ----------------------------------------------
    def _before_execute(self, conn, clause, multiparams, params, execution_options) -> None:
        if not isinstance(clause, (Insert, Update, Delete)) or conn.info.get(_FLUSHING):
            return
        table = clause.table
        if not isinstance(table, Table) or table.name in NOT_AUDITED or conn.info.get(_OFF):
            return
        before: list[dict] | int = []
        if isinstance(clause, Insert) and _many(multiparams):
            # a bulk insert (the importer): its entries are made in SQL from the new rows
            before = conn.exec_driver_sql(f'SELECT max(rowid) FROM "{table.name}"').scalar() or 0
        elif isinstance(clause, (Update, Delete)):
            q = select(table)
            if clause.whereclause is not None:
                q = q.where(clause.whereclause)
            before = [dict(r) for r in conn.execute(q, *_bind(multiparams, params)).mappings()]
        conn.info.setdefault(_CORE, []).append(before)

    def _after_execute(self, conn, clause, multiparams, params, execution_options, result) -> None:
        if not isinstance(clause, (Insert, Update, Delete)) or conn.info.get(_FLUSHING):
            return
        table = clause.table
        if not isinstance(table, Table) or table.name in NOT_AUDITED or conn.info.get(_OFF):
            return
        stack = conn.info.get(_CORE) or [[]]
        before = stack.pop()
        rows: list[dict] = []
        if isinstance(before, int):
            self._bulk_insert_entries(conn, table, before)
            return
        if isinstance(clause, Delete):
            rows = [self._entry("verwijderd", table, r, {}) for r in before]
        elif isinstance(clause, Update):
            pk = list(table.primary_key.columns)
            keys = [tuple(r[c.name] for c in pk) for r in before]
            after = {}
            for i in range(0, len(keys), 500):
                q = select(table).where(tuple_(*pk).in_(keys[i : i + 500]))
                for r in conn.execute(q).mappings():
                    after[tuple(r[c.name] for c in pk)] = dict(r)
            for key, old in zip(keys, before, strict=True):
                new = after.get(key, old)
                changes = {
                    k: (old[k], new[k]) for k in new if k not in NOISE and old.get(k) != new[k]
                }
                if changes:
                    rows.append(self._entry("gewijzigd", table, new, changes))
        else:
            new_rows = _insert_rows(clause, multiparams, params, result)
            _resolve_ids(conn, table, new_rows)
            for r in new_rows:
                changes = {k: (None, v) for k, v in r.items() if v is not None}
                rows.append(self._entry("aangemaakt", table, r, changes))
        self._write(conn, rows)

    def insert_many(self, conn, table: Table, columns: Sequence[str], rows: list) -> None:
        """Insert `rows` (sequences of values as the driver takes them, in `columns` order)
        with one executemany on the driver, logged as every bulk insert is: one `aangemaakt`
        entry per row, built in SQL. For a large import: no per-value work in SQLAlchemy."""
        if not rows:
            return
        name = table.name
        logged = name not in NOT_AUDITED and not conn.info.get(_OFF)
        before = 0
        if logged:
            before = conn.exec_driver_sql(f'SELECT max(rowid) FROM "{name}"').scalar() or 0
        names = ", ".join(f'"{table.c[c].name}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        conn.exec_driver_sql(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', rows)
        if logged:
            self._bulk_insert_entries(conn, table, before)

    def update_many(self, conn, table: Table, rows: Sequence[tuple[Any, Mapping]]) -> None:
        """Update rows by primary key (`rows`: (key, {column: new value})), grouped by the
        columns they change, one driver executemany per group and 500 rows. Logged as every
        UPDATE is: the rows are read just before and just after, and each changed row gets a
        `gewijzigd` entry with old and new values (the marker for sensitive fields)."""
        if not rows:
            return
        (pk,) = table.primary_key.columns
        dialect = conn.dialect
        procs: dict[str, Any] = {}
        reads: dict[str, Any] = {}

        def stored(column: str, value: Any) -> Any:
            if column not in procs:
                impl = table.c[column].type.dialect_impl(dialect)
                procs[column] = impl.bind_processor(dialect)
            proc = procs[column]
            return value if proc is None or value is None else proc(value)

        def typed(column: str, value: Any) -> Any:
            # the value as SQLAlchemy reads it (a date, a bool), as the entry of one UPDATE has it
            if column not in reads:
                impl = table.c[column].type.dialect_impl(dialect)
                reads[column] = impl.result_processor(dialect, None)
            proc = reads[column]
            return value if proc is None or value is None else proc(value)

        logged = table.name not in NOT_AUDITED and not conn.info.get(_OFF)
        groups: dict[tuple[str, ...], list[tuple[Any, Mapping]]] = {}
        for key, values in rows:
            groups.setdefault(tuple(sorted(values)), []).append((key, values))
        for cols, items in groups.items():
            sets = ", ".join(f'"{table.c[c].name}" = ?' for c in cols)
            sql = f'UPDATE "{table.name}" SET {sets} WHERE "{pk.name}" = ?'
            for i in range(0, len(items), 500):
                part = items[i : i + 500]
                keys = [k for k, _ in part]
                before = _rows_by_key(conn, table, pk, keys) if logged else {}
                conn.exec_driver_sql(
                    sql, [(*(stored(c, values[c]) for c in cols), key) for key, values in part]
                )
                if not logged:
                    continue
                after = _rows_by_key(conn, table, pk, keys)
                entries = []
                for key in keys:
                    old = before.get(key)
                    if old is None:
                        continue
                    new = after.get(key, old)
                    # stored values compare as their typed values do; only changed ones are typed
                    changes = {
                        k: (typed(k, old[k]), typed(k, new[k]))
                        for k in new
                        if k not in NOISE and old.get(k) != new[k]
                    }
                    if changes:
                        entries.append(self._entry("gewijzigd", table, new, changes))
                self._write(conn, entries)

    def _bulk_insert_entries(self, conn, table: Table, after_rowid: int) -> None:
        """One `aangemaakt` entry per row inserted after `after_rowid`, built by SQLite itself
        (json_object over the row's non-null columns; the marker for sensitive ones): the same
        entries the Python path makes, without a Python loop over ten thousand rows."""
        name = table.name
        cols = [c for c in table.columns if c.name not in NOISE]
        parts = []
        for c in cols:
            q = f't."{c.name}"'
            if c.name in SENSITIVE_FIELDS:
                value = f"json_quote('{SENSITIVE}')"
            elif isinstance(c.type, Boolean):
                value = f"json_array(NULL, json(CASE WHEN {q} THEN 'true' ELSE 'false' END))"
            else:
                value = f"json_array(NULL, {q})"
            parts.append(f"SELECT '{c.name}' AS k, {value} AS v WHERE {q} IS NOT NULL")
        velden = f"(SELECT json_group_object(k, json(v)) FROM ({' UNION ALL '.join(parts)}))"
        pk = _pk_names(table)
        rij = " || '/' || ".join(f'CAST(t."{c}" AS TEXT)' for c in pk)
        if name == "client":
            client, traject = 't."id"', "NULL"
        elif name == "traject":
            client, traject = 't."client_id"', 't."id"'
        elif "traject_id" in table.c:
            client = '(SELECT tr.client_id FROM traject tr WHERE tr.id = t."traject_id")'
            traject = 't."traject_id"'
        elif "client_id" in table.c:
            client, traject = 't."client_id"', "NULL"
        else:
            client = traject = "NULL"
        tijd = now_utc().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
        conn.exec_driver_sql(
            "INSERT INTO audit (tijd, profiel, soort, tabel, rij, client_id, traject_id, velden) "
            f"SELECT ?, ?, 'aangemaakt', ?, substr({rij}, 1, 80), {client}, {traject}, "
            f"coalesce({velden}, '{{}}') FROM \"{name}\" AS t WHERE t.rowid > ? ORDER BY t.rowid",
            (tijd, self.profile, name, after_rowid),
        )

    # -- entries ---------------------------------------------------------------------------------
    def _entry(self, kind: str, table: Table, values: Mapping, changes: Mapping) -> dict:
        name = table.name
        pk = _pk_names(table)
        rij = "/".join(str(values.get(c)) for c in pk) if all(values.get(c) for c in pk) else None
        client_id = values.get("id") if name == "client" else values.get("client_id")
        traject_id = values.get("id") if name == "traject" else values.get("traject_id")
        velden = {}
        for k, (o, n) in changes.items():
            if k in NOISE:
                continue
            if k in SENSITIVE_FIELDS or (name == "instelling" and _sensitive(name, values, k)):
                velden[k] = SENSITIVE
            else:
                velden[k] = [_plain(o), _plain(n)]
        return {
            "profiel": self.profile,
            "soort": kind,
            "tabel": name,
            "rij": rij[:80] if rij else None,
            "client_id": client_id,
            "traject_id": traject_id,
            "velden": json.dumps(velden, ensure_ascii=False),
        }

    @staticmethod
    def _write(conn, rows: list[dict]) -> None:
        """Insert the entries in one executemany on the driver (no per-row type processing: an
        import of 10,000 rows writes ~40,000 entries). `tijd` as the ORM stores it (UTC)."""
        if not rows:
            return
        missing = {r["traject_id"] for r in rows if r["client_id"] is None and r["traject_id"]}
        if missing:
            owner = _clients_of(conn, missing)
            for r in rows:
                if r["client_id"] is None and r["traject_id"]:
                    r["client_id"] = owner.get(r["traject_id"])
        tijd = now_utc().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
        conn.exec_driver_sql(
            "INSERT INTO audit (tijd, profiel, soort, tabel, rij, client_id, traject_id, velden) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    tijd,
                    r["profiel"],
                    r["soort"],
                    r["tabel"],
                    r["rij"],
                    r["client_id"],
                    r["traject_id"],
                    r["velden"],
                )
                for r in rows
            ],
        )


def install(session_class: type[Session]) -> None:
    """Hook the ORM side into every session of `session_class` (the store's sessions carry
    their recorder in `session.info['audit']`)."""

    @event.listens_for(session_class, "before_flush")
    def _before_flush(session, _ctx, _instances):
        rec = session.info.get("audit")
        if rec is not None:
            rec.before_flush(session)

    @event.listens_for(session_class, "after_flush")
    def _after_flush(session, _ctx):
        rec = session.info.get("audit")
        if rec is not None:
            rec.after_flush(session)

    @event.listens_for(session_class, "before_commit")
    def _before_commit(session):
        for hook in session.info.get("on_commit", ()):
            hook(session)


class AuditedSession(Session):
    """The store's session class: every flush is logged (see `install`)."""


install(AuditedSession)


def suspended(conn) -> _Suspended:
    """Within `with suspended(conn):` writes on `conn` are not logged (erasure only: its own
    deletions must leave no trace of whom they erased)."""
    return _Suspended(conn)


class _Suspended:
    def __init__(self, conn) -> None:
        self.conn = conn

    def __enter__(self):
        self.conn.info[_OFF] = True
        return self.conn

    def __exit__(self, *exc: object) -> None:
        self.conn.info.pop(_OFF, None)


# -- helpers ----------------------------------------------------------------------------------
def _clear(conn) -> None:
    for key in (_FLUSHING, _CORE, _OFF):
        conn.info.pop(key, None)


_PK: dict[str, tuple[str, ...]] = {}


def _pk_names(table: Table) -> tuple[str, ...]:
    names = _PK.get(table.name)
    if names is None:
        names = _PK[table.name] = tuple(c.name for c in table.primary_key.columns)
    return names


def _table_of(obj: object) -> Table | None:
    table = getattr(type(obj), "__table__", None)
    if isinstance(table, Table) and table.name not in NOT_AUDITED:
        return table
    return None


def _values(obj: object, table: Table) -> dict:
    return {c.name: getattr(obj, c.name, None) for c in table.columns}


def _sensitive(table: str, values: Mapping, field: str) -> bool:
    if table == "instelling" and field == "waarde":
        return values.get("sleutel") == "organisatie_logo"
    return field in SENSITIVE_FIELDS


_SIMPLE = (str, int, bool, float, type(None))


def _plain(value: Any) -> Any:
    if type(value) in _SIMPLE:
        return value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _many(multiparams) -> bool:
    """An executemany: a list of parameter rows (SQLAlchemy passes it as the first item)."""
    if multiparams and isinstance(multiparams[0], list):
        return len(multiparams[0]) > 1
    return len(multiparams or ()) > 1


def _bind(multiparams, params) -> tuple:
    """The parameters of the statement, to re-use for the SELECT over its WHERE clause."""
    if params:
        return (params,)
    if multiparams and isinstance(multiparams[0], Mapping):
        return (multiparams[0],)
    return ()


def _insert_rows(clause: Insert, multiparams, params, result) -> list[dict]:
    table = clause.table
    if multiparams and isinstance(multiparams[0], list):
        multiparams = multiparams[0]
    rows = [dict(p) for p in (multiparams or []) if isinstance(p, Mapping)]
    if params:
        rows.append(dict(params))
    if not rows:
        compiled = clause.compile()
        rows = [{k: v for k, v in compiled.params.items() if k in table.c}]
    if len(rows) == 1 and result is not None:
        try:
            pk = result.inserted_primary_key
        except Exception:  # noqa: BLE001 - executemany or no key: resolved below
            pk = None
        if pk:
            for col, v in zip(table.primary_key.columns, pk, strict=False):
                rows[0].setdefault(col.name, v)
    return rows


def _resolve_ids(conn, table: Table, rows: list[dict]) -> None:
    """Fill in the new rows' ids where an executemany insert did not hand them back."""
    if table.name == "client":
        need = [r["client_nr"] for r in rows if r.get("id") is None and r.get("client_nr")]
        found = {}
        for i in range(0, len(need), 500):
            q = select(table.c.client_nr, table.c.id).where(
                table.c.client_nr.in_(need[i : i + 500])
            )
            found.update(dict(conn.execute(q).all()))
        for r in rows:
            if r.get("id") is None:
                r["id"] = found.get(r.get("client_nr"))
    elif table.name == "traject":
        need = {r["client_id"] for r in rows if r.get("id") is None}
        found = {}
        ids = sorted(need)
        for i in range(0, len(ids), 500):
            q = select(table.c.client_id, table.c.verwijsdatum, table.c.id).where(
                table.c.client_id.in_(ids[i : i + 500])
            )
            found.update({(c, v): t for c, v, t in conn.execute(q).all()})
        for r in rows:
            if r.get("id") is None:
                r["id"] = found.get((r.get("client_id"), r.get("verwijsdatum")))


def _rows_by_key(conn, table: Table, pk, keys: list) -> dict[Any, dict]:
    """The rows of `table` with these primary keys, as stored (the driver's plain values)."""
    names = [c.name for c in table.columns]
    cols = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in keys)
    rows = conn.exec_driver_sql(
        f'SELECT {cols} FROM "{table.name}" WHERE "{pk.name}" IN ({marks})', tuple(keys)
    ).fetchall()
    at = names.index(pk.name)
    return {r[at]: dict(zip(names, r, strict=True)) for r in rows}


def _clients_of(conn, traject_ids: Iterable[int]) -> dict[int, int]:
    t: Table = Trajectory.__table__  # type: ignore[assignment]
    ids = sorted(traject_ids)
    out: dict[int, int] = {}
    for i in range(0, len(ids), 500):
        out.update(
            dict(
                conn.execute(
                    select(t.c.id, t.c.client_id).where(t.c.id.in_(ids[i : i + 500]))
                ).all()
            )
        )
    return out

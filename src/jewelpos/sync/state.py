"""The counter's side of sync in its SQLite file: outbox batches, results, cursors, pulled rows.

* An outbox row is marked sent only when the server answered ``applied`` or ``duplicate`` for
  it; ``rejected`` puts it in ``sync_quarantine`` (kept, not re-sent) so later changes go on.
* A pulled page is applied together with its cursor in one transaction, on a session flagged
  ``applying_remote`` and through Core statements, so it never re-enters the outbox. Foreign
  keys are not enforced for pulled rows (their own engine): rows that were valid at their
  origin arrive in server order and may refer to rows of another stream not pulled yet.
* Conflict policy per stream: ``master`` - head office wins (overwrite); ``shared`` and
  ``branch`` - the later HLC version wins per row; documents never conflict (new ids).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Engine,
    Table,
    Text,
    delete,
    event,
    exists,
    func,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, InterfaceError, ProgrammingError
from sqlalchemy.orm import Session

from jewelpos.db.engine import BEGIN_OPTION, make_engine
from jewelpos.db.models import Base, Device, Synced, SyncOutbox
from jewelpos.db.models_sync import (
    STATE_LAST_ATTEMPT_AT,
    STATE_LAST_ERROR,
    STATE_LAST_ERROR_AT,
    STATE_LAST_ERROR_KIND,
    STATE_LAST_SUCCESS_AT,
    SyncConflict,
    SyncCursor,
    SyncQuarantine,
)
from jewelpos.db.models_sync import (
    SyncState as StateRow,
)
from jewelpos.db.outbox import APPLYING_REMOTE
from jewelpos.db.types import UtcDateTime
from jewelpos.domain.ids import new_id
from jewelpos.sync.protocol import (
    CONFLICT_TABLE,
    PUSH_BATCH,
    PUSH_MAX_RAW_BYTES,
    STREAM_MASTER,
    ChangeResult,
)

ROW_ERRORS = (IntegrityError, InterfaceError, ProgrammingError)
"""Errors that belong to one pulled row (a constraint, a value SQLite cannot store); others,
such as a locked database, fail the whole round, which is retried later."""

IDENTITY_TABLES = frozenset({"shop", "branch", "device"})
"""Each counter keeps its own identity rows; those of other counters are not applied."""


@dataclass(frozen=True)
class OutboxChange:
    """One unsent outbox row, ready to go on the wire (``wire_json``); the payload is kept as
    the JSON text stored in the outbox, spliced into the request as it is (the push hot path:
    no parse and dump again)."""

    seq: int
    id: str
    table: str
    row_id: str
    op: str
    version: str
    payload_json: str

    @property
    def payload(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.payload_json)
        return value

    def as_wire(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "table": self.table,
            "row_id": self.row_id,
            "op": self.op,
            "version": self.version,
            "payload": self.payload,
        }

    def wire_json(self) -> str:
        """``as_wire`` as compact JSON text (the payload as stored)."""
        head = _WIRE_DUMPS(
            {
                "id": self.id,
                "table": self.table,
                "row_id": self.row_id,
                "op": self.op,
                "version": self.version,
            }
        )
        return f'{head[:-1]},"payload":{self.payload_json}}}'


_WIRE_DUMPS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass(frozen=True)
class PushOutcome:
    sent: int
    rejected: int


def _now() -> datetime:
    return datetime.now(UTC)


def _to_datetime(value: Any) -> Any:
    if isinstance(value, str):
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return value


def synced_tables() -> dict[str, Table]:
    """Local tables that sync, by name (read at call time: feature modules add models)."""
    out: dict[str, Table] = {}
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, Synced):
            table = mapper.local_table
            assert isinstance(table, Table)
            out[table.name] = table
    return out


_UTC_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d{6})?\+00:00")


def _db_datetime(value: Any) -> Any:
    """An ISO datetime from the wire as SQLAlchemy stores a UTC DateTime on SQLite."""
    if not isinstance(value, str):
        raise ValueError("a date-time must be text")
    plain = _UTC_STAMP.fullmatch(value)
    if plain is not None:  # what counters send (UTC, isoformat): rewritten without parsing
        return f"{plain[1]} {plain[2]}{plain[3] or '.000000'}"
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed.isoformat(" ", "microseconds")


def _db_date(value: Any) -> Any:
    if not isinstance(value, str):
        raise ValueError("a date must be text")
    return date.fromisoformat(value[:10]).isoformat()


def _db_json(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _db_bool(value: Any) -> Any:
    return int(bool(value))


class _TablePlan:
    """How to turn a pulled payload into a row of one local table: the upsert statements (plain
    SQLite SQL, executemany on the driver: the pull hot path) and per-column converters to the
    values SQLAlchemy would have stored."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.converters: dict[str, Callable[[Any], Any]] = {}
        self.columns: set[str] = set()
        self._sql: dict[tuple[tuple[str, ...], bool], str] = {}
        self.defaults: dict[str, Any] = {}
        self._shapes: dict[
            tuple[str, ...],
            tuple[tuple[str, ...], Callable[[Mapping[str, Any]], tuple[Any, ...]]],
        ] = {}
        for col in table.columns:
            if col.key == "is_local":
                continue
            self.columns.add(col.key)
            default = col.default
            if default is not None and getattr(default, "is_scalar", False):
                self.defaults[col.key] = getattr(default, "arg", None)
            if isinstance(col.type, UtcDateTime | DateTime):
                self.converters[col.key] = _db_datetime
            elif isinstance(col.type, Date):
                self.converters[col.key] = _db_date
            elif isinstance(col.type, JSON):
                self.converters[col.key] = _db_json
            elif isinstance(col.type, Boolean):
                self.converters[col.key] = _db_bool

    def row(self, payload: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[Any, ...]]:
        """(columns, values) of the row, as ``values`` gives them; the work of choosing the
        columns and their converters is done once per shape of payload (the pull hot path)."""
        keys = tuple(payload)
        shape = self._shapes.get(keys)
        if shape is None:
            shape = self._shapes[keys] = self._shape(keys, payload)
        columns, make = shape
        return columns, make(payload)

    def _shape(
        self, keys: tuple[str, ...], payload: Mapping[str, Any]
    ) -> tuple[tuple[str, ...], Callable[[Mapping[str, Any]], tuple[Any, ...]]]:
        """The columns of payloads with these keys and a function made for them (one tuple
        expression: per row, no loop over columns and no per-column converter lookup)."""
        mine = [k for k in keys if k in self.columns]
        filled = {k: v for k, v in self.values({}).items() if k not in payload}
        env: dict[str, Any] = {"_defaults": tuple(filled.values())}
        parts = []
        for i, k in enumerate(mine):
            conv = self.converters.get(k)
            if conv is None:
                parts.append(f"p[{k!r}]")
            else:
                env[f"_c{i}"] = conv
                parts.append(f"(None if (v{i} := p[{k!r}]) is None else _c{i}(v{i}))")
        body = "(" + "".join(f"{x}, " for x in parts) + ") + _defaults"
        make = eval(f"lambda p: {body}", env)  # our own column names, repr-quoted
        return tuple(mine) + tuple(filled), make

    def values(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        """Column values for the row; columns the payload lacks (an older counter's row) take
        the model's defaults, as an ORM insert would."""
        out = {}
        for key, value in payload.items():
            if key in self.columns:
                conv = self.converters.get(key)
                out[key] = conv(value) if conv is not None and value is not None else value
        for key, value in self.defaults.items():
            if key not in out:
                conv = self.converters.get(key)
                out[key] = conv(value) if conv is not None and value is not None else value
        return out

    def upsert_sql(self, columns: tuple[str, ...], *, master: bool) -> str:
        """INSERT ... ON CONFLICT(id) DO UPDATE; unless master data, only a newer version wins."""
        key = (columns, master)
        sql = self._sql.get(key)
        if sql is None:
            name = self.table.name
            cols = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            sets = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
            sql = f'INSERT INTO "{name}" ({cols}) VALUES ({marks}) ON CONFLICT ("id") DO '
            if not sets:
                sql += "NOTHING"
            else:
                sql += f"UPDATE SET {sets}"
                if not master:
                    sql += f' WHERE "{name}"."version" < excluded."version"'
            self._sql[key] = sql
        return sql


class SyncStore:
    """Reads and writes the counter's sync bookkeeping; one per counter database file."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.engine: Engine = make_engine(db_path)
        self._pull_engine: Engine | None = None
        self._plans: dict[str, _TablePlan] = {}

    def close(self) -> None:
        self.engine.dispose()
        if self._pull_engine is not None:
            self._pull_engine.dispose()

    def _session(self, engine: Engine | None = None, *, remote: bool = False) -> Session:
        s = Session(bind=engine or self.engine, expire_on_commit=False)
        if remote:
            s.info[APPLYING_REMOTE] = True
        s.connection(execution_options={BEGIN_OPTION: "IMMEDIATE"})
        return s

    # --- key/value state ------------------------------------------------------------------

    def get(self, key: str, default: str = "") -> str:
        with Session(bind=self.engine) as s:
            value = s.scalar(select(StateRow.value).where(StateRow.key == key))
        return default if value is None else value

    def all_values(self) -> dict[str, str]:
        with Session(bind=self.engine) as s:
            return {k: v for k, v in s.execute(select(StateRow.key, StateRow.value))}

    def put(self, values: Mapping[str, str]) -> None:
        with self._session() as s:
            self._put(s, values)
            s.commit()

    @staticmethod
    def _put(s: Session, values: Mapping[str, str]) -> None:
        for key, value in values.items():
            s.execute(
                sqlite_insert(StateRow)
                .values(key=key, value=value)
                .on_conflict_do_update(index_elements=["key"], set_={"value": value})
            )

    def note_attempt(self) -> None:
        self.put({STATE_LAST_ATTEMPT_AT: _now().isoformat()})

    def note_success(self) -> None:
        self.put(
            {
                STATE_LAST_SUCCESS_AT: _now().isoformat(),
                STATE_LAST_ERROR: "",
                STATE_LAST_ERROR_KIND: "",
            }
        )

    def note_error(self, kind: str, message: str) -> None:
        self.put(
            {
                STATE_LAST_ERROR: message,
                STATE_LAST_ERROR_KIND: kind,
                STATE_LAST_ERROR_AT: _now().isoformat(),
            }
        )

    def local_identity(self) -> tuple[str, str, str]:
        """(device id, local branch id, device name) of this counter."""
        with Session(bind=self.engine) as s:
            dev = s.scalars(select(Device).where(Device.is_local.is_(True))).first()
            if dev is None:
                from jewelpos.db.outbox import CounterNotInitialised

                raise CounterNotInitialised("this counter is not set up yet")
            return dev.id, dev.branch_id, dev.name

    def local_codes(self) -> tuple[str, str]:
        """(branch code, counter code) of this set-up counter: its invoice series prefix."""
        from jewelpos.db.models import Branch

        with Session(bind=self.engine) as s:
            found = s.execute(
                select(Branch.code, Device.code)
                .join(Device, Device.branch_id == Branch.id)
                .where(Device.is_local.is_(True))
            ).first()
        if found is None:
            from jewelpos.db.outbox import CounterNotInitialised

            raise CounterNotInitialised("this counter is not set up yet")
        return str(found[0]), str(found[1])

    def has_local_device(self) -> bool:
        with Session(bind=self.engine) as s:
            return s.scalar(select(Device.id).where(Device.is_local.is_(True))) is not None

    # --- push -----------------------------------------------------------------------------

    def unsent_count(self) -> int:

        with Session(bind=self.engine) as s:
            return int(
                s.scalar(
                    select(func.count()).select_from(SyncOutbox).where(SyncOutbox.sent_at.is_(None))
                )
                or 0
            )

    def next_batch(
        self,
        *,
        limit: int = PUSH_BATCH,
        max_bytes: int = PUSH_MAX_RAW_BYTES,
        after_seq: int = 0,
    ) -> list[OutboxChange]:
        """The oldest unsent, not quarantined changes (after ``after_seq``: those of a batch
        still on its way are skipped), cut at ``limit`` or about ``max_bytes``."""
        held = exists().where(SyncQuarantine.outbox_id == SyncOutbox.id)
        with Session(bind=self.engine) as s:
            rows = s.execute(
                select(
                    SyncOutbox.seq,
                    SyncOutbox.id,
                    SyncOutbox.table_name,
                    SyncOutbox.row_id,
                    SyncOutbox.op,
                    SyncOutbox.version,
                    type_coerce(SyncOutbox.payload, Text),  # the stored JSON text, unparsed
                    func.length(SyncOutbox.payload),
                )
                .where(SyncOutbox.sent_at.is_(None), SyncOutbox.seq > after_seq, ~held)
                .order_by(SyncOutbox.seq)
                .limit(limit)
            ).all()
        out: list[OutboxChange] = []
        size = 0
        for r in rows:
            change = OutboxChange(r[0], r[1], r[2], r[3], r[4], r[5], r[6])
            size += int(r[7] or 0) + 200  # the stored JSON's length: no second dump
            if out and size > max_bytes:
                break
            out.append(change)
        return out

    def record_results(
        self, batch: Sequence[OutboxChange], results: Iterable[ChangeResult]
    ) -> PushOutcome:
        """Mark acknowledged changes sent and quarantine rejected ones, in one transaction.

        A change without a result (a short or odd answer) stays unsent and goes again.
        """
        by_id = {c.id: c for c in batch}
        ok: list[int] = []
        bad: list[tuple[OutboxChange, str]] = []
        for r in results:
            change = by_id.get(r.id)
            if change is None:
                continue
            if r.result in ("applied", "duplicate"):
                ok.append(change.seq)
            elif r.result == "rejected":
                bad.append((change, r.reason or "rejected by the server"))
        now = _now()
        with self._session() as s:
            if ok:  # by seq (the rowid): one driver executemany, no lookups of the id index
                stamp = _db_datetime(now.isoformat())
                s.connection().exec_driver_sql(
                    "UPDATE sync_outbox SET sent_at = ?, attempts = attempts + 1, "
                    "last_error = NULL WHERE seq = ? AND sent_at IS NULL",
                    [(stamp, seq) for seq in ok],
                )
            for change, reason in bad:
                s.execute(
                    sqlite_insert(SyncQuarantine)
                    .values(
                        outbox_id=change.id,
                        outbox_seq=change.seq,
                        table_name=change.table,
                        row_id=change.row_id,
                        reason=reason,
                        at=now,
                    )
                    .on_conflict_do_update(
                        index_elements=["outbox_id"], set_={"reason": reason, "at": now}
                    )
                )
                s.execute(
                    update(SyncOutbox)
                    .where(SyncOutbox.id == change.id)
                    .values(attempts=SyncOutbox.attempts + 1, last_error=reason)
                )
            s.commit()
        return PushOutcome(sent=len(ok), rejected=len(bad))

    def quarantined(self) -> list[dict[str, Any]]:
        with Session(bind=self.engine) as s:
            rows = s.scalars(select(SyncQuarantine).order_by(SyncQuarantine.outbox_seq)).all()
            return [
                {
                    "outbox_id": q.outbox_id,
                    "table": q.table_name,
                    "row_id": q.row_id,
                    "reason": q.reason,
                    "at": q.at.isoformat(),
                }
                for q in rows
            ]

    def release_quarantine(self) -> int:
        """Let quarantined changes go again (after head office fixed the cause)."""
        with self._session() as s:
            n = s.connection().execute(delete(SyncQuarantine)).rowcount
            s.commit()
        return int(n)

    # --- pull -----------------------------------------------------------------------------

    def cursor(self, stream: str) -> int:
        with Session(bind=self.engine) as s:
            value = s.scalar(select(SyncCursor.position).where(SyncCursor.stream == stream))
        return int(value or 0)

    def reset_cursor(self, stream: str) -> None:
        """Start a stream again from the beginning (after 410). Unsent work is not touched."""
        with self._session() as s:
            self._set_cursor(s, stream, 0)
            s.commit()

    @staticmethod
    def _set_cursor(s: Session, stream: str, position: int) -> None:
        now = _now()
        s.execute(
            sqlite_insert(SyncCursor)
            .values(stream=stream, position=position, updated_at=now)
            .on_conflict_do_update(
                index_elements=["stream"], set_={"position": position, "updated_at": now}
            )
        )

    def _engine_for_pull(self) -> Engine:
        if self._pull_engine is None:
            engine = make_engine(self.db_path, foreign_keys=False)

            @event.listens_for(engine, "connect")
            def _pull_pragmas(dbapi_connection: Any, _record: Any) -> None:
                # A page and its cursor commit together (WAL keeps that atomic); should the power
                # fail just after, the page is pulled again: no fsync per page is needed, and
                # any later commit of the counter's own work makes it durable anyway.
                cur = dbapi_connection.cursor()
                try:
                    cur.execute("PRAGMA synchronous = NORMAL")
                    cur.execute("PRAGMA cache_size = -65536")  # 64 MB for the upserts' indexes
                finally:
                    cur.close()

            self._pull_engine = engine
        return self._pull_engine

    def _plan(self, name: str) -> _TablePlan | None:
        if name in IDENTITY_TABLES:
            return None
        plan = self._plans.get(name)
        if plan is None:
            table = synced_tables().get(name)
            if table is None:
                return None
            plan = self._plans[name] = _TablePlan(table)
        return plan

    def apply_page(self, stream: str, rows: Sequence[Mapping[str, Any]], next_cursor: int) -> int:
        """Apply pulled rows and store ``next_cursor``, all in one local transaction.

        Returns the rows applied. If a row breaks a local constraint (e.g. the same mobile
        number on two customers made offline), the page is redone row by row and such rows
        are recorded as conflicts for the manager instead of stopping the stream.
        """
        try:
            with self._session(self._engine_for_pull(), remote=True) as s:
                applied = self._apply(s, stream, rows, careful=False)
                self._set_cursor(s, stream, next_cursor)
                s.commit()
                return applied
        except ROW_ERRORS:
            pass
        with self._session(self._engine_for_pull(), remote=True) as s:
            applied = self._apply(s, stream, rows, careful=True)
            self._set_cursor(s, stream, next_cursor)
            s.commit()
            return applied

    def _apply(
        self, s: Session, stream: str, rows: Sequence[Mapping[str, Any]], *, careful: bool
    ) -> int:
        conn = s.connection()
        applied = 0
        group: list[tuple[Any, ...]] = []
        group_key: tuple[str, tuple[str, ...]] | None = None

        def flush() -> None:
            nonlocal applied
            if not group or group_key is None:
                return
            plan = self._plan(group_key[0])
            assert plan is not None
            columns = group_key[1]
            sql = plan.upsert_sql(columns, master=stream == STREAM_MASTER)
            if careful:
                for one in group:
                    try:
                        with s.begin_nested():
                            s.connection().exec_driver_sql(sql, one)
                        applied += 1
                    except ROW_ERRORS as e:
                        values = dict(zip(columns, one, strict=True))
                        self._record_pull_problem(s, plan.table.name, values, str(e.orig))
            else:
                conn.exec_driver_sql(sql, group)
                applied += len(group)
            group.clear()

        for row in rows:
            table = str(row.get("table", ""))
            payload = row.get("payload")
            if not isinstance(payload, Mapping):
                continue
            if table == CONFLICT_TABLE:
                flush()
                group_key = None
                self._store_conflict(s, payload)
                applied += 1
                continue
            plan = self._plan(table)
            if plan is None:
                continue  # a table this counter does not have (newer server) or identity
            if row.get("op") == "delete":
                flush()
                group_key = None
                t = plan.table
                cond = t.c.id == str(row.get("row_id"))
                if stream != STREAM_MASTER:
                    cond = cond & (t.c.version < str(row.get("version", "")))
                if not careful:
                    conn.execute(delete(t).where(cond))
                    applied += 1
                    continue
                try:  # e.g. a final document, which the counter's triggers never let go
                    with s.begin_nested():
                        s.connection().execute(delete(t).where(cond))
                    applied += 1
                except ROW_ERRORS as e:
                    self._record_pull_problem(
                        s, t.name, {"id": row.get("row_id")}, f"delete refused: {e.orig}"
                    )
                continue
            try:
                columns, one = plan.row(payload)
            except (TypeError, ValueError) as e:
                self._record_pull_problem(s, table, dict(payload), f"unreadable row: {e}")
                continue
            if "id" not in columns:
                continue
            key = (table, columns)
            if key != group_key:
                flush()
                group_key = key
            group.append(one)
        flush()
        return applied

    @staticmethod
    def _store_conflict(s: Session, payload: Mapping[str, Any]) -> None:
        cid = str(payload.get("id") or new_id())
        raised = _to_datetime(payload.get("raised_at")) or _now()
        details = payload.get("details")
        s.execute(
            sqlite_insert(SyncConflict)
            .values(
                id=cid,
                kind=str(payload.get("kind", "conflict"))[:24],
                piece_id=payload.get("piece_id"),
                details=details if isinstance(details, dict) else {"details": details},
                raised_at=raised,
            )
            .on_conflict_do_nothing(index_elements=["id"])
        )

    @staticmethod
    def _record_pull_problem(s: Session, table: str, values: Mapping[str, Any], why: str) -> None:
        s.execute(
            insert(SyncConflict).values(
                id=new_id(),
                kind="pull_rejected",
                piece_id=None,
                details={"table": table, "row_id": str(values.get("id")), "reason": why[:500]},
                raised_at=_now(),
            )
        )

"""Change capture: every insert/update of a synced row writes a sync_outbox row in the same flush.

``before_flush`` stamps the bookkeeping columns (id, origin branch/device, created/updated time,
HLC version); ``after_flush`` writes one outbox row per changed row with the row's columns as
JSON, through the session's own connection, so both commit or roll back together.

Rows applied from a pull must not re-enter the outbox: set
``session.info[APPLYING_REMOTE] = True`` on that session. Bulk Core inserts bypass the ORM: use
``bulk_insert`` (or ``prepare_bulk_rows`` + ``write_outbox_for_rows``) to keep the rule.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, event, func, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from jewelpos.db.models import Base, Device, Synced, SyncOutbox
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import JewelPOSError
from jewelpos.domain.hlc import Hlc, HybridLogicalClock, node_from_device_id
from jewelpos.domain.ids import new_id

CAPTURE_KEY = "jewelpos.capture"
APPLYING_REMOTE = "applying_remote"
_PENDING_KEY = "jewelpos.capture.pending"
_IDENTITY_KEY = "jewelpos.capture.identity"
_BOOKKEEPING = ("id", "branch_id", "device_id", "created_at", "updated_at", "version")


class CounterNotInitialised(JewelPOSError):
    """A synced row was written before this counter's device row exists (run first-run setup)."""

    code = "not_initialised"


@dataclass
class CaptureContext:
    """Shared by all sessions of one factory: the clock, the HLC and this counter's identity."""

    clock: Clock
    hlc: HybridLogicalClock = field(default_factory=HybridLogicalClock)
    branch_id: str | None = None
    device_id: str | None = None
    _hlc_loaded: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def set_identity(self, *, branch_id: str, device_id: str) -> None:
        self.branch_id, self.device_id = branch_id, device_id
        self.hlc.set_node(node_from_device_id(device_id))

    def forget_identity(self) -> None:
        """Drop the cached identity (e.g. after a restore replaced the database)."""
        self.branch_id = self.device_id = None
        self._hlc_loaded = False

    def now_ms(self) -> int:
        return int(self.clock.now().timestamp() * 1000)

    def tick(self, node: str | None = None) -> str:
        h = self.hlc.tick(self.now_ms())
        return (h if node is None else Hlc(h.wall_ms, h.counter, node)).pack()

    def load(self, session: Session) -> None:
        """Read identity and the newest stored version once (Core queries: no autoflush)."""
        with self._lock:
            conn = session.connection()
            if self.device_id is None:
                found = conn.execute(
                    select(Device.branch_id, Device.id).where(Device.is_local.is_(True))
                ).first()
                if found is not None:
                    self.set_identity(branch_id=found[0], device_id=found[1])
            if not self._hlc_loaded:
                newest = conn.execute(select(func.max(SyncOutbox.version))).scalar()
                if newest:
                    self.hlc.observe(Hlc.unpack(newest))
                self._hlc_loaded = True


def install_change_capture(factory: sessionmaker[Session], *, clock: Clock) -> CaptureContext:
    """Attach change capture to every session ``factory`` makes; returns the shared context."""
    ctx = CaptureContext(clock=clock)
    factory.configure(info={CAPTURE_KEY: ctx})
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    return ctx


def capture_context(session: Session) -> CaptureContext:
    ctx = session.info.get(CAPTURE_KEY)
    if not isinstance(ctx, CaptureContext):
        raise RuntimeError("session was not made by make_session_factory")
    return ctx


def _capturing(session: Session) -> CaptureContext | None:
    if session.info.get(APPLYING_REMOTE):
        return None
    ctx = session.info.get(CAPTURE_KEY)
    return ctx if isinstance(ctx, CaptureContext) else None


def _identity(ctx: CaptureContext, session: Session) -> tuple[str | None, str | None, str]:
    """(branch_id, device_id, HLC node) for rows of this flush.

    During first-run setup the local device row is still pending: its identity is used for this
    session only; the shared context learns it once setup has committed (or on the next load).
    """
    override = session.info.get(_IDENTITY_KEY)
    if override is None and ctx.device_id is None:
        for obj in session.new:
            if isinstance(obj, Device) and obj.is_local:
                if obj.id is None:
                    obj.id = new_id()
                if obj.branch_id is None:
                    raise CounterNotInitialised("the local device row needs its branch_id")
                override = (obj.branch_id, obj.id)
                session.info[_IDENTITY_KEY] = override
                break
    if override is not None:
        return override[0], override[1], node_from_device_id(override[1])
    return ctx.branch_id, ctx.device_id, ctx.hlc.node


def _before_flush(session: Session, _flush_context: UOWTransaction, _instances: object) -> None:
    ctx = _capturing(session)
    session.info.pop(_PENDING_KEY, None)
    if ctx is None:
        return
    new = [o for o in session.new if isinstance(o, Synced)]
    dirty = [
        o
        for o in session.dirty
        if isinstance(o, Synced) and session.is_modified(o, include_collections=False)
    ]
    deleted = [o for o in session.deleted if isinstance(o, Synced)]
    if not (new or dirty or deleted):
        return
    ctx.load(session)
    branch_id, device_id, node = _identity(ctx, session)
    now = ctx.clock.now()
    pending: list[tuple[Synced, str]] = []
    for obj in new:
        if obj.id is None:
            obj.id = new_id()
        if obj.branch_id is None:
            obj.branch_id = branch_id
        if obj.device_id is None:
            obj.device_id = device_id
        if obj.branch_id is None or obj.device_id is None:
            raise CounterNotInitialised("this counter has no identity yet: run first-run setup")
        if obj.created_at is None:
            obj.created_at = now
        obj.updated_at = now
        obj.version = ctx.tick(node)
        pending.append((obj, "insert"))
    for obj in dirty:
        obj.updated_at = now
        obj.version = ctx.tick(node)
        pending.append((obj, "update"))
    for obj in deleted:
        pending.append((obj, "delete"))
    session.info[_PENDING_KEY] = pending


def _after_flush(session: Session, _flush_context: UOWTransaction) -> None:
    pending: list[tuple[Synced, str]] | None = session.info.pop(_PENDING_KEY, None)
    ctx = _capturing(session)
    if not pending or ctx is None:
        return
    now = ctx.clock.now()
    rows = []
    for obj, op in pending:
        table = inspect(obj).mapper.local_table
        assert isinstance(table, Table)
        payload = {"id": obj.id} if op == "delete" else row_payload(obj)
        version = obj.version if op != "delete" else ctx.tick(_identity(ctx, session)[2])
        rows.append(_outbox_row(table.name, obj.id, op, payload, version, now))
    session.connection().execute(insert(SyncOutbox), rows)


def jsonable(value: Any) -> Any:
    """A column value as JSON: datetimes and dates ISO 8601, Decimal as a string."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def row_payload(obj: Synced) -> dict[str, Any]:
    """The row's columns as a JSON-ready dict (minus the model's ``__outbox_exclude__``)."""
    mapper = inspect(obj).mapper
    exclude = type(obj).__outbox_exclude__
    return {
        attr.key: jsonable(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in exclude
    }


def _outbox_row(
    table_name: str, row_id: str, op: str, payload: dict[str, Any], version: str, now: datetime
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "table_name": table_name,
        "row_id": row_id,
        "op": op,
        "payload": payload,
        "version": version,
        "created_at": now,
        "attempts": 0,
    }


def _table_of(target: type[Base] | Table) -> Table:
    if isinstance(target, Table):
        return target
    table = target.__table__
    assert isinstance(table, Table)
    return table


def prepare_bulk_rows(
    session: Session, target: type[Base] | Table, rows: Iterable[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Fill column defaults and the synced bookkeeping columns of dicts for a Core insert.

    The dicts are changed in place and returned as a list; values already present are kept.
    """
    ctx = capture_context(session)
    ctx.load(session)
    table = _table_of(target)
    now = ctx.clock.now()
    defaults: list[tuple[str, Any]] = []
    for col in table.columns:
        d = col.default
        if d is not None and getattr(d, "is_scalar", False):
            defaults.append((col.key, getattr(d, "arg", None)))
    synced = "version" in table.columns and "device_id" in table.columns
    out = []
    for row in rows:
        for key, value in defaults:
            if key not in row and value is not None:
                row[key] = value
        if synced:
            row.setdefault("id", new_id())
            if row.get("branch_id") is None:
                row["branch_id"] = ctx.branch_id
            if row.get("device_id") is None:
                row["device_id"] = ctx.device_id
            if row["branch_id"] is None or row["device_id"] is None:
                raise CounterNotInitialised("this counter has no identity yet: run first-run setup")
            row.setdefault("created_at", now)
            row.setdefault("updated_at", now)
            row.setdefault("version", ctx.tick())
        out.append(row)
    return out


def write_outbox_for_rows(
    session: Session,
    target: type[Base] | Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    op: str = "insert",
) -> int:
    """Queue outbox rows for dicts written with Core (each needs id and version); returns the count."""
    ctx = _capturing(session)
    if ctx is None or not rows:
        return 0
    table = _table_of(target)
    now = ctx.clock.now()
    cols = [c.key for c in table.columns if c.key != "is_local"]
    records = [
        _outbox_row(
            table.name,
            str(r["id"]),
            op,
            {k: jsonable(r.get(k)) for k in cols},
            str(r["version"]),
            now,
        )
        for r in rows
    ]
    session.connection().execute(insert(SyncOutbox), records)
    return len(records)


def bulk_insert(
    session: Session,
    target: type[Base] | Table,
    rows: Iterable[dict[str, Any]],
    *,
    capture: bool = True,
) -> int:
    """Insert many rows with one Core executemany (plus their outbox rows unless ``capture`` is
    False, e.g. for demo data that never syncs). Runs in the session's transaction."""
    table = _table_of(target)
    prepared = prepare_bulk_rows(session, table, rows)
    if not prepared:
        return 0
    session.connection().execute(insert(table), prepared)
    if capture and "version" in table.columns:
        write_outbox_for_rows(session, table, prepared)
    return len(prepared)

"""Head office's view of one customer across branches: the survivor of merges (the synced
``customer_merge`` rows) and every document of the merged group (bills, returns, old gold,
points, vouchers, scheme accounts), read from the row store like the reports."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from jewelpos.server.models import row_store

CUSTOMER_DOCUMENTS = (
    "invoice",
    "credit_note",
    "old_gold_voucher",
    "loyalty_entry",
    "gift_voucher",
    "scheme_account",
    "customer_credit_entry",
)
"""Tables whose rows carry the ``customer_id`` they belong to."""


def _merges(conn: Any) -> dict[str, str]:
    """merged id -> survivor id, as the counters pushed them."""
    rows = conn.execute(
        select(row_store.c.payload).where(
            row_store.c.table_name == "customer_merge", row_store.c.op != "delete"
        )
    ).all()
    return {
        str(r.payload.get("merged_id")): str(r.payload.get("survivor_id"))
        for r in rows
        if isinstance(r.payload, dict)
    }


def group(engine: Engine, customer_id: str) -> tuple[str, ...]:
    """The survivor of ``customer_id`` first, then every record merged into it."""
    with engine.connect() as conn:
        merges = _merges(conn)
    root, seen = customer_id, {customer_id}
    while root in merges and merges[root] not in seen:
        root = merges[root]
        seen.add(root)
    found = [root]
    frontier = [root]
    while frontier:
        children = [m for m, s in merges.items() if s in frontier and m not in found]
        found.extend(children)
        frontier = children
    return tuple(found)


def documents(engine: Engine, customer_id: str) -> dict[str, tuple[str, ...]]:
    """Row ids of the group's documents by table (every branch), for the survivor or any
    record merged into it."""
    ids = list(group(engine, customer_id))
    owner = row_store.c.payload["customer_id"].as_string()
    with engine.connect() as conn:
        rows = conn.execute(
            select(row_store.c.table_name, row_store.c.row_id)
            .where(
                row_store.c.table_name.in_(CUSTOMER_DOCUMENTS),
                row_store.c.op != "delete",
                owner.in_(ids),
            )
            .order_by(row_store.c.table_name, row_store.c.row_id)
        ).all()
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(r.table_name, []).append(r.row_id)
    return {t: tuple(v) for t, v in out.items()}


__all__ = ["CUSTOMER_DOCUMENTS", "documents", "group"]

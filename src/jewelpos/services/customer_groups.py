"""Which customer records are one person after merges: the survivor and everyone folded into
it (directly or through an earlier merge). Balances and histories read the whole group."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models_merge import CustomerMerge


def survivor_of(s: Session, customer_id: str) -> str:
    """The customer record that ``customer_id`` lives on as (itself when never merged)."""
    seen = {customer_id}
    current = customer_id
    while True:
        nxt = s.scalar(select(CustomerMerge.survivor_id).where(CustomerMerge.merged_id == current))
        if nxt is None or nxt in seen:
            return current
        seen.add(nxt)
        current = nxt


def group_of(s: Session, customer_id: str) -> tuple[str, ...]:
    """The survivor of ``customer_id`` first, then every record merged into it."""
    root = survivor_of(s, customer_id)
    found = [root]
    frontier = [root]
    while frontier:
        children = list(
            s.scalars(
                select(CustomerMerge.merged_id).where(CustomerMerge.survivor_id.in_(frontier))
            )
        )
        children = [c for c in children if c not in found]
        found.extend(children)
        frontier = children
    return tuple(found)

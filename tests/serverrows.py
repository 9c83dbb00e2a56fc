"""Whole, valid rows for pushing to jewelpos-server in tests (every required field filled from
the server's schema; override what the test is about)."""

from __future__ import annotations

from typing import Any

from jewelpos.domain.ids import new_id
from jewelpos.server.schemas import ALLOWED

ISSUED = "2026-06-01T10:00:00+00:00"


def full_row(table: str, row_id: str | None = None, **over: Any) -> dict[str, Any]:
    """A row of ``table`` that passes the server's checks, with ``over`` on top."""
    row: dict[str, Any] = {"id": row_id or new_id()}
    for f in ALLOWED[table].fields.values():
        if f.name in row or not f.required:
            continue
        if f.choices:
            value: Any = sorted(f.choices)[0]
        elif f.kind == "int":
            value = max(0, f.minimum or 0)
        elif f.kind == "bool":
            value = False
        elif f.kind == "date":
            value = ISSUED[:10]
        elif f.kind == "datetime":
            value = ISSUED
        else:
            value = "x"
        row[f.name] = value
    row.update(over)
    return row


def invoice(branch: str, counter: str, seq: int, **over: Any) -> dict[str, Any]:
    """Invoice fields numbered in counter ``branch``/``counter``'s own series (FY 2026-27)."""
    series = f"I{branch}-{counter}"
    fields: dict[str, Any] = {
        "number": f"{series}/26/{seq:05d}",
        "series": series,
        "fy": "2627",
        "seq": seq,
        "shop_day": ISSUED[:10],
        "status": "final",
        "supply": "intra",
    }
    fields.update(over)
    return fields

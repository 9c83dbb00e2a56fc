"""The allow-list of tables a device may push, each with its schema, and the check of a row.

Built from the counter's own SQLAlchemy models (``jewelpos.db.models``): every synced table is
allowed, with each column's type, nullability and length, and required when it has no default.
Explicit ranges are added on top (money, weights and counts are never negative, except the few
signed columns; sequence numbers start at 1). A table name not on the list is refused. Final
documents (``FINAL_TABLES``, the counter's immutability rule) are insert-only: a stored one may
only take its once-only cancellation. Numbered documents must carry a number of the pushing
counter's own series (``{T}{branch}-{counter}/{yy}/{seq}``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Integer,
    Numeric,
    String,
    Table,
)

from jewelpos.db.immutability import RULES as FINAL_RULES
from jewelpos.db.models import SYNCED_TABLES, Base
from jewelpos.db.types import UtcDateTime
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.numbering import MAX_SEQ, parse_document_number

FINAL_TABLES: frozenset[str] = frozenset(FINAL_RULES) | frozenset(
    {"credit_note_refund", "customer_credit_entry", "invoice_set_off"}
)
"""Insert-only at head office: the counter's immutable documents and their money rows."""
CANCEL_FIELDS: dict[str, frozenset[str]] = {
    t: r.cancellation.columns for t, r in FINAL_RULES.items() if r.cancellation is not None
}
BOOKKEEPING = frozenset({"updated_at", "version"})
SIGNED = frozenset(
    {
        ("invoice", "round_off_paise"),
        ("day_end", "difference_paise"),
        ("customer_credit_entry", "amount_paise"),
        # discounts are negative lines (C1 point 3); ledgers take value out with minus entries
        ("invoice_line", "making_discount_paise"),
        ("invoice_line", "wastage_discount_paise"),
        ("gift_voucher_entry", "amount_paise"),
        ("scheme_entry", "amount_paise"),
        ("karigar_metal_entry", "fine_mg"),  # metal back from a karigar is a negative entry
    }
)
"""Integer columns that may be negative; every other money, weight or count is >= 0."""
_NON_NEGATIVE_SUFFIXES = ("_paise", "_mg", "_count", "_bp")
_NON_NEGATIVE_NAMES = frozenset({"count", "line_no", "purity", "hallmark_pieces"})
MIN_OVERRIDES: dict[tuple[str, str], int] = {("invoice", "seq"): 1}
INT32 = 2**31 - 1
INT64 = 2**63 - 1
_CHECK_IN = re.compile(r"^\s*(\w+) IN \(([^()]*)\)\s*$")
_CHECK_MIN = re.compile(r"^\s*(\w+) (>|>=) 0\s*$")


@dataclass(frozen=True)
class Field:
    """One column as a pushed row must carry it."""

    name: str
    kind: str  # str | int | bool | date | datetime | decimal | any
    nullable: bool
    required: bool
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    choices: frozenset[str] | None = None


@dataclass(frozen=True)
class TableSchema:
    name: str
    fields: Mapping[str, Field]
    final: bool
    numbered: bool


def _kind(col_type: Any) -> str:
    if isinstance(col_type, UtcDateTime | DateTime):
        return "datetime"
    if isinstance(col_type, Date):
        return "date"
    if isinstance(col_type, Boolean):
        return "bool"
    if isinstance(col_type, Integer):  # BigInteger is an Integer
        return "int"
    if isinstance(col_type, Numeric):
        return "decimal"
    if isinstance(col_type, String):  # Text is a String
        return "str"
    if isinstance(col_type, JSON):
        return "any"
    return "any"


def _checks(table: Table) -> tuple[dict[str, frozenset[str]], dict[str, int]]:
    """The table's simple CHECK constraints: ``col IN ('a', 'b')`` and ``col > 0``/``>= 0``."""
    choices: dict[str, frozenset[str]] = {}
    minimums: dict[str, int] = {}
    for ck in table.constraints:
        if not isinstance(ck, CheckConstraint):
            continue
        text = str(ck.sqltext)
        found = _CHECK_IN.match(text)
        if found:
            values = [v.strip().strip("'") for v in found.group(2).split(",")]
            choices[found.group(1)] = frozenset(values)
            continue
        for part in text.split(" AND "):
            low = _CHECK_MIN.match(part)
            if low:
                minimums[low.group(1)] = 1 if low.group(2) == ">" else 0
    return choices, minimums


def _field(table: Table, col: Any) -> Field:
    kind = _kind(col.type)
    choices, minimums = _checks(table)
    minimum = maximum = None
    if kind == "int":
        maximum = INT64 if isinstance(col.type, BigInteger) else INT32
        minimum = -maximum - 1
        name = col.name
        if (table.name, name) in MIN_OVERRIDES:
            minimum = MIN_OVERRIDES[(table.name, name)]
        elif (table.name, name) not in SIGNED and (
            name.endswith(_NON_NEGATIVE_SUFFIXES) or name in _NON_NEGATIVE_NAMES
        ):
            minimum = 0
        if name in minimums:
            minimum = max(minimum, minimums[name])
        if (table.name, name) == ("invoice", "seq"):
            maximum = MAX_SEQ
    has_default = col.default is not None or col.server_default is not None
    length = getattr(col.type, "length", None) if kind == "str" else None
    return Field(
        name=col.name,
        kind=kind,
        nullable=bool(col.nullable),
        required=not col.nullable and not has_default and not col.primary_key,
        max_length=length,
        minimum=minimum,
        maximum=maximum,
        choices=choices.get(col.name),
    )


def _build() -> dict[str, TableSchema]:
    out: dict[str, TableSchema] = {}
    excluded: dict[str, frozenset[str]] = {}
    for mapper in Base.registry.mappers:
        table = getattr(mapper, "local_table", None)
        if table is not None:
            excluded[table.name] = getattr(mapper.class_, "__outbox_exclude__", frozenset())
    for name in sorted(SYNCED_TABLES):
        table = Base.metadata.tables[name]
        fields = {
            c.name: _field(table, c) for c in table.columns if c.name not in excluded.get(name, ())
        }
        out[name] = TableSchema(
            name=name,
            fields=fields,
            final=name in FINAL_TABLES,
            numbered="number" in fields and name != "stock_piece",
        )
    return out


ALLOWED: dict[str, TableSchema] = _build()
"""Table name -> schema: every table a device may push."""


def _type_problem(f: Field, value: Any) -> str:
    if value is None:
        return "" if f.nullable else f"{f.name} is required"
    if f.kind == "str":
        if not isinstance(value, str):
            return f"{f.name} must be text"
        if f.max_length is not None and len(value) > f.max_length:
            return f"{f.name} is longer than {f.max_length} characters"
        if f.choices is not None and value not in f.choices:
            return f"{f.name} must be one of {', '.join(sorted(f.choices))}"
    elif f.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{f.name} must be a whole number"
        if f.minimum is not None and value < f.minimum:
            return f"{f.name} must be at least {f.minimum}"
        if f.maximum is not None and value > f.maximum:
            return f"{f.name} must be at most {f.maximum}"
    elif f.kind == "bool":
        if not isinstance(value, bool) and value not in (0, 1):
            return f"{f.name} must be true or false"
    elif f.kind == "date":
        try:
            date.fromisoformat(value)
        except (TypeError, ValueError):
            return f"{f.name} must be a date (YYYY-MM-DD)"
    elif f.kind == "datetime":
        try:
            datetime.fromisoformat(value)
        except (TypeError, ValueError):
            return f"{f.name} must be a date and time (ISO 8601)"
    elif f.kind == "decimal":
        if isinstance(value, bool) or not isinstance(value, str | int):
            return f"{f.name} must be a number"
        try:
            ok = math.isfinite(Decimal(value))
        except (InvalidOperation, ValueError):
            ok = False
        if not ok:
            return f"{f.name} must be a number"
    return ""


_MISSING = object()


def _fast_check(schema: TableSchema) -> Callable[[Mapping[str, Any]], bool]:
    """A function made for one table that answers True when a payload certainly passes
    ``check_row``'s field checks (one pass, no message building; the push hot path). False
    means: let the full check say why (it may still find nothing wrong)."""
    env: dict[str, Any] = {
        "_names": frozenset(schema.fields),
        "_required": frozenset(f.name for f in schema.fields.values() if f.required),
        "_M": _MISSING,
        "_tp": _type_problem,
    }
    lines = [
        "def fast(p):",
        "    keys = p.keys()",
        "    if not keys <= _names or not _required <= keys:",
        "        return False",
    ]
    for i, f in enumerate(schema.fields.values()):
        if f.kind == "str":
            cond = "type(v) is str"
            if f.max_length is not None:
                cond += f" and len(v) <= {int(f.max_length)}"
            if f.choices is not None:
                env[f"_ch{i}"] = f.choices
                cond += f" and v in _ch{i}"
        elif f.kind == "int":
            cond = "type(v) is int"
            if f.minimum is not None:
                cond += f" and v >= {int(f.minimum)}"
            if f.maximum is not None:
                cond += f" and v <= {int(f.maximum)}"
        elif f.kind == "bool":
            cond = "v is True or v is False"
        else:  # dates, numbers as text, JSON: the full check of this one field
            env[f"_f{i}"] = f
            cond = f"not _tp(_f{i}, v)"
        lines.append(f"    v = p.get({f.name!r}, _M)")
        if f.nullable:
            lines.append(f"    if v is not None and v is not _M and not ({cond}):")
        else:
            lines.append(f"    if v is None or (v is not _M and not ({cond})):")
        lines.append("        return False")
    lines.append("    return True")
    exec("\n".join(lines), env)  # our own column names (repr-quoted) and integers
    fast: Callable[[Mapping[str, Any]], bool] = env["fast"]
    return fast


_FAST: dict[str, Callable[[Mapping[str, Any]], bool]] = {}


def check_row(
    table: str,
    payload: Mapping[str, Any],
    *,
    branch_code: str,
    counter_code: str,
    stored_number: str | None = None,
) -> str:
    """Why ``payload`` may not be stored in ``table`` ("" if it may): unknown table, unknown,
    missing or mistyped field, value out of range, number not of the pushing counter's series
    (a row stored already keeps the number its own counter gave it: an order moved on at
    another counter of the branch)."""
    schema = ALLOWED.get(table)
    if schema is None:
        return f"table {table} is not one head office accepts"
    fast = _FAST.get(table)
    if fast is None:
        fast = _FAST[table] = _fast_check(schema)
    if not fast(payload):
        problem = _field_problem(table, schema, payload)
        if problem:
            return problem
    number = payload.get("number")
    if schema.numbered and number is not None and number != stored_number:
        problem = _number_problem(table, payload, branch_code, counter_code)
        if problem:
            return problem
    return ""


def _field_problem(table: str, schema: TableSchema, payload: Mapping[str, Any]) -> str:
    """The first unknown, missing or mistyped field of ``payload``, in words ("" if none)."""
    for key in payload:
        if key not in schema.fields:
            return f"unknown field {key} for table {table}"
    for f in schema.fields.values():
        if f.name not in payload:
            if f.required:
                return f"{f.name} is required"
            continue
        problem = _type_problem(f, payload[f.name])
        if problem:
            return problem
    return ""


def _number_problem(
    table: str, payload: Mapping[str, Any], branch_code: str, counter_code: str
) -> str:
    number = str(payload["number"])
    try:
        _doc, branch, counter, yy, seq = parse_document_number(number)
    except ValidationError:
        return f"number {number} is not a document number of this counter's series"
    if (branch, counter) != (branch_code.upper(), counter_code.upper()):
        return (
            f"number {number} is from series {branch}-{counter}, not this counter's "
            f"{branch_code}-{counter_code}"
        )
    if table == "invoice":
        prefix = number.split("/", 1)[0]
        if payload.get("series") != prefix:
            return f"series does not match number {number}"
        if payload.get("seq") != seq:
            return f"seq does not match number {number}"
        if not str(payload.get("fy", "")).startswith(yy):
            return f"financial year does not match number {number}"
    return ""


def final_change_problem(table: str, stored: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    """Why an update of a stored final document is refused ("" for a once-only cancellation or
    a resend that changes only bookkeeping)."""
    changed = {k for k in set(stored) | set(new) if stored.get(k) != new.get(k)} - BOOKKEEPING
    if not changed:
        return ""
    allowed = CANCEL_FIELDS.get(table, frozenset())
    if changed <= allowed and stored.get("status") == "final" and new.get("status") == "cancelled":
        return ""
    return f"{table} is a final document: it cannot be changed once stored"

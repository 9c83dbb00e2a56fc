"""Head-office tables (SQLAlchemy Core): a generic row store, permanent dedup, quarantine, devices.

The server is schema-agnostic: a counter's row is stored whole as JSON in ``row_store`` under
(table_name, row_id) with the branch it belongs to (from the pushing device's token), its HLC
version and a server sequence number ``seq`` from ``seq_counter`` (see ``store.allocate_seq``).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

Json = JSON().with_variant(JSONB(), "postgresql")
Utc = DateTime(timezone=True)

branch = Table(
    "branch",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("code", String(8), nullable=False, unique=True),
    Column("name", String(120), nullable=False, server_default=""),
    Column("created_at", Utc, nullable=False),
)

device = Table(
    "device",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("branch_id", String(36), ForeignKey("branch.id"), nullable=False),
    Column("code", String(8), nullable=False),
    Column("name", String(120), nullable=False, server_default=""),
    Column("role", String(16), nullable=False, server_default="counter"),
    Column("token_hash", String(64), nullable=True, unique=True),
    Column("local_branch_id", String(64), nullable=False, server_default=""),
    Column("enrolled_at", Utc, nullable=False),
    Column("revoked_at", Utc, nullable=True),
    Column("last_seen_at", Utc, nullable=True),
    Column("unsent_count", Integer, nullable=True),  # as the counter said on its last push
    UniqueConstraint("branch_id", "code"),
)

enrol_code = Table(
    "enrol_code",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("branch_id", String(36), ForeignKey("branch.id"), nullable=False),
    Column("counter_code", String(8), nullable=False),
    Column("role", String(16), nullable=False, server_default="counter"),
    Column("created_at", Utc, nullable=False),
    Column("expires_at", Utc, nullable=False),
    Column("used_at", Utc, nullable=True),
    Column("device_id", String(36), nullable=True),
)

seq_counter = Table(
    "seq_counter",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("value", BigInteger, nullable=False),
)

row_store = Table(
    "row_store",
    metadata,
    Column("table_name", String(40), nullable=False),
    Column("row_id", String(64), nullable=False),
    Column("scope", String(8), nullable=False),  # master | shared | branch
    Column("branch_id", String(36), nullable=True),  # NULL for master data
    Column("origin_device", String(36), nullable=False),
    Column("op", String(8), nullable=False),
    Column("version", String(64), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("payload", Json, nullable=False),
    Column("ref_key", String(64), nullable=True),  # e.g. piece_id of an invoice line
    Column("updated_at", Utc, nullable=False),
    PrimaryKeyConstraint("table_name", "row_id"),
    Index("ix_row_store_scope_seq", "scope", "seq"),
    Index("ix_row_store_branch_id_seq", "branch_id", "seq"),
    Index("ix_row_store_table_name_ref_key", "table_name", "ref_key"),
)

applied_change = Table(
    "applied_change",
    metadata,
    Column("device_id", String(36), nullable=False),
    Column("change_id", String(36), nullable=False),
    Column("table_name", String(40), nullable=False),
    Column("row_id", String(64), nullable=False),
    Column("result", String(12), nullable=False),
    Column("reason", Text, nullable=False, server_default=""),
    Column("applied_at", Utc, nullable=False),
    PrimaryKeyConstraint("device_id", "change_id"),  # a change id is its device's key
)

quarantine = Table(
    "quarantine",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("branch_id", String(36), nullable=False),
    Column("change_id", String(36), nullable=False),
    Column("table_name", String(40), nullable=False),
    Column("row_id", String(64), nullable=False),
    Column("op", String(8), nullable=False),
    Column("version", String(64), nullable=False),
    Column("reason", Text, nullable=False),
    Column("payload", Json, nullable=False),
    Column("received_at", Utc, nullable=False, index=True),
    UniqueConstraint("device_id", "change_id"),
)
"""Changes head office refused, with the reason: kept for head office to read."""

conflict = Table(
    "conflict",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(24), nullable=False),
    Column("piece_id", String(64), nullable=True, index=True),
    Column("branch_a", String(36), nullable=False),
    Column("branch_b", String(36), nullable=False),
    Column("seq", BigInteger, nullable=False, index=True),
    Column("details", Json, nullable=False),
    Column("raised_at", Utc, nullable=False),
    Column("resolved_at", Utc, nullable=True),
)

ho_user = Table(
    "ho_user",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("username", String(60), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),  # argon2
    Column("role", String(16), nullable=False),  # owner | accounts | order_manager
    Column("created_at", Utc, nullable=False),
)
"""Head-office people who use the dashboard (their own login, not device tokens)."""

ho_session = Table(
    "ho_session",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", String(36), ForeignKey("ho_user.id"), nullable=False),
    Column("created_at", Utc, nullable=False),
    Column("expires_at", Utc, nullable=False),
)

server_meta = Table(
    "server_meta",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

photo_blob = Table(
    "photo_blob",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("data", LargeBinary, nullable=False),
    Column("byte_size", Integer, nullable=False),
    Column("branch_id", String(36), nullable=False),  # the branch that uploaded it first
    Column("uploaded_at", Utc, nullable=False),
)
"""Order and repair photo files by content hash (the bytes in the database, so any worker or
host serves them; a counter's stored photo is a resized JPEG of a few hundred KB)."""

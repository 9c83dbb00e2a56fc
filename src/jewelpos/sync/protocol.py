"""Wire schemas shared by the counter's sync client and jewelpos-server (pydantic v2).

A change record is one outbox row: its id is the idempotency key. A push answers one result per
change (applied, duplicate, rejected with a reason). A pull page holds rows of one stream with
server sequence numbers; ``next_cursor`` is what the client stores with the page.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

PROTOCOL_VERSION = 1
API_PREFIX = "/v1"

MAX_CHANGES_PER_PUSH = 2000
"""The server refuses larger batches (413-like 422); the client sends at most ``PUSH_BATCH``."""
PUSH_BATCH = 2000
PUSH_MAX_RAW_BYTES = 4 * 1024 * 1024
"""A batch is cut before its JSON reaches this size (about 1 MB once gzipped)."""
MAX_BODY_BYTES = 16 * 1024 * 1024
"""The server refuses request bodies (after gunzip) larger than this."""
MAX_PAYLOAD_BYTES = 256 * 1024
MAX_PHOTO_UPLOAD_BYTES = 8 * 1024 * 1024
"""Head office refuses larger photo uploads (a counter stores photos as JPEGs of at most
1600 px a side, a few hundred KB)."""
MAX_PHOTO_QUERY = 1000
"""How many hashes one "which photos are missing" call may ask about."""
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
PULL_LIMIT_DEFAULT = 2000
PULL_LIMIT_MAX = 10000

STREAM_MASTER = "master"
STREAM_SHARED = "shared"
STREAM_BRANCH = "branch"
STREAM_CONFLICTS = "conflicts"
STREAMS: tuple[str, ...] = (STREAM_MASTER, STREAM_SHARED, STREAM_BRANCH, STREAM_CONFLICTS)
"""Pulled in this order: master data first, so rows that refer to it usually find it."""

CONFLICT_TABLE = "sync_conflict"
"""Rows of the conflicts stream carry this table name."""

TABLE_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
ID_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_.:-]{0,63}$")
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

ChangeId = Annotated[str, StringConstraints(pattern=UUID_RE.pattern)]
TableName = Annotated[str, StringConstraints(pattern=TABLE_NAME_RE.pattern)]
RowId = Annotated[str, StringConstraints(pattern=ID_RE.pattern)]
Version = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Op = Literal["insert", "update", "delete"]
Result = Literal["applied", "duplicate", "rejected"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Change(_Model):
    """One change record from a counter's outbox."""

    id: ChangeId
    table: TableName
    row_id: RowId
    op: Op
    version: Version
    payload: dict[str, Any]


class PushRequest(_Model):
    """A batch of changes in outbox order."""

    changes: list[Change] = Field(max_length=MAX_CHANGES_PER_PUSH)


class ChangeResult(_Model):
    """What the server did with one change; ``duplicate`` means it was applied earlier."""

    id: str
    result: Result
    reason: str = ""


class PushResponse(_Model):
    results: list[ChangeResult]
    server_time: datetime


class PulledRow(_Model):
    """A stored row as the server holds it now (its newest version), with its sequence number."""

    table: str
    row_id: str
    op: Op
    version: str
    seq: int
    payload: dict[str, Any]


class PullPage(_Model):
    """Rows of one stream after ``cursor``, oldest first; store ``next_cursor`` with them."""

    stream: str
    rows: list[PulledRow]
    next_cursor: int
    has_more: bool


class EnrolRequest(_Model):
    """A counter asks for a device token with a one-time code."""

    code: Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z -]{4,40}$")]
    device_id: ChangeId
    device_name: Annotated[str, StringConstraints(max_length=120, pattern=r"^[^\x00-\x1f]*$")] = ""
    local_branch_id: Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z_.:-]{0,64}$")] = ""
    expect_branch_code: Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z]{0,8}$")] = ""
    """A counter already set up sends its own codes: the server refuses (409, code not spent)
    when the code is for another branch or counter, so two invoice series never mix."""
    expect_counter_code: Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z]{0,8}$")] = ""


class EnrolResponse(_Model):
    """The device token (shown once) and the counter's identity at head office."""

    token: str
    device_id: str
    branch_id: str
    branch_code: str
    counter_code: str
    role: str
    server_time: datetime
    branch_name: str = ""
    branch_has_data: bool = False
    """The branch already exists at head office (other counters, or users this counter will
    pull): setup then creates no owner or categories of its own, it pulls them."""
    local_branch_id: str = ""
    """The id the branch's other counters gave their branch row; a joining counter uses it
    too, so every row of the branch carries one branch id ("" for the first counter)."""


class EnrolMismatch(_Model):
    """Body of a 409 answer to enrol: the code is for another branch/counter than expected."""

    detail: str
    branch_code: str
    counter_code: str


class DeviceInfo(_Model):
    device_id: str
    branch_id: str
    branch_code: str
    counter_code: str
    role: str


class PhotoQuery(_Model):
    """Which of these photos (sha256 of the bytes) does head office not hold yet?"""

    hashes: list[Annotated[str, StringConstraints(pattern=SHA256_RE.pattern)]] = Field(
        max_length=MAX_PHOTO_QUERY
    )


class PhotoMissing(_Model):
    missing: list[str]


class Problem(_Model):
    """Error body of every 4xx answer."""

    detail: Any

"""Order and repair photo files at head office, by content hash: which of a counter's hashes
are missing, upload (the sha256 of the bytes must be the name; idempotent) and download."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.dialects import postgresql, sqlite

from jewelpos.server.models import photo_blob
from jewelpos.sync.protocol import MAX_PHOTO_UPLOAD_BYTES, SHA256_RE

JPEG_MAGIC = b"\xff\xd8\xff"


class PhotoRefused(Exception):
    """The upload cannot be kept (status 400 or 413) with the reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def missing(engine: Engine, hashes: Sequence[str]) -> list[str]:
    """The hashes of ``hashes`` head office does not hold, in the order asked."""
    wanted = list(dict.fromkeys(hashes))
    if not wanted:
        return []
    with engine.connect() as conn:
        held = set(
            conn.execute(
                select(photo_blob.c.sha256).where(photo_blob.c.sha256.in_(wanted))
            ).scalars()
        )
    return [h for h in wanted if h not in held]


def keep(engine: Engine, sha256: str, data: bytes, *, branch_id: str, now: datetime) -> bool:
    """Store a photo; True if it was new. PhotoRefused if the bytes are not the named photo."""
    if not SHA256_RE.fullmatch(sha256):
        raise PhotoRefused(400, "a photo is named by the sha256 of its bytes (64 hex digits)")
    if not data:
        raise PhotoRefused(400, "the photo is empty")
    if len(data) > MAX_PHOTO_UPLOAD_BYTES:
        raise PhotoRefused(413, "the photo is too large")
    if hashlib.sha256(data).hexdigest() != sha256:
        raise PhotoRefused(400, "the bytes do not have the sha256 the photo is named by")
    if not data.startswith(JPEG_MAGIC):
        raise PhotoRefused(400, "a stored photo is a JPEG")
    values = {
        "sha256": sha256,
        "data": data,
        "byte_size": len(data),
        "branch_id": branch_id,
        "uploaded_at": now,
    }
    with engine.begin() as conn:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        stmt = (
            dialect.insert(photo_blob)
            .values(**values)
            .on_conflict_do_nothing()
            .returning(photo_blob.c.sha256)
        )
        return conn.execute(stmt).scalar_one_or_none() is not None


def fetch(engine: Engine, sha256: str) -> bytes | None:
    """The photo's bytes, or None if head office does not hold it."""
    if not SHA256_RE.fullmatch(sha256):
        return None
    with engine.connect() as conn:
        data = conn.execute(
            select(photo_blob.c.data).where(photo_blob.c.sha256 == sha256)
        ).scalar_one_or_none()
    return bytes(data) if data is not None else None

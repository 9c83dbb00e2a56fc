"""The version manifest head office publishes: the latest counter version and where to get it."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, insert, select

from jewelpos.server.models import server_meta

RELEASE_KEY = "release"
_VERSION = re.compile(r"^\d+(\.\d+){1,3}$")


class ReleaseRefused(ValueError):
    """A version or address that a counter could not use."""


def set_release(engine: Engine, version: str, url: str, *, notes: str = "") -> dict[str, Any]:
    """Publish ``version`` (e.g. 0.2.0) downloadable at ``url`` (http or https)."""
    version = version.strip()
    url = url.strip()
    if not _VERSION.match(version):
        raise ReleaseRefused(f"{version!r} is not a version like 0.2.0")
    if not re.match(r"^https?://\S+$", url):
        raise ReleaseRefused(f"{url!r} is not an http(s) address")
    manifest = {
        "version": version,
        "url": url,
        "notes": notes[:500],
        "published_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    with engine.begin() as conn:
        conn.execute(delete(server_meta).where(server_meta.c.key == RELEASE_KEY))
        conn.execute(insert(server_meta).values(key=RELEASE_KEY, value=json.dumps(manifest)))
    return manifest


def get_release(engine: Engine) -> dict[str, Any] | None:
    """The published manifest, or None when head office has published none."""
    with engine.connect() as conn:
        raw = conn.execute(
            select(server_meta.c.value).where(server_meta.c.key == RELEASE_KEY)
        ).scalar()
    if not raw:
        return None
    value = json.loads(raw)
    return value if isinstance(value, dict) else None

"""Is a newer counter version published? Reads head office's manifest (GET /v1/version).

Only a notice: the counter never downloads or installs an update by itself (a shop updates
after closing, by running the new setup)."""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import requests

from jewelpos import __version__
from jewelpos.db.models_sync import STATE_SERVER_URL
from jewelpos.sync.protocol import API_PREFIX

log = logging.getLogger(__name__)
TIMEOUT_S = 5.0


@dataclass(frozen=True)
class UpdateNotice:
    """A newer version than the one running, and where head office says to get it."""

    version: str
    url: str
    notes: str = ""


def version_key(version: str) -> tuple[int, ...]:
    """0.10.2 -> (0, 10, 2); anything after the numbers (e.g. rc1) is ignored."""
    head = re.match(r"\d+(?:\.\d+)*", version.strip())
    return tuple(int(p) for p in head.group(0).split(".")[:4]) if head else ()


def _server_url(db_path: Path) -> str:
    if not db_path.exists():
        return ""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT value FROM sync_state WHERE key = ?", (STATE_SERVER_URL,)
        ).fetchone()
    except sqlite3.DatabaseError:
        return ""
    finally:
        conn.close()
    return str(row[0]) if row and row[0] else ""


def check_for_update(
    db_path: Path, *, current: str = __version__, server_url: str = ""
) -> UpdateNotice | None:
    """The published version if it is newer than ``current``; None if not, if this counter
    has no head office, or if head office cannot be asked now (logged, tried again later)."""
    base = (server_url or _server_url(db_path)).rstrip("/")
    if not base:
        return None
    try:
        resp = requests.get(f"{base}{API_PREFIX}/version", timeout=TIMEOUT_S)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        manifest = resp.json()
        version, url = str(manifest["version"]), str(manifest["url"])
    except (requests.RequestException, ValueError, KeyError, TypeError) as exc:
        log.info("cannot check for an update at %s: %s", base, exc)
        return None
    if version_key(version) <= version_key(current):
        return None
    return UpdateNotice(version=version, url=url, notes=str(manifest.get("notes", "")))

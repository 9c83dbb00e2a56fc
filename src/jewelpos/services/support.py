"""A report for support: logs, versions and settings in one zip, with no customer data."""

from __future__ import annotations

import json
import platform
import re
import sys
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata
from pathlib import Path

from sqlalchemy import select

from jewelpos.db.migrate import current_revisions
from jewelpos.db.models import Customer
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock

REPORT_PREFIX = "jewelpos-support-"
# Anything that looks like a mobile number, a PAN or an e-mail address is masked in the logs too.
_MOBILE = re.compile(r"(?<!\d)(?:\+?91[ -]?)?[6-9]\d{9}(?!\d)")
_PAN = re.compile(r"\b[A-Z]{5}\d{4}[A-Z]\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# Settings never copied: the head-office address may embed credentials; tokens live elsewhere.
_SECRET_KEYS = ("token", "password", "pin", "secret")


@dataclass(frozen=True)
class SupportReport:
    """Where the zip was written and what it holds."""

    path: Path
    entries: tuple[str, ...]


class SupportService:
    """Builds the support zip from the data folder's logs and the counter's settings."""

    def __init__(self, uow: UnitOfWork, clock: Clock, *, data_dir: Path, db_path: Path) -> None:
        self._uow = uow
        self._clock = clock
        self._data_dir = data_dir
        self._db_path = db_path

    def _customer_words(self) -> list[str]:
        with self._uow.read() as s:
            rows = s.execute(select(Customer.name, Customer.mobile, Customer.alternate_phone))
            words = {w.strip() for row in rows for w in row if w and len(w.strip()) >= 3}
        return sorted(words, key=len, reverse=True)

    def _scrub(self, text: str, words: list[str]) -> str:
        for word in words:
            text = re.sub(re.escape(word), "[customer]", text, flags=re.IGNORECASE)
        text = _MOBILE.sub("[mobile]", text)
        text = _PAN.sub("[pan]", text)
        return _EMAIL.sub("[email]", text)

    def save_report(self, dest_dir: Path, settings: Mapping[str, object]) -> SupportReport:
        """Write ``jewelpos-support-<time>.zip`` into ``dest_dir``: versions.json, settings.json
        (secrets left out), the backup record and every log file with customer data masked."""
        words = self._customer_words()
        stamp = self._clock.now().strftime("%Y%m%d-%H%M%S")
        dest_dir.mkdir(parents=True, exist_ok=True)
        path = dest_dir / f"{REPORT_PREFIX}{stamp}.zip"
        entries: list[str] = []
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:

            def add(name: str, text: str) -> None:
                zf.writestr(name, text)
                entries.append(name)

            add("versions.json", json.dumps(self._versions(), indent=2))
            clean = {
                k: ("(left out)" if any(s in k.lower() for s in _SECRET_KEYS) else v)
                for k, v in settings.items()
            }
            add("settings.json", json.dumps(clean, indent=2, ensure_ascii=False, default=str))
            record = self._data_dir / "backups" / "last-backup.json"
            if record.is_file():
                add("last-backup.json", record.read_text(encoding="utf-8", errors="replace"))
            logs = self._data_dir / "logs"
            for log in sorted(logs.glob("*.log*")) if logs.is_dir() else []:
                text = log.read_text(encoding="utf-8", errors="replace")
                add(f"logs/{log.name}", self._scrub(text, words))
        return SupportReport(path=path, entries=tuple(entries))

    def _versions(self) -> dict[str, object]:
        def version_of(dist: str) -> str:
            try:
                return metadata.version(dist)
            except metadata.PackageNotFoundError:
                return "not installed"

        return {
            "made_at": datetime.isoformat(self._clock.now()),
            "jewelpos": version_of("jewelpos"),
            "python": sys.version,
            "platform": platform.platform(),
            "schema": sorted(current_revisions(self._db_path)),
            "packages": {
                d: version_of(d)
                for d in ("pyside6-essentials", "sqlalchemy", "alembic", "reportlab", "requests")
            },
        }

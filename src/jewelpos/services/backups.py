"""Daily online backups: to the data folder and to the shop's second folder, each copy checked."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from jewelpos.db.backup import backup_database
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import JewelPOSError

log = logging.getLogger(__name__)

RECORD_FILE = "last-backup.json"
MAX_AGE = timedelta(days=1)


@dataclass(frozen=True)
class BackupStatus:
    """The last good backup (every copy integrity-checked) and the last failure, if any."""

    last_good_at: datetime | None
    copies: tuple[str, ...]
    last_error: str
    stale: bool  # no good backup within the last day: the status bar warns


class BackupService:
    """Makes the automatic daily backup; the counter asks ``run_if_due`` now and then."""

    def __init__(
        self,
        db_path: Path,
        backups_dir: Path,
        clock: Clock,
        *,
        keep: int,
        second_folder: str = "",
    ) -> None:
        self._db_path = db_path
        self._backups_dir = backups_dir
        self._clock = clock
        self._keep = keep
        self._second = Path(second_folder) if second_folder.strip() else None

    @property
    def _record(self) -> Path:
        return self._backups_dir / RECORD_FILE

    def status(self) -> BackupStatus:
        """What the last backups left in the record file (none yet: stale)."""
        try:
            raw = json.loads(self._record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        at = None
        if raw.get("last_good_at"):
            try:
                at = datetime.fromisoformat(str(raw["last_good_at"]))
            except ValueError:
                at = None
        now = self._clock.now()
        return BackupStatus(
            last_good_at=at,
            copies=tuple(str(c) for c in raw.get("copies", [])),
            last_error=str(raw.get("last_error", "")),
            stale=at is None or now - at > MAX_AGE,
        )

    def run_if_due(self) -> BackupStatus:
        """Back up when the last good backup is older than a day (or there is none)."""
        current = self.status()
        if not self._db_path.exists() or not current.stale:
            return current
        return self.run_now()

    def run_now(self) -> BackupStatus:
        """Copy the live database into the data folder's backups and the shop's second folder
        (both rotated, both integrity-checked). A failed copy is recorded, never raised."""
        previous = self.status()
        copies: list[str] = []
        errors: list[str] = []
        targets = [self._backups_dir]
        if self._second is not None:
            targets.append(self._second)
        for folder in targets:
            try:
                copies.append(str(backup_database(self._db_path, folder, keep=self._keep)))
            except (OSError, JewelPOSError) as exc:
                log.error("backup to %s failed: %s", folder, exc)
                errors.append(f"{folder}: {exc}")
        good = not errors
        record = {
            "last_good_at": (
                self._clock.now().isoformat()
                if good
                else (previous.last_good_at.isoformat() if previous.last_good_at else "")
            ),
            "copies": copies if good else list(previous.copies),
            "last_error": "; ".join(errors),
        }
        self._backups_dir.mkdir(parents=True, exist_ok=True)
        tmp = self._record.with_suffix(".tmp")
        tmp.write_text(json.dumps(record, indent=2), encoding="utf-8")
        os.replace(tmp, self._record)
        if good:
            log.info("daily backup written: %s", ", ".join(copies))
        return self.status()

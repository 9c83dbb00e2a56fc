"""Rotating log files in the data folder (logs/jewelpos.log, 5 x 1 MB), set up at start-up."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "jewelpos.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _CounterLog(logging.handlers.RotatingFileHandler):
    """Our handler, told apart so a second set-up replaces it instead of adding another."""


def setup_logging(logs_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Send log records to ``logs_dir/jewelpos.log`` (rotated); returns its path, or None when
    the folder cannot be written (the counter still runs, logging to stderr only)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _CounterLog)]:
        root.removeHandler(old)
        old.close()
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        handler = _CounterLog(
            logs_dir / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot write logs in %s: %s", logs_dir, exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return logs_dir / LOG_FILE

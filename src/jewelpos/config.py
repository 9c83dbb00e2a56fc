"""Counter settings: where the data lives, language, shop time zone, printers, sync address."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

ENV_HOME = "JEWELPOS_HOME"
SETTINGS_FILE = "settings.json"
DB_FILE = "jewelpos.sqlite3"


def resolve_data_dir(arg: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir wins, then $JEWELPOS_HOME, then the platform's per-user data folder."""
    if arg:
        return Path(arg).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir("JewelPOS", "JewelPOS"))


@dataclass(frozen=True)
class Settings:
    """What one counter installation keeps outside its database."""

    data_dir: Path
    language: str = "en"
    timezone: str = "Asia/Kolkata"
    backups_to_keep: int = 10
    # A second folder or drive the shop chose for the daily backup (e.g. "E:\\JewelPOS backups").
    backup_folder: str = ""
    receipt_printer: str = ""
    receipt_width_mm: int = 80
    sync_url: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILE

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def photos_dir(self) -> Path:
        return self.data_dir / "photos"

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.db_path}"

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def load_settings(data_dir: Path) -> Settings:
    """Read settings.json in the data folder; missing or unreadable keys take their defaults."""
    path = data_dir / SETTINGS_FILE
    values: dict[str, object] = {}
    if path.exists():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(raw, dict):
                values = raw
        except (OSError, ValueError):
            values = {}
    known = {f for f in Settings.__dataclass_fields__ if f != "data_dir"}
    return Settings(data_dir=data_dir, **{k: v for k, v in values.items() if k in known})  # type: ignore[arg-type]


def save_settings(settings: Settings) -> None:
    """Write settings.json atomically (write a temporary file, then rename over)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    data = asdict(settings)
    data.pop("data_dir")
    path = settings.data_dir / SETTINGS_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)

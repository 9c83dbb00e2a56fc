"""Where the shipped resources (translations, stylesheets) live: env override, frozen app, source tree."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_RESOURCES = "JEWELPOS_RESOURCES"


def resources_dir() -> Path:
    """$JEWELPOS_RESOURCES, else the frozen bundle's folder, else the repository's resources/."""
    env = os.environ.get(ENV_RESOURCES)
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def styles_dir() -> Path:
    return resources_dir() / "styles"

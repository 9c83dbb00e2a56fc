"""Where the shipped resources (translations, stylesheets) live: env override, frozen app, source tree."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_RESOURCES = "JEWELPOS_RESOURCES"


def resources_dir() -> Path:
    """$JEWELPOS_RESOURCES, else the frozen bundle's folder, else the installed package's
    ``jewelpos/resources`` (a wheel ships them there), else the repository's resources/."""
    env = os.environ.get(ENV_RESOURCES)
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve()
    installed = here.parents[1] / "resources"
    if installed.is_dir():
        return installed
    return here.parents[3] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def styles_dir() -> Path:
    return resources_dir() / "styles"


def icon_path() -> Path:
    return resources_dir() / "icons" / "jewelpos.png"

"""Suite-wide test settings: Qt runs offscreen, no test touches the user's real data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("JEWELPOS_HOME", None)

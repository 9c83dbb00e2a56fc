"""Suite-wide test settings: Qt runs offscreen, no test touches the user's real data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("JEWELPOS_HOME", None)


import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _gc_on_the_main_thread() -> Iterator[None]:
    """As the counter does (jewelpos.ui.gui_gc): no automatic garbage collection, which may run
    on a worker thread and free Qt objects there (a crash); collect on the main thread instead."""
    gc.disable()
    yield
    gc.collect()

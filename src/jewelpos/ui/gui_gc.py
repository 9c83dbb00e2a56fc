"""Cyclic garbage collection on the GUI thread only.

Python's automatic collector runs in whatever thread happens to allocate when a threshold is
crossed; on our database worker that can be the thread that frees a cycle holding Qt widgets, and
destroying widgets off the GUI thread crashes the process (seen as a segmentation fault
"Garbage-collecting" in the worker). qutebrowser solves it the same way: switch the automatic
collector off and run it from a timer on the GUI thread, generation by generation.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Runs gc on the GUI thread every INTERVAL_MS, keeping Python's generation thresholds."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def collect(self) -> int:
        """Collect the generations whose thresholds are crossed (as the automatic gc would)."""
        threshold = gc.get_threshold()
        counts = gc.get_count()
        freed = 0
        for generation in (2, 1, 0):
            if counts[generation] > threshold[generation]:
                freed = gc.collect(generation)
                break
        return freed


_collector: GuiThreadCollector | None = None


def install(app: QObject) -> GuiThreadCollector:
    """Install the collector once for the application (idempotent)."""
    global _collector  # one per process, like the QApplication it lives on
    if _collector is None:
        _collector = GuiThreadCollector(app)
        _collector.start()
    return _collector

"""Python's cyclic garbage collector runs on the GUI thread only while a task runner's worker
exists: a collection started on the worker could free a reference cycle holding a Qt object of
the GUI thread (a closed dialog and its helpers, a pixmap) and destroy it on the wrong thread,
which crashes the process. Automatic collection is switched off and the GUI thread collects on
a timer instead, generation by generation as the thresholds would have."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
_holders = 0
_was_enabled = True


class GuiThreadGc(QObject):
    """Created on the GUI thread by a threaded TaskRunner; ``release`` when it shuts down."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        global _holders, _was_enabled
        if _holders == 0:
            _was_enabled = gc.isenabled()
        _holders += 1
        gc.disable()
        self._released = False
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        counts = gc.get_count()
        limits = gc.get_threshold()
        if counts[0] <= limits[0]:
            return
        generation = 0
        if counts[1] > limits[1]:
            generation = 2 if counts[2] > limits[2] else 1
        gc.collect(generation)

    def release(self) -> None:
        """Give collection back to Python when the last runner is gone."""
        global _holders
        if self._released:
            return
        self._released = True
        self._timer.stop()
        _holders -= 1
        if _holders == 0 and _was_enabled:
            gc.enable()

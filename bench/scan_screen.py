"""Scan to screen: the scanner's Enter on the real billing screen until the new line is painted.

The screen runs on Qt's offscreen platform with its own TaskRunner, as the counter does: the tag
is typed into the scan field, Enter is pressed with QTest, and the clock stops when the lines
model has the new row and the table's viewport has received a Paint event after that row came.
Bills are cleared every few lines, as a counter's bills are short.
"""

from __future__ import annotations

import gc
import os
import time
from typing import Any

LINES_PER_BILL = 4
TIMEOUT_S = 30.0


def scan_to_screen_ms(services: Any, cashier: Any, tags: list[str]) -> list[float]:
    """Milliseconds from Enter to the painted new line, one per tag (tags already on a bill or
    refused by the screen are skipped)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from jewelpos.ui.screens.billing import BillingScreen
    from jewelpos.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])

    class PaintWatch(QObject):
        """Counts the viewport's Paint events once the awaited row has arrived."""

        def __init__(self) -> None:
            super().__init__()
            self.row_in = False
            self.painted = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.row_in:
                self.painted = True
            return False

    runner = TaskRunner()
    screen = BillingScreen(services, runner, user=cashier, clock=services.clock)
    watch = PaintWatch()
    refused: list[str] = []
    try:
        screen.resize(1366, 728)
        screen.show()
        screen.start()
        _wait(app, lambda: screen.shop is not None and runner.pending_count == 0)
        screen.table.viewport().installEventFilter(watch)
        screen.model.rowsInserted.connect(lambda *_a: setattr(watch, "row_in", True))
        screen.model.modelReset.connect(lambda: setattr(watch, "row_in", True))
        screen.scan_refused.connect(refused.append)
        # a timer keeps WaitForMoreEvents from sleeping past a lost event
        ticker = QTimer()
        ticker.start(20)
        out: list[float] = []
        for tag in tags:
            if len(screen.draft.lines) >= LINES_PER_BILL:
                screen.clear_bill()
                _wait(app, lambda: runner.pending_count == 0)
            screen.focus_scan()
            screen.scan.clear()
            QTest.keyClicks(screen.scan, tag)
            before = len(screen.draft.lines)
            n_refused = len(refused)
            watch.row_in = watch.painted = False
            t0 = time.perf_counter()
            QTest.keyClick(screen.scan, Qt.Key.Key_Return)
            deadline = t0 + TIMEOUT_S
            while not (len(screen.draft.lines) > before and watch.row_in and watch.painted):
                if len(refused) > n_refused:
                    break
                if time.perf_counter() > deadline:
                    raise RuntimeError(f"the line for {tag} was not painted in {TIMEOUT_S} s")
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            else:
                out.append((time.perf_counter() - t0) * 1000)
            _wait(app, lambda: runner.pending_count == 0)
        ticker.stop()
        return out
    finally:
        runner.shutdown()
        screen.table.viewport().removeEventFilter(watch)
        screen.close()
        screen.deleteLater()
        # delete the Qt objects now rather than in the interpreter's teardown
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        gc.collect()


def _wait(app: Any, ready: Any) -> None:
    deadline = time.perf_counter() + TIMEOUT_S
    while not ready():
        if time.perf_counter() > deadline:
            raise RuntimeError("the billing screen did not settle")
        app.processEvents()
        time.sleep(0.002)

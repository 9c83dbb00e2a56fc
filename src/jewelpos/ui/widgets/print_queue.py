"""Status-bar indicator of prints waiting for a printer (bills, estimates, tags), and the key
(Ctrl+Shift+R, or a click on the indicator) that tries them all again and says what happened.

The count is read on the serial task runner after every print attempt (the print services tell
their attempt listeners, from the worker thread; a signal brings that to the GUI thread) and
every ``REFRESH_MS`` as a safety net. Hidden while nothing waits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from jewelpos.services.print_queue import RetryOutcome, retry_waiting_prints, waiting_prints
from jewelpos.ui.qtcompat import emit

if TYPE_CHECKING:
    from jewelpos.services.printing_jobs import PrintService
    from jewelpos.services.tags import TagService
    from jewelpos.ui.tasks import TaskRunner

RETRY_PRINTS_KEY = "Ctrl+Shift+R"  # Ctrl+P / Ctrl+Shift+P print tags on the stock screen
REFRESH_MS = 30_000


class _AttemptBridge(QObject):
    """Lives in the GUI thread; the print services call ``attempted`` from the worker."""

    attempted = Signal()


class PrintQueueStatus(QLabel):
    """Shows "N prints waiting · Ctrl+Shift+R" in amber; ``attach(window)`` adds it and its key."""

    count_changed = Signal(int)
    retried = Signal(str, str)  # the outcome in words and its kind ("success"/"warning")

    def __init__(
        self,
        runner: TaskRunner,
        prints: PrintService,
        tags: TagService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statusPrints")
        self.setProperty("warning", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._runner = runner
        self._prints = prints
        self._tags = tags
        self.count: int | None = None
        self._counting = False
        self._recount = False
        self._retrying = False
        self._bridge = _AttemptBridge(self)
        self._bridge.attempted.connect(self._on_bridge_attempted)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.action = QAction(self)
        self.action.setShortcut(QKeySequence(RETRY_PRINTS_KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.retry)
        self.hide()

    # --- wiring --------------------------------------------------------------------------------
    def attach(self, window: QMainWindow) -> None:
        """Put the indicator in the window's status bar, add the key, listen to print attempts."""
        window.statusBar().addPermanentWidget(self)
        window.addAction(self.action)
        self._prints.attempts.add(self._on_print_attempted)
        self._tags.attempts.add(self._on_print_attempted)

    def start(self) -> None:
        self._timer.start()
        self.refresh()

    def detach(self) -> None:
        """Stop listening (log out, window closed): the services outlive this window."""
        self._timer.stop()
        self._prints.attempts.remove(self._on_print_attempted)
        self._tags.attempts.remove(self._on_print_attempted)

    def _on_print_attempted(self) -> None:
        # called on the worker thread: only a signal may cross to the GUI
        if shiboken6.isValid(self._bridge):
            emit(self._bridge.attempted)

    def _on_bridge_attempted(self) -> None:
        if not self._retrying:  # a retry recounts once when it is done
            self.refresh()

    # --- count ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recount on the worker; a request while a count runs is folded into one more count."""
        if self._counting:
            self._recount = True
            return
        self._counting = True
        self._runner.run(
            waiting_prints,
            self._prints,
            self._tags,
            on_done=self._on_counted,
            on_finished=self._on_count_finished,
        )

    def _on_counted(self, count: int) -> None:
        changed = count != self.count
        self.count = count
        self.retranslate_ui()
        self.setVisible(count > 0)
        if changed:
            emit(self.count_changed, count)

    def _on_count_finished(self) -> None:
        self._counting = False
        if self._recount:
            self._recount = False
            self.refresh()

    def retranslate_ui(self) -> None:
        count = self.count or 0
        text = (
            self.tr("1 print waiting")
            if count == 1
            else self.tr("{n} prints waiting").format(n=count)
        )
        self.setText(f"⚠ {text}  ·  {RETRY_PRINTS_KEY}")
        self.setToolTip(
            self.tr("Prints waiting for a printer. {key} or a click prints them again.").format(
                key=RETRY_PRINTS_KEY
            )
        )

    # --- retry ---------------------------------------------------------------------------------
    def retry(self) -> None:
        """Try every waiting print again (the key or a click); the outcome comes by ``retried``."""
        if self._retrying:
            return
        self._retrying = True
        self._runner.run(
            retry_waiting_prints,
            self._prints,
            self._tags,
            on_done=self._on_retry_done,
            on_finished=self._on_retry_finished,
        )

    def _on_retry_done(self, outcome: RetryOutcome) -> None:
        kind = "warning" if outcome.waiting else "success"
        emit(self.retried, self.outcome_text(outcome), kind)

    def _on_retry_finished(self) -> None:
        self._retrying = False
        self.refresh()

    def outcome_text(self, outcome: RetryOutcome) -> str:
        """The outcome in words: "3 printed, 1 still waiting: the printer at … is not answering."."""
        if outcome.printed == 0 and outcome.waiting == 0:
            return self.tr("No prints are waiting.")
        printed = self.tr("{n} printed").format(n=outcome.printed)
        if outcome.waiting == 0:
            return self.tr("{printed}; nothing is waiting now.").format(printed=printed)
        waiting = self.tr("{n} still waiting").format(n=outcome.waiting)
        if outcome.failed_printer:
            reason = self.tr("the printer at {printer} is not answering").format(
                printer=outcome.failed_printer
            )
        elif outcome.no_receipt_printer:
            reason = self.tr("no receipt printer is set (Settings, F12)")
        else:
            reason = self.tr("try again when the printer is on")
        return self.tr("{printed}, {waiting}: {reason}.").format(
            printed=printed, waiting=waiting, reason=reason
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.retry()
            event.accept()
            return
        super().mousePressEvent(event)

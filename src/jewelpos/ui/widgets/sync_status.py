"""Status-bar sync indicator, the `Sync now` action (Ctrl+Shift+S) of the main window and the
key (Ctrl+Shift+Y, or a click on the indicator) that opens the manager's sync dialog.

Shows what is waiting, never just "synced": the unsent count, the age of the oldest unsent
change, the last success and the last error in words. The status is read through the services
facade on the serial task runner (never on the GUI thread); the sync itself runs on the sync
worker's own thread, started by the composition root, which hands in ``request_sync`` and
forwards the worker's events through ``SyncBridge``. A new document raises the unsent count;
the next status read notices and asks for a sync, so bills leave the counter within seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from jewelpos.ui.formats import shop_tz

if TYPE_CHECKING:
    from jewelpos.services.sync_status import SyncStatus
    from jewelpos.ui.tasks import TaskRunner

SYNC_NOW_KEY = "Ctrl+Shift+S"  # F9 belongs to screens (stock-take, transfers, tags)
SYNC_DETAILS_KEY = "Ctrl+Shift+Y"
REFRESH_MS = 5_000
CLOCK_WARN_S = 180
"""Warn when this PC's clock is more than 3 minutes off head office's."""


class SyncBridge(QObject):
    """Carries the sync worker's events (from its thread) to the GUI thread."""

    happened = Signal(str, object)


def _age(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 1:
        return QCoreApplication.translate("SyncStatusWidget", "under a minute")
    if minutes < 60:
        return QCoreApplication.translate("SyncStatusWidget", "{n} min").format(n=minutes)
    hours = minutes // 60
    if hours < 48:
        return QCoreApplication.translate("SyncStatusWidget", "{n} h").format(n=hours)
    return QCoreApplication.translate("SyncStatusWidget", "{n} days").format(n=hours // 24)


def _clock_time(when: datetime) -> str:
    return when.astimezone(shop_tz()).strftime("%d-%m %H:%M")


class SyncStatusWidget(QLabel):
    """The sync part of the status bar; ``attach(window)`` also adds the `Sync now` action."""

    def __init__(
        self,
        runner: TaskRunner,
        read_status: Callable[[], SyncStatus],
        *,
        request_sync: Callable[[], None] | None,
        open_manager: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statusSync")
        self._runner = runner
        self._read_status = read_status
        self._request_sync = request_sync
        self._last_unsent: int | None = None
        self._running = False
        self._error = ""
        self.status: SyncStatus | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.action = QAction(self)
        self.action.setShortcut(QKeySequence(SYNC_NOW_KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.sync_now)
        self._open_manager = open_manager
        self.details_action = QAction(self)
        self.details_action.setShortcut(QKeySequence(SYNC_DETAILS_KEY))
        self.details_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.details_action.triggered.connect(self.open_details)
        if open_manager is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setText(self.tr("Sync: checking..."))

    def attach(self, window: QMainWindow) -> None:
        window.statusBar().addPermanentWidget(self)
        window.addAction(self.action)
        if self._open_manager is not None:
            window.addAction(self.details_action)
        self._timer.start()
        self.refresh()

    def sync_now(self) -> None:
        """The `Sync now` key: ask the worker for a round at once."""
        if self._request_sync is None:
            self._error = self.tr("This counter is not connected to head office.")
            self._render()
            return
        self._request_sync()

    def open_details(self) -> None:
        """Ctrl+Shift+Y or a click: the manager's sync dialog (refused changes, conflicts)."""
        if self._open_manager is not None:
            self._open_manager()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._open_manager is not None:
            self.open_details()
            event.accept()
            return
        super().mousePressEvent(event)

    def refresh(self) -> None:
        self._runner.run(self._read_status, on_done=self._on_status)

    def on_sync_event(self, what: str, payload: Any) -> None:
        """Events of the sync worker (delivered on the GUI thread by SyncBridge)."""
        if what == "started":
            self._running = True
        elif what == "done":
            self._running = False
            self._error = ""
        elif what in ("failed", "busy"):
            self._running = False
            self._error = str(getattr(payload, "message", payload))
        self.refresh()

    def _on_status(self, status: SyncStatus) -> None:
        self.status = status
        if (
            self._last_unsent is not None
            and status.unsent > self._last_unsent
            and self._request_sync is not None
        ):
            self._request_sync()  # a new document: send it now
        self._last_unsent = status.unsent
        self._render()

    def _render(self) -> None:
        s = self.status
        if s is None:
            return
        if not s.enrolled and not self._running:
            # A shop without head office keeps everything here: nothing is wrong, nothing waits.
            self.setText(self.tr("Not connected to head office"))
            self.setProperty("problem", bool(self._error))
            self.setToolTip(self._error)
            self._repolish()
            return
        parts: list[str] = []
        if self._running:
            parts.append(self.tr("Sync: sending..."))
        elif s.unsent == 0:
            parts.append(self.tr("Sync: all sent"))
        else:
            age = s.oldest_unsent_age_s
            parts.append(
                self.tr("Sync: {n} unsent (oldest {age})").format(
                    n=s.unsent, age=_age(age) if age is not None else "-"
                )
            )
        if s.quarantined:
            parts.append(self.tr("{n} refused by head office").format(n=s.quarantined))
        if s.open_conflicts:
            parts.append(self.tr("{n} conflicts for the manager").format(n=s.open_conflicts))
        off = s.clock_offset_s
        clock_off = off is not None and abs(off) > CLOCK_WARN_S
        if clock_off and off is not None:
            parts.append(self.tr("Clock is {n} min off head office").format(n=round(abs(off) / 60)))
        if s.last_success_at is not None:
            parts.append(self.tr("last sent {when}").format(when=_clock_time(s.last_success_at)))
        elif s.enrolled:
            parts.append(self.tr("never sent"))
        error = self._error or s.last_error
        if error:
            parts.append(error)
        self.setText(" · ".join(parts))
        self.setProperty("problem", bool(error or s.quarantined or s.open_conflicts or clock_off))
        self._repolish()
        tip = self.tr("Press {key} to sync now").format(key=SYNC_NOW_KEY)
        if self._open_manager is not None:
            tip += "\n" + self.tr("Press {key} or click for details").format(key=SYNC_DETAILS_KEY)
        self.setToolTip(tip)

    def _repolish(self) -> None:
        """Let the style sheet see a changed ``problem`` property."""
        self.style().unpolish(self)
        self.style().polish(self)

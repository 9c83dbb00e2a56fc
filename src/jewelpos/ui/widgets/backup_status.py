"""Status-bar warning when the last good backup is older than a day; it also runs the daily
backup: every ``CHECK_MS`` (and soon after login) it asks the backup service on the serial task
runner to back up if one is due. Hidden while the last good backup is recent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

if TYPE_CHECKING:
    from jewelpos.services.backups import BackupService, BackupStatus
    from jewelpos.ui.tasks import TaskRunner

CHECK_MS = 30 * 60_000
FIRST_CHECK_MS = 60_000


class BackupStatusWidget(QLabel):
    """Amber "No good backup for over a day" in the status bar; ``attach(window)`` adds it."""

    def __init__(
        self, runner: TaskRunner, backups: BackupService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statusBackup")
        self.setProperty("warning", True)
        self._runner = runner
        self._backups = backups
        self._busy = False
        self.status: BackupStatus | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self.hide()

    def attach(self, window: QMainWindow, *, first_check_ms: int = FIRST_CHECK_MS) -> None:
        window.statusBar().addPermanentWidget(self)
        self._timer.start()
        QTimer.singleShot(first_check_ms, self.check)

    def check(self) -> None:
        """Back up if due (on the task runner), then show or hide the warning."""
        if self._busy:
            return
        self._busy = True
        self._runner.run(
            self._backups.run_if_due, on_done=self.show_status, on_finished=self._finished
        )

    def _finished(self, *_: object) -> None:
        self._busy = False

    def show_status(self, status: BackupStatus) -> None:
        self.status = status
        if not status.stale:
            self.hide()
            return
        if status.last_good_at is None:
            text = self.tr("No good backup yet")
        else:
            text = self.tr("Last good backup over a day ago")
        self.setText(text)
        self.setToolTip(status.last_error)
        self.show()

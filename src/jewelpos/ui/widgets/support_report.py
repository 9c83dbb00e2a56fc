"""Help: "Save a report for support" (Ctrl+Shift+F1): a status-bar button that saves the logs,
versions and settings (no customer data) as a zip in the data folder and says where."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton, QWidget

if TYPE_CHECKING:
    from jewelpos.services.support import SupportReport
    from jewelpos.ui.tasks import TaskRunner

SUPPORT_KEY = "Ctrl+Shift+F1"


class SupportReportButton(QPushButton):
    """``attach(window)`` puts the button in the status bar and its key on the window."""

    def __init__(
        self,
        runner: TaskRunner,
        save: Callable[[], SupportReport],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supportReport")
        self.setFlat(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setText(self.tr("Save a report for support  ({key})").format(key=SUPPORT_KEY))
        self._runner = runner
        self._save = save
        self.last: SupportReport | None = None
        self.action = QAction(self)
        self.action.setShortcut(QKeySequence(SUPPORT_KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.save_report)
        self.clicked.connect(self.save_report)

    def attach(self, window: QMainWindow) -> None:
        window.statusBar().addPermanentWidget(self)
        window.addAction(self.action)

    def save_report(self) -> None:
        self.setEnabled(False)
        self._runner.run(self._save, on_done=self._saved, on_finished=self._done)

    def _done(self) -> None:
        self.setEnabled(True)

    def _saved(self, report: SupportReport) -> None:
        self.last = report
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Report for support"))
        box.setText(
            self.tr("Saved {path}. It holds logs, versions and settings, no customer data.").format(
                path=report.path
            )
        )
        box.open()

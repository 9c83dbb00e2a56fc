"""Status-bar notice "Update X available" when head office publishes a newer counter version.

The check runs on a thread of its own (a slow head office never holds up the task runner)
soon after login and every ``CHECK_MS``. The counter never updates itself: the notice says to
install after closing time, and that is all it does."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from jewelpos.ui.qtcompat import emit

CHECK_MS = 6 * 3600_000
FIRST_CHECK_MS = 5_000


class _Bridge(QObject):
    found = Signal(object)


class UpdateStatusWidget(QLabel):
    """Hidden until a newer version is published; ``attach(window)`` adds it."""

    def __init__(self, check: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusUpdate")
        self._check = check
        self.notice: Any = None
        self._bridge = _Bridge(self)
        self._bridge.found.connect(self.show_notice)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self.hide()

    def attach(self, window: QMainWindow, *, first_check_ms: int = FIRST_CHECK_MS) -> None:
        window.statusBar().addPermanentWidget(self)
        self._timer.start()
        QTimer.singleShot(first_check_ms, self.check)

    def check(self) -> None:
        bridge, check = self._bridge, self._check

        def work() -> None:
            found = check()
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                emit(bridge.found, found)

        threading.Thread(target=work, name="update-check", daemon=True).start()

    def show_notice(self, notice: Any) -> None:
        self.notice = notice
        if notice is None:
            self.hide()
            return
        self.setText(self.tr("Update {version} available").format(version=notice.version))
        self.setToolTip(self.tr("Install it after closing time from {url}").format(url=notice.url))
        self.show()

"""Task runner: service calls run on ONE serial worker thread; results come back to the GUI by signal."""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from jewelpos.domain.errors import JewelPOSError
from jewelpos.ui.qtcompat import emit

log = logging.getLogger(__name__)

BUSY_DELAY_MS = 400

OnDone = Callable[[Any], None]
OnError = Callable[[JewelPOSError], None]
OnFinished = Callable[[], None]


@dataclass
class _Pending:
    on_done: OnDone | None
    on_error: OnError | None
    on_finished: OnFinished | None
    name: str


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it, so delivery is queued to the GUI."""

    finished = Signal(int, object, object)  # task id, result, exception


class _Job(QRunnable):
    def __init__(
        self,
        task_id: int,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        relay: _Relay,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task_id = task_id
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # handed to the GUI thread, which decides what it is
            emit(self._relay.finished, self._task_id, None, exc)
        else:
            emit(self._relay.finished, self._task_id, result, None)


def _receiver_alive(callback: Callable[..., Any] | None) -> bool:
    """A bound method of a deleted widget must not be called (its C++ side is gone)."""
    while isinstance(callback, functools.partial):
        callback = callback.func
    owner = getattr(callback, "__self__", None)
    return not (isinstance(owner, QObject) and not shiboken6.isValid(owner))


class TaskRunner(QObject):
    """Runs service calls one at a time off the GUI thread (Anki: all database work is serialised).

    ``run(fn, *args, on_done=..., on_error=...)``: ``on_done(result)`` runs in the GUI thread.
    A known error (:class:`JewelPOSError`) goes to ``on_error`` if given, else to the ``failed``
    signal with a translated message. Anything else is a bug: logged with its traceback and
    announced by ``bug``. ``busy_changed(True)`` is emitted only when work takes longer than
    ``BUSY_DELAY_MS``, so quick calls never flash an indicator.
    """

    failed = Signal(str)
    bug = Signal(str)
    busy_changed = Signal(bool)
    idle = Signal()

    def __init__(
        self, parent: QObject | None = None, *, busy_delay_ms: int = BUSY_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._busy_shown = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(busy_delay_ms)
        self._busy_timer.timeout.connect(self._on_busy_timer_timeout)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one serial worker: no two service calls overlap
        self._pool.setExpiryTimeout(-1)

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        on_finished: OnFinished | None = None,
        **kwargs: Any,
    ) -> int:
        """Queue ``fn(*args, **kwargs)`` on the worker; returns a task id."""
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(
            on_done, on_error, on_finished, getattr(fn, "__qualname__", repr(fn))
        )
        if not self._busy_timer.isActive() and not self._busy_shown:
            self._busy_timer.start()
        self._submit(task_id, fn, args, kwargs)
        return task_id

    def _submit(
        self, task_id: int, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        self._pool.start(_Job(task_id, fn, args, kwargs, self._relay))

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until the worker queue is empty (shutdown and tests); results still arrive by event."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self._pool.clear()
        self._pool.waitForDone(30_000)
        self._pending.clear()
        self._busy_timer.stop()

    @Slot(int, object, object)
    def _on_relay_finished(self, task_id: int, result: Any, exc: BaseException | None) -> None:
        self._deliver(task_id, result, exc)

    def _deliver(self, task_id: int, result: Any, exc: BaseException | None) -> None:
        pending = self._pending.pop(task_id, None)
        if pending is None:
            return
        try:
            if exc is None:
                if pending.on_done is not None and _receiver_alive(pending.on_done):
                    pending.on_done(result)
            elif isinstance(exc, JewelPOSError):
                if pending.on_error is not None:
                    if _receiver_alive(pending.on_error):
                        pending.on_error(exc)
                else:
                    from jewelpos.ui.messages import error_text

                    emit(self.failed, error_text(exc))
            else:
                log.error("bug in background task %s", pending.name, exc_info=exc)
                from jewelpos.ui.messages import bug_text

                emit(self.bug, bug_text())
        finally:
            if pending.on_finished is not None and _receiver_alive(pending.on_finished):
                pending.on_finished()
            if not self._pending:
                self._busy_timer.stop()
                if self._busy_shown:
                    self._busy_shown = False
                    emit(self.busy_changed, False)
                emit(self.idle)

    @Slot()
    def _on_busy_timer_timeout(self) -> None:
        if self._pending and not self._busy_shown:
            self._busy_shown = True
            emit(self.busy_changed, True)


class InlineTaskRunner(TaskRunner):
    """Runs each task at once in the calling thread (Picard's test pool); same callbacks and signals."""

    def _submit(
        self, task_id: int, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:
            self._deliver(task_id, None, exc)
        else:
            self._deliver(task_id, result, None)

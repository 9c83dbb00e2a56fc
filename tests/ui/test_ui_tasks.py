"""The task runner: work on one worker thread, results and errors back in the GUI thread by signal."""

from __future__ import annotations

import logging
import threading

import pytest
import shiboken6
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from jewelpos.domain.errors import InvalidCredentials
from jewelpos.ui.tasks import InlineTaskRunner, TaskRunner


@pytest.fixture
def runner(qapp: object) -> TaskRunner:
    r = TaskRunner(busy_delay_ms=50)
    yield r
    r.shutdown()


def test_result_arrives_in_gui_thread_from_a_single_worker(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """fn runs off the GUI thread, always on the same one worker; on_done runs in the GUI thread."""
    gui = threading.get_ident()
    ran_on: list[int] = []
    delivered_on: list[tuple[int, int]] = []

    def work(n: int) -> int:
        ran_on.append(threading.get_ident())
        return n * 2

    for n in range(5):
        runner.run(work, n, on_done=lambda r: delivered_on.append((r, threading.get_ident())))
    with qtbot.waitSignal(runner.idle, timeout=5000):
        pass
    assert [r for r, _ in delivered_on] == [0, 2, 4, 6, 8]  # serial: in the order asked
    assert {t for _, t in delivered_on} == {gui}
    assert len(set(ran_on)) == 1 and ran_on[0] != gui
    assert QThread.currentThread() is runner.thread()


def test_known_error_becomes_a_translated_message(qtbot: QtBot, runner: TaskRunner) -> None:
    """A JewelPOSError without on_error is announced by `failed` as the cashier's sentence."""

    def login() -> None:
        raise InvalidCredentials("Wrong user name or PIN.")

    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.run(login, on_done=lambda _r: pytest.fail("no result expected"))
    assert failed.args == ["Wrong user or PIN. Try again."]


def test_on_error_gets_the_known_error_and_on_finished_always_runs(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """on_error receives the error object itself; on_finished runs after either outcome."""
    seen: list[object] = []

    def login() -> None:
        raise InvalidCredentials("nope")

    with qtbot.waitSignal(runner.idle, timeout=5000), qtbot.assertNotEmitted(runner.failed):
        runner.run(login, on_error=seen.append, on_finished=lambda: seen.append("finished"))
    assert isinstance(seen[0], InvalidCredentials) and seen[1] == "finished"


def test_a_bug_is_logged_with_traceback_and_announced(
    qtbot: QtBot, runner: TaskRunner, caplog: pytest.LogCaptureFixture
) -> None:
    """Any other exception is a bug: logged with its traceback, `bug` carries a calm sentence."""

    def broken() -> None:
        raise ZeroDivisionError("oops")

    with (
        caplog.at_level(logging.ERROR, logger="jewelpos.ui.tasks"),
        qtbot.waitSignal(runner.bug, timeout=5000) as bug,
    ):
        runner.run(broken, on_error=lambda _e: pytest.fail("a bug is not a known error"))
    assert "Nothing you typed was lost" in bug.args[0]
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_busy_shows_only_for_slow_work(qtbot: QtBot, runner: TaskRunner) -> None:
    """busy_changed(True) after the delay while work is pending, then False when idle."""
    gate = threading.Event()
    with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=lambda b: b):
        runner.run(gate.wait, 5)
    with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=lambda b: not b):
        gate.set()


def test_results_for_a_deleted_widget_are_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    """A screen closed before its result arrives is not called (its C++ side is gone)."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    gate = threading.Event()
    runner.run(lambda: gate.wait(5) and "late", on_done=label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label))
    with qtbot.waitSignal(runner.idle, timeout=5000):
        gate.set()


def test_inline_runner_delivers_at_once(qapp: object) -> None:
    """The inline variant runs in the calling thread and calls back before run() returns."""
    runner = InlineTaskRunner()
    got: list[int] = []
    runner.run(lambda: 41 + 1, on_done=got.append)
    assert got == [42]

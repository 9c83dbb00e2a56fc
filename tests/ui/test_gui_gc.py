"""Garbage collection happens on the GUI thread while a threaded task runner exists."""

from __future__ import annotations

import gc
import threading
import weakref

from pytestqt.qtbot import QtBot

from jewelpos.ui.tasks import InlineTaskRunner, TaskRunner


class _Cycle:
    def __init__(self, seen: list[str]) -> None:
        self.me = self
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def test_a_runner_moves_collection_to_the_gui_thread_and_gives_it_back(qtbot: QtBot) -> None:
    """Automatic collection is off while the runner lives; cycles are freed on the GUI thread."""
    assert gc.isenabled()
    runner = TaskRunner()
    try:
        assert not gc.isenabled()
        seen: list[str] = []
        ref = weakref.ref(_Cycle(seen))

        def churn() -> int:  # the worker allocates a lot: no collection may start there
            return len([[i] for i in range(50_000)])

        with qtbot.waitSignal(runner.idle, timeout=10_000):
            runner.run(churn)
        assert ref() is not None
        kept = [[i] for i in range(2_000)]  # past the first generation's threshold
        qtbot.waitUntil(lambda: ref() is None, timeout=5_000)
        assert len(kept) == 2_000
        assert seen == [threading.main_thread().name]
    finally:
        runner.shutdown()
    assert gc.isenabled()
    inline = InlineTaskRunner()
    assert gc.isenabled()  # nothing runs on another thread
    inline.shutdown()

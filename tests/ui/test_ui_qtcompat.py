"""Signals emitted through ui.qtcompat.emit leave Python's reference count of True intact."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from jewelpos.ui.qtcompat import emit


class _Sender(QObject):
    changed = Signal(int)


def test_many_emits_keep_true_alive(qapp: object) -> None:
    """PySide6 6.12.0's emit() drops a reference to True each time; emit() gives it back."""
    sender = _Sender()
    seen: list[int] = []
    sender.changed.connect(seen.append)
    before = sys.getrefcount(True)
    for i in range(5000):
        emit(sender.changed, i)
    assert len(seen) == 5000
    # Unpatched, this drifts by -5000 (and the interpreter aborts once it reaches zero); other
    # objects freed meanwhile (earlier tests' leftovers, with the GC run between tests) may move
    # it by a few.
    assert abs(sys.getrefcount(True) - before) <= 50


def test_void_calls_cannot_use_up_none(qapp: object) -> None:
    """PySide6 6.12.0 drops a reference to None per void call; with qtcompat imported, None keeps
    a reserve far beyond what any session uses (the benchmark's 600 scans used up the original)."""
    from PySide6.QtWidgets import QLineEdit

    from jewelpos.ui import qtcompat

    edit = QLineEdit()
    before = sys.getrefcount(None)
    for _ in range(5000):
        edit.clear()
    lost = before - sys.getrefcount(None)
    assert lost in (0, 5000)  # 5000 where the bug is, 0 on a fixed PySide6
    assert (lost == 5000) == qtcompat.VOID_CALLS_DROP_NONE
    if qtcompat.VOID_CALLS_DROP_NONE:
        assert sys.getrefcount(None) > qtcompat.NONE_RESERVE // 2

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
    # Unpatched, this drifts by -5000 (and the interpreter aborts once it reaches zero).
    assert abs(sys.getrefcount(True) - before) <= 2

"""Work-arounds for bugs of the installed PySide6, each detected at run time, never assumed.

(A second one, void calls losing a reference to None, is at the end of this module.)

PySide6 6.12.0: every ``Signal.emit()`` made from Python drops one reference to ``True`` (the
value it returns) without having taken it. Python 3.11 does not make ``True`` immortal, so after
enough emits the interpreter aborts with "bool_dealloc: deallocating True or False". ``emit()``
below emits and, only where the probe shows the bug, gives the reference back. The project pins
6.11.3, which has neither bug (the probes then find nothing and change nothing); they stay so a
shop that installs 6.12.0 by hand still runs.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 8


class _Probe(QObject):
    ping = Signal()


def _emit_drops_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    dropped = before - sys.getrefcount(True)
    if dropped > 0:
        _give_back(dropped)
    return dropped == _PROBES


def _give_back(count: int = 1) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


EMIT_DROPS_TRUE = _emit_drops_true()


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, safe on PySide6 versions whose emit() loses a reference to True."""
    signal.emit(*args)
    if EMIT_DROPS_TRUE:
        _give_back()


# PySide6 6.12.0 also drops one reference to None on every call of a method returning void
# (``setText``, ``clear``, ``processEvents``, ...). A counter makes thousands of such calls an
# hour, so None (a few thousand references at start) would reach zero and the interpreter abort
# with "none_dealloc: deallocating None" - the billing benchmark's 600 scans did, at exit. None is
# never freed anyway: where the probe shows the bug, it is given a reserve of references that no
# number of lost ones can use up.
NONE_RESERVE = 1 << 40


def _void_call_drops_none() -> bool:
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
    dropped = before - sys.getrefcount(None)
    if dropped > 0:
        for _ in range(dropped):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    return dropped == _PROBES


def _reserve_none() -> None:
    """Add NONE_RESERVE to None's reference count (CPython: ob_refcnt is the object's first word)."""
    ctypes.c_ssize_t.from_address(id(None)).value += NONE_RESERVE


VOID_CALLS_DROP_NONE = _void_call_drops_none()
if VOID_CALLS_DROP_NONE:
    _reserve_none()

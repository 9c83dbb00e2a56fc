"""Hybrid logical clock: versions that order changes across counters even when wall clocks drift.

A version is (wall time in ms, counter, node). Its packed string form
``"WWWWWWWWWWWWW-CCCC-node"`` (13 decimal digits, 4 hex digits) sorts like the tuple, so
"later version wins" is a plain string comparison; ``as_int`` gives a node-less integer form.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

_WALL_DIGITS = 13
_COUNTER_DIGITS = 4
_COUNTER_MAX = 16**_COUNTER_DIGITS - 1
_PACKED = re.compile(r"^(\d{13})-([0-9a-f]{4})-([A-Za-z0-9_.]*)$")


@dataclass(frozen=True, order=True)
class Hlc:
    """One hybrid-logical-clock timestamp; compares by (wall_ms, counter, node)."""

    wall_ms: int
    counter: int
    node: str = ""

    def pack(self) -> str:
        """The sortable string form, e.g. ``"1735700000000-0003-a1b2c3d4"``."""
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}x}-{self.node}"

    def as_int(self) -> int:
        """A sortable integer without the node: wall_ms * 65536 + counter."""
        return (self.wall_ms << 16) | self.counter

    @classmethod
    def unpack(cls, text: str) -> Hlc:
        """Parse the packed string form; ValueError if malformed."""
        m = _PACKED.match(text)
        if not m:
            raise ValueError(f"malformed HLC version: {text!r}")
        return cls(int(m.group(1)), int(m.group(2), 16), m.group(3))

    def __str__(self) -> str:
        return self.pack()


def node_from_device_id(device_id: str) -> str:
    """A short node name from a device id (its last 12 hex digits)."""
    return device_id.replace("-", "")[-12:].lower()


class HybridLogicalClock:
    """Issues increasing versions for one node: ``tick`` for local events, ``receive`` on merge.

    Thread safe. ``now_ms`` is always passed in so the clock itself has no hidden I/O.
    """

    def __init__(self, node: str = "", last: Hlc | None = None) -> None:
        self._node = node
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0
        self._lock = threading.Lock()

    @property
    def node(self) -> str:
        return self._node

    def set_node(self, node: str) -> None:
        self._node = node

    @property
    def last(self) -> Hlc:
        return Hlc(self._wall, self._counter, self._node)

    def observe(self, version: Hlc) -> None:
        """Make later versions sort after ``version`` (e.g. the newest one already stored)."""
        with self._lock:
            if (version.wall_ms, version.counter) > (self._wall, self._counter):
                self._wall, self._counter = version.wall_ms, version.counter

    def tick(self, now_ms: int) -> Hlc:
        """A version for a local event at wall time ``now_ms``."""
        with self._lock:
            if now_ms > self._wall:
                self._wall, self._counter = now_ms, 0
            else:
                self._bump()
            return Hlc(self._wall, self._counter, self._node)

    def receive(self, remote: Hlc, now_ms: int) -> Hlc:
        """Merge a version from another node; the result is after both it and our last one."""
        with self._lock:
            wall = max(self._wall, remote.wall_ms, now_ms)
            if wall == self._wall and wall == remote.wall_ms:
                self._counter = max(self._counter, remote.counter)
                self._bump()
            elif wall == self._wall:
                self._bump()
            elif wall == remote.wall_ms:
                self._wall, self._counter = wall, remote.counter
                self._bump()
            else:
                self._wall, self._counter = wall, 0
            return Hlc(self._wall, self._counter, self._node)

    def _bump(self) -> None:
        if self._counter >= _COUNTER_MAX:
            self._wall += 1
            self._counter = 0
        else:
            self._counter += 1

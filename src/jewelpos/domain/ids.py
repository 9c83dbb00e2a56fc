"""Row ids: UUID version 7 strings (RFC 9562), time ordered so newer ids sort after older ones."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0
_COUNTER_MAX = 0xFFF  # 12 bits of rand_a used as a counter within one millisecond


def uuid7(now_ms: int | None = None) -> uuid.UUID:
    """A UUID v7 whose first 48 bits are the Unix time in ms.

    Ids made in this process are strictly increasing: within one millisecond the 12-bit
    ``rand_a`` field counts up (RFC 9562 method 1); on overflow or when the clock goes
    backwards the timestamp is carried forward from the last id.
    """
    global _last_ms, _counter
    ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    if ms < 0 or ms >= 1 << 48:
        raise ValueError("timestamp out of range for UUID v7")
    with _lock:
        if ms > _last_ms:
            _last_ms = ms
            _counter = int.from_bytes(os.urandom(2), "big") & 0x1FF  # leave room to count up
        else:
            _counter += 1
            if _counter > _COUNTER_MAX:
                _last_ms += 1
                _counter = 0
        ms, counter = _last_ms, _counter
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | rand_b
    return uuid.UUID(int=value)


def new_id(now_ms: int | None = None) -> str:
    """A new row id: a UUID v7 as its canonical 36-character lower-case string."""
    return str(uuid7(now_ms))


def id_timestamp_ms(row_id: str) -> int:
    """The Unix time in milliseconds encoded in a UUID v7 id."""
    u = uuid.UUID(row_id)
    if u.version != 7:
        raise ValueError(f"not a UUID v7: {row_id}")
    return u.int >> 80

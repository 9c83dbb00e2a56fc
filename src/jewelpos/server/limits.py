"""ASGI guards in front of the API: request bodies counted while they stream (413 before a
large body is read into memory), a timeout for slow senders (408), head office's clock in every
answer (``X-Server-Time``), and a per-address throttle for enrolment attempts (429)."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import UTC, datetime
from typing import Any

from fastapi import HTTPException

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SERVER_TIME_HEADER = "x-server-time"


async def _answer(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyGuard:
    """Refuse bodies over ``max_bytes`` as they arrive and senders slower than ``timeout_s``
    per piece; stamp every answer with the server's time."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, timeout_s: float) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _answer(send, 400, "the Content-Length header is not a number")
                    return
                if declared > self.max_bytes:
                    await _answer(send, 413, "the body is too large")
                    return
        seen = 0
        complete = False

        async def guarded_receive() -> Message:
            nonlocal seen, complete
            if complete:  # e.g. waiting for the client to disconnect: no timeout
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), self.timeout_s)
            except TimeoutError:
                raise HTTPException(408, "the request body came too slowly") from None
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise HTTPException(413, "the body is too large")
                complete = not message.get("more_body", False)
            return message

        async def stamped_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                now = datetime.now(UTC).isoformat(timespec="milliseconds")
                headers = list(message.get("headers", ()))
                headers.append((SERVER_TIME_HEADER.encode(), now.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, guarded_receive, stamped_send)


class Throttle:
    """At most ``per_minute`` attempts per key in any 60 s (in this process)."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str, *, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._lock:
            if len(self._seen) > 10_000:  # forget idle addresses
                self._seen = {k: q for k, q in self._seen.items() if q and q[-1] > now - 60}
            q = self._seen.setdefault(key, deque())
            while q and q[0] <= now - 60:
                q.popleft()
            if len(q) >= self.per_minute:
                return False
            q.append(now)
            return True

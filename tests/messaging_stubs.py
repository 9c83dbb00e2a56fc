"""A real HTTP SMS/WhatsApp gateway stub and a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class GatewayStub:
    """Records every request; ``status`` is what it answers; ``hang`` makes it take the
    request and never answer (to be killed mid-send); ``ref_param`` drops a request whose
    reference it has seen (the idempotency a real gateway offers)."""

    port: int = field(default_factory=free_port)
    status: int = 200
    hang: bool = False
    ref_param: str = ""
    requests: list[dict[str, Any]] = field(default_factory=list)
    delivered: list[dict[str, Any]] = field(default_factory=list)
    received: threading.Event = field(default_factory=threading.Event)
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/send"

    def start(self) -> None:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode() if length else ""
                query = parse_qs(urlparse(self.path).query)
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    params: dict[str, Any] = json.loads(raw)
                else:
                    params = {k: v[0] for k, v in {**query, **parse_qs(raw)}.items()}
                entry = {"method": self.command, "params": params, "headers": dict(self.headers)}
                stub.requests.append(entry)
                stub.received.set()
                if stub.hang:
                    time.sleep(3600)
                    return
                if stub.status == 200:
                    ref = params.get(stub.ref_param) if stub.ref_param else None
                    seen = {d["params"].get(stub.ref_param) for d in stub.delivered}
                    if ref is None or ref not in seen:
                        stub.delivered.append(entry)
                ref = f"gw-{len(stub.requests)}"  # as SMS gateways and the WhatsApp Cloud API say
                body = json.dumps({"message_id": ref, "messages": [{"id": ref}]}).encode()
                self.send_response(stub.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = _handle
            do_POST = _handle

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


@contextmanager
def gateway(**kw: Any) -> Iterator[GatewayStub]:
    stub = GatewayStub(**kw)
    stub.start()
    try:
        yield stub
    finally:
        stub.stop()


class _Collector:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        from email import message_from_bytes, policy

        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


@dataclass
class SmtpStub:
    port: int = field(default_factory=free_port)
    user: str = ""
    password: str = ""
    handler: _Collector = field(default_factory=_Collector)
    _controller: Any = None

    @property
    def messages(self) -> list[Any]:
        return self.handler.messages

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        kwargs: dict[str, Any] = {}
        if self.user:
            from aiosmtpd.smtp import AuthResult

            def auth(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
                ok = data.login.decode() == self.user and data.password.decode() == self.password
                return AuthResult(success=ok)

            kwargs = {"authenticator": auth, "auth_require_tls": False}
        self._controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **kwargs)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


@contextmanager
def smtp_server(**kw: Any) -> Iterator[SmtpStub]:
    stub = SmtpStub(**kw)
    stub.start()
    try:
        yield stub
    finally:
        stub.stop()

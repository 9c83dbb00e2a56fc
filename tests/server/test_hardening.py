"""Hardening of jewelpos-server: enrolment throttled per address, bodies refused while they
stream (no memory growth), slow senders timed out, error answers as the OpenAPI schema says,
reports from a separate (replica) database."""

from __future__ import annotations

import contextlib
import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import Engine

from jewelpos.domain.ids import new_id
from jewelpos.server import store
from serverrows import full_row, invoice
from syncsupport import PgCluster, ServerProcess, server_cmd, unique_code


@pytest.fixture
def strict_server(server_db: str) -> Iterator[ServerProcess]:
    """A server with the production throttle (10 enrolments a minute) and a 1 s body timeout."""
    proc = ServerProcess(server_db, extra=("--body-timeout", "1")).start()
    try:
        yield proc
    finally:
        proc.stop()


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def _raw(port: int, head: bytes, body_chunks: Iterator[bytes], *, wait_s: float = 10) -> bytes:
    """Send ``head`` and then body pieces over a plain socket (stopping when the server has
    answered or closed); return what the server answered."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait_s) as s:
        s.sendall(head)
        s.setblocking(False)
        answer = b""
        for chunk in body_chunks:
            with contextlib.suppress(BlockingIOError):
                answer += s.recv(65536)
            if answer:
                break
            try:
                s.setblocking(True)
                s.sendall(chunk)
                s.setblocking(False)
            except OSError:
                break
        s.setblocking(True)
        s.settimeout(wait_s)
        try:
            while b"\r\n\r\n" not in answer:
                more = s.recv(65536)
                if not more:
                    break
                answer += more
        except (TimeoutError, OSError):
            pass
    return answer


def test_enrolment_attempts_are_throttled_per_address(strict_server: ServerProcess) -> None:
    """The 11th attempt within a minute from one address is 429 (with Retry-After)."""
    url = f"{strict_server.base}/v1/enrol"
    answers = [
        requests.post(url, json={"code": "AAAA-BBBB-CCCC", "device_id": new_id()}).status_code
        for _ in range(11)
    ]
    assert answers[:10] == [400] * 10
    assert answers[10] == 429
    r = requests.post(url, json={"code": "AAAA-BBBB-CCCC", "device_id": new_id()})
    assert r.status_code == 429 and r.headers["Retry-After"] == "60" and r.json()["detail"]


def test_a_50_mb_body_is_refused_while_it_streams_without_growing_the_server(
    strict_server: ServerProcess,
) -> None:
    """A declared 50 MB body is 413 before any of it is read; a chunked 50 MB body (no
    length) is cut off at the limit: the server's memory grows far less than 50 MB."""
    assert strict_server.proc is not None
    pid = strict_server.proc.pid
    head = (
        b"POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 52428800\r\n\r\n"
    )
    answer = _raw(strict_server.port, head, iter([b" " * 65536] * 4))
    assert answer.startswith(b"HTTP/1.1 413")
    before = _rss_kb(pid)
    piece = b" " * (1024 * 1024)
    chunked = b"%x\r\n%s\r\n" % (len(piece), piece)
    head = (
        b"POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Authorization: Bearer nobody\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    answer = _raw(strict_server.port, head, iter([chunked] * 50), wait_s=20)
    grown_mb = (_rss_kb(pid) - before) / 1024
    assert answer.startswith(b"HTTP/1.1 413"), answer[:80]
    assert grown_mb < 40, grown_mb
    assert requests.get(f"{strict_server.base}/health").status_code == 200


def test_a_slow_sender_times_out(strict_server: ServerProcess) -> None:
    """A body that stops half-way is answered 408 after the body timeout (1 s here)."""
    head = (
        b"POST /v1/enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 100\r\n\r\n"
    )

    def trickle() -> Iterator[bytes]:
        yield b'{"code": '
        time.sleep(3)
        yield b"x"

    started = time.monotonic()
    answer = _raw(strict_server.port, head, trickle(), wait_s=10)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:80]
    assert time.monotonic() - started < 8


def test_openapi_declares_the_error_answers(server: ServerProcess) -> None:
    """401/403/413/422/429 answers are in the published schema with the Problem body."""
    spec = requests.get(f"{server.base}/openapi.json").json()
    push = spec["paths"]["/v1/push"]["post"]["responses"]
    for code in ("401", "403", "413", "422", "503"):
        ref = push[code]["content"]["application/json"]["schema"]["$ref"]
        assert ref.endswith("/Problem")
    assert "429" in spec["paths"]["/v1/enrol"]["post"]["responses"]


def test_reports_read_the_reports_database(
    pg: PgCluster, server: ServerProcess, server_db: str, engine: Engine
) -> None:
    """With --reports-database-url the reports read that database (a replica), pushes the main."""
    replica = pg.createdb("r" + uuid.uuid4().hex[:12])
    server_cmd(replica, "db", "upgrade")
    proc = ServerProcess(server_db, extra=("--reports-database-url", replica)).start()
    try:
        hq = unique_code("H")
        store.add_branch(engine, code=hq)
        code = store.make_enrol_code(
            engine, branch_code=hq, counter_code="H1", role=store.ROLE_HEAD_OFFICE
        )
        token = requests.post(f"{proc.base}/v1/enrol", json={"code": code, "device_id": new_id()})
        ho = {"Authorization": f"Bearer {token.json()['token']}"}
        branch = unique_code()
        store.add_branch(engine, code=branch)
        code = store.make_enrol_code(engine, branch_code=branch, counter_code="C1")
        token = requests.post(f"{proc.base}/v1/enrol", json={"code": code, "device_id": new_id()})
        counter = {"Authorization": f"Bearer {token.json()['token']}"}
        bill = full_row("invoice", **invoice(branch, "C1", 1))
        change = {
            "id": new_id(),
            "table": "invoice",
            "row_id": bill["id"],
            "op": "insert",
            "version": "1735700000000-0000-aaaa",
            "payload": bill,
        }
        pushed = requests.post(f"{proc.base}/v1/push", json={"changes": [change]}, headers=counter)
        assert pushed.json()["results"][0]["result"] == "applied"
        params = {"day_from": bill["shop_day"], "day_to": bill["shop_day"]}
        main = requests.get(f"{server.base}/v1/reports/sales", params=params, headers=ho)
        assert branch in {row["branch"] for row in main.json()}
        r = requests.get(f"{proc.base}/v1/reports/sales", params=params, headers=ho)
        assert r.status_code == 200 and r.json() == []  # the (empty) replica
    finally:
        proc.stop()

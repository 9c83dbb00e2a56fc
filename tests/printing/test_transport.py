"""Printer transport: file and TCP delivery of exact bytes, and clear errors when a printer is away."""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

import pytest

from jewelpos.domain.errors import EnvironmentProblem, PrinterUnavailable, ValidationError
from jewelpos.printing.transport import PrinterTarget, parse_target, send

PAYLOAD = bytes(range(256)) * 40 + b"\x1b@\x1dV\x42\x00"


def test_parse_targets() -> None:
    """Every address form parses; bad ones are validation errors naming the printer setting."""
    assert parse_target("tcp://192.168.1.50:9100") == PrinterTarget("tcp", "192.168.1.50", 9100)
    assert parse_target("tcp://printer.local") == PrinterTarget("tcp", "printer.local", 9100)
    assert parse_target("TCP://[::1]:9101") == PrinterTarget("tcp", "::1", 9101)
    assert parse_target("file:/tmp/out.prn") == PrinterTarget("file", "/tmp/out.prn")
    assert parse_target("file:///tmp/out.prn") == PrinterTarget("file", "/tmp/out.prn")
    assert parse_target("dev:/dev/usb/lp0") == PrinterTarget("dev", "/dev/usb/lp0")
    assert parse_target("win:TSC TE244") == PrinterTarget("win", "TSC TE244")
    for bad in ("192.168.1.50", "lpt:1", "tcp://", "tcp://host:99999", "file:", "win:  "):
        with pytest.raises(ValidationError) as err:
            parse_target(bad)
        assert err.value.field == "printer"


def test_file_target_writes_exact_bytes(tmp_path: Path) -> None:
    """A file: printer receives the document byte for byte."""
    out = tmp_path / "slip.bin"
    send(PAYLOAD, f"file:{out}")
    assert out.read_bytes() == PAYLOAD


def test_file_target_in_missing_folder_is_printer_unavailable(tmp_path: Path) -> None:
    """A file printer whose folder is gone is an environment problem, not a crash."""
    with pytest.raises(PrinterUnavailable) as err:
        send(b"x", f"file:{tmp_path / 'gone' / 'slip.bin'}")
    assert isinstance(err.value, EnvironmentProblem)
    assert err.value.code == "printer_unavailable"


def test_missing_device_is_printer_unavailable_and_not_created(tmp_path: Path) -> None:
    """dev: never creates a plain file where the USB device should be."""
    device = tmp_path / "lp0"
    with pytest.raises(PrinterUnavailable):
        send(b"x", f"dev:{device}")
    assert not device.exists()


def test_tcp_closed_port_fails_fast_with_cashier_message() -> None:
    """Nothing listening on 127.0.0.1: PrinterUnavailable within a second, in words a cashier reads."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(PrinterUnavailable) as err:
        send(PAYLOAD, f"tcp://127.0.0.1:{port}", timeout=2.0, document="bill")
    assert time.monotonic() - started < 1.0
    assert err.value.message == (
        f"Printer at 127.0.0.1:{port} is not answering. The bill is saved; "
        "print it again from Reprint when the printer is on."
    )
    assert err.value.params["printer"] == f"tcp://127.0.0.1:{port}"


def test_tcp_listener_receives_exact_bytes() -> None:
    """A raw port-9100 style listener on 127.0.0.1 gets every byte, then the connection closes."""
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    received = bytearray()

    def accept() -> None:
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(4096):
                received.extend(chunk)

    worker = threading.Thread(target=accept)
    worker.start()
    try:
        send(PAYLOAD, PrinterTarget("tcp", "127.0.0.1", port), timeout=5.0)
        worker.join(5)
    finally:
        server.close()
    assert not worker.is_alive()
    assert bytes(received) == PAYLOAD


def test_tcp_printer_that_never_reads_times_out() -> None:
    """A printer that accepts but stalls (buffer full) raises after the timeout instead of hanging."""
    server = socket.create_server(("127.0.0.1", 0))
    server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    port = server.getsockname()[1]
    try:
        started = time.monotonic()
        with pytest.raises(PrinterUnavailable):
            send(b"\x00" * 50_000_000, f"tcp://127.0.0.1:{port}", timeout=0.5)
        assert time.monotonic() - started < 5
    finally:
        server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="checks the message on other systems")
def test_windows_queue_elsewhere_says_not_available_here() -> None:
    """win: targets on Linux/macOS give a clear 'Windows only' printer error."""
    with pytest.raises(PrinterUnavailable) as err:
        send(b"x", "win:TSC TE244")
    assert "only be used on Windows" in err.value.message

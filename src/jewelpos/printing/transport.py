"""Send printer bytes to a network port, a file, a device path or a Windows queue, with timeouts."""

from __future__ import annotations

import os
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from jewelpos.domain.errors import PrinterUnavailable, ValidationError

DEFAULT_PORT = 9100
KINDS = ("tcp", "file", "dev", "win")


@dataclass(frozen=True, slots=True)
class PrinterTarget:
    """Where bytes go: ``tcp`` host:port, a ``file`` or ``dev`` path, or a ``win`` queue name."""

    kind: str
    address: str
    port: int = DEFAULT_PORT

    def __str__(self) -> str:
        if self.kind == "tcp":
            host = f"[{self.address}]" if ":" in self.address else self.address
            return f"tcp://{host}:{self.port}"
        return f"{self.kind}:{self.address}"

    @property
    def where(self) -> str:
        """How a cashier would name the printer."""
        if self.kind == "tcp":
            return f"{self.address}:{self.port}"
        if self.kind == "win":
            return f'"{self.address}"'
        return self.address


def parse_target(text: str) -> PrinterTarget:
    """``tcp://host:9100``, ``file:/path``, ``dev:/dev/usb/lp0`` or ``win:Printer Name``."""
    raw = text.strip()
    scheme, sep, rest = raw.partition(":")
    scheme = scheme.lower()
    if not sep or scheme not in KINDS:
        raise ValidationError(
            "printer", "must start with tcp://, file:, dev: or win: (e.g. tcp://192.168.1.50:9100)"
        )
    if scheme == "tcp":
        parts = urlsplit(raw)
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError as exc:
            raise ValidationError(
                "printer", "has a port that is not a number from 1 to 65535"
            ) from exc
        if not parts.hostname or parts.path not in ("", "/"):
            raise ValidationError("printer", "needs a host, e.g. tcp://192.168.1.50:9100")
        return PrinterTarget("tcp", parts.hostname, port)
    if scheme == "file" and rest.startswith("///"):
        rest = rest[2:]
    if not rest.strip():
        raise ValidationError(
            "printer", f"needs a {'name' if scheme == 'win' else 'path'} after {scheme}:"
        )
    return PrinterTarget(scheme, rest.strip() if scheme == "win" else rest)


def _unavailable(target: PrinterTarget, reason: str, document: str) -> PrinterUnavailable:
    return PrinterUnavailable(
        f"Printer at {target.where} is not answering. The {document} is saved; "
        "print it again from Reprint when the printer is on.",
        printer=str(target),
        reason=reason,
    )


def _send_tcp(data: bytes, target: PrinterTarget, timeout: float) -> None:
    with socket.create_connection((target.address, target.port), timeout=timeout) as sock:
        sock.settimeout(timeout)
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)


def _write_path(data: bytes, path: Path, timeout: float, *, device: bool) -> None:
    """Write in a helper thread: a stuck USB or serial device must not freeze the counter."""
    outcome: list[BaseException | None] = []

    def work() -> None:
        try:
            if device:
                # no O_CREAT: a missing device must fail, not become a file in /dev
                fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
                try:
                    view = memoryview(data)
                    while view:
                        view = view[os.write(fd, view) :]
                finally:
                    os.close(fd)
            else:
                path.write_bytes(data)
            outcome.append(None)
        except BaseException as exc:  # reported to the caller below
            outcome.append(exc)

    worker = threading.Thread(target=work, name="jewelpos-print", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise TimeoutError(f"writing to {path} did not finish in {timeout:g} s")
    if outcome and outcome[0] is not None:
        raise outcome[0]


def _send_windows(data: bytes, target: PrinterTarget) -> None:
    if sys.platform != "win32":
        raise PrinterUnavailable(
            f"Windows printer {target.where} can only be used on Windows. "
            "Choose a network (tcp://), device (dev:) or file (file:) printer here.",
            printer=str(target),
            reason="not_windows",
        )
    import win32print  # pywin32, Windows only

    handle = win32print.OpenPrinter(target.address)
    try:
        win32print.StartDocPrinter(handle, 1, ("JewelPOS", None, "RAW"))
        try:
            win32print.StartPagePrinter(handle)
            win32print.WritePrinter(handle, data)
            win32print.EndPagePrinter(handle)
        finally:
            win32print.EndDocPrinter(handle)
    finally:
        win32print.ClosePrinter(handle)


def send(
    data: bytes,
    target: PrinterTarget | str,
    *,
    timeout: float = 5.0,
    document: str = "document",
) -> None:
    """Deliver ``data`` or raise PrinterUnavailable; the caller keeps the document to retry.

    ``document`` names what was printed in the cashier's message ("bill", "tag", "estimate").
    """
    if isinstance(target, str):
        target = parse_target(target)
    try:
        if target.kind == "tcp":
            _send_tcp(data, target, timeout)
        elif target.kind == "file":
            _write_path(data, Path(target.address), timeout, device=False)
        elif target.kind == "dev":
            _write_path(data, Path(target.address), timeout, device=True)
        else:
            _send_windows(data, target)
    except PrinterUnavailable:
        raise
    except (OSError, TimeoutError) as exc:
        raise _unavailable(target, str(exc) or type(exc).__name__, document) from exc
    except Exception as exc:  # pywin32 raises its own pywintypes.error
        if type(exc).__name__ == "error" and target.kind == "win":
            raise _unavailable(target, str(exc), document) from exc
        raise

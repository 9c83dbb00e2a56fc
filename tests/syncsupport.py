"""Real parts for sync tests: a throwaway PostgreSQL cluster, a jewelpos-server process, a faulty
HTTP proxy between counters and server, and counters set up with their own identity."""

from __future__ import annotations

import http.client
import itertools
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter as Tally
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import requests

PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name)
    if not found:
        raise RuntimeError("PostgreSQL server binaries not found (apt-get install postgresql)")
    return found[-1]


class PgCluster:
    """initdb + pg_ctl on a free port on 127.0.0.1 (as the postgres user when we are root)."""

    def __init__(self) -> None:
        self.bin = _pg_bin()
        self.dir = Path(tempfile.mkdtemp(prefix="jewelpos-pg-"))
        self.port = free_port()
        self.as_root = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        cmd = " ".join(args)
        if self.as_root:
            subprocess.run(["su", "postgres", "-c", cmd], check=True, capture_output=True)
        else:
            subprocess.run(cmd, shell=True, check=True, capture_output=True)

    def start(self) -> PgCluster:
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")
        data = self.dir / "data"
        self._run(
            f"{self.bin}/initdb",
            f"-D {data}",
            "-U postgres -A trust -E UTF8 --locale=C.UTF-8",
        )
        self._run(
            f"{self.bin}/pg_ctl",
            f"-D {data}",
            f"-o '-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off'",
            f"-l {self.dir}/log",
            "-w start",
        )
        return self

    def createdb(self, name: str) -> str:
        self._run(f"{self.bin}/createdb", f"-h 127.0.0.1 -p {self.port} -U postgres {name}")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        try:
            self._run(f"{self.bin}/pg_ctl", f"-D {self.dir}/data", "-m immediate -w stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def server_cmd(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``jewelpos-server --database-url URL ARGS`` and return the finished process."""
    return subprocess.run(
        [PYTHON, "-m", "jewelpos.server.cli", "--database-url", url, *args],
        check=True,
        capture_output=True,
        text=True,
    )


class ServerProcess:
    """``jewelpos-server serve`` on 127.0.0.1 in its own process; restartable."""

    def __init__(
        self,
        url: str,
        port: int | None = None,
        *,
        extra: tuple[str, ...] = ("--enrol-per-minute", "100000"),
    ) -> None:
        """``extra``: more ``serve`` options (tests enrol many devices from one address, so
        the enrolment throttle is lifted unless a test asks for it)."""
        self.url = url
        self.port = port or free_port()
        self.extra = extra
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = Path(tempfile.mkstemp(prefix="jewelpos-server-", suffix=".log")[1])

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ServerProcess:
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [
                    PYTHON,
                    "-m",
                    "jewelpos.server.cli",
                    "--database-url",
                    self.url,
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    *self.extra,
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text()[-2000:]}")
            try:
                if requests.get(f"{self.base}/health", timeout=0.5).status_code == 200:
                    return self
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("server did not start in 20 s")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()


@dataclass
class Faults:
    """Probabilities of each fault per request, and a tally of what was done."""

    drop_request: float = 0.0
    drop_response: float = 0.0
    duplicate: float = 0.0
    delay: float = 0.0
    seed: int = 7
    done: Tally[str] = field(default_factory=Tally)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.lock = threading.Lock()

    def pick(self) -> str:
        with self.lock:
            x = self.rng.random()
            for name in ("drop_request", "drop_response", "duplicate", "delay"):
                p = float(getattr(self, name))
                if x < p:
                    self.done[name] += 1
                    return name
                x -= p
            self.done["pass"] += 1
            return "pass"


_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


class FaultyProxy:
    """An HTTP proxy on 127.0.0.1 that drops requests, drops responses after the server has
    answered (so it committed), sends a request twice, or delays it; /health passes untouched."""

    def __init__(self, upstream_port: int, faults: Faults) -> None:
        self.upstream_port = upstream_port
        self.faults = faults
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _forward(self, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
                conn = http.client.HTTPConnection("127.0.0.1", proxy.upstream_port, timeout=60)
                try:
                    headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
                    conn.request(self.command, self.path, body=body or None, headers=headers)
                    resp = conn.getresponse()
                    data = resp.read()
                    return resp.status, resp.getheaders(), data
                finally:
                    conn.close()

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                fault = "pass" if self.path.startswith("/health") else proxy.faults.pick()
                if fault == "drop_request":
                    self.close_connection = True
                    return
                if fault == "delay":
                    time.sleep(proxy.faults.rng.uniform(0.05, 0.3))
                try:
                    status, headers, data = self._forward(body)
                    if fault == "duplicate":
                        status, headers, data = self._forward(body)
                except OSError:
                    self.close_connection = True
                    return
                if fault == "drop_response":
                    self.close_connection = True
                    return
                self.send_response(status)
                for k, v in headers:
                    if k.lower() not in _HOP:
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = _handle
            do_POST = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = int(self.server.server_address[1])
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultyProxy:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# --- counters ---------------------------------------------------------------------------------

RATES = {("gold", 916): "7150.00", ("gold", 999): "7700.00", ("silver", 925): "95.00"}


@dataclass
class CounterDb:
    """A migrated counter database, set up as its own shop/branch/counter, with rates of the day."""

    path: Path
    data_dir: Path
    services: Any
    owner: Any

    def bill(self, *, gross_mg: int = 10_000) -> Any:
        """Tag a new 22K chain piece and sell it on a real bill paid by UPI; returns SavedBill."""
        from decimal import Decimal

        from jewelpos.services.stock import NewPiece

        cat = next(c for c in self.services.stock.categories() if c.code == "CHAIN")
        piece = self.services.stock.add_piece(
            NewPiece(category_id=cat.id, metal="gold", purity=916, gross_mg=gross_mg),
            by=self.owner,
        )
        return self.sell(piece.tag_code, amount=None, extra=Decimal(0))

    def sell(self, tag_code: str, *, amount: Any = None, extra: Any = 0) -> Any:
        from jewelpos.services.billing import BillDraft, PaymentEntry, PaymentMode

        line = self.services.billing.line_for_code(tag_code)
        due = self.services.billing.quote(BillDraft(lines=(line,)), customer=None).net_payable
        draft = BillDraft(
            lines=(line,),
            payments=(
                PaymentEntry(key="p1", mode=PaymentMode.UPI, amount=due, reference="UPI4471"),
            ),
        )
        return self.services.billing.save_bill(draft, by=self.owner)

    def close(self) -> None:
        self.services.engine.dispose()


def piece_in(counter: CounterDb, *, gross_mg: int = 3_000) -> Any:
    """A NewPiece: a 22K chain of the counter's CHAIN category."""
    from jewelpos.services.stock import NewPiece

    cat = next(c for c in counter.services.stock.categories() if c.code == "CHAIN")
    return NewPiece(category_id=cat.id, metal="gold", purity=916, gross_mg=gross_mg)


def make_counter(folder: Path, *, branch_code: str, counter_code: str) -> CounterDb:
    """A counter with its own ids (first-run setup run for it), rates set for today."""
    from dataclasses import replace
    from decimal import Decimal

    from factories import SHOP, migrated_db, services_for, user_named
    from jewelpos.domain.clock import SystemClock, shop_today

    folder.mkdir(parents=True, exist_ok=True)
    db = migrated_db(folder / "jewelpos.sqlite3")
    services = services_for(db, SystemClock())
    services.setup.initialise(replace(SHOP, branch_code=branch_code, counter_code=counter_code))
    owner = user_named(services, SHOP.owner_username)
    services.rates.set_rates(
        shop_today(services.clock), {k: Decimal(v) for k, v in RATES.items()}, by=owner
    )
    return CounterDb(path=db, data_dir=folder, services=services, owner=owner)


def enrol(counter: CounterDb, *, server_url: str, db_url: str, branch: str, code_for: str) -> Any:
    """Make a code on the server (CLI) and enrol the counter with it through ``server_url``."""
    from jewelpos.sync.client import SyncError, enrol_counter

    code = server_cmd(db_url, "enrol-code", branch, code_for).stdout.strip()
    for _ in range(20):  # the proxy may eat the answer: spending the same code again is fine
        try:
            return enrol_counter(
                counter.path,
                counter.data_dir,
                server_url,
                code,
                token_backend="file",
                check_codes=False,  # test counters are B1/C1 locally; server codes are unique
            )
        except SyncError as e:
            if e.kind != "offline":
                raise
    raise AssertionError("could not enrol through the proxy")


_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_UNIQUE = itertools.count(random.randrange(len(_ALNUM) ** 2))


def unique_code(prefix: str = "B") -> str:
    """A branch code no other test uses (server databases are shared within a session): the
    prefix and two more characters, so it fits the 3-character limit of branch codes."""
    n = next(_UNIQUE)
    return prefix + _ALNUM[n // len(_ALNUM) % len(_ALNUM)] + _ALNUM[n % len(_ALNUM)]


def short_branch(engine: Any, *, name: str = "") -> str:
    """A new server branch with a 3-character code (the longest a counter accepts)."""
    from sqlalchemy.exc import IntegrityError

    from jewelpos.server import store

    for _ in range(50):
        code = "Q" + "".join(random.choice("ABCDEFGHJKMNPRSTUVWXYZ23456789") for _ in range(2))
        try:
            store.add_branch(engine, code=code, name=name)
        except IntegrityError:
            continue
        return code
    raise AssertionError("no free branch code")

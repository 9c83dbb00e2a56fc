"""Sync benchmark: push 100,000 outbox changes, then a first pull of 200,000 catalogue rows.

Starts its own throwaway PostgreSQL cluster and ``jewelpos-server serve`` on 127.0.0.1, makes
a counter database whose outbox holds the changes (customers written with change capture),
enrols it and times ``push_all`` in a child process; head office then holds 200,000 category
rows (master data) and a second, fresh counter times its first ``pull_all`` of the master
stream, again in a child process. Peak memory is each child's ``ru_maxrss``; the server's is
its VmHWM. Sizes: $JEWELPOS_BENCH_PUSH (default 100000), $JEWELPOS_BENCH_PULL (200000).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import emit

BENCH = "sync"
PYTHON = sys.executable


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Postgres:
    """A throwaway cluster (as the postgres user when run as root)."""

    def __init__(self) -> None:
        found = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name)
        if not found:
            raise SystemExit("PostgreSQL server binaries not found (apt-get install postgresql)")
        self.bin = found[-1]
        self.dir = Path(tempfile.mkdtemp(prefix="jewelpos-bench-pg-"))
        self.port = _free_port()
        self.root = os.geteuid() == 0

    def _run(self, cmd: str) -> None:
        args = ["su", "postgres", "-c", cmd] if self.root else ["sh", "-c", cmd]
        subprocess.run(args, check=True, capture_output=True)

    def start(self) -> str:
        if self.root:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run(
            f"{self.bin}/initdb -D {self.dir}/data -U postgres -A trust -E UTF8 --locale=C.UTF-8"
        )
        self._run(
            f"{self.bin}/pg_ctl -D {self.dir}/data -l {self.dir}/log -w start "
            f"-o '-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir}'"
        )
        self._run(f"{self.bin}/createdb -h 127.0.0.1 -p {self.port} -U postgres bench")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/bench"

    def stop(self) -> None:
        try:
            self._run(f"{self.bin}/pg_ctl -D {self.dir}/data -m fast -w stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def _server(url: str, port: int) -> subprocess.Popen[bytes]:
    cmd = [PYTHON, "-m", "jewelpos.server.cli", "--database-url", url]
    subprocess.run([*cmd, "db", "upgrade"], check=True, capture_output=True)
    proc = subprocess.Popen(
        [*cmd, "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import requests

    for _ in range(400):
        try:
            if requests.get(f"http://127.0.0.1:{port}/health", timeout=0.5).ok:
                return proc
        except requests.RequestException:
            time.sleep(0.05)
    proc.terminate()
    raise SystemExit("server did not start")


def _vm_hwm_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _counter(folder: Path, *, branch: str, counter: str) -> Path:
    """A migrated, set-up counter database in ``folder``."""
    from jewelpos.db.engine import make_engine
    from jewelpos.db.migrate import upgrade_database
    from jewelpos.services import build_services
    from jewelpos.services.setup import ShopSetup

    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "jewelpos.sqlite3"
    upgrade_database(db, folder / "backups", keep=1)
    engine = make_engine(db)
    services = build_services(engine)
    services.setup.initialise(
        ShopSetup(
            shop_name="Bench Jewellers",
            legal_name="",
            gstin="",
            state_code="27",
            address="",
            city="Pune",
            pin_code="",
            phone="",
            branch_code=branch,
            branch_name="Bench",
            counter_code=counter,
            owner_username="owner",
            owner_name="Owner",
            owner_pin="1111",
        )
    )
    engine.dispose()
    return db


def _fill_outbox(db: Path, n: int) -> None:
    """``n`` customers written with change capture: ``n`` outbox changes (plus setup's)."""
    from jewelpos.db.engine import make_engine, make_session_factory
    from jewelpos.db.models import Customer
    from jewelpos.db.outbox import bulk_insert

    engine = make_engine(db)
    factory = make_session_factory(engine)
    with factory() as s:
        for start in range(0, n, 10_000):
            rows = [
                {
                    "mobile": f"9{i:09d}",
                    "name": f"Customer {i}",
                    "name_key": f"customer {i}",
                    "city": "Pune",
                    "address": f"{i} Laxmi Road, Pune 411030",
                }
                for i in range(start, min(n, start + 10_000))
            ]
            bulk_insert(s, Customer, rows)
        s.commit()
    engine.dispose()


def _master_rows(url: str, n: int) -> None:
    from jewelpos.server.db import make_server_engine
    from jewelpos.server.store import put_master_rows

    engine = make_server_engine(url)
    version = "1735700000000-0000-ho"
    now = "2025-06-01T00:00:00+00:00"
    for start in range(0, n, 10_000):
        rows = [
            {
                "id": f"00000000-0000-7000-8000-{i:012d}",
                "code": f"D{i:07d}",
                "name": f"Design {i}",
                "name_hi": "",
                "metal": "gold",
                "default_purity": 916,
                "hsn": "7113",
                "wastage_bp": 1200,
                "wastage_on": "value",
                "making_kind": "per_g",
                "making_value": 45000,
                "active": True,
                "branch_id": "head-office",
                "device_id": "head-office",
                "created_at": now,
                "updated_at": now,
                "version": version,
            }
            for i in range(start, min(n, start + 10_000))
        ]
        put_master_rows(engine, "category", rows, version=version)
    engine.dispose()


def _child(mode: str, db: str, data_dir: str) -> None:
    """Timed part, in its own process so ru_maxrss is this phase's peak."""
    from jewelpos.sync.client import open_transport, pull_all, push_all
    from jewelpos.sync.state import SyncStore

    store = SyncStore(Path(db))
    transport = open_transport(store, Path(data_dir), token_backend="file")
    t0 = time.perf_counter()
    if mode == "push":
        done = push_all(store, transport).sent
        left = store.unsent_count()
    else:
        done = pull_all(store, transport, streams=("master",), limit=5000)
        left = 0
    elapsed = time.perf_counter() - t0
    transport.close()
    store.close()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"done": done, "left": left, "seconds": elapsed, "maxrss_kb": rss_kb}))


def _timed(mode: str, db: Path, data_dir: Path) -> dict[str, Any]:
    out = subprocess.run(
        [PYTHON, __file__, "--child", mode, str(db), str(data_dir)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "JEWELPOS_TOKEN_STORE": "file"},
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    push_n = _int_env("JEWELPOS_BENCH_PUSH", 100_000)
    pull_n = _int_env("JEWELPOS_BENCH_PULL", 200_000)
    os.environ["JEWELPOS_TOKEN_STORE"] = "file"
    from jewelpos.server.db import make_server_engine
    from jewelpos.server.store import add_branch, make_enrol_code
    from jewelpos.sync.client import enrol_counter

    work = Path(tempfile.mkdtemp(prefix="jewelpos-bench-sync-"))
    pg = Postgres()
    url = pg.start()
    port = _free_port()
    server = _server(url, port)
    base = f"http://127.0.0.1:{port}"
    try:
        engine = make_server_engine(url)
        add_branch(engine, code="B1")
        codes = [make_enrol_code(engine, branch_code="B1", counter_code=c) for c in ("C1", "C2")]
        engine.dispose()

        pusher = _counter(work / "push", branch="B1", counter="C1")
        _fill_outbox(pusher, push_n)
        enrol_counter(pusher, pusher.parent, base, codes[0], token_backend="file")
        push = _timed("push", pusher, pusher.parent)
        if push["left"]:
            raise SystemExit(f"push left {push['left']} changes unsent")
        emit(
            BENCH,
            "push_changes_per_s",
            round(push["done"] / push["seconds"]),
            "changes/s",
            changes=push["done"],
            seconds=round(push["seconds"], 2),
            peak_rss_mb=round(push["maxrss_kb"] / 1024, 1),
            server_peak_rss_mb=round(_vm_hwm_kb(server.pid) / 1024, 1),
            target=10000,  # issue 10 point 6
        )

        _master_rows(url, pull_n)
        puller = _counter(work / "pull", branch="B1", counter="C2")
        enrol_counter(puller, puller.parent, base, codes[1], token_backend="file")
        pull = _timed("pull", puller, puller.parent)
        if pull["done"] < pull_n:
            raise SystemExit(f"pull applied {pull['done']} of {pull_n} rows")
        emit(
            BENCH,
            "pull_rows_per_s",
            round(pull["done"] / pull["seconds"]),
            "rows/s",
            rows=pull["done"],
            seconds=round(pull["seconds"], 2),
            peak_rss_mb=round(pull["maxrss_kb"] / 1024, 1),
            server_peak_rss_mb=round(_vm_hwm_kb(server.pid) / 1024, 1),
            target=50000,  # issue 10 point 6
        )
    finally:
        server.terminate()
        server.wait(10)
        pg.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3], sys.argv[4])
        sys.exit(0)
    sys.exit(main())

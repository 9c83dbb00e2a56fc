"""Startup benchmark: process start to a usable login window (offscreen) on the shop-sized database.

Each run spawns a fresh interpreter that builds the counter with ``jewelpos.app.build_app``
up to the shown login dialog, lets the event loop process what is pending (layout, paint),
checks that the dialog is visible and lists the users, and reports the moment it was ready.
The figure is that moment less the moment just before the parent spawned the process, both
on the system-wide monotonic clock, so interpreter start and every import are included and
the child's shutdown is not. Prints the median of the runs, with every run's value.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import emit, ensure_shop, median, runs, shop_counts

BENCH = "startup"
TIMEOUT_S = 120

CHILD = r"""
import json, os, sys, time
from pathlib import Path

from jewelpos.app import build_app
from jewelpos.config import load_settings

counter = build_app(load_settings(Path(sys.argv[1])))
from PySide6.QtCore import QEventLoop, QTimer

# A local loop: QApplication.quit() would close the windows (Qt 6). The timer fires after the
# events already posted (show, layout, paint) have been handled.
loop = QEventLoop()
QTimer.singleShot(0, loop.quit)
loop.exec()
ready_ns = time.monotonic_ns()
dialog = counter.shell.login_dialog
report = {
    "ready_ns": ready_ns,
    "visible": bool(dialog is not None and dialog.isVisible()),
    "users": 0 if dialog is None else dialog.user_list.count(),
}
print(json.dumps(report), flush=True)
counter.close()
os._exit(0)
"""


def one_run(home: Path) -> tuple[float, dict[str, object]]:
    """Milliseconds from just before spawning the process to its login window being ready."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start_ns = time.monotonic_ns()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(home)],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    if proc.returncode != 0:
        raise SystemExit(f"startup run failed (exit {proc.returncode}):\n{proc.stderr}")
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    report = json.loads(lines[-1])
    if not report["visible"] or not report["users"]:
        raise SystemExit(f"the login window was not usable: {report}\n{proc.stderr}")
    return (int(report["ready_ns"]) - start_ns) / 1e6, report


def main() -> int:
    home = ensure_shop()
    pieces, customers = shop_counts(home)
    values = [round(one_run(home)[0], 1) for _ in range(runs())]
    emit(
        BENCH,
        "startup_to_login_ms",
        round(median(values), 1),
        "ms",
        runs=values,
        pieces=pieces,
        customers=customers,
        offscreen=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

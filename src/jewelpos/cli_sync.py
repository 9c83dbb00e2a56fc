"""`jewelpos sync enrol URL CODE | run | status | release`: the counter's sync commands (from cli)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def add_sync_parser(
    sub: Any, settings_of: Callable[[argparse.Namespace], Any], add_data_dir: Callable[..., None]
) -> None:
    """Add the `sync` command group to the `jewelpos` sub-parsers."""
    sync = sub.add_parser("sync", help="sync with head office", description="sync with head office")
    ss = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    enrol = ss.add_parser("enrol", help="connect this counter with a one-time code")
    enrol.add_argument("url", help="head-office address, e.g. https://ho.example.in")
    enrol.add_argument("code", help="one-time code from `jewelpos-server enrol-code`")
    add_data_dir(enrol)
    enrol.set_defaults(func=lambda a: _enrol(a, settings_of(a)))

    run = ss.add_parser("run", help="sync once; exit 0 only when nothing is left unsent")
    add_data_dir(run)
    run.set_defaults(func=lambda a: _run(a, settings_of(a)))

    status = ss.add_parser("status", help="print the sync status as JSON")
    add_data_dir(status)
    status.set_defaults(func=lambda a: _status(a, settings_of(a)))

    release = ss.add_parser("release", help="send quarantined (rejected) changes again")
    add_data_dir(release)
    release.set_defaults(func=lambda a: _release(a, settings_of(a)))


def _db(settings: Any) -> Path:
    path: Path = settings.db_path
    if not path.exists():
        raise SystemExit(f"error: no database at {path}")
    return path


def _enrol(args: argparse.Namespace, settings: Any) -> int:
    from jewelpos.db.migrate import upgrade_database
    from jewelpos.sync.client import SyncError, enrol_counter

    upgrade_database(_db(settings), settings.backups_dir, keep=settings.backups_to_keep)
    try:
        done = enrol_counter(settings.db_path, settings.data_dir, args.url, args.code)
    except SyncError as e:
        print(f"error: {e.message}", file=sys.stderr)
        return 2
    print(
        json.dumps(
            {
                "server_url": done.server_url,
                "branch_code": done.branch_code,
                "counter_code": done.counter_code,
                "branch_name": done.branch_name,
                "device_id": done.device_id,
                "token_store": done.token_store,
            }
        )
    )
    return 0


def _run(args: argparse.Namespace, settings: Any) -> int:
    from jewelpos.db.migrate import upgrade_database
    from jewelpos.sync.client import SyncError
    from jewelpos.sync.lock import SyncBusy
    from jewelpos.sync.worker import sync_locked

    upgrade_database(_db(settings), settings.backups_dir, keep=settings.backups_to_keep)
    try:
        report = sync_locked(settings.db_path, settings.data_dir)
    except SyncBusy as e:
        print(f"error: {e.message}", file=sys.stderr)
        return 3
    except SyncError as e:
        print(f"error: {e.message}", file=sys.stderr)
        return 1
    print(
        json.dumps(
            {
                "pushed": report.pushed,
                "rejected": report.rejected,
                "pulled": report.pulled,
                "unsent": report.unsent,
            }
        )
    )
    return 0 if report.unsent == 0 else 1


def _status(args: argparse.Namespace, settings: Any) -> int:
    from jewelpos.db.engine import make_engine
    from jewelpos.db.migrate import upgrade_database
    from jewelpos.services import build_services

    upgrade_database(_db(settings), settings.backups_dir, keep=settings.backups_to_keep)
    engine = make_engine(settings.db_path)
    try:
        services = build_services(engine)
        from jewelpos.services.sync_status import SyncStatusService

        status = SyncStatusService(services.uow, services.clock).status()
    finally:
        engine.dispose()
    print(json.dumps(status.as_dict(), indent=2))
    return 0


def _release(args: argparse.Namespace, settings: Any) -> int:
    from jewelpos.sync.state import SyncStore

    store = SyncStore(_db(settings))
    try:
        print(json.dumps({"released": store.release_quarantine()}))
    finally:
        store.close()
    return 0

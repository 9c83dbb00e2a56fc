"""`jewelpos-server` commands: db upgrade, serve, branch add, enrol-code, devices, revoke,
quarantine, report."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import Engine

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.numbering import validate_branch_code, validate_counter_code
from jewelpos.server import reports, store
from jewelpos.server.db import ENV_URL, database_url, make_server_engine, upgrade

_CODE_LABELS = {"branch_code": "Branch code", "counter_code": "Counter code"}


def _engine(args: argparse.Namespace) -> Engine:
    return make_server_engine(database_url(args.database_url))


def _cmd_upgrade(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    print(f"database {engine.url.render_as_string(hide_password=True)} is at the latest schema")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from jewelpos.server import settings as st
    from jewelpos.server.db import ENV_POOL_SIZE

    url = database_url(args.database_url)
    if args.upgrade:
        engine = make_server_engine(url)
        try:
            upgrade(engine)
        finally:
            engine.dispose()
    # every worker process builds its app from the environment (app_from_env)
    os.environ[ENV_URL] = url
    os.environ[ENV_POOL_SIZE] = str(args.pool_size)
    os.environ[st.ENV_MAX_CLOCK_DRIFT_S] = str(args.max_clock_drift_min * 60)
    os.environ[st.ENV_ENROL_PER_MINUTE] = str(args.enrol_per_minute)
    os.environ[st.ENV_BODY_TIMEOUT_S] = str(args.body_timeout)
    if args.reports_database_url:
        os.environ[st.ENV_REPORTS_URL] = database_url(args.reports_database_url)
    uvicorn.run(
        "jewelpos.server.app:app_from_env",
        factory=True,
        workers=args.workers,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        timeout_graceful_shutdown=5,
        timeout_keep_alive=args.keep_alive,
        limit_concurrency=args.limit_concurrency or None,
    )
    return 0


def _cmd_user_add(args: argparse.Namespace) -> int:
    import getpass

    from jewelpos.server import staff

    password = (
        sys.stdin.readline().rstrip("\n")
        if args.password_stdin
        else getpass.getpass("Password for the dashboard: ")
    )
    engine = _engine(args)
    try:
        staff.add_user(engine, username=args.username, password=password, role=args.role)
    except staff.StaffError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(f"dashboard user {args.username.strip().lower()} ({args.role}) added")
    return 0


def _cmd_quarantine(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        print(json.dumps(store.list_quarantine(engine, limit=args.limit), indent=2))
    finally:
        engine.dispose()
    return 0


def _cmd_branch_add(args: argparse.Namespace) -> int:
    validate_branch_code(args.code)  # before connecting: a bad code needs no database
    engine = _engine(args)
    try:
        bid = store.add_branch(engine, code=args.code, name=args.name)
    finally:
        engine.dispose()
    print(json.dumps({"branch_id": bid, "code": args.code.upper()}))
    return 0


def _cmd_enrol_code(args: argparse.Namespace) -> int:
    validate_branch_code(args.branch)
    validate_counter_code(args.counter)
    engine = _engine(args)
    try:
        code = store.make_enrol_code(
            engine,
            branch_code=args.branch,
            counter_code=args.counter,
            role=store.ROLE_HEAD_OFFICE if args.head_office else store.ROLE_COUNTER,
            valid_for=timedelta(hours=args.hours),
        )
    finally:
        engine.dispose()
    print(code)
    print(
        f"one-time code for counter {args.counter.upper()} of branch {args.branch.upper()}, "
        f"valid {args.hours} h",
        file=sys.stderr,
    )
    return 0


def _cmd_devices(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        print(json.dumps(store.list_devices(engine), indent=2))
    finally:
        engine.dispose()
    return 0


def _cmd_revoke(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        device_id = store.revoke(engine, args.device)
    finally:
        engine.dispose()
    print(f"revoked device {device_id}")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        day = date.fromisoformat(args.day)
        if args.kind == "sales":
            out = reports.sales_per_branch_day(engine, day_from=day, day_to=day)
        else:
            out = reports.counter_tally(engine, day=day)
    finally:
        engine.dispose()
    print(json.dumps(out, indent=2))
    return 0


def _cmd_release(args: argparse.Namespace) -> int:
    from jewelpos.server import releases

    engine = _engine(args)
    try:
        if args.release_command == "set":
            try:
                manifest = releases.set_release(engine, args.version, args.url, notes=args.notes)
            except releases.ReleaseRefused as e:
                print(f"error: {e}", file=sys.stderr)
                return 2
        else:
            manifest = releases.get_release(engine) or {}
    finally:
        engine.dispose()
    print(json.dumps(manifest))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jewelpos-server", description="JewelPOS head-office server."
    )
    parser.add_argument(
        "--database-url",
        default=None,
        help=f"SQLAlchemy URL (default: ${ENV_URL}, else a SQLite file here); "
        "postgresql://user@host/db uses psycopg 3",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    db = sub.add_parser("db", help="database maintenance")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    dbsub.add_parser("upgrade", help="migrate to the latest schema").set_defaults(func=_cmd_upgrade)

    serve = sub.add_parser("serve", help="run the HTTP API (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8750)
    serve.add_argument("--pool-size", type=int, default=5)
    serve.add_argument("--log-level", default="warning")
    serve.add_argument("--upgrade", action="store_true", help="migrate the database first")
    serve.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    serve.add_argument(
        "--max-clock-drift-min",
        type=float,
        default=10,
        help="refuse changes stamped more than this many minutes ahead of this clock",
    )
    serve.add_argument(
        "--enrol-per-minute", type=int, default=10, help="enrolment attempts per address"
    )
    serve.add_argument(
        "--body-timeout", type=float, default=30, help="seconds to wait for a body piece"
    )
    serve.add_argument(
        "--keep-alive", type=int, default=5, help="seconds an idle connection stays open"
    )
    serve.add_argument(
        "--limit-concurrency", type=int, default=0, help="most connections at once (0: no limit)"
    )
    serve.add_argument(
        "--reports-database-url",
        default=None,
        help="a separate database for reports, e.g. a read replica (default: the main one)",
    )
    serve.set_defaults(func=_cmd_serve)

    br = sub.add_parser("branch", help="branches")
    brsub = br.add_subparsers(dest="branch_command", metavar="ACTION", required=True)
    add = brsub.add_parser("add", help="add a branch")
    add.add_argument(
        "code", help="branch code used in document numbers: 1-3 letters or digits, e.g. B1"
    )
    add.add_argument("--name", default="")
    add.set_defaults(func=_cmd_branch_add)

    ec = sub.add_parser("enrol-code", help="make a one-time, expiring enrolment code")
    ec.add_argument("branch", help="branch code, e.g. B1")
    ec.add_argument("counter", help="counter code: 1-2 letters or digits, e.g. C2")
    ec.add_argument("--hours", type=int, default=24, help="valid for (default 24 h)")
    ec.add_argument("--head-office", action="store_true", help="a head-office device")
    ec.set_defaults(func=_cmd_enrol_code)

    sub.add_parser("devices", help="list enrolled devices (JSON)").set_defaults(func=_cmd_devices)
    us = sub.add_parser("user", help="head-office dashboard users")
    ussub = us.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    uadd = ussub.add_parser("add", help="add a dashboard user (asks for the password)")
    uadd.add_argument("username")
    uadd.add_argument("--role", choices=["owner", "accounts", "order_manager"], required=True)
    uadd.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    uadd.set_defaults(func=_cmd_user_add)
    qu = sub.add_parser("quarantine", help="changes head office refused, with reasons (JSON)")
    qu.add_argument("--limit", type=int, default=200)
    qu.set_defaults(func=_cmd_quarantine)
    rv = sub.add_parser("revoke", help="revoke a device (by id, or BRANCH/COUNTER)")
    rv.add_argument("device")
    rv.set_defaults(func=_cmd_revoke)

    rel = sub.add_parser("release", help="the counter version manifest (GET /v1/version)")
    relsub = rel.add_subparsers(dest="release_command", metavar="ACTION", required=True)
    rset = relsub.add_parser("set", help="publish the latest counter version and its download")
    rset.add_argument("version", help="e.g. 0.2.0")
    rset.add_argument("url", help="where shops download the installer")
    rset.add_argument("--notes", default="", help="a line about what is new")
    rset.set_defaults(func=_cmd_release)
    relsub.add_parser("show", help="print the published manifest").set_defaults(func=_cmd_release)

    rp = sub.add_parser("report", help="head-office views (JSON)")
    rp.add_argument("kind", choices=["sales", "tally"])
    rp.add_argument("--day", default=date.today().isoformat())
    rp.set_defaults(func=_cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result: int = args.func(args)
    except store.NotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except ValidationError as e:
        label = _CODE_LABELS.get(e.field, e.field)
        print(f"error: {label}: {e.problem}", file=sys.stderr)
        return 2
    return result


if __name__ == "__main__":
    sys.exit(main())

"""`jewelpos` sub-commands: gui (default), setup, db upgrade, demo, backup, restore, estimate, bench."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from jewelpos.config import ENV_HOME, Settings, load_settings, resolve_data_dir

BENCH_DIR_ENV = "JEWELPOS_BENCH_DIR"


def _settings(args: argparse.Namespace) -> Settings:
    data_dir = resolve_data_dir(args.data_dir)
    return load_settings(data_dir)


def _add_data_dir(p: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Sub-commands must not overwrite a --data-dir given before the command name.
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help=f"folder holding this counter's database and settings (default: ${ENV_HOME}, "
        "else the user's data folder)",
    )


def _cmd_gui(args: argparse.Namespace) -> int:
    from jewelpos.app import run_gui

    return run_gui(_settings(args), language=args.language)


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from jewelpos.db.migrate import upgrade_database

    s = _settings(args)
    s.data_dir.mkdir(parents=True, exist_ok=True)
    backup = upgrade_database(s.db_path, s.backups_dir, keep=s.backups_to_keep)
    if backup:
        print(f"backup: {backup}")
    print(f"database: {s.db_path} is at the latest schema")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from jewelpos.db.backup import backup_database

    s = _settings(args)
    if not s.db_path.exists():
        print(f"error: no database at {s.db_path}", file=sys.stderr)
        return 2
    dest = backup_database(
        s.db_path, s.backups_dir, keep=s.backups_to_keep, dest=Path(args.to) if args.to else None
    )
    print(f"backup: {dest}")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from jewelpos.db.backup import restore_database

    s = _settings(args)
    src = Path(args.file)
    if not src.exists():
        print(f"error: no backup file at {src}", file=sys.stderr)
        return 2
    saved = restore_database(src, s.db_path, s.backups_dir)
    if saved:
        print(f"previous database kept as {saved}")
    print(f"restored {src} to {s.db_path} (integrity check passed)")
    from jewelpos.db.series_renewal import RENEWAL_MESSAGE

    print(RENEWAL_MESSAGE)
    return 0


def _cmd_series_renew(args: argparse.Namespace) -> int:
    """After a restore: take the new counter code head office gave; numbering starts again."""
    from jewelpos.db.engine import make_engine
    from jewelpos.db.series_renewal import renew_series
    from jewelpos.services import build_services

    s = _settings(args)
    engine = make_engine(s.db_path)
    try:
        with build_services(engine).uow.begin() as session:
            prefix = renew_series(session, args.code)
    finally:
        engine.dispose()
    print(
        f"this counter's documents are now numbered as counter {prefix}, e.g. I{prefix}/.../00001"
    )
    return 0


def _cmd_support_report(args: argparse.Namespace) -> int:
    """Save a zip of logs, versions and settings (no customer data) for support."""
    from dataclasses import asdict

    from jewelpos.db.engine import make_engine
    from jewelpos.services import build_services
    from jewelpos.services.support import SupportService

    s = _settings(args)
    if not s.db_path.exists():
        print(f"error: no database at {s.db_path}", file=sys.stderr)
        return 2
    engine = make_engine(s.db_path)
    try:
        services = build_services(engine)
        support = SupportService(
            services.uow, services.clock, data_dir=s.data_dir, db_path=s.db_path
        )
        report = support.save_report(Path(args.to) if args.to else s.data_dir, asdict(s))
    finally:
        engine.dispose()
    print(f"support report: {report.path}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from jewelpos.services.demo import build_demo_shop

    s = _settings(args)
    s.data_dir.mkdir(parents=True, exist_ok=True)

    def progress(done: int, total: int, what: str) -> None:
        if sys.stderr.isatty() or args.progress:
            print(
                f"\r{what}: {done}/{total}",
                end="" if done < total else "\n",
                file=sys.stderr,
                flush=True,
            )

    summary = build_demo_shop(
        s, pieces=args.pieces, customers=args.customers, progress=progress, force=args.force
    )
    print(summary)
    return 0


def _read_estimate(name: str, limit: int) -> bytes:
    """The file's bytes (standard input for ``-``), at most ``limit + 1`` of them."""
    if name != "-":
        with Path(name).open("rb") as f:
            return f.read(limit + 1)
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream without bytes beneath (tests, embedding)
        return sys.stdin.read(limit + 1).encode("utf-8", errors="surrogateescape")
    data: bytes = buffer.read(limit + 1)
    return data


def _error_line(text: str) -> str:
    """One printable line, whatever the file put in its keys or values."""
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


def _cmd_estimate(args: argparse.Namespace) -> int:
    from jewelpos.domain.errors import ValidationError
    from jewelpos.domain.estimate_file import price_estimate_file
    from jewelpos.domain.estimate_json import MAX_FILE_BYTES, load_estimate_json

    try:
        raw = _read_estimate(args.file, MAX_FILE_BYTES)
    except OSError as e:
        print(f"error: cannot read {args.file}: {e.strerror}", file=sys.stderr)
        return 2
    try:
        data = load_estimate_json(raw)
        result = price_estimate_file(data)
    except ValidationError as e:
        print(_error_line(f"error: {e.field}: {e.problem}"), file=sys.stderr)
        return 2
    except json.JSONDecodeError as e:
        print(_error_line(f"error: {args.file} is not valid JSON: {e}"), file=sys.stderr)
        return 2
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    """Import stock or customers from CSV/XLSX: dry run lists every bad row; import is all-or-none."""
    from jewelpos.db.engine import make_engine
    from jewelpos.services import build_services
    from jewelpos.services.importing import ImportRefused, parse_map_options

    s = _settings(args)
    if not s.db_path.exists():
        print(f"error: no database at {s.db_path}; set up the counter first", file=sys.stderr)
        return 2
    engine = make_engine(s.db_path)
    try:
        services = build_services(engine)
        table, mapping = services.importing.read(Path(args.file), args.kind)
        mapping.update(parse_map_options(args.map or [], args.kind))
        for header in table.headers:
            field = mapping.get(header)
            print(f"  {header!r} -> {field or '(not imported)'}", file=sys.stderr)
        if args.dry_run:
            report = services.importing.dry_run(Path(args.file), args.kind, mapping)
            for err in report.errors:
                print(str(err))
            print(
                f"{report.total_rows} rows, {report.good_rows} good, "
                f"{len(report.bad_rows)} with problems (dry run: nothing imported)"
            )
            return 0 if report.ok else 1
        managers = [u for u in services.auth.users() if u.can_manage]
        chosen = [u for u in managers if args.user in (None, u.username)]
        if not chosen:
            print(f"error: no owner or manager {args.user or ''}".rstrip(), file=sys.stderr)
            return 2
        user = chosen[0]

        def progress(done: int, total: int) -> bool:
            if args.progress or sys.stderr.isatty():
                end = "\n" if done >= total else ""
                print(f"\rimported {done}/{total}", end=end, file=sys.stderr, flush=True)
            return True

        try:
            result = services.importing.run_import(
                Path(args.file), args.kind, mapping, by=user, progress=progress
            )
        except ImportRefused as refused:
            for err in refused.errors:
                print(str(err))
            print(f"error: {refused.message}", file=sys.stderr)
            return 1
        print(f"imported {result.imported} {args.kind} rows from {Path(args.file).name}")
        return 0
    finally:
        engine.dispose()


def _bench_dir() -> Path:
    env = os.environ.get(BENCH_DIR_ENV)
    if env:
        return Path(env)
    for candidate in (Path.cwd() / "bench", Path(__file__).resolve().parents[2] / "bench"):
        if candidate.is_dir():
            return candidate
    return Path.cwd() / "bench"


def _cmd_bench(args: argparse.Namespace) -> int:
    bench_dir = _bench_dir()
    available = sorted(p.stem.removeprefix("bench_") for p in bench_dir.glob("bench_*.py"))
    if not available:
        print(f"error: no benchmarks found in {bench_dir}", file=sys.stderr)
        return 2
    names = args.names or available
    unknown = [n for n in names if n not in available]
    if unknown:
        print(
            f"error: unknown benchmark {', '.join(unknown)}; available: {', '.join(available)}",
            file=sys.stderr,
        )
        return 2
    env = dict(os.environ)
    if args.data_dir:
        env[ENV_HOME] = str(resolve_data_dir(args.data_dir))
    status = 0
    for name in names:
        cmd = [sys.executable, str(bench_dir / f"bench_{name}.py")]
        status = max(status, subprocess.call(cmd, env=env))
    return status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jewelpos", description="JewelPOS counter software for jewellery shops."
    )
    _add_data_dir(parser, top=True)
    parser.set_defaults(func=_cmd_gui, language=None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        _add_data_dir(p)
        p.set_defaults(func=func)
        return p

    gui = add("gui", _cmd_gui, "open the counter (the default command)")
    gui.add_argument("--language", choices=["en", "hi"], help="override the language for this run")

    db = sub.add_parser("db", help="database maintenance", description="database maintenance")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dbsub.add_parser(
        "upgrade",
        help="back up, then migrate the database to the latest schema",
        description="back up, then migrate the database to the latest schema",
    )
    _add_data_dir(up)
    up.set_defaults(func=_cmd_db_upgrade)

    demo = add("demo", _cmd_demo, "build a believable demo shop in the data folder")
    demo.add_argument("--pieces", type=int, default=300, help="tagged pieces to make (default 300)")
    demo.add_argument("--customers", type=int, default=200, help="customers to make (default 200)")
    demo.add_argument("--force", action="store_true", help="replace an existing database")
    demo.add_argument(
        "--progress", action="store_true", help="show progress even when not a terminal"
    )

    backup = add("backup", _cmd_backup, "copy the live database safely (SQLite online backup)")
    backup.add_argument(
        "--to", metavar="FILE", help="write the backup here instead of the backups folder"
    )

    restore = add(
        "restore", _cmd_restore, "replace the database with a backup (the current one is kept)"
    )
    restore.add_argument("file", help="backup file to restore")

    series = sub.add_parser("series", help="number series", description="number series")
    series_sub = series.add_subparsers(dest="series_command", metavar="ACTION", required=True)
    renew = series_sub.add_parser(
        "renew",
        help="after a restore: take the new counter code head office gave (a new series)",
        description="after a restore: take the new counter code head office gave (a new series)",
    )
    _add_data_dir(renew)
    renew.add_argument("code", help="the new counter code from head office (e.g. C3)")
    renew.set_defaults(func=_cmd_series_renew)

    rep = add(
        "support-report",
        _cmd_support_report,
        "save logs, versions and settings (no customer data) in a zip for support",
    )
    rep.add_argument("--to", metavar="DIR", help="folder for the zip (default: the data folder)")

    est = add(
        "estimate",
        _cmd_estimate,
        "price an estimate file (JSON, see DOMAIN.md) and print the result as JSON",
    )
    est.add_argument("file", help="estimate JSON file, or - for standard input")

    imp = add(
        "import",
        _cmd_import,
        "import stock or customers from a CSV or Excel (.xlsx) file (all rows or none)",
    )
    imp.add_argument("kind", choices=["stock", "customers"], help="what the file holds")
    imp.add_argument("file", help="the .csv or .xlsx file")
    imp.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help="map a column to a field (repeatable; FIELD empty skips the column)",
    )
    imp.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    imp.add_argument("--user", metavar="USERNAME", help="owner/manager recorded as importing")
    imp.add_argument("--progress", action="store_true", help="show progress on stderr")

    from jewelpos.cli_setup import add_setup_parser
    from jewelpos.cli_sync import add_sync_parser

    add_setup_parser(sub, _settings, _add_data_dir)
    add_sync_parser(sub, _settings, _add_data_dir)

    from jewelpos.cli_users import add_users_parser

    add_users_parser(sub, _settings, _add_data_dir)
    from jewelpos.cli_gst import add_gst_parsers

    add_gst_parsers(sub, _settings, _add_data_dir)

    from jewelpos.cli_schemes import add_schemes_parser

    add_schemes_parser(sub, _settings, _add_data_dir)
    from jewelpos.cli_messages import add_messages_parser

    add_messages_parser(sub, _settings, _add_data_dir)

    bench = add("bench", _cmd_bench, "run benchmarks from bench/ (one JSON line per figure)")
    bench.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (default: all)")
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "gui" or args.command is None:
        args.language = getattr(args, "language", None)
    from jewelpos.domain.errors import JewelPOSError

    if args.func not in (_cmd_estimate, _cmd_bench, _cmd_gui):  # the GUI sets up its own
        from jewelpos.logs import setup_logging

        setup_logging(resolve_data_dir(args.data_dir) / "logs")
    try:
        result: int = args.func(args)
    except JewelPOSError as e:
        print(f"error: {e.message}", file=sys.stderr)
        return 2
    return result

"""`jewelpos orders report`: the order manager's morning report of orders due and late as a PDF
(or as text lines on standard output), without a window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any


def add_orders_parser(
    sub: Any, settings_of: Callable[[argparse.Namespace], Any], add_data_dir: Callable[..., None]
) -> None:
    """Add `orders report` to the `jewelpos` sub-parsers."""
    text = "customer orders without a window"
    p = sub.add_parser("orders", help=text, description=text)
    osub = p.add_subparsers(dest="orders_command", metavar="ACTION", required=True)
    rtext = "the morning report: orders due today and tomorrow, late, and ready but not collected"
    r = osub.add_parser("report", help=rtext, description=rtext)
    add_data_dir(r)
    r.add_argument("--day", metavar="YYYY-MM-DD", help="the report's day (default: today)")
    r.add_argument("--pdf", metavar="FILE", help="write the report as a PDF here")
    r.set_defaults(func=lambda a: _report(a, settings_of(a)))


def _report(args: argparse.Namespace, settings: Any) -> int:
    from jewelpos.db.engine import make_engine
    from jewelpos.db.migrate import upgrade_database
    from jewelpos.services import build_services

    day = None
    if args.day:
        try:
            day = date.fromisoformat(args.day)
        except ValueError:
            print(f"error: --day: {args.day} is not a date like 2025-06-01", file=sys.stderr)
            return 2
    if not settings.db_path.exists():
        print(f"error: no database at {settings.db_path}", file=sys.stderr)
        return 2
    upgrade_database(settings.db_path, settings.backups_dir, keep=settings.backups_to_keep)
    engine = make_engine(settings.db_path)
    try:
        services = build_services(engine, data_dir=settings.data_dir)
        report = services.followup.morning_report(day)
        if args.pdf:
            from jewelpos.printing.order_pdf import morning_report_pdf

            Path(args.pdf).write_bytes(morning_report_pdf(report))
            print(f"report: {args.pdf}")
        for title, rows in (
            ("late", report.late),
            ("due", report.due),
            ("ready", report.ready_waiting),
        ):
            for row in rows:
                print(
                    f"{title}\t{row.number}\t{row.promised_on.isoformat()}\t{row.customer_name}\t{row.status}"
                )
    finally:
        engine.dispose()
    return 0

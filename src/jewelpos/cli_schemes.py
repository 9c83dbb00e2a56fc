"""`jewelpos schemes liability --at DATE [--json]` and `jewelpos schemes collections`: savings
scheme reports from the counter's database (read-only). Bad input exits with 2."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def add_schemes_parser(
    sub: Any, settings_of: Callable[[argparse.Namespace], Any], add_data_dir: Callable[..., None]
) -> None:
    """Add the `schemes` command group to the `jewelpos` sub-parsers."""
    schemes = sub.add_parser(
        "schemes", help="savings scheme reports", description="savings scheme reports"
    )
    ss = schemes.add_subparsers(dest="schemes_command", metavar="ACTION", required=True)
    lia = ss.add_parser(
        "liability",
        help="what members hold (money and grams) at the end of a day",
        description="what members hold (money and grams) at the end of a day",
    )
    add_data_dir(lia)
    lia.add_argument("--at", type=_day, required=True, metavar="DATE", help="YYYY-MM-DD")
    lia.add_argument("--json", action="store_true", help="print JSON")
    lia.set_defaults(func=lambda a: _run(_liability, a, settings_of(a)))
    col = ss.add_parser(
        "collections",
        help="instalments taken between two days, by day, month or plan",
        description="instalments taken between two days, by day, month or plan",
    )
    add_data_dir(col)
    col.add_argument("--from", dest="start", type=_day, required=True, metavar="DATE")
    col.add_argument("--to", dest="end", type=_day, required=True, metavar="DATE")
    col.add_argument("--by", choices=("day", "month", "plan"), default="day")
    col.add_argument("--json", action="store_true", help="print JSON")
    col.set_defaults(func=lambda a: _run(_collections, a, settings_of(a)))


def _run(func: Callable[[argparse.Namespace, Any], int], args: argparse.Namespace, s: Any) -> int:
    from jewelpos.db.engine import make_engine
    from jewelpos.db.migrate import upgrade_database
    from jewelpos.db.uow import UnitOfWork
    from jewelpos.domain.errors import JewelPOSError, ValidationError
    from jewelpos.services.scheme_reports import SchemeReports

    if not s.db_path.exists():
        print(f"error: no database at {s.db_path}; set up the counter first", file=sys.stderr)
        return 2
    upgrade_database(s.db_path, s.backups_dir, keep=s.backups_to_keep)
    engine = make_engine(s.db_path)
    try:
        from jewelpos.db.engine import make_session_factory

        return func(args, SchemeReports(UnitOfWork(make_session_factory(engine))))
    except ValidationError as e:
        print(f"error: {e.field}: {e.problem}", file=sys.stderr)
        return 2
    except JewelPOSError as e:
        print(f"error: {e.message}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()


def _liability(args: argparse.Namespace, reports: Any) -> int:
    result = reports.liability(args.at)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
        return 0
    print(
        f"Liability at {result.at.isoformat()}: Rs {result.money:.2f}, {result.grams:.3f} g, "
        f"{result.accounts} accounts"
    )
    for p in result.by_plan:
        print(f"  {p.plan_code:<16} {p.accounts:>5} Rs {p.money:>14.2f} {p.grams:>10.3f} g")
    return 0


def _collections(args: argparse.Namespace, reports: Any) -> int:
    rows = reports.collections(args.start, args.end, by=args.by)
    if args.json:
        print(
            json.dumps(
                [{"key": r.key, "amount": f"{r.amount:.2f}", "receipts": r.receipts} for r in rows]
            )
        )
        return 0
    for r in rows:
        print(f"{r.key:<16} {r.receipts:>5} Rs {r.amount:>14.2f}")
    return 0

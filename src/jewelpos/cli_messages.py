"""`jewelpos messages send`: queue today's automatic messages and send what is due, at the
branch's sending counter only (elsewhere it says why and sends nothing). Exits 0 when the run
finished (whatever the gateways said), 2 on bad set-up."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import Any


def add_messages_parser(
    sub: Any, settings_of: Callable[[argparse.Namespace], Any], add_data_dir: Callable[..., None]
) -> None:
    """Add the `messages` command group to the `jewelpos` sub-parsers."""
    messages = sub.add_parser(
        "messages",
        help="customer messages (SMS, e-mail, WhatsApp)",
        description="customer messages (SMS, e-mail, WhatsApp)",
    )
    ms = messages.add_subparsers(dest="messages_command", metavar="ACTION", required=True)
    send = ms.add_parser(
        "send",
        help="queue today's automatic messages and send what is due (sending counter only)",
        description="queue today's automatic messages and send what is due (sending counter only)",
    )
    add_data_dir(send)
    send.add_argument("--json", action="store_true", help="print JSON")
    send.set_defaults(func=lambda a: _send(a, settings_of(a)))


def _send(args: argparse.Namespace, s: Any) -> int:
    from jewelpos.db.engine import make_engine
    from jewelpos.db.migrate import upgrade_database
    from jewelpos.domain.clock import SystemClock, set_shop_zone
    from jewelpos.domain.errors import JewelPOSError
    from jewelpos.services import build_services

    if not s.db_path.exists():
        print(f"error: no database at {s.db_path}; set up the counter first", file=sys.stderr)
        return 2
    upgrade_database(s.db_path, s.backups_dir, keep=s.backups_to_keep)
    engine = make_engine(s.db_path)
    try:
        clock = SystemClock()
        services = build_services(engine, clock)
        set_shop_zone(clock, services.shop_settings.load().time_zone)
        run = services.messages.run_once()
    except JewelPOSError as e:
        print(f"error: {e.message}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    if args.json:
        out = asdict(run)
        out["changes"] = sorted(run.changes)
        print(json.dumps(out))
    elif not run.here:
        print(run.why_not)
    else:
        print(
            f"queued {run.queued}, sent {run.sent}, retrying {run.retrying}, failed {run.failed}, "
            f"in doubt {run.unknown}, skipped {run.skipped}, waiting {run.waiting}"
        )
    return 0

"""`jewelpos setup`: first-run setup without a window, for counters prepared by script (from cli)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ENV_OWNER_PIN = "JEWELPOS_OWNER_PIN"

# option -> (ShopSetup field, the field's name in words, help)
_FIELDS: tuple[tuple[str, str, str, str], ...] = (
    ("--shop-name", "shop_name", "Shop name", "the shop's name on bills (required)"),
    ("--legal-name", "legal_name", "Legal name", "as on the GST registration"),
    ("--gstin", "gstin", "GSTIN", "15 characters, e.g. 27AAPFU0939F1ZV"),
    (
        "--state",
        "state_code",
        "State",
        "GST state code or name, e.g. 27 or Maharashtra (default: from the GSTIN)",
    ),
    ("--address", "address", "Address", "the shop's address"),
    ("--city", "city", "City", ""),
    ("--pin-code", "pin_code", "PIN code", "6 digits"),
    ("--phone", "phone", "Phone", ""),
    ("--email", "email", "E-mail", ""),
    ("--branch-code", "branch_code", "Branch code", "1-3 letters or digits, e.g. B1"),
    ("--branch-name", "branch_name", "Branch name", ""),
    ("--counter-code", "counter_code", "Counter code", "1-2 letters or digits, e.g. C1"),
    ("--owner-username", "owner_username", "User name", "the owner's login (required)"),
    ("--owner-name", "owner_name", "Full name", "the owner's full name (required)"),
    ("--owner-pin", "owner_pin", "PIN", f"4-8 digits (or ${ENV_OWNER_PIN}, or --owner-pin-stdin)"),
)
_LABELS = {field: label for _, field, label, _ in _FIELDS} | {
    "username": "User name",
    "display_name": "Full name",
    "pin": "PIN",
    "language": "Language",
    "server_url": "Server address",
    "enrol_code": "One-time code",
}


def add_setup_parser(
    sub: Any, settings_of: Callable[[argparse.Namespace], Any], add_data_dir: Callable[..., None]
) -> None:
    """Add `setup` to the `jewelpos` sub-parsers."""
    text = "set up this counter without a window (the fields of first-run setup)"
    p = sub.add_parser("setup", help=text, description=text)
    add_data_dir(p)
    for option, field, _label, help_ in _FIELDS:
        p.add_argument(option, dest=field, default="", metavar="TEXT", help=help_ or None)
    p.add_argument(
        "--owner-pin-stdin", action="store_true", help="read the owner's PIN from standard input"
    )
    p.add_argument("--language", choices=["en", "hi"], default="en", help="the owner's language")
    p.add_argument(
        "--server", default="", metavar="URL", help="head office's address (enrol while setting up)"
    )
    p.add_argument("--code", default="", metavar="CODE", help="one-time code from head office")
    p.set_defaults(func=lambda a: _setup(a, settings_of(a)))


def _fail(field: str, problem: str) -> int:
    label = _LABELS.get(field, "")
    print(f"error: {label}: {problem}" if label else f"error: {problem}", file=sys.stderr)
    return 2


def _state_code(typed: str) -> str:
    """A state by its code (27) or its name (Maharashtra, any case)."""
    from jewelpos.domain.validation import INDIAN_STATES

    by_name = {name.lower(): code for code, name in INDIAN_STATES.items()}
    return by_name.get(typed.lower(), typed)


def _owner_pin(args: argparse.Namespace) -> str:
    if args.owner_pin_stdin:
        return sys.stdin.readline().strip()
    return str(args.owner_pin or os.environ.get(ENV_OWNER_PIN, "")).strip()


def _setup(args: argparse.Namespace, settings: Any) -> int:
    from dataclasses import replace

    from jewelpos.db.engine import make_engine
    from jewelpos.db.migrate import upgrade_database
    from jewelpos.domain.errors import AlreadyInitialised, JewelPOSError, ValidationError
    from jewelpos.services import build_services
    from jewelpos.services.setup import ShopSetup, validate_setup

    if bool(args.server) != bool(args.code):
        return _fail("server_url" if args.code else "enrol_code", "give both --server and --code")
    values = {field: str(getattr(args, field) or "").strip() for _, field, _, _ in _FIELDS}
    values["owner_pin"] = _owner_pin(args)
    values["state_code"] = _state_code(values["state_code"])
    if not values["branch_name"]:
        values["branch_name"] = values["branch_code"].upper()
    data = ShopSetup(**values, owner_language=args.language)
    enrolling = bool(args.server)
    try:
        # Everything checked before head office is asked: a typo must not spend the code.
        validate_setup(
            replace(
                data, branch_code=data.branch_code or "B1", counter_code=data.counter_code or "C1"
            )
            if enrolling
            else data
        )
    except ValidationError as e:
        return _fail(e.field, e.problem)

    data_dir: Path = settings.data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    upgrade_database(settings.db_path, settings.backups_dir, keep=settings.backups_to_keep)
    engine = make_engine(settings.db_path)
    try:
        services = build_services(engine)
        if services.setup.is_initialised():
            print(
                f"error: this counter is already set up (database {settings.db_path}); "
                "nothing was changed",
                file=sys.stderr,
            )
            return 2
        link = services.setup.head_office_link()
        if enrolling and link is None:
            failed = _enrol(settings, args.server, args.code)
            if failed is not None:
                return failed
            link = services.setup.head_office_link()
        if link is not None:  # head office's codes are this counter's series
            data = replace(
                data,
                branch_code=data.branch_code or link.branch_code,
                counter_code=data.counter_code or link.counter_code,
                branch_name=values["branch_name"] or link.branch_name or link.branch_code,
            )
        try:
            info = services.setup.initialise(data)
        except AlreadyInitialised as e:
            print(f"error: {e.message}", file=sys.stderr)
            return 2
        except ValidationError as e:
            return _fail(e.field, e.problem)
        except JewelPOSError as e:
            print(f"error: {e.message}", file=sys.stderr)
            return 2
    finally:
        engine.dispose()
    print(
        f"set up {info.shop_name}: branch {info.branch_code}, counter {info.counter_code}, "
        f"owner {values['owner_username'].lower()} (database {settings.db_path})"
    )
    return 0


def _enrol(settings: Any, url: str, code: str) -> int | None:
    """Enrol as first-run setup's head-office part does (head office's answer is kept where
    setup reads it); None, or the exit status after saying what went wrong."""
    from jewelpos.domain.ids import new_id
    from jewelpos.sync.client import SyncError, enrol_before_setup

    try:
        enrol_before_setup(settings.db_path, settings.data_dir, url, code, device_id=new_id())
    except SyncError as e:
        field = {"offline": "server_url", "address": "server_url", "auth": "enrol_code"}
        return _fail(field.get(str(e.kind), ""), e.message)
    return None

"""`jewelpos users list | add | reset-pin | deactivate | reactivate`: staff for IT (from cli).

The command acts as IT (``services.users.IT_USER``, audited as ``cli``) with an owner's
powers, and still keeps the shop's rules (one active owner stays, names unique, PINs 4-8
digits). Its authority is access to the counter's data folder: whoever can run it there can
also open the database file, so asking for a shop PIN would protect nothing. PINs are read
with a hidden prompt, typed twice, or as one line from standard input (``--pin-stdin``).
Bad input exits with 2 and a message naming the field.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import Any

ROLES = ("owner", "manager", "cashier", "salesperson")
_FIELD_WORDS = {
    "username": "user name",
    "display_name": "name",
    "pin": "PIN",
    "role": "role",
    "language": "language",
}


class _BadInput(Exception):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")


def add_users_parser(
    sub: Any, settings_of: Callable[[argparse.Namespace], Any], add_data_dir: Callable[..., None]
) -> None:
    """Add the `users` command group to the `jewelpos` sub-parsers."""
    users = sub.add_parser(
        "users",
        help="the shop's staff: list, add, reset a PIN, deactivate (acts as IT)",
        description="the shop's staff: list, add, reset a PIN, deactivate (acts as IT)",
    )
    us = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    def action(name: str, help_: str, func: Callable[[argparse.Namespace, Any], int]) -> Any:
        p = us.add_parser(name, help=help_, description=help_)
        add_data_dir(p)
        p.set_defaults(func=lambda a: _guarded(func, a, settings_of(a)))
        return p

    action("list", "list every user with role, language and state", _list)
    add = action("add", "add a user (the PIN is asked twice, or read with --pin-stdin)", _add)
    add.add_argument(
        "username", metavar="USER", help="user name: 3-32 small letters, digits, '.', '_' or '-'"
    )
    add.add_argument("--name", required=True, help="the person's full name")
    add.add_argument("--role", required=True, choices=ROLES, help="what the user may do")
    add.add_argument("--language", choices=("en", "hi"), default="en", help="default: en")
    add.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input")
    reset = action(
        "reset-pin", "set a temporary PIN; the user chooses a new one at the next login", _reset
    )
    reset.add_argument("username", metavar="USER", help="user name")
    reset.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input")
    deact = action("deactivate", "stop a user logging in (documents keep their name)", _deact)
    deact.add_argument("username", metavar="USER", help="user name")
    react = action("reactivate", "let a deactivated user log in again", _react)
    react.add_argument("username", metavar="USER", help="user name")


def _guarded(
    func: Callable[[argparse.Namespace, Any], int], args: argparse.Namespace, s: Any
) -> int:
    from jewelpos.db.engine import make_engine
    from jewelpos.db.migrate import upgrade_database
    from jewelpos.domain.errors import JewelPOSError, ValidationError
    from jewelpos.services import build_services

    if not s.db_path.exists():
        print(f"error: no database at {s.db_path}; set up the counter first", file=sys.stderr)
        return 2
    upgrade_database(s.db_path, s.backups_dir, keep=s.backups_to_keep)
    engine = make_engine(s.db_path)
    try:
        return func(args, build_services(engine))
    except _BadInput as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except ValidationError as e:
        print(f"error: {_FIELD_WORDS.get(e.field, e.field)}: {e.problem}", file=sys.stderr)
        return 2
    except JewelPOSError as e:
        field = e.params.get("field")
        where = f"{_FIELD_WORDS.get(field, field)}: " if isinstance(field, str) else ""
        print(f"error: {where}{e.message}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()


def _read_pin(args: argparse.Namespace) -> str:
    if args.pin_stdin:
        pin = sys.stdin.readline().rstrip("\r\n")
    else:
        pin = getpass.getpass("PIN (4-8 digits): ")
        if getpass.getpass("PIN again: ") != pin:
            raise _BadInput("PIN", "the two PINs are not the same")
    if not pin:
        raise _BadInput("PIN", "no PIN given")
    return pin


def _list(args: argparse.Namespace, services: Any) -> int:
    from jewelpos.services.users import IT_USER

    for m in services.users.list_users(by=IT_USER):
        state = "active" if m.active else "deactivated"
        if m.locked_until is not None:
            state += ", locked"
        if m.must_change_pin:
            state += ", new PIN due"
        print(f"{m.username:<32} {m.role.value:<12} {m.language:<3} {state:<28} {m.display_name}")
    return 0


def _add(args: argparse.Namespace, services: Any) -> int:
    from jewelpos.services._common import clean_text
    from jewelpos.services.auth import clean_username
    from jewelpos.services.users import IT_USER

    # say a bad user name or name before asking for a PIN
    clean_username(args.username)
    clean_text(args.name, field="display_name", max_len=120, required=True)
    m = services.users.add_user(
        username=args.username,
        display_name=args.name,
        role=args.role,
        pin=_read_pin(args),
        language=args.language,
        by=IT_USER,
    )
    print(f"added {m.username} ({m.role.value})")
    return 0


def _reset(args: argparse.Namespace, services: Any) -> int:
    from jewelpos.services.users import IT_USER

    m = services.users.find(args.username, by=IT_USER)
    services.users.reset_pin(m.id, _read_pin(args), by=IT_USER)
    print(f"PIN of {m.username} reset: a new PIN is asked at the next login")
    return 0


def _deact(args: argparse.Namespace, services: Any) -> int:
    from jewelpos.services.users import IT_USER

    m = services.users.find(args.username, by=IT_USER)
    services.users.deactivate(m.id, by=IT_USER)
    print(f"{m.username} deactivated")
    return 0


def _react(args: argparse.Namespace, services: Any) -> int:
    from jewelpos.services.users import IT_USER

    m = services.users.find(args.username, by=IT_USER)
    services.users.reactivate(m.id, by=IT_USER)
    print(f"{m.username} reactivated")
    return 0

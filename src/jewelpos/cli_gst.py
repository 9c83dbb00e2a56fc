"""`jewelpos gst gstr1 | 3b | einvoice` and `jewelpos tally export` (from cli): GST returns of a
month, a B2B bill's e-invoice (printed, or sent to the shop's GSP with ``--send``) and the
Tally import file of a date range. The GSP's address and login come from settings.json's
``extra``: ``gsp_url``, ``gsp_username``, ``gsp_password``. Bad input exits with 2 and a
message naming the field in words."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

_FIELD_WORDS = {
    "month": "month",
    "from": "first day",
    "to": "last day",
    "bill": "bill",
    "buyer_pin": "buyer's PIN code",
    "seller_pin": "shop's PIN code",
    "buyer_gstin": "buyer's GSTIN",
    "gsp_url": "GSP address (gsp_url in settings.json)",
}


def add_gst_parsers(
    sub: Any, settings_of: Callable[[argparse.Namespace], Any], add_data_dir: Callable[..., None]
) -> None:
    """Add the `gst` and `tally` command groups to the `jewelpos` sub-parsers."""
    gst = sub.add_parser(
        "gst", help="GST returns and e-invoices", description="GST returns and e-invoices"
    )
    gs = gst.add_subparsers(dest="gst_command", metavar="ACTION", required=True)

    def action(
        group: Any, name: str, help_: str, func: Callable[[argparse.Namespace, Any], int]
    ) -> Any:
        p = group.add_parser(name, help=help_, description=help_)
        add_data_dir(p)
        p.set_defaults(func=lambda a: _guarded(func, a, settings_of(a)))
        return p

    g1 = action(
        gs, "gstr1", "GSTR-1 of a month as the GST offline tool's JSON and as Excel", _gstr1
    )
    g1.add_argument("--month", required=True, help="the return's month, e.g. 2026-11")
    g1.add_argument("--json", metavar="FILE", help="write the offline tool's JSON here")
    g1.add_argument("--xlsx", metavar="FILE", help="write the Excel workbook here")
    b3 = action(gs, "3b", "GSTR-3B outward supplies (3.1(a) and 3.2) of a month", _gstr3b)
    b3.add_argument("--month", required=True, help="the return's month, e.g. 2026-11")
    ei = action(gs, "einvoice", "the IRN request of a B2B bill (or send it with --send)", _einvoice)
    ei.add_argument("bill", metavar="BILLNO", help="the bill's number, e.g. IB1-C2/26/00042")
    ei.add_argument("--out", metavar="FILE", help="write the JSON here instead of printing it")
    ei.add_argument("--send", action="store_true", help="register it with the shop's GSP")

    tally = sub.add_parser("tally", help="export to Tally", description="export to Tally")
    ts = tally.add_subparsers(dest="tally_command", metavar="ACTION", required=True)
    te = action(ts, "export", "sales, receipts, old gold and returns as Tally XML vouchers", _tally)
    te.add_argument("--from", dest="start", required=True, help="first day, e.g. 2026-11-01")
    te.add_argument("--to", dest="end", required=True, help="last day, e.g. 2026-11-30")
    te.add_argument("file", metavar="FILE", help="the XML file to write")


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
        args.settings = s
        return func(args, build_services(engine))
    except ValidationError as e:
        print(f"error: {_FIELD_WORDS.get(e.field, e.field)}: {e.problem}", file=sys.stderr)
        return 2
    except JewelPOSError as e:
        print(f"error: {e.message}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"error: cannot write the file: {e}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()


def _day(text: str, field: str) -> date:
    from jewelpos.domain.errors import ValidationError

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(field, f"{text!r} is no date: write it as 2026-11-30") from None


def _gstr1(args: argparse.Namespace, services: Any) -> int:
    from jewelpos.domain.errors import ValidationError
    from jewelpos.services.gstr1 import GstReturnsService, Month

    month = Month.parse(args.month)
    if not args.json and not args.xlsx:
        raise ValidationError("month", "say where to write it: --json FILE and/or --xlsx FILE")
    done = GstReturnsService(services.uow).export_gstr1(
        month,
        json_path=Path(args.json) if args.json else None,
        xlsx_path=Path(args.xlsx) if args.xlsx else None,
    )
    for path in (done.json_path, done.xlsx_path):
        if path is not None:
            print(f"written: {path}")
    return 0


def _gstr3b(args: argparse.Namespace, services: Any) -> int:
    from jewelpos.services.gstr1 import GstReturnsService, Month

    b = GstReturnsService(services.uow).gstr3b(Month.parse(args.month))
    out = {
        "3.1(a)": {
            "txval": str(b.taxable),
            "iamt": str(b.igst),
            "camt": str(b.cgst),
            "samt": str(b.sgst),
            "csamt": str(b.cess),
        },
        "3.2_unregistered": [
            {"pos": pos, "txval": str(t), "iamt": str(i)} for pos, t, i in b.unregistered_inter
        ],
    }
    print(json.dumps(out, indent=1))
    return 0


def _einvoice(args: argparse.Namespace, services: Any) -> int:
    from jewelpos.services.einvoice import EInvoiceService

    svc = EInvoiceService(services.uow, services.clock)
    if args.send:
        from jewelpos.services.gsp import GspClient, GspConfig
        from jewelpos.services.gst_settings import GstSettingsService
        from jewelpos.services.users import IT_USER

        extra = args.settings.extra
        stored = GstSettingsService(services.uow).load()  # the manager's settings win
        client = GspClient(
            GspConfig(
                url=stored.gsp_url or str(extra.get("gsp_url", "")),
                username=stored.gsp_username or str(extra.get("gsp_username", "")),
                password=stored.gsp_password or str(extra.get("gsp_password", "")),
                gstin=stored.gstin or services.setup.shop_info().gstin,
            )
        )
        info = svc.register(args.bill, sender=client, by=IT_USER)
        print(f"IRN {info.irn}  ack {info.ack_no}  bill {info.invoice_number}")
        return 0
    text = json.dumps(svc.irn_request(args.bill), indent=1, ensure_ascii=False)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"written: {args.out}")
    else:
        print(text)
    return 0


def _tally(args: argparse.Namespace, services: Any) -> int:
    from jewelpos.services.tally import TallyExportService

    start, end = _day(args.start, "from"), _day(args.end, "to")
    n = TallyExportService(services.uow).export(start, end, Path(args.file))
    print(f"written: {args.file} ({n} vouchers)")
    return 0

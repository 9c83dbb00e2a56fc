"""`jewelpos gst gstr1 | 3b | einvoice` and `jewelpos tally export` run as real subprocesses on
a counter's data folder holding June 2025 bills."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from sqlalchemy import select

_TESTS = Path(__file__).resolve().parents[1]
for extra in (_TESTS, _TESTS / "services"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from billing_helpers import make_counter, paid_in_full  # noqa: E402

from factories import services_for, shop_db, user_named  # noqa: E402
from jewelpos.db.models_billing import Invoice  # noqa: E402
from jewelpos.services.billing import BillDraft  # noqa: E402
from jewelpos.services.customers import CustomerInput  # noqa: E402

D = Decimal


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A data folder with a walk-in ring bill and a B2B bill (the firm's number returned)."""
    monkeypatch.setenv("JEWELPOS_HOME", str(tmp_path / "not-here"))
    folder = tmp_path / "counter"
    services = services_for(shop_db(folder / "jewelpos.sqlite3"))
    counter = make_counter(services, user_named(services, "owner"))
    firm = services.customers.save(
        CustomerInput(
            name="Tara Jewels Pvt Ltd",
            mobile="9900112244",
            address="14 MG Road",
            city="Bengaluru",
            pin_code="560001",
            state_code="29",
            gstin="29AABCT1332L1ZA",
        ),
        by=counter.owner,
    )
    counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG030"),))), by=counter.cashier
    )
    b2b = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG031"),), customer_id=firm.id)),
        by=counter.cashier,
    )
    services.engine.dispose()
    return folder, b2b.number


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jewelpos", *args, "--data-dir", str(home)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_gstr1_3b_einvoice_and_tally_from_the_command_line(
    home: tuple[Path, str], tmp_path: Path
) -> None:
    """The four commands write what they say: GSTR-1 JSON (fp 062025) and Excel, 3B totals equal
    to the two bills (2 x 49,217.50 taxable, 2 x 738.26 CGST), a schema-valid IRN request of the
    B2B bill, and a Tally file of 2 sales and 2 receipts."""
    folder, number = home
    js, xl = tmp_path / "g.json", tmp_path / "g.xlsx"
    done = _run(folder, "gst", "gstr1", "--month", "2025-06", "--json", str(js), "--xlsx", str(xl))
    assert done.returncode == 0, done.stderr
    data = json.loads(js.read_text(encoding="utf-8"), parse_float=D)
    assert data["fp"] == "062025" and data["b2b"][0]["inv"][0]["inum"] == number
    assert "b2b" in openpyxl.load_workbook(xl).sheetnames

    done = _run(folder, "gst", "3b", "--month", "2025-06")
    assert done.returncode == 0, done.stderr
    a = json.loads(done.stdout)["3.1(a)"]
    assert (a["txval"], a["camt"], a["samt"], a["iamt"]) == (
        "98435.00",
        "1476.52",
        "1476.52",
        "0.00",
    )

    done = _run(folder, "gst", "einvoice", number)
    assert done.returncode == 0, done.stderr
    schema = json.loads((_TESTS / "data" / "einvoice_schema_v1.1.json").read_text())
    jsonschema.validate(json.loads(done.stdout), schema)

    out = tmp_path / "t.xml"
    done = _run(folder, "tally", "export", "--from", "2025-06-01", "--to", "2025-06-30", str(out))
    assert done.returncode == 0, done.stderr
    assert "(4 vouchers)" in done.stdout and out.read_bytes().startswith(b"<?xml")


def test_bad_input_names_the_field_in_words(home: tuple[Path, str], tmp_path: Path) -> None:
    """A wrong month, a walk-in bill's e-invoice, a GSP not configured and a wrong date each
    exit 2 with a message in words; nothing is written."""
    folder, _number = home
    done = _run(folder, "gst", "3b", "--month", "June")
    assert done.returncode == 2 and "month: 'June' is no month" in done.stderr
    services = services_for(folder / "jewelpos.sqlite3")
    with services.uow.read() as s:
        walk_in = s.scalars(select(Invoice.number).where(Invoice.buyer_gstin == "")).one()
    services.engine.dispose()
    done = _run(folder, "gst", "einvoice", walk_in)
    assert done.returncode == 2 and "has no buyer GSTIN" in done.stderr
    done = _run(folder, "gst", "einvoice", _number, "--send")
    assert done.returncode == 2 and "GSP address" in done.stderr
    out = tmp_path / "t.xml"
    done = _run(folder, "tally", "export", "--from", "1-6-2025", "--to", "2025-06-30", str(out))
    assert done.returncode == 2 and "first day:" in done.stderr and not out.exists()


def test_einvoice_send_uses_the_gsp_in_settings(home: tuple[Path, str]) -> None:
    """`gst einvoice BILLNO --send` posts to the gsp_url of settings.json with its login and
    prints the IRN the stub GSP on 127.0.0.1 returned; it is kept in the database."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from jewelpos.db.models_einvoice import EInvoice

    folder, number = home
    seen: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            seen.append(dict(self.headers))
            body = json.dumps(
                {
                    "Irn": "f" * 64,
                    "AckNo": 1125,
                    "AckDt": "2025-06-01 12:00:00",
                    "SignedQRCode": "qr",
                    "SignedInvoice": "inv",
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        (folder / "settings.json").write_text(
            json.dumps(
                {
                    "extra": {
                        "gsp_url": f"http://127.0.0.1:{server.server_address[1]}/irn",
                        "gsp_username": "shop01",
                        "gsp_password": "pw",
                    }
                }
            ),
            encoding="utf-8",
        )
        done = _run(folder, "gst", "einvoice", number, "--send")
    finally:
        server.shutdown()
        server.server_close()
    assert done.returncode == 0, done.stderr
    assert f"IRN {'f' * 64}  ack 1125  bill {number}" in done.stdout
    assert seen[0]["user_name"] == "shop01" and seen[0]["gstin"] == "27AAPFU0939F1ZV"
    services = services_for(folder / "jewelpos.sqlite3")
    with services.uow.read() as s:
        assert [r.irn for r in s.scalars(select(EInvoice))] == ["f" * 64]
    services.engine.dispose()

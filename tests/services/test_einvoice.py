"""E-invoices of B2B bills: the IRN request validates against the schema 1.1 file, the totals
are the bill's, registration through a stub GSP on 127.0.0.1 is stored and the QR is printed."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from sqlalchemy import select

from jewelpos.db.models_billing import Invoice
from jewelpos.db.models_einvoice import EInvoice
from jewelpos.domain.errors import ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillDraft, Delivery
from jewelpos.services.customers import CustomerInput
from jewelpos.services.einvoice import EInvoiceService
from jewelpos.services.gsp import GspClient, GspConfig, GspRejected, GspUnreachable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import Counter, make_counter, paid_in_full

D = Decimal
SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "einvoice_schema_v1.1.json").read_text()
)
SIGNED_QR = "eyJhbGciOiJSUzI1NiJ9." + "A1b2C3d4" * 80 + ".sig"
IRN = "a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229"


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _firm(counter: Counter, *, pin: str = "560001") -> str:
    return counter.services.customers.save(
        CustomerInput(
            name="Tara Jewels Pvt Ltd",
            mobile="9900112244",
            address="14 MG Road",
            city="Bengaluru",
            pin_code=pin,
            state_code="29",
            gstin="29AABCT1332L1ZA",
            email="accounts@tarajewels.in",
        ),
        by=counter.owner,
    ).id


def _b2b_bills(counter: Counter) -> list[str]:
    """A firm's bill at the counter (necklace and ring, CGST+SGST) and one shipped to it in
    Karnataka (ring, IGST)."""
    firm = _firm(counter)
    b = counter.billing
    at_counter = b.save_bill(
        paid_in_full(
            counter,
            BillDraft(
                lines=(counter.necklace(net_mg=5_000), counter.ring("RNG010")), customer_id=firm
            ),
        ),
        by=counter.cashier,
    )
    shipped = b.save_bill(
        paid_in_full(
            counter,
            BillDraft(
                lines=(counter.ring("RNG011"),),
                customer_id=firm,
                delivery=Delivery.SHIP,
                ship_address="14 MG Road, Bengaluru 560001",
                ship_state_code="29",
            ),
        ),
        by=counter.cashier,
    )
    return [at_counter.id, shipped.id]


def _invoice(counter: Counter, bill_id: str) -> Invoice:
    with counter.services.uow.read() as s:
        inv = s.get(Invoice, bill_id)
        assert inv is not None
        return inv


def _two_places(value: Any) -> bool:
    return D(str(value)) == D(str(value)).quantize(D("0.01"))


def test_irn_requests_of_b2b_bills_validate_and_carry_the_bill_totals(counter: Counter) -> None:
    """Both B2B bills give requests valid under schema 1.1 whose items add up to the stored
    taxable value, CGST, SGST, IGST and invoice value; amounts have two decimals."""
    svc = EInvoiceService(counter.services.uow, counter.services.clock)
    bills = _b2b_bills(counter)
    for bill_id in bills:
        req = svc.irn_request(bill_id)
        jsonschema.validate(req, SCHEMA)
        inv = _invoice(counter, bill_id)
        items = req["ItemList"]

        def total(key: str, items: list[dict[str, Any]] = items) -> Decimal:
            return sum((D(str(i[key])) for i in items), D(0))

        assert total("AssAmt") == D(inv.taxable_paise) / 100
        assert total("CgstAmt") == D(inv.cgst_paise) / 100
        assert total("SgstAmt") == D(inv.sgst_paise) / 100
        assert total("IgstAmt") == D(inv.igst_paise) / 100
        assert D(str(req["ValDtls"]["TotInvVal"])) == D(inv.invoice_value_paise) / 100
        assert total("TotItemVal") == D(inv.invoice_value_paise) / 100
        assert req["DocDtls"] == {"Typ": "INV", "No": inv.number, "Dt": "01/06/2025"}
        assert req["BuyerDtls"]["Pos"] == inv.place_of_supply
        assert req["SellerDtls"]["Gstin"] == "27AAPFU0939F1ZV"
        for it in items:
            assert it["Unit"] == "GMS" and it["IsServc"] == "N"
            # UnitPrice x Qty within half a paisa per gram of TotAmt
            assert abs(D(str(it["UnitPrice"])) * D(str(it["Qty"])) - D(str(it["TotAmt"]))) < D(
                "0.0005"
            ) * D(str(it["Qty"])) + D("0.001")
            assert all(_two_places(it[k]) for k in ("TotAmt", "AssAmt", "CgstAmt", "IgstAmt"))
    # the ring shipped to Karnataka: IGST 3 % of 49,217.50 = 1,476.525 -> 1,476.53
    shipped = svc.irn_request(bills[1])
    assert shipped["BuyerDtls"]["Pos"] == "29"
    assert shipped["ItemList"][0]["IgstAmt"] == 1476.53


def test_the_schema_catches_a_broken_request(counter: Counter) -> None:
    """The schema file is not a rubber stamp: a bad GSTIN, a missing item field, a 7-digit PIN
    and a misspelt field are each refused."""
    svc = EInvoiceService(counter.services.uow, counter.services.clock)
    good = svc.irn_request(_b2b_bills(counter)[0])
    jsonschema.validate(good, SCHEMA)
    bad_gstin = json.loads(json.dumps(good))
    bad_gstin["SellerDtls"]["Gstin"] = "27aapfu0939f1zv"
    no_hsn = json.loads(json.dumps(good))
    del no_hsn["ItemList"][0]["HsnCd"]
    long_pin = json.loads(json.dumps(good))
    long_pin["BuyerDtls"]["Pin"] = 5600011
    misspelt = json.loads(json.dumps(good))
    misspelt["ValDtls"]["TotInvValue"] = 1
    for broken in (bad_gstin, no_hsn, long_pin, misspelt):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, SCHEMA)


def test_no_e_invoice_for_a_walk_in_or_without_the_buyers_pin(counter: Counter) -> None:
    """A bill without a buyer GSTIN has no e-invoice; a firm without PIN code is told so."""
    svc = EInvoiceService(counter.services.uow, counter.services.clock)
    walk_in = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG012"),))), by=counter.cashier
    )
    with pytest.raises(ValidationError, match="no buyer GSTIN"):
        svc.irn_request(walk_in.id)
    firm = _firm(counter, pin="")
    bill = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG013"),), customer_id=firm)),
        by=counter.cashier,
    )
    with pytest.raises(ValidationError, match="six-digit PIN code"):
        svc.irn_request(bill.id)


class _Gsp:
    """A stub GSP on 127.0.0.1: answers like a GSP wrapping the IRP's reply, or refuses."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.refuse = False
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                stub.requests.append(body)
                stub.headers.append(dict(self.headers))
                if stub.refuse:
                    out: dict[str, Any] = {
                        "Status": 0,
                        "ErrorDetails": [{"ErrorCode": "2150", "ErrorMessage": "Duplicate IRN"}],
                    }
                else:
                    inner = {
                        "AckNo": 112510000000041,
                        "AckDt": "2025-06-01 11:02:00",
                        "Irn": IRN,
                        "SignedInvoice": "eyJzaWduZWQiOiJpbnZvaWNlIn0",
                        "SignedQRCode": SIGNED_QR,
                        "Status": "ACT",
                    }
                    out = {"Status": 1, "Data": json.dumps(inner)}
                data = json.dumps(out).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/eivital/v1.04/Invoice"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()


@pytest.fixture
def gsp() -> Iterator[_Gsp]:
    stub = _Gsp()
    yield stub
    stub.server.shutdown()
    stub.server.server_close()


def test_registration_through_the_gsp_is_stored_and_printed_as_a_qr(
    counter: Counter, gsp: _Gsp, tmp_path: Path
) -> None:
    """The request goes to the GSP with the shop's credentials; IRN, ack no and time (11:02
    IST = 05:32 UTC) and signed QR are stored; a second registration is refused; the A4
    invoice prints the IRN and a QR that zbar reads back as the signed QR."""
    bill_id = _b2b_bills(counter)[0]
    svc = EInvoiceService(counter.services.uow, counter.services.clock)
    client = GspClient(
        GspConfig(url=gsp.url, username="shop01", password="s3cret", gstin="27AAPFU0939F1ZV")
    )
    info = svc.register(bill_id, sender=client, by=counter.manager)
    assert (info.irn, info.ack_no, info.signed_qr) == (IRN, "112510000000041", SIGNED_QR)
    assert info.ack_at == datetime(2025, 6, 1, 5, 32, tzinfo=UTC)
    assert gsp.requests == [svc.irn_request(bill_id)]
    assert gsp.headers[0]["user_name"] == "shop01" and gsp.headers[0]["password"] == "s3cret"
    with counter.services.uow.read() as s:
        (row,) = s.scalars(select(EInvoice)).all()
        assert json.loads(row.request_json) == gsp.requests[0]
    with pytest.raises(ValidationError, match="already has an IRN"):
        svc.register(bill_id, sender=client, by=counter.manager)
    assert len(gsp.requests) == 1

    prints = counter.services.prints
    prints.data_dir = tmp_path
    result = prints.print_invoice_pdf(bill_id)
    assert result.pdf_path is not None
    pdf = Path(result.pdf_path)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert IRN in text.replace("\n", "").replace(" ", "") and "112510000000041" in text
    subprocess.run(
        ["pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    page = next(tmp_path.glob("page*.png"))
    read = subprocess.run(
        ["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(page)],
        capture_output=True,
        text=True,
    )
    assert read.stdout.strip() == SIGNED_QR


def test_gsp_refusal_and_silence_are_told_apart(counter: Counter, gsp: _Gsp) -> None:
    """A refusal carries the IRP's code and message and stores nothing; a GSP that does not
    answer is an environment problem."""
    bill_id = _b2b_bills(counter)[0]
    svc = EInvoiceService(counter.services.uow, counter.services.clock)
    gsp.refuse = True
    with pytest.raises(GspRejected, match="2150 Duplicate IRN"):
        svc.register(bill_id, sender=GspClient(GspConfig(url=gsp.url)), by=counter.manager)
    assert svc.registration(bill_id) is None
    closed = gsp.url.replace(str(gsp.server.server_address[1]), "9")  # discard port: refused
    with pytest.raises(GspUnreachable):
        svc.register(
            bill_id, sender=GspClient(GspConfig(url=closed, timeout_s=2)), by=counter.manager
        )
    with pytest.raises(ValidationError, match="web address"):
        GspClient(replace(GspConfig(url=""), url="ftp://x"))

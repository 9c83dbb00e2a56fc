"""Scheme documents read back: the thermal enrolment slip and instalment receipt (ESC/POS
decoded), the A4 enrolment form (pdftotext, and zbar reads the passbook barcode) and the
member's statement PDF with a bounced cheque."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from pyzbar.pyzbar import ZBarSymbol
from pyzbar.pyzbar import decode as zbar_decode

from jewelpos.domain.clock import FixedClock
from jewelpos.domain.schemes import PlanKind, PlanTerms
from jewelpos.printing.scheme_pdf import render_enrolment_pdf, render_statement_pdf
from jewelpos.printing.scheme_slips import render_enrolment_slip, render_instalment_receipt
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.schemes import AccountInfo, PlanInput

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from billing_helpers import Counter, make_counter

from printing.escpos_decode import Decoded, decode

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _member(counter: Counter) -> AccountInfo:
    plan = counter.services.schemes.save_plan(
        PlanInput(
            "GOLD11", "Gold 11+1", PlanTerms(PlanKind.AMOUNT, D("5000.00"), 11, grace_days=7)
        ),
        by=counter.manager,
    )
    return counter.services.schemes.enrol(
        customer_id=counter.customer.id,
        plan_id=plan.id,
        nominee="Ramesh Patil",
        by=counter.cashier,
    )


def _codes(slip: Decoded) -> list[str]:
    """Code 128s of a slip: sent as GS k, or drawn as raster and read by zbar."""
    native = [data.decode().removeprefix("{B") for _, data in slip.barcodes]
    if native or not slip.images:
        return native
    img = slip.stacked()
    framed = Image.new("L", (img.width + 40, img.height + 40), 255)
    framed.paste(img, (20, 20))
    return [d.data.decode() for d in zbar_decode(framed, symbols=[ZBarSymbol.CODE128])]


def _pdf_text(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


def test_enrolment_slip_and_form_carry_the_passbook_barcode(
    counter: Counter, tmp_path: Path
) -> None:
    """The thermal slip prints the member and a Code 128 of the passbook; the A4 form's
    barcode, rendered at 150 dpi, reads back as the passbook number."""
    acc = _member(counter)
    doc = counter.services.scheme_documents.enrolment(acc.id)
    slip = decode(render_enrolment_slip(doc))
    assert "Asha Patil" in slip.text and "Ramesh Patil" in slip.text
    assert _codes(slip) == [acc.passbook]
    pdf = render_enrolment_pdf(doc)
    text = _pdf_text(tmp_path, pdf)
    assert f"Passbook No.: {acc.passbook}" in text and "11 monthly instalments" in text
    (tmp_path / "f.pdf").write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "150",
            "-png",
            "-singlefile",
            str(tmp_path / "f.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    img = Image.open(tmp_path / "page.png").convert("L")
    found = [d.data.decode() for d in zbar_decode(img, symbols=[ZBarSymbol.CODE128])]
    assert found == [acc.passbook]


def test_instalment_receipt_slip(counter: Counter) -> None:
    """The receipt slip shows its S number, the amount and 1 of 11 paid."""
    acc = _member(counter)
    r = counter.services.schemes.pay(
        acc.id, amount=D("5000"), mode="upi", reference="UPI77", by=counter.cashier
    )
    slip = decode(render_instalment_receipt(counter.services.scheme_documents.receipt(r.id)))
    assert r.number in slip.text and "1 of 11" in slip.text and "Paid by UPI UPI77" in slip.text
    assert _codes(slip) == [r.number]


def test_statement_pdf_shows_the_bounced_cheque(
    counter: Counter, clock: FixedClock, tmp_path: Path
) -> None:
    """Instalment, cheque instalment and its reversal are printed with the running balance."""
    acc = _member(counter)
    svc, pdc = counter.services.schemes, counter.services.scheme_cheques
    svc.pay(acc.id, amount=D("5000"), mode="cash", by=counter.cashier)
    c = pdc.add(
        acc.id,
        cheque_no="654321",
        bank="HDFC",
        due_on=date(2025, 7, 1),
        amount=D("5000"),
        by=counter.cashier,
    )
    clock.advance(timedelta(days=30))
    pdc.present(c.id, by=counter.cashier)
    pdc.bounce(c.id, charge=D("300"), by=counter.cashier)
    doc = counter.services.scheme_documents.statement(svc, acc.id)
    text = _pdf_text(tmp_path, render_statement_pdf(doc))
    assert "Cheque bounced: instalment reversed" in text
    assert (
        "654321" in text and "bounced" in text and "Balance: ₹5,000.00" in text.replace("Rs ", "₹")
    )


def test_receipt_is_queued_without_a_printer_and_printed_on_retry(
    counter: Counter, tmp_path: Path
) -> None:
    """No printer: the instalment receipt is queued; with a file printer set, the retry
    renders it again (the scheme renderer) and the bytes hold the receipt number; the
    statement PDF is saved in the data folder."""
    acc = _member(counter)
    r = counter.services.schemes.pay(acc.id, amount=D("5000"), mode="cash", by=counter.cashier)
    prints = counter.services.prints
    prints.printer_target, prints.data_dir = "", tmp_path
    first = counter.services.scheme_prints.print_receipt(r.id)
    assert first.queued and not first.printed
    out = tmp_path / "printer.bin"
    prints.printer_target = f"file:{out}"
    results = prints.retry_queued()
    assert [x.printed for x in results] == [True]
    assert r.number in decode(out.read_bytes()).text
    saved = counter.services.scheme_prints.save_statement_pdf(acc.id)
    assert saved.pdf_path is not None and saved.pdf_path.parent == tmp_path / "schemes"
    assert "Instalment " + r.number in _pdf_text(tmp_path, saved.pdf_path.read_bytes())

"""Estimates, day end and printing of saved bills, on a real migrated SQLite file."""

from __future__ import annotations

import socket
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from jewelpos.db.models_billing import Estimate, Invoice, PrintJob
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import DayClosed, NotFound, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillDraft
from jewelpos.services.printing_jobs import PrintService

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import (
    Counter,
    cash,
    count_rows,
    exchange_old_gold,
    make_counter,
    paid_in_full,
    upi,
)

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _prints(counter: Counter, target: str, data_dir: Path) -> PrintService:
    """The counter's PrintService pointed at ``target`` and ``data_dir``."""
    prints: PrintService = counter.services.prints
    prints.configure(printer_target=target)
    prints.data_dir = data_dir
    prints.timeout = 2.0
    return prints


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_estimate_saved_then_opened_as_a_bill(counter: Counter) -> None:
    """A salesperson's estimate gets its own number; the cashier opens it by number and bills it;
    it cannot be billed twice; its slip carries the number as a barcode."""
    sales = counter.cashier
    draft = BillDraft(
        lines=(counter.ring(), counter.necklace(net_mg=5_000)), customer_id=counter.customer.id
    )
    est = counter.services.estimates.save_estimate(draft, by=sales)
    assert est.number == "EB1-C2/25/00001"
    assert est.net_payable == counter.billing.quote(draft, customer=None).net_payable
    slip = counter.services.estimates.estimate_slip(est.id)
    assert b"ESTIMATE" in slip and est.number.encode() in slip
    assert b"\x1dk" in slip  # GS k: the printer draws the number as a barcode

    opened = counter.services.estimates.open_estimate(est.number.lower())
    assert opened.estimate_id == est.id
    assert [line.piece_id for line in opened.lines] == [line.piece_id for line in draft.lines]
    saved = counter.billing.save_bill(
        paid_in_full(counter, opened, cash_amount="10000"), by=counter.cashier
    )
    with counter.services.uow.read() as s:
        row = s.get(Estimate, est.id)
        inv = s.get(Invoice, saved.id)
        assert row is not None and inv is not None
        assert (row.status, row.invoice_id, inv.estimate_id) == ("billed", saved.id, est.id)
    with pytest.raises(ValidationError, match="billed already"):
        counter.services.estimates.open_estimate(est.number)
    with pytest.raises(NotFound):
        counter.services.estimates.open_estimate("EB1-C2/25/00999")


def test_day_end_counts_cash_closes_the_day_and_lapses_estimates(
    counter: Counter, clock: FixedClock, tmp_path: Path
) -> None:
    """Day end: sales by mode and category, expected cash from the bills, the count by
    denomination; afterwards no bill or estimate is taken and open estimates have lapsed."""
    counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring(),)), cash_amount="20000"),
        by=counter.cashier,
    )
    counter.billing.save_bill(
        paid_in_full(
            counter,
            BillDraft(
                lines=(counter.necklace(huid="NEK002"),),
                old_gold=(exchange_old_gold(),),
                customer_id=counter.customer.id,
            ),
            cash_amount="30500",
        ),
        by=counter.cashier,
    )
    est = counter.services.estimates.save_estimate(
        BillDraft(lines=(counter.necklace(net_mg=4_000),)), by=counter.cashier
    )
    day = counter.today()
    summary = counter.services.day_end.summary(day)
    assert summary.bills_count == 2
    assert summary.expected_cash == D("50500.00")
    assert dict(summary.by_mode) == {
        "cash": D("50500.00"),
        "upi": D("50694.00") + D("141916.00") - D("50500.00"),
    }
    assert {c.category for c in summary.by_category} == {"Gold ring", "Necklace"}
    assert summary.old_gold == D("132160.64") and summary.open_estimates == 1

    report = counter.services.day_end.close_day(
        day, counted={500: 100, 200: 2, 100: 1}, by=counter.manager
    )
    assert report.counted_cash == D("50500.00") and report.difference == D("0.00")
    assert report.lapsed_estimates == 1
    assert counter.services.day_end.is_closed(day)
    with pytest.raises(DayClosed):
        counter.billing.save_bill(
            paid_in_full(counter, BillDraft(lines=(counter.ring("RNG002"),))), by=counter.cashier
        )
    with pytest.raises(DayClosed):
        counter.services.day_end.close_day(day, counted={}, by=counter.cashier)
    with pytest.raises(DayClosed):
        counter.services.estimates.save_estimate(
            BillDraft(lines=(counter.necklace(net_mg=3_000),)), by=counter.cashier
        )
    with pytest.raises(ValidationError, match="lapsed"):
        counter.services.estimates.open_estimate(est.number)
    assert count_rows(counter.services, Invoice) == 2
    with pytest.raises(ValidationError):
        counter.services.day_end.close_day(
            day + timedelta(days=1), counted={3: 1}, by=counter.cashier
        )

    result = _prints(counter, "", tmp_path).save_day_end_pdf(day)
    assert result.pdf_path is not None
    text = _pdf_text(result.pdf_path)
    for expected in ("Day end", "Cash expected", "Cash counted", "Rs 50,500.00", "Necklace", "UPI"):
        assert expected in text, expected
    assert "Closed by Meena Shah" in text  # the manager who closed it

    # the next day is open again
    clock.advance(timedelta(days=1))
    counter.set_rates()
    counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG003"),))), by=counter.cashier
    )


def test_receipt_goes_to_a_file_printer_and_reads_back(counter: Counter, tmp_path: Path) -> None:
    """A `file:` printer target receives exactly the receipt bytes: the bill number (text and
    barcode), payments and totals."""
    saved = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring(),)), cash_amount="694"),
        by=counter.cashier,
    )
    out = tmp_path / "printer.bin"
    prints = _prints(counter, f"file:{out}", tmp_path)
    result = prints.print_receipt(saved.id)
    assert (result.printed, result.queued) == (True, False)
    data = out.read_bytes()
    assert data == prints.receipt_bytes(saved.id)
    assert saved.number.encode() in data
    assert b"TAX INVOICE" in data and b"UPI4471" in data
    assert b"Shree Ganesh Jewellers" in data or b"GSTIN 27AAPFU0939F1ZV" in data
    assert data.count(saved.number.encode()) >= 2  # printed line and barcode data
    assert b"\x1dV" in data  # paper cut


def test_printer_off_leaves_the_bill_saved_and_queues_the_print(
    counter: Counter, tmp_path: Path
) -> None:
    """A printer on a closed port: the bill is saved, the job queued, the cashier told; once a
    printer answers, the queue prints."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed when the block ends: nothing listens there
    saved = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring(),))), by=counter.cashier
    )
    prints = _prints(counter, f"tcp://127.0.0.1:{port}", tmp_path)
    result = prints.print_receipt(saved.id)
    assert (result.printed, result.queued) == (False, True)
    assert "not answering" in result.message and "saved" in result.message
    assert counter.billing.bill(saved.id).status == "final"
    queued = prints.queued()
    assert [(q.kind, q.document_id) for q in queued] == [("receipt", saved.id)]

    out = tmp_path / "later.bin"
    prints.configure(printer_target=f"file:{out}")
    done = prints.retry_queued()
    assert [r.printed for r in done] == [True]
    assert saved.number.encode() in out.read_bytes()
    assert prints.queued() == []
    with counter.services.uow.read() as s:
        job = s.scalars(select(PrintJob)).one()
        assert job.printed_at is not None and job.attempts == 2

    # no printer set at all: queued with a message
    prints.configure(printer_target="")
    nothing = prints.print_receipt(saved.id)
    assert nothing.queued and "No receipt printer" in nothing.message


def test_a4_invoice_pdf_has_the_rule_46_fields(counter: Counter, tmp_path: Path) -> None:
    """The A4 tax invoice saved under data_dir/invoices holds seller and buyer GST details,
    number, date, HSN, purity, weights, HUID, hallmark, taxes, words, old gold and payments."""
    draft = BillDraft(
        lines=(counter.necklace(huid="NEK777"), counter.ring()),
        old_gold=(exchange_old_gold(),),
        customer_id=counter.customer.id,
        payments=(cash("100000"), upi("1")),
    )
    due = counter.billing.quote(draft, customer=None).net_payable
    draft = replace(draft, payments=(cash("100000"), upi(str(due - 100000))))
    saved = counter.billing.save_bill(draft, by=counter.cashier)
    result = _prints(counter, "", tmp_path).print_invoice_pdf(saved.id)
    assert result.pdf_path == tmp_path / "invoices" / "IB1-C2-25-00001.pdf"
    text = _pdf_text(result.pdf_path)
    for field in (
        "TAX INVOICE",
        "IB1-C2/25/00001",
        "01-06-2025",
        "27AAPFU0939F1ZV",
        "Asha Patil",
        "ABCPE1234F",
        "Place of supply: Maharashtra (27)",
        "7113",
        "22K916",
        "32.640",
        "6.250",
        "NEK777",
        "Hallmark",
        "CGST",
        "SGST",
        "Rupees",
        "PB1-C2/25/00001",
        "1,32,160.64",
        "UPI4471",
        "Reverse charge",
    ):
        assert field in text, field


def test_a4_old_gold_from_the_saved_voucher(counter: Counter, tmp_path: Path) -> None:
    """The saved voucher prints its seller as an unregistered individual and the melting
    deduction beside the day's rate: 7,700.00 less 2% = 7,546.00 (7700 x 0.98); the
    triplicate copy is its own file marked Triplicate for Supplier."""
    draft = BillDraft(
        lines=(counter.necklace(huid="NEK778"),),
        old_gold=(exchange_old_gold(),),
        customer_id=counter.customer.id,
        payments=(cash("100000"),),
    )
    due = counter.billing.quote(draft, customer=None).net_payable
    draft = replace(draft, payments=(cash("100000"), upi(str(due - 100000))))
    saved = counter.billing.save_bill(draft, by=counter.cashier)
    prints = _prints(counter, "", tmp_path)
    pdf = prints.print_invoice_pdf(saved.id).pdf_path
    plain = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    text = " ".join(plain.stdout.split())
    assert "7,700.00 less 2% melting = 7,546.00" in text
    assert "Bought from Asha Patil, an unregistered individual" in text
    third = prints.print_invoice_pdf(saved.id, "triplicate")
    assert third.pdf_path == tmp_path / "invoices" / "IB1-C2-25-00001-triplicate.pdf"
    assert not third.duplicate
    assert "Triplicate for Supplier" in _pdf_text(third.pdf_path)
    with pytest.raises(ValidationError):
        prints.print_invoice_pdf(saved.id, "fourth")


def test_print_language_setting_is_checked(counter: Counter) -> None:
    """print_language takes en, hi or both; anything else is refused naming the field."""
    settings = counter.services.shop_settings
    assert settings.load().print_language == "en"
    assert settings.save({"print_language": "both"}, by=counter.owner).print_language == "both"
    with pytest.raises(ValidationError) as bad:
        settings.save({"print_language": "fr"}, by=counter.owner)
    assert bad.value.field == "print_language"
    assert settings.load().print_language == "both"

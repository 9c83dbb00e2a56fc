"""Printing of shipments (place of supply, ship-to) and of the credit-note slip."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import datetime
from decimal import Decimal as D
from pathlib import Path

from jewelpos.printing.documents import CreditNoteDocument, InvoiceDocument
from jewelpos.printing.invoice_pdf import render_tax_invoice_pdf
from jewelpos.printing.receipt import PAPER_80MM, render_credit_note_slip, render_receipt

from .escpos_decode import decode
from .samples import inter_state_invoice

SHIP = "12 Brigade Road, Bengaluru 560001"


def _shipped() -> InvoiceDocument:
    return replace(
        inter_state_invoice(),
        ship_to_address=SHIP,
        ship_to_state_name="Karnataka",
        ship_to_state_code="29",
    )


def test_shipped_invoice_pdf_prints_place_of_supply_and_ship_to(tmp_path: Path) -> None:
    """The A4 invoice of a shipment prints "Place of supply: Karnataka (29)" and the ship-to."""
    path = tmp_path / "inv.pdf"
    path.write_bytes(render_tax_invoice_pdf(_shipped()))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Place of supply: Karnataka (29)" in " ".join(text.split())
    assert "Ship to:" in text and "Brigade Road" in text


def test_shipped_slip_prints_the_ship_to_and_a_counter_slip_does_not() -> None:
    """The thermal slip names the ship-to address only for a shipment."""
    assert f"Ship to: {SHIP}" in " ".join(decode(render_receipt(_shipped())).text.split())
    assert "Ship to" not in decode(render_receipt(inter_state_invoice())).text


def test_credit_note_slip_says_how_the_value_went_back() -> None:
    """The credit-note slip: number as barcode, GST reversed, refund by mode, credit kept."""
    note = CreditNoteDocument(
        shop_name="Shree Jewellers",
        number="RB1C2/2526/00001",
        issued_at=datetime(2025, 5, 24, 12, 5),
        bill_number="B1C2/2526/00042",
        customer_name="Asha Patil",
        reason="size",
        lines=(("Ring RG-2211", D("49217.50")),),
        taxable=D("49217.50"),
        cgst=D("738.26"),
        sgst=D("738.26"),
        igst=D("0.00"),
        total=D("50694.02"),
        refunds=(("UPI", D("694.02")),),
        kept_as_credit=D("50000.00"),
    )
    slip = decode(render_credit_note_slip(note, paper=PAPER_80MM))
    text = slip.text
    assert "CREDIT NOTE" in text and "Against bill B1C2/2526/00042" in text
    assert "CGST reversed" in text and "738.26" in text
    assert "Refunded by UPI" in text and "Kept as credit" in text
    assert slip.barcodes == [(73, b"{BRB1C2/2526/00001")]

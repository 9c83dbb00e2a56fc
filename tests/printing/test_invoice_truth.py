"""The A4 invoice says what is true: old-gold seller, melting deduction, Rule 48 copies."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from decimal import Decimal as D

import pytest

from jewelpos.domain.errors import ValidationError
from jewelpos.printing.invoice_pdf import render_tax_invoice_pdf

from .samples import OLD_GOLD, exchange_invoice


def _text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def test_unregistered_seller_sentence() -> None:
    """Old gold from a buyer without GSTIN: bought from that unregistered individual, no GST."""
    doc = replace(exchange_invoice(buyer_name="Asha Patil"), old_gold_seller_name="Asha Patil")
    text = _text(render_tax_invoice_pdf(doc))
    assert "Bought from Asha Patil, an unregistered individual: no GST charged" in text
    assert "registered person" not in text


def test_registered_seller_sentence_names_their_invoice() -> None:
    """Old gold from a registered person: their GSTIN and their own invoice carry the GST."""
    doc = replace(
        exchange_invoice(buyer_name="Kaveri Traders"),
        old_gold_seller_gstin="27AABCK1234L1Z2",
        old_gold_seller_invoice="KT/25/118",
    )
    text = _text(render_tax_invoice_pdf(doc))
    assert (
        "Bought from Kaveri Traders, a registered person (GSTIN 27AABCK1234L1Z2), against "
        "their tax invoice KT/25/118" in text
    )
    assert "unregistered individual" not in text


def test_melting_deduction_beside_the_rate_it_reduces() -> None:
    """7,700.00 less 2% melting = 7,546.00 (7700 x 0.98 = 7546) in the old gold rate cell."""
    line = replace(OLD_GOLD, market_rate=D("7700.00"), deduction_percent=D("2"))
    doc = replace(exchange_invoice(buyer_name="Asha Patil"), old_gold=(line,))
    text = _text(render_tax_invoice_pdf(doc))
    assert "7,700.00 less 2% melting = 7,546.00" in text


@pytest.mark.parametrize(
    ("copy", "label"),
    [
        ("original", "Original for Recipient"),
        ("duplicate", "Duplicate for Transporter"),
        ("triplicate", "Triplicate for Supplier"),
    ],
)
def test_rule_48_copy_marking(copy: str, label: str) -> None:
    """Each Rule 48 copy prints its own marking under the title, and only that one."""
    text = _text(render_tax_invoice_pdf(exchange_invoice(buyer_name="Asha Patil"), copy=copy))
    assert label in text
    others = {"Original for Recipient", "Duplicate for Transporter", "Triplicate for Supplier"}
    assert not any(other in text for other in others - {label})


def test_unknown_copy_is_refused() -> None:
    """A copy name other than the three of Rule 48 is a validation error."""
    with pytest.raises(ValidationError):
        render_tax_invoice_pdf(exchange_invoice(), copy="quadruplicate")


def test_hindi_names_extract_exactly() -> None:
    """pdftotext gives back the shop's and the customer's Hindi names as typed (conjuncts,
    reph and matras included), in reading and in layout order."""
    shop = "सुनीता शर्मा ज्वैलर्स"
    customer = "क्षितिज प्रॉपर्टीज़ श्रीवास्तव"
    base = exchange_invoice(buyer_name=customer)
    doc = replace(base, seller=replace(base.seller, trade_name=shop))
    pdf = render_tax_invoice_pdf(doc)
    plain = _text(pdf)
    assert shop in plain
    assert f"Name: {customer}" in plain
    layout = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert shop in layout and customer in layout
    assert plain.count(shop) == 1  # the span replaces the glyphs: the name is not doubled


def test_credit_note_pdf_hindi_customer_extracts_exactly() -> None:
    """The A4 credit note gives back a Hindi shop and customer name as typed."""
    from datetime import datetime

    from jewelpos.printing.credit_note_pdf import render_credit_note_pdf
    from jewelpos.printing.documents import CreditNoteDocument

    note = CreditNoteDocument(
        shop_name="सुनीता शर्मा ज्वैलर्स",
        number="RB1C2/2526/00001",
        issued_at=datetime(2025, 5, 24, 12, 5),
        bill_number="B1C2/2526/00042",
        customer_name="रमेश कुमार शर्मा",
        reason="size",
        lines=(("Ring RG-2211", D("49217.50")),),
        taxable=D("49217.50"),
        cgst=D("738.26"),
        sgst=D("738.26"),
        igst=D("0.00"),
        total=D("50694.02"),
    )
    text = _text(render_credit_note_pdf(note))
    assert "सुनीता शर्मा ज्वैलर्स" in text
    assert "Customer: रमेश कुमार शर्मा" in text

"""The A4 tax invoice read back with poppler: Rule 46 fields, jewellery details, Hindi font."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from jewelpos.domain.errors import ValidationError
from jewelpos.printing.fonts import find_fonts
from jewelpos.printing.invoice_pdf import render_tax_invoice_pdf

from .samples import HINDI_NAME, exchange_invoice, inter_state_invoice


def _pdf(tmp_path: Path, data: bytes, name: str = "invoice.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _text(path: Path) -> str:
    """pdftotext in reading order and in layout order (table cells come out whole in one or
    the other), whitespace collapsed, the two joined by a line break marker."""
    texts = []
    for args in ([], ["-layout"]):
        out = subprocess.run(
            ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
        )
        texts.append(" ".join(out.stdout.split()))
    return " ¶ ".join(texts)


def test_rule_46_fields_and_jewellery_details(tmp_path: Path) -> None:
    """Supplier, buyer, number, date, place of supply, HSN 7113, 22K916, HUID, tax, words, round off."""
    text = _text(_pdf(tmp_path, render_tax_invoice_pdf(exchange_invoice())))
    for expected in (
        "TAX INVOICE",
        "Shree Ganesh Jewellers Private Limited",
        "14 Laxmi Road, Pune 411030",
        "GSTIN: 27AAPCS1234F1Z5",
        "Invoice No.: B1C2/2526/00042",
        "Date: 24-05-2025",
        "Place of supply: Maharashtra (27)",
        "Reverse charge: No",
        "State: Maharashtra, code 27",
        "GSTIN: Unregistered",
        "PAN: ABCPS1234K",
        "7113",
        "22K916",
        "HUID: AB12CD",
        "32.640",  # gross and net weight
        "7,150.00",
        "2,33,376.00",  # metal value
        "VA 14% 32,672.64",
        "Hallmark 45.00",
        "2,66,093.64",  # taxable value
        "CGST @ 1.5% 3,991.40",
        "SGST @ 1.5% 3,991.40",
        "2,74,076.44",  # invoice value
        "Old gold purchase voucher OG/2526/00007",
        "21.300 0.450 20.850 84 17.514 7,546.00 1,32,160.64",
        "Round off 0.20",
        "₹1,41,916.00",
        "Rupees One Lakh Forty-One Thousand Nine Hundred and Sixteen Only",
        "Cash 41,916.00",
        "414512345678 1,00,000.00",
        "Salesperson: Anil",
        "for Shree Ganesh Jewellers Private Limited",
        "Authorised signatory",
    ):
        assert expected in text, expected


def test_inter_state_invoice_has_igst_and_buyer_gstin(tmp_path: Path) -> None:
    """A registered buyer in another state: buyer GSTIN, place of supply Karnataka (29), IGST only."""
    text = _text(_pdf(tmp_path, render_tax_invoice_pdf(inter_state_invoice())))
    for expected in (
        "GSTIN: 29AABCK1234L1Z2",
        "Place of supply: Karnataka (29)",
        "IGST @ 3% 1,476.53",
        "Stone wt",
        "0.380",
        "Stones 1,200.00",
        "Making 2,641.50",
        "Less: Scheme SCH-0012 -5,500.00",
        "Round off -0.03",
        "₹45,194.00",
    ):
        assert expected in text, expected
    assert "CGST @" not in text and "SGST @" not in text


def test_devanagari_buyer_name_uses_embedded_devanagari_font(tmp_path: Path) -> None:
    """The Hindi name is set in an embedded Devanagari font that has every one of its letters."""
    path = _pdf(tmp_path, render_tax_invoice_pdf(exchange_invoice()))
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    deva_rows = [row for row in fonts.splitlines() if find_fonts().devanagari.stem in row]
    assert deva_rows and " yes yes " in deva_rows[0]  # embedded, subset
    cmap = TTFont("check", str(find_fonts().devanagari)).face.charToGlyph
    assert all(ord(ch) in cmap for ch in HINDI_NAME)  # no tofu
    assert HINDI_NAME in _text(path)  # the reph of शर्मा too (ActualText span)


def test_latin_invoice_has_no_devanagari_font(tmp_path: Path) -> None:
    """Without Hindi text only the Latin font is used (the Devanagari font is not dragged in)."""
    path = _pdf(tmp_path, render_tax_invoice_pdf(exchange_invoice(buyer_name="Ramesh Sharma")))
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert find_fonts().devanagari.stem not in fonts
    assert "Name: Ramesh Sharma" in _text(path)


def test_invoice_number_longer_than_16_is_refused() -> None:
    """Rule 46 allows at most 16 characters of letters, digits, '/' and '-'."""
    doc = dataclasses.replace(exchange_invoice(), invoice_number="B1C2/2526/0004200")
    with pytest.raises(ValidationError):
        render_tax_invoice_pdf(doc)


def test_many_lines_flow_onto_a_second_page(tmp_path: Path) -> None:
    """A long bill continues on page 2 with the item header repeated and totals after the lines."""
    base = exchange_invoice()
    doc = dataclasses.replace(base, lines=base.lines * 30)
    path = _pdf(tmp_path, render_tax_invoice_pdf(doc))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])
    assert pages >= 2
    page2 = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Description of goods" in page2

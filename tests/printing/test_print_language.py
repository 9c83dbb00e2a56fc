"""Printed documents in the shop's print language: Hindi labels from the screens' catalogue,
read back from the PDF (pdftotext) and from the slip's raster lines (pixel for pixel)."""

from __future__ import annotations

import subprocess

import pytest
from PIL import Image

from jewelpos.domain.errors import ValidationError
from jewelpos.printing import raster
from jewelpos.printing.invoice_pdf import render_tax_invoice_pdf
from jewelpos.printing.labels import PrintLabels
from jewelpos.printing.receipt import PAPER_80MM, render_receipt

from .escpos_decode import decode
from .samples import exchange_invoice


def _text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def _slip_line(text: str, *, bold: bool = False) -> bytes:
    """The raster a centred 80 mm slip line of ``text`` prints as (as the decoder gives it)."""
    paper = PAPER_80MM
    size = raster.fit_size(text, paper.text_px, paper.width_px, bold=bold)
    line = raster.text_line(text, paper.width_px, size, align="center", bold=bold)
    canvas = Image.new("L", (paper.width_px, line.height), raster.WHITE)
    canvas.paste(line.convert("L"), (0, 0))
    return raster.to_one_bit(canvas).convert("L").tobytes()


def test_hindi_labels_come_from_the_catalogue() -> None:
    """hi: the Printing context's Hindi; both: a heading in both, a label in English."""
    hi, both = PrintLabels("hi"), PrintLabels("both")
    assert hi.translate("Printing", "Net payable") == "कुल देय"
    assert hi.heading(hi.translate("Printing", "Net payable")) == "कुल देय"
    assert both.translate("Printing", "Taxable value") == "Taxable value"
    assert both.heading(both.translate("Printing", "Net payable")) == "Net payable / कुल देय"
    assert PrintLabels("en").heading(PrintLabels("en").translate("Printing", "TAX INVOICE")) == (
        "TAX INVOICE"
    )
    with pytest.raises(ValidationError):
        PrintLabels("fr")


def test_a4_invoice_in_hindi_extracts_its_hindi_labels() -> None:
    """An A4 invoice printed in Hindi reads back its title, copy marking and labels in Hindi."""
    text = _text(render_tax_invoice_pdf(exchange_invoice(), language="hi", copy="original"))
    for words in (
        "टैक्स इनवॉइस",
        "मूल प्रति - प्राप्तकर्ता के लिए",
        "प्राप्तकर्ता का विवरण (खरीदार)",
        "नाम: रमेश कुमार शर्मा",
        "आपूर्ति का स्थान: Maharashtra (27)",
        "कर योग्य मूल्य",
        "कुल देय",
        "पुराने सोने का खरीद वाउचर",
        "अधिकृत हस्ताक्षरकर्ता",
    ):
        assert words in text, words
    assert "Net payable" not in text and "Authorised signatory" not in text


def test_a4_invoice_both_has_bilingual_headings() -> None:
    """both: headings carry English and Hindi; plain labels stay English."""
    text = _text(render_tax_invoice_pdf(exchange_invoice(), language="both"))
    assert "TAX INVOICE / टैक्स इनवॉइस" in text
    assert "Net payable / कुल देय" in text
    assert "Taxable value" in text and "Round off" in text


def test_hindi_receipt_prints_hindi_lines() -> None:
    """A Hindi receipt's title and thanks are raster lines equal, pixel for pixel, to the
    catalogue's Hindi drawn by the slip; the English words are gone from its text."""
    slip = decode(render_receipt(exchange_invoice(), paper=PAPER_80MM, language="hi"))
    images = [im.tobytes() for im in slip.images]
    assert _slip_line("टैक्स इनवॉइस", bold=True) in images
    assert _slip_line("धन्यवाद। फिर पधारें।") in images
    assert "TAX INVOICE" not in slip.text and "Thank you" not in slip.text
    assert "GSTIN 27AAPCS1234F1Z5" in slip.text  # plain Latin lines stay printer text
    assert slip.barcodes == [(73, b"{BB1C2/2526/00042")]
    english = decode(render_receipt(exchange_invoice(), paper=PAPER_80MM))
    assert "TAX INVOICE" in english.text and "Thank you. Please visit again." in english.text


def test_hindi_receipt_prints_the_points_lines_in_hindi() -> None:
    """The loyalty lines of a Hindi receipt (redeemed, earned, balance) come from the catalogue
    too: Hindi labels, drawn as three more raster lines; the English words are gone."""
    from dataclasses import replace

    from jewelpos.printing.documents import PointsNote

    hi = PrintLabels("hi")
    assert hi.translate("Printing", "Points earned") == "मिले पॉइंट"
    assert hi.translate("Printing", "Points balance") == "पॉइंट शेष"
    plain = exchange_invoice()
    bill = replace(plain, points=PointsNote(earned=51, balance=251, redeemed=100))
    english = decode(render_receipt(bill, paper=PAPER_80MM)).text
    assert "Points earned" in english and "Points balance" in english
    without = decode(render_receipt(plain, paper=PAPER_80MM, language="hi"))
    hindi = decode(render_receipt(bill, paper=PAPER_80MM, language="hi"))
    assert "Points" not in hindi.text
    assert len(hindi.images) == len(without.images) + 3

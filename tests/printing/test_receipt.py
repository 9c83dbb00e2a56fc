"""Thermal slips decoded from their ESC/POS bytes: text, raster images, UPI QR and Code 128."""

from __future__ import annotations

from decimal import Decimal as D
from urllib.parse import parse_qs, urlsplit

import pytest
from PIL import Image
from pyzbar.pyzbar import ZBarSymbol
from pyzbar.pyzbar import decode as zbar_decode

from jewelpos.domain.errors import ValidationError
from jewelpos.printing.receipt import (
    PAPER_58MM,
    PAPER_80MM,
    UpiRequest,
    render_estimate_slip,
    render_receipt,
    upi_uri,
)

from .escpos_decode import decode
from .samples import HINDI_NAME, estimate, exchange_invoice, inter_state_invoice

UPI = UpiRequest(
    "shreeganesh@okaxis", "Shree Ganesh Jewellers", D("100000.00"), "Bill B1C2/2526/00042"
)


def _read(img: Image.Image, symbol: ZBarSymbol) -> list[str]:
    framed = Image.new("L", (img.width + 40, img.height + 40), 255)
    framed.paste(img, (20, 20))
    return [d.data.decode("utf-8") for d in zbar_decode(framed, symbols=[symbol])]


def test_upi_uri_has_npci_fields() -> None:
    """The UPI link carries payee VPA, name, amount with 2 decimals, INR and the note, URL-encoded."""
    uri = upi_uri(
        "shreeganesh@okaxis", "Shree Ganesh Jewellers", D("152226"), "Bill B1C2/2526/00042"
    )
    assert uri.startswith("upi://pay?pa=shreeganesh@okaxis&")
    query = parse_qs(urlsplit(uri).query)
    assert query == {
        "pa": ["shreeganesh@okaxis"],
        "pn": ["Shree Ganesh Jewellers"],
        "am": ["152226.00"],
        "cu": ["INR"],
        "tn": ["Bill B1C2/2526/00042"],
    }
    with pytest.raises(ValidationError):
        upi_uri("not-a-vpa", "Shop", D("10"))
    with pytest.raises(ValidationError):
        upi_uri("shop@upi", "Shop", D("0"))


def test_80mm_receipt_native_barcode_qr_and_raster_text() -> None:
    """80 mm: bill number as a native GS k CODE128 ({B set), UPI QR and Hindi/₹ lines as raster."""
    slip = decode(render_receipt(exchange_invoice(), paper=PAPER_80MM, upi=UPI))
    assert slip.commands[0] == b"\x1b@"
    assert slip.barcodes == [(73, b"{BB1C2/2526/00042")]
    assert all(img.width == 576 for img in slip.images)
    qrs = [q for img in slip.images for q in _read(img, ZBarSymbol.QRCODE)]
    assert qrs == [UPI.uri()]
    # ASCII parts stay printer text, with Indian grouping
    for expected in (
        "Bill B1C2/2526/00042",
        "GSTIN 27AAPCS1234F1Z5",
        "2,66,093.64",
        "CGST 1.5%",
        "Less old gold",
        "-1,32,160.64",
        "Round off",
        "UPI 414512345678",
        "Rupees One Lakh Forty-One Thousand",
    ):
        assert expected in slip.text
    assert HINDI_NAME not in slip.text and "₹" not in slip.text and "?" not in slip.text
    assert slip.commands[-1] == b"GS V"  # partial cut at the end


def test_58mm_receipt_raster_barcode_reads_back() -> None:
    """58 mm (no hardware barcode in the profile): the Code 128 is raster and zbar reads the number."""
    slip = decode(render_receipt(exchange_invoice(), paper=PAPER_58MM, upi=UPI))
    assert slip.barcodes == []
    assert all(img.width == 384 for img in slip.images)
    codes = [c for img in slip.images for c in _read(img, ZBarSymbol.CODE128)]
    assert codes == ["B1C2/2526/00042"]
    assert [q for img in slip.images for q in _read(img, ZBarSymbol.QRCODE)] == [UPI.uri()]
    assert max(len(line) for line in slip.text.splitlines()) <= 32


def test_hindi_and_rupee_lines_are_inked_rasters() -> None:
    """The customer's Hindi name and the ₹ total are images with ink, not '?' in text mode."""
    with_hindi = decode(render_receipt(exchange_invoice(), paper=PAPER_80MM))
    latin = decode(render_receipt(exchange_invoice(buyer_name="Ramesh Sharma"), paper=PAPER_80MM))
    assert "Customer: Ramesh Sharma" in latin.text
    assert len(with_hindi.images) == len(latin.images) + 1
    for img in with_hindi.images:
        ink = img.histogram()[0]  # black pixels
        assert ink > 100


def test_inter_state_receipt_shows_igst_and_card() -> None:
    """IGST bills print one IGST line and no CGST/SGST; the card reference is printed."""
    slip = decode(render_receipt(inter_state_invoice(), paper=PAPER_80MM))
    assert "IGST 3%" in slip.text and "CGST" not in slip.text
    assert "Card xx4242 appr 551234" in slip.text
    assert "Less Scheme SCH-0012" in slip.text


def test_estimate_slip_barcode_and_validity() -> None:
    """The estimate slip carries its number as Code 128 for the cashier to scan, and 'valid today'."""
    slip80 = decode(render_estimate_slip(estimate(), paper=PAPER_80MM))
    assert slip80.barcodes == [(73, b"{BE1C2/2526/00315")]
    assert "Valid only on 24-05-2025" in slip80.text
    assert "50,694.02" in slip80.text and "Making" in slip80.text
    slip58 = decode(render_estimate_slip(estimate(), paper=PAPER_58MM))
    assert [c for img in slip58.images for c in _read(img, ZBarSymbol.CODE128)] == [
        "E1C2/2526/00315"
    ]

"""Slips an officer accepts: Rule 46 fields, 2-dot barcodes, feed and cut, read back from bytes."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

from PIL import Image
from pyzbar.pyzbar import ZBarSymbol
from pyzbar.pyzbar import decode as zbar_decode

from jewelpos.printing.documents import Payment
from jewelpos.printing.receipt import PAPER_58MM, PAPER_80MM, payment_label, render_receipt

from .escpos_decode import decode
from .samples import CHAIN, exchange_invoice, inter_state_invoice


def _code128(img: Image.Image) -> list[str]:
    framed = Image.new("L", (img.width + 40, img.height + 40), 255)
    framed.paste(img.convert("L"), (20, 20))
    return [d.data.decode() for d in zbar_decode(framed, symbols=[ZBarSymbol.CODE128])]


def _narrowest_run(img: Image.Image) -> int:
    """The narrowest black run across the bars (along the longer side, through the middle)."""
    gray = img.convert("L")
    if gray.height > gray.width:
        gray = gray.rotate(-90, expand=True)
    y = gray.height // 2
    runs, run = [], 0
    for x in range(gray.width):
        if gray.getpixel((x, y)) < 128:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    return min(runs)


def test_tax_invoice_slip_carries_rule_46_fields() -> None:
    """The TAX INVOICE slip prints HSN per line, buyer address and state with code, reverse
    charge, supplier GSTIN, number, date, place of supply and a signature line."""
    slip = decode(render_receipt(inter_state_invoice(), paper=PAPER_80MM))
    text = slip.text
    assert "TAX INVOICE" in text
    assert "HSN 7113" in text
    assert "Address: 5 MG Road, Bengaluru 560001" in text
    assert "State: Karnataka (29)" in text
    assert "GSTIN: 29AABCK1234L1Z2" in text
    assert "GSTIN 27AAPCS1234F1Z5" in text
    assert "Bill B1C2/2526/00043" in text and "24-05-2025" in text
    assert "Place of supply: Karnataka (29)" in text
    assert "Reverse charge: No" in text
    assert "for Shree Ganesh Jewellers Private Limited" in text
    assert "Authorised signatory" in text
    assert text.index("HSN 7113") < text.index("Taxable value")


def test_card_mode_printed_once_and_purity_once() -> None:
    """'Card card xx4242' prints as 'Card xx4242'; a description already naming the purity does
    not get it again."""
    doc = replace(
        inter_state_invoice(),
        lines=(replace(CHAIN, description="Gold Chain 22K916"),),
        payments=(Payment("Card", D("45194.00"), reference="card xx4242"),),
    )
    text = decode(render_receipt(doc, paper=PAPER_80MM)).text
    assert "Card xx4242" in text and "Card card" not in text.replace("\n", " ")
    assert "1. Gold Chain 22K916\n" in text
    assert text.count("22K916") == 1
    assert payment_label("UPI", "414512345678") == "UPI 414512345678"
    assert payment_label("Cash", "") == "Cash"


def test_58mm_barcode_has_two_dot_bars_and_decodes() -> None:
    """The 58 mm slip's bill barcode decodes with zbar and its narrowest bar is 2 dots or more."""
    slip = decode(render_receipt(exchange_invoice(), paper=PAPER_58MM))
    found = [(im, _code128(im)) for im in slip.images]
    bars = [im for im, codes in found if codes == ["B1C2/2526/00042"]]
    assert len(bars) == 1
    assert _narrowest_run(bars[0]) >= 2
    assert max(im.width for im in slip.images) <= PAPER_58MM.width_px


def test_slips_feed_past_tear_bar_and_cut_where_possible() -> None:
    """80 mm (has a cutter) ends with GS V 66 0, feed-and-part-cut; 58 mm (no cutter) ends with
    ESC d 6, six lines past the head to the tear bar."""
    wide = render_receipt(exchange_invoice(), paper=PAPER_80MM)
    assert wide.endswith(b"\x1dVB\x00")
    assert decode(wide).commands[-1] == b"GS V"
    narrow = render_receipt(exchange_invoice(), paper=PAPER_58MM)
    assert narrow.endswith(b"\x1bd\x06")
    assert b"GS V" not in decode(narrow).commands
    uncut = render_receipt(exchange_invoice(), paper=PAPER_80MM, cut=False)
    assert uncut.endswith(b"\x1bd\x06")

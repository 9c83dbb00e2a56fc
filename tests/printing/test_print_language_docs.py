"""Estimate and credit-note slips, the credit-note and day-end PDFs and the tags in the shop's print
language: their Hindi labels (the screens' catalogue) read back from the ESC/POS raster lines
(pixel for pixel), from pdftotext, and from the tag printer's commands."""

from __future__ import annotations

import itertools
import re
import subprocess
from datetime import date, datetime
from decimal import Decimal as D

import pytest

from jewelpos.printing.credit_note_pdf import render_credit_note_pdf
from jewelpos.printing.day_end_pdf import (
    DayEndCategory,
    DayEndCount,
    DayEndDocument,
    render_day_end_pdf,
)
from jewelpos.printing.documents import CreditNoteDocument
from jewelpos.printing.labels import Label, PrintLabels
from jewelpos.printing.receipt import (
    PAPER_80MM,
    _Slip,
    render_credit_note_slip,
    render_estimate_slip,
)
from jewelpos.printing.tags import (
    TagLayout,
    field_texts,
    in_print_language,
    render_tspl,
    render_zpl,
)

from .escpos_decode import decode
from .samples import HINDI_NAME, estimate
from .test_tag_fit import _check_boxes, longest_tags, tspl_boxes, zpl_boxes


def _text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def _slip_images(left: str, right: str = "", *, bold: bool = False) -> list[bytes]:
    """The raster lines one slip line of ``left`` (and ``right``) prints as, decoded."""
    slip = _Slip(PAPER_80MM)
    slip.line(left, right, bold=bold)
    return [im.tobytes() for im in decode(slip.finish(cut=True)).images]


def _has_line(images: list[bytes], left: str, right: str = "", *, bold: bool = False) -> bool:
    wanted = _slip_images(left, right, bold=bold)
    return bool(wanted) and all(w in images for w in wanted)


def _credit_note() -> CreditNoteDocument:
    return CreditNoteDocument(
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


def _day_end() -> DayEndDocument:
    return DayEndDocument(
        shop_name="Shree Jewellers",
        where="Pune / C2",
        day=date(2025, 6, 1),
        closed=True,
        bills_count=2,
        taxable=D("100000.00"),
        gst=D("3000.00"),
        invoice_value=D("103000.00"),
        old_gold=D("0.00"),
        net_sales=D("103000.00"),
        returns_count=0,
        returns_total=D("0.00"),
        cash_refunds=D("0.00"),
        voucher_total=D("0.00"),
        voucher_cash=D("0.00"),
        open_estimates=0,
        expected_cash=D("50500.00"),
        by_mode=(("Cash", D("50500.00")), ("UPI", D("52500.00"))),
        by_category=(DayEndCategory("Necklace", "हार", 1, 20_000, D("60000.00")),),
        cancellations=(),
        count=DayEndCount(
            counted=((500, 101),),
            opening_float=D("0.00"),
            counted_cash=D("50500.00"),
            expected_cash=D("50500.00"),
            difference=D("0.00"),
            closed_by="Meena Shah",
            closed_at=datetime(2025, 6, 1, 21, 5),
        ),
    )


def test_hindi_estimate_slip_prints_the_catalogues_labels() -> None:
    """A Hindi estimate: customer, taxable value and round off are raster lines of the
    catalogue's Hindi; the English labels are gone from its printer text."""
    slip = decode(render_estimate_slip(estimate(), paper=PAPER_80MM, language="hi"))
    images = [im.tobytes() for im in slip.images]
    assert _has_line(images, f"ग्राहक: {HINDI_NAME}")
    assert _has_line(images, "मोबाइल: 9876543210")
    assert not _has_line(images, "नहीं E1C2/2526/00315", "24-05-2025 10:15")  # "No" is yes/no
    assert _has_line(images, "कर योग्य मूल्य", "49,217.50")
    assert _has_line(images, "राउंड ऑफ़", "-0.02")
    assert "Taxable value" not in slip.text and "Round off" not in slip.text
    assert slip.barcodes == [(73, b"{BE1C2/2526/00315")]
    english = decode(render_estimate_slip(estimate(), paper=PAPER_80MM))
    assert "ESTIMATE (not a tax invoice)" in english.text and "Taxable value" in english.text
    assert not _has_line([im.tobytes() for im in english.images], "कर योग्य मूल्य", "49,217.50")


def test_hindi_credit_note_slip_and_pdf_carry_hindi_labels() -> None:
    """The credit note in Hindi: slip lines and PDF text in the catalogue's Hindi (customer,
    taxable value, the payment mode as the screens name it)."""
    slip = decode(render_credit_note_slip(_credit_note(), paper=PAPER_80MM, language="hi"))
    images = [im.tobytes() for im in slip.images]
    assert _has_line(images, "ग्राहक: Asha Patil")
    assert _has_line(images, "कर योग्य मूल्य", "49,217.50")
    assert "Taxable value" not in slip.text
    assert slip.barcodes == [(73, b"{BRB1C2/2526/00001")]
    text = _text(render_credit_note_pdf(_credit_note(), language="hi"))
    for words in ("ग्राहक: Asha Patil", "कर योग्य मूल्य", "यूपीआई", "तारीख़: 24-05-2025 12:05"):
        assert words in text, words
    assert "Taxable value" not in text and "Customer:" not in text
    english = _text(render_credit_note_pdf(_credit_note()))
    assert "CREDIT NOTE" in english and "Refunded by UPI" in english


def test_day_end_pdf_in_hindi_uses_the_day_end_screens_words() -> None:
    """The day-end PDF in Hindi reads back the day-end screen's Hindi (sales, cash counted and
    expected, payment modes, categories by their Hindi names)."""
    text = _text(render_day_end_pdf(_day_end(), language="hi"))
    for words in (
        "दिन की समाप्ति",
        "बिक्री",
        "भुगतान के तरीके से",
        "कैश",
        "यूपीआई",
        "श्रेणी",
        "हार",
        "गिना गया कैश",
        "अपेक्षित कैश",
        "अंतर",
        "Rs 50,500.00",
    ):
        assert words in text, words
    assert "Cash counted" not in text and "By payment mode" not in text
    both = _text(render_day_end_pdf(_day_end(), language="both"))
    assert "Day end / दिन की समाप्ति" in both and "Sales / बिक्री" in both
    assert "Cash counted" in both  # plain labels stay English with "both"


_TAG_HINDI = {"G": "कुल", "L": "नग", "N": "शुद्ध"}


class _CatalogueHindi(PrintLabels):
    """The Hindi catalogue with the tag's short labels the lead adds from disp-hi.json."""

    def translate(self, context: str, text: str) -> Label:
        hindi = _TAG_HINDI.get(text) or super().translate(context, text).hindi
        return Label(hindi, english=text, hindi=hindi)


@pytest.mark.parametrize("dpi", [203, 300])
def test_hindi_tag_labels_stay_in_their_flags(dpi: int) -> None:
    """Tags in Hindi: the default G / L / N become the short Hindi labels, printed as bitmaps
    that stay inside the flags with the longest values, in TSPL and ZPL, at 203 and 300 dpi."""
    layout = in_print_language(TagLayout(dpi=dpi), _CatalogueHindi("hi"))
    assert [f.label for f in layout.fields if f.label] == ["कुल ", "नग ", "शुद्ध "]
    for tag in longest_tags(6):
        texts = dict((f.name, t) for f, t in field_texts(tag, layout))
        assert texts["gross"].startswith("कुल ") and texts["net"].startswith("शुद्ध ")
        job = render_tspl([tag], layout)
        block = job[job.index(b"CLS\r\n") + 5 : job.index(b"PRINT 1,")]
        boxes = tspl_boxes(block, dpi)
        assert sum(k == "bitmap" for k, _b, _m in boxes) >= 3  # the three Hindi weights
        _check_boxes(boxes, layout, f"TSPL {dpi} {tag.tag_code}")
        (fmt,) = re.findall(r"\^XA(.*?)\^XZ", render_zpl([tag], layout).decode(), flags=re.S)
        _check_boxes(zpl_boxes(fmt), layout, f"ZPL {dpi} {tag.tag_code}")
    # English and "both" keep the layout's own labels (no room for two words on a tag)
    assert in_print_language(TagLayout(dpi=dpi), _CatalogueHindi("both")) == TagLayout(dpi=dpi)
    assert in_print_language(TagLayout(dpi=dpi), PrintLabels("en")) == TagLayout(dpi=dpi)


def test_day_end_slip_in_hindi_prints_the_screens_words() -> None:
    """The day-end slip in Hindi: its heading, cash counted and payment-mode lines are raster
    lines of the day-end screen's Hindi; English keeps them as printer text."""
    from jewelpos.printing.day_end_slip import render_day_end_slip

    slip = decode(render_day_end_slip(_day_end(), paper=PAPER_80MM, language="hi"))
    images = [im.tobytes() for im in slip.images]
    assert _has_line(images, "बिक्री", bold=True)
    assert _has_line(images, "गिना गया कैश", "50,500.00")
    assert _has_line(images, "अपेक्षित कैश", "50,500.00")
    assert _has_line(images, "  यूपीआई", "52,500.00")
    assert "Cash counted" not in slip.text
    english = decode(render_day_end_slip(_day_end(), paper=PAPER_80MM)).text
    for words in (
        "Day end",
        "Cash counted",
        "50,500.00",
        "Closed by Meena Shah at 01-06-2025 21:05",
    ):
        assert words in " ".join(english.split()), words


def test_pdf_fonts_change_only_between_words() -> None:
    """reportlab shapes a word in one font: "रकम (₹)" and "(GST सहित)" used to switch fonts
    inside "(₹)" and "सहित)" and drew wrong glyphs; the font now changes only at a space."""
    from jewelpos.printing.fonts import DEVANAGARI, LATIN
    from jewelpos.printing.pdftext import markup, pdf_runs

    assert pdf_runs("रकम (₹)") == [(DEVANAGARI, "रकम "), (LATIN, "(₹)")]
    assert pdf_runs("इनवॉइस मूल्य (GST सहित)") == [
        (DEVANAGARI, "इनवॉइस मूल्य "),
        (LATIN, "(GST "),
        (DEVANAGARI, "सहित)"),
    ]
    assert pdf_runs("दर (₹/ग्रा.)") == [(DEVANAGARI, "दर (₹/ग्रा.)")]
    for text in ("रकम (₹)", "इनवॉइस मूल्य (GST सहित)", "पता: 22 Shivaji Nagar, Pune"):
        pieces = [p for p in re.split(r"</?font[^>]*>", markup(text)) if p]
        for before, after in itertools.pairwise(pieces):
            assert before[-1].isspace() or after[0].isspace(), (text, before, after)

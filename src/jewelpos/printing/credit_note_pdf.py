"""A4 credit note (sales return, CGST Act section 34) drawn with reportlab platypus."""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from jewelpos.domain.formatting import format_inr
from jewelpos.printing.documents import CreditNoteDocument
from jewelpos.printing.labels import PrintLabels
from jewelpos.printing.pdftext import SANS, SANS_BOLD, markup, paragraph, register_fonts


def render_credit_note_pdf(note: CreditNoteDocument, *, language: str = "en") -> bytes:
    """The credit note on one A4 page: shop, number, bill, lines, GST reversed, refunds.

    ``language``: the shop's print language ("en", "hi" or "both": headings in both)."""
    register_fonts()
    L = PrintLabels(language)
    body = ParagraphStyle("cn", fontName=SANS, fontSize=9.5, leading=12, shaping=1)
    big = ParagraphStyle("cnh", parent=body, fontName=SANS_BOLD, fontSize=15, leading=19)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm
    )

    def p(text: str, *, bold: bool = False, style: ParagraphStyle = body) -> Paragraph:
        return paragraph(markup(text, bold=bold), style, actual=text)

    def grid(rows: Sequence[Sequence[object]]) -> Table:
        t = Table([[p(c) if isinstance(c, str) else c for c in row] for row in rows],
                  colWidths=[120 * mm, 50 * mm])  # fmt: skip
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                    ("FONTNAME", (0, 0), (-1, -1), SANS),
                ]
            )
        )
        return t

    right = ParagraphStyle("cnr", parent=body, alignment=2)

    def money(amount: Decimal) -> Paragraph:
        return Paragraph(format_inr(amount), right)

    head = [p(note.shop_name, bold=True)]
    if note.shop_address:
        head.append(p(note.shop_address))
    if note.shop_gstin:
        head.append(p(f"GSTIN: {note.shop_gstin}"))
    tax: list[list[object]] = [[L.translate("Printing", "Taxable value"), money(note.taxable)]]
    if note.igst:
        tax.append([L.translate("Printing", "IGST reversed"), money(note.igst)])
    else:
        tax += [
            [L.translate("Printing", "CGST reversed"), money(note.cgst)],
            [L.translate("Printing", "SGST reversed"), money(note.sgst)],
        ]
    tax.append([L.heading(L.translate("Printing", "Credit note value")), money(note.total)])
    refunded = L.translate("Printing", "Refunded by {mode}")
    back: list[list[object]] = [
        [refunded.format(mode=L.translate("Labels", mode)), money(amount)]
        for mode, amount in note.refunds
    ]
    if note.kept_as_credit:
        back.append(
            [L.translate("Printing", "Kept as the customer's credit"), money(note.kept_as_credit)]
        )
    buyer = note.customer_name or L.translate("Printing", "Walk-in customer")
    number = L.translate("Printing", "Credit note No.:") + f" {note.number}"
    date = L.translate("Printing", "Date:") + f" {note.issued_at.strftime('%d-%m-%Y %H:%M')}"
    story = [
        p(L.heading(L.translate("Printing", "CREDIT NOTE")), bold=True, style=big),
        *head,
        Spacer(1, 4 * mm),
        p(f"{number}    {date}"),
        p(L.translate("Printing", "Against tax invoice:") + f" {note.bill_number}"),
        p(L.translate("Printing", "Customer:") + f" {buyer}"),
    ]
    if note.customer_gstin:
        story.append(p(L.translate("Printing", "Customer GSTIN:") + f" {note.customer_gstin}"))
    story += [
        p(L.translate("Printing", "Reason:") + f" {note.reason}"),
        Spacer(1, 4 * mm),
        grid(
            [
                [
                    L.heading(L.translate("Printing", "Goods returned")),
                    L.heading(L.translate("Printing", "Taxable value")),
                ]
            ]
            + [[d, money(a)] for d, a in note.lines]
        ),
        Spacer(1, 4 * mm),
        grid(tax),
    ]
    if back:
        story += [Spacer(1, 4 * mm), grid(back)]
    doc.build(story)
    return buf.getvalue()

"""A4 credit note (sales return, CGST Act section 34) drawn with reportlab platypus."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from jewelpos.domain.formatting import format_inr
from jewelpos.printing.documents import CreditNoteDocument
from jewelpos.printing.pdftext import SANS, SANS_BOLD, markup, paragraph, register_fonts


def render_credit_note_pdf(note: CreditNoteDocument) -> bytes:
    """The credit note on one A4 page: shop, number, bill, lines, GST reversed, refunds."""
    register_fonts()
    body = ParagraphStyle("cn", fontName=SANS, fontSize=9.5, leading=12, shaping=1)
    big = ParagraphStyle("cnh", parent=body, fontName=SANS_BOLD, fontSize=15, leading=19)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm
    )

    def p(text: str, *, bold: bool = False) -> Paragraph:
        return paragraph(markup(text, bold=bold), body, actual=text)

    def grid(rows: Sequence[Sequence[object]]) -> Table:
        t = Table(rows, colWidths=[120 * mm, 50 * mm])
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

    head = [p(note.shop_name, bold=True)]
    if note.shop_address:
        head.append(p(note.shop_address))
    if note.shop_gstin:
        head.append(p(f"GSTIN: {note.shop_gstin}"))
    tax = [["Taxable value", format_inr(note.taxable)]]
    if note.igst:
        tax.append(["IGST reversed", format_inr(note.igst)])
    else:
        tax += [["CGST reversed", format_inr(note.cgst)], ["SGST reversed", format_inr(note.sgst)]]
    tax.append(["Credit note value", format_inr(note.total)])
    back = [[f"Refunded by {mode}", format_inr(amount)] for mode, amount in note.refunds]
    if note.kept_as_credit:
        back.append(["Kept as the customer's credit", format_inr(note.kept_as_credit)])
    story = [
        Paragraph("CREDIT NOTE", big),
        *head,
        Spacer(1, 4 * mm),
        p(f"Credit note No.: {note.number}    Date: {note.issued_at.strftime('%d-%m-%Y %H:%M')}"),
        p(f"Against tax invoice: {note.bill_number}"),
        p(f"Customer: {note.customer_name or 'Walk-in customer'}"),
    ]
    if note.customer_gstin:
        story.append(p(f"Customer GSTIN: {note.customer_gstin}"))
    story += [
        p(f"Reason: {note.reason}"),
        Spacer(1, 4 * mm),
        grid(
            [["Goods returned", "Taxable value"]] + [[p(d), format_inr(a)] for d, a in note.lines]
        ),
        Spacer(1, 4 * mm),
        grid(tax),
    ]
    if back:
        story += [Spacer(1, 4 * mm), grid(back)]
    doc.build(story)
    return buf.getvalue()

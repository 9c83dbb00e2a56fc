"""A4 documents of savings schemes (reportlab): the enrolment form with the passbook's Code 128
and the member's statement."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from jewelpos.domain.formatting import format_inr
from jewelpos.printing.pdftext import SANS, SANS_BOLD, markup, register_fonts
from jewelpos.printing.scheme_documents import SchemeEnrolmentDocument, SchemeStatementDocument


def _styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("sc", fontName=SANS, fontSize=9.5, leading=12, shaping=1)
    big = ParagraphStyle("sch", parent=body, fontName=SANS_BOLD, fontSize=15, leading=19)
    return body, big


def _grid(rows: Sequence[Sequence[object]], widths: Sequence[float]) -> Table:
    t = Table(rows, colWidths=list(widths), repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    return t


def _build(story: list[Flowable]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm
    )
    doc.build(story)
    return buf.getvalue()


def render_enrolment_pdf(doc: SchemeEnrolmentDocument) -> bytes:
    """The enrolment form on A4: member, nominee, plan rules, the due dates, the barcode."""
    body, big = _styles()

    def p(text: str, *, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, bold=bold), body)

    story: list[Flowable] = [
        Paragraph(markup(doc.shop_name, bold=True), big),
        p(doc.shop_address),
        Spacer(1, 4 * mm),
        p("SAVINGS SCHEME ENROLMENT", bold=True),
        p(f"Passbook No.: {doc.passbook}", bold=True),
        p(f"Member: {doc.member_name}    Mobile: {doc.mobile}"),
        p(f"Nominee: {doc.nominee or '-'}"),
        p(f"Plan: {doc.plan_name}", bold=True),
        *[p(rule) for rule in doc.plan_rules],
        p(
            f"Start: {doc.start_date.strftime('%d-%m-%Y')}    "
            f"Matures: {doc.maturity.strftime('%d-%m-%Y')}"
        ),
        Spacer(1, 4 * mm),
        _grid(
            [["Instalment", "Due on"]]
            + [[str(i), d.strftime("%d-%m-%Y")] for i, d in enumerate(doc.due_dates, 1)],
            [40 * mm, 50 * mm],
        ),
        Spacer(1, 6 * mm),
        Code128(doc.passbook, barHeight=14 * mm, barWidth=0.5 * mm, humanReadable=True),
    ]
    return _build(story)


def render_statement_pdf(doc: SchemeStatementDocument) -> bytes:
    """The member's statement: every entry with the running balance, and the cheques."""
    body, big = _styles()

    def p(text: str, *, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, bold=bold), body)

    rows: list[list[object]] = [["Date", "Entry", "Amount", "Grams", "Balance"]]
    for day, text, amount, grams, balance in doc.lines:
        rows.append(
            [
                day.strftime("%d-%m-%Y"),
                p(text),
                format_inr(amount),
                f"{grams:.3f}" if grams else "",
                format_inr(balance),
            ]
        )
    story: list[Flowable] = [
        Paragraph(markup(doc.shop_name, bold=True), big),
        p("SCHEME STATEMENT", bold=True),
        p(f"Passbook No.: {doc.passbook}    Plan: {doc.plan_name}"),
        p(f"Member: {doc.member_name}    Mobile: {doc.mobile}"),
        p(
            f"Start: {doc.start_date.strftime('%d-%m-%Y')}    "
            f"Matures: {doc.maturity.strftime('%d-%m-%Y')}    Status: {doc.status}"
        ),
        Spacer(1, 4 * mm),
        _grid(rows, [24 * mm, 76 * mm, 28 * mm, 20 * mm, 30 * mm]),
        Spacer(1, 3 * mm),
        p(f"Balance: {format_inr(doc.balance)}", bold=True),
    ]
    if doc.grams:
        story.append(p(f"Gold credited: {doc.grams:.3f} g"))
    if doc.bonus:
        story.append(p(f"Bonus on maturity: {format_inr(doc.bonus)}"))
    if doc.cheques:
        story += [
            Spacer(1, 4 * mm),
            p("Post-dated cheques", bold=True),
            _grid(
                [["Cheque", "Due on", "Status", "Charge", "Amount"]]
                + [
                    [
                        no,
                        due.strftime("%d-%m-%Y"),
                        status,
                        format_inr(charge) if charge else "",
                        format_inr(amount),
                    ]
                    for no, due, amount, status, charge in doc.cheques
                ],
                [30 * mm, 30 * mm, 30 * mm, 30 * mm, 40 * mm],
            ),
        ]
    return _build(story)

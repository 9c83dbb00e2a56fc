"""The day-end report on A4 (reportlab), its words in the shop's print language: the day-end
screen's own words (context ``DayEndDialog``), payment modes as the screens name them."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from jewelpos.domain.formatting import format_indian
from jewelpos.domain.weight import grams_text
from jewelpos.printing.labels import PrintLabels
from jewelpos.printing.pdftext import SANS, SANS_BOLD, markup, paragraph, register_fonts


@dataclass(frozen=True)
class DayEndCategory:
    name: str
    name_hi: str
    pieces: int
    net_mg: int
    taxable: Decimal


@dataclass(frozen=True)
class DayEndCancelled:
    number: str
    amount: Decimal
    reason: str
    by: str


@dataclass(frozen=True)
class DayEndCount:
    """The cash count of a closed day (``closed_at`` in the shop's zone)."""

    counted: tuple[tuple[int, int], ...]
    """(note or coin in rupees, how many), largest first; only those counted."""
    opening_float: Decimal
    counted_cash: Decimal
    expected_cash: Decimal
    difference: Decimal
    closed_by: str
    closed_at: datetime


@dataclass(frozen=True)
class DayEndDocument:
    """The figures of one shop day at one counter, as printed."""

    shop_name: str
    where: str
    day: date
    closed: bool
    bills_count: int
    taxable: Decimal
    gst: Decimal
    invoice_value: Decimal
    old_gold: Decimal
    net_sales: Decimal
    returns_count: int
    returns_total: Decimal
    cash_refunds: Decimal
    voucher_total: Decimal
    """Gift vouchers sold that day (not a GST supply), of which ``voucher_cash`` in cash."""
    voucher_cash: Decimal
    open_estimates: int
    expected_cash: Decimal
    by_mode: tuple[tuple[str, Decimal], ...]
    """(payment mode as the screens name it in English: "Cash", "UPI", ...; amount)."""
    by_category: tuple[DayEndCategory, ...]
    cancellations: tuple[DayEndCancelled, ...]
    count: DayEndCount | None = None


def _rs(d: Decimal) -> str:
    return ("-" if d < 0 else "") + "Rs " + format_indian(abs(d))


def render_day_end_pdf(doc: DayEndDocument, *, language: str = "en") -> bytes:
    """The day-end report: sales, payment modes, categories, cancellations and the cash count.

    ``language``: the shop's print language ("en", "hi" or "both": headings in both)."""
    register_fonts()
    L = PrintLabels(language)
    body = ParagraphStyle("de", fontName=SANS, fontSize=9, leading=11.5, shaping=1)
    right = ParagraphStyle("der", parent=body, alignment=2)
    title = ParagraphStyle("det", parent=body, fontName=SANS_BOLD, fontSize=16, leading=21)

    def p(text: str, *, style: ParagraphStyle = body, bold: bool = False) -> Paragraph:
        return paragraph(markup(text, bold=bold), style, actual=text)

    def table(head: list[str], rows: list[list[str]]) -> Table:
        cells = [[p(L.heading(h), bold=True) for h in head]]
        cells += [[p(c, style=right if i else body) for i, c in enumerate(r)] for r in rows]
        grid = TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
        width = 180 * mm / len(head)
        return Table(cells, style=grid, hAlign="LEFT", colWidths=[width] * len(head))

    # the day-end screen's words (context DayEndDialog): the report says what the screen said
    state = (
        L.translate("DayEndDialog", "Closed")
        if doc.closed
        else L.translate("DayEndDialog", "Open (not closed yet)")
    )
    day_word = L.translate("Printing", "Date:")
    story: list[Any] = [
        p(
            doc.shop_name + " - " + L.heading(L.translate("DayEndDialog", "Day end")),
            style=title,
            bold=True,
        ),
        p(f"{doc.where}    {day_word} {doc.day.strftime('%d-%m-%Y')}    {state}"),
        Spacer(1, 5 * mm),
        table(
            [L.translate("DayEndDialog", "Sales"), L.translate("Printing", "Amount (₹)")],
            [
                [L.translate("DayEndDialog", "Bills"), str(doc.bills_count)],
                [L.translate("Printing", "Taxable value"), _rs(doc.taxable)],
                ["GST", _rs(doc.gst)],
                [L.translate("Printing", "Invoice value"), _rs(doc.invoice_value)],
                [L.translate("Printing", "Less old gold"), _rs(doc.old_gold)],
                [L.translate("DayEndDialog", "Net sales"), _rs(doc.net_sales)],
                [
                    L.translate("DayEndDialog", "Returns (credit notes)"),
                    f"{doc.returns_count} / {_rs(doc.returns_total)}",
                ],
                [
                    L.translate("DayEndDialog", "Cash refunds (credit notes)"),
                    _rs(-doc.cash_refunds),
                ],
                [
                    L.translate("DayEndDialog", "Gift vouchers sold (in cash)"),
                    f"{_rs(doc.voucher_total)} ({_rs(doc.voucher_cash)})",
                ],
                [L.translate("DayEndDialog", "Cancelled bills"), str(len(doc.cancellations))],
                [L.translate("DayEndDialog", "Open estimates"), str(doc.open_estimates)],
            ],
        ),
        Spacer(1, 5 * mm),
        table(
            [L.translate("DayEndDialog", "By payment mode"), L.translate("Printing", "Amount (₹)")],
            [[L.translate("Labels", mode), _rs(a)] for mode, a in doc.by_mode],
        ),
        Spacer(1, 5 * mm),
        table(
            [
                L.translate("DayEndDialog", "Category"),
                L.translate("DayEndDialog", "Pieces"),
                L.translate("DayEndDialog", "Net g"),
                L.translate("DayEndDialog", "Taxable"),
            ],
            [
                [
                    c.name_hi if c.name_hi and language == "hi" else c.name,
                    str(c.pieces),
                    grams_text(c.net_mg),
                    _rs(c.taxable),
                ]
                for c in doc.by_category
            ],
        ),
    ]
    if doc.cancellations:
        story += [
            Spacer(1, 5 * mm),
            table(
                [
                    L.translate("DayEndDialog", "Cancelled bill"),
                    L.translate("Printing", "Amount (₹)"),
                    L.translate("DayEndDialog", "Reason"),
                    L.translate("DayEndDialog", "By"),
                ],
                [[c.number, _rs(c.amount), c.reason[:60], c.by] for c in doc.cancellations],
            ),
        ]
    story.append(Spacer(1, 5 * mm))
    count = doc.count
    if count is not None:
        rows = [[f"Rs {d}", str(n), _rs(Decimal(d * n))] for d, n in count.counted]
        rows += [
            [L.translate("DayEndDialog", "Opening float"), "", _rs(count.opening_float)],
            [L.translate("DayEndDialog", "Cash counted"), "", _rs(count.counted_cash)],
            [L.translate("DayEndDialog", "Cash expected"), "", _rs(count.expected_cash)],
            [L.translate("DayEndDialog", "Difference"), "", _rs(count.difference)],
        ]
        closed = L.translate("DayEndDialog", "Closed by {name} at {time}").format(
            name=count.closed_by, time=count.closed_at.strftime("%d-%m-%Y %H:%M")
        )
        story += [
            table(
                [
                    L.translate("DayEndDialog", "Denomination"),
                    L.translate("DayEndDialog", "Count"),
                    L.translate("Printing", "Amount (₹)"),
                ],
                rows,
            ),
            Spacer(1, 3 * mm),
            p(closed),
        ]
    else:
        expected = L.translate("DayEndDialog", "Cash expected in the drawer: {amount}")
        story.append(p(expected.format(amount=_rs(doc.expected_cash))))
    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"Day end {doc.day.isoformat()}",
        creator="JewelPOS",
    ).build(story)
    return out.getvalue()

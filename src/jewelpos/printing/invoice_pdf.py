"""A4 GST tax invoice (CGST Rule 46) for a jewellery bill, drawn with reportlab platypus."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.formatting import format_inr, format_percent
from jewelpos.domain.weight import grams_text
from jewelpos.printing.documents import InvoiceDocument, InvoiceLine, OldGoldLine, TaxRow
from jewelpos.printing.fonts import needs_shaping
from jewelpos.printing.labels import PrintLabels
from jewelpos.printing.pdftext import SANS, SANS_BOLD, markup, paragraph, register_fonts

PAGE_W, PAGE_H = A4
MARGIN_X = 9 * mm
MARGIN_Y = 10 * mm
FRAME_PADDING = 6  # platypus frames keep 6 pt on each side
BODY_W = PAGE_W - 2 * MARGIN_X - 2 * FRAME_PADDING
GRID = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.93, 0.93, 0.93)
_INVOICE_NUMBER = re.compile(r"^[A-Za-z0-9/-]{1,16}$")

# Rule 48(1): the copies of a tax invoice for goods and how each is marked.
COPY_LABELS = {
    "original": "Original for Recipient",
    "duplicate": "Duplicate for Transporter",
    "triplicate": "Triplicate for Supplier",
}


def _style(
    name: str, size: float = 8, *, align: int = TA_LEFT, bold: bool = False
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=SANS_BOLD if bold else SANS,
        fontSize=size,
        leading=size * 1.28,
        alignment=align,
        shaping=1,
    )


class _Styles:
    def __init__(self, labels: PrintLabels) -> None:
        self.L = labels
        self.body = _style("body")
        self.small = _style("small", 7)
        self.small_r = _style("small_r", 7, align=TA_RIGHT)
        self.head = _style("head", 7, bold=True)
        self.head_r = _style("head_r", 7, align=TA_RIGHT, bold=True)
        self.head_c = _style("head_c", 7, align=TA_CENTER, bold=True)
        self.title = _style("title", 14, align=TA_CENTER, bold=True)
        self.shop = _style("shop", 13, bold=True)
        self.right = _style("right", 8, align=TA_RIGHT)
        self.total = _style("total", 10, align=TA_RIGHT, bold=True)
        self.total_l = _style("total_l", 10, bold=True)
        self.section = _style("section", 8.5, bold=True)


def _p(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    return paragraph(markup(text, bold=bold), style, actual=text)


def _c(text: str, st: _Styles) -> Paragraph | str:
    """A table cell: plain text as the table draws it, a paragraph when it holds Hindi (the
    table's own font has no Devanagari)."""
    return _p(text, st.body) if needs_shaping(text) else text


def _rich(parts: Sequence[tuple[str, str]], style: ParagraphStyle) -> list[Flowable]:
    """Label/value pairs, one paragraph each: '<b>label</b> value' with script runs kept apart
    (a pair holding Hindi extracts as typed)."""
    return [
        paragraph(
            f"<b>{markup(label)}</b> {markup(value)}" if label else markup(value),
            style,
            actual=f"{label} {value}" if label else value,
        )
        for label, value in parts
    ]


def _amt(value: Decimal) -> str:
    return format_inr(value, symbol=False)


def _grid(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("FONTSIZE", (0, 0), (-1, -1), 7.5),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            *extra,
        ]
    )


def _header(doc: InvoiceDocument, st: _Styles, copy_label: str) -> list[Flowable]:
    L = st.L
    code = L.translate("Printing", "code")
    seller = doc.seller
    seller_parts: list[tuple[str, str]] = []
    if seller.trade_name and seller.trade_name != seller.legal_name:
        seller_parts.append(("", seller.legal_name))
    seller_parts += [
        ("", seller.address),
        (L.translate("Printing", "GSTIN:"), seller.gstin),
        (
            L.translate("Printing", "State:"),
            f"{seller.state_name}, {code} {seller.state_code}",
        ),
    ]
    if seller.phone:
        seller_parts.append((L.translate("Printing", "Phone:"), seller.phone))
    seller_cell = [_p(seller.display_name, st.shop), *_rich(seller_parts, st.body)]
    meta = _rich(
        [
            (L.translate("Printing", "Invoice No.:"), doc.invoice_number),
            (L.translate("Printing", "Date:"), doc.issued_at.strftime("%d-%m-%Y")),
            (L.translate("Printing", "Time:"), doc.issued_at.strftime("%H:%M")),
            (
                L.translate("Printing", "Place of supply:"),
                f"{doc.place_of_supply_name} ({doc.place_of_supply_code})",
            ),
            (
                L.translate("Printing", "Reverse charge:"),
                L.translate("Printing", "Yes")
                if doc.reverse_charge
                else L.translate("Printing", "No"),
            ),
        ],
        st.body,
    )
    buyer = doc.buyer
    buyer_parts: list[tuple[str, str]] = [(L.translate("Printing", "Name:"), buyer.name)]
    if buyer.address:
        buyer_parts.append((L.translate("Printing", "Address:"), buyer.address))
    if buyer.mobile:
        buyer_parts.append((L.translate("Printing", "Mobile:"), buyer.mobile))
    if buyer.state_name or buyer.state_code:
        buyer_parts.append(
            (
                L.translate("Printing", "State:"),
                f"{buyer.state_name}, {code} {buyer.state_code}",
            )
        )
    buyer_parts.append(
        (L.translate("Printing", "GSTIN:"), buyer.gstin or L.translate("Printing", "Unregistered"))
    )
    if buyer.pan:
        buyer_parts.append((L.translate("Printing", "PAN:"), buyer.pan))
    if doc.shipped:
        buyer_parts.append((L.translate("Printing", "Ship to:"), doc.ship_to_address))
        buyer_parts.append(
            (
                L.translate("Printing", "Ship-to state:"),
                f"{doc.ship_to_state_name}, {code} {doc.ship_to_state_code}",
            )
        )
    title = Table(
        [
            [_p(L.heading(_title(L, doc.title)), st.title)],
            [
                _p(
                    L.heading(L.translate("Printing", copy_label)),
                    _style("copy", 8, align=TA_CENTER, bold=True),
                )
            ],
        ],
        colWidths=[BODY_W],
        style=TableStyle(
            [("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 0)]
        ),
    )
    parties = Table(
        [
            [seller_cell, meta],
            [
                [
                    _p(
                        L.heading(L.translate("Printing", "Details of receiver (billed to)")),
                        st.section,
                    ),
                    *_rich(buyer_parts, st.body),
                ],
                "",
            ],
        ],
        colWidths=[BODY_W * 0.62, BODY_W * 0.38],
        style=_grid([("SPAN", (0, 1), (1, 1))]),
    )
    return [title, Spacer(1, 2 * mm), *_einvoice(doc, st), parties, Spacer(1, 3 * mm)]


def _einvoice(doc: InvoiceDocument, st: _Styles) -> list[Flowable]:
    """The IRN, acknowledgement and signed QR of an e-invoice (nothing for other invoices)."""
    mark = doc.einvoice
    if mark is None:
        return []
    from jewelpos.printing.qr_image import qr_flowable

    text = _rich(
        [("IRN:", mark.irn), ("Ack No.:", mark.ack_no), ("Ack Date:", mark.ack_date)], st.body
    )
    block = Table(
        [[text, qr_flowable(mark.signed_qr, size=34 * mm)]],
        colWidths=[BODY_W - 38 * mm, 38 * mm],
        style=_grid([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "CENTER")]),
    )
    return [block, Spacer(1, 2 * mm)]


def _charges_cell(line: InvoiceLine, st: _Styles) -> Flowable | str:
    rows = [[_p(label, st.small), _p(_amt(amount), st.small_r)] for label, amount in line.charges]
    if not rows:
        return ""
    return Table(
        rows,
        colWidths=[14.5 * mm, 13 * mm],
        style=TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        ),
    )


def _items(doc: InvoiceDocument, st: _Styles) -> Table:
    L = st.L
    heads = [
        (L.heading(L.translate("Printing", "Sr")), st.head),
        (L.heading(L.translate("Printing", "Description of goods")), st.head),
        (L.heading(L.translate("Printing", "HSN")), st.head),
        (L.heading(L.translate("Printing", "Purity")), st.head),
        (L.heading(L.translate("Printing", "Pcs")), st.head_r),
        (L.heading(L.translate("Printing", "Gross wt (g)")), st.head_r),
        (L.heading(L.translate("Printing", "Stone wt (g)")), st.head_r),
        (L.heading(L.translate("Printing", "Net wt (g)")), st.head_r),
        (L.heading(L.translate("Printing", "Rate (₹/g)")), st.head_r),
        (L.heading(L.translate("Printing", "Metal value (₹)")), st.head_r),
        (L.heading(L.translate("Printing", "VA, making, stones, hallmark (₹)")), st.head_r),
        (L.heading(L.translate("Printing", "Taxable value (₹)")), st.head_r),
    ]
    widths_mm = [6, 30, 10, 13, 7, 14, 13, 14, 14, 18, 30, 19]
    scale = BODY_W / (sum(widths_mm) * mm)
    data: list[list[Any]] = [[_p(text, style) for text, style in heads]]
    for i, line in enumerate(doc.lines, 1):
        desc_parts: list[tuple[str, str]] = [("", line.description)]
        if line.huids:
            desc_parts.append((L.translate("Printing", "HUID:"), ", ".join(line.huids)))
        if line.tag_code:
            desc_parts.append((L.translate("Printing", "Tag:"), line.tag_code))
        data.append(
            [
                str(i),
                _rich(desc_parts, st.small),
                line.hsn,
                line.purity_label,
                str(line.pieces),
                grams_text(line.gross_mg),
                grams_text(line.stone_mg),
                grams_text(line.net_mg),
                _amt(line.rate) if line.rate else "",
                _amt(line.metal_value),
                _charges_cell(line, st),
                _amt(line.taxable_value),
            ]
        )
    total_charges = sum(
        (amount for line in doc.lines for _label, amount in line.charges), Decimal("0.00")
    )
    data.append(
        [
            "",
            _p(L.translate("Printing", "Total"), st.small, bold=True),
            "",
            "",
            str(doc.pieces),
            grams_text(sum(line.gross_mg for line in doc.lines)),
            grams_text(sum(line.stone_mg for line in doc.lines)),
            grams_text(sum(line.net_mg for line in doc.lines)),
            "",
            _amt(sum((line.metal_value for line in doc.lines), Decimal("0.00"))),
            _amt(total_charges),
            _amt(sum((line.taxable_value for line in doc.lines), Decimal("0.00"))),
        ]
    )
    return Table(
        data,
        colWidths=[w * mm * scale for w in widths_mm],
        repeatRows=1,
        hAlign="LEFT",
        style=_grid(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("BACKGROUND", (0, -1), (-1, -1), SHADE),
                ("FONTNAME", (0, -1), (-1, -1), SANS_BOLD),
                ("ALIGN", (4, 1), (9, -1), "RIGHT"),
                ("ALIGN", (11, 1), (11, -1), "RIGHT"),
                ("ALIGN", (10, -1), (10, -1), "RIGHT"),
            ]
        ),
    )


def _title(L: PrintLabels, title: str) -> str:
    """The document's title in the print language (the titles services give, else as given)."""
    known = {
        "TAX INVOICE": L.translate("Printing", "TAX INVOICE"),
        "TAX INVOICE - CANCELLED": L.translate("Printing", "TAX INVOICE - CANCELLED"),
    }
    return known.get(title, title)


def _tax_label(kind: str, rate: Decimal, row: TaxRow, many: bool) -> str:
    label = f"{kind} @ {format_percent(rate)}%"
    return f"{label} (HSN {row.hsn})" if many and row.hsn else label


def _tax_summary(doc: InvoiceDocument, st: _Styles) -> Table:
    L = st.L
    inter = doc.igst_total != 0
    if inter:
        head = [
            L.heading(L.translate("Printing", "HSN/SAC")),
            L.heading(L.translate("Printing", "Taxable value (₹)")),
            L.heading(L.translate("Printing", "IGST rate")),
            L.heading(L.translate("Printing", "IGST (₹)")),
            L.heading(L.translate("Printing", "Total tax (₹)")),
        ]
        widths = [18, 26, 16, 22, 22]
    else:
        head = [
            L.heading(L.translate("Printing", "HSN/SAC")),
            L.heading(L.translate("Printing", "Taxable value (₹)")),
            L.heading(L.translate("Printing", "CGST rate")),
            L.heading(L.translate("Printing", "CGST (₹)")),
            L.heading(L.translate("Printing", "SGST rate")),
            L.heading(L.translate("Printing", "SGST (₹)")),
            L.heading(L.translate("Printing", "Total tax (₹)")),
        ]
        widths = [14, 20, 11, 15, 11, 15, 18]
    data: list[list[Any]] = [[_p(h, st.head_r if i else st.head) for i, h in enumerate(head)]]
    for row in doc.tax_rows:
        if inter:
            data.append(
                [
                    row.hsn,
                    _amt(row.taxable_value),
                    f"{format_percent(row.igst_rate)}%",
                    _amt(row.igst),
                    _amt(row.total_tax),
                ]
            )
        else:
            data.append(
                [
                    row.hsn,
                    _amt(row.taxable_value),
                    f"{format_percent(row.cgst_rate)}%",
                    _amt(row.cgst),
                    f"{format_percent(row.sgst_rate)}%",
                    _amt(row.sgst),
                    _amt(row.total_tax),
                ]
            )
    total_tax = doc.cgst_total + doc.sgst_total + doc.igst_total
    if inter:
        data.append(
            [
                _c(L.translate("Printing", "Total"), st),
                _amt(doc.taxable_total),
                "",
                _amt(doc.igst_total),
                _amt(total_tax),
            ]
        )
    else:
        data.append(
            [
                _c(L.translate("Printing", "Total"), st),
                _amt(doc.taxable_total),
                "",
                _amt(doc.cgst_total),
                "",
                _amt(doc.sgst_total),
                _amt(total_tax),
            ]
        )
    return Table(
        data,
        colWidths=[w * mm for w in widths],
        hAlign="LEFT",
        style=_grid(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("FONTNAME", (0, -1), (-1, -1), SANS_BOLD),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ]
        ),
    )


def _totals(doc: InvoiceDocument, st: _Styles) -> Table:
    L = st.L
    rows: list[list[Any]] = [
        [_c(L.translate("Printing", "Taxable value"), st), _amt(doc.taxable_total)]
    ]
    many = len(doc.tax_rows) > 1
    for row in doc.tax_rows:
        if row.igst:
            rows.append([_tax_label("IGST", row.igst_rate, row, many), _amt(row.igst)])
        else:
            rows.append([_tax_label("CGST", row.cgst_rate, row, many), _amt(row.cgst)])
            rows.append([_tax_label("SGST", row.sgst_rate, row, many), _amt(row.sgst)])
    bold_rows = [len(rows)]
    rows.append(
        [_c(L.translate("Printing", "Invoice value (incl. GST)"), st), _amt(doc.invoice_value)]
    )
    if doc.old_gold:
        voucher = f" ({doc.old_gold_voucher_number})" if doc.old_gold_voucher_number else ""
        less_og = L.translate("Printing", "Less: old gold purchase")
        rows.append([_p(f"{less_og}{voucher}", st.body), _amt(-doc.old_gold_total)])
    for s in doc.set_offs:
        rows.append(
            [_p(L.translate("Printing", "Less:") + f" {s.label}", st.body), _amt(-s.amount)]
        )
    rows.append([_c(L.translate("Printing", "Round off"), st), _amt(doc.round_off)])
    rows.append(
        [
            _p(L.heading(L.translate("Printing", "Net payable")), st.total_l),
            _p(format_inr(doc.net_payable), st.total),
        ]
    )
    extra: list[tuple[Any, ...]] = [
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("BACKGROUND", (0, -1), (-1, -1), SHADE),
    ]
    extra += [("FONTNAME", (0, r), (-1, r), SANS_BOLD) for r in bold_rows]
    return Table(rows, colWidths=[52 * mm, 30 * mm], hAlign="RIGHT", style=_grid(extra))


def _og_rate(og: OldGoldLine) -> str:
    """The buying rate, with the melting deduction beside the day's rate it reduces."""
    if og.deduction_percent and og.market_rate:
        return (
            f"{_amt(og.market_rate)} less {format_percent(og.deduction_percent)}% melting"
            f"\n= {_amt(og.rate)}"
        )
    return _amt(og.rate)


def old_gold_sentence(doc: InvoiceDocument) -> str:
    """What the voucher says of its seller: an unregistered individual (no GST on the purchase)
    or a registered person, whose own tax invoice for the old gold carries the GST."""
    seller = doc.old_gold_seller_name or doc.buyer.name
    if doc.old_gold_seller_gstin:
        own = (
            f"their tax invoice {doc.old_gold_seller_invoice}"
            if doc.old_gold_seller_invoice
            else "their own tax invoice"
        )
        return (
            f"Bought from {seller}, a registered person (GSTIN {doc.old_gold_seller_gstin}), "
            f"against {own}, which charges the GST on it; value set off against this invoice "
            "after tax."
        )
    return (
        f"Bought from {seller}, an unregistered individual: no GST charged on this purchase; "
        "value set off against this invoice after tax."
    )


def _old_gold(doc: InvoiceDocument, st: _Styles) -> list[Flowable]:
    L = st.L
    if not doc.old_gold:
        return []
    voucher = doc.old_gold_voucher_number
    title = L.heading(L.translate("Printing", "Old gold purchase voucher")) + (
        f" {voucher}" if voucher else ""
    )
    head = [
        L.heading(L.translate("Printing", "Sr")),
        L.heading(L.translate("Printing", "Description")),
        L.heading(L.translate("Printing", "Gross (g)")),
        L.heading(L.translate("Printing", "Less (g)")),
        L.heading(L.translate("Printing", "Net (g)")),
        L.heading(L.translate("Printing", "Touch %")),
        L.heading(L.translate("Printing", "Fine (g)")),
        L.heading(L.translate("Printing", "Rate (₹/g)")),
        L.heading(L.translate("Printing", "Value (₹)")),
    ]
    data: list[list[Any]] = [[_p(h, st.head_r if i > 1 else st.head) for i, h in enumerate(head)]]
    for i, og in enumerate(doc.old_gold, 1):
        data.append(
            [
                str(i),
                _p(og.description, st.small),
                grams_text(og.gross_mg),
                grams_text(og.less_mg),
                grams_text(og.net_mg),
                format_percent(og.touch_percent),
                grams_text(og.fine_mg),
                Paragraph(
                    "<br/>".join(markup(part) for part in _og_rate(og).split("\n")), st.small_r
                ),
                _amt(og.value),
            ]
        )
    data.append(
        [
            "",
            _c(L.translate("Printing", "Total"), st),
            grams_text(sum(og.gross_mg for og in doc.old_gold)),
            grams_text(sum(og.less_mg for og in doc.old_gold)),
            grams_text(sum(og.net_mg for og in doc.old_gold)),
            "",
            grams_text(sum(og.fine_mg for og in doc.old_gold)),
            "",
            _amt(doc.old_gold_total),
        ]
    )
    table = Table(
        data,
        colWidths=[w * mm for w in (6, 40, 16, 14, 16, 14, 16, 38, 26)],
        hAlign="LEFT",
        style=_grid(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("FONTNAME", (0, -1), (-1, -1), SANS_BOLD),
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
            ]
        ),
    )
    note = _p(old_gold_sentence(doc), st.small)
    return [
        KeepTogether([_p(title, st.section), Spacer(1, 1 * mm), table, Spacer(1, 1 * mm), note]),
        Spacer(1, 3 * mm),
    ]


def _payments(doc: InvoiceDocument, st: _Styles) -> list[Flowable]:
    L = st.L
    if not doc.payments:
        return []
    data: list[list[Any]] = [
        [
            _p(h, st.head_r if i == 2 else st.head)
            for i, h in enumerate(
                (
                    L.heading(L.translate("Printing", "Mode")),
                    L.heading(L.translate("Printing", "Reference")),
                    L.heading(L.translate("Printing", "Amount (₹)")),
                )
            )
        ]
    ]
    for pay in doc.payments:
        data.append([pay.mode, _p(pay.reference, st.small), _amt(pay.amount)])
    data.append([_c(L.translate("Printing", "Total received"), st), "", _amt(doc.amount_paid)])
    if doc.balance_due > 0:
        data.append([_c(L.translate("Printing", "Balance due"), st), "", _amt(doc.balance_due)])
    elif doc.balance_due < 0:
        data.append(
            [_c(L.translate("Printing", "Change returned"), st), "", _amt(-doc.balance_due)]
        )
    table = Table(
        data,
        colWidths=[30 * mm, 60 * mm, 30 * mm],
        hAlign="LEFT",
        style=_grid(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("FONTNAME", (0, 2 + len(doc.payments) - 1), (-1, -1), SANS_BOLD),
                ("ALIGN", (2, 1), (2, -1), "RIGHT"),
            ]
        ),
    )
    return [
        KeepTogether(
            [
                _p(L.heading(L.translate("Printing", "Payments")), st.section),
                Spacer(1, 1 * mm),
                table,
            ]
        ),
        Spacer(1, 3 * mm),
    ]


def _footer(doc: InvoiceDocument, st: _Styles) -> Table:
    L = st.L
    left: list[Flowable] = []
    staff = []
    if doc.salesperson:
        staff.append((L.translate("Printing", "Salesperson:"), doc.salesperson))
    if doc.cashier:
        staff.append((L.translate("Printing", "Cashier:"), doc.cashier))
    if staff:
        left.extend(_rich(staff, st.body))
        left.append(Spacer(1, 2 * mm))
    if doc.terms:
        left.append(_p(L.heading(L.translate("Printing", "Terms and conditions")), st.head))
        for n, term in enumerate(doc.terms, 1):
            left.append(_p(f"{n}. {term}", st.small))
    left.append(Spacer(1, 1.5 * mm))
    left.append(
        _p(
            L.translate(
                "Printing", "Certified that the particulars given above are true and correct."
            ),
            st.small,
        )
    )
    right = [
        _p(
            L.translate("Printing", "for") + f" {doc.seller.legal_name}",
            _style("for", 8, align=TA_CENTER, bold=True),
        ),
        Spacer(1, 14 * mm),
        _p(L.translate("Printing", "Authorised signatory"), _style("sig", 8, align=TA_CENTER)),
    ]
    return Table(
        [[left, right]],
        colWidths=[BODY_W * 0.6, BODY_W * 0.4],
        style=_grid([("VALIGN", (1, 0), (1, 0), "BOTTOM")]),
    )


def render_tax_invoice_pdf(
    doc: InvoiceDocument,
    *,
    duplicate: bool = False,
    copy: str | None = None,
    language: str = "en",
) -> bytes:
    """The A4 tax invoice as PDF bytes (fonts embedded; Hindi shaped).

    ``duplicate``: a copy made again later, marked DUPLICATE at the top and on every page.
    ``copy``: "original", "duplicate" or "triplicate" prints Rule 48's marking (Original for
    Recipient, Duplicate for Transporter, Triplicate for Supplier) under the title.
    ``language``: the shop's print language ("en", "hi", or "both": headings in both).
    """
    if copy is not None and copy not in COPY_LABELS:
        raise ValidationError("copy", "must be original, duplicate or triplicate")
    if not _INVOICE_NUMBER.match(doc.invoice_number):
        raise ValidationError(
            "invoice_number", "must be 1 to 16 letters, digits, '/' or '-' (GST Rule 46)"
        )
    register_fonts()
    st = _Styles(PrintLabels(language))
    buf = io.BytesIO()

    def on_page(canvas: Canvas, template: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7)
        canvas.setFillGray(0.35)
        mark = " - DUPLICATE" if duplicate else ""
        canvas.drawString(
            MARGIN_X + FRAME_PADDING, MARGIN_Y / 2, f"{doc.title} {doc.invoice_number}{mark}"
        )
        canvas.drawRightString(
            PAGE_W - MARGIN_X - FRAME_PADDING,
            MARGIN_Y / 2,
            f"Page {template.page} - computer generated invoice",
        )
        canvas.restoreState()

    pdf = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_Y,
        bottomMargin=MARGIN_Y + 3 * mm,
        title=f"{doc.title} {doc.invoice_number}",
        author=doc.seller.legal_name,
        creator="JewelPOS",
    )
    L = st.L
    words = _p(
        L.translate("Printing", "Net payable in words:") + f" {doc.amount_in_words}",
        st.body,
        bold=True,
    )
    summary = Table(
        [[[_tax_summary(doc, st), Spacer(1, 2 * mm), words], _totals(doc, st)]],
        colWidths=[BODY_W - 82 * mm, 82 * mm],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 4 * mm),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ]
        ),
    )
    story: list[Flowable] = [
        *(
            [_p(L.heading(L.translate("Printing", "DUPLICATE")), st.title, bold=True)]
            if duplicate
            else []
        ),
        *_header(doc, st, COPY_LABELS[copy] if copy else doc.copy_label),
        _items(doc, st),
        Spacer(1, 3 * mm),
        KeepTogether([summary]),
        Spacer(1, 4 * mm),
        *_old_gold(doc, st),
        *_payments(doc, st),
        KeepTogether([_footer(doc, st)]),
    ]
    pdf.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()

"""The day-end report as a thermal slip (ESC/POS, 80 mm or 58 mm), in the shop's print language:
the day-end screen's words (context ``DayEndDialog``), payment modes as the screens name them."""

from __future__ import annotations

from decimal import Decimal

from jewelpos.domain.formatting import format_indian, format_inr
from jewelpos.domain.weight import grams_text
from jewelpos.printing.day_end_pdf import DayEndDocument
from jewelpos.printing.receipt import PAPER_80MM, ReceiptPaper, _Slip


def _amount(value: Decimal) -> str:
    return format_indian(value)


def render_day_end_slip(
    doc: DayEndDocument,
    *,
    paper: ReceiptPaper = PAPER_80MM,
    language: str = "en",
    cut: bool = True,
) -> bytes:
    """The day's sales, payment modes, categories and (once closed) the cash count, to keep in
    the drawer or hand to the manager."""
    slip = _Slip(paper, language)
    L = slip.labels
    slip.line(doc.shop_name, align="center", bold=True, big=True)
    slip.line(doc.where, align="center")
    slip.rule("=")
    slip.line(L.heading(L.translate("DayEndDialog", "Day end")), align="center", bold=True)
    state = (
        L.translate("DayEndDialog", "Closed")
        if doc.closed
        else L.translate("DayEndDialog", "Open (not closed yet)")
    )
    slip.line(doc.day.strftime("%d-%m-%Y"), state)
    slip.rule()
    slip.line(L.heading(L.translate("DayEndDialog", "Sales")), bold=True)
    slip.line(L.translate("DayEndDialog", "Bills"), str(doc.bills_count))
    slip.line(L.translate("Printing", "Taxable value"), _amount(doc.taxable))
    slip.line("GST", _amount(doc.gst))
    slip.line(L.translate("Printing", "Invoice value"), _amount(doc.invoice_value))
    if doc.old_gold:
        slip.line(L.translate("Printing", "Less old gold"), _amount(-doc.old_gold))
    slip.line(L.translate("DayEndDialog", "Net sales"), _amount(doc.net_sales), bold=True)
    if doc.returns_count:
        returns = L.translate("DayEndDialog", "Returns (credit notes)")
        slip.line(f"{returns} {doc.returns_count}", _amount(doc.returns_total))
    if doc.cash_refunds:
        refunds = L.translate("DayEndDialog", "Cash refunds (credit notes)")
        slip.line(refunds, _amount(-doc.cash_refunds))
    slip.line(L.translate("DayEndDialog", "Cancelled bills"), str(len(doc.cancellations)))
    slip.line(L.translate("DayEndDialog", "Open estimates"), str(doc.open_estimates))
    slip.rule()
    slip.line(L.heading(L.translate("DayEndDialog", "By payment mode")), bold=True)
    for mode, amount in doc.by_mode:
        slip.line("  " + L.translate("Labels", mode), _amount(amount))
    if doc.by_category:
        slip.rule()
        slip.line(L.heading(L.translate("DayEndDialog", "By category")), bold=True)
        for c in doc.by_category:
            name = c.name_hi if c.name_hi and language == "hi" else c.name
            slip.line(f"  {name} x{c.pieces} {grams_text(c.net_mg)} g", _amount(c.taxable))
    for gone in doc.cancellations:
        cancelled = L.translate("DayEndDialog", "Cancelled bill")
        slip.line(f"{cancelled} {gone.number}", _amount(gone.amount))
        slip.wrapped(f"  {gone.reason} ({gone.by})")
    slip.rule()
    count = doc.count
    if count is None:
        expected = L.translate("DayEndDialog", "Cash expected in the drawer: {amount}")
        slip.wrapped(expected.format(amount=format_inr(doc.expected_cash)))
        return slip.finish(cut=cut)
    for note, n in count.counted:
        slip.line(f"  Rs {note} x {n}", _amount(Decimal(note * n)))
    slip.line(L.translate("DayEndDialog", "Opening float"), _amount(count.opening_float))
    slip.line(L.translate("DayEndDialog", "Cash counted"), _amount(count.counted_cash))
    slip.line(L.translate("DayEndDialog", "Cash expected"), _amount(count.expected_cash))
    difference = L.heading(L.translate("DayEndDialog", "Difference"))
    slip.line(difference, _amount(count.difference), bold=True)
    closed = L.translate("DayEndDialog", "Closed by {name} at {time}")
    slip.wrapped(
        closed.format(name=count.closed_by, time=count.closed_at.strftime("%d-%m-%Y %H:%M"))
    )
    slip.line()
    slip.line("_" * min(slip.cols, 24), align="center")
    slip.line(L.translate("Printing", "Authorised signatory"), align="center")
    return slip.finish(cut=cut)

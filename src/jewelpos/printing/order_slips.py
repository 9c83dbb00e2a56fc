"""Thermal printouts of orders (ESC/POS): the order slip with the order number as a Code 128
barcode, printed twice (the shop's copy and the customer's copy, which is also the receipt of
the customer's own stones and metal), and a karigar's day-end slip."""

from __future__ import annotations

from jewelpos.domain.formatting import format_inr
from jewelpos.printing.order_docs import KarigarSlipDoc, OrderSlipDoc, weight_range
from jewelpos.printing.receipt import PAPER_80MM, ReceiptPaper, _Slip

SHOP_COPY = "SHOP COPY"
CUSTOMER_COPY = "CUSTOMER'S COPY"


def _order_copy(slip: _Slip, doc: OrderSlipDoc, copy: str) -> None:
    slip.line(doc.shop_name, align="center", bold=True, big=True)
    if doc.shop_phone:
        slip.line(f"Ph {doc.shop_phone}", align="center")
    slip.rule("=")
    slip.line(f"CUSTOMER ORDER - {copy}", align="center", bold=True)
    slip.line(f"No {doc.number}", doc.taken_at.strftime("%d-%m-%Y %H:%M"))
    slip.line(f"Customer: {doc.customer_name}")
    slip.line(f"Mobile: {doc.customer_mobile}")
    slip.rule()
    slip.line(f"{doc.what} {doc.purity_label}", bold=True)
    slip.line("Weight", weight_range(doc.weight_min_mg, doc.weight_max_mg))
    if doc.size:
        slip.line("Size", doc.size)
    slip.line("Made from", doc.made_from)
    if doc.design_notes:
        slip.wrapped(doc.design_notes)
    if doc.booked:
        slip.line(doc.booked)
    slip.line("Promised on", doc.promised_on.strftime("%d-%m-%Y"), bold=True)
    if doc.materials:
        slip.rule()
        slip.line("Received from the customer:", bold=True)
        for m in doc.materials:
            slip.wrapped(m, indent="  ")
    if doc.advances:
        slip.rule()
        total = sum((a.amount for a in doc.advances), start=doc.advances[0].amount * 0)
        for a in doc.advances:
            slip.line(f"Advance {a.number} {a.mode}", format_inr(a.amount, symbol=False))
        slip.line("Advance received", format_inr(total, symbol=False), bold=True)
    if doc.taken_by:
        slip.line(f"Taken by: {doc.taken_by}")
    if copy == CUSTOMER_COPY:
        slip.line("Bring this slip to collect your order", align="center")
    slip.barcode(doc.number)


def render_order_slip(
    doc: OrderSlipDoc,
    *,
    paper: ReceiptPaper = PAPER_80MM,
    copies: tuple[str, ...] = (SHOP_COPY, CUSTOMER_COPY),
    cut: bool = True,
) -> bytes:
    """The order slip, once per copy (cut between copies)."""
    out = b""
    for copy in copies:
        slip = _Slip(paper)
        _order_copy(slip, doc, copy)
        out += slip.finish(cut=cut)
    return out


def render_karigar_slip(
    doc: KarigarSlipDoc, *, paper: ReceiptPaper = PAPER_80MM, cut: bool = True
) -> bytes:
    """The karigar's orders of the day on the thermal roll (the A4 slip carries the photos)."""
    slip = _Slip(paper)
    slip.line(doc.shop_name, align="center", bold=True)
    slip.line(f"KARIGAR SLIP {doc.day.strftime('%d-%m-%Y')}", align="center", bold=True)
    slip.line(f"Karigar: {doc.karigar_name}", doc.karigar_phone)
    slip.rule("=")
    for item in doc.items:
        slip.line(item.number, f"due {item.due_on.strftime('%d-%m-%Y')}", bold=True)
        slip.line(f"{item.what} {item.purity_label}")
        slip.line("Weight", weight_range(item.weight_min_mg, item.weight_max_mg))
        if item.size:
            slip.line("Size", item.size)
        if item.design_notes:
            slip.wrapped(item.design_notes)
        for h in item.hand_over:
            slip.wrapped(f"Hand over: {h}")
        slip.rule()
    slip.line(f"{len(doc.items)} order(s)", bold=True)
    if doc.balance_fine:
        slip.line(f"Metal balance: {doc.balance_fine}")
    return slip.finish(cut=cut)

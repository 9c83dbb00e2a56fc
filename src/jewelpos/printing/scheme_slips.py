"""Thermal slips of savings schemes (ESC/POS via python-escpos, as printing/receipt.py): the
enrolment slip with the passbook's Code 128, and the instalment receipt."""

from __future__ import annotations

from jewelpos.domain.formatting import format_inr
from jewelpos.printing.receipt import PAPER_80MM, ReceiptPaper, _Slip
from jewelpos.printing.scheme_documents import SchemeEnrolmentDocument, SchemeReceiptDocument


def _d(day: object) -> str:
    return day.strftime("%d-%m-%Y")  # type: ignore[attr-defined, no-any-return]


def render_enrolment_slip(
    doc: SchemeEnrolmentDocument, *, paper: ReceiptPaper = PAPER_80MM, cut: bool = True
) -> bytes:
    """The member's enrolment slip: plan rules, dates and the passbook barcode."""
    slip = _Slip(paper)
    slip.line(doc.shop_name, align="center", bold=True, big=True)
    slip.rule("=")
    slip.line("SAVINGS SCHEME ENROLMENT", align="center", bold=True)
    slip.line("Passbook", doc.passbook, bold=True)
    slip.line(f"Member: {doc.member_name}")
    slip.line(f"Mobile: {doc.mobile}")
    if doc.nominee:
        slip.line(f"Nominee: {doc.nominee}")
    slip.rule()
    slip.line(f"Plan: {doc.plan_name}", bold=True)
    for rule in doc.plan_rules:
        slip.wrapped(rule)
    slip.line("Start", _d(doc.start_date))
    slip.line("Matures", _d(doc.maturity))
    slip.rule()
    slip.barcode(doc.passbook)
    return slip.finish(cut=cut)


def render_instalment_receipt(
    doc: SchemeReceiptDocument, *, paper: ReceiptPaper = PAPER_80MM, cut: bool = True
) -> bytes:
    """The instalment receipt: number, member, amount (and grams of a weight plan), progress."""
    slip = _Slip(paper)
    slip.line(doc.shop_name, align="center", bold=True, big=True)
    slip.rule("=")
    slip.line("SCHEME INSTALMENT RECEIPT", align="center", bold=True)
    slip.line(f"No. {doc.number}", doc.at.strftime("%d-%m-%Y %H:%M"))
    slip.line("Passbook", doc.passbook)
    slip.line(f"Member: {doc.member_name}")
    slip.line(f"Plan: {doc.plan_name}")
    slip.rule()
    mode = doc.mode.upper() + (f" {doc.reference}" if doc.reference else "")
    slip.line(f"Paid by {mode}")
    slip.line("Amount", format_inr(doc.amount), bold=True, big=True)
    if doc.grams:
        slip.line(f"Gold credited at {format_inr(doc.rate)}/g", f"{doc.grams:.3f} g")
    slip.line("Instalments paid", f"{doc.instalments_paid} of {doc.instalments}")
    slip.line("Balance", format_inr(doc.balance))
    slip.barcode(doc.number)
    return slip.finish(cut=cut)

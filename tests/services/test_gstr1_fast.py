"""GSTR-1's one-rate shortcut gives exactly what the general per-rate path gives, on every
invoice of sixty generated days (one-line and many-line bills, intra- and inter-state)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from jewelpos.db.models_billing import Invoice, InvoiceLine
from jewelpos.domain.gstr1 import HsnPart, lines_with_tax
from jewelpos.domain.money import from_paise
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.demo_year import add_year_of_bills
from jewelpos.services.gstr1 import _groups, _rate, outward_invoice


def test_one_rate_shortcut_equals_the_general_path(services: Services, owner: UserInfo) -> None:
    """Rates and per-line tax of every invoice equal the general path's (the old code)."""
    add_year_of_bills(services.uow, last_day=date(2025, 5, 31), lines=500, days=60)
    multi = inter = 0
    with services.uow.read() as s:
        for inv in s.scalars(select(Invoice)):
            lines = list(
                s.scalars(
                    select(InvoiceLine)
                    .where(InvoiceLine.invoice_id == inv.id)
                    .order_by(InvoiceLine.line_no)
                )
            )
            rates = _groups(
                [(ln.gst_bp, ln.taxable_paise) for ln in lines],
                inv.supply,
                cgst=inv.cgst_paise,
                sgst=inv.sgst_paise,
                igst=inv.igst_paise,
            )
            parts = [
                HsnPart(ln.hsn, ln.description, ln.gross_mg, _rate(ln.gst_bp),
                        from_paise(ln.taxable_paise))
                for ln in lines
            ]  # fmt: skip
            got = outward_invoice(inv, lines)
            assert got.rates == rates
            assert got.lines == lines_with_tax(parts, rates)
            multi += len(lines) > 1
            inter += inv.supply == "inter"
    assert multi > 20 and inter > 0


def test_summed_bills_give_the_same_return(services: Services, owner: UserInfo) -> None:
    """Every table of GSTR-1 (B2B, B2CL, B2CS, credit notes, HSN, documents) of each of three
    generated months equals the one built from every bill read whole."""
    from decimal import Decimal

    from jewelpos.domain.gstr1 import build_gstr1
    from jewelpos.services.gstr1 import GstReturnsService, Month, month_documents, shop_of

    add_year_of_bills(services.uow, last_day=date(2025, 5, 31), lines=3000, days=90)
    svc = GstReturnsService(services.uow)
    # a low B2C large limit, so some inter-state bills to unregistered buyers are B2CL
    svc_limit = Decimal("150000")
    from jewelpos.services.gst_settings import GstSettingsService

    GstSettingsService(services.uow).save(by=owner, b2cl_threshold=svc_limit)
    for month in (Month(2025, 3), Month(2025, 4), Month(2025, 5)):
        fast = svc.gstr1(month)
        with services.uow.read() as s:
            docs = month_documents(s, month)
            gstin = shop_of(s).gstin
        slow = build_gstr1(
            gstin=gstin,
            year=month.year,
            month=month.month,
            invoices=docs.invoices,
            credit_notes=docs.credit_notes,
            documents=docs.documents,
            b2cl_threshold=svc_limit,
        )
        for table in ("b2b", "b2cl", "b2cs", "cdnr", "cdnur", "hsn", "doc_issue"):
            assert fast.data[table] == slow.data[table], (month, table)
        assert fast.data["b2cs"] and fast.data["hsn"]["hsn_b2c"] and fast.data["b2b"]
        assert fast.documents == slow.documents


def test_credit_notes_read_in_bulk_equal_note_by_note(services: Services, owner: UserInfo) -> None:
    """The month's credit notes, their lines read in one query, equal each note read alone."""
    from jewelpos.db.models_billing import CreditNote, CreditNoteLine
    from jewelpos.services.gstr1 import Month, month_documents

    add_year_of_bills(services.uow, last_day=date(2025, 5, 31), lines=3000, days=90)
    checked = 0
    for month in (Month(2025, 3), Month(2025, 4), Month(2025, 5)):
        with services.uow.read() as s:
            docs = month_documents(s, month)
            by_number = {n.number: n for n in docs.credit_notes}
            notes = s.scalars(
                select(CreditNote).where(
                    CreditNote.shop_day >= month.first, CreditNote.shop_day < month.after
                )
            ).all()
            assert len(notes) == len(by_number)
            for cn in notes:
                pairs = s.execute(
                    select(CreditNoteLine, InvoiceLine)
                    .join(InvoiceLine, InvoiceLine.id == CreditNoteLine.invoice_line_id)
                    .where(CreditNoteLine.credit_note_id == cn.id)
                    .order_by(InvoiceLine.line_no)
                ).all()
                got = by_number[cn.number]
                rates = _groups(
                    [(c.gst_bp, c.taxable_paise) for c, _l in pairs],
                    got.invoice.supply,
                    cgst=cn.cgst_paise,
                    sgst=cn.sgst_paise,
                    igst=cn.igst_paise,
                )
                parts = [
                    HsnPart(ln.hsn, ln.description, ln.gross_mg, _rate(c.gst_bp),
                            from_paise(c.taxable_paise))
                    for c, ln in pairs
                ]  # fmt: skip
                assert got.rates == rates
                assert got.lines == lines_with_tax(parts, rates)
                checked += 1
    assert checked > 3

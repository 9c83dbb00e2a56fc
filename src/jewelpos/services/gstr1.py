"""GSTR-1 and GSTR-3B of a month from this counter's documents: reads invoices, credit notes and
their lines into the pure builders of domain/gstr1.py, and writes the JSON and Excel files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models_billing import CreditNote, CreditNoteLine, Invoice, InvoiceLine
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.gstr1 import (
    DOC_CREDIT_NOTES,
    DOC_INVOICES,
    CreditNoteDoc,
    DocSeriesRange,
    Gstr1,
    Gstr3bOutward,
    HsnPart,
    OutwardInvoice,
    RateTax,
    build_gstr1,
    gstr1_json_text,
    gstr3b_outward,
    lines_with_tax,
    reconcile_rates,
)
from jewelpos.domain.money import from_paise
from jewelpos.domain.tax import Supply, gst_by_group
from jewelpos.services.gst_settings import load_gst_settings
from jewelpos.services.setup import ShopInfo, local_shop_info


@dataclass(frozen=True)
class Month:
    year: int
    month: int

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def after(self) -> date:
        return date(self.year + self.month // 12, self.month % 12 + 1, 1)

    @classmethod
    def parse(cls, text: str) -> Month:
        """``2026-11`` -> Month(2026, 11); ValidationError naming the month otherwise."""
        try:
            y, m = (int(p) for p in text.strip().split("-"))
            date(y, m, 1)
        except ValueError:
            raise ValidationError("month", f"{text!r} is no month: write it as 2026-11") from None
        return cls(y, m)


@dataclass(frozen=True)
class MonthDocuments:
    """A month's outward documents as the builders take them."""

    invoices: tuple[OutwardInvoice, ...]
    credit_notes: tuple[CreditNoteDoc, ...]
    documents: tuple[DocSeriesRange, ...]


def shop_of(s: Session) -> ShopInfo:
    """This counter's shop, branch and device; NotFound before first-run setup."""
    return local_shop_info(s)


def _rate(bp: int) -> Decimal:
    return (Decimal(bp) / 100).normalize()


def _groups(
    lines: Sequence[tuple[int, int]], supply: str, *, cgst: int, sgst: int, igst: int
) -> tuple[RateTax, ...]:
    """Per-rate tax of a document's lines ((gst_bp, taxable paise)), matching its totals."""
    splits = gst_by_group(((_rate(bp), from_paise(t)) for bp, t in lines), supply=Supply(supply))
    groups = [RateTax(g.rate_percent, g.taxable, g.cgst, g.sgst, g.igst) for g in splits]
    return reconcile_rates(
        groups, cgst=from_paise(cgst), sgst=from_paise(sgst), igst=from_paise(igst)
    )


def _series_of(number: str) -> str:
    """``IB1-C2/25/00042`` -> ``IB1-C2/25`` (the series and its financial year)."""
    return number.rsplit("/", 1)[0]


def _ranges(doc_num: int, rows: Sequence[tuple[str, bool]]) -> list[DocSeriesRange]:
    by_series: dict[str, list[tuple[str, bool]]] = {}
    for number, cancelled in rows:
        by_series.setdefault(_series_of(number), []).append((number, cancelled))
    return [
        DocSeriesRange(doc_num, series, tuple(sorted(items)))
        for series, items in sorted(by_series.items())
    ]


def outward_invoice(inv: Invoice, lines: Sequence[InvoiceLine]) -> OutwardInvoice:
    rates = _groups(
        [(ln.gst_bp, ln.taxable_paise) for ln in lines],
        inv.supply,
        cgst=inv.cgst_paise,
        sgst=inv.sgst_paise,
        igst=inv.igst_paise,
    )
    parts = [
        HsnPart(
            hsn=ln.hsn,
            description=ln.description,
            gross_mg=ln.gross_mg,
            rate=_rate(ln.gst_bp),
            taxable=from_paise(ln.taxable_paise),
        )
        for ln in lines
    ]
    return OutwardInvoice(
        number=inv.number,
        day=inv.shop_day,
        value=from_paise(inv.invoice_value_paise),
        buyer_gstin=inv.buyer_gstin or "",
        pos=inv.place_of_supply,
        supply=inv.supply,
        rates=rates,
        lines=lines_with_tax(parts, rates),
        cancelled=inv.status == "cancelled",
    )


def month_documents(s: Session, month: Month) -> MonthDocuments:
    """Every invoice (cancelled too) and credit note dated in the month, with their lines."""
    invs = list(
        s.scalars(
            select(Invoice)
            .where(Invoice.shop_day >= month.first, Invoice.shop_day < month.after)
            .order_by(Invoice.number)
        )
    )
    inv_lines: dict[str, list[InvoiceLine]] = {}
    ids = [i.id for i in invs]
    for chunk in range(0, len(ids), 500):
        for ln in s.scalars(
            select(InvoiceLine)
            .where(InvoiceLine.invoice_id.in_(ids[chunk : chunk + 500]))
            .order_by(InvoiceLine.invoice_id, InvoiceLine.line_no)
        ):
            inv_lines.setdefault(ln.invoice_id, []).append(ln)
    outward = {i.id: outward_invoice(i, inv_lines.get(i.id, [])) for i in invs}
    notes: list[CreditNoteDoc] = []
    note_rows = list(
        s.scalars(
            select(CreditNote)
            .where(CreditNote.shop_day >= month.first, CreditNote.shop_day < month.after)
            .order_by(CreditNote.number)
        )
    )
    for cn in note_rows:
        original = outward.get(cn.invoice_id)
        if original is None:  # a return this month of an older month's bill
            inv = s.get(Invoice, cn.invoice_id)
            assert inv is not None
            original = outward_invoice(
                inv,
                list(
                    s.scalars(
                        select(InvoiceLine)
                        .where(InvoiceLine.invoice_id == inv.id)
                        .order_by(InvoiceLine.line_no)
                    )
                ),
            )
        pairs = s.execute(
            select(CreditNoteLine, InvoiceLine)
            .join(InvoiceLine, InvoiceLine.id == CreditNoteLine.invoice_line_id)
            .where(CreditNoteLine.credit_note_id == cn.id)
            .order_by(InvoiceLine.line_no)
        ).all()
        rates = _groups(
            [(c.gst_bp, c.taxable_paise) for c, _l in pairs],
            original.supply,
            cgst=cn.cgst_paise,
            sgst=cn.sgst_paise,
            igst=cn.igst_paise,
        )
        parts = [
            HsnPart(
                hsn=ln.hsn,
                description=ln.description,
                gross_mg=ln.gross_mg,
                rate=_rate(c.gst_bp),
                taxable=from_paise(c.taxable_paise),
            )
            for c, ln in pairs
        ]
        notes.append(
            CreditNoteDoc(
                number=cn.number,
                day=cn.shop_day,
                value=from_paise(cn.total_paise),
                invoice=original,
                rates=rates,
                lines=lines_with_tax(parts, rates),
            )
        )
    documents = _ranges(DOC_INVOICES, [(i.number, i.status == "cancelled") for i in invs])
    documents += _ranges(DOC_CREDIT_NOTES, [(n.number, False) for n in note_rows])
    return MonthDocuments(tuple(outward.values()), tuple(notes), tuple(documents))


@dataclass(frozen=True)
class Gstr1Files:
    json_path: Path | None
    xlsx_path: Path | None
    summary: Gstr3bOutward


class GstReturnsService:
    """GSTR-1 and GSTR-3B of a month (read only)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def gstr1(self, month: Month) -> Gstr1:
        """The month's GSTR-1 (NotFound before first-run setup)."""
        with self._uow.read() as s:
            gstin = shop_of(s).gstin
            settings = load_gst_settings(s)
            docs = month_documents(s, month)
        return build_gstr1(
            gstin=gstin,
            year=month.year,
            month=month.month,
            invoices=docs.invoices,
            credit_notes=docs.credit_notes,
            documents=docs.documents,
            b2cl_threshold=settings.b2cl_threshold,
            hsn_split=settings.hsn_split,
        )

    def gstr3b(self, month: Month) -> Gstr3bOutward:
        """3.1(a) and 3.2 of the month's GSTR-3B."""
        with self._uow.read() as s:
            docs = month_documents(s, month)
        return gstr3b_outward(docs.invoices, docs.credit_notes)

    def export_gstr1(
        self, month: Month, *, json_path: Path | None, xlsx_path: Path | None
    ) -> Gstr1Files:
        """Write the month's GSTR-1 as the offline tool's JSON and/or as Excel."""
        from jewelpos.printing.gstr1_xlsx import write_gstr1_xlsx

        g = self.gstr1(month)
        summary = self.gstr3b(month)
        if json_path is not None:
            json_path.write_text(gstr1_json_text(g), encoding="utf-8")
        if xlsx_path is not None:
            xlsx_path.write_bytes(write_gstr1_xlsx(g, summary))
        return Gstr1Files(json_path, xlsx_path, summary)

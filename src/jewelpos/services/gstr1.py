"""GSTR-1 and GSTR-3B of a month from this counter's documents: reads invoices, credit notes and
their lines into the pure builders of domain/gstr1.py, and writes the JSON and Excel files."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, not_, or_, select
from sqlalchemy.orm import Session

from jewelpos.db.models_billing import CreditNote, CreditNoteLine, Invoice, InvoiceLine
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.gstr1 import (
    DOC_CREDIT_NOTES,
    DOC_INVOICES,
    HSN_NAMES,
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


@functools.cache
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


def outward_invoice(inv: Any, lines: Sequence[Any]) -> OutwardInvoice:
    """The invoice (an Invoice or a row with its columns) and its lines as GSTR-1 reads them.
    One rate (nearly every jewellery bill): the group is the stored totals, a single line
    carries all of it and several share it in whole paise: exactly what the general path
    gives, without its Decimal arithmetic (tests/services/test_gstr1_fast.py)."""
    bps = {ln.gst_bp for ln in lines}
    if len(bps) == 1:
        rate = _rate(next(iter(bps)))
        cgst, sgst, igst = (
            from_paise(inv.cgst_paise),
            from_paise(inv.sgst_paise),
            from_paise(inv.igst_paise),
        )
        rates: tuple[RateTax, ...] = (
            RateTax(rate, from_paise(sum(ln.taxable_paise for ln in lines)), cgst, sgst, igst),
        )
        if len(lines) == 1:
            ln = lines[0]
            one = HsnPart(
                ln.hsn, ln.description, ln.gross_mg, rate, from_paise(ln.taxable_paise),
                cgst, sgst, igst,
            )  # fmt: skip
            return _outward(inv, rates, (one,))
        weights = [int(ln.taxable_paise) for ln in lines]
        heads = [
            _allocate_paise(int(total), weights)
            for total in (inv.cgst_paise, inv.sgst_paise, inv.igst_paise)
        ]
        shared = tuple(
            HsnPart(
                ln.hsn,
                ln.description,
                ln.gross_mg,
                rate,
                from_paise(ln.taxable_paise),
                from_paise(heads[0][i]),
                from_paise(heads[1][i]),
                from_paise(heads[2][i]),
            )
            for i, ln in enumerate(lines)
        )
        return _outward(inv, rates, shared)
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
    return _outward(inv, rates, lines_with_tax(parts, rates))


def _allocate_paise(total: int, weights: list[int]) -> list[int]:
    """domain.gstr1.allocate in whole paise: ``total`` over ``weights`` with cumulative
    rounding half up, the parts adding up to ``total`` (all on the first for zero weights)."""
    whole = sum(weights)
    if whole == 0:
        return [total] + [0] * (len(weights) - 1)
    out: list[int] = []
    running = given = 0
    for w in weights:
        running += w
        n = total * running
        upto = (2 * abs(n) + whole) // (2 * whole) * (1 if n >= 0 else -1)
        out.append(upto - given)
        given = upto
    return out


def _outward(inv: Any, rates: tuple[RateTax, ...], lines: tuple[HsnPart, ...]) -> OutwardInvoice:
    day = inv.shop_day
    return OutwardInvoice(
        number=inv.number,
        day=day if isinstance(day, date) else date.fromisoformat(str(day)),
        value=from_paise(inv.invoice_value_paise),
        buyer_gstin=inv.buyer_gstin or "",
        pos=inv.place_of_supply,
        supply=inv.supply,
        rates=rates,
        lines=lines,
        cancelled=inv.status == "cancelled",
    )


_INVOICE_COLUMNS = (
    Invoice.id,
    Invoice.number,
    Invoice.shop_day,
    Invoice.invoice_value_paise,
    Invoice.buyer_gstin,
    Invoice.place_of_supply,
    Invoice.supply,
    Invoice.status,
    Invoice.cgst_paise,
    Invoice.sgst_paise,
    Invoice.igst_paise,
)
_LINE_COLUMNS = (
    InvoiceLine.invoice_id,
    InvoiceLine.line_no,
    InvoiceLine.gst_bp,
    InvoiceLine.taxable_paise,
    InvoiceLine.hsn,
    InvoiceLine.description,
    InvoiceLine.gross_mg,
)


def _month_lines(s: Session, month: Month) -> dict[str, list[Any]]:
    inv_lines: dict[str, list[Any]] = {}
    for ln in s.execute(
        select(*_LINE_COLUMNS)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(Invoice.shop_day >= month.first, Invoice.shop_day < month.after)
        .order_by(InvoiceLine.invoice_id, InvoiceLine.line_no)
    ):
        inv_lines.setdefault(ln.invoice_id, []).append(ln)
    return inv_lines


def _month_invoices(s: Session, month: Month) -> list[Any]:
    # plain rows, not ORM objects: a busy month has a hundred thousand bills
    return list(
        s.execute(
            select(*_INVOICE_COLUMNS)
            .where(Invoice.shop_day >= month.first, Invoice.shop_day < month.after)
            .order_by(Invoice.number)
        ).all()
    )


def month_documents(s: Session, month: Month) -> MonthDocuments:
    """Every invoice (cancelled too) and credit note dated in the month, with their lines."""
    invs = _month_invoices(s, month)
    inv_lines = _month_lines(s, month)
    outward = {i.id: outward_invoice(i, inv_lines.get(i.id, [])) for i in invs}
    return _with_notes(s, month, invs, outward, list(outward.values()))


def _line_summary(month: Month) -> Any:
    """Per bill of the month: its lines' lowest and highest rate and HSN code, lowest gross
    weight and summed gross weight and taxable value (a subquery)."""
    return (
        select(
            InvoiceLine.invoice_id.label("id"),
            func.min(InvoiceLine.gst_bp).label("bp"),
            func.max(InvoiceLine.gst_bp).label("bp_max"),
            func.min(InvoiceLine.hsn).label("hsn"),
            func.max(InvoiceLine.hsn).label("hsn_max"),
            func.min(InvoiceLine.gross_mg).label("gross_min"),
            func.sum(InvoiceLine.gross_mg).label("gross"),
            func.sum(InvoiceLine.taxable_paise).label("taxable"),
        )
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(Invoice.shop_day >= month.first, Invoice.shop_day < month.after)
        .group_by(InvoiceLine.invoice_id)
        .subquery("line_summary")
    )


def _summable(summary: Any, limit_paise: int) -> Any:
    """SQL condition: a final bill to an unregistered buyer, not B2C large, whose lines share
    one rate and one named HSN code (not a service) and all weigh something."""
    return and_(
        Invoice.status == "final",
        func.coalesce(Invoice.buyer_gstin, "") == "",
        not_(and_(Invoice.supply == "inter", Invoice.invoice_value_paise > limit_paise)),
        summary.c.bp == summary.c.bp_max,
        summary.c.hsn == summary.c.hsn_max,
        summary.c.hsn.in_(sorted(HSN_NAMES)),
        func.substr(summary.c.hsn, 1, 2) != "99",
        summary.c.gross_min > 0,
    )


def gstr1_documents(s: Session, month: Month, b2cl_threshold: Decimal) -> MonthDocuments:
    """What GSTR-1 needs of the month, the bulk summed in SQL: final bills to unregistered
    buyers that are not B2C large and whose lines share one rate and one HSN code with a
    printed HSN name (most counter bills) become one summed document per supply, place of
    supply, rate and HSN code (summed by SQLite); every other bill is read whole. Table by
    table the return is the same as from ``month_documents`` (tests/services/test_gstr1_fast.py)."""
    in_month = (Invoice.shop_day >= month.first, Invoice.shop_day < month.after)
    numbers = s.execute(select(Invoice.number, Invoice.status).where(*in_month)).all()
    limit = int(b2cl_threshold * 100)
    summary = _line_summary(month)
    simple = _summable(summary, limit)
    key = (Invoice.supply, Invoice.place_of_supply, summary.c.bp, summary.c.hsn)
    sums = s.execute(
        select(
            *key,
            func.sum(summary.c.taxable),
            func.sum(Invoice.cgst_paise),
            func.sum(Invoice.sgst_paise),
            func.sum(Invoice.igst_paise),
            func.sum(summary.c.gross),
        )
        .join(summary, summary.c.id == Invoice.id)
        .where(*in_month, simple)
        .group_by(*key)
    ).all()
    # sorted here: ORDER BY number would make SQLite walk every bill by number
    whole = sorted(
        s.execute(
            select(*_INVOICE_COLUMNS)
            .outerjoin(summary, summary.c.id == Invoice.id)
            .where(*in_month, or_(summary.c.id.is_(None), not_(simple)))
        ).all(),
        key=lambda row: str(row.number),
    )
    lines = _lines_of(s, [i.id for i in whole])
    outward = {i.id: outward_invoice(i, lines.get(i.id, [])) for i in whole}
    keyed = sorted(((str(r[0]), str(r[1]), int(r[2]), str(r[3])), r[4:]) for r in sums)
    summed = [_summed(month, *k, [int(v) for v in acc]) for k, acc in keyed]
    return _with_notes(s, month, numbers, outward, [*outward.values(), *summed])


def _summed(
    month: Month, supply: str, pos: str, bp: int, hsn: str, acc: list[int]
) -> OutwardInvoice:
    """One document of summed plain bills: taxable, CGST, SGST, IGST paise and gross mg."""
    money = [from_paise(v) for v in acc[:4]]
    return OutwardInvoice(
        number="",
        day=month.first,
        value=Decimal("0.00"),  # never B2C large: the value is not used
        buyer_gstin="",
        pos=pos,
        supply=supply,
        rates=(RateTax(_rate(bp), *money),),
        lines=(HsnPart(hsn, HSN_NAMES[hsn], acc[4], _rate(bp), *money),),
    )


def _lines_of(s: Session, ids: Sequence[str]) -> dict[str, list[Any]]:
    inv_lines: dict[str, list[Any]] = {}
    for chunk in range(0, len(ids), 500):
        for ln in s.execute(
            select(*_LINE_COLUMNS)
            .where(InvoiceLine.invoice_id.in_(ids[chunk : chunk + 500]))
            .order_by(InvoiceLine.invoice_id, InvoiceLine.line_no)
        ):
            inv_lines.setdefault(ln.invoice_id, []).append(ln)
    return inv_lines


def _with_notes(
    s: Session,
    month: Month,
    invs: Sequence[Any],
    outward: dict[str, OutwardInvoice],
    invoices: list[OutwardInvoice],
) -> MonthDocuments:
    """The month's credit notes (their bills from ``outward`` or read here) and documents."""
    notes: list[CreditNoteDoc] = []
    note_rows = list(
        s.scalars(
            select(CreditNote)
            .where(CreditNote.shop_day >= month.first, CreditNote.shop_day < month.after)
            .order_by(CreditNote.number)
        )
    )
    # bills returned this month that are not read whole above (older months', summed ones)
    missing = sorted({cn.invoice_id for cn in note_rows} - set(outward))
    bills: list[Any] = []
    for chunk in range(0, len(missing), 500):
        bills += s.execute(
            select(*_INVOICE_COLUMNS).where(Invoice.id.in_(missing[chunk : chunk + 500]))
        ).all()
    their_lines = _lines_of(s, missing)
    originals = dict(outward)
    originals.update({b.id: outward_invoice(b, their_lines.get(b.id, [])) for b in bills})
    note_lines: dict[str, list[Any]] = {}
    for row in s.execute(
        select(
            CreditNoteLine.credit_note_id,
            CreditNoteLine.gst_bp,
            CreditNoteLine.taxable_paise,
            InvoiceLine.hsn,
            InvoiceLine.description,
            InvoiceLine.gross_mg,
        )
        .join(InvoiceLine, InvoiceLine.id == CreditNoteLine.invoice_line_id)
        .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
        .where(CreditNote.shop_day >= month.first, CreditNote.shop_day < month.after)
        .order_by(CreditNoteLine.credit_note_id, InvoiceLine.line_no)
    ):
        note_lines.setdefault(row.credit_note_id, []).append(row)
    for cn in note_rows:
        original = originals[cn.invoice_id]
        rows = note_lines.get(cn.id, [])
        rates = _groups(
            [(c.gst_bp, c.taxable_paise) for c in rows],
            original.supply,
            cgst=cn.cgst_paise,
            sgst=cn.sgst_paise,
            igst=cn.igst_paise,
        )
        parts = [
            HsnPart(
                hsn=c.hsn,
                description=c.description,
                gross_mg=c.gross_mg,
                rate=_rate(c.gst_bp),
                taxable=from_paise(c.taxable_paise),
            )
            for c in rows
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
    return MonthDocuments(tuple(invoices), tuple(notes), tuple(documents))


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
            docs = gstr1_documents(s, month, settings.b2cl_threshold)
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

"""E-invoices of B2B bills: the IRN request in schema 1.1, registration through the shop's GSP,
and the stored IRN, acknowledgement and signed QR (printed on the A4 invoice)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import Customer
from jewelpos.db.models_billing import Invoice, InvoiceLine
from jewelpos.db.models_einvoice import EInvoice
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import SHOP_ZONE, Clock
from jewelpos.domain.einvoice import EInvoiceItem, Party, build_irn_request, irn_request_text
from jewelpos.domain.errors import NotFound, ValidationError
from jewelpos.printing.documents import EInvoiceMark, InvoiceDocument
from jewelpos.services.auth import UserInfo
from jewelpos.services.gsp import IrnResponse
from jewelpos.services.gstr1 import outward_invoice, shop_of


class IrnSender(Protocol):
    def generate_irn(self, request: dict[str, Any]) -> IrnResponse: ...


@dataclass(frozen=True)
class EInvoiceInfo:
    invoice_id: str
    invoice_number: str
    irn: str
    ack_no: str
    ack_at: datetime
    signed_qr: str


def _invoice(s: Session, number_or_id: str) -> Invoice:
    inv = (
        s.get(Invoice, number_or_id)
        or s.scalars(
            select(Invoice).where(func.upper(Invoice.number) == number_or_id.strip().upper())
        ).first()
    )
    if inv is None:
        raise NotFound(f"There is no bill {number_or_id}.", bill=number_or_id)
    return inv


def _split_address(text: str) -> tuple[str, str]:
    clean = " ".join(text.split())
    if len(clean) <= 100:
        return clean, ""
    cut = clean.rfind(" ", 0, 100)
    cut = cut if cut > 0 else 100
    return clean[:cut], clean[cut:].strip()[:100]


def request_for(s: Session, inv: Invoice) -> dict[str, Any]:
    """The IRN request of a saved B2B invoice (ValidationError in words if it cannot be one)."""
    if inv.status == "cancelled":
        raise ValidationError("bill", f"bill {inv.number} is cancelled")
    if not inv.buyer_gstin:
        raise ValidationError("bill", f"bill {inv.number} has no buyer GSTIN: no e-invoice")
    shop = shop_of(s)
    lines = list(
        s.scalars(
            select(InvoiceLine)
            .where(InvoiceLine.invoice_id == inv.id)
            .order_by(InvoiceLine.line_no)
        )
    )
    outward = outward_invoice(inv, lines)
    parts = outward.lines
    cust = s.get(Customer, inv.customer_id) if inv.customer_id else None
    addr1, addr2 = _split_address(cust.address if cust else inv.buyer_address)
    seller1, seller2 = _split_address(shop.address)
    seller = Party(
        gstin=shop.gstin,
        legal_name=shop.legal_name or shop.shop_name,
        trade_name=shop.shop_name,
        address1=seller1,
        address2=seller2,
        location=shop.city,
        pin=shop.pin_code,
        state_code=shop.state_code,
        phone=shop.phone,
    )
    buyer = Party(
        gstin=inv.buyer_gstin,
        legal_name=inv.buyer_name,
        address1=addr1 or (cust.city if cust else ""),
        address2=addr2,
        location=cust.city if cust else "",
        pin=cust.pin_code if cust else "",
        state_code=inv.buyer_gstin[:2],
        phone=inv.buyer_mobile,
        email=cust.email if cust else "",
    )
    items = [
        EInvoiceItem(
            description=p.description,
            hsn=p.hsn,
            gross_mg=p.gross_mg,
            rate=p.rate,
            taxable=p.taxable,
            igst=p.igst,
            cgst=p.cgst,
            sgst=p.sgst,
        )
        for p in parts
    ]
    return build_irn_request(
        number=inv.number,
        day=inv.shop_day,
        seller=seller,
        buyer=buyer,
        place_of_supply=inv.place_of_supply,
        items=items,
        invoice_value=outward.value,
    )


def _info(inv: Invoice, row: EInvoice) -> EInvoiceInfo:
    return EInvoiceInfo(inv.id, inv.number, row.irn, row.ack_no, row.ack_at, row.signed_qr)


def registration_of(s: Session, invoice_id: str) -> EInvoiceInfo | None:
    """The stored IRN of an invoice, if it has one."""
    row = s.scalars(select(EInvoice).where(EInvoice.invoice_id == invoice_id)).first()
    inv = s.get(Invoice, invoice_id)
    return _info(inv, row) if row is not None and inv is not None else None


def with_einvoice(
    uow: UnitOfWork, doc: InvoiceDocument, invoice_id: str, *, zone: ZoneInfo = SHOP_ZONE
) -> InvoiceDocument:
    """The printable invoice with its IRN and signed QR, when it has them (the acknowledgement
    time in the shop's ``zone``)."""
    with uow.read() as s:
        reg = registration_of(s, invoice_id)
    if reg is None:
        return doc
    ack = reg.ack_at.astimezone(zone).strftime("%d-%m-%Y %H:%M")
    return replace(doc, einvoice=EInvoiceMark(reg.irn, reg.ack_no, ack, reg.signed_qr))


class EInvoiceService:
    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def irn_request(self, bill: str) -> dict[str, Any]:
        """The IRN request JSON of a bill (by number or id)."""
        with self._uow.read() as s:
            return request_for(s, _invoice(s, bill))

    def registration(self, bill: str) -> EInvoiceInfo | None:
        with self._uow.read() as s:
            return registration_of(s, _invoice(s, bill).id)

    def register(self, bill: str, *, sender: IrnSender, by: UserInfo) -> EInvoiceInfo:
        """Send the bill's IRN request through the GSP and store what comes back. A bill
        registered before is not sent again (ValidationError); GSP errors pass through."""
        with self._uow.read() as s:
            inv = _invoice(s, bill)
            if registration_of(s, inv.id) is not None:
                raise ValidationError("bill", f"bill {inv.number} already has an IRN")
            request = request_for(s, inv)
            invoice_id = inv.id
        answer = sender.generate_irn(request)  # network: outside any transaction
        with self._uow.begin() as s:
            inv = _invoice(s, invoice_id)
            row = EInvoice(
                invoice_id=invoice_id,
                irn=answer.irn,
                ack_no=answer.ack_no,
                ack_at=answer.ack_at,
                signed_qr=answer.signed_qr,
                signed_invoice=answer.signed_invoice,
                request_json=irn_request_text(request),
                registered_at=self._clock.now(),
                registered_by=by.id,
            )
            s.add(row)
            s.flush()
            return _info(inv, row)


__all__ = ["EInvoiceInfo", "EInvoiceService", "registration_of", "request_for"]

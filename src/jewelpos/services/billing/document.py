"""The printable tax invoice (every Rule 46 field) from a stored bill."""

from __future__ import annotations

from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models_billing import (
    Invoice,
    InvoiceLine,
    OldGoldVoucher,
    OldGoldVoucherLine,
)
from jewelpos.domain.clock import SHOP_ZONE
from jewelpos.domain.formatting import amount_in_words, format_percent
from jewelpos.domain.money import ZERO, from_paise
from jewelpos.domain.pricing import (
    Supply,
    WastageOn,
)
from jewelpos.domain.tax import gst_by_group
from jewelpos.domain.validation import INDIAN_STATES
from jewelpos.domain.weight import grams_from_mg
from jewelpos.printing.documents import Buyer, InvoiceDocument, Seller, TaxRow
from jewelpos.printing.documents import InvoiceLine as DocLine
from jewelpos.printing.documents import OldGoldLine as DocOldGold
from jewelpos.printing.documents import Payment as DocPayment
from jewelpos.printing.documents import SetOff as DocSetOff
from jewelpos.services._common import (
    bp_to_percent,
    paise_to_money,
)
from jewelpos.services.billing.drafts import PAYMENT_LABELS, BillStatus, Delivery
from jewelpos.services.billing.views import bill_view
from jewelpos.services.setup import ShopInfo


def _wastage_label(r: InvoiceLine) -> str:
    if not r.wastage_paise:
        return "VA"
    if r.wastage_on == WastageOn.WEIGHT.value:
        return f"Wastage {grams_from_mg(r.wastage_mg)} g"
    return f"VA {format_percent(bp_to_percent(r.wastage_bp))}%"


def invoice_document(
    s: Session, inv: Invoice, shop: ShopInfo, *, zone: ZoneInfo = SHOP_ZONE
) -> InvoiceDocument:
    view = bill_view(s, inv)
    rows = s.scalars(
        select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.line_no)
    ).all()
    lines = tuple(
        DocLine(
            description=r.description,
            hsn=r.hsn,
            purity_label=r.purity_label,
            pieces=1,
            gross_mg=r.gross_mg,
            stone_mg=r.stone_mg,
            net_mg=r.net_mg,
            huids=tuple(h for h in r.huids.split(",") if h),
            rate=paise_to_money(r.rate_paise),
            metal_value=paise_to_money(r.metal_paise),
            wastage=paise_to_money(r.wastage_paise),
            wastage_label=_wastage_label(r),
            making=paise_to_money(r.making_paise),
            stones=paise_to_money(r.stones_paise),
            hallmark_fee=paise_to_money(r.hallmark_paise),
            other_charges=paise_to_money(r.other_paise),
            discount=paise_to_money(-(r.making_discount_paise + r.wastage_discount_paise)),
            taxable_value=paise_to_money(r.taxable_paise),
            tag_code=r.tag_code,
        )
        for r in rows
    )
    supply = Supply(inv.supply)
    groups = gst_by_group(
        ((Decimal(r.gst_bp) / 100, paise_to_money(r.taxable_paise)) for r in rows), supply=supply
    )
    hsn_by_rate: dict[Decimal, list[str]] = {}
    for r in rows:
        codes = hsn_by_rate.setdefault((Decimal(r.gst_bp) / 100).normalize(), [])
        if r.hsn not in codes:
            codes.append(r.hsn)
    tax_rows = tuple(
        TaxRow(
            taxable_value=g.taxable,
            cgst_rate=g.rate_percent / 2 if supply is Supply.INTRA else ZERO,
            cgst=g.cgst,
            sgst_rate=g.rate_percent / 2 if supply is Supply.INTRA else ZERO,
            sgst=g.sgst,
            igst_rate=g.rate_percent if supply is Supply.INTER else ZERO,
            igst=g.igst,
            hsn=", ".join(hsn_by_rate.get(g.rate_percent.normalize(), [])),
        )
        for g in groups
    )
    old_gold: tuple[DocOldGold, ...] = ()
    voucher = s.scalars(select(OldGoldVoucher).where(OldGoldVoucher.invoice_id == inv.id)).first()
    if voucher is not None:
        old_gold = tuple(
            DocOldGold(
                description=v.description or "Old gold",
                gross_mg=v.gross_mg,
                less_mg=v.less_mg,
                net_mg=v.net_mg,
                touch_percent=bp_to_percent(v.touch_bp),
                fine_mg=v.fine_mg,
                rate=paise_to_money(v.buy_rate_paise),
                value=paise_to_money(v.value_paise),
                market_rate=paise_to_money(v.rate_paise),
                deduction_percent=bp_to_percent(v.deduction_bp),
            )
            for v in s.scalars(
                select(OldGoldVoucherLine)
                .where(OldGoldVoucherLine.voucher_id == voucher.id)
                .order_by(OldGoldVoucherLine.line_no)
            )
        )
    payments = tuple(
        DocPayment(
            mode=PAYMENT_LABELS.get(p.mode, p.mode),
            amount=p.tendered,
            reference=(f"card xx{p.card_last4}" if p.card_last4 else p.reference)
            + (f" appr {p.approval_code}" if p.approval_code else ""),
        )
        for p in view.payments
    )
    address = ", ".join(part for part in (shop.address, shop.city, shop.pin_code) if part)
    pos_code = inv.place_of_supply
    net = paise_to_money(inv.net_payable_paise)
    return InvoiceDocument(
        seller=Seller(
            legal_name=shop.legal_name or shop.shop_name,
            address=address,
            gstin=shop.gstin,
            state_name=shop.state_name,
            state_code=shop.state_code,
            phone=shop.phone,
            trade_name=shop.shop_name,
        ),
        buyer=Buyer(
            name=inv.buyer_name or "Walk-in customer",
            address=inv.buyer_address,
            mobile=inv.buyer_mobile,
            state_name=INDIAN_STATES.get(inv.buyer_state_code, ""),
            state_code=inv.buyer_state_code,
            gstin=inv.buyer_gstin,
            pan=inv.buyer_pan or ("Form 60" if inv.buyer_form60 else ""),
        ),
        invoice_number=inv.number,
        issued_at=inv.issued_at.astimezone(zone),
        place_of_supply_name=INDIAN_STATES.get(pos_code, ""),
        place_of_supply_code=pos_code,
        lines=lines,
        tax_rows=tax_rows,
        invoice_value=paise_to_money(inv.invoice_value_paise),
        round_off=from_paise(inv.round_off_paise),
        net_payable=net,
        amount_in_words=amount_in_words(net),
        old_gold=old_gold,
        old_gold_voucher_number=voucher.number if voucher is not None else "",
        old_gold_seller_name=(voucher.seller_name or inv.buyer_name) if voucher else "",
        old_gold_seller_gstin=inv.buyer_gstin if voucher is not None else "",
        payments=payments,
        salesperson=view.salesperson,
        cashier=view.cashier,
        title="TAX INVOICE" if inv.status == BillStatus.FINAL else "TAX INVOICE - CANCELLED",
        set_offs=tuple(DocSetOff(label=label, amount=amount) for label, amount in view.set_offs),
        ship_to_address=inv.ship_address if inv.delivery == Delivery.SHIP else "",
        ship_to_state_name=INDIAN_STATES.get(inv.ship_state_code, "")
        if inv.delivery == Delivery.SHIP
        else "",
        ship_to_state_code=inv.ship_state_code if inv.delivery == Delivery.SHIP else "",
    )

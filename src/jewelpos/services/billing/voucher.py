"""The old-gold purchase voucher a bill writes for the old gold the customer hands over."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from jewelpos.db.models_billing import (
    Invoice,
    OldGoldVoucher,
    OldGoldVoucherLine,
)
from jewelpos.db.numbering import allocate_number
from jewelpos.domain.money import to_paise
from jewelpos.domain.numbering import DocType, financial_year
from jewelpos.domain.pricing import (
    PricedBill,
)
from jewelpos.services._common import (
    clean_text,
    percent_to_bp,
)
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing.drafts import BillStatus, CustomerOnBill, OldGoldEntry
from jewelpos.services.setup import ShopInfo


def write_voucher(
    s: Session,
    shop: ShopInfo,
    inv: Invoice,
    customer: CustomerOnBill | None,
    entries: tuple[OldGoldEntry, ...],
    priced: PricedBill,
    *,
    day: date,
    now: datetime,
    by: UserInfo,
) -> str:
    """The old-gold purchase voucher of a bill (its own number); the number."""
    fy = financial_year(day)
    number = allocate_number(s, DocType.OLD_GOLD, day=day, **shop.series_codes).number
    voucher = OldGoldVoucher(
        number=number,
        fy=fy,
        shop_day=day,
        issued_at=now,
        invoice_id=inv.id,
        customer_id=customer.id if customer else None,
        seller_name=customer.name if customer else "",
        seller_mobile=customer.mobile if customer else "",
        seller_address=customer.address if customer else "",
        seller_pan=customer.pan if customer else "",
        fine_mg=sum(o.fine_mg for o in priced.old_gold),
        total_paise=to_paise(priced.old_gold_value),
        status=BillStatus.FINAL.value,
        created_by=by.id,
    )
    s.add(voucher)
    s.flush()
    for i, (entry, og) in enumerate(zip(entries, priced.old_gold, strict=True), 1):
        s.add(
            OldGoldVoucherLine(
                voucher_id=voucher.id,
                line_no=i,
                description=clean_text(
                    entry.description, field=f"old_gold[{i - 1}].description", max_len=200
                ),
                metal=og.line.metal.value,
                gross_mg=og.line.gross_mg,
                less_mg=og.line.less_mg,
                net_mg=og.net_mg,
                touch_bp=percent_to_bp(
                    og.line.touch_percent, field=f"old_gold[{i - 1}].touch_percent"
                ),
                fine_mg=og.fine_mg,
                rate_paise=to_paise(og.line.rate),
                deduction_bp=percent_to_bp(
                    og.line.deduction_percent, field=f"old_gold[{i - 1}].deduction_percent"
                ),
                buy_rate_paise=to_paise(og.buy_rate),
                value_paise=to_paise(og.value),
            )
        )
    return number

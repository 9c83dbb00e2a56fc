"""Saving a draft as a final tax invoice in one transaction, with its old-gold voucher."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import (
    AppUser,
    Customer,
    StockPiece,
)
from jewelpos.db.models import PieceEvent as PieceEventRow
from jewelpos.db.models_billing import (
    Estimate,
    Invoice,
    InvoiceLine,
    Payment,
)
from jewelpos.db.numbering import allocate_number
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import (
    BuyerDetailsRequired,
    CashLimitExceeded,
    DayClosed,
    NotFound,
    PanRequired,
    ValidationError,
)
from jewelpos.domain.ids import new_id
from jewelpos.domain.money import to_paise
from jewelpos.domain.numbering import DocType, financial_year
from jewelpos.domain.pricing import (
    PricedItem,
    PricingSettings,
)
from jewelpos.domain.rules import check_cash
from jewelpos.services import pre_tax
from jewelpos.services import set_offs as set_off_kinds
from jewelpos.services._common import (
    audit,
    clean_text,
    money_to_paise,
    paise_to_money,
    percent_to_bp,
)
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing.approvals import check_approvals
from jewelpos.services.billing.drafts import (
    BillDraft,
    BillLine,
    BillStatus,
    CustomerOnBill,
    Delivery,
    PaymentEntry,
    PaymentMode,
)
from jewelpos.services.billing.lines import checked_line
from jewelpos.services.billing.quote import (
    LAST4,
    BillQuote,
    money_text,
    place_of_supply,
    quote_draft,
)
from jewelpos.services.billing.views import SavedBill
from jewelpos.services.billing.voucher import write_voucher
from jewelpos.services.day_state import day_is_closed
from jewelpos.services.setup import ShopInfo
from jewelpos.services.shop_settings import load as load_shop_settings
from jewelpos.services.stock import PieceStatus, making_to_db

DOC_INVOICE = DocType.INVOICE.key
DOC_OLD_GOLD = DocType.OLD_GOLD.key
DOC_CREDIT_NOTE = DocType.CREDIT_NOTE.key
DOC_ESTIMATE = DocType.ESTIMATE.key


def day_closed(s: Session, device_id: str, day: date) -> bool:
    """Closed at day end and not reopened by a manager since."""
    return day_is_closed(s, device_id, day)


def cash_taken(s: Session, customer_id: str, day: date) -> int:
    """Cash kept (paise) from a customer on a shop day across final bills."""
    total = s.scalar(
        select(func.coalesce(func.sum(Payment.amount_paise), 0))
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .where(
            Invoice.customer_id == customer_id,
            Invoice.shop_day == day,
            Invoice.status == BillStatus.FINAL.value,
            Payment.mode == PaymentMode.CASH.value,
        )
    )
    return int(total or 0)


def _customer_on_bill(s: Session, customer_id: str | None) -> CustomerOnBill | None:
    if customer_id is None:
        return None
    c = s.get(Customer, customer_id)
    if c is None:
        raise NotFound("No such customer.", customer_id=customer_id)
    return CustomerOnBill.from_info(c)


def _user_id(s: Session, user_id: str | None, *, field: str) -> str | None:
    if user_id is None:
        return None
    if s.get(AppUser, user_id) is None:
        raise NotFound("No such user.", field=field)
    return user_id


def _raise_for_problems(q: BillQuote, customer: CustomerOnBill | None) -> None:
    """The first blocking problem of a quote as its named error (cash is checked apart)."""
    for p in q.problems:
        if p.code == "pan_required":
            raise PanRequired("pan", p.message, threshold=p.params.get("threshold", ""))
        if p.code == "buyer_details_required":
            raise BuyerDetailsRequired(
                "customer",
                p.message,
                missing=p.params.get("missing", ""),
                threshold=p.params.get("threshold", ""),
            )
    for p in q.problems:
        if p.code in ("cash_limit",) or p.code.startswith("below_floor"):
            continue
        field_ = {
            "empty_bill": "lines",
            "negative_payable": "lines",
            "ship_address": "ship_address",
            "set_off_over_due": "set_offs",
            "set_off_needs_customer": "customer",
        }.get(p.code, "payments")
        raise ValidationError(field_, p.message, code=p.code, **dict(p.params))


def _clean_payment(p: PaymentEntry, index: int) -> PaymentEntry:
    f = f"payments[{index}]"
    try:
        mode = PaymentMode(p.mode)
    except ValueError:
        raise ValidationError(f"{f}.mode", f"unknown payment mode {p.mode!r}") from None
    money_to_paise(p.amount, field=f"{f}.amount", allow_zero=False)
    last4 = p.card_last4.strip()
    if mode is PaymentMode.CARD and not LAST4.match(last4):
        raise ValidationError(f"{f}.card_last4", "enter the last 4 digits of the card")
    if last4 and not LAST4.match(last4):
        raise ValidationError(f"{f}.card_last4", "4 digits")
    return PaymentEntry(
        key=p.key,
        mode=mode,
        amount=p.amount,
        reference=clean_text(p.reference, field=f"{f}.reference", max_len=60),
        card_last4=last4,
        approval_code=clean_text(p.approval_code, field=f"{f}.approval_code", max_len=20),
    )


def _open_estimate_for(s: Session, estimate_id: str | None, day: date) -> Estimate | None:
    if estimate_id is None:
        return None
    e = s.get(Estimate, estimate_id)
    if e is None:
        raise NotFound("No such estimate.", estimate_id=estimate_id)
    if e.status != "open" or e.shop_day != day:
        raise ValidationError(
            "estimate",
            f"estimate {e.number} is {e.status if e.status != 'open' else 'of another day'}",
        )
    return e


def _making_to_db(kind: str, value: Decimal, field_: str) -> int:
    return making_to_db(kind, value, field_prefix=field_)


def _invoice_line(
    invoice_id: str, line_no: int, line: BillLine, item: PricedItem, approved_by: str | None
) -> InvoiceLine:
    f = f"lines[{line_no - 1}]."
    return InvoiceLine(
        invoice_id=invoice_id,
        line_no=line_no,
        piece_id=line.piece_id,
        tag_code=line.tag_code,
        category_id=line.category_id,
        description=line.description,
        hsn=line.hsn,
        metal=line.metal,
        purity=line.purity,
        purity_label=item.purity_label,
        gross_mg=line.gross_mg,
        stone_mg=line.stone_mg,
        net_mg=item.net_mg,
        wastage_mg=item.wastage_mg,
        fine_mg=item.fine_mg,
        huids=",".join(line.huids),
        rate_paise=to_paise(item.rate),
        floor_rate_paise=to_paise(line.floor_rate),
        wastage_bp=percent_to_bp(line.wastage_percent, field=f + "wastage_percent"),
        wastage_on=line.wastage_on,
        making_kind=line.making_kind,
        making_value=_making_to_db(line.making_kind, line.making_value, f),
        making_discount_bp=percent_to_bp(
            line.making_discount_percent, field=f + "making_discount_percent"
        ),
        hallmark_pieces=line.hallmark_pieces,
        metal_paise=to_paise(item.metal_value),
        wastage_paise=to_paise(item.wastage_value),
        wastage_discount_paise=to_paise(item.wastage_discount),
        making_paise=to_paise(item.making),
        making_discount_paise=to_paise(item.making_discount),
        stones_paise=to_paise(item.stones),
        hallmark_paise=to_paise(item.hallmark),
        other_paise=to_paise(item.other),
        taxable_paise=to_paise(item.taxable),
        gst_bp=int(item.gst_percent * 100),
        approved_by=approved_by,
    )


def save_bill(
    uow: UnitOfWork,
    clock: Clock,
    shop: ShopInfo,
    draft: BillDraft,
    *,
    by: UserInfo,
    fixed_settings: PricingSettings | None = None,
    fixed_cash_limit: Decimal | None = None,
) -> SavedBill:
    """Save the draft as a final tax invoice in ONE transaction: invoice, lines (rate copied),
    payments, old-gold voucher, pieces SOLD with events, the next number of this counter's
    series for the financial year, approvals used, audit entry and outbox rows.

    Raises ValidationError (empty bill, payments != net payable, card without last 4...),
    PanRequired, BuyerDetailsRequired, CashLimitExceeded, PieceNotAvailable,
    ApprovalRequired, DayClosed, RateNotSet, NotFound. Nothing is written on any error.
    """
    with uow.begin() as s:
        now = clock.now()
        day = shop_today(clock)
        if day_closed(s, shop.device_id, day):
            raise DayClosed(
                f"The day {day.isoformat()} is closed: no more bills today.",
                day=day.isoformat(),
            )
        customer = _customer_on_bill(s, draft.customer_id)
        pieces: dict[str, StockPiece] = {}
        lines = tuple(
            checked_line(s, line, day=day, index=i, pieces=pieces)
            for i, line in enumerate(draft.lines)
        )
        rules = pre_tax.fresh_rules(
            s, draft.discounts, customer_id=draft.customer_id, day=day, uses=draft.set_offs
        )
        checked = replace(draft, lines=lines, discounts=rules)
        current = load_shop_settings(s)
        cash_limit = fixed_cash_limit or current.cash_limit
        q = quote_draft(
            checked,
            shop_state=shop.state_code,
            customer=customer,
            settings=fixed_settings or current.pricing(),
            cash_limit=cash_limit,
            huid_required=not current.huid_exempt,
        )
        invoice_id = new_id()
        approved_by = check_approvals(s, checked, q, invoice_id=invoice_id, now=now)
        already = cash_taken(s, customer.id, day) if customer is not None else 0
        if q.cash_in_bill > 0:
            cash = check_cash(
                already_paid_today=paise_to_money(already),
                new_cash=q.cash_in_bill,
                limit=cash_limit,
            )
            if not cash.allowed:
                before = (
                    f" ({money_text(cash.already_paid)} taken already today)" if already else ""
                )
                raise CashLimitExceeded(
                    f"Cash must stay below {money_text(cash.limit)} a day from one person "
                    f"(section 269ST): this bill's cash {money_text(cash.new_cash)}{before} is "
                    f"too much. At most {money_text(cash.remaining)} more may be taken in cash; "
                    "take the rest by card, UPI, cheque or bank transfer.",
                    total=str(cash.total),
                    limit=str(cash.limit),
                    remaining=str(cash.remaining),
                    already=str(cash.already_paid),
                )
        _raise_for_problems(q, customer)
        payments = [_clean_payment(p, i) for i, p in enumerate(draft.payments)]
        estimate = _open_estimate_for(s, draft.estimate_id, day)
        salesperson = _user_id(s, draft.salesperson_id, field="salesperson_id")

        fy = financial_year(day)
        taken = allocate_number(s, DocType.INVOICE, day=day, **shop.series_codes)
        number = taken.number
        priced = q.priced
        inv = Invoice(
            id=invoice_id,
            number=number,
            series=taken.series,
            fy=fy,
            seq=taken.seq,
            shop_day=day,
            issued_at=now,
            customer_id=customer.id if customer else None,
            buyer_name=customer.name if customer else "",
            buyer_mobile=customer.mobile if customer else "",
            buyer_address=customer.address if customer else "",
            buyer_state_code=customer.state_code if customer else "",
            buyer_pan=customer.pan if customer else "",
            buyer_form60=bool(draft.form60),
            buyer_gstin=customer.gstin if customer else "",
            supply=q.supply.value,
            place_of_supply=place_of_supply(shop.state_code, checked),
            delivery=Delivery(draft.delivery).value,
            ship_address=clean_text(draft.ship_address, field="ship_address", max_len=500)
            if draft.delivery == Delivery.SHIP
            else "",
            ship_state_code=draft.ship_state_code.strip()
            if draft.delivery == Delivery.SHIP
            else "",
            taxable_paise=to_paise(priced.taxable),
            cgst_paise=to_paise(priced.cgst),
            sgst_paise=to_paise(priced.sgst),
            igst_paise=to_paise(priced.igst),
            invoice_value_paise=to_paise(priced.invoice_value),
            old_gold_paise=to_paise(priced.old_gold_value),
            set_off_paise=to_paise(priced.set_offs_total),
            round_off_paise=to_paise(priced.round_off),
            net_payable_paise=to_paise(priced.net_payable),
            tendered_paise=to_paise(q.paid),
            change_paise=to_paise(q.change_due),
            status=BillStatus.FINAL.value,
            salesperson_id=salesperson,
            cashier_id=by.id,
            estimate_id=estimate.id if estimate else None,
            cancel_reason="",
        )
        s.add(inv)
        s.flush()  # no ORM relationships: parents first so foreign keys hold
        for i, (line, item) in enumerate(zip(lines, priced.items, strict=True), 1):
            s.add(_invoice_line(inv.id, i, line, item, approved_by.get(line.key)))
        change_left = to_paise(q.change_due)
        for i, p in reversed(list(enumerate(payments, 1))):
            tendered = to_paise(p.amount)
            change = 0
            if p.mode == PaymentMode.CASH and change_left:
                change = min(change_left, tendered)
                change_left -= change
            s.add(
                Payment(
                    invoice_id=inv.id,
                    line_no=i,
                    mode=p.mode.value,
                    amount_paise=tendered - change,
                    tendered_paise=tendered,
                    change_paise=change,
                    reference=p.reference,
                    card_last4=p.card_last4,
                    approval_code=p.approval_code,
                )
            )
        set_off_kinds.apply_all(s, inv, draft.set_offs, now=now)
        pre_tax.record(s, inv, rules, q.discount_totals, now=now)
        voucher_number = ""
        if priced.old_gold:
            voucher_number = write_voucher(
                s, shop, inv, customer, draft.old_gold, priced, day=day, now=now, by=by
            )
        for piece in pieces.values():
            piece.status = PieceStatus.SOLD.value
            s.add(
                PieceEventRow(
                    piece_id=piece.id,
                    kind="sold",
                    at=now,
                    by_user_id=by.id,
                    note=number,
                    ref=inv.id,
                )
            )
        if estimate is not None:
            estimate.status = "billed"
            estimate.invoice_id = inv.id
            estimate.closed_at = now
        audit(
            s,
            user_id=by.id,
            action="bill.save",
            entity="invoice",
            entity_id=inv.id,
            at=now,
            details={
                "number": number,
                "net_payable": str(priced.net_payable),
                "approved_by": sorted(set(approved_by.values())),
            },
        )
        s.flush()
        return SavedBill(
            id=inv.id,
            number=number,
            issued_at=now,
            net_payable=priced.net_payable,
            invoice_value=priced.invoice_value,
            status=inv.status,
            change_due=q.change_due,
            old_gold_voucher_number=voucher_number,
        )

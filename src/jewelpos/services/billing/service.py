"""The counter's bills (BillingService): the facade the screens call; each call is one transaction
done by the concern's module (lines, quote, approvals, save, corrections, views, document)."""

from __future__ import annotations

import threading
import time
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from jewelpos.db.numbering import preview_number
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today, shop_zone
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.ids import new_id
from jewelpos.domain.numbering import DocType
from jewelpos.domain.pricing import PricingSettings
from jewelpos.domain.purity import Metal
from jewelpos.printing.documents import CreditNoteDocument, InvoiceDocument
from jewelpos.services import set_offs as set_off_kinds
from jewelpos.services._common import paise_to_money
from jewelpos.services.approvals import Approval, grant_approval, use_approval
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import corrections, lines, save, views
from jewelpos.services.billing.document import invoice_document
from jewelpos.services.billing.drafts import BillDraft, BillLine, CustomerOnBill, OldGoldEntry
from jewelpos.services.billing.quote import BillQuote, quote_draft
from jewelpos.services.billing.views import BillSummary, BillView, CreditNoteInfo, SavedBill
from jewelpos.services.order_set_off import advance_credits
from jewelpos.services.setup import ShopInfo, local_shop_info
from jewelpos.services.shop_settings import ShopSettings
from jewelpos.services.shop_settings import load as load_shop_settings

SETTINGS_CACHE_SECONDS = 60.0
"""Live quotes re-read the shop's settings at most this often (sync may have changed them)."""


class BillingService:
    """The counter's bills. Quotes are pure; everything else is one transaction per call."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        *,
        settings: PricingSettings | None = None,
        cash_limit: Decimal | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        # fixed values (tests, tools) override the shop's settings; None reads them
        self._fixed_settings = settings
        self._fixed_cash_limit = cash_limit
        self._shop_settings: ShopSettings | None = None
        self._settings_read_at = 0.0
        self._shop: ShopInfo | None = None
        self._lock = threading.Lock()

    # --- the shop's settings (cached for live quotes; save_bill reads them in its transaction)

    def shop_settings(self) -> ShopSettings:
        """The shop's settings, re-read at most every minute (sync may change them)."""
        with self._lock:
            stale = time.monotonic() - self._settings_read_at > SETTINGS_CACHE_SECONDS
            if self._shop_settings is None or stale:
                with self._uow.read() as s:
                    self._shop_settings = load_shop_settings(s)
                self._settings_read_at = time.monotonic()
            return self._shop_settings

    def forget_settings(self, _saved: object = None) -> None:
        """Drop the cached settings (after a manager changed them)."""
        with self._lock:
            self._shop_settings = None

    def _pricing_of(self, shop_settings: ShopSettings) -> PricingSettings:
        return self._fixed_settings or shop_settings.pricing()

    def _cash_limit_of(self, shop_settings: ShopSettings) -> Decimal:
        return self._fixed_cash_limit or shop_settings.cash_limit

    @property
    def settings(self) -> PricingSettings:
        """The pricing settings live quotes use."""
        return self._pricing_of(self.shop_settings())

    @property
    def cash_limit(self) -> Decimal:
        """Section 269ST's limit as the shop has set it."""
        return self._cash_limit_of(self.shop_settings())

    # --- shop identity (cached; quote() needs the shop's state without the database) --------

    def shop(self) -> ShopInfo:
        """This counter's shop, branch and device (read once, then cached)."""
        with self._lock:
            if self._shop is None:
                with self._uow.read() as s:
                    self._shop = local_shop_info(s)
            return self._shop

    def today(self) -> date:
        return shop_today(self._clock)

    def next_bill_number(self) -> str:
        """The number the next saved bill of this counter would get; nothing is taken."""
        shop = self.shop()
        with self._uow.read() as s:
            return preview_number(s, DocType.INVOICE, day=self.today(), **shop.series_codes)

    # --- live totals ---------------------------------------------------------------------

    def quote(self, draft: BillDraft, *, customer: CustomerOnBill | None) -> BillQuote:
        """Live totals and the problems that stop saving (pure once the shop is cached)."""
        return quote_draft(
            draft,
            shop_state=self.shop().state_code,
            customer=customer,
            settings=self.settings,
            cash_limit=self.cash_limit,
            huid_required=not self.shop_settings().huid_exempt,
        )

    # --- lines ---------------------------------------------------------------------------

    def line_for_code(self, code: str) -> BillLine:
        """A line for a scanned tag code or HUID at today's rate (lines.line_for_code)."""
        with self._uow.read() as s:
            return lines.line_for_code(s, code, day=self.today())

    def untagged_line(
        self,
        *,
        category_id: str,
        gross_mg: int,
        stone_mg: int = 0,
        purity: int | None = None,
        description: str = "",
    ) -> BillLine:
        """A line sold by weight without a tag (coin, silver by weight, loose stone)."""
        lines.check_untagged_weights(gross_mg, stone_mg)
        with self._uow.read() as s:
            return lines.untagged_line(
                s,
                day=self.today(),
                category_id=category_id,
                gross_mg=gross_mg,
                stone_mg=stone_mg,
                purity=purity,
                description=description,
            )

    def old_gold_rate(self) -> Decimal:
        """Today's 24K (gold 999) rate: the default buy rate of old gold."""
        with self._uow.read() as s:
            return lines.day_rate(s, self.today(), Metal.GOLD.value, 999)

    def new_old_gold(
        self,
        *,
        gross_mg: int,
        less_mg: int = 0,
        touch_percent: Decimal,
        deduction_percent: Decimal = Decimal(2),
        description: str = "Old gold",
    ) -> OldGoldEntry:
        """An old-gold line at today's 24K rate."""
        return OldGoldEntry(
            key=new_id(),
            description=description,
            metal=Metal.GOLD.value,
            gross_mg=gross_mg,
            less_mg=less_mg,
            touch_percent=touch_percent,
            rate=self.old_gold_rate(),
            deduction_percent=deduction_percent,
        )

    # --- approvals -----------------------------------------------------------------------

    def approve(self, *, username: str, pin: str, what: str) -> Approval:
        """A manager's or owner's approval of ``what`` (APPROVE_BELOW_FLOOR, approve_line(key),
        APPROVE_CANCEL, ...), logged (services.approvals.grant_approval). InvalidCredentials on a
        wrong PIN, PermissionDenied for a cashier or salesperson. Good for one use in 15 minutes."""
        return grant_approval(self._uow, self._clock, username=username, pin=pin, what=what)

    def _use_approval(self, s: Session, approval: Approval, *, used_for: str, now: datetime) -> str:
        """Check an approval against its log row and mark it used; the manager's id."""
        return use_approval(s, approval, used_for=used_for, now=now)

    # --- the cash rule -------------------------------------------------------------------

    def cash_taken_today(self, customer_id: str) -> Decimal:
        """Cash kept from this customer today across final bills (section 269ST)."""
        with self._uow.read() as s:
            return paise_to_money(save.cash_taken(s, customer_id, self.today()))

    # --- saving --------------------------------------------------------------------------

    def save_bill(self, draft: BillDraft, *, by: UserInfo) -> SavedBill:
        """Save the draft as a final tax invoice in ONE transaction (save.save_bill).

        Raises ValidationError (empty bill, payments != net payable, card without last 4...),
        PanRequired, BuyerDetailsRequired, CashLimitExceeded, PieceNotAvailable,
        ApprovalRequired, DayClosed, RateNotSet, NotFound. Nothing is written on any error.
        """
        if not draft.lines:
            raise ValidationError("lines", "the bill has no lines")
        return save.save_bill(
            self._uow,
            self._clock,
            self.shop(),
            draft,
            by=by,
            fixed_settings=self._fixed_settings,
            fixed_cash_limit=self._fixed_cash_limit,
        )

    # --- cancellation and returns --------------------------------------------------------

    def cancel_bill(
        self, bill_id: str, *, reason: str, approval: Approval | None, by: UserInfo
    ) -> SavedBill:
        """Cancel a bill of today with a manager's APPROVE_CANCEL (corrections.cancel_bill)."""
        return corrections.cancel_bill(
            self._uow, self._clock, self.shop(), bill_id, reason=reason, approval=approval, by=by
        )

    def sales_return(
        self,
        bill_id: str,
        *,
        line_ids: tuple[str, ...],
        reason: str,
        by: UserInfo,
        approval: Approval | None = None,
        refunds: tuple[Any, ...] = (),
        keep_rest_as_credit: bool = False,
    ) -> CreditNoteInfo:
        """A credit note for returned lines of a final bill (services.returns.sales_return):
        GST reversed from the bill's own tax, pieces back in stock, the value refunded
        (``refunds``: RefundEntry rows) and/or kept as the customer's credit."""
        from jewelpos.services.returns import sales_return

        return sales_return(
            self,
            bill_id,
            line_ids=line_ids,
            reason=reason,
            by=by,
            approval=approval,
            refunds=refunds,
            keep_rest_as_credit=keep_rest_as_credit,
        )

    # --- reading bills -------------------------------------------------------------------

    def bill(self, bill_id: str) -> BillView:
        """A saved bill as stored; NotFound if there is none."""
        with self._uow.read() as s:
            return views.bill_view(s, views.get_invoice(s, bill_id))

    def find_bill(self, number_or_id: str) -> BillView | None:
        """A bill by its number (any case) or id, or None."""
        with self._uow.read() as s:
            return views.find_bill(s, number_or_id)

    def bills_for_day(self, day: date) -> list[BillSummary]:
        """This day's bills (final and cancelled) in number order."""
        with self._uow.read() as s:
            return views.bills_for_day(s, day)

    def customer_credits(self, customer_id: str) -> tuple[set_off_kinds.CreditAvailable, ...]:
        """The customer's credit notes with credit left (to set off on a bill), and the advances
        of cancelled orders kept as credit."""
        with self._uow.read() as s:
            return set_off_kinds.credits_of(s, customer_id) + advance_credits(s, customer_id)

    def credit_note_document(self, note_id: str) -> CreditNoteDocument:
        """The printable credit note (slip, A4) as stored."""
        from jewelpos.services.returns import credit_note_document

        shop = self.shop()
        address = ", ".join(part for part in (shop.address, shop.city, shop.pin_code) if part)
        with self._uow.read() as s:
            return credit_note_document(
                s,
                note_id,
                shop.shop_name,
                shop_address=address,
                shop_gstin=shop.gstin,
                zone=shop_zone(self._clock),
            )

    def return_value(self, bill_id: str, line_ids: tuple[str, ...]) -> Decimal:
        """What a return of these lines would be worth (taxable + GST reversed), unsaved."""
        from jewelpos.services.returns import return_value

        with self._uow.read() as s:
            return return_value(s, bill_id, line_ids)

    def invoice_document(self, bill_id: str) -> InvoiceDocument:
        """The printable tax invoice (every Rule 46 field) from the stored bill."""
        shop = self.shop()
        with self._uow.read() as s:
            return invoice_document(
                s, views.get_invoice(s, bill_id), shop, zone=shop_zone(self._clock)
            )

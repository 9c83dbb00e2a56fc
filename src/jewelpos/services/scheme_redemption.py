"""A matured scheme account as a tender on a bill, through the bill's one set-off mechanism
(services/set_offs.py): the savings (and a set-off bonus) after tax; a plan whose bonus is a
pre-tax discount draws the bonus from the source ``<account id>:bonus``, which pricing turns
into a discount line before tax. A plan whose bonus is a making discount gives the bill that
redeems it a pre-tax rule (kind ``scheme``) of the same mechanism as coupons
(services/pre_tax.py): a percent off the lines' making and VA, once.

Offline safety (issue 12 point 8): an account belongs to its home branch, which may redeem it at
any time. Another branch may redeem it only with the account fresh from head office: this
counter's last complete pull of the shared stream (which carries accounts, receipts and entries)
must be at most ``scheme_remote_fresh_minutes`` old (a shop setting, 15 by default); otherwise
the redemption is refused (``AccountNotFresh``), as it always is on a counter that is not
connected to head office. An instalment may be paid anywhere: it syncs home."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models_billing import Invoice
from jewelpos.db.models_coupons import InvoiceDiscount
from jewelpos.db.models_money import InvoiceSetOff
from jewelpos.db.models_schemes import SchemeAccount, SchemeEntry
from jewelpos.db.models_settings import ShopSetting
from jewelpos.db.models_sync import (
    STATE_LAST_ERROR,
    STATE_LAST_ERROR_AT,
    STATE_SERVER_URL,
    SyncState,
    pulled_to_end_key,
)
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.money import ZERO, to_paise
from jewelpos.domain.schemes import BonusRule, BonusTreatment, PlanKind, check_redemption
from jewelpos.services import pre_tax, set_offs
from jewelpos.services.billing.rule_discounts import DiscountRule
from jewelpos.services.scheme_state import AccountState, state_of
from jewelpos.services.schemes import add_entry, local_shop, redemption_value

SCHEME = "scheme"  # one of domain.pricing.SET_OFF_KINDS
BONUS_SUFFIX = ":bonus"
FRESH_SETTING = "scheme_remote_fresh_minutes"
"""Shop setting: how old (minutes) another branch's account may be to be redeemed here."""
FRESH_MINUTES_DEFAULT = 15
ACCOUNTS_STREAM = "shared"  # sync.protocol.STREAM_SHARED: accounts, receipts and entries


class AccountNotFresh(ValidationError):
    """Another branch's account, not brought fresh from head office: redeem it after a sync
    (``age_minutes`` None: this counter has never pulled it, or is not connected at all)."""

    code = "scheme_account_not_fresh"

    def __init__(
        self,
        *,
        age_minutes: int | None,
        limit_minutes: int,
        connected: bool,
        offline: bool = False,
    ) -> None:
        if not connected:
            problem = (
                "belongs to another branch and this counter is not connected to head office: "
                "redeem it at its home branch"
            )
        elif offline:
            problem = (
                f"belongs to another branch and head office cannot be reached now (last "
                f"brought {age_minutes or 0} minutes ago): connect to head office, sync, then "
                "redeem it"
            )
        elif age_minutes is None:
            problem = (
                "belongs to another branch and has not been brought from head office yet: "
                "connect to head office, sync, then redeem it"
            )
        else:
            problem = (
                f"belongs to another branch and was last brought from head office "
                f"{age_minutes} minutes ago (at most {limit_minutes} for a redemption here): "
                "connect to head office, sync, then redeem it"
            )
        super().__init__(
            "scheme account",
            problem,
            age_minutes=age_minutes,
            limit_minutes=limit_minutes,
            connected=connected,
            offline=offline,
        )


def fresh_minutes(s: Session) -> int:
    """The shop's limit on the age of another branch's account at redemption, in minutes."""
    value = s.scalars(
        select(ShopSetting.value)
        .where(ShopSetting.key == FRESH_SETTING)
        .order_by(ShopSetting.updated_at.desc(), ShopSetting.version.desc())
        .limit(1)
    ).first()
    try:
        return max(0, int(value)) if value is not None else FRESH_MINUTES_DEFAULT
    except ValueError:
        return FRESH_MINUTES_DEFAULT


def check_fresh(s: Session, account: SchemeAccount, *, now: datetime) -> None:
    """Nothing for an account of this branch; for another branch's account, AccountNotFresh
    unless this counter pulled the accounts' stream to its end within the shop's limit and no
    sync has failed since (a counter that knows it is offline redeems no other branch's
    account, however recent its copy)."""
    if account.branch_id == local_shop(s).branch_id:
        return
    state = dict(
        s.execute(
            select(SyncState.key, SyncState.value).where(
                SyncState.key.in_(
                    (
                        STATE_SERVER_URL,
                        STATE_LAST_ERROR,
                        STATE_LAST_ERROR_AT,
                        pulled_to_end_key(ACCOUNTS_STREAM),
                    )
                )
            )
        ).all()
    )
    limit = fresh_minutes(s)
    if not state.get(STATE_SERVER_URL):
        raise AccountNotFresh(age_minutes=None, limit_minutes=limit, connected=False)
    stamp = state.get(pulled_to_end_key(ACCOUNTS_STREAM), "")
    try:
        pulled = datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        pulled = None
    if pulled is None or pulled.tzinfo is None:
        raise AccountNotFresh(age_minutes=None, limit_minutes=limit, connected=True)
    age = now - pulled
    minutes = int(abs(age).total_seconds() // 60)
    if state.get(STATE_LAST_ERROR) and _when(state.get(STATE_LAST_ERROR_AT)) > pulled:
        raise AccountNotFresh(
            age_minutes=minutes, limit_minutes=limit, connected=True, offline=True
        )
    if age > timedelta(minutes=limit) or age < -timedelta(minutes=limit):
        # a pull "from the future" means this PC's clock was moved: not proof of freshness
        raise AccountNotFresh(age_minutes=minutes, limit_minutes=limit, connected=True)


def _when(text: str | None) -> datetime:
    """A stored aware time; the earliest time for an empty or unreadable one."""
    try:
        found = datetime.fromisoformat(text) if text else None
    except ValueError:
        found = None
    return (
        found
        if found is not None and found.tzinfo is not None
        else datetime.min.replace(tzinfo=UTC)
    )


def bonus_source(account_id: str) -> str:
    """The source id of an account's pre-tax bonus."""
    return account_id + BONUS_SUFFIX


def _split(source_id: str) -> tuple[str, bool]:
    if source_id.endswith(BONUS_SUFFIX):
        return source_id[: -len(BONUS_SUFFIX)], True
    return source_id, False


def _money_bonus(st: AccountState) -> Decimal:
    if st.bonus_credited or st.terms.bonus_rule == BonusRule.MAKING_DISCOUNT:
        return ZERO
    return st.bonus.amount


class SchemeSetOff:
    """Set-off kind ``scheme``; the source is the account id (or its ``:bonus``)."""

    kind = SCHEME
    needs_customer = True

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def pre_tax(self, source_id: str) -> bool:
        return _split(source_id)[1]

    def _state(self, s: Session, customer_id: str | None, source_id: str) -> AccountState:
        account_id, _ = _split(source_id)
        st = state_of(s, account_id)
        if customer_id is not None and st.account.customer_id != customer_id:
            raise ValidationError("scheme account", "belongs to another customer")
        check_fresh(s, st.account, now=self._clock.now())
        if st.account.status != "active":
            raise ValidationError("scheme account", f"is {st.account.status}")
        return st

    def available(self, s: Session, customer_id: str | None, source_id: str) -> Decimal:
        st = self._state(s, customer_id, source_id)
        today = shop_today(self._clock)
        if not st.matured(today):
            raise ValidationError("scheme account", "has not matured yet")
        bonus = _money_bonus(st)
        if self.pre_tax(source_id):
            return bonus if st.terms.treatment == BonusTreatment.PRE_TAX else ZERO
        value = redemption_value(st, s, today)
        return value + (bonus if st.terms.treatment == BonusTreatment.SET_OFF else ZERO)

    def apply(
        self, s: Session, invoice: Invoice, use: set_offs.SetOffUse, *, now: datetime
    ) -> None:
        st = self._state(s, invoice.customer_id, use.source_id)
        acc, day = st.account, invoice.shop_day
        paise = to_paise(use.amount)
        bonus = to_paise(_money_bonus(st))
        if self.pre_tax(use.source_id):
            add_entry(
                s,
                acc,
                kind="bonus",
                paise=bonus,
                now=now,
                day=day,
                invoice_id=invoice.id,
                note="discount before tax",
            )
            add_entry(
                s,
                acc,
                kind="redeemed",
                paise=-paise,
                now=now,
                day=day,
                invoice_id=invoice.id,
                note="bonus as discount",
            )
            _close_if_done(s, acc.id, now)
            return
        available = self.available(s, invoice.customer_id, use.source_id)
        check_redemption(st.terms, available=available, amount=use.amount, matured=True)
        if st.terms.treatment == BonusTreatment.SET_OFF and bonus:
            add_entry(s, acc, kind="bonus", paise=bonus, now=now, day=day, invoice_id=invoice.id)
        if st.terms.kind == PlanKind.WEIGHT:
            # the grams go out whole; the money paid in closes with them
            add_entry(
                s,
                acc,
                kind="redeemed",
                paise=-(st.balance_paise + bonus),
                mg=-st.mg,
                now=now,
                day=day,
                invoice_id=invoice.id,
                note=f"worth {use.amount}",
            )
        else:
            add_entry(
                s, acc, kind="redeemed", paise=-paise, now=now, day=day, invoice_id=invoice.id
            )
        _close_if_done(s, acc.id, now)

    def give_back(self, s: Session, invoice: Invoice, row: InvoiceSetOff, *, now: datetime) -> None:
        account_id, is_bonus = _split(row.source_id)
        st = state_of(s, account_id)
        acc = st.account
        if is_bonus:
            # the discount bonus is un-credited, so a later bill may use it again
            add_entry(
                s,
                acc,
                kind="bonus",
                paise=-row.amount_paise,
                now=now,
                day=invoice.shop_day,
                invoice_id=invoice.id,
                note="bill cancelled",
            )
            add_entry(
                s,
                acc,
                kind="given_back",
                paise=row.amount_paise,
                now=now,
                day=invoice.shop_day,
                invoice_id=invoice.id,
                note="bonus",
            )
        else:
            mg = -int(
                s.scalar(
                    select(func.coalesce(func.sum(SchemeEntry.mg), 0)).where(
                        SchemeEntry.account_id == acc.id,
                        SchemeEntry.invoice_id == invoice.id,
                        SchemeEntry.kind == "redeemed",
                    )
                )
                or 0
            )
            paise = -int(
                s.scalar(
                    select(func.coalesce(func.sum(SchemeEntry.amount_paise), 0)).where(
                        SchemeEntry.account_id == acc.id,
                        SchemeEntry.invoice_id == invoice.id,
                        SchemeEntry.kind == "redeemed",
                        SchemeEntry.note != "bonus as discount",
                    )
                )
                or 0
            )
            add_entry(
                s,
                acc,
                kind="given_back",
                paise=paise,
                mg=mg,
                now=now,
                day=invoice.shop_day,
                invoice_id=invoice.id,
            )
        if acc.status == "redeemed":
            acc.status = "active"
            acc.closed_at = None


def _close_if_done(s: Session, account_id: str, now: datetime) -> None:
    """Redeemed when nothing is left: no balance and no pre-tax bonus still to use."""
    st = state_of(s, account_id)
    if st.balance_paise == 0 and not (
        st.terms.treatment == BonusTreatment.PRE_TAX and _money_bonus(st)
    ):
        st.account.status = "redeemed"
        st.account.closed_at = now


class SchemeRedemptions:
    """What a bill may set off from a customer's matured accounts (read-only)."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def uses_for(self, customer_id: str, *, due: Decimal) -> tuple[set_offs.SetOffUse, ...]:
        """The set-offs redeeming the customer's matured accounts, oldest first, up to ``due``
        (the invoice value less what is already set off). A plan redeemed in full only is left
        out when it is more than is due; a pre-tax bonus comes first. Another branch's account
        is used only when fresh from head office; when nothing else can be used, its
        AccountNotFresh is raised, so the cashier reads why."""
        kind = SchemeSetOff(self._clock)
        uses: list[set_offs.SetOffUse] = []
        stale: AccountNotFresh | None = None
        left = due
        with self._uow.read() as s:
            for acc in s.scalars(
                select(SchemeAccount)
                .where(
                    SchemeAccount.customer_id == customer_id,
                    SchemeAccount.status == "active",
                )
                .order_by(SchemeAccount.start_date)
            ):
                st = state_of(s, acc.id)
                if not st.matured(shop_today(self._clock)) or left <= 0:
                    continue
                try:
                    check_fresh(s, acc, now=self._clock.now())
                except AccountNotFresh as e:
                    stale = stale or e
                    continue
                bonus = kind.available(s, customer_id, bonus_source(acc.id))
                value = kind.available(s, customer_id, acc.id)
                if value > left and not st.terms.allow_partial:
                    continue
                if bonus:
                    uses.append(
                        set_offs.SetOffUse(
                            SCHEME, bonus_source(acc.id), bonus, f"Scheme {acc.passbook} bonus"
                        )
                    )
                amount = min(value, left)
                uses.append(set_offs.SetOffUse(SCHEME, acc.id, amount, f"Scheme {acc.passbook}"))
                left -= amount
        if not uses and stale is not None:
            raise stale
        return tuple(uses)

    def making_bonus_rules(
        self, customer_id: str, uses: tuple[set_offs.SetOffUse, ...]
    ) -> tuple[DiscountRule, ...]:
        """The pre-tax making-bonus rules of the accounts these set-offs redeem."""
        kind = SchemeMakingBonus(self._clock)
        rules: list[DiscountRule] = []
        with self._uow.read() as s:
            for use in uses:
                account_id, is_bonus = _split(use.source_id)
                if use.kind != SCHEME or is_bonus:
                    continue
                rule = kind.rule(s, account_id, customer_id)
                if rule is not None:
                    rules.append(rule)
        return tuple(rules)


def _making_bonus_used(s: Session, account_id: str) -> bool:
    """A bill not cancelled took the account's making bonus already."""
    return (
        s.scalar(
            select(InvoiceDiscount.id)
            .join(Invoice, Invoice.id == InvoiceDiscount.invoice_id)
            .where(
                InvoiceDiscount.kind == SCHEME,
                InvoiceDiscount.source_id == account_id,
                Invoice.status != "cancelled",
            )
            .limit(1)
        )
        is not None
    )


class SchemeMakingBonus:
    """Pre-tax rule kind ``scheme``: a matured account's making discount on the bill that
    redeems it (the source is the account id)."""

    kind = SCHEME

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def rule(self, s: Session, account_id: str, customer_id: str | None) -> DiscountRule | None:
        """The account's making-bonus rule, or None when its plan has none (or it is used)."""
        st = SchemeSetOff(self._clock)._state(s, customer_id, account_id)
        if st.terms.bonus_rule != BonusRule.MAKING_DISCOUNT:
            return None
        if not st.matured(shop_today(self._clock)) or _making_bonus_used(s, account_id):
            return None
        pct = st.bonus.making_discount_percent
        if pct <= 0:
            return None
        return DiscountRule(
            kind=SCHEME,
            source_id=account_id,
            label=f"Scheme {st.account.passbook} making bonus",
            percent=pct,
            on_va=True,
        )

    def fresh(
        self,
        s: Session,
        rule: DiscountRule,
        *,
        customer_id: str | None,
        day: date,
        uses: tuple[set_offs.SetOffUse, ...],
    ) -> DiscountRule:
        if not any(u.kind == SCHEME and _split(u.source_id)[0] == rule.source_id for u in uses):
            raise ValidationError(
                "scheme account", "its making bonus is for the bill that redeems the account"
            )
        found = self.rule(s, rule.source_id, customer_id)
        if found is None:
            raise ValidationError("scheme account", "has no making bonus left to use")
        return found

    def used(self, s: Session, invoice: Invoice, row: InvoiceDiscount, *, now: datetime) -> None:
        """The bill's ``invoice_discount`` row is the record (a cancelled bill frees it)."""

    def given_back(
        self, s: Session, invoice: Invoice, row: InvoiceDiscount, *, now: datetime
    ) -> None:
        """Nothing to write: the bonus counts as used only on bills not cancelled."""


def register(clock: Clock) -> None:
    """Make scheme accounts usable on bills (the composition root calls this with its clock)."""
    set_offs.register(SchemeSetOff(clock))
    pre_tax.register(SchemeMakingBonus(clock))


__all__ = [
    "SCHEME",
    "AccountNotFresh",
    "SchemeMakingBonus",
    "SchemeSetOff",
    "bonus_source",
    "check_fresh",
    "register",
]

"""The printed documents of savings schemes built from the database: enrolment slip, instalment
receipt and the member's statement (printing/scheme_*.py draw them)."""

from __future__ import annotations

from jewelpos.db.models_schemes import SchemeReceipt
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import NotFound
from jewelpos.domain.formatting import format_inr
from jewelpos.domain.schemes import (
    BonusRule,
    BonusTreatment,
    EarlyClosure,
    PlanKind,
    PlanTerms,
    due_dates,
)
from jewelpos.printing.scheme_documents import (
    SchemeEnrolmentDocument,
    SchemeReceiptDocument,
    SchemeStatementDocument,
)
from jewelpos.services.scheme_state import state_of
from jewelpos.services.schemes import SchemeService, account_info, local_shop, receipt_info


def plan_rules(t: PlanTerms) -> tuple[str, ...]:
    """The plan's rules in words, as printed for the member."""
    out = [f"{t.count} monthly instalments of {format_inr(t.instalment)}"]
    if t.kind == PlanKind.WEIGHT:
        out.append(f"Each instalment buys {t.metal} {t.purity} at the day's rate")
    if t.bonus_rule == BonusRule.ONE_INSTALMENT:
        bonus = "Bonus: one instalment"
    elif t.bonus_rule == BonusRule.PERCENT_OF_ONE:
        bonus = f"Bonus: {t.bonus_percent.normalize():f}% of one instalment"
    else:
        bonus = f"Bonus: {t.bonus_percent.normalize():f}% off making charges"
    if t.treatment == BonusTreatment.PRE_TAX:
        bonus += " (a discount before GST)"
    out.append(bonus)
    if t.grace_days:
        out.append(f"Grace period: {t.grace_days} days after each due date")
    if t.late_cut_percent:
        out.append(f"Each late instalment cuts the bonus by {t.late_cut_percent.normalize():f}%")
    if t.forfeit_after_late:
        out.append(f"{t.forfeit_after_late} late instalments lose the bonus")
    closure = {
        EarlyClosure.REFUND: "Closing early: savings refunded without bonus",
        EarlyClosure.CREDIT: "Closing early: savings kept as credit without bonus",
        EarlyClosure.NONE: "The plan cannot be closed early",
    }[t.early_closure]
    out.append(closure)
    out.append("Redeemed only in jewellery, within 365 days of the start")
    return tuple(out)


class SchemeDocuments:
    """Builds the documents; one read transaction each."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def enrolment(self, account_id: str) -> SchemeEnrolmentDocument:
        with self._uow.read() as s:
            shop = local_shop(s)
            info = account_info(s, state_of(s, account_id), shop_today(self._clock))
            return SchemeEnrolmentDocument(
                shop_name=shop.shop_name,
                shop_address=", ".join(x for x in (shop.address, shop.city) if x),
                passbook=info.passbook,
                plan_name=info.plan_name,
                plan_rules=plan_rules(info.terms),
                member_name=info.customer_name,
                mobile=info.mobile,
                nominee=info.nominee,
                start_date=info.start_date,
                maturity=info.maturity,
                due_dates=due_dates(info.start_date, info.terms.count),
            )

    def receipt(self, receipt_id: str) -> SchemeReceiptDocument:
        with self._uow.read() as s:
            r = s.get(SchemeReceipt, receipt_id)
            if r is None:
                raise NotFound("No such receipt.")
            info = receipt_info(s, r, shop_today(self._clock))
            return SchemeReceiptDocument(
                shop_name=local_shop(s).shop_name,
                number=info.number,
                at=r.at,
                passbook=info.passbook,
                member_name=info.customer_name,
                plan_name=info.plan_name,
                mode=info.mode,
                reference=info.reference,
                amount=info.amount,
                grams=info.grams,
                rate=info.rate,
                instalments_paid=info.instalments_paid,
                instalments=info.instalments,
                balance=info.balance,
            )

    def statement(self, service: SchemeService, account_id: str) -> SchemeStatementDocument:
        st = service.statement(account_id)
        a = st.account
        with self._uow.read() as s:
            shop_name = local_shop(s).shop_name
        return SchemeStatementDocument(
            shop_name=shop_name,
            passbook=a.passbook,
            member_name=a.customer_name,
            mobile=a.mobile,
            plan_name=a.plan_name,
            start_date=a.start_date,
            maturity=a.maturity,
            status=a.status,
            lines=tuple((x.on, x.text, x.amount, x.grams, x.balance) for x in st.lines),
            cheques=st.cheques,
            balance=a.balance,
            grams=a.grams,
            bonus=a.bonus,
        )

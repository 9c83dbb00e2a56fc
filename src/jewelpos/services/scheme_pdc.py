"""The post-dated cheque register of scheme members: due -> presented (the instalment is taken,
with its receipt) -> cleared, or bounced (the instalment is reversed by a new entry and the
bank's charge is recorded on the cheque)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models_schemes import SchemeCheque, SchemeReceipt
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import NotFound, ValidationError
from jewelpos.domain.money import ZERO, from_paise, to_paise
from jewelpos.services._common import audit, clean_text
from jewelpos.services.auth import UserInfo
from jewelpos.services.scheme_state import get_account, state_of
from jewelpos.services.schemes import add_entry, take_instalment


@dataclass(frozen=True)
class ChequeInfo:
    id: str
    account_id: str
    passbook: str
    cheque_no: str
    bank: str
    due_on: date
    amount: Decimal
    status: str
    receipt_number: str
    bounce_charge: Decimal


def _info(s: Session, c: SchemeCheque) -> ChequeInfo:
    acc = get_account(s, c.account_id)
    number = ""
    if c.receipt_id:
        r = s.get(SchemeReceipt, c.receipt_id)
        number = r.number if r else ""
    return ChequeInfo(
        c.id,
        c.account_id,
        acc.passbook,
        c.cheque_no,
        c.bank,
        c.due_on,
        from_paise(c.amount_paise),
        c.status,
        number,
        from_paise(c.bounce_charge_paise),
    )


class SchemeChequeService:
    """The PDC register; one transaction per call."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def add(
        self,
        account_id: str,
        *,
        cheque_no: str,
        bank: str,
        due_on: date,
        amount: Decimal,
        by: UserInfo,
    ) -> ChequeInfo:
        """Record a post-dated cheque handed over for an instalment."""
        no = clean_text(cheque_no, field="cheque number", max_len=12, required=True)
        if not no.isdigit() or len(no) != 6:
            raise ValidationError("cheque number", "must be the cheque's 6 digits")
        bank_name = clean_text(bank, field="bank", max_len=60)
        now = self._clock.now()
        with self._uow.begin() as s:
            st = state_of(s, account_id)
            if to_paise(amount) != to_paise(st.terms.instalment):
                raise ValidationError("cheque amount", "must be one instalment")
            c = SchemeCheque(
                account_id=account_id,
                cheque_no=no,
                bank=bank_name,
                due_on=due_on,
                amount_paise=to_paise(amount),
                status="due",
                bounce_charge_paise=0,
                note="",
            )
            s.add(c)
            s.flush()
            audit(
                s,
                user_id=by.id,
                action="scheme_cheque_added",
                entity="scheme_cheque",
                entity_id=c.id,
                at=now,
                details={"cheque_no": no},
            )
            return _info(s, c)

    def _get(self, s: Session, cheque_id: str) -> SchemeCheque:
        c = s.get(SchemeCheque, cheque_id)
        if c is None:
            raise NotFound("No such cheque.")
        return c

    def present(self, cheque_id: str, *, by: UserInfo) -> ChequeInfo:
        """Deposited in the bank: the instalment is taken now, with its receipt."""
        now, day = self._clock.now(), shop_today(self._clock)
        with self._uow.begin() as s:
            c = self._get(s, cheque_id)
            if c.status != "due":
                raise ValidationError("cheque", f"is {c.status}, not due")
            if day < c.due_on:
                raise ValidationError("cheque", f"is dated {c.due_on.isoformat()}: not yet due")
            r = take_instalment(
                s,
                get_account(s, c.account_id),
                amount=from_paise(c.amount_paise),
                mode="cheque",
                reference=f"{c.cheque_no} {c.bank}".strip(),
                by=by,
                now=now,
                day=day,
            )
            c.status, c.receipt_id = "presented", r.id
            s.flush()
            return _info(s, c)

    def clear(self, cheque_id: str, *, by: UserInfo) -> ChequeInfo:
        with self._uow.begin() as s:
            c = self._get(s, cheque_id)
            if c.status != "presented":
                raise ValidationError("cheque", f"is {c.status}: only a presented cheque clears")
            c.status = "cleared"
            s.flush()
            return _info(s, c)

    def bounce(self, cheque_id: str, *, charge: Decimal = ZERO, by: UserInfo) -> ChequeInfo:
        """The bank returned the cheque: its instalment is reversed by a new entry."""
        now, day = self._clock.now(), shop_today(self._clock)
        if charge < 0:
            raise ValidationError("bounce charge", "cannot be negative")
        with self._uow.begin() as s:
            c = self._get(s, cheque_id)
            if c.status not in ("presented", "cleared") or c.receipt_id is None:
                raise ValidationError("cheque", f"is {c.status}: only a presented cheque bounces")
            r = s.get(SchemeReceipt, c.receipt_id)
            assert r is not None
            acc = get_account(s, c.account_id)
            add_entry(
                s,
                acc,
                kind="reversal",
                paise=-r.amount_paise,
                mg=-r.mg,
                now=now,
                day=day,
                receipt_id=r.id,
                note=f"cheque {c.cheque_no}",
            )
            c.status, c.bounce_charge_paise = "bounced", to_paise(charge)
            s.flush()
            audit(
                s,
                user_id=by.id,
                action="scheme_cheque_bounced",
                entity="scheme_cheque",
                entity_id=c.id,
                at=now,
                details={"charge": str(charge)},
            )
            return _info(s, c)

    def register(
        self,
        *,
        status: str | None = None,
        due_by: date | None = None,
        account_id: str | None = None,
    ) -> tuple[ChequeInfo, ...]:
        """Cheques by due date, optionally of one status, due on or before a day, of one
        account."""
        with self._uow.read() as s:
            q = select(SchemeCheque).order_by(SchemeCheque.due_on, SchemeCheque.cheque_no)
            if account_id:
                q = q.where(SchemeCheque.account_id == account_id)
            if status:
                q = q.where(SchemeCheque.status == status)
            if due_by:
                q = q.where(SchemeCheque.due_on <= due_by)
            return tuple(_info(s, c) for c in s.scalars(q))

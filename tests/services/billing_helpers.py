"""Shared set-up for the billing tests: a shop with rates, staff, a customer and tagged pieces."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from jewelpos.domain.clock import shop_today
from jewelpos.services import Services
from jewelpos.services.auth import Role, UserInfo
from jewelpos.services.billing import (
    BillDraft,
    BillingService,
    BillLine,
    OldGoldEntry,
    PaymentEntry,
    PaymentMode,
)
from jewelpos.services.customers import CustomerInfo, CustomerInput
from jewelpos.services.stock import NewPiece, NewStone

D = Decimal
MANAGER_PIN = "2222"
CASHIER_PIN = "3333"


@dataclass
class Counter:
    services: Services
    owner: UserInfo
    manager: UserInfo
    cashier: UserInfo
    customer: CustomerInfo
    cats: dict[str, str]

    @property
    def billing(self) -> BillingService:
        return self.services.billing

    def today(self) -> date:
        return shop_today(self.services.clock)

    def set_rates(self, day: date | None = None) -> None:
        self.services.rates.set_rates(
            day or self.today(),
            {
                ("gold", 916): D("7150.00"),
                ("gold", 999): D("7700.00"),
                ("silver", 925): D("95.00"),
            },
            by=self.owner,
        )

    def add_piece(self, cat: str, **changes: Any) -> str:
        values: dict[str, Any] = {
            "category_id": self.cats[cat],
            "metal": "gold",
            "purity": 916,
            "gross_mg": 10_000,
        }
        values.update(changes)
        return str(self.services.stock.add_piece(NewPiece(**values), by=self.owner).tag_code)

    def necklace(self, net_mg: int = 32_640, huid: str | None = None) -> BillLine:
        """The exchange example's 22K piece: VA 14 % of value, one hallmark."""
        tag = self.add_piece("NECK", gross_mg=net_mg, huids=(huid,) if huid else ())
        line = self.billing.line_for_code(tag)
        return replace(line, wastage_percent=D("14"), floor_wastage_percent=D("14"))

    def ring(self, huid: str = "RNG001") -> BillLine:
        """The ring example: gross 6.250 g, stones 1.90 ct worth 1,200, wastage 8 % weight,
        making 450/g (the RING category's defaults), one hallmark."""
        tag = self.add_piece(
            "RING",
            gross_mg=6_250,
            stones=(NewStone(kind="CZ", count=5, weight_mg=380, value_paise=120_000),),
            huids=(huid,),
        )
        return self.billing.line_for_code(tag)


def exchange_old_gold() -> OldGoldEntry:
    """The exchange example's old gold: 21.300 g gross, 0.450 g dirt, touch 84 %, 7,700 less 2 %."""
    return OldGoldEntry(
        key="og1",
        description="Old bangle",
        metal="gold",
        gross_mg=21_300,
        less_mg=450,
        touch_percent=D("84.0"),
        rate=D("7700.00"),
        deduction_percent=D("2"),
    )


def cash(amount: str, key: str = "cash") -> PaymentEntry:
    return PaymentEntry(key=key, mode=PaymentMode.CASH, amount=D(amount))


def upi(amount: str, key: str = "upi") -> PaymentEntry:
    return PaymentEntry(key=key, mode=PaymentMode.UPI, amount=D(amount), reference="UPI4471")


def paid_in_full(
    counter: Counter, draft: BillDraft, *, cash_amount: str | None = None
) -> BillDraft:
    """The draft paid by UPI (plus ``cash_amount`` in cash, if given)."""
    customer = None
    if draft.customer_id:
        from jewelpos.services.billing import CustomerOnBill

        customer = CustomerOnBill.from_info(counter.services.customers.get(draft.customer_id))
    due = counter.billing.quote(draft, customer=customer).net_payable
    pays: list[PaymentEntry] = []
    if cash_amount is not None:
        pays.append(cash(cash_amount))
        due -= D(cash_amount)
    if due > 0:
        pays.append(upi(str(due)))
    return replace(draft, payments=tuple(pays))


def make_counter(services: Services, owner: UserInfo) -> Counter:
    manager = services.auth.add_user(
        username="meena", display_name="Meena Shah", role=Role.MANAGER, pin=MANAGER_PIN, by=owner
    )
    cashier = services.auth.add_user(
        username="ravi", display_name="Ravi Kumar", role=Role.CASHIER, pin=CASHIER_PIN, by=owner
    )
    customer = services.customers.save(
        CustomerInput(
            name="Asha Patil",
            mobile="98220 12345",
            address="5 MG Road",
            city="Pune",
            pin_code="411001",
            state_code="27",
            pan="ABCPE1234F",
        ),
        by=owner,
    )
    cats = {c.code: c.id for c in services.stock.categories()}
    counter = Counter(services, owner, manager, cashier, customer, cats)
    counter.set_rates()
    return counter


def count_rows(services: Services, model: Any, *where: Any) -> int:
    with services.uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)

"""Tally export: bills, receipts, old-gold purchases, returns and refunds as Tally XML vouchers,
parsed back; every voucher balances and carries Tally's signs; ledgers come from the settings."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import Counter as Tally
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import APPROVE_CANCEL, BillDraft
from jewelpos.services.gst_settings import GstSettingsService
from jewelpos.services.returns import RefundEntry
from jewelpos.services.set_offs import CUSTOMER_CREDIT, SetOffUse
from jewelpos.services.tally import TallyExportService

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import (
    MANAGER_PIN,
    Counter,
    cash,
    exchange_old_gold,
    make_counter,
    paid_in_full,
)

D = Decimal
DAY = date(2025, 6, 1)


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _day_of_bills(counter: Counter) -> dict[str, str]:
    b = counter.billing
    asha = counter.customer.id
    ids = {}
    ids["exchange"] = b.save_bill(
        paid_in_full(
            counter,
            BillDraft(
                lines=(counter.necklace(huid="NEK001"),),
                old_gold=(exchange_old_gold(),),
                customer_id=asha,
            ),
        ),
        by=counter.cashier,
    ).id
    ring = BillDraft(lines=(counter.ring("RNG020"),))
    ids["walk_in"] = b.save_bill(
        BillDraft(lines=ring.lines, payments=(cash("50694"),)), by=counter.cashier
    ).id
    ids["cancelled"] = b.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG021"),))), by=counter.cashier
    ).id
    approval = b.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    b.cancel_bill(ids["cancelled"], reason="typo", approval=approval, by=counter.cashier)
    ids["refunded"] = b.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG022"),), customer_id=asha)),
        by=counter.cashier,
    ).id
    b.sales_return(
        ids["refunded"],
        line_ids=(b.bill(ids["refunded"]).lines[0].id,),
        reason="size",
        by=counter.manager,
        refunds=(RefundEntry("upi", D("50694.02"), "UTR9"),),
    )
    ids["credited"] = b.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG023"),), customer_id=asha)),
        by=counter.cashier,
    ).id
    note = b.sales_return(
        ids["credited"],
        line_ids=(b.bill(ids["credited"]).lines[0].id,),
        reason="design",
        by=counter.manager,
        keep_rest_as_credit=True,
    )
    use = SetOffUse(CUSTOMER_CREDIT, note.id, D("20000.00"), f"Credit note {note.number}")
    ids["with_credit"] = b.save_bill(
        paid_in_full(
            counter,
            BillDraft(lines=(counter.ring("RNG024"),), customer_id=asha, set_offs=(use,)),
        ),
        by=counter.cashier,
    ).id
    return ids


def _vouchers(path: Path) -> list[ET.Element]:
    root = ET.parse(path).getroot()
    assert root.tag == "ENVELOPE"
    assert root.findtext("HEADER/TALLYREQUEST") == "Import Data"
    assert root.findtext("BODY/IMPORTDATA/REQUESTDESC/REPORTNAME") == "Vouchers"
    return root.findall("BODY/IMPORTDATA/REQUESTDATA/TALLYMESSAGE/VOUCHER")


def _entries(v: ET.Element) -> list[tuple[str, str, Decimal]]:
    return [
        (
            e.findtext("LEDGERNAME", ""),
            e.findtext("ISDEEMEDPOSITIVE", ""),
            D(e.findtext("AMOUNT", "")),
        )
        for e in v.findall("ALLLEDGERENTRIES.LIST")
    ]


def test_every_voucher_balances_with_tallys_signs(counter: Counter, tmp_path: Path) -> None:
    """Each voucher's AMOUNTs add up to zero, debits are ISDEEMEDPOSITIVE Yes with a negative
    amount; the cancelled bill is left out; the exchange posts as DOMAIN.md works it."""
    ids = _day_of_bills(counter)
    out = tmp_path / "tally.xml"
    n = TallyExportService(counter.services.uow).export(DAY, DAY, out)
    vouchers = _vouchers(out)
    assert len(vouchers) == n
    for v in vouchers:
        rows = _entries(v)
        assert sum(a for _l, _d, a in rows) == 0, v.findtext("VOUCHERNUMBER")
        for _ledger, deemed, amount in rows:
            assert (deemed == "Yes") == (amount < 0)
        assert v.findtext("DATE") == "20250601"
    kinds = Tally(v.get("VCHTYPE") for v in vouchers)
    # 5 bills (cancelled one out), 5 receipts (walk-in cash, and UPI on four bills; the
    # exchange's UPI), 1 old-gold purchase, 2 credit notes, 1 refund
    assert kinds == {"Sales": 5, "Receipt": 5, "Purchase": 1, "Credit Note": 2, "Payment": 1}
    numbers = {v.findtext("VOUCHERNUMBER") for v in vouchers}
    cancelled = counter.billing.bill(ids["cancelled"]).number
    assert cancelled not in numbers

    exchange = counter.billing.bill(ids["exchange"]).number
    (sale,) = [v for v in vouchers if v.findtext("VOUCHERNUMBER") == exchange]
    # DOMAIN.md: taxable 2,66,093.64; CGST = SGST = 3,991.40; invoice 2,74,076.44; the bill's
    # round off +0.20 (payable 1,41,916 after 1,32,160.64 of old gold): the party owes
    # 2,74,076.44 + 0.20 = 2,74,076.64
    assert sorted(_entries(sale)) == sorted(
        [
            ("Counter Customers", "Yes", D("-274076.64")),
            ("Sales 3%", "No", D("266093.64")),
            ("CGST", "No", D("3991.40")),
            ("SGST", "No", D("3991.40")),
            ("Round off", "No", D("0.20")),
        ]
    )
    (purchase,) = [v for v in vouchers if v.get("VCHTYPE") == "Purchase"]
    assert ("Old gold purchase", "Yes", D("-132160.64")) in _entries(purchase)
    # the party ledger over the day: everything settles but the credit still kept,
    # 50,694.02 - 20,000.00 = 30,694.02 owed to Asha (a credit: positive amount)
    party = sum(
        a for v in vouchers for ledger, _d, a in _entries(v) if ledger == "Counter Customers"
    )
    assert party == D("30694.02")


def test_ledgers_follow_the_settings(counter: Counter, tmp_path: Path) -> None:
    """A manager maps Sales to "Sales @3% GST" and Cash to "Cash in shop": the export uses them."""
    _day_of_bills(counter)
    GstSettingsService(counter.services.uow).save(
        by=counter.manager, ledgers={"sales": "Sales @3% GST", "cash": "Cash in shop"}
    )
    out = tmp_path / "tally.xml"
    TallyExportService(counter.services.uow).export(DAY, DAY, out)
    ledgers = {row[0] for v in _vouchers(out) for row in _entries(v)}
    assert {"Sales @3% GST", "Cash in shop"} <= ledgers
    assert "Sales 3%" not in ledgers and "Cash" not in ledgers

"""Sample printing documents built from DOMAIN.md's worked examples (exchange bill, 22K ring)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal as D

from jewelpos.domain.formatting import amount_in_words
from jewelpos.domain.purity import Metal, purity_label
from jewelpos.printing.documents import (
    Buyer,
    EstimateDocument,
    InvoiceDocument,
    InvoiceLine,
    OldGoldLine,
    Payment,
    Seller,
    SetOff,
    TagData,
    TaxRow,
)

SELLER = Seller(
    legal_name="Shree Ganesh Jewellers Private Limited",
    trade_name="Shree Ganesh Jewellers",
    address="14 Laxmi Road, Pune 411030",
    gstin="27AAPCS1234F1Z5",
    state_name="Maharashtra",
    state_code="27",
    phone="020-24450000",
)
HINDI_NAME = "रमेश कुमार शर्मा"

G22 = purity_label(Metal.GOLD, 916)

CHAIN = InvoiceLine(
    description="Gold Chain",
    hsn="7113",
    purity_label=G22,
    pieces=1,
    gross_mg=32640,
    stone_mg=0,
    net_mg=32640,
    huids=("AB12CD",),
    rate=D("7150.00"),
    metal_value=D("233376.00"),
    wastage=D("32672.64"),
    wastage_label="VA 14%",
    hallmark_fee=D("45.00"),
    taxable_value=D("266093.64"),
    tag_code="T01000",
)
RING = InvoiceLine(
    description="Ladies Ring",
    hsn="7113",
    purity_label=G22,
    gross_mg=6250,
    stone_mg=380,
    net_mg=5870,
    huids=("XY98ZT",),
    rate=D("7150.00"),
    metal_value=D("41970.50"),
    wastage=D("3360.50"),
    wastage_label="Wastage 8%",
    making=D("2641.50"),
    stones=D("1200.00"),
    taxable_value=D("49217.50"),
    tag_code="T01001",
)
OLD_GOLD = OldGoldLine(
    description="Old gold bangle",
    gross_mg=21300,
    less_mg=450,
    net_mg=20850,
    touch_percent=D("84.0"),
    fine_mg=17514,
    rate=D("7546.00"),
    value=D("132160.64"),
)


def exchange_invoice(*, buyer_name: str = HINDI_NAME) -> InvoiceDocument:
    """DOMAIN.md's exchange example: 22K chain, old gold set off, paid cash + UPI."""
    return InvoiceDocument(
        seller=SELLER,
        buyer=Buyer(
            name=buyer_name,
            address="22 Shivaji Nagar, Pune 411005",
            mobile="9876543210",
            state_name="Maharashtra",
            state_code="27",
            pan="ABCPS1234K",
        ),
        invoice_number="B1C2/2526/00042",
        issued_at=datetime(2025, 5, 24, 11, 32),
        place_of_supply_name="Maharashtra",
        place_of_supply_code="27",
        lines=(CHAIN,),
        tax_rows=(
            TaxRow(
                hsn="7113",
                taxable_value=D("266093.64"),
                cgst_rate=D("1.5"),
                cgst=D("3991.40"),
                sgst_rate=D("1.5"),
                sgst=D("3991.40"),
            ),
        ),
        invoice_value=D("274076.44"),
        old_gold=(OLD_GOLD,),
        old_gold_voucher_number="OG/2526/00007",
        round_off=D("0.20"),
        net_payable=D("141916.00"),
        amount_in_words=amount_in_words(D("141916.00")),
        payments=(
            Payment("Cash", D("41916.00")),
            Payment("UPI", D("100000.00"), reference="414512345678"),
        ),
        salesperson="Anil",
        cashier="Priya",
        terms=(
            "Goods once sold are exchanged only with this bill.",
            "Old gold bought at the tested purity shown above.",
        ),
    )


def inter_state_invoice() -> InvoiceDocument:
    """A registered buyer in Karnataka: IGST, set-off by scheme, ring with stones."""
    return InvoiceDocument(
        seller=SELLER,
        buyer=Buyer(
            name="Kaveri Traders",
            address="5 MG Road, Bengaluru 560001",
            mobile="9812345678",
            state_name="Karnataka",
            state_code="29",
            gstin="29AABCK1234L1Z2",
        ),
        invoice_number="B1C2/2526/00043",
        issued_at=datetime(2025, 5, 24, 12, 5),
        place_of_supply_name="Karnataka",
        place_of_supply_code="29",
        lines=(RING,),
        tax_rows=(
            TaxRow(hsn="7113", taxable_value=D("49217.50"), igst_rate=D("3"), igst=D("1476.53")),
        ),
        invoice_value=D("50694.03"),
        set_offs=(SetOff("Scheme SCH-0012", D("5500.00")),),
        round_off=D("-0.03"),
        net_payable=D("45194.00"),
        amount_in_words=amount_in_words(D("45194.00")),
        payments=(Payment("Card", D("45194.00"), reference="xx4242 appr 551234"),),
        cashier="Priya",
    )


def estimate() -> EstimateDocument:
    """DOMAIN.md's 22K ring example as an estimate slip."""
    return EstimateDocument(
        shop_name="Shree Ganesh Jewellers",
        shop_address="14 Laxmi Road, Pune 411030",
        shop_phone="020-24450000",
        estimate_number="E1C2/2526/00315",
        issued_at=datetime(2025, 5, 24, 10, 15),
        valid_on=date(2025, 5, 24),
        lines=(RING,),
        tax_rows=(
            TaxRow(
                taxable_value=D("49217.50"),
                cgst_rate=D("1.5"),
                cgst=D("738.26"),
                sgst_rate=D("1.5"),
                sgst=D("738.26"),
            ),
        ),
        invoice_value=D("50694.02"),
        round_off=D("-0.02"),
        net_payable=D("50694.00"),
        customer_name=HINDI_NAME,
        customer_mobile="9876543210",
        salesperson="Anil",
    )


def tags(count: int) -> list[TagData]:
    """Distinct tags with mixed codes (numeric, alphanumeric) and one Hindi category."""
    out = []
    for i in range(count):
        code = f"{100000 + i}" if i % 3 == 0 else f"T{i:05d}"
        out.append(
            TagData(
                tag_code=code,
                design_no=f"D-{110 + i}",
                category="हार" if i % 5 == 1 else "Chain",
                metal="gold",
                purity_label=G22,
                gross_mg=18450 + i,
                stone_mg=380,
                net_mg=18070 + i,
                huids=(f"AB{i % 100:02d}CD",),
                cost_code="KLX",
                shop_short_name="SGJ",
            )
        )
    return out

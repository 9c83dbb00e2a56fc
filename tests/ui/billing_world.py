"""A shop ready to bill for the billing GUI tests: rates of the day, tagged pieces, a manager."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jewelpos.domain.clock import shop_today
from jewelpos.domain.weight import mg_from_grams

RATES = {
    ("gold", 999): Decimal("7800.00"),
    ("gold", 916): Decimal("7150.00"),
    ("gold", 750): Decimal("5855.86"),
    ("silver", 999): Decimal("96.50"),
    ("silver", 925): Decimal("89.35"),
}


@dataclass
class Stocked:
    chain: Any
    ring: Any
    sold: Any
    categories: dict[str, Any]


def set_rates(services: Any, owner: Any) -> None:
    day = shop_today(services.clock)
    services.rates.set_rates(day, RATES, by=owner)


def stock_pieces(services: Any, owner: Any) -> Stocked:
    """A chain and a ring in stock, and a bangle already sold on an earlier bill."""
    from jewelpos.services.billing import BillDraft, PaymentEntry, PaymentMode
    from jewelpos.services.stock import NewPiece, NewStone

    cats = {c.code: c for c in services.stock.categories()}
    chain = services.stock.add_piece(
        NewPiece(
            category_id=cats["CHAIN"].id,
            metal="gold",
            purity=916,
            gross_mg=mg_from_grams("18.450"),
            huids=("AB12CD",),
            design_no="CH-1043",
            description="Rope chain 20 inch",
        ),
        by=owner,
    )
    ring = services.stock.add_piece(
        NewPiece(
            category_id=cats["RING"].id,
            metal="gold",
            purity=916,
            gross_mg=mg_from_grams("6.250"),
            stone_mg=mg_from_grams("0.380"),
            stones=(NewStone(kind="CZ", count=12, weight_mg=380, value_paise=120000),),
            huids=("ZX98YU",),
            design_no="RG-2211",
            description="Ladies ring",
        ),
        by=owner,
    )
    bangle = services.stock.add_piece(
        NewPiece(
            category_id=cats["BANGLE"].id,
            metal="gold",
            purity=916,
            gross_mg=mg_from_grams("4.000"),
            design_no="BG-9",
            description="Thin bangle",
        ),
        by=owner,
    )
    # Sell the bangle through the real service, so it is SOLD the way a counter sells.
    line = services.billing.line_for_code(bangle.tag_code)
    draft = BillDraft(lines=(line,))
    quote = services.billing.quote(draft, customer=None)
    paid = BillDraft(
        lines=(line,),
        payments=(PaymentEntry(key="p1", mode=PaymentMode.CASH, amount=quote.net_payable),),
    )
    services.billing.save_bill(paid, by=owner)
    return Stocked(chain=chain, ring=ring, sold=bangle, categories=cats)

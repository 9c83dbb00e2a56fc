"""The IRN request of a B2B invoice in the government's e-invoice schema, version 1.1 (NIC/IRP):
TranDtls, DocDtls, SellerDtls, BuyerDtls, optional ShipDtls, ItemList and ValDtls. Pure data.

Jewellery lines are reported in grams (Unit ``GMS``, Qty the gross weight to 3 decimals) with
UnitPrice = TotAmt / Qty to 3 decimals; services (SAC 99...) as IsServc ``Y``, Qty 1, ``OTH``.
Each line's GST is its share of the invoice's tax per rate (so the sums equal the invoice).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.money import ZERO, round2

SCHEMA_VERSION = "1.1"
_PIN = re.compile(r"^[1-9][0-9]{5}$")
_UNIT_PRICE = Decimal("0.001")


@dataclass(frozen=True)
class Party:
    """Seller, buyer or ship-to as the schema asks (``pin`` six digits)."""

    gstin: str
    legal_name: str
    address1: str
    location: str
    pin: str
    state_code: str
    trade_name: str = ""
    address2: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class EInvoiceItem:
    description: str
    hsn: str
    gross_mg: int
    rate: Decimal
    taxable: Decimal
    igst: Decimal = ZERO
    cgst: Decimal = ZERO
    sgst: Decimal = ZERO

    @property
    def is_service(self) -> bool:
        return self.hsn.startswith("99")


def _num(d: Decimal) -> Any:
    return int(d) if d == d.to_integral_value() else float(d)


def _text(value: str, *, field: str, what: str, low: int, high: int) -> str:
    clean = " ".join((value or "").split())
    if len(clean) < low:
        raise ValidationError(field, f"the e-invoice needs {what} ({low} to {high} characters)")
    return clean[:high]


def _party(p: Party, *, who: str, with_gstin: bool = True) -> dict[str, Any]:
    if not _PIN.match(p.pin or ""):
        raise ValidationError(f"{who}_pin", f"the e-invoice needs the {who}'s six-digit PIN code")
    out: dict[str, Any] = {}
    if with_gstin:
        out["Gstin"] = p.gstin
    out["LglNm"] = _text(
        p.legal_name, field=f"{who}_name", what=f"the {who}'s name", low=3, high=100
    )
    if len(p.trade_name.strip()) >= 3:
        out["TrdNm"] = p.trade_name.strip()[:100]
    out["Addr1"] = _text(
        p.address1, field=f"{who}_address", what=f"the {who}'s address", low=1, high=100
    )
    if p.address2.strip():
        out["Addr2"] = p.address2.strip()[:100]
    out["Loc"] = _text(
        p.location, field=f"{who}_city", what=f"the {who}'s town or city", low=3, high=50
    )
    out["Pin"] = int(p.pin)
    out["Stcd"] = p.state_code
    phone = re.sub(r"\D", "", p.phone)
    if 6 <= len(phone) <= 12:
        out["Ph"] = phone
    if 6 <= len(p.email) <= 100 and "@" in p.email:
        out["Em"] = p.email
    return out


def _item(n: int, it: EInvoiceItem) -> dict[str, Any]:
    if it.is_service or it.gross_mg <= 0:
        qty, unit, price = Decimal(1), "OTH", it.taxable
    else:
        qty = (Decimal(it.gross_mg) / 1000).quantize(_UNIT_PRICE)
        unit, price = "GMS", (it.taxable / qty).quantize(_UNIT_PRICE)
    total = it.taxable + it.igst + it.cgst + it.sgst
    return {
        "SlNo": str(n),
        "PrdDesc": (it.description.strip() or "Jewellery")[:300].ljust(3, "."),
        "IsServc": "Y" if it.is_service else "N",
        "HsnCd": it.hsn,
        "Qty": _num(qty),
        "Unit": unit,
        "UnitPrice": _num(price),
        "TotAmt": _num(it.taxable),
        "Discount": 0,
        "AssAmt": _num(it.taxable),
        "GstRt": _num(it.rate),
        "IgstAmt": _num(it.igst),
        "CgstAmt": _num(it.cgst),
        "SgstAmt": _num(it.sgst),
        "CesRt": 0,
        "CesAmt": 0,
        "TotItemVal": _num(round2(total)),
    }


def build_irn_request(
    *,
    number: str,
    day: date,
    seller: Party,
    buyer: Party,
    place_of_supply: str,
    items: Sequence[EInvoiceItem],
    invoice_value: Decimal,
    doc_type: str = "INV",
    ship_to: Party | None = None,
) -> dict[str, Any]:
    """The IRN request (schema 1.1) of one B2B document (``doc_type`` INV or CRN).

    ValidationError naming the missing detail in words (the buyer's PIN code, a GSTIN)."""
    if not buyer.gstin:
        raise ValidationError("buyer_gstin", "an e-invoice is only for a buyer with a GSTIN")
    if not items:
        raise ValidationError("lines", "the invoice has no lines")
    item_list = [_item(i + 1, it) for i, it in enumerate(items)]
    ass = sum((it.taxable for it in items), ZERO)
    cgst = sum((it.cgst for it in items), ZERO)
    sgst = sum((it.sgst for it in items), ZERO)
    igst = sum((it.igst for it in items), ZERO)
    buyer_block = _party(buyer, who="buyer")
    buyer_block["Pos"] = place_of_supply
    out: dict[str, Any] = {
        "Version": SCHEMA_VERSION,
        "TranDtls": {"TaxSch": "GST", "SupTyp": "B2B", "RegRev": "N", "IgstOnIntra": "N"},
        "DocDtls": {"Typ": doc_type, "No": number, "Dt": day.strftime("%d/%m/%Y")},
        "SellerDtls": _party(seller, who="seller"),
        "BuyerDtls": buyer_block,
        "ItemList": item_list,
        "ValDtls": {
            "AssVal": _num(ass),
            "CgstVal": _num(cgst),
            "SgstVal": _num(sgst),
            "IgstVal": _num(igst),
            "CesVal": 0,
            "StCesVal": 0,
            "Discount": 0,
            "OthChrg": 0,
            "RndOffAmt": _num(invoice_value - (ass + cgst + sgst + igst)),
            "TotInvVal": _num(invoice_value),
        },
    }
    if ship_to is not None:
        block = _party(ship_to, who="ship_to", with_gstin=False)
        if ship_to.gstin:
            block = {"Gstin": ship_to.gstin, **block}
        out["ShipDtls"] = block
    return out


def irn_request_text(request: dict[str, Any]) -> str:
    return json.dumps(request, ensure_ascii=False, separators=(",", ":"))

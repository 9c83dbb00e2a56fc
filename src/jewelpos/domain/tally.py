"""Tally vouchers as TallyPrime imports them (Import Data / Vouchers XML): plain data in, bytes
out. An entry's amount is a debit when positive; Tally writes a debit as ISDEEMEDPOSITIVE Yes
with a negative AMOUNT and a credit as ISDEEMEDPOSITIVE No with a positive AMOUNT, so the
AMOUNTs of a balanced voucher add up to zero (checked before anything is written)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.money import ZERO

SALES = "Sales"
CREDIT_NOTE = "Credit Note"
RECEIPT = "Receipt"
PAYMENT = "Payment"
PURCHASE = "Purchase"
JOURNAL = "Journal"


@dataclass(frozen=True)
class TallyEntry:
    ledger: str
    debit: Decimal
    """Positive: debit; negative: credit (rupees, two decimals)."""


@dataclass(frozen=True)
class TallyVoucher:
    vtype: str
    number: str
    day: date
    party: str
    narration: str
    entries: tuple[TallyEntry, ...]
    remote_id: str = ""
    """Our document's id: Tally matches a re-imported voucher by it instead of duplicating."""

    @property
    def balance(self) -> Decimal:
        return sum((e.debit for e in self.entries), ZERO)


def entries(*pairs: tuple[str, Decimal]) -> tuple[TallyEntry, ...]:
    """Entries from (ledger, debit) pairs, zero amounts left out and one ledger's lines merged."""
    merged: dict[str, Decimal] = {}
    for ledger, amount in pairs:
        merged[ledger] = merged.get(ledger, ZERO) + amount
    return tuple(TallyEntry(k, v) for k, v in merged.items() if v != 0)


def _sub(parent: ET.Element, tag: str, text: str = "") -> ET.Element:
    el = ET.SubElement(parent, tag)
    if text:
        el.text = text
    return el


def _amount(d: Decimal) -> str:
    return f"{d.quantize(Decimal('0.01')):.2f}"


def tally_xml(vouchers: Sequence[TallyVoucher], *, company: str = "") -> bytes:
    """The import file for ``vouchers`` (ValidationError naming the first unbalanced one)."""
    for v in vouchers:
        if v.balance != 0:
            raise ValidationError(
                "voucher", f"{v.vtype} {v.number} does not balance (off by {v.balance})"
            )
    env = ET.Element("ENVELOPE")
    head = _sub(env, "HEADER")
    _sub(head, "TALLYREQUEST", "Import Data")
    imp = _sub(_sub(env, "BODY"), "IMPORTDATA")
    desc = _sub(imp, "REQUESTDESC")
    _sub(desc, "REPORTNAME", "Vouchers")
    if company:
        _sub(_sub(desc, "STATICVARIABLES"), "SVCURRENTCOMPANY", company)
    data = _sub(imp, "REQUESTDATA")
    for v in vouchers:
        msg = _sub(data, "TALLYMESSAGE")
        msg.set("xmlns:UDF", "TallyUDF")
        attrs = {"VCHTYPE": v.vtype, "ACTION": "Create", "OBJVIEW": "Accounting Voucher View"}
        if v.remote_id:
            attrs["REMOTEID"] = v.remote_id
        vch = ET.SubElement(msg, "VOUCHER", attrs)
        _sub(vch, "DATE", v.day.strftime("%Y%m%d"))
        _sub(vch, "EFFECTIVEDATE", v.day.strftime("%Y%m%d"))
        _sub(vch, "VOUCHERTYPENAME", v.vtype)
        _sub(vch, "VOUCHERNUMBER", v.number)
        _sub(vch, "PARTYLEDGERNAME", v.party)
        _sub(vch, "PERSISTEDVIEW", "Accounting Voucher View")
        if v.narration:
            _sub(vch, "NARRATION", v.narration)
        for e in v.entries:
            row = _sub(vch, "ALLLEDGERENTRIES.LIST")
            _sub(row, "LEDGERNAME", e.ledger)
            debit = e.debit > 0
            _sub(row, "ISDEEMEDPOSITIVE", "Yes" if debit else "No")
            _sub(row, "ISPARTYLEDGER", "Yes" if e.ledger == v.party else "No")
            _sub(row, "AMOUNT", _amount(-e.debit))
    ET.indent(env)
    return bytes(ET.tostring(env, encoding="utf-8", xml_declaration=True))

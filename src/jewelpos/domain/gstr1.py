"""GSTR-1 of a month as the GST offline tool's JSON (b2b, b2cl, b2cs, cdnr, cdnur, hsn, doc_issue)
and the GSTR-3B outward figures, built from plain document rows: arithmetic only, no I/O.

Amounts stay Decimal here; ``gstr1_json_text`` writes them as JSON numbers with two decimals.
Rules used (each a parameter with the law's default):

- B2CL: inter-state invoice to an unregistered buyer with invoice value above Rs 1,00,000
  (Notification 12/2024-CT, from 1 August 2024; it was Rs 2,50,000 before).
- B2CS: every other invoice to an unregistered buyer, summed per place of supply and rate,
  net of the credit notes issued in the month against such invoices.
- CDNR: credit notes to registered buyers; CDNUR: credit notes against B2CL invoices.
- HSN summary (Table 12): per HSN and rate, net of credit notes; quantity in grams (UQC GMS)
  of gross weight for goods, NA for services (SAC 99...). From May 2025 it is reported in two
  lists, ``hsn_b2b`` and ``hsn_b2c`` (``hsn_split``); without the split one ``data`` list.
- Cancelled invoices appear only in the documents summary (Table 13), counted as cancelled.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from jewelpos.domain.money import ZERO, round2, round3

B2CL_THRESHOLD = Decimal("100000")
"""Invoice value above which an inter-state B2C invoice is reported invoice-wise (B2CL)."""

DOC_INVOICES = 1
DOC_CREDIT_NOTES = 5
DOC_NAMES = {DOC_INVOICES: "Invoices for outward supply", DOC_CREDIT_NOTES: "Credit Note"}

TAX_HEADS = ("txval", "iamt", "camt", "samt", "csamt")

HSN_NAMES: dict[str, str] = {
    "7113": "Articles of jewellery",
    "7114": "Goldsmiths' wares",
    "7118": "Coin",
    "7108": "Gold, unwrought",
    "7106": "Silver, unwrought",
    "7117": "Imitation jewellery",
    "9987": "Repair services",
    "998898": "Jewellery job work",
}
"""The HSN summary's description of a code (a code not listed takes its first line's text)."""


@dataclass(frozen=True)
class RateTax:
    """One rate group of a document: taxable value and each tax head."""

    rate: Decimal
    taxable: Decimal
    cgst: Decimal = ZERO
    sgst: Decimal = ZERO
    igst: Decimal = ZERO


@dataclass(frozen=True)
class HsnPart:
    """A document line for the HSN summary: its code, gross weight and tax."""

    hsn: str
    description: str
    gross_mg: int
    rate: Decimal
    taxable: Decimal
    cgst: Decimal = ZERO
    sgst: Decimal = ZERO
    igst: Decimal = ZERO


@dataclass(frozen=True)
class OutwardInvoice:
    number: str
    day: date
    value: Decimal
    buyer_gstin: str
    """'' for an unregistered buyer."""
    pos: str
    supply: str
    """intra | inter."""
    rates: tuple[RateTax, ...]
    lines: tuple[HsnPart, ...] = ()
    cancelled: bool = False


@dataclass(frozen=True)
class CreditNoteDoc:
    number: str
    day: date
    value: Decimal
    invoice: OutwardInvoice
    """The invoice it returns goods of (its buyer, place of supply and value decide the table)."""
    rates: tuple[RateTax, ...]
    lines: tuple[HsnPart, ...] = ()


@dataclass(frozen=True)
class DocSeriesRange:
    """One series' documents of the month for Table 13, every number listed."""

    doc_num: int
    series: str
    numbers: tuple[tuple[str, bool], ...]
    """(number, cancelled) in number order."""

    @property
    def first(self) -> str:
        return self.numbers[0][0]

    @property
    def last(self) -> str:
        return self.numbers[-1][0]

    @property
    def total(self) -> int:
        return len(self.numbers)

    @property
    def cancelled(self) -> int:
        return sum(1 for _n, c in self.numbers if c)


@dataclass(frozen=True)
class Gstr1:
    """The return as the offline tool imports it (``data``) plus the documents summary."""

    data: dict[str, Any]
    documents: tuple[DocSeriesRange, ...] = field(default=())


def allocate(total: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """Split ``total`` over ``weights`` to the paisa with cumulative rounding: the parts add up
    to ``total`` exactly (an all-zero weight list gets everything on its first part)."""
    whole = sum(weights, ZERO)
    if not weights:
        return []
    if whole == 0:
        return [total] + [ZERO] * (len(weights) - 1)
    out: list[Decimal] = []
    running = ZERO
    given = ZERO
    for w in weights:
        running += w
        upto = round2(total * running / whole)
        out.append(upto - given)
        given = upto
    return out


def reconcile_rates(
    groups: Sequence[RateTax], *, cgst: Decimal, sgst: Decimal, igst: Decimal
) -> tuple[RateTax, ...]:
    """Rate groups whose tax heads add up to the document's stored totals: any paisa of
    difference goes to the largest group (the document's figures are what was charged)."""
    if not groups:
        return ()
    biggest = max(range(len(groups)), key=lambda i: groups[i].taxable)
    out = list(groups)
    g = out[biggest]
    out[biggest] = RateTax(
        g.rate,
        g.taxable,
        cgst=g.cgst + cgst - sum((x.cgst for x in groups), ZERO),
        sgst=g.sgst + sgst - sum((x.sgst for x in groups), ZERO),
        igst=g.igst + igst - sum((x.igst for x in groups), ZERO),
    )
    return tuple(out)


def lines_with_tax(lines: Sequence[HsnPart], rates: Sequence[RateTax]) -> tuple[HsnPart, ...]:
    """Each line's share of its rate group's tax (by taxable value), the group's sum exact."""
    heads: dict[int, list[Decimal]] = {}
    for g in rates:
        idx = [i for i, ln in enumerate(lines) if ln.rate == g.rate]
        weights = [lines[i].taxable for i in idx]
        for h, total in enumerate((g.cgst, g.sgst, g.igst)):
            for i, part in zip(idx, allocate(total, weights), strict=True):
                heads.setdefault(i, [lines[i].cgst, lines[i].sgst, lines[i].igst])[h] = part
    return tuple(
        HsnPart(ln.hsn, ln.description, ln.gross_mg, ln.rate, ln.taxable, *heads[i])
        if i in heads
        else ln
        for i, ln in enumerate(lines)
    )


def _rt(rate: Decimal) -> Decimal:
    return rate.quantize(Decimal(1)) if rate == rate.to_integral_value() else rate.normalize()


def _idt(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def _itm(num: int, g: RateTax, *, sign: int = 1, local: bool = True) -> dict[str, Any]:
    det: dict[str, Any] = {"txval": sign * g.taxable, "rt": _rt(g.rate)}
    if g.igst or not local:
        det["iamt"] = sign * g.igst
    if local and (g.cgst or g.sgst or not g.igst):
        det["camt"] = sign * g.cgst
        det["samt"] = sign * g.sgst
    det["csamt"] = ZERO
    return {"num": num, "itm_det": det}


def _items(rates: Iterable[RateTax], *, inter: bool) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for g in sorted(rates, key=lambda r: r.rate):
        items.append(_itm(len(items) + 1, g, local=not inter))
    return items


def is_b2cl(inv: OutwardInvoice, threshold: Decimal = B2CL_THRESHOLD) -> bool:
    """Inter-state, unregistered buyer, invoice value above the threshold."""
    return not inv.buyer_gstin and inv.supply == "inter" and inv.value > threshold


def month_period(year: int, month: int) -> str:
    """The return period ``fp`` as the tool writes it: MMYYYY."""
    return f"{month:02d}{year:04d}"


def build_gstr1(
    *,
    gstin: str,
    year: int,
    month: int,
    invoices: Sequence[OutwardInvoice],
    credit_notes: Sequence[CreditNoteDoc],
    documents: Sequence[DocSeriesRange],
    b2cl_threshold: Decimal = B2CL_THRESHOLD,
    hsn_split: bool = True,
) -> Gstr1:
    """GSTR-1 of one month from its invoices (cancelled ones included), credit notes and
    the documents summary; see the module docstring for the rules."""
    live = [i for i in invoices if not i.cancelled]
    b2b: dict[str, list[dict[str, Any]]] = {}
    b2cl: dict[str, list[dict[str, Any]]] = {}
    b2cs: dict[tuple[str, str, Decimal], dict[str, Decimal]] = {}
    for inv in sorted(live, key=lambda i: (i.day, i.number)):
        inter = inv.supply == "inter"
        if inv.buyer_gstin:
            b2b.setdefault(inv.buyer_gstin, []).append(
                {
                    "inum": inv.number,
                    "idt": _idt(inv.day),
                    "val": inv.value,
                    "pos": inv.pos,
                    "rchrg": "N",
                    "inv_typ": "R",
                    "itms": _items(inv.rates, inter=inter),
                }
            )
        elif is_b2cl(inv, b2cl_threshold):
            b2cl.setdefault(inv.pos, []).append(
                {
                    "inum": inv.number,
                    "idt": _idt(inv.day),
                    "val": inv.value,
                    "itms": _items(inv.rates, inter=True),
                }
            )
        else:
            _add_b2cs(b2cs, inv, inv.rates, sign=1)
    cdnr: dict[str, list[dict[str, Any]]] = {}
    cdnur: list[dict[str, Any]] = []
    for note in sorted(credit_notes, key=lambda n: (n.day, n.number)):
        inv = note.invoice
        inter = inv.supply == "inter"
        entry = {
            "ntty": "C",
            "nt_num": note.number,
            "nt_dt": _idt(note.day),
            "val": note.value,
        }
        if inv.buyer_gstin:
            entry.update({"pos": inv.pos, "rchrg": "N", "inv_typ": "R"})
            entry["itms"] = _items(note.rates, inter=inter)
            cdnr.setdefault(inv.buyer_gstin, []).append(entry)
        elif is_b2cl(inv, b2cl_threshold):
            entry.update({"typ": "B2CL", "pos": inv.pos})
            entry["itms"] = _items(note.rates, inter=True)
            cdnur.append(entry)
        else:
            _add_b2cs(b2cs, inv, note.rates, sign=-1)
    data: dict[str, Any] = {"gstin": gstin, "fp": month_period(year, month)}
    data["b2b"] = [{"ctin": k, "inv": v} for k, v in sorted(b2b.items())]
    data["b2cl"] = [{"pos": k, "inv": v} for k, v in sorted(b2cl.items())]
    data["b2cs"] = [
        {"sply_ty": sply, "pos": pos, "typ": "OE", "rt": _rt(rate), **heads}
        for (sply, pos, rate), heads in sorted(b2cs.items())
    ]
    data["cdnr"] = [{"ctin": k, "nt": v} for k, v in sorted(cdnr.items())]
    data["cdnur"] = cdnur
    data["hsn"] = _hsn(live, credit_notes, split=hsn_split)
    data["doc_issue"] = _doc_issue(documents)
    return Gstr1(data=data, documents=tuple(documents))


def _add_b2cs(
    acc: dict[tuple[str, str, Decimal], dict[str, Decimal]],
    inv: OutwardInvoice,
    rates: Iterable[RateTax],
    *,
    sign: int,
) -> None:
    sply = "INTER" if inv.supply == "inter" else "INTRA"
    for g in rates:
        heads = acc.setdefault((sply, inv.pos, _rt(g.rate)), _zero_heads(inter=sply == "INTER"))
        heads["txval"] += sign * g.taxable
        if sply == "INTER":
            heads["iamt"] += sign * g.igst
        else:
            heads["camt"] += sign * g.cgst
            heads["samt"] += sign * g.sgst


def _zero_heads(*, inter: bool) -> dict[str, Decimal]:
    if inter:
        return {"txval": ZERO, "iamt": ZERO, "csamt": ZERO}
    return {"txval": ZERO, "camt": ZERO, "samt": ZERO, "csamt": ZERO}


def uqc_of(hsn: str, gross_mg: int) -> str:
    """GMS for goods weighed (jewellery), NA for services (SAC codes start 99)."""
    if hsn.startswith("99") or gross_mg <= 0:
        return "NA"
    return "GMS"


def _hsn(
    invoices: Iterable[OutwardInvoice], notes: Iterable[CreditNoteDoc], *, split: bool
) -> dict[str, Any]:
    groups: dict[tuple[bool, str, Decimal], dict[str, Any]] = {}

    def add(part: HsnPart, *, b2b: bool, sign: int) -> None:
        key = (b2b if split else False, part.hsn, _rt(part.rate))
        row = groups.setdefault(
            key,
            {
                "hsn_sc": part.hsn,
                "desc": HSN_NAMES.get(part.hsn, part.description)[:30],
                "uqc": uqc_of(part.hsn, part.gross_mg),
                "qty": Decimal("0.000"),
                "rt": _rt(part.rate),
                "txval": ZERO,
                "iamt": ZERO,
                "camt": ZERO,
                "samt": ZERO,
                "csamt": ZERO,
            },
        )
        if row["uqc"] != "NA":
            row["qty"] += sign * round3(Decimal(part.gross_mg) / 1000)
        row["txval"] += sign * part.taxable
        row["iamt"] += sign * part.igst
        row["camt"] += sign * part.cgst
        row["samt"] += sign * part.sgst

    for inv in invoices:
        for part in inv.lines:
            add(part, b2b=bool(inv.buyer_gstin), sign=1)
    for note in notes:
        for part in note.lines:
            add(part, b2b=bool(note.invoice.buyer_gstin), sign=-1)

    def rows(b2b: bool) -> list[dict[str, Any]]:
        picked = [v for (k, _h, _r), v in sorted(groups.items()) if k == b2b]
        return [{"num": i + 1, **row} for i, row in enumerate(picked)]

    if split:
        return {"hsn_b2b": rows(True), "hsn_b2c": rows(False)}
    return {"data": rows(False)}


def _doc_issue(documents: Sequence[DocSeriesRange]) -> dict[str, Any]:
    det: list[dict[str, Any]] = []
    for doc_num in sorted({d.doc_num for d in documents}):
        docs = [
            {
                "num": i + 1,
                "from": d.first,
                "to": d.last,
                "totnum": d.total,
                "cancel": d.cancelled,
                "net_issue": d.total - d.cancelled,
            }
            for i, d in enumerate(x for x in documents if x.doc_num == doc_num and x.numbers)
        ]
        det.append({"doc_num": doc_num, "doc_typ": DOC_NAMES.get(doc_num, ""), "docs": docs})
    return {"doc_det": det}


# --- GSTR-3B -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gstr3bOutward:
    """3.1(a) outward taxable supplies, and 3.2 inter-state supplies to unregistered persons."""

    taxable: Decimal
    igst: Decimal
    cgst: Decimal
    sgst: Decimal
    cess: Decimal
    unregistered_inter: tuple[tuple[str, Decimal, Decimal], ...]
    """(place of supply, taxable value, IGST) per state."""


def gstr3b_outward(
    invoices: Sequence[OutwardInvoice], credit_notes: Sequence[CreditNoteDoc]
) -> Gstr3bOutward:
    """3.1(a) and 3.2 of the month: invoices (not cancelled) less the month's credit notes."""
    t = {"taxable": ZERO, "igst": ZERO, "cgst": ZERO, "sgst": ZERO}
    by_pos: dict[str, list[Decimal]] = {}

    def add(inv: OutwardInvoice, rates: Iterable[RateTax], sign: int) -> None:
        for g in rates:
            t["taxable"] += sign * g.taxable
            t["igst"] += sign * g.igst
            t["cgst"] += sign * g.cgst
            t["sgst"] += sign * g.sgst
            if not inv.buyer_gstin and inv.supply == "inter":
                acc = by_pos.setdefault(inv.pos, [ZERO, ZERO])
                acc[0] += sign * g.taxable
                acc[1] += sign * g.igst

    for inv in invoices:
        if not inv.cancelled:
            add(inv, inv.rates, 1)
    for note in credit_notes:
        add(note.invoice, note.rates, -1)
    return Gstr3bOutward(
        taxable=t["taxable"],
        igst=t["igst"],
        cgst=t["cgst"],
        sgst=t["sgst"],
        cess=ZERO,
        unregistered_inter=tuple((p, v[0], v[1]) for p, v in sorted(by_pos.items())),
    )


# --- writing ---------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        # JSON has only one number type: a 2-decimal (or 3 for grams) Decimal converts to the
        # shortest float text that reads back to the same Decimal.
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def gstr1_json_text(g: Gstr1) -> str:
    """The offline tool's JSON text (sections with no rows are left out, as the tool does)."""
    data = {k: v for k, v in g.data.items() if v not in ([], {"doc_det": []})}
    return json.dumps(_plain(data), indent=1, ensure_ascii=False)

"""GSTR-1 and GSTR-3B of a month built through the real billing services, re-read and checked
against the documents' own rows (sums taken here from the database, not from the code)."""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from jewelpos.db.models_billing import CreditNote, CreditNoteLine, Invoice, InvoiceLine
from jewelpos.domain.errors import ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import APPROVE_CANCEL, BillDraft, Delivery
from jewelpos.services.customers import CustomerInput
from jewelpos.services.gst_settings import GstSettingsService
from jewelpos.services.gstr1 import GstReturnsService, Month

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import MANAGER_PIN, Counter, make_counter, paid_in_full

D = Decimal
JUNE = Month(2025, 6)
P = Decimal("0.01")


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _month_of_bills(counter: Counter) -> dict[str, str]:
    """Bills of June 2025: walk-in ring (intra), necklace shipped to Karnataka (B2CL), ring
    shipped to Karnataka (small, B2CS inter), a B2B firm's necklace and ring (intra), a
    cancelled walk-in ring, returns of the firm's ring (CDNR) and the shipped necklace (CDNUR);
    one bill of July that June must not show."""
    b = counter.billing
    firm = counter.services.customers.save(
        CustomerInput(
            name="Tara Jewels",
            mobile="9900112244",
            address="MG Road, Bengaluru",
            state_code="29",
            gstin="29AABCT1332L1ZA",
        ),
        by=counter.owner,
    )
    ids: dict[str, str] = {}
    ids["walk_in"] = b.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG001"),))), by=counter.cashier
    ).id
    ids["b2cl"] = b.save_bill(
        paid_in_full(
            counter,
            BillDraft(
                lines=(counter.necklace(),),
                customer_id=counter.customer.id,
                delivery=Delivery.SHIP,
                ship_address="12 Brigade Road, Bengaluru 560001",
                ship_state_code="29",
            ),
        ),
        by=counter.cashier,
    ).id
    ids["b2cs_inter"] = b.save_bill(
        paid_in_full(
            counter,
            BillDraft(
                lines=(counter.ring("RNG002"),),
                customer_id=counter.customer.id,
                delivery=Delivery.SHIP,
                ship_address="4 Church Street, Bengaluru",
                ship_state_code="29",
            ),
        ),
        by=counter.cashier,
    ).id
    ids["b2b"] = b.save_bill(
        paid_in_full(
            counter,
            BillDraft(
                lines=(counter.necklace(net_mg=5_000), counter.ring("RNG003")), customer_id=firm.id
            ),
        ),
        by=counter.cashier,
    ).id
    ids["cancelled"] = b.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG004"),))), by=counter.cashier
    ).id
    approval = b.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    b.cancel_bill(ids["cancelled"], reason="wrong piece", approval=approval, by=counter.cashier)
    b2b_ring = b.bill(ids["b2b"]).lines[1]
    b.sales_return(
        ids["b2b"],
        line_ids=(b2b_ring.id,),
        reason="size",
        by=counter.manager,
        keep_rest_as_credit=True,
    )
    neck = b.bill(ids["b2cl"]).lines[0]
    b.sales_return(
        ids["b2cl"],
        line_ids=(neck.id,),
        reason="design",
        by=counter.manager,
        keep_rest_as_credit=True,
    )
    clock = counter.services.clock
    clock.advance(timedelta(days=30))  # 1 July 2025
    counter.set_rates()
    ids["july"] = b.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG005"),))), by=counter.cashier
    ).id
    return ids


def _rows(counter: Counter, model: Any, *where: Any) -> list[Any]:
    with counter.services.uow.read() as s:
        return list(s.scalars(select(model).where(*where)))


def _june(model: Any) -> tuple[Any, Any]:
    return model.shop_day >= date(2025, 6, 1), model.shop_day < date(2025, 7, 1)


def _sum(items: list[Any], key: str) -> Decimal:
    return sum((D(str(i.get(key, 0))) for i in items), D(0)).quantize(P)


def _paise(rows: list[Any], attr: str) -> Decimal:
    return (D(sum(getattr(r, attr) for r in rows)) / 100).quantize(P)


def test_gstr1_json_and_excel_agree_with_the_month_documents(
    counter: Counter, tmp_path: Path
) -> None:
    """Every section of the June GSTR-1 (B2B, B2CL, B2CS, CDNR, CDNUR, HSN, documents) adds up
    to the June invoices and credit notes as stored; July's bill is left out; the Excel agrees."""
    ids = _month_of_bills(counter)
    svc = GstReturnsService(counter.services.uow)
    js, xl = tmp_path / "g1.json", tmp_path / "g1.xlsx"
    svc.export_gstr1(JUNE, json_path=js, xlsx_path=xl)
    g = json.loads(js.read_text(encoding="utf-8"), parse_float=Decimal)
    assert g["gstin"] == "27AAPFU0939F1ZV" and g["fp"] == "062025"

    invs = _rows(counter, Invoice, *_june(Invoice))
    live = [i for i in invs if i.status == "final"]
    assert {i.id for i in invs} == {v for k, v in ids.items() if k != "july"}
    by_id = {i.id: i for i in invs}
    b2b_db = [i for i in live if i.buyer_gstin]
    b2cl_db = [
        i
        for i in live
        if not i.buyer_gstin and i.supply == "inter" and i.invoice_value_paise > 100_000_00
    ]
    b2cs_db = [i for i in live if i not in b2b_db and i not in b2cl_db]
    assert [i.id for i in b2b_db] == [ids["b2b"]] and [i.id for i in b2cl_db] == [ids["b2cl"]]

    # B2B: one buyer, its invoice with value, pos and tax heads as stored
    (buyer,) = g["b2b"]
    assert buyer["ctin"] == "29AABCT1332L1ZA"
    (inv,) = buyer["inv"]
    row = b2b_db[0]
    assert (inv["inum"], inv["idt"], inv["pos"], inv["rchrg"], inv["inv_typ"]) == (
        row.number,
        row.shop_day.strftime("%d-%m-%Y"),
        "27",
        "N",
        "R",
    )
    dets = [it["itm_det"] for it in inv["itms"]]
    assert D(str(inv["val"])) == _paise([row], "invoice_value_paise")
    assert _sum(dets, "txval") == _paise([row], "taxable_paise")
    assert _sum(dets, "camt") == _paise([row], "cgst_paise")
    assert _sum(dets, "samt") == _paise([row], "sgst_paise")
    assert {d["rt"] for d in dets} == {3}

    # B2CL: the shipment to Karnataka, IGST only
    (pos,) = g["b2cl"]
    assert pos["pos"] == "29"
    (big,) = pos["inv"]
    dets = [it["itm_det"] for it in big["itms"]]
    assert big["inum"] == b2cl_db[0].number
    assert _sum(dets, "txval") == _paise(b2cl_db, "taxable_paise")
    assert _sum(dets, "iamt") == _paise(b2cl_db, "igst_paise")
    assert all("camt" not in d for d in dets)

    # B2CS: per supply type and place of supply, no returns against these
    cs = {(r["sply_ty"], r["pos"]): r for r in g["b2cs"]}
    assert set(cs) == {("INTRA", "27"), ("INTER", "29")}
    intra = [i for i in b2cs_db if i.supply == "intra"]
    inter = [i for i in b2cs_db if i.supply == "inter"]
    assert D(str(cs["INTRA", "27"]["txval"])) == _paise(intra, "taxable_paise")
    assert D(str(cs["INTRA", "27"]["camt"])) == _paise(intra, "cgst_paise")
    assert D(str(cs["INTRA", "27"]["samt"])) == _paise(intra, "sgst_paise")
    assert D(str(cs["INTER", "29"]["txval"])) == _paise(inter, "taxable_paise")
    assert D(str(cs["INTER", "29"]["iamt"])) == _paise(inter, "igst_paise")

    # credit notes: the firm's ring (CDNR) and the big shipment's necklace (CDNUR, B2CL)
    notes = _rows(counter, CreditNote, *_june(CreditNote))
    by_inv = {n.invoice_id: n for n in notes}
    (cdn_buyer,) = g["cdnr"]
    (nt,) = cdn_buyer["nt"]
    cn = by_inv[ids["b2b"]]
    assert (cdn_buyer["ctin"], nt["nt_num"], nt["ntty"], nt["pos"]) == (
        "29AABCT1332L1ZA",
        cn.number,
        "C",
        "27",
    )
    dets = [it["itm_det"] for it in nt["itms"]]
    assert D(str(nt["val"])) == _paise([cn], "total_paise")
    assert _sum(dets, "txval") == _paise([cn], "taxable_paise")
    assert _sum(dets, "camt") + _sum(dets, "samt") == _paise([cn], "cgst_paise") + _paise(
        [cn], "sgst_paise"
    )
    (ur,) = g["cdnur"]
    cn = by_inv[ids["b2cl"]]
    dets = [it["itm_det"] for it in ur["itms"]]
    assert (ur["typ"], ur["nt_num"], ur["pos"]) == ("B2CL", cn.number, "29")
    assert _sum(dets, "iamt") == _paise([cn], "igst_paise")
    assert _sum(dets, "txval") == _paise([cn], "taxable_paise")

    # HSN: all rows together = live invoices less credit notes; grams of gross weight
    hsn = g["hsn"]["hsn_b2b"] + g["hsn"]["hsn_b2c"]
    assert {r["uqc"] for r in hsn} == {"GMS"}
    for head, attr in (
        ("txval", "taxable_paise"),
        ("camt", "cgst_paise"),
        ("samt", "sgst_paise"),
        ("iamt", "igst_paise"),
    ):
        assert _sum(hsn, head) == _paise(live, attr) - _paise(notes, attr), head
    lines = _rows(counter, InvoiceLine, InvoiceLine.invoice_id.in_([i.id for i in live]))
    returned = _rows(
        counter,
        InvoiceLine,
        InvoiceLine.id.in_(
            [
                c.invoice_line_id
                for c in _rows(
                    counter,
                    CreditNoteLine,
                    CreditNoteLine.credit_note_id.in_([n.id for n in notes]),
                )
            ]
        ),
    )
    grams = D(sum(ln.gross_mg for ln in lines) - sum(ln.gross_mg for ln in returned)) / 1000
    assert sum(D(str(r["qty"])) for r in hsn) == grams
    b2b_taxable = _paise(b2b_db, "taxable_paise") - _paise([by_inv[ids["b2b"]]], "taxable_paise")
    assert _sum(g["hsn"]["hsn_b2b"], "txval") == b2b_taxable

    # documents issued: every series' range, total and cancelled
    det = {d["doc_num"]: d["docs"] for d in g["doc_issue"]["doc_det"]}
    (inv_range,) = det[1]
    numbers = sorted(i.number for i in invs)
    assert (inv_range["from"], inv_range["to"], inv_range["totnum"]) == (
        numbers[0],
        numbers[-1],
        len(numbers),
    )
    assert inv_range["cancel"] == 1 and inv_range["net_issue"] == len(numbers) - 1
    (cn_range,) = det[5]
    assert (cn_range["totnum"], cn_range["cancel"]) == (len(notes), 0)

    # 3B: 3.1(a) outward supplies = live invoices less credit notes
    b3 = svc.gstr3b(JUNE)
    assert b3.taxable == _paise(live, "taxable_paise") - _paise(notes, "taxable_paise")
    assert b3.igst == _paise(live, "igst_paise") - _paise(notes, "igst_paise")
    assert b3.cgst == _paise(live, "cgst_paise") - _paise(notes, "cgst_paise")
    inter_unreg = [i for i in live if i.supply == "inter" and not i.buyer_gstin]
    assert b3.unregistered_inter == (
        (
            "29",
            _paise(inter_unreg, "taxable_paise") - _paise([by_inv[ids["b2cl"]]], "taxable_paise"),
            _paise(inter_unreg, "igst_paise") - _paise([by_inv[ids["b2cl"]]], "igst_paise"),
        ),
    )

    # the Excel: every number of every series, the cancelled one marked; sections add up
    wb = openpyxl.load_workbook(xl)
    listed = {r[2]: r[3] for r in wb["doc_numbers"].iter_rows(min_row=2, values_only=True)}
    expected = {i.number: ("Cancelled" if i.status == "cancelled" else "Issued") for i in invs}
    expected |= {n.number: "Issued" for n in notes}
    assert listed == expected
    assert by_id[ids["cancelled"]].number in listed
    b2b_sheet = list(wb["b2b"].iter_rows(min_row=2, values_only=True))
    assert sum(D(str(r[8])) for r in b2b_sheet) == _paise(b2b_db, "taxable_paise")
    hsn_sheet = list(wb["hsn"].iter_rows(min_row=2, values_only=True))
    assert sum(D(str(r[6])) for r in hsn_sheet).quantize(P) == _sum(hsn, "txval")
    (a31,) = [r for r in wb["3b"].iter_rows(min_row=2, values_only=True) if r[0] == "3.1(a)"]
    assert D(str(a31[2])).quantize(P) == b3.taxable


def test_b2cl_threshold_is_a_setting(counter: Counter) -> None:
    """Under the default Rs 1 lakh limit the Karnataka shipment (invoice 2,74,076.44) is B2C
    large; with the limit set to Rs 3 lakh it and its return are summed in B2CS instead; the
    HSN summary's B2B/B2C split is a setting too."""
    ids = _month_of_bills(counter)
    svc = GstReturnsService(counter.services.uow)
    assert [i["inv"][0]["inum"] for i in svc.gstr1(JUNE).data["b2cl"]]
    GstSettingsService(counter.services.uow).save(by=counter.owner, b2cl_threshold=D("300000"))
    g = svc.gstr1(JUNE).data
    assert g["b2cl"] == [] and g["cdnur"] == []
    assert ("INTER", "29") in {(r["sply_ty"], r["pos"]) for r in g["b2cs"]}
    assert ids
    # without the Table 12 split (returns before May 2025) one list holds every row
    split = svc.gstr1(JUNE).data["hsn"]
    GstSettingsService(counter.services.uow).save(by=counter.owner, hsn_split=False)
    whole = svc.gstr1(JUNE).data["hsn"]
    assert set(whole) == {"data"} and set(split) == {"hsn_b2b", "hsn_b2c"}
    assert sum(r["txval"] for r in whole["data"]) == sum(
        r["txval"] for r in split["hsn_b2b"] + split["hsn_b2c"]
    )


def test_month_text_is_checked() -> None:
    """A month must be written 2026-11; anything else names the month."""
    assert Month.parse("2026-11") == Month(2026, 11)
    assert Month(2026, 12).after == date(2027, 1, 1)
    with pytest.raises(ValidationError, match="month"):
        Month.parse("Nov 2026")


def test_gst_settings_changes_are_audited(counter: Counter) -> None:
    """Each changed GST or Tally setting writes one audit entry with the old and new value; an
    unchanged value writes none."""
    from jewelpos.db.models import AuditLog

    settings = GstSettingsService(counter.services.uow, counter.services.clock)
    settings.save(by=counter.owner, b2cl_threshold=D("300000"), ledgers={"cash": "Cash-in-hand"})
    settings.save(by=counter.owner, b2cl_threshold=D("300000"))
    with counter.services.uow.read() as s:
        rows = s.scalars(select(AuditLog).where(AuditLog.action == "settings.change")).all()
    by_key = {r.details["key"]: r.details for r in rows}
    assert len(rows) == 2
    assert by_key["gst.b2cl_threshold_paise"] == {
        "key": "gst.b2cl_threshold_paise",
        "old": None,
        "new": "30000000",
    }
    assert by_key["tally.ledger.cash"]["new"] == "Cash-in-hand"

"""GSTR-1 as an Excel workbook: one sheet per section with the offline tool's column headings,
the documents summary, every document number with its state, and the GSTR-3B outward figures."""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook

from jewelpos.domain.gstr1 import DOC_NAMES, Gstr1, Gstr3bOutward

_MONEY = "#,##0.00"


def _sheet(wb: Workbook, title: str, head: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    ws = wb.create_sheet(title)
    ws.append(list(head))
    for row in rows:
        ws.append(list(row))
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, Decimal):
                cell.number_format = _MONEY
    for i, h in enumerate(head):
        ws.column_dimensions[ws.cell(1, i + 1).column_letter].width = max(12, len(h) + 2)
    ws.freeze_panes = "A2"


_TAX = ["Rate", "Taxable Value", "Integrated Tax", "Central Tax", "State/UT Tax", "Cess Amount"]


def _tax(det: dict[str, Any]) -> list[Any]:
    z = Decimal("0.00")
    return [
        det["rt"],
        det["txval"],
        det.get("iamt", z),
        det.get("camt", z),
        det.get("samt", z),
        det.get("csamt", z),
    ]


def write_gstr1_xlsx(g: Gstr1, summary: Gstr3bOutward) -> bytes:
    """The workbook's bytes (sheets b2b, b2cl, b2cs, cdnr, cdnur, hsn, docs, doc_numbers, 3b)."""
    d = g.data
    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    _sheet(
        wb,
        "b2b",
        [
            "GSTIN/UIN of Recipient",
            "Invoice Number",
            "Invoice date",
            "Invoice Value",
            "Place Of Supply",
            "Reverse Charge",
            "Invoice Type",
            *_TAX,
        ],
        [
            [
                c["ctin"],
                i["inum"],
                i["idt"],
                i["val"],
                i["pos"],
                i["rchrg"],
                i["inv_typ"],
                *_tax(it["itm_det"]),
            ]
            for c in d["b2b"]
            for i in c["inv"]
            for it in i["itms"]
        ],
    )
    _sheet(
        wb,
        "b2cl",
        ["Invoice Number", "Invoice date", "Invoice Value", "Place Of Supply", *_TAX],
        [
            [i["inum"], i["idt"], i["val"], p["pos"], *_tax(it["itm_det"])]
            for p in d["b2cl"]
            for i in p["inv"]
            for it in i["itms"]
        ],
    )
    _sheet(
        wb,
        "b2cs",
        ["Type", "Supply Type", "Place Of Supply", *_TAX],
        [[r["typ"], r["sply_ty"], r["pos"], *_tax(r)] for r in d["b2cs"]],
    )
    _sheet(
        wb,
        "cdnr",
        [
            "GSTIN/UIN of Recipient",
            "Note Number",
            "Note Date",
            "Note Type",
            "Place Of Supply",
            "Reverse Charge",
            "Note Value",
            *_TAX,
        ],
        [
            [
                c["ctin"],
                n["nt_num"],
                n["nt_dt"],
                n["ntty"],
                n["pos"],
                n["rchrg"],
                n["val"],
                *_tax(it["itm_det"]),
            ]
            for c in d["cdnr"]
            for n in c["nt"]
            for it in n["itms"]
        ],
    )
    _sheet(
        wb,
        "cdnur",
        [
            "UR Type",
            "Note Number",
            "Note Date",
            "Note Type",
            "Place Of Supply",
            "Note Value",
            *_TAX,
        ],
        [
            [n["typ"], n["nt_num"], n["nt_dt"], n["ntty"], n["pos"], n["val"], *_tax(it["itm_det"])]
            for n in d["cdnur"]
            for it in n["itms"]
        ],
    )
    hsn_rows: list[list[Any]] = []
    for part, rows in sorted(d["hsn"].items()):
        label = {"hsn_b2b": "B2B", "hsn_b2c": "B2C"}.get(part, "")
        for r in rows:
            hsn_rows.append([label, r["hsn_sc"], r["desc"], r["uqc"], r["qty"], *_tax(r)])
    _sheet(
        wb,
        "hsn",
        ["Table", "HSN", "Description", "UQC", "Total Quantity", *_TAX],
        hsn_rows,
    )
    _sheet(
        wb,
        "docs",
        [
            "Nature of Document",
            "Sr. No. From",
            "Sr. No. To",
            "Total Number",
            "Cancelled",
            "Net Issued",
        ],
        [
            [
                DOC_NAMES.get(x.doc_num, ""),
                x.first,
                x.last,
                x.total,
                x.cancelled,
                x.total - x.cancelled,
            ]
            for x in g.documents
            if x.numbers
        ],
    )
    _sheet(
        wb,
        "doc_numbers",
        ["Nature of Document", "Series", "Number", "Status"],
        [
            [DOC_NAMES.get(x.doc_num, ""), x.series, n, "Cancelled" if c else "Issued"]
            for x in g.documents
            for n, c in x.numbers
        ],
    )
    _sheet(
        wb,
        "3b",
        [
            "Table",
            "Place Of Supply",
            "Taxable Value",
            "Integrated Tax",
            "Central Tax",
            "State/UT Tax",
            "Cess",
        ],
        [
            ["3.1(a)", "", summary.taxable, summary.igst, summary.cgst, summary.sgst, summary.cess],
            *[
                ["3.2", pos, txval, igst, "", "", ""]
                for pos, txval, igst in summary.unregistered_inter
            ],
        ],
    )
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()

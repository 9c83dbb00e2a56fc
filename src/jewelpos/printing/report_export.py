"""A report's table as Excel (openpyxl) or as a landscape A4 PDF (reportlab): title, the range
it covers, the header row, the rows and a totals row. Cells are text, int or Decimal."""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from jewelpos.printing.pdftext import SANS, SANS_BOLD, markup, register_fonts

Cell = str | int | Decimal


def report_xlsx(
    title: str,
    subtitle: str,
    head: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    totals: Sequence[Cell],
) -> bytes:
    """The workbook's bytes: title, subtitle, a blank row, the header, rows, totals (bold)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title[:31]
    ws.append([title])
    ws.append([subtitle])
    ws.append([])
    ws.append(list(head))
    for row in rows:
        ws.append(list(row))
    ws.append(list(totals))
    for cell in (ws["A1"], *ws[4], *ws[ws.max_row]):
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=5):
        for cell in row:
            if isinstance(cell.value, Decimal):
                cell.number_format = "#,##0.00"
    for i, h in enumerate(head):
        ws.column_dimensions[ws.cell(4, i + 1).column_letter].width = max(12, len(h) + 2)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _text(c: Cell) -> str:
    return f"{c:,.2f}" if isinstance(c, Decimal) else str(c)


def report_pdf(
    title: str,
    subtitle: str,
    head: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    totals: Sequence[Cell],
) -> bytes:
    """A landscape A4 PDF of the table (the header row repeats on every page)."""
    register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=landscape(A4),
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=10 * mm,
        bottomMargin=10 * mm,
        title=title,
        creator="JewelPOS",
    )
    big = ParagraphStyle("t", fontName=SANS_BOLD, fontSize=13, leading=16)
    small = ParagraphStyle("s", fontName=SANS, fontSize=9, leading=11)
    cell = ParagraphStyle("c", fontName=SANS, fontSize=7.5, leading=9)
    data = [[Paragraph(markup(h, bold=True), cell) for h in head]]
    data += [[_text(c) for c in row] for row in rows]
    data.append([_text(c) for c in totals])
    table = Table(data, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 1), (-1, -1), SANS, 7.5),
                ("FONT", (0, -1), (-1, -1), SANS_BOLD, 7.5),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    doc.build(
        [
            Paragraph(markup(title), big),
            Paragraph(markup(subtitle), small),
            Spacer(1, 4 * mm),
            table,
        ]
    )
    return buf.getvalue()

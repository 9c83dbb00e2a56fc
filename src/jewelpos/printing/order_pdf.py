"""A4 PDFs of orders (reportlab): the karigar slip with each order's photos, and the order
manager's morning report of orders due and late."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Image as PdfImage,
)
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from jewelpos.printing.order_docs import (
    KarigarSlipDoc,
    MorningReportDoc,
    ReportRow,
    weight_range,
)
from jewelpos.printing.pdftext import SANS, SANS_BOLD, markup, register_fonts

GRID = colors.Color(0.6, 0.6, 0.6)
SHADE = colors.Color(0.92, 0.92, 0.92)
BODY_W = A4[0] - 30 * mm
PHOTO_W = 45 * mm


def _style(
    name: str, size: float = 9, *, bold: bool = False, center: bool = False
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=SANS_BOLD if bold else SANS,
        fontSize=size,
        leading=size * 1.3,
        alignment=TA_CENTER if center else 0,
        shaping=1,
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def _doc(buf: io.BytesIO, title: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=title,
    )


def _photo(path: str) -> PdfImage | None:
    p = Path(path)
    if not p.exists():
        return None
    from PIL import Image

    with Image.open(p) as img:
        w, h = img.size
    scale = PHOTO_W / max(w, h)
    return PdfImage(str(p), width=w * scale, height=h * scale)


def karigar_slip_pdf(doc: KarigarSlipDoc) -> bytes:
    """One karigar's orders of the day with their photos and what to hand over."""
    return karigar_slips_pdf([doc])


def karigar_slips_pdf(docs: Sequence[KarigarSlipDoc]) -> bytes:
    """Several karigars' slips in one PDF, each on its own page."""
    register_fonts()
    buf = io.BytesIO()
    story: list[Any] = []
    for i, doc in enumerate(docs):
        if i:
            story.append(PageBreak())
        story += _karigar_story(doc)
    _doc(buf, "Karigar slips").build(story)
    return buf.getvalue()


def _karigar_story(doc: KarigarSlipDoc) -> list[Any]:
    title, body, bold = (
        _style("t", 14, bold=True, center=True),
        _style("b"),
        _style("bb", bold=True),
    )
    story: list[Any] = [
        _p(doc.shop_name, title),
        _p(
            f"Karigar slip for {doc.karigar_name} - {doc.day.strftime('%d-%m-%Y')}",
            _style("s", 11, bold=True, center=True),
        ),
        _p(f"Phone: {doc.karigar_phone}" if doc.karigar_phone else "", body),
        Spacer(1, 4 * mm),
    ]
    for item in doc.items:
        lines = [
            _p(f"{item.number}   due {item.due_on.strftime('%d-%m-%Y')}", bold),
            _p(
                f"{item.what} {item.purity_label}, {weight_range(item.weight_min_mg, item.weight_max_mg)}"
                + (f", size {item.size}" if item.size else ""),
                body,
            ),
        ]
        if item.design_notes:
            lines.append(_p(item.design_notes, body))
        for h in item.hand_over:
            lines.append(_p(f"Hand over: {h}", bold))
        photos = [ph for ph in (_photo(x) for x in item.photo_paths) if ph is not None]
        cells = [[lines, photos[:2] or ""]]
        t = Table(cells, colWidths=[BODY_W - PHOTO_W - 6 * mm, PHOTO_W + 6 * mm])
        t.setStyle(
            TableStyle([("BOX", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        )
        story += [KeepTogether(t), Spacer(1, 3 * mm)]
    story.append(_p(f"{len(doc.items)} order(s)", bold))
    if doc.balance_fine:
        story.append(_p(f"Metal balance: {doc.balance_fine}", body))
    return story


def _table(rows: tuple[ReportRow, ...], *, late: bool) -> Table:
    head = ["Order", "Customer", "Item", "Promised", "Status", "Karigar"] + (
        ["Days late"] if late else []
    )
    small, small_b = _style("c", 8), _style("cb", 8, bold=True)
    data = [[_p(h, small_b) for h in head]]
    for r in rows:
        cells = [
            r.number,
            f"{r.customer_name} {r.customer_mobile}",
            r.what,
            r.promised_on.strftime("%d-%m-%Y"),
            r.status,
            r.karigar_name,
        ]
        if late:
            cells.append(str(r.days_late))
        data.append([_p(c, small) for c in cells])
    widths = [30, 36, 42, 23, 20, 26] + ([12] if late else [])
    scale = BODY_W / (sum(widths) * mm)
    t = Table(data, colWidths=[w * mm * scale for w in widths], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def morning_report_pdf(doc: MorningReportDoc) -> bytes:
    """Orders due (today and tomorrow), late, and ready but not collected."""
    register_fonts()
    buf = io.BytesIO()
    h1, h2, body = (
        _style("h1", 14, bold=True, center=True),
        _style("h2", 11, bold=True),
        _style("b"),
    )
    story: list[object] = [
        _p(doc.shop_name, h1),
        _p(f"Orders due and late - {doc.day.strftime('%d-%m-%Y')}", _style("s", 11, center=True)),
        Spacer(1, 4 * mm),
    ]
    for heading, rows, late in (
        (f"Late ({len(doc.late)})", doc.late, True),
        (f"Due today and tomorrow ({len(doc.due)})", doc.due, False),
        (f"Ready, not collected ({len(doc.ready_waiting)})", doc.ready_waiting, False),
    ):
        story.append(_p(heading, h2))
        story.append(_table(rows, late=late) if rows else _p("None.", body))
        story.append(Spacer(1, 5 * mm))
    _doc(buf, f"Orders {doc.day.isoformat()}").build(story)
    return buf.getvalue()

"""Barbell tags: an editable layout rendered as TSPL, ZPL, an A4 label-sheet PDF and a PNG preview."""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from PIL import Image, ImageDraw
from PySide6.QtCore import QT_TRANSLATE_NOOP
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.weight import grams_text
from jewelpos.printing import code128, raster, tag_fit
from jewelpos.printing.documents import TagData
from jewelpos.printing.fonts import needs_raster
from jewelpos.printing.labels import PrintLabels
from jewelpos.printing.pdftext import SANS, SANS_BOLD, markup, register_fonts
from jewelpos.printing.tag_fit import Box, Fitted, field_box, fit_text

FIELD_NAMES = (
    "tag_code",
    "design_no",
    "category",
    "metal",
    "purity",
    "gross",
    "stone",
    "net",
    "huid",
    "cost_code",
    "shop",
)
MM_PER_INCH = 25.4
PT_PER_INCH = 72.0


@dataclass(frozen=True, slots=True)
class TagField:
    """One text on the tag: ``name`` from FIELD_NAMES, top-left at (x_mm, y_mm), ``label`` before it."""

    name: str
    x_mm: float
    y_mm: float
    font_pt: float = 5.5
    label: str = ""
    bold: bool = False


@dataclass(frozen=True, slots=True)
class TagBarcode:
    """The Code 128 of the tag code; the module shrinks (whole dots, never under 0.25 mm) to fit
    ``max_width_mm`` and its flag (see tag_fit.plan_barcode)."""

    x_mm: float
    y_mm: float
    height_mm: float = 5.6
    module_mm: float = 0.25
    max_width_mm: float = 34.5


DEFAULT_FIELDS = (
    TagField("tag_code", 1.0, 6.9, 6.5, bold=True),
    TagField("shop", 18.5, 7.2, 5.0),
    TagField("purity", 59.5, 0.6, 7.0, bold=True),
    TagField("design_no", 71.5, 0.9, 5.5),
    TagField("gross", 59.5, 3.7, 5.5, label="G "),
    TagField("stone", 59.5, 6.0, 5.5, label="L "),
    TagField("net", 59.5, 8.3, 5.5, label="N ", bold=True),
    TagField("huid", 71.5, 3.7, 5.5),
    TagField("category", 71.5, 6.0, 5.0),
    TagField("cost_code", 71.5, 8.3, 5.5),
)


@dataclass(frozen=True, slots=True)
class TagLayout:
    """A label: size and gap in mm, printer dpi (203 or 300), fields and barcode.

    The default is a 95 x 12 mm barbell (dumbbell) tag: two printable flags (0-36.5 mm and
    58.5-95 mm) joined by a tail that loops round the piece; barcode and code on one flag,
    purity and weights on the other. A flag of 36.5 mm holds the longest code a counter numbers
    (5-character prefix + 6 digits: 134 modules of 0.25 mm, 1 mm quiet zones).
    """

    name: str = "Barbell 95 x 12 mm"
    width_mm: float = 95.0
    height_mm: float = 12.0
    gap_mm: float = 3.0
    dpi: int = 203
    fields: tuple[TagField, ...] = DEFAULT_FIELDS
    barcode: TagBarcode | None = TagBarcode(1.0, 0.7)
    flags: tuple[tuple[float, float], ...] = ((0.0, 36.5), (58.5, 95.0))

    def __post_init__(self) -> None:
        if self.dpi not in (203, 300):
            raise ValidationError("dpi", "must be 203 or 300")
        if self.width_mm <= 0 or self.height_mm <= 0 or self.gap_mm < 0:
            raise ValidationError("size", "label width and height must be positive")
        for f in self.fields:
            if f.name not in FIELD_NAMES:
                raise ValidationError("fields", f"unknown field {f.name!r}")

    def dots(self, length_mm: float) -> int:
        """Millimetres to printer dots at this layout's dpi."""
        return round(length_mm * self.dpi / MM_PER_INCH)

    def font_dots(self, font_pt: float) -> int:
        """Character height in dots for a size in points."""
        return max(8, round(font_pt * self.dpi / PT_PER_INCH))

    def module_dots(self, code: str) -> int:
        """Module width in whole dots for this code (never under 0.25 mm; see tag_fit)."""
        return tag_fit.plan_barcode(self, code).module

    def with_dpi(self, dpi: int) -> TagLayout:
        """The same layout for a printer of another resolution."""
        return replace(self, dpi=dpi)


SHORT_LABELS = {
    "G": QT_TRANSLATE_NOOP("Printing", "G"),
    "L": QT_TRANSLATE_NOOP("Printing", "L"),
    "N": QT_TRANSLATE_NOOP("Printing", "N"),
}
"""The default one-letter labels (gross, less stones, net weight) a tag prints in the shop's
print language; a label the shop typed itself prints as typed."""


def in_print_language(layout: TagLayout, labels: PrintLabels) -> TagLayout:
    """The layout with its default short labels in the print language ("both" keeps English:
    a 12 mm tag has no room for two words)."""
    if labels.language != "hi":
        return layout
    fields = []
    for f in layout.fields:
        key = f.label.strip()
        if key in SHORT_LABELS:
            word = labels.translate("Printing", str(SHORT_LABELS[key]))
            f = replace(f, label=f.label.replace(key, word, 1))
        fields.append(f)
    return replace(layout, fields=tuple(fields))


def field_value(tag: TagData, name: str) -> str:
    """The text a field prints for a tag (empty when the tag has nothing for it)."""
    values = {
        "tag_code": tag.tag_code,
        "design_no": tag.design_no,
        "category": tag.category,
        "metal": tag.metal,
        "purity": tag.purity_label,
        "gross": grams_text(tag.gross_mg),
        "stone": grams_text(tag.stone_mg),
        "net": grams_text(tag.net_mg),
        "huid": " ".join(tag.huids),
        "cost_code": tag.cost_code,
        "shop": tag.shop_short_name,
    }
    return values[name]


def field_texts(tag: TagData, layout: TagLayout) -> list[tuple[TagField, str]]:
    """Each layout field with its printed text (label + value); fields without a value skipped."""
    out = []
    for f in layout.fields:
        value = field_value(tag, f.name)
        if value:
            out.append((f, f.label + value))
    return out


def _check_code(tag: TagData) -> None:
    if not tag.tag_code or needs_raster(tag.tag_code):
        raise ValidationError("tag_code", "must be printable ASCII for a Code 128 barcode")


def _devanagari(text: str) -> bool:
    return any(0x0900 <= ord(c) <= 0x097F for c in text)


def dots_box(layout: TagLayout, box: Box, dpi: int | None = None) -> tuple[int, int, int, int]:
    """A box in mm as (x, y, width, height) in dots, the width and height rounded down."""
    d = (dpi or layout.dpi) / MM_PER_INCH
    x, y = round(box.x0 * d), round(box.y0 * d)
    return x, y, math.floor(box.x1 * d + 1e-6) - x, math.floor(box.y1 * d + 1e-6) - y


# ---------------------------------------------------------------- text as bitmaps


def _bitmap_metrics(text: str, size_px: int, *, bold: bool) -> tuple[int, int]:
    if _devanagari(text):
        return raster.line_metrics(size_px, bold=bold)
    ascent, descent = raster.font("latin", size_px, bold=bold).getmetrics()
    return ascent, descent


def bitmap_width(text: str, size_px: int, *, bold: bool) -> int:
    """Width a text bitmap takes on the printer: whole bytes of 8 dots."""
    return math.ceil((raster.text_width(text, size_px, bold=bold) + 1) / 8) * 8


def _bitmap(text: str, size_px: int, *, bold: bool) -> Image.Image:
    """A text run the printer's own fonts cannot print (or fit), as a 1-bit image."""
    ascent, descent = _bitmap_metrics(text, size_px, bold=bold)
    img = Image.new("L", (bitmap_width(text, size_px, bold=bold), ascent + descent), raster.WHITE)
    raster.draw_text(ImageDraw.Draw(img), 0, ascent, text, size_px, bold=bold)
    return raster.to_one_bit(img)


def fit_bitmap(text: str, f: TagField, layout: TagLayout, dpi: int | None = None) -> Fitted:
    """The text fitted into the field's box as bitmap lines (size in pixels at ``dpi``)."""
    dpi = dpi or layout.dpi
    _x, _y, width, height = dots_box(layout, field_box(layout, f), dpi)
    start = max(8, round(f.font_pt * dpi / PT_PER_INCH))
    floor = max(8, round(tag_fit.FLOOR_PT * dpi / PT_PER_INCH))
    return fit_text(
        text,
        width=width,
        height=height,
        size=start,
        floor=min(start, floor),
        step=1,
        measure=lambda t, px: bitmap_width(t, int(px), bold=f.bold),
        line_height=lambda px: sum(_bitmap_metrics(text, int(px), bold=f.bold)),
    )


def _bitmap_lines(text: str, f: TagField, layout: TagLayout) -> list[tuple[int, Image.Image]]:
    """(top in dots, image) for each line of the fitted text."""
    fitted = fit_bitmap(text, f, layout)
    size = int(fitted.size)
    step = sum(_bitmap_metrics(text, size, bold=f.bold))
    top = layout.dots(f.y_mm)
    return [
        (top + i * step, _bitmap(line, size, bold=f.bold)) for i, line in enumerate(fitted.lines)
    ]


# ---------------------------------------------------------------- TSPL (TSC and compatibles)

# Built-in monospaced bitmap fonts: cell (width, height) in dots; 300 dpi printers have larger cells.
TSPL_FONTS = {
    203: {"1": (8, 12), "2": (12, 20), "3": (16, 24), "4": (24, 32), "5": (32, 48)},
    300: {"1": (12, 20), "2": (16, 28), "3": (24, 32), "4": (32, 48), "5": (48, 64)},
}
_TSPL_FONTS = TSPL_FONTS


def tspl_font(layout: TagLayout, font_pt: float) -> tuple[str, int]:
    """The built-in font and multiplier whose height is nearest to the wanted size."""
    target = layout.font_dots(font_pt)
    best = ("1", 1)
    best_err = math.inf
    for name, (_w, h) in _TSPL_FONTS[layout.dpi].items():
        for mul in (1, 2, 3):
            err = abs(h * mul - target) + (mul - 1) * 0.5
            if err < best_err:
                best, best_err = (name, mul), err
    return best


def tspl_text_box(
    layout: TagLayout, font: str, mul: int, text: str, *, bold: bool
) -> tuple[int, int]:
    """(width, height) in dots of a TEXT in a built-in font (bold overstrikes one dot right)."""
    w, h = _TSPL_FONTS[layout.dpi][font]
    return len(text) * w * mul + (1 if bold else 0), h * mul


def _tspl_fitting_font(layout: TagLayout, f: TagField, text: str) -> tuple[str, int] | None:
    """The built-in font nearest the wanted size that fits the field's box, if any."""
    if needs_raster(text):
        return None
    target = layout.font_dots(f.font_pt)
    _x, _y, width, height = dots_box(layout, field_box(layout, f))
    best: tuple[str, int] | None = None
    best_err = math.inf
    for name in _TSPL_FONTS[layout.dpi]:
        for mul in (1, 2, 3):
            w, h = tspl_text_box(layout, name, mul, text, bold=f.bold)
            if w > width or h > height:
                continue
            err = abs(h - target) + (mul - 1) * 0.5
            if err < best_err:
                best, best_err = (name, mul), err
    return best


def _tspl_quote(text: str) -> str:
    return text.replace('"', '\\["]')


def _packed_rows(img: Image.Image, *, one_is_black: bool) -> tuple[int, bytes]:
    """Rows of 1-bit pixels, 8 to a byte, MSB first; returns (bytes per row, data)."""
    data = img.convert("1").tobytes()  # PIL: 1 = white
    if one_is_black:
        data = bytes(b ^ 0xFF for b in data)
    return (img.width + 7) // 8, data


def render_tspl(tags: Iterable[TagData], layout: TagLayout, *, copies: int = 1) -> bytes:
    """TSPL for TSC-style printers: one CLS ... PRINT block per tag.

    Texts print in a built-in font when one fits the field's box, else as BITMAPs fitted to it;
    the barcode is "128M" (our own subsets) so its width is the one planned.
    """
    out = io.BytesIO()

    def line(text: str) -> None:
        out.write(text.encode("ascii") + b"\r\n")

    line(f"SIZE {layout.width_mm:g} mm,{layout.height_mm:g} mm")
    line(f"GAP {layout.gap_mm:g} mm,0 mm")
    line("DIRECTION 1,0")
    line("REFERENCE 0,0")
    line("SET TEAR ON")
    for tag in tags:
        _check_code(tag)
        plan = tag_fit.plan_barcode(layout, tag.tag_code) if layout.barcode else None
        line("CLS")
        for f, text in field_texts(tag, layout):
            x, y = layout.dots(f.x_mm), layout.dots(f.y_mm)
            font = _tspl_fitting_font(layout, f, text)
            if font is None:
                for top, img in _bitmap_lines(text, f, layout):
                    width_bytes, data = _packed_rows(img, one_is_black=False)  # TSPL: 0 prints
                    out.write(f"BITMAP {x},{top},{width_bytes},{img.height},0,".encode("ascii"))
                    out.write(data + b"\r\n")
                continue
            font_name, mul = font
            line(f'TEXT {x},{y},"{font_name}",0,{mul},{mul},"{_tspl_quote(text)}"')
            if f.bold:  # built-in fonts have no bold: overstrike one dot to the right
                line(f'TEXT {x + 1},{y},"{font_name}",0,{mul},{mul},"{_tspl_quote(text)}"')
        if plan is not None:
            line(
                f'BARCODE {plan.x},{plan.y},"128M",{plan.height},0,0,{plan.module},{plan.module},'
                f'"{code128.tspl_data(tag.tag_code)}"'
            )
        line(f"PRINT 1,{copies}")
    return out.getvalue()


# ---------------------------------------------------------------- ZPL (Zebra and compatibles)

ZPL_MIN_FONT_DOTS = 10


def _zpl_field(text: str) -> str:
    """^FH escaping: '_' introduces hex, so ^, ~ and _ itself are written as _XX."""
    return "".join(f"_{ord(ch):02X}" if ch in "^~_" else ch for ch in text)


def zpl_font_width(height: int, *, bold: bool) -> int:
    """The ^A0 character width we ask for a height (every character is taken as this wide)."""
    return round(height * 0.85)


def _zpl_fitting_height(layout: TagLayout, f: TagField, text: str) -> int | None:
    """The largest ^A0 height (the wanted one, or up to 15 % less) whose text fits the field's
    box, every character taken as wide as the ^A width asked (ZPL's definition of w); None when
    none fits, so the text goes as a bitmap fitted to the box instead of tiny font-0 text."""
    if needs_raster(text):
        return None
    _x, _y, width, height = dots_box(layout, field_box(layout, f))
    wanted = layout.font_dots(f.font_pt)
    for h in range(wanted, max(ZPL_MIN_FONT_DOTS, round(wanted * 0.85)) - 1, -1):
        if h <= height and len(text) * zpl_font_width(h, bold=f.bold) <= width:
            return h
    return None


def render_zpl(tags: Iterable[TagData], layout: TagLayout, *, copies: int = 1) -> bytes:
    """ZPL II: one ^XA ... ^XZ format per tag, scalable font 0, ^BC Code 128 with our subsets.

    A text that does not fit its box in font 0 (or is not ASCII) is a ^GFA bitmap fitted to it.
    """
    parts: list[str] = []
    for tag in tags:
        _check_code(tag)
        plan = tag_fit.plan_barcode(layout, tag.tag_code) if layout.barcode else None
        parts += [
            "^XA",
            "^CI28",
            f"^PW{layout.dots(layout.width_mm)}",
            f"^LL{layout.dots(layout.height_mm)}",
            "^LH0,0",
        ]
        for f, text in field_texts(tag, layout):
            x, y = layout.dots(f.x_mm), layout.dots(f.y_mm)
            h = _zpl_fitting_height(layout, f, text)
            if h is None:
                for top, img in _bitmap_lines(text, f, layout):
                    width_bytes, data = _packed_rows(img, one_is_black=True)
                    parts.append(
                        f"^FO{x},{top}^GFA,{len(data)},{len(data)},{width_bytes},"
                        f"{data.hex().upper()}^FS"
                    )
                continue
            w = zpl_font_width(h, bold=f.bold)
            parts.append(f"^FO{x},{y}^A0N,{h},{w}^FH^FD{_zpl_field(text)}^FS")
        if plan is not None:
            parts.append(
                f"^FO{plan.x},{plan.y}^BY{plan.module},2,{plan.height}"
                f"^BCN,{plan.height},N,N,N,N^FH^FD{_zpl_field(code128.zpl_data(tag.tag_code))}^FS"
            )
        parts += [f"^PQ{copies}", "^XZ"]
    return ("\n".join(parts) + "\n").encode("utf-8")


# ---------------------------------------------------------------- A4 label sheets (PDF)


@dataclass(frozen=True, slots=True)
class LabelSheet:
    """A grid of labels on a page; all lengths in mm from the page's top-left corner."""

    page_width_mm: float
    page_height_mm: float
    margin_left_mm: float
    margin_top_mm: float
    columns: int
    rows: int
    column_gap_mm: float
    row_gap_mm: float

    @property
    def per_page(self) -> int:
        """Labels on one page."""
        return self.columns * self.rows

    @classmethod
    def for_layout(
        cls,
        layout: TagLayout,
        *,
        page_width_mm: float = 210.0,
        page_height_mm: float = 297.0,
        min_margin_mm: float = 7.0,
        gap_mm: float = 2.0,
    ) -> LabelSheet:
        """As many labels as fit within the margins, the grid centred on the page (A4 default)."""

        def fit(page: float, size: float) -> int:
            return int((page - 2 * min_margin_mm + gap_mm) // (size + gap_mm))

        columns = fit(page_width_mm, layout.width_mm)
        rows = fit(page_height_mm, layout.height_mm)
        if columns < 1 or rows < 1:
            raise ValidationError("layout", "the label is larger than the page")
        used_w = columns * layout.width_mm + (columns - 1) * gap_mm
        used_h = rows * layout.height_mm + (rows - 1) * gap_mm
        return cls(
            page_width_mm=page_width_mm,
            page_height_mm=page_height_mm,
            margin_left_mm=(page_width_mm - used_w) / 2,
            margin_top_mm=(page_height_mm - used_h) / 2,
            columns=columns,
            rows=rows,
            column_gap_mm=gap_mm,
            row_gap_mm=gap_mm,
        )

    def origin_mm(self, index: int, layout: TagLayout) -> tuple[float, float]:
        """Top-left corner of label ``index`` (0-based, row by row) on its page."""
        slot = index % self.per_page
        row, col = divmod(slot, self.columns)
        return (
            self.margin_left_mm + col * (layout.width_mm + self.column_gap_mm),
            self.margin_top_mm + row * (layout.height_mm + self.row_gap_mm),
        )


def _pdf_font(bold: bool) -> str:
    return SANS_BOLD if bold else SANS


def pdf_text_width(text: str, font_pt: float, *, bold: bool) -> float:
    """Width in points as drawn in the PDF (Devanagari measured shaped, with Pillow and raqm)."""
    if _devanagari(text):
        return raster.text_width(text, 200, bold=bold) * font_pt / 200
    return float(pdfmetrics.stringWidth(text, _pdf_font(bold), font_pt))


def pdf_line_height(font_pt: float, *, bold: bool) -> float:
    """Ascent + descent of the PDF font at a size, in points."""
    font = _pdf_font(bold)
    return float(pdfmetrics.getAscent(font, font_pt) - pdfmetrics.getDescent(font, font_pt))


def fit_pdf(text: str, f: TagField, layout: TagLayout) -> Fitted:
    """The field's text fitted into its box for the PDF (size in points)."""
    box = field_box(layout, f)
    return fit_text(
        text,
        width=box.width * PT_PER_INCH / MM_PER_INCH,
        height=box.height * PT_PER_INCH / MM_PER_INCH,
        size=f.font_pt,
        floor=min(f.font_pt, tag_fit.FLOOR_PT),
        step=0.25,
        measure=lambda t, pt: pdf_text_width(t, pt, bold=f.bold),
        line_height=lambda pt: pdf_line_height(pt, bold=f.bold),
    )


def _pdf_line(canvas: Canvas, x: float, top: float, text: str, font_pt: float, bold: bool) -> None:
    """Draw one line whose top is at ``top`` (points, PDF coordinates)."""
    font_name = _pdf_font(bold)
    ascent = pdfmetrics.getAscent(font_name, font_pt)
    if _devanagari(text):
        style = ParagraphStyle(
            "tag", fontName=font_name, fontSize=font_pt, leading=font_pt, shaping=1
        )
        para = Paragraph(markup(text, bold=bold), style)
        para.wrap(200 * mm, 20 * mm)
        # a one-line Paragraph puts its baseline fontSize below its top; ours is ascent below
        para.drawOn(canvas, x, top - ascent - (para.height - font_pt))
        return
    canvas.setFont(font_name, font_pt)
    canvas.drawString(x, top - ascent, text)


OUTLINE_TICK_MM = 1.2
"""Flags are outlined by their top and bottom edges and short corner ticks: a full frame beside
the bars would be read by scanners as a bar and spoil the quiet zone."""


def _outline_segments(layout: TagLayout) -> tuple[tuple[float, float], ...]:
    return ((0.0, 0.0), (layout.height_mm, layout.height_mm))


def _draw_barcode(canvas: Canvas, code: str, layout: TagLayout, left: float, top: float) -> None:
    """The bars the label printer would print, each module exactly its dots wide."""
    plan = tag_fit.plan_barcode(layout, code)
    dot = PT_PER_INCH / layout.dpi
    bottom = top - (plan.y + plan.height) * dot
    x = left + plan.x * dot
    run = 0
    pattern = code128.modules(code) + "0"
    for i, bit in enumerate(pattern):
        if bit == "1":
            run += 1
            continue
        if run:
            start = i - run
            canvas.rect(
                x + start * plan.module * dot, bottom, run * plan.module * dot,
                plan.height * dot, stroke=0, fill=1,
            )  # fmt: skip
            run = 0


def _draw_tag(
    canvas: Canvas, tag: TagData, layout: TagLayout, left: float, top: float, *, outline: bool
) -> None:
    """``left``/``top`` in points (PDF coordinates: y grows upwards)."""
    if outline:
        canvas.setStrokeGray(0.75)
        canvas.setLineWidth(0.3)
        bottom = top - layout.height_mm * mm
        for x0, x1 in layout.flags:
            for y0, y1 in _outline_segments(layout):
                canvas.line(left + x0 * mm, top - y0 * mm, left + x1 * mm, top - y1 * mm)
            for x in (x0, x1):
                canvas.line(left + x * mm, top, left + x * mm, top - OUTLINE_TICK_MM * mm)
                canvas.line(left + x * mm, bottom, left + x * mm, bottom + OUTLINE_TICK_MM * mm)
    canvas.setFillGray(0)
    for f, text in field_texts(tag, layout):
        fitted = fit_pdf(text, f, layout)
        step = pdf_line_height(fitted.size, bold=f.bold)
        for i, part in enumerate(fitted.lines):
            _pdf_line(
                canvas, left + f.x_mm * mm, top - f.y_mm * mm - i * step, part, fitted.size, f.bold
            )
    if layout.barcode is not None:
        _draw_barcode(canvas, tag.tag_code, layout, left, top)


def render_label_sheet_pdf(
    tags: Sequence[TagData],
    layout: TagLayout,
    sheet: LabelSheet | None = None,
    *,
    outline: bool = True,
) -> bytes:
    """A PDF of label sheets at actual size (print at 100 %, no 'fit to page')."""
    register_fonts()
    sheet = sheet or LabelSheet.for_layout(layout)
    buf = io.BytesIO()
    page = (sheet.page_width_mm * mm, sheet.page_height_mm * mm)
    canvas = Canvas(buf, pagesize=page, pageCompression=1)
    canvas.setTitle("JewelPOS tags")
    canvas.setCreator("JewelPOS")
    for index, tag in enumerate(tags):
        _check_code(tag)
        if index and index % sheet.per_page == 0:
            canvas.showPage()
        x_mm, y_mm = sheet.origin_mm(index, layout)
        _draw_tag(canvas, tag, layout, x_mm * mm, page[1] - y_mm * mm, outline=outline)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


# ---------------------------------------------------------------- PNG preview


def render_tag_preview(tag: TagData, layout: TagLayout, dpi: int | None = None) -> Image.Image:
    """The tag as the label printer would print it, flags outlined, as a Pillow image."""
    dpi = dpi or layout.dpi

    def px(length_mm: float) -> int:
        return round(length_mm * dpi / MM_PER_INCH)

    img = Image.new("L", (px(layout.width_mm) + 1, px(layout.height_mm) + 1), raster.WHITE)
    draw = ImageDraw.Draw(img)
    bottom, tick = px(layout.height_mm), px(OUTLINE_TICK_MM)
    for x0, x1 in layout.flags:
        draw.line((px(x0), 0, px(x1), 0), fill=170)
        draw.line((px(x0), bottom, px(x1), bottom), fill=170)
        for x in (px(x0), px(x1)):
            draw.line((x, 0, x, tick), fill=170)
            draw.line((x, bottom - tick, x, bottom), fill=170)
    for f, text in field_texts(tag, layout):
        fitted = fit_bitmap(text, f, layout, dpi)
        size = int(fitted.size)
        ascent, descent = _bitmap_metrics(text, size, bold=f.bold)
        for i, part in enumerate(fitted.lines):
            top = px(f.y_mm) + i * (ascent + descent)
            raster.draw_text(draw, px(f.x_mm), top + ascent, part, size, bold=f.bold)
    if layout.barcode is not None:
        plan = tag_fit.plan_barcode(layout, tag.tag_code)
        scale = dpi / layout.dpi
        module_px = max(1, round(plan.module * scale))
        pattern = code128.modules(tag.tag_code)
        bars = Image.new("L", (len(pattern) * module_px, round(plan.height * scale)), raster.WHITE)
        bar_draw = ImageDraw.Draw(bars)
        for i, bit in enumerate(pattern):
            if bit == "1":
                bar_draw.rectangle(
                    (i * module_px, 0, (i + 1) * module_px - 1, bars.height - 1), fill=raster.BLACK
                )
        img.paste(bars, (round(plan.x * scale), round(plan.y * scale)))
    return img


def render_tag_preview_png(tag: TagData, layout: TagLayout, dpi: int | None = None) -> bytes:
    """PNG bytes of :func:`render_tag_preview` for the layout editor's live preview."""
    buf = io.BytesIO()
    render_tag_preview(tag, layout, dpi).save(buf, format="PNG", dpi=(dpi or layout.dpi,) * 2)
    return buf.getvalue()

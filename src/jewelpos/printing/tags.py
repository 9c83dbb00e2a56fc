"""Barbell tags: an editable layout rendered as TSPL, ZPL, an A4 label-sheet PDF and a PNG preview."""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from PIL import Image, ImageDraw
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from jewelpos.domain.errors import ValidationError
from jewelpos.printing import raster
from jewelpos.printing.documents import TagData
from jewelpos.printing.fonts import needs_raster
from jewelpos.printing.pdftext import SANS, SANS_BOLD, markup, register_fonts

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
    """The Code 128 of the tag code; the module shrinks (whole dots) to fit ``max_width_mm``."""

    x_mm: float
    y_mm: float
    height_mm: float = 5.5
    module_mm: float = 0.25
    max_width_mm: float = 28.0


DEFAULT_FIELDS = (
    TagField("tag_code", 1.5, 7.3, 6.5, bold=True),
    TagField("shop", 17.5, 7.7, 5.0),
    TagField("purity", 66.0, 0.6, 7.0, bold=True),
    TagField("design_no", 81.0, 0.9, 5.5),
    TagField("gross", 66.0, 3.7, 5.5, label="G "),
    TagField("stone", 66.0, 6.0, 5.5, label="L "),
    TagField("net", 66.0, 8.3, 5.5, label="N ", bold=True),
    TagField("huid", 81.0, 3.7, 5.5),
    TagField("category", 81.0, 6.0, 5.0),
    TagField("cost_code", 81.0, 8.3, 5.5),
)


@dataclass(frozen=True, slots=True)
class TagLayout:
    """A label: size and gap in mm, printer dpi (203 or 300), fields and barcode.

    The default is a 95 x 12 mm barbell (dumbbell) tag: two printable flags (0-30 mm and
    65-95 mm) joined by a tail that loops round the piece; barcode and code on one flag,
    purity and weights on the other.
    """

    name: str = "Barbell 95 x 12 mm"
    width_mm: float = 95.0
    height_mm: float = 12.0
    gap_mm: float = 3.0
    dpi: int = 203
    fields: tuple[TagField, ...] = DEFAULT_FIELDS
    barcode: TagBarcode | None = TagBarcode(1.5, 0.8)
    flags: tuple[tuple[float, float], ...] = ((0.0, 30.0), (65.0, 95.0))

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
        """Module width in whole dots: as asked, made narrower (min 1) if the code would not fit."""
        assert self.barcode is not None
        wanted = max(1, self.dots(self.barcode.module_mm))
        modules = len(raster.code128_modules(code))
        room = self.dots(self.barcode.max_width_mm)
        while wanted > 1 and wanted * modules > room:
            wanted -= 1
        return wanted

    def with_dpi(self, dpi: int) -> TagLayout:
        """The same layout for a printer of another resolution."""
        return replace(self, dpi=dpi)


def _grams(mg: int) -> str:
    return f"{mg // 1000}.{mg % 1000:03d}"


def field_value(tag: TagData, name: str) -> str:
    """The text a field prints for a tag (empty when the tag has nothing for it)."""
    values = {
        "tag_code": tag.tag_code,
        "design_no": tag.design_no,
        "category": tag.category,
        "metal": tag.metal,
        "purity": tag.purity_label,
        "gross": _grams(tag.gross_mg),
        "stone": _grams(tag.stone_mg),
        "net": _grams(tag.net_mg),
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


# ---------------------------------------------------------------- TSPL (TSC and compatibles)

# Built-in bitmap fonts: (width, height) in dots; 300 dpi printers have larger cells.
_TSPL_FONTS = {
    203: {"1": (8, 12), "2": (12, 20), "3": (16, 24), "4": (24, 32), "5": (32, 48)},
    300: {"1": (12, 20), "2": (16, 28), "3": (24, 32), "4": (32, 48), "5": (48, 64)},
}


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


def _tspl_quote(text: str) -> str:
    return text.replace('"', '\\["]')


def _bitmap(text: str, size_px: int, *, bold: bool) -> Image.Image:
    """A text run the printer's own fonts cannot print, as a 1-bit image."""
    width = raster.text_width(text, size_px, bold=bold) + 2
    return raster.to_one_bit(raster.text_line(text, width, size_px, bold=bold))


def _packed_rows(img: Image.Image, *, one_is_black: bool) -> tuple[int, bytes]:
    """Rows of 1-bit pixels, 8 to a byte, MSB first; returns (bytes per row, data)."""
    data = img.convert("1").tobytes()  # PIL: 1 = white
    if one_is_black:
        data = bytes(b ^ 0xFF for b in data)
    return (img.width + 7) // 8, data


def render_tspl(tags: Iterable[TagData], layout: TagLayout, *, copies: int = 1) -> bytes:
    """TSPL for TSC-style printers: one CLS ... PRINT block per tag."""
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
        line("CLS")
        for f, text in field_texts(tag, layout):
            x, y = layout.dots(f.x_mm), layout.dots(f.y_mm)
            if needs_raster(text):
                img = _bitmap(text, layout.font_dots(f.font_pt), bold=f.bold)
                width_bytes, data = _packed_rows(img, one_is_black=False)  # TSPL: 0 prints
                out.write(f"BITMAP {x},{y},{width_bytes},{img.height},0,".encode("ascii"))
                out.write(data + b"\r\n")
                continue
            font_name, mul = tspl_font(layout, f.font_pt)
            line(f'TEXT {x},{y},"{font_name}",0,{mul},{mul},"{_tspl_quote(text)}"')
            if f.bold:  # built-in fonts have no bold: overstrike one dot to the right
                line(f'TEXT {x + 1},{y},"{font_name}",0,{mul},{mul},"{_tspl_quote(text)}"')
        if layout.barcode is not None:
            b = layout.barcode
            module = layout.module_dots(tag.tag_code)
            line(
                f'BARCODE {layout.dots(b.x_mm)},{layout.dots(b.y_mm)},"128",'
                f'{layout.dots(b.height_mm)},0,0,{module},{module},"{_tspl_quote(tag.tag_code)}"'
            )
        line(f"PRINT 1,{copies}")
    return out.getvalue()


# ---------------------------------------------------------------- ZPL (Zebra and compatibles)


def _zpl_field(text: str) -> str:
    """^FH escaping: '_' introduces hex, so ^, ~ and _ itself are written as _XX."""
    return "".join(f"_{ord(ch):02X}" if ch in "^~_" else ch for ch in text)


def render_zpl(tags: Iterable[TagData], layout: TagLayout, *, copies: int = 1) -> bytes:
    """ZPL II: one ^XA ... ^XZ format per tag, scalable font 0, ^BC Code 128."""
    parts: list[str] = []
    for tag in tags:
        _check_code(tag)
        parts += [
            "^XA",
            "^CI28",
            f"^PW{layout.dots(layout.width_mm)}",
            f"^LL{layout.dots(layout.height_mm)}",
            "^LH0,0",
        ]
        for f, text in field_texts(tag, layout):
            x, y = layout.dots(f.x_mm), layout.dots(f.y_mm)
            h = layout.font_dots(f.font_pt)
            if needs_raster(text):
                img = _bitmap(text, h, bold=f.bold)
                width_bytes, data = _packed_rows(img, one_is_black=True)
                parts.append(
                    f"^FO{x},{y}^GFA,{len(data)},{len(data)},{width_bytes},{data.hex().upper()}^FS"
                )
                continue
            w = round(h * (1.0 if f.bold else 0.85))
            parts.append(f"^FO{x},{y}^A0N,{h},{w}^FH^FD{_zpl_field(text)}^FS")
        if layout.barcode is not None:
            b = layout.barcode
            module = layout.module_dots(tag.tag_code)
            height = layout.dots(b.height_mm)
            parts.append(
                f"^FO{layout.dots(b.x_mm)},{layout.dots(b.y_mm)}^BY{module},2,{height}"
                f"^BCN,{height},N,N,N,A^FH^FD{_zpl_field(tag.tag_code)}^FS"
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


def _pdf_text(canvas: Canvas, x: float, top: float, text: str, font_pt: float, bold: bool) -> None:
    """Draw text whose top is at ``top`` (points, PDF coordinates)."""
    if needs_raster(text) and any(0x0900 <= ord(c) <= 0x097F for c in text):
        style = ParagraphStyle(
            "tag",
            fontName=SANS_BOLD if bold else SANS,
            fontSize=font_pt,
            leading=font_pt * 1.2,
            shaping=1,
        )
        para = Paragraph(markup(text, bold=bold), style)
        _w, h = para.wrap(200 * mm, 20 * mm)
        para.drawOn(canvas, x, top - h)
        return
    font_name = SANS_BOLD if bold else SANS
    ascent = pdfmetrics.getAscent(font_name, font_pt)
    canvas.setFont(font_name, font_pt)
    canvas.drawString(x, top - ascent, text)


def _draw_tag(
    canvas: Canvas, tag: TagData, layout: TagLayout, left: float, top: float, *, outline: bool
) -> None:
    """``left``/``top`` in points (PDF coordinates: y grows upwards)."""
    if outline:
        canvas.setStrokeGray(0.75)
        canvas.setLineWidth(0.3)
        for x0, x1 in layout.flags:
            canvas.rect(
                left + x0 * mm, top - layout.height_mm * mm, (x1 - x0) * mm, layout.height_mm * mm
            )
    canvas.setFillGray(0)
    for f, text in field_texts(tag, layout):
        _pdf_text(canvas, left + f.x_mm * mm, top - f.y_mm * mm, text, f.font_pt, f.bold)
    if layout.barcode is not None:
        b = layout.barcode
        # the same physical module as the label printer would use
        module_mm = layout.module_dots(tag.tag_code) * MM_PER_INCH / layout.dpi
        bc = Code128(
            tag.tag_code,
            barWidth=module_mm * mm,
            barHeight=b.height_mm * mm,
            humanReadable=0,
            quiet=0,
        )
        bc.drawOn(canvas, left + b.x_mm * mm, top - (b.y_mm + b.height_mm) * mm)


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
    for x0, x1 in layout.flags:
        draw.rectangle((px(x0), 0, px(x1), px(layout.height_mm)), outline=170)
    for f, text in field_texts(tag, layout):
        size = max(8, round(f.font_pt * dpi / PT_PER_INCH))
        ascent, _descent = raster.font("latin", size, bold=f.bold).getmetrics()
        raster.draw_text(draw, px(f.x_mm), px(f.y_mm) + ascent, text, size, bold=f.bold)
    if layout.barcode is not None:
        b = layout.barcode
        module_mm = layout.module_dots(tag.tag_code) * MM_PER_INCH / layout.dpi
        module_px = max(1, round(module_mm * dpi / MM_PER_INCH))
        bars = raster.code128_image(
            tag.tag_code, module_px=module_px, height_px=px(b.height_mm), quiet_modules=0
        )
        img.paste(bars, (px(b.x_mm), px(b.y_mm)))
    return img


def render_tag_preview_png(tag: TagData, layout: TagLayout, dpi: int | None = None) -> bytes:
    """PNG bytes of :func:`render_tag_preview` for the layout editor's live preview."""
    buf = io.BytesIO()
    render_tag_preview(tag, layout, dpi).save(buf, format="PNG", dpi=(dpi or layout.dpi,) * 2)
    return buf.getvalue()

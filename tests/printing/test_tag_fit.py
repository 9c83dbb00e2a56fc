"""Tags with the longest values: every field inside its flag in TSPL, ZPL and the PDF sheet, bars
of at least 0.25 mm, and every barcode of a full sheet read back by zbar at 203, 300 and 600 dpi.

Boxes of printer commands are worked out here from the printers' documented metrics, not from
the renderer: TSPL's built-in fonts are fixed cells (font 1 is 8 x 12 dots at 203 dpi, ...),
a BITMAP is its bytes x 8 by its rows, a ZPL ^A0 character is at most its width parameter wide,
a ^GFA is its bytes per row x 8 by total / bytes per row, and a Code 128 symbol is 11 modules per
character (start, data, subset switches, check) plus 13 for the stop.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pyzbar.pyzbar import ZBarSymbol
from pyzbar.pyzbar import decode as zbar_decode

from jewelpos.domain.errors import ValidationError
from jewelpos.printing.documents import TagData
from jewelpos.printing.tag_fit import TagDoesNotFit, field_box
from jewelpos.printing.tags import (
    LabelSheet,
    TagLayout,
    field_texts,
    render_label_sheet_pdf,
    render_tspl,
    render_zpl,
)

# TSPL manual, built-in fonts: cell width x height in dots
TSPL_CELLS = {
    203: {"1": (8, 12), "2": (12, 20), "3": (16, 24), "4": (24, 32), "5": (32, 48)},
    300: {"1": (12, 20), "2": (16, 28), "3": (24, 32), "4": (32, 48), "5": (48, 64)},
}
LONG_SHOP = "Sunita Sharma Jewellers & Sons"
HINDI_SHOP = "सुनीता शर्मा ज्वैलर्स"


def longest_tags(count: int) -> list[TagData]:
    """Tags with the widest values a shop has: 11-character codes (5-character prefix), two or
    three HUIDs, long design numbers and categories, 3-digit grams, long or Hindi shop names."""
    out = []
    for i in range(count):
        out.append(
            TagData(
                tag_code=f"BR12C{i:06d}" if i % 2 else f"ABCDE{999999 - i:06d}",
                design_no=f"NKL-ANTIQUE-2024-{i:05d}",
                category="मंगलसूत्र लंबा हार" if i % 5 == 1 else "Mangalsutra Long Chain",
                metal="gold",
                purity_label="22K916" if i % 3 else "18K750",
                gross_mg=123_456 + i,
                stone_mg=12_345,
                net_mg=111_111 + i,
                huids=("AB12CD", "EF34GH", "JK56LM") if i % 4 == 3 else ("AB12CD", "EF34GH"),
                cost_code="EPKATXYZQ",
                shop_short_name=HINDI_SHOP if i % 7 == 2 else LONG_SHOP,
            )
        )
    return out


Rect = tuple[int, int, int, int]  # x0, y0, x1, y1 in dots


def _code128_modules_from_symbols(symbols: int) -> int:
    return 11 * (symbols + 1) + 13  # data symbols incl. start and switches, + check, + stop


def _tspl_symbols(data: str) -> int:
    """Symbols of TSPL "128M" data: !nnn is one, a digit pair in subset C one, else one a char."""
    count, i, in_c = 0, 0, False
    while i < len(data):
        if data[i] == "!":
            code = int(data[i + 1 : i + 4])
            in_c = code in (99, 105) or (in_c and code not in (100, 104))
            i += 4
        elif in_c:
            i += 2
        else:
            i += 4 if data.startswith('\\["]', i) else 1
        count += 1
    return count


def _zpl_symbols(data: str) -> int:
    """Symbols of ZPL ^BC mode-N data: >: >; >5 >6 and >0 are one each, digit pairs in C one."""
    count, i, in_c = 0, 0, False
    while i < len(data):
        if data[i] == ">":
            code = data[i + 1]
            if code in ";5":
                in_c = True
            elif code in ":6":
                in_c = False
            i += 2
        else:
            i += 2 if in_c else 1
        count += 1
    return count


def tspl_boxes(data: bytes, dpi: int) -> list[tuple[str, Rect, int]]:
    """(kind, box, module) of every TEXT, BITMAP and BARCODE of a one-tag TSPL job."""
    out: list[tuple[str, Rect, int]] = []
    i = 0
    while i < len(data):
        end = data.index(b"\r\n", i)
        if data.startswith(b"BITMAP ", i):
            x, y, wb, h, _mode = (int(v) for v in data[i + 7 :].split(b",", 5)[:5])
            header = b"BITMAP " + b",".join(str(v).encode() for v in (x, y, wb, h, _mode)) + b","
            out.append(("bitmap", (x, y, x + wb * 8, y + h), 0))
            i += len(header) + wb * h + 2
            continue
        line = data[i:end].decode("ascii")
        i = end + 2
        if m := re.match(r'^TEXT (\d+),(\d+),"(\d)",0,(\d+),(\d+),"(.*)"$', line):
            x, y, mx, my = int(m[1]), int(m[2]), int(m[4]), int(m[5])
            w, h = TSPL_CELLS[dpi][m[3]]
            n = len(m[6].replace('\\["]', '"'))
            out.append(("text", (x, y, x + n * w * mx, y + h * my), 0))
        elif m := re.match(r'^BARCODE (\d+),(\d+),"128M",(\d+),0,0,(\d+),(\d+),"(.*)"$', line):
            x, y, h, narrow = int(m[1]), int(m[2]), int(m[3]), int(m[4])
            width = _code128_modules_from_symbols(_tspl_symbols(m[6])) * narrow
            out.append(("barcode", (x, y, x + width, y + h), narrow))
        elif line.startswith(("TEXT", "BARCODE")):
            raise AssertionError(f"unexpected command {line!r}")
    return out


def zpl_boxes(fmt: str) -> list[tuple[str, Rect, int]]:
    """(kind, box, module) of every ^A0 text, ^GFA bitmap and ^BC barcode of one ZPL format."""
    out: list[tuple[str, Rect, int]] = []
    for m in re.finditer(r"\^FO(\d+),(\d+)\^A0N,(\d+),(\d+)\^FH\^FD(.*?)\^FS", fmt):
        x, y, h, w = (int(v) for v in m.groups()[:4])
        n = len(re.sub(r"_[0-9A-F]{2}", "x", m[5]))
        out.append(("text", (x, y, x + n * w, y + h), 0))
    for m in re.finditer(r"\^FO(\d+),(\d+)\^GFA,(\d+),(\d+),(\d+),([0-9A-F]+)\^FS", fmt):
        x, y, total, _t, wb = (int(v) for v in m.groups()[:5])
        assert len(m[6]) == 2 * total
        out.append(("bitmap", (x, y, x + wb * 8, y + total // wb), 0))
    for m in re.finditer(
        r"\^FO(\d+),(\d+)\^BY(\d+),2,(\d+)\^BCN,(\d+),N,N,N,N\^FH\^FD(.*?)\^FS", fmt
    ):
        x, y, module, h = int(m[1]), int(m[2]), int(m[3]), int(m[5])
        width = _code128_modules_from_symbols(_zpl_symbols(m[6])) * module
        out.append(("barcode", (x, y, x + width, y + h), module))
    return out


def _flags_in_dots(layout: TagLayout) -> list[Rect]:
    d = layout.dpi / 25.4
    return [(round(a * d), 0, round(b * d), round(layout.height_mm * d)) for a, b in layout.flags]


def _inside(box: Rect, outer: Rect) -> bool:
    return outer[0] <= box[0] and outer[1] <= box[1] and box[2] <= outer[2] and box[3] <= outer[3]


def _overlap(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _check_boxes(boxes: list[tuple[str, Rect, int]], layout: TagLayout, what: str) -> None:
    flags = _flags_in_dots(layout)
    least = 2 if layout.dpi == 203 else 3  # 0.25 mm
    for kind, box, module in boxes:
        assert any(_inside(box, f) for f in flags), f"{what}: {kind} {box} leaves its flag {flags}"
        if kind == "barcode":
            assert module >= least, f"{what}: bars of {module} dots"
    # no two commands print over each other (an overstruck bold TEXT is one dot to the right)
    for i, (_k1, a, _m1) in enumerate(boxes):
        for _k2, b, _m2 in boxes[i + 1 :]:
            same = a[1] == b[1] and abs(a[0] - b[0]) <= 1 and a[3] == b[3]
            assert same or not _overlap(a, b), f"{what}: {a} overlaps {b}"


@pytest.mark.parametrize("dpi", [203, 300])
def test_tspl_fields_and_barcode_stay_in_their_flags(dpi: int) -> None:
    """TSPL of the longest values: each TEXT / BITMAP / BARCODE box (from the printer's font
    cells and Code 128's module count) lies inside a flag, none overlaps another, bars >= 0.25 mm."""
    layout = TagLayout(dpi=dpi)
    for tag in longest_tags(12):
        job = render_tspl([tag], layout)
        block = job[job.index(b"CLS\r\n") + 5 : job.index(b"PRINT 1,")]
        boxes = tspl_boxes(block, dpi)
        assert sum(k == "barcode" for k, _b, _m in boxes) == 1
        assert len([f for f, _t in field_texts(tag, layout)]) <= len(boxes)
        _check_boxes(boxes, layout, f"TSPL {dpi} {tag.tag_code}")


@pytest.mark.parametrize("dpi", [203, 300])
def test_zpl_fields_and_barcode_stay_in_their_flags(dpi: int) -> None:
    """ZPL of the longest values: each ^A0 text (characters at most w wide), ^GFA and ^BC box lies
    inside a flag and apart from the others, with bars of at least 0.25 mm."""
    layout = TagLayout(dpi=dpi)
    for tag in longest_tags(12):
        (fmt,) = re.findall(r"\^XA(.*?)\^XZ", render_zpl([tag], layout).decode(), flags=re.S)
        boxes = zpl_boxes(fmt)
        assert sum(k == "barcode" for k, _b, _m in boxes) == 1
        _check_boxes(boxes, layout, f"ZPL {dpi} {tag.tag_code}")


def test_each_field_box_lies_in_its_flag() -> None:
    """The boxes texts are fitted into stay inside the flags, short of the next field."""
    layout = TagLayout()
    for f in layout.fields:
        box = field_box(layout, f)
        assert any(a <= box.x0 and box.x1 <= b for a, b in layout.flags), f.name
        assert 0 <= box.y0 < box.y1 <= layout.height_mm


@pytest.fixture(scope="module")
def sheet_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[TagData]]:
    """A PDF of 44 tags with the longest values: one full A4 sheet of 40 and 4 on a second."""
    tags = longest_tags(44)
    pdf = tmp_path_factory.mktemp("sheet") / "tags.pdf"
    pdf.write_bytes(render_label_sheet_pdf(tags, TagLayout()))
    return pdf, tags


@pytest.mark.parametrize("dpi", [203, 300, 600])
def test_every_tag_of_the_sheet_scans(
    dpi: int, sheet_pdf: tuple[Path, list[TagData]], tmp_path: Path
) -> None:
    """Rasterised by pdftoppm, each label's own crop gives zbar exactly its tag code."""
    pdf, tags = sheet_pdf
    layout = TagLayout()
    sheet = LabelSheet.for_layout(layout)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(tmp_path / "p")], check=True
    )
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == 2
    k = dpi / 25.4
    missed = []
    for index, tag in enumerate(tags):
        page = Image.open(pages[index // sheet.per_page])
        x, y = sheet.origin_mm(index, layout)
        crop = page.crop(
            (int((x - 1) * k), int((y - 0.9) * k), int((x + 96) * k), int((y + 12.9) * k))
        )
        read = [d.data.decode() for d in zbar_decode(crop, symbols=[ZBarSymbol.CODE128])]
        if read != [tag.tag_code]:
            missed.append((tag.tag_code, read))
    assert missed == []


def test_sheet_text_stays_inside_the_flags(sheet_pdf: tuple[Path, list[TagData]]) -> None:
    """Every word pdftotext finds on the sheet lies inside a flag of the label it is on."""
    pdf, tags = sheet_pdf
    layout = TagLayout()
    sheet = LabelSheet.for_layout(layout)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pt = 72 / 25.4
    words = 0
    for page_no, page in enumerate(html.split("<page ")[1:]):
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            page,
        ):
            x0, y0, x1, y1 = (float(v) / pt for v in m.groups()[:4])
            words += 1
            slots = [
                i
                for i in range(sheet.per_page)
                if page_no * sheet.per_page + i < len(tags)
                and _in_label(sheet.origin_mm(i, layout), (x0 + x1) / 2, (y0 + y1) / 2)
            ]
            assert len(slots) == 1, m[5]
            ox, oy = sheet.origin_mm(slots[0], layout)
            tol = 0.15  # pdftotext's boxes use the font's full ascent / descent
            assert any(a - tol <= x0 - ox and x1 - ox <= b + tol for a, b in layout.flags), (
                f"{m[5]!r} at {x0 - ox:.2f}-{x1 - ox:.2f} mm leaves its flag"
            )
            assert -tol <= y0 - oy and y1 - oy <= layout.height_mm + tol, m[5]
    assert words > 44 * 8
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "AB12CD EF34GH" in text and "NKL-ANTIQUE-2024-00000" in text


def _in_label(origin: tuple[float, float], x: float, y: float) -> bool:
    return origin[0] <= x <= origin[0] + 95 and origin[1] <= y <= origin[1] + 12


def test_a_long_shop_name_shrinks_then_wraps_in_the_pdf(
    sheet_pdf: tuple[Path, list[TagData]],
) -> None:
    """The long shop name keeps every word (on two lines), inside the left flag."""
    pdf, _tags = sheet_pdf
    text = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "Sunita Sharma" in text and "Jewellers & Sons" in text


def test_a_code_too_long_for_the_flag_is_refused_with_its_sizes() -> None:
    """A flag too narrow for a code at 0.25 mm bars is an error naming the sizes, never 1-dot bars."""
    narrow = TagLayout(flags=((0.0, 30.0), (65.0, 95.0)), fields=())
    with pytest.raises(TagDoesNotFit) as refused:
        render_tspl([longest_tags(2)[1]], narrow)
    assert "33.5 mm" in str(refused.value) and "30 mm" in str(refused.value)
    assert isinstance(refused.value, ValidationError)
    # a 4-character prefix's code fits 33 mm flags: 123 modules = 30.75 mm + 2 x 1 mm quiet zone
    fits = TagLayout(flags=((0.0, 33.0), (62.0, 95.0)), fields=())
    (fmt,) = re.findall(r"\^XA(.*?)\^XZ", render_zpl([TagData(tag_code="B1C1000042")], fits).decode(), flags=re.S)  # fmt: skip
    ((_kind, box, module),) = [b for b in zpl_boxes(fmt) if b[0] == "barcode"]
    assert module == 2 and box[2] - box[0] == 123 * 2


def test_text_shrinks_then_wraps_then_ends_with_an_ellipsis() -> None:
    """fit_text with a monospace measure (1 unit a character per size point): the size shrinks to
    fit one line, then wraps at the floor, and what still does not fit is cut with '…'."""
    from jewelpos.printing.tag_fit import fit_text

    def fit(text: str, height: float) -> tuple[float, tuple[str, ...]]:
        got = fit_text(text, width=60, height=height, size=6, floor=4, step=1,
                       measure=lambda t, s: len(t) * s, line_height=lambda s: s * 1.2)  # fmt: skip
        return got.size, got.lines

    assert fit("ABCDEFGHIJ", 10) == (6, ("ABCDEFGHIJ",))  # 10 x 6 = 60 fits
    assert fit("ABCDEFGHIJKL", 10) == (5, ("ABCDEFGHIJKL",))  # 12 x 5 = 60
    # 30 characters: too wide even at 4 (120); two lines (at 4: 9.6 high) fit a height of 10
    size, lines = fit("Sunita Sharma Jewellers & Sons", 10)
    assert size <= 6 and len(lines) == 2 and all(len(t) * size <= 60 for t in lines)
    size, lines = fit("Sunita Sharma Jewellers & Sons of Pune", 5)  # one line only
    assert size == 4 and len(lines) == 1 and lines[0].endswith("…") and len(lines[0]) * 4 <= 60


def test_code128_subsets_give_the_shortest_symbol_zbar_reads() -> None:
    """B1C1000042 as B 'B1C1' + C '00' '00' '42': 11 x (1 + 4 + 1 + 3 + 1) + 13 = 123 modules
    (python-barcode's own choice is 134); the bars read back as the code."""
    from PIL import ImageDraw

    from jewelpos.printing import code128

    for code, expected in (("B1C1000042", 123), ("BR12C000042", 134), ("100000", 68)):
        bars = code128.modules(code)
        assert len(bars) == code128.module_count(code) == expected
        img = Image.new("L", ((len(bars) + 20) * 2, 40), 255)
        draw = ImageDraw.Draw(img)
        for i, bit in enumerate(bars):
            if bit == "1":
                draw.rectangle(((10 + i) * 2, 0, (10 + i) * 2 + 1, 39), fill=0)
        assert [d.data.decode() for d in zbar_decode(img)] == [code]

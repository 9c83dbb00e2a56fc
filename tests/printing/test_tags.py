"""Barbell tags: TSPL/ZPL checked against the layout, label-sheet PDF and preview read back by zbar."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pyzbar.pyzbar import ZBarSymbol
from pyzbar.pyzbar import decode as zbar_decode

from jewelpos.domain.errors import ValidationError
from jewelpos.printing import code128
from jewelpos.printing.documents import TagData
from jewelpos.printing.tag_fit import TagDoesNotFit
from jewelpos.printing.tags import (
    LabelSheet,
    TagBarcode,
    TagLayout,
    field_texts,
    render_label_sheet_pdf,
    render_tag_preview_png,
    render_tspl,
    render_zpl,
    tspl_font,
)

from .samples import tags as sample_tags

TSPL_TEXT = re.compile(r'^TEXT (\d+),(\d+),"(\d)",0,(\d+),(\d+),"(.*)"$')
TSPL_BARCODE = re.compile(r'^BARCODE (\d+),(\d+),"128M",(\d+),0,0,(\d+),(\d+),"(.*)"$')


def _code128(img: Image.Image) -> list[str]:
    return sorted(d.data.decode("ascii") for d in zbar_decode(img, symbols=[ZBarSymbol.CODE128]))


def _tspl_lines(data: bytes) -> list[str]:
    """TSPL command lines; a BITMAP's binary payload is skipped by its declared size."""
    out: list[str] = []
    i = 0
    while i < len(data):
        end = data.index(b"\r\n", i)
        if data.startswith(b"BITMAP ", i):
            x, y, width_bytes, height, mode = data[i + 7 :].split(b",", 5)[:5]
            header_end = i + 7 + len(b",".join((x, y, width_bytes, height, mode))) + 1
            payload = data[header_end : header_end + int(width_bytes) * int(height)]
            assert b"\x00" in payload  # some dots print (0 = black in TSPL bitmaps)
            out.append(f"BITMAP {int(x)},{int(y)},{int(width_bytes)},{int(height)},{int(mode)}")
            i = header_end + len(payload) + 2
            continue
        out.append(data[i:end].decode("ascii"))
        i = end + 2
    return out


def _tspl_blocks(data: bytes) -> tuple[list[str], list[list[str]]]:
    """Header lines and one list of lines per CLS ... PRINT block."""
    header: list[str] = []
    blocks: list[list[str]] = []
    current: list[str] | None = None
    for text in _tspl_lines(data):
        if text == "CLS":
            current = []
            blocks.append(current)
        elif current is None:
            header.append(text)
        else:
            current.append(text)
    return header, blocks


def test_tspl_matches_layout_fields_and_barcode() -> None:
    """Every field prints at its layout position in dots with its value; the barcode carries the code."""
    layout = TagLayout()
    tags = sample_tags(4)
    header, blocks = _tspl_blocks(render_tspl(tags, layout))
    assert header[:2] == ["SIZE 95 mm,12 mm", "GAP 3 mm,0 mm"]
    assert "DIRECTION 1,0" in header
    assert len(blocks) == len(tags)
    for tag, block in zip(tags, blocks, strict=True):
        assert block[-1] == "PRINT 1,1"
        texts: dict[tuple[int, int], str] = {}
        for line in block:
            if m := TSPL_TEXT.match(line):
                texts.setdefault((int(m[1]), int(m[2])), m[6])
        bitmaps = [line for line in block if line.startswith("BITMAP ")]
        expected = field_texts(tag, layout)
        for field, text in expected:
            pos = (layout.dots(field.x_mm), layout.dots(field.y_mm))
            if text.isascii():
                assert texts[pos] == text, field.name
            else:
                assert any(b.startswith(f"BITMAP {pos[0]},{pos[1]},") for b in bitmaps)
        (barcode_line,) = [line for line in block if line.startswith("BARCODE")]
        m = TSPL_BARCODE.match(barcode_line)
        assert m is not None
        assert m[6] == code128.tspl_data(tag.tag_code)
        assert layout.barcode is not None
        assert (int(m[1]), int(m[2])) == (
            layout.dots(layout.barcode.x_mm),
            layout.dots(layout.barcode.y_mm),
        )
        assert int(m[3]) == layout.dots(layout.barcode.height_mm)
        assert int(m[4]) == int(m[5]) == 2  # 0.25 mm bars at 203 dpi
    first = dict((f.name, t) for f, t in field_texts(tags[0], layout))
    assert first["gross"] == "G 18.450" and first["net"] == "N 18.070"
    assert first["purity"] == "22K916" and first["huid"] == "AB00CD"


def test_tspl_uses_300_dpi_dots_and_quotes_safely() -> None:
    """At 300 dpi positions scale; a quote in a design number cannot end the TSPL string early."""
    layout = TagLayout(dpi=300)
    tag = TagData(
        tag_code="T00001", design_no='RING 7"', purity_label="18K750", gross_mg=3000, net_mg=3000
    )
    _header, (block,) = _tspl_blocks(render_tspl([tag], layout))
    design = next(f for f in layout.fields if f.name == "design_no")
    x, y = layout.dots(design.x_mm), layout.dots(design.y_mm)
    assert (x, y) == (round(71.5 * 300 / 25.4), round(0.9 * 300 / 25.4))
    assert any(
        line.startswith(f"TEXT {x},{y},") and line.endswith('"RING 7\\["]"') for line in block
    )
    assert tspl_font(layout, 5.5) == ("1", 1)  # 12x20 dots at 300 dpi ~ 5.5 pt
    assert tspl_font(TagLayout(), 7.0) == ("2", 1)  # 12x20 dots at 203 dpi ~ 7 pt


def test_zpl_matches_layout_fields_and_barcode() -> None:
    """Each tag is one ^XA..^XZ with ^PW/^LL from the size, ^FO at every field and ^BC with the code."""
    layout = TagLayout()
    tags = sample_tags(3)
    zpl = render_zpl(tags, layout).decode("utf-8")
    formats = re.findall(r"\^XA(.*?)\^XZ", zpl, flags=re.S)
    assert len(formats) == 3
    for tag, fmt in zip(tags, formats, strict=True):
        assert f"^PW{layout.dots(95)}" in fmt and f"^LL{layout.dots(12)}" in fmt
        fields = dict(
            ((int(x), int(y)), value)
            for x, y, value in re.findall(r"\^FO(\d+),(\d+)\^A0N,\d+,\d+\^FH\^FD(.*?)\^FS", fmt)
        )
        for field, text in field_texts(tag, layout):
            pos = (layout.dots(field.x_mm), layout.dots(field.y_mm))
            # font 0 when the text fits its box at the wanted size, else a bitmap fitted to it
            if pos in fields:
                assert fields[pos] == text, field.name
            else:
                assert f"^FO{pos[0]},{pos[1]}^GFA," in fmt, field.name
        (code,) = re.findall(r"\^BY2,2,\d+\^BCN,\d+,N,N,N,N\^FH\^FD(.*?)\^FS", fmt)
        assert code == code128.zpl_data(tag.tag_code)


def test_zpl_escapes_caret_and_tilde() -> None:
    """A '^' or '~' in a value is hex-escaped under ^FH and never starts a ZPL command."""
    tag = TagData(tag_code="T1", design_no="A^B~C_D")
    zpl = render_zpl([tag], TagLayout()).decode()
    assert "^FDA_5EB_7EC_5FD^FS" in zpl


def test_label_sheet_grid_fits_a4() -> None:
    """The A4 grid holds as many 95 x 12 mm tags as fit inside the margins, centred."""
    sheet = LabelSheet.for_layout(TagLayout())
    assert (sheet.columns, sheet.rows) == (2, 20)
    assert sheet.margin_left_mm >= 7 and sheet.margin_top_mm >= 7
    x, y = sheet.origin_mm(sheet.per_page - 1, TagLayout())
    assert x + 95 <= 210 - 7 and y + 12 <= 297 - 7
    with pytest.raises(ValidationError):
        LabelSheet.for_layout(TagLayout(width_mm=300))


def test_label_sheet_pdf_barcodes_read_back(tmp_path: Path) -> None:
    """Rendered at 300 dpi with pdftoppm, zbar reads back every tag code on every page."""
    tags = sample_tags(45)  # more than one page of 40
    pdf = tmp_path / "tags.pdf"
    pdf.write_bytes(render_label_sheet_pdf(tags, TagLayout()))
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == 2
    found: list[str] = []
    for page in pages:
        found += _code128(Image.open(page))
    assert sorted(found) == sorted(t.tag_code for t in tags)


def test_label_sheet_pdf_text_and_actual_size(tmp_path: Path) -> None:
    """The sheet is A4 and the printed fields (purity, weights, code) are real text in the PDF."""
    pdf = tmp_path / "tags.pdf"
    pdf.write_bytes(render_label_sheet_pdf(sample_tags(2), TagLayout()))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "595.276 x 841.89 pts (A4)" in info
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in ("100000", "T00001", "22K916", "G 18.450", "N 18.071", "AB01CD"):
        assert expected in text


def test_preview_png_decodes_and_has_layout_size() -> None:
    """The settings preview is the label at the asked dpi, and its barcode scans."""
    tag = sample_tags(2)[1]
    png = render_tag_preview_png(tag, TagLayout(), 300)
    img = Image.open(io.BytesIO(png))
    assert abs(img.width - round(95 * 300 / 25.4)) <= 1
    assert abs(img.height - round(12 * 300 / 25.4)) <= 1
    assert _code128(img) == [tag.tag_code]


def test_barcode_module_shrinks_to_fit_the_flag_but_never_below_two_dots() -> None:
    """Wider bars asked (3 dots) narrow to 2 for a long code; a code too long at 2 dots is refused
    rather than printed with 1-dot bars (1-dot bars are what scanners misread)."""
    layout = TagLayout(barcode=TagBarcode(1.0, 0.7, module_mm=0.375, max_width_mm=34.5))
    assert layout.module_dots("100000") == 3
    assert layout.module_dots("B1C1000042") == 2
    assert TagLayout().with_dpi(300).module_dots("B1C1000042") == 3  # 0.254 mm
    _h, (block,) = _tspl_blocks(render_tspl([TagData(tag_code="B1C1000042")], layout))
    assert any(line.endswith(',0,0,2,2,"!104B1C1!099000042"') for line in block)
    with pytest.raises(TagDoesNotFit):
        render_tspl([TagData(tag_code="B1-T-0000012345")], layout)


def test_non_ascii_tag_code_is_refused() -> None:
    """A Code 128 tag code must be ASCII; anything else is a validation error, not garbage bars."""
    with pytest.raises(ValidationError):
        render_tspl([TagData(tag_code="टैग1")], TagLayout())


def test_layout_rejects_unknown_fields_and_dpi() -> None:
    """Layouts edited in settings are checked: only known field names and 203/300 dpi."""
    with pytest.raises(ValidationError):
        TagLayout(dpi=600)
    with pytest.raises(ValidationError):
        TagLayout(fields=(TagLayout().fields[0].__class__("price", 1, 1),))

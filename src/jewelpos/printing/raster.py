"""Shaped text and Code 128 bars drawn with Pillow (raqm) for thermal slips, tag bitmaps, previews."""

from __future__ import annotations

from functools import lru_cache

import barcode
from PIL import Image, ImageDraw, ImageFont, features

from jewelpos.domain.errors import EnvironmentProblem
from jewelpos.printing.fonts import find_fonts, script_runs

WHITE = 255
BLACK = 0


def _layout_engine() -> ImageFont.Layout:
    if not features.check("raqm"):
        raise EnvironmentProblem(
            "Hindi text cannot be printed: this Pillow has no text shaping (libraqm).",
            feature="raqm",
        )
    return ImageFont.Layout.RAQM


@lru_cache(maxsize=64)
def font(script: str, size_px: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
    """A cached Pillow font for a script run at a pixel size."""
    path = find_fonts().path(script, bold=bold)
    return ImageFont.truetype(str(path), size_px, layout_engine=_layout_engine())


def line_metrics(size_px: int, *, bold: bool = False) -> tuple[int, int]:
    """(ascent, descent) covering both scripts, so mixed lines share one baseline."""
    ascent = descent = 0
    for script in ("latin", "devanagari"):
        a, d = font(script, size_px, bold=bold).getmetrics()
        ascent, descent = max(ascent, a), max(descent, d)
    return ascent, descent


def text_width(text: str, size_px: int, *, bold: bool = False) -> int:
    """Advance width of mixed-script text in pixels."""
    return round(sum(font(s, size_px, bold=bold).getlength(run) for s, run in script_runs(text)))


def draw_text(
    draw: ImageDraw.ImageDraw,
    x: float,
    baseline: float,
    text: str,
    size_px: int,
    *,
    bold: bool = False,
    fill: int = BLACK,
) -> float:
    """Draw runs left to right on one baseline; returns the x after the text."""
    for script, run in script_runs(text):
        f = font(script, size_px, bold=bold)
        draw.text((x, baseline), run, font=f, fill=fill, anchor="ls")
        x += f.getlength(run)
    return x


def fit_size(text: str, size_px: int, max_width: int, *, bold: bool = False) -> int:
    """Shrink the size until the text fits the width (never below 8 px)."""
    while size_px > 8 and text_width(text, size_px, bold=bold) > max_width:
        size_px -= 1
    return size_px


def text_line(
    left: str,
    width: int,
    size_px: int,
    *,
    right: str = "",
    align: str = "left",
    bold: bool = False,
) -> Image.Image:
    """One line as a greyscale image ``width`` wide: ``left`` aligned, ``right`` flush right."""
    ascent, descent = line_metrics(size_px, bold=bold)
    img = Image.new("L", (width, ascent + descent + 2), WHITE)
    draw = ImageDraw.Draw(img)
    baseline = ascent + 1
    if right:
        right_w = text_width(right, size_px, bold=bold)
        draw_text(draw, width - right_w, baseline, right, size_px, bold=bold)
    if left:
        left_w = text_width(left, size_px, bold=bold)
        if align == "center":
            x = (width - left_w) / 2
        elif align == "right":
            x = width - left_w
        else:
            x = 0
        draw_text(draw, max(0, x), baseline, left, size_px, bold=bold)
    return img


def to_one_bit(img: Image.Image) -> Image.Image:
    """Threshold (no dithering) so glyph edges stay crisp on a thermal head."""
    return img.convert("L").point(lambda v: 255 if v >= 128 else 0, mode="1")


def code128_modules(data: str) -> str:
    """The Code 128 bar pattern ('1' bar, '0' space) as python-barcode encodes it."""
    built: list[str] = barcode.Code128(data).build()
    return built[0]


def code128_image(
    data: str, *, module_px: int, height_px: int, quiet_modules: int = 10
) -> Image.Image:
    """Pixel-exact bars: every module is ``module_px`` whole pixels, with quiet zones."""
    modules = code128_modules(data)
    width = (len(modules) + 2 * quiet_modules) * module_px
    img = Image.new("L", (width, height_px), WHITE)
    draw = ImageDraw.Draw(img)
    x = quiet_modules * module_px
    for bit in modules:
        if bit == "1":
            draw.rectangle((x, 0, x + module_px - 1, height_px - 1), fill=BLACK)
        x += module_px
    return img

"""Where a tag's texts and barcode may go: each field's box inside its flag, text fitted into it.

A field's box runs from its position to the nearest thing to its right on the same line (another
field or the barcode) or the flag's edge, and down to the nearest thing below it or the label's
edge. Text is fitted by one rule for every renderer, each with its own measure: shrink the size
down to a floor, then wrap onto as many lines as the box holds, then cut with an ellipsis.

The barcode's narrowest bar is at least 0.25 mm (2 dots at 203 dpi, 3 at 300 dpi): a thermal
head's single dot bleeds and scanners misread it. It keeps a quiet zone of 1 mm inside its flag
on both sides; a code too long for that is refused with a message saying so.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from jewelpos.domain.errors import ValidationError
from jewelpos.printing import code128

if TYPE_CHECKING:
    from jewelpos.printing.tags import TagField, TagLayout

MIN_MODULE_MM = 0.25
QUIET_MM = 1.0
EDGE_MM = 0.4  # text keeps this far from a flag's edge
GAP_MM = 0.5  # and this far from the next field on its line
FLOOR_PT = 4.0  # text is not shrunk below this
LEADING = 1.2
ELLIPSIS = "…"
MM_PER_INCH = 25.4
PT_PER_INCH = 72.0


class TagDoesNotFit(ValidationError):
    """The tag code's barcode is wider than its flag allows at the narrowest readable bar."""


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on the label in mm from its top-left corner."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def em_mm(font_pt: float) -> float:
    """A font size in points as millimetres."""
    return font_pt * MM_PER_INCH / PT_PER_INCH


def flag_of(layout: TagLayout, x_mm: float) -> tuple[float, float]:
    """The flag a position lies on (the whole label when the layout has no flags)."""
    flags = layout.flags or ((0.0, layout.width_mm),)
    for x0, x1 in flags:
        if x0 <= x_mm < x1:
            return x0, x1
    raise ValidationError("layout", f"the position {x_mm:g} mm lies in the tail, off every flag")


def _barcode_extent(layout: TagLayout) -> Box | None:
    b = layout.barcode
    if b is None:
        return None
    _x0, x1 = flag_of(layout, b.x_mm)
    return Box(b.x_mm, b.y_mm, min(x1, b.x_mm + b.max_width_mm), b.y_mm + b.height_mm)


def _right_limit(layout: TagLayout, field: TagField) -> float:
    _f0, f1 = flag_of(layout, field.x_mm)
    right = f1 - EDGE_MM
    top, bottom = field.y_mm, field.y_mm + em_mm(field.font_pt)
    for other in layout.fields:
        if other is field or not field.x_mm < other.x_mm < right:
            continue
        if other.y_mm < bottom and top < other.y_mm + em_mm(other.font_pt):
            right = min(right, other.x_mm - GAP_MM)
    bar = _barcode_extent(layout)
    if bar is not None and field.x_mm < bar.x0 < right and bar.y0 < bottom and top < bar.y1:
        right = min(right, bar.x0 - GAP_MM)
    return right


def field_box(layout: TagLayout, field: TagField) -> Box:
    """The box the field's text must stay inside."""
    right = _right_limit(layout, field)
    bottom = layout.height_mm - EDGE_MM
    for other in layout.fields:
        if other is field or other.y_mm <= field.y_mm or other.y_mm >= bottom:
            continue
        if flag_of(layout, other.x_mm) != flag_of(layout, field.x_mm):
            continue
        if other.x_mm < right and field.x_mm < _right_limit(layout, other):
            bottom = min(bottom, other.y_mm)
    bar = _barcode_extent(layout)
    if bar is not None and field.y_mm < bar.y0 < bottom and bar.x0 < right and field.x_mm < bar.x1:
        bottom = min(bottom, bar.y0)
    return Box(field.x_mm, field.y_mm, right, bottom)


# ---------------------------------------------------------------- text


@dataclass(frozen=True, slots=True)
class Fitted:
    """Text fitted into a box: the size used (renderer's unit) and the lines."""

    size: float
    lines: tuple[str, ...]


def _wrap(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Greedy word wrap; a word too long for a line stays whole (the caller checks)."""
    lines: list[str] = []
    for word in text.split():
        if lines and fits(lines[-1] + " " + word):
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _fits(text: str, *, measure: Callable[[str, float], float], size: float, width: float) -> bool:
    return measure(text, size) <= width


def _cut(text: str, fits: Callable[[str], bool]) -> str:
    for end in range(len(text), 0, -1):
        candidate = text[:end].rstrip() + ELLIPSIS
        if fits(candidate):
            return candidate
    return ""


def fit_text(
    text: str,
    *,
    width: float,
    height: float,
    size: float,
    floor: float,
    step: float,
    measure: Callable[[str, float], float],
    line_height: Callable[[float], float],
) -> Fitted:
    """Shrink from ``size`` to ``floor`` (by ``step``) until the text fits one line; else wrap at
    the floor onto the lines the box holds; else cut the last line with an ellipsis. All lengths
    in the renderer's unit (points, dots)."""
    sizes: list[float] = []
    s = size
    while s > floor + 1e-9:
        sizes.append(s)
        s -= step
    sizes.append(min(size, floor))
    for s in sizes:
        if measure(text, s) <= width and line_height(s) <= height:
            return Fitted(s, (text,))
    for s in sizes:
        rows = int((height + 1e-9) // line_height(s))
        if rows >= 2:
            lines = _wrap(text, partial(_fits, measure=measure, size=s, width=width))
            if len(lines) <= rows and all(measure(t, s) <= width for t in lines):
                return Fitted(s, tuple(lines))
    s = sizes[-1]
    rows = max(1, int((height + 1e-9) // line_height(s)))
    lines = _wrap(text, lambda t: measure(t, s) <= width)
    head, rest = lines[: rows - 1], " ".join(lines[rows - 1 :])
    last = rest if measure(rest, s) <= width else _cut(rest, lambda t: measure(t, s) <= width)
    return Fitted(s, tuple(line for line in (*head, last) if line))


# ---------------------------------------------------------------- barcode


@dataclass(frozen=True, slots=True)
class BarcodePlan:
    """The barcode as printed, in printer dots: left, top, module, height and width."""

    x: int
    y: int
    module: int
    height: int
    width: int


def min_module_dots(dpi: int) -> int:
    """The narrowest bar in whole dots at a resolution: at least 0.25 mm."""
    return math.ceil(MIN_MODULE_MM * dpi / MM_PER_INCH - 1e-6)


def plan_barcode(layout: TagLayout, code: str) -> BarcodePlan:
    """Module width (as asked, never under 0.25 mm) and position of the code's bars; if they do not
    fit the flag with its quiet zones at the layout's x, they move left as far as the quiet zone
    allows; TagDoesNotFit when even the narrowest bar is too wide."""
    b = layout.barcode
    assert b is not None
    dpm = layout.dpi / MM_PER_INCH
    f0, f1 = flag_of(layout, b.x_mm)
    least = min_module_dots(layout.dpi)
    n = code128.module_count(code)
    right = math.floor(min(f1 - QUIET_MM, b.x_mm + b.max_width_mm) * dpm + 1e-6)
    left_most = math.ceil((f0 + QUIET_MM) * dpm - 1e-6)
    x = max(left_most, round(b.x_mm * dpm))
    module = max(least, round(b.module_mm * dpm))
    while module > least and x + n * module > right:
        module -= 1
    width = n * module
    if x + width > right:
        x = max(left_most, right - width)
    if x + width > right:
        width_mm = width / dpm
        raise TagDoesNotFit(
            "barcode",
            f"{code} needs a barcode {width_mm:.1f} mm wide (bars of {MIN_MODULE_MM} mm, the "
            f"narrowest a label printer prints reliably) and a flag {width_mm + 2 * QUIET_MM:.1f}"
            f" mm wide with its margins; the flag from {f0:g} to {f1:g} mm is {f1 - f0:g} mm wide",
        )
    return BarcodePlan(x, round(b.y_mm * dpm), module, round(b.height_mm * dpm), width)

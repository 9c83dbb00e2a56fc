"""Code 128 with subsets B and C chosen by us, so the printer draws exactly the bars we measured.

The encoding follows ISO/IEC 15417 Annex E (the shortest symbol for printable ASCII): start in C
for a leading run of four or more digits, switch to C for a run of four or more digits at the end
or six or more in the middle (an odd run gives its first digit to B). The same symbol values are
written as TSPL's manual "128M" data and as ZPL's ^BC invocation codes, so a label printer
cannot pick a longer encoding of its own.
"""

from __future__ import annotations

from barcode.charsets.code128 import CODES, STOP

from jewelpos.domain.errors import ValidationError

START_B, START_C, TO_C, TO_B = 104, 105, 99, 100
STOP_MODULES = STOP + "11"  # the stop character and its final two-module bar


def _digits_at(data: str, i: int) -> int:
    j = i
    while j < len(data) and data[j].isdigit():
        j += 1
    return j - i


def symbols(data: str) -> tuple[int, ...]:
    """Symbol values: start code, data and subset switches (no check character, no stop)."""
    if not data or any(not 32 <= ord(ch) <= 126 for ch in data):
        raise ValidationError("tag_code", "must be printable ASCII for a Code 128 barcode")
    lead = _digits_at(data, 0)
    in_c = lead >= 4 or (lead == len(data) and lead % 2 == 0)
    out = [START_C if in_c else START_B]
    i = 0
    while i < len(data):
        run = _digits_at(data, i)
        if in_c:
            if run >= 2:
                out.append(int(data[i : i + 2]))
                i += 2
            else:
                out.append(TO_B)
                in_c = False
            continue
        if run >= 4 and (i + run == len(data) or run >= 6):
            if run % 2:
                out.append(ord(data[i]) - 32)
                i += 1
            out.append(TO_C)
            in_c = True
            continue
        out.append(ord(data[i]) - 32)
        i += 1
    return tuple(out)


def check_value(values: tuple[int, ...]) -> int:
    """The modulo-103 check character of the symbol values."""
    return (values[0] + sum(i * v for i, v in enumerate(values[1:], start=1))) % 103


def modules(data: str) -> str:
    """The bar pattern ('1' bar, '0' space) without quiet zones."""
    values = symbols(data)
    return "".join(str(CODES[v]) for v in (*values, check_value(values))) + str(STOP_MODULES)


def module_count(data: str) -> int:
    """Width of the symbol in modules (11 per character, 13 for the stop)."""
    return 11 * (len(symbols(data)) + 1) + 13


def tspl_data(data: str) -> str:
    """TSPL "128M" data: !104/!105 start codes, !099/!100 switches, digit pairs in C.

    A '!' cannot be data in manual mode (it starts a control code): such a code is refused.
    A '"' is written with TSPL's \\["] escape.
    """
    if "!" in data:
        raise ValidationError("tag_code", "a tag code with '!' cannot be printed as a barcode")
    values = symbols(data)
    out: list[str] = []
    for i, v in enumerate(values):
        if v in (START_B, START_C, TO_C, TO_B):
            out.append(f"!{v:03d}")
        elif _in_c(values, i):
            out.append(f"{v:02d}")
        else:
            ch = chr(v + 32)
            out.append('\\["]' if ch == '"' else ch)
    return "".join(out)


def _in_c(values: tuple[int, ...], upto: int) -> bool:
    """Whether the symbol at index ``upto`` is encoded in subset C."""
    in_c = False
    for v in values[:upto]:
        if v in (START_C, TO_C):
            in_c = True
        elif v in (START_B, TO_B):
            in_c = False
    return in_c


def zpl_data(data: str) -> str:
    """ZPL ^BC (mode N) data: >: / >; start B / C, >5 / >6 switch to C / B, '>' as >0."""
    codes = {START_B: ">:", START_C: ">;", TO_C: ">5", TO_B: ">6"}
    values = symbols(data)
    out: list[str] = []
    for i, v in enumerate(values):
        if v in codes:
            out.append(codes[v])
        elif _in_c(values, i):
            out.append(f"{v:02d}")
        else:
            ch = chr(v + 32)
            out.append(">0" if ch == ">" else ch)
    return "".join(out)

"""A small ESC/POS reader for tests: raster images (GS v 0), Code 128 (GS k) and plain text."""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

ESC = 0x1B
GS = 0x1D

# Fixed-length commands python-escpos emits: prefix -> number of parameter bytes after it.
_FIXED = {
    b"\x1b@": 0,  # init
    b"\x1ba": 1,  # align
    b"\x1bE": 1,  # bold
    b"\x1b-": 1,  # underline
    b"\x1bM": 1,  # font
    b"\x1b!": 1,  # print mode
    b"\x1bt": 1,  # code page
    b"\x1bG": 1,  # double strike
    b"\x1bd": 1,  # feed lines
    b"\x1b{": 1,  # upside down
    b"\x1bV": 1,
    b"\x1b2": 0,  # default line spacing
    b"\x1b3": 1,  # line spacing
    b"\x1dB": 1,  # invert
    b"\x1db": 1,  # smoothing
    b"\x1d!": 1,  # character size
    b"\x1dh": 1,  # barcode height
    b"\x1dw": 1,  # barcode width
    b"\x1dH": 1,  # HRI position
    b"\x1df": 1,  # HRI font
    b"\x1dV": 1,  # cut (function A)
    b"\x1b\x1d!": 1,
}


@dataclass
class Decoded:
    """What a slip would print: text lines, raster images in order, Code 128 data."""

    text: str = ""
    images: list[Image.Image] = field(default_factory=list)
    barcodes: list[tuple[int, bytes]] = field(default_factory=list)
    commands: list[bytes] = field(default_factory=list)

    def stacked(self) -> Image.Image:
        """All raster images one under another (how they come out of the printer)."""
        width = max(im.width for im in self.images)
        height = sum(im.height for im in self.images)
        out = Image.new("L", (width, height), 255)
        y = 0
        for im in self.images:
            out.paste(im.convert("L"), (0, y))
            y += im.height
        return out


def _raster(width_bytes: int, height: int, data: bytes) -> Image.Image:
    """GS v 0 data: 1 bit = a printed (black) dot, MSB leftmost."""
    img = Image.frombytes("1", (width_bytes * 8, height), bytes(b ^ 0xFF for b in data))
    return img.convert("L")


def decode(data: bytes) -> Decoded:
    """Walk the byte stream command by command; fail on anything not understood."""
    out = Decoded()
    text = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b not in (ESC, GS):
            text.append(b)
            i += 1
            continue
        if data.startswith(b"\x1dv0", i):
            width_bytes = data[i + 4] | data[i + 5] << 8
            height = data[i + 6] | data[i + 7] << 8
            start = i + 8
            end = start + width_bytes * height
            out.images.append(_raster(width_bytes, height, data[start:end]))
            out.commands.append(b"GS v 0")
            text.extend(b"\n[image]\n")
            i = end
            continue
        if data.startswith(b"\x1dk", i):
            m = data[i + 2]
            if m >= 65:  # function B: length byte then data
                length = data[i + 3]
                out.barcodes.append((m, data[i + 4 : i + 4 + length]))
                i += 4 + length
            else:  # function A: NUL-terminated
                end = data.index(b"\x00", i + 3)
                out.barcodes.append((m, data[i + 3 : end]))
                i = end + 1
            out.commands.append(b"GS k")
            continue
        if data.startswith(b"\x1dV", i):
            mode = data[i + 2]
            i += 4 if mode in (65, 66) else 3
            out.commands.append(b"GS V")
            continue
        for prefix, params in _FIXED.items():
            if data.startswith(prefix, i):
                out.commands.append(prefix)
                i += len(prefix) + params
                break
        else:
            raise AssertionError(f"unknown ESC/POS command at {i}: {data[i : i + 4]!r}")
    out.text = text.decode("ascii")
    return out

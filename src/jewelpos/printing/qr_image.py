"""A QR code as a reportlab flowable (drawn as a PNG so zbar reads it back from the PDF)."""

from __future__ import annotations

import io

import qrcode
from reportlab.platypus import Image


def qr_png(text: str) -> bytes:
    """The QR of ``text`` (error correction L: the IRP's signed QR is long) as PNG bytes."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_L, border=4, box_size=4)
    code.add_data(text)
    code.make(fit=True)
    out = io.BytesIO()
    code.make_image(fill_color="black", back_color="white").save(out, format="PNG")
    return out.getvalue()


def qr_flowable(text: str, *, size: float) -> Image:
    """A ``size`` x ``size`` point image of the QR of ``text``."""
    return Image(io.BytesIO(qr_png(text)), width=size, height=size)

"""reportlab fonts (Latin + rupee, Devanagari) and Paragraph markup that keeps script runs apart."""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jewelpos.printing.fonts import DEVANAGARI, find_fonts, script_runs

SANS = "JPSans"
SANS_BOLD = "JPSans-Bold"
DEVA = "JPDeva"
DEVA_BOLD = "JPDeva-Bold"


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the four TrueType fonts once (they are embedded, subset, in every PDF)."""
    files = find_fonts()
    for name, path in (
        (SANS, files.latin),
        (SANS_BOLD, files.latin_bold),
        (DEVA, files.devanagari),
        (DEVA_BOLD, files.devanagari_bold),
    ):
        pdfmetrics.registerFont(TTFont(name, str(path)))
    for family, regular, bold in ((SANS, SANS, SANS_BOLD), (DEVA, DEVA, DEVA_BOLD)):
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, regular)
        addMapping(family, 1, 1, bold)


def markup(text: str, *, bold: bool = False) -> str:
    """Escape text for a Paragraph and wrap each Devanagari run in the Devanagari font.

    The paragraph style must use ``SANS`` with ``shaping=1`` so the Devanagari runs are shaped.
    Newlines become line breaks.
    """
    parts: list[str] = []
    for script, run in script_runs(text):
        body = escape(run).replace("\n", "<br/>")
        if script == DEVANAGARI:
            parts.append(f'<font name="{DEVA_BOLD if bold else DEVA}">{body}</font>')
        else:
            parts.append(body)
    joined = "".join(parts)
    return f"<b>{joined}</b>" if bold else joined

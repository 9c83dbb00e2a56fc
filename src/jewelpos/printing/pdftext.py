"""reportlab fonts (Latin + rupee, Devanagari), Paragraph markup that keeps script runs apart, and
paragraphs whose Hindi extracts as typed.

reportlab shapes Devanagari with harfbuzz and writes the shaped glyphs; a conjunct or a reph is a
glyph with no Unicode of its own, so a PDF reader gets "शमा" back for "शर्मा". A paragraph holding
Devanagari is therefore drawn inside a marked-content span whose /ActualText is the text as typed
(PDF 32000-1 14.9.4): the glyphs stay shaped on the page, copy, search and pdftotext read the
ActualText.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from jewelpos.printing.fonts import DEVANAGARI, LATIN, find_fonts, needs_shaping, script_runs

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


def pdf_runs(text: str) -> list[tuple[str, str]]:
    """(script, run) pieces whose font changes only between words: reportlab shapes a word in
    one font, so a word split across fonts ("(₹)" after Hindi, "सहित)") draws wrong glyphs. A
    word with Devanagari and no Latin letters is all Devanagari (its font has the digits, the
    rupee sign and punctuation); one with both kinds of letters still splits by script."""
    runs: list[tuple[str, str]] = []

    def add(script: str, piece: str) -> None:
        if runs and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + piece)
        else:
            runs.append((script, piece))

    for token in re.split(r"(\s+)", text):
        if not token:
            continue
        if token.isspace():
            add(runs[-1][0] if runs else LATIN, token)
        elif not needs_shaping(token):
            add(LATIN, token)
        elif not re.search(r"[A-Za-z]", token):
            add(DEVANAGARI, token)
        else:
            for script, piece in script_runs(token):
                add(script, piece)
    return runs


def markup(text: str, *, bold: bool = False) -> str:
    """Escape text for a Paragraph and wrap each Devanagari run in the Devanagari font.

    The paragraph style must use ``SANS`` with ``shaping=1`` so the Devanagari runs are shaped.
    Newlines become line breaks.
    """
    parts: list[str] = []
    for script, run in pdf_runs(text):
        body = escape(run).replace("\n", "<br/>")
        if script == DEVANAGARI:
            parts.append(f'<font name="{DEVA_BOLD if bold else DEVA}">{body}</font>')
        else:
            parts.append(body)
    joined = "".join(parts)
    return f"<b>{joined}</b>" if bold else joined


def actual_text_operator(text: str) -> str:
    """The BDC operator opening a span whose /ActualText is ``text`` (UTF-16BE with BOM, hex)."""
    data = ("\ufeff" + text).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <{data}>>> BDC"


class ExtractableParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A Paragraph drawn inside an /ActualText span carrying ``actual``, its text as typed."""

    def __init__(self, text: Any, style: Any, *args: Any, actual: str = "", **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.actual = actual

    def draw(self) -> None:
        """Draw the shaped glyphs, bracketed by BDC/EMC when there is an actual text."""
        if not self.actual:
            super().draw()
            return
        code = self.canv._code  # reportlab has no public marked-content API
        code.append(actual_text_operator(self.actual))
        super().draw()
        code.append("EMC")


def paragraph(body: str, style: Any, *, actual: str) -> Paragraph:
    """``body`` (Paragraph markup) as a paragraph; extractable as ``actual`` when it holds Hindi."""
    if needs_shaping(actual):
        return ExtractableParagraph(body, style, actual=" ".join(actual.split()))
    return Paragraph(body, style)

"""Look of the counter: a font that shapes Devanagari, sizes for tired eyes, the stylesheet."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from jewelpos.ui.paths import styles_dir

log = logging.getLogger(__name__)

# Nirmala UI (Windows) covers Latin and Devanagari. Elsewhere Noto Sans sets the Latin text (and
# the line metrics, so text sits centred in fields) and Qt falls back to Noto Sans Devanagari for
# Hindi, character by character along this list.
FONT_FAMILIES = ["Nirmala UI", "Noto Sans", "Noto Sans Devanagari", "Segoe UI", "DejaVu Sans"]
# In Hindi most text is Devanagari: its font leads, so Hindi sits centred in fields and cells.
FONT_FAMILIES_HI = ["Nirmala UI", "Noto Sans Devanagari", "Noto Sans", "Segoe UI", "DejaVu Sans"]
BASE_POINT_SIZE = 11
STYLESHEET = "counter.qss"


def counter_font(
    point_size: int = BASE_POINT_SIZE, *, bold: bool = False, language: str = "en"
) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES_HI if language == "hi" else FONT_FAMILIES)
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


def apply_font(app: QApplication, language: str) -> None:
    app.setFont(counter_font(language=language))


def apply_theme(app: QApplication, language: str = "en") -> None:
    """Set the application font and stylesheet (a missing stylesheet is logged, never fatal)."""
    # Qt notes (at info level) each time a Latin font hands Devanagari to its fallback: expected.
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    apply_font(app, language)
    path = styles_dir() / STYLESHEET
    try:
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    except OSError:
        log.warning("stylesheet %s not found; using the plain style", path)

"""The words printed on slips and A4 documents in the shop's chosen print language.

Labels come from the screens' own catalogue (resources/translations/jewelpos_hi.qm, context
``Printing``), read with a QTranslator of their own: a Hindi invoice can be printed while the
counter's screens are in English. Call sites write ``labels.translate("Printing", "...")`` with
literal text so lupdate extracts it; a heading is wrapped in ``labels.heading(...)`` and, with
"both", prints "English / हिंदी".
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from jewelpos.domain.errors import ValidationError

PRINT_LANGUAGES = ("en", "hi", "both")
"""English, Hindi, or English with Hindi beside each heading."""
CONTEXT = "Printing"

# Words that reach ``translate`` from data (a line's charges, Rule 48's copy names), listed so lupdate extracts them.
DATA_WORDS = (
    QT_TRANSLATE_NOOP("Printing", "VA"),
    QT_TRANSLATE_NOOP("Printing", "Making"),
    QT_TRANSLATE_NOOP("Printing", "Stones"),
    QT_TRANSLATE_NOOP("Printing", "Hallmark"),
    QT_TRANSLATE_NOOP("Printing", "Other"),
    QT_TRANSLATE_NOOP("Printing", "Discount"),
    QT_TRANSLATE_NOOP("Printing", "Original for Recipient"),
    QT_TRANSLATE_NOOP("Printing", "Duplicate for Transporter"),
    QT_TRANSLATE_NOOP("Printing", "Triplicate for Supplier"),
    QT_TRANSLATE_NOOP("DayEndDialog", "Gift vouchers sold (in cash)"),  # the day-end PDF's row
)


class Label(str):
    """A printed word in the chosen language that remembers its English and Hindi."""

    english: str
    hindi: str

    def __new__(cls, text: str, *, english: str, hindi: str) -> Label:
        self = super().__new__(cls, text)
        self.english = english
        self.hindi = hindi
        return self


def _translations_dir() -> Path:
    """Where the shipped .qm files are (as jewelpos.ui.paths finds the resources)."""
    env = os.environ.get("JEWELPOS_RESOURCES")
    if env:
        return Path(env) / "translations"
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources" / "translations"
    here = Path(__file__).resolve()
    installed = here.parents[1] / "resources"
    if installed.is_dir():
        return installed / "translations"
    return here.parents[3] / "resources" / "translations"


@lru_cache(maxsize=1)
def _hindi() -> QTranslator | None:
    translator = QTranslator()
    if translator.load("jewelpos_hi", str(_translations_dir())):
        return translator
    return None


class PrintLabels:
    """``translate`` gives a label in the print language; ``heading`` makes it bilingual for
    "both". Without a Hindi catalogue (or an untranslated word) English is printed."""

    def __init__(self, language: str = "en") -> None:
        if language not in PRINT_LANGUAGES:
            raise ValidationError("print_language", "must be English, Hindi or both")
        self.language = language

    def translate(self, context: str, text: str) -> Label:
        """The word for ``text`` (English source) in the print language."""
        hindi = text
        if self.language != "en":
            translator = _hindi()
            if translator is not None:
                hindi = translator.translate(context, text) or text
        shown = hindi if self.language == "hi" else text
        return Label(shown, english=text, hindi=hindi)

    def heading(self, label: str) -> str:
        """A heading: with "both", its English and its Hindi side by side."""
        if self.language == "both" and isinstance(label, Label) and label.hindi != label.english:
            return f"{label.english} / {label.hindi}"
        return str(label)


ENGLISH = PrintLabels("en")

"""Errors become sentences that say what to do, in English and Hindi; the catalogue is complete."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from jewelpos.domain.errors import (
    DatabaseBusy,
    InvalidCredentials,
    PermissionDenied,
    RateNotSet,
    ValidationError,
)
from jewelpos.ui.i18n import Translations
from jewelpos.ui.messages import error_text, problem_text
from jewelpos.ui.paths import translations_dir


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations(qapp)
    yield t
    t.reset()


def test_known_errors_read_as_instructions(translations: Translations) -> None:
    """Each code maps to its sentence; a field error names the field and what it should look like."""
    assert error_text(InvalidCredentials("x")) == "Wrong user or PIN. Try again."
    assert "Ask a manager" in error_text(PermissionDenied("x"))
    assert error_text(RateNotSet("x", label="22K916")).startswith("Today's rate for 22K916")
    assert "Nothing was lost" in error_text(DatabaseBusy("locked"))
    exc = ValidationError("gstin", "'27X' is not a GSTIN")
    assert error_text(exc) == f"GSTIN: {problem_text(exc)}"
    assert problem_text(exc).startswith("Not a valid GSTIN")
    assert problem_text(ValidationError("shop_name", "is required")) == "This is required."


def test_messages_in_hindi(translations: Translations) -> None:
    """With Hindi loaded the same errors come out in Hindi."""
    assert translations.set_language("hi")
    assert error_text(InvalidCredentials("x")) == "यूज़र या पिन गलत है। फिर से कोशिश करें।"
    assert problem_text(ValidationError("pin_code", "bad")).startswith("पिन कोड सही नहीं है")
    translations.reset()
    assert error_text(InvalidCredentials("x")) == "Wrong user or PIN. Try again."


def test_hindi_catalogue_is_complete_and_compiled() -> None:
    """Every string in the .ts has a finished translation and the compiled .qm is there."""
    ts = translations_dir() / "jewelpos_hi.ts"
    root = ET.parse(ts).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 150

    def done(m: ET.Element) -> bool:
        tr = m.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
            return False
        if m.get("numerus") == "yes":  # a %n text: each plural form has its Hindi
            forms = tr.findall("numerusform")
            return bool(forms) and all((f.text or "").strip() for f in forms)
        return bool((tr.text or "").strip())

    unfinished = [m.findtext("source") for m in messages if not done(m)]
    assert unfinished == []
    assert (translations_dir() / "jewelpos_hi.qm").stat().st_size > 1000

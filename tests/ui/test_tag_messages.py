"""Tag layout refusals read as sentences: the barcode that cannot fit its flag, a field in the tail."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jewelpos.domain.errors import ValidationError
from jewelpos.printing.tags import TagField, TagLayout
from jewelpos.services.tags import check_layout
from jewelpos.ui.messages import error_text


def test_a_barcode_too_wide_for_its_flag_is_said_in_words() -> None:
    """The message starts with "Barcode:" and gives the widths in mm, no internal field names."""
    narrow = replace(TagLayout(), flags=((0.0, 30.0), (65.0, 95.0)), fields=())
    with pytest.raises(ValidationError) as refused:
        check_layout(narrow, longest_code="B1C1000042")
    text = error_text(refused.value)
    assert text.startswith("Barcode: B1C1000042 needs a barcode 30.8 mm wide")
    assert "_" not in text
    in_tail = replace(TagLayout(), fields=(TagField("design_no", 45.0, 1.0),))
    with pytest.raises(ValidationError) as refused:
        check_layout(in_tail)
    assert error_text(refused.value).startswith(
        "Tag layout: The design number lies in the tail, off both flags"
    )

"""Identifiers: PAN, GSTIN with its check character, HUID, Indian mobile, PIN code, states."""

from __future__ import annotations

import pytest

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.validation import (
    INDIAN_STATES,
    gstin_check_character,
    gstin_state_code,
    normalise_mobile,
    validate_gstin,
    validate_huid,
    validate_pan,
    validate_pin_code,
    validate_upi_vpa,
)

PUBLISHED_GSTINS = [
    "27AAPFU0939F1ZV",
    "29AAGCB7383J1Z4",
    "07AAGFF2194N1Z1",
    "33AACCM9093R1ZP",
    "29AABCE5725G1ZN",
    "29AABCT1332L1ZA",
]


def test_pan_valid_and_normalised() -> None:
    """A PAN is uppercased and trimmed."""
    assert validate_pan(" aapfu0939f ") == "AAPFU0939F"
    assert validate_pan("ABCPE1234F") == "ABCPE1234F"


@pytest.mark.parametrize(
    "pan", ["", "AAPFU0939", "AAPFU0939FF", "AAPF10939F", "AAPFU093XF", "AAPFU09391", "AAPXU0939F"]
)
def test_pan_malformed(pan: str) -> None:
    """Wrong length, digits in the letter part, letters in the digits, bad holder type."""
    with pytest.raises(ValidationError) as e:
        validate_pan(pan, field="customer.pan")
    assert e.value.field == "customer.pan"


@pytest.mark.parametrize("gstin", PUBLISHED_GSTINS)
def test_published_gstins_pass(gstin: str) -> None:
    """Real published GSTINs pass, including their check character."""
    assert validate_gstin(gstin.lower()) == gstin
    assert gstin_check_character(gstin[:14]) == gstin[14]


@pytest.mark.parametrize("gstin", PUBLISHED_GSTINS)
def test_every_wrong_check_character_fails(gstin: str) -> None:
    """Any other last character is refused as a wrong check character."""
    for ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if ch != gstin[14]:
            with pytest.raises(ValidationError, match="check character"):
                validate_gstin(gstin[:14] + ch)


def test_transposed_digits_are_caught() -> None:
    """Swapping two neighbouring characters (the usual typing slip) breaks the check."""
    with pytest.raises(ValidationError):
        validate_gstin("27AAPFU0993F1ZV")


@pytest.mark.parametrize(
    ("gstin", "problem"),
    [
        ("27AAPFU0939F1Z", "15 characters"),
        ("27AAPFU0939F1ZVX", "15 characters"),
        ("00AAPFU0939F1ZV", "state code"),
        ("40AAPFU0939F1ZV", "state code"),
        ("27AAPXU0939F1ZV", "PAN"),
        ("27AAPFU0939F0ZV", "15 characters"),
    ],
)
def test_gstin_malformed(gstin: str, problem: str) -> None:
    """Length, state code, embedded PAN and entity number are each checked."""
    with pytest.raises(ValidationError, match=problem):
        validate_gstin(gstin)


def test_gstin_state_code_and_states() -> None:
    """The state code is the first two digits and names a GST state."""
    assert gstin_state_code("27AAPFU0939F1ZV") == "27"
    assert INDIAN_STATES["27"] == "Maharashtra"
    assert INDIAN_STATES["29"] == "Karnataka"
    assert INDIAN_STATES["38"] == "Ladakh"
    assert INDIAN_STATES["97"] == "Other Territory"
    assert len([c for c in INDIAN_STATES if 1 <= int(c) <= 38]) == 38


def test_huid() -> None:
    """HUID: 6 characters A-Z/0-9, normalised to upper case."""
    assert validate_huid("ab12cd") == "AB12CD"
    for bad in ("AB12C", "AB12CDE", "AB-2CD", "", "AB 2CD"):
        with pytest.raises(ValidationError):
            validate_huid(bad)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9876543210", "9876543210"),
        ("+91 98765 43210", "9876543210"),
        ("098765-43210", "9876543210"),
        ("+919876543210", "9876543210"),
        (" 6000000000 ", "6000000000"),
    ],
)
def test_mobile_accepts_indian_forms(text: str, expected: str) -> None:
    """Prefixes +91 or 0, spaces and dashes are accepted; the 10 digits come back."""
    assert normalise_mobile(text) == expected


@pytest.mark.parametrize(
    "text", ["5876543210", "98765", "98765432101", "+1 415 555 0100", "abc", ""]
)
def test_mobile_refuses_others(text: str) -> None:
    """Landlines (not 6-9), short or long numbers, foreign numbers, junk are refused."""
    with pytest.raises(ValidationError) as e:
        normalise_mobile(text, field="customer.mobile")
    assert e.value.field == "customer.mobile"


def test_pin_code() -> None:
    """PIN: 6 digits, first not 0; a space in the middle is allowed."""
    assert validate_pin_code("400001") == "400001"
    assert validate_pin_code("400 001") == "400001"
    for bad in ("040001", "40001", "4000011", "40000A", ""):
        with pytest.raises(ValidationError):
            validate_pin_code(bad)


@pytest.mark.parametrize("vpa", ["shreelaxmi@okaxis", "98765.43210@ybl", "shop-1@paytm", ""])
def test_upi_vpa_accepts_real_shapes(vpa: str) -> None:
    """Shop UPI IDs of the usual shapes (and an empty one, meaning none) are accepted."""
    assert validate_upi_vpa(f" {vpa} ") == vpa


@pytest.mark.parametrize(
    "vpa", ["shreelaxmi", "@okaxis", "shop@", "shop@@bank", "sh op@bank", "a@1bank"]
)
def test_upi_vpa_refuses_malformed(vpa: str) -> None:
    """A UPI ID without a handle, with spaces or a bad bank part is refused at its field."""
    with pytest.raises(ValidationError) as e:
        validate_upi_vpa(vpa)
    assert e.value.field == "upi_vpa"

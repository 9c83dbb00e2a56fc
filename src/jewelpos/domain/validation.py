"""Identifiers met at the counter: PAN, GSTIN (with its check character), HUID, mobile, PIN code."""

from __future__ import annotations

import re

import phonenumbers

from jewelpos.domain.errors import ValidationError

INDIAN_STATES: dict[str, str] = {
    "01": "Jammu and Kashmir",
    "02": "Himachal Pradesh",
    "03": "Punjab",
    "04": "Chandigarh",
    "05": "Uttarakhand",
    "06": "Haryana",
    "07": "Delhi",
    "08": "Rajasthan",
    "09": "Uttar Pradesh",
    "10": "Bihar",
    "11": "Sikkim",
    "12": "Arunachal Pradesh",
    "13": "Nagaland",
    "14": "Manipur",
    "15": "Mizoram",
    "16": "Tripura",
    "17": "Meghalaya",
    "18": "Assam",
    "19": "West Bengal",
    "20": "Jharkhand",
    "21": "Odisha",
    "22": "Chhattisgarh",
    "23": "Madhya Pradesh",
    "24": "Gujarat",
    "25": "Daman and Diu",
    "26": "Dadra and Nagar Haveli and Daman and Diu",
    "27": "Maharashtra",
    "28": "Andhra Pradesh (before division)",
    "29": "Karnataka",
    "30": "Goa",
    "31": "Lakshadweep",
    "32": "Kerala",
    "33": "Tamil Nadu",
    "34": "Puducherry",
    "35": "Andaman and Nicobar Islands",
    "36": "Telangana",
    "37": "Andhra Pradesh",
    "38": "Ladakh",
    "97": "Other Territory",
    "99": "Centre Jurisdiction",
}
"""GST state code -> state or union territory name."""

PAN_HOLDER_TYPES = "PCHFATBLJG"
"""4th character of a PAN: Person, Company, HUF, Firm, AOP, Trust, BOI, Local authority,
artificial Juridical person, Government."""

_PAN = re.compile(r"[A-Z]{5}[0-9]{4}[A-Z]")
_GSTIN = re.compile(r"[0-9]{2}[A-Z0-9]{10}[1-9A-Z][A-Z0-9][0-9A-Z]")
_HUID = re.compile(r"[A-Z0-9]{6}")
_PIN = re.compile(r"[1-9][0-9]{5}")
_MOBILE = re.compile(r"[6-9][0-9]{9}")
_GSTIN_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _clean(value: object, *, field: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    return value.strip().upper()


def validate_pan(s: str, *, field: str = "pan") -> str:
    """A PAN ``AAAAA9999A`` (uppercased); the 4th letter must be a holder type."""
    pan = _clean(s, field=field)
    if not _PAN.fullmatch(pan):
        raise ValidationError(field, f"{s!r} is not a PAN (5 letters, 4 digits, 1 letter)")
    if pan[3] not in PAN_HOLDER_TYPES:
        raise ValidationError(
            field,
            f"{s!r} is not a PAN: the 4th letter must be one of {', '.join(PAN_HOLDER_TYPES)}",
        )
    return pan


def gstin_check_character(first14: str) -> str:
    """The GSTIN check character: the GSTN mod-36 scheme over the first 14 characters.

    Each character's value (0-9, A-Z = 10-35) is multiplied by 1 and 2 alternately; the
    quotient and remainder of each product by 36 are summed; check = (36 - sum mod 36) mod 36.
    """
    total = 0
    for i, ch in enumerate(first14.upper()):
        product = _GSTIN_CHARS.index(ch) * (2 if i % 2 else 1)
        total += product // 36 + product % 36
    return _GSTIN_CHARS[(36 - total % 36) % 36]


def validate_gstin(s: str, *, field: str = "gstin") -> str:
    """A 15-character GSTIN: state code, embedded PAN, entity number, check character."""
    gstin = _clean(s, field=field)
    if len(gstin) != 15 or not _GSTIN.fullmatch(gstin):
        raise ValidationError(field, f"{s!r} is not a GSTIN (15 characters like 27AAPFU0939F1ZV)")
    if gstin[:2] not in INDIAN_STATES:
        raise ValidationError(field, f"{s!r} starts with {gstin[:2]}, which is no GST state code")
    try:
        validate_pan(gstin[2:12], field=field)
    except ValidationError:
        raise ValidationError(
            field, f"{s!r} is not a GSTIN: characters 3-12 must be a PAN"
        ) from None
    if gstin_check_character(gstin[:14]) != gstin[14]:
        raise ValidationError(field, f"{s!r} is not a GSTIN: the check character is wrong")
    return gstin


def gstin_state_code(gstin: str, *, field: str = "gstin") -> str:
    """The two-digit state code of a valid GSTIN (``27`` for Maharashtra)."""
    return validate_gstin(gstin, field=field)[:2]


def validate_huid(s: str, *, field: str = "huid") -> str:
    """A BIS hallmark unique id: 6 characters A-Z/0-9, returned uppercased."""
    huid = _clean(s, field=field)
    if not _HUID.fullmatch(huid):
        raise ValidationError(field, f"{s!r} is not a HUID (6 letters or digits)")
    return huid


def normalise_mobile(s: str, *, field: str = "mobile") -> str:
    """An Indian mobile number as its 10 digits; accepts +91 / 0 prefixes, spaces and dashes."""
    if not isinstance(s, str):
        raise ValidationError(field, "must be text")
    try:
        number = phonenumbers.parse(s, "IN")
    except phonenumbers.NumberParseException:
        raise ValidationError(field, f"{s!r} is not a phone number") from None
    national = str(number.national_number)
    if number.country_code != 91 or not _MOBILE.fullmatch(national):
        raise ValidationError(
            field, f"{s!r} is not an Indian mobile number (10 digits starting with 6-9)"
        )
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(field, f"{s!r} is not a valid Indian mobile number")
    return national


def validate_pin_code(s: str, *, field: str = "pin_code") -> str:
    """An Indian PIN code: 6 digits, the first not 0 (a space inside is allowed: ``400 001``)."""
    if not isinstance(s, str):
        raise ValidationError(field, "must be text")
    pin = s.replace(" ", "")
    if not _PIN.fullmatch(pin):
        raise ValidationError(field, f"{s!r} is not a PIN code (6 digits, not starting with 0)")
    return pin


_UPI_VPA = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{1,255}@[A-Za-z][A-Za-z0-9.-]{1,63}")


def validate_upi_vpa(s: str, *, field: str = "upi_vpa") -> str:
    """A UPI ID (virtual payment address) like ``shreelaxmi@okaxis``; empty means none is set."""
    if not isinstance(s, str):
        raise ValidationError(field, "must be text")
    vpa = s.strip()
    if vpa and not _UPI_VPA.fullmatch(vpa):
        raise ValidationError(field, f"{s!r} is not a UPI ID (like shopname@bank)")
    return vpa

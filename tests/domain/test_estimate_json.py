"""Reading the estimate file's bytes: strict UTF-8, bounded nesting, numbers and size."""

from __future__ import annotations

import codecs
import json

import pytest

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.estimate_json import (
    MAX_FILE_BYTES,
    MAX_NESTING,
    MAX_NUMBER_CHARS,
    load_estimate_json,
)

TEXT = '{"supply": "intra", "rates": {"gold-916": "7150.00"}, "items": []}'


def _refused(raw: bytes) -> str:
    with pytest.raises(ValidationError) as e:
        load_estimate_json(raw)
    assert e.value.field == "file"
    return e.value.problem


def test_utf8_with_or_without_a_bom_is_read() -> None:
    """Plain UTF-8 and UTF-8 with the byte-order mark Notepad writes give the same value."""
    expected = json.loads(TEXT)
    assert load_estimate_json(TEXT.encode()) == expected
    assert load_estimate_json(codecs.BOM_UTF8 + TEXT.encode()) == expected


def test_non_ascii_text_in_utf8_is_read() -> None:
    """UTF-8 is decoded, not guessed: Hindi text survives."""
    assert load_estimate_json('{"supply": "अंतर"}'.encode()) == {"supply": "अंतर"}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_are_refused_with_a_hint(encoding: str) -> None:
    """UTF-16/32, with or without a byte-order mark, is refused with 'save it as UTF-8'."""
    problem = _refused(TEXT.encode(encoding))
    assert problem.startswith("is UTF-16")
    assert "save it as UTF-8" in problem


def test_invalid_utf8_is_refused_naming_the_byte() -> None:
    """A Latin-1 byte in the file is refused with its value and position."""
    problem = _refused('{"supply": "caf\u00e9"}'.encode("latin-1"))
    assert problem.startswith("is not UTF-8 text (byte 0xe9 at position 15)")


def test_nesting_is_bounded() -> None:
    """32 levels are read; 33 are refused before the parser recurses; 100,000 too."""
    assert load_estimate_json(b"[" * MAX_NESTING + b"]" * MAX_NESTING) is not None
    assert "too deep" in _refused(b"[" * (MAX_NESTING + 1) + b"]" * (MAX_NESTING + 1))
    assert "too deep" in _refused(b'{"a":' * 100_000 + b"1" + b"}" * 100_000)


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    """A label full of brackets (and escaped quotes) is not nesting."""
    text = json.dumps({"supply": "[" * 100 + '\\"' + "{" * 100})
    assert load_estimate_json(text.encode()) == json.loads(text)


@pytest.mark.parametrize("number", ["1" * 400, "-" + "9" * 30, "0." + "0" * 30 + "1", "1" * 25])
def test_over_long_numbers_are_refused(number: str) -> None:
    """A JSON number longer than MAX_NUMBER_CHARS characters is refused before any arithmetic."""
    problem = _refused(f'{{"hallmark_fee": {number}}}'.encode())
    assert f"at most {MAX_NUMBER_CHARS}" in problem


def test_numbers_up_to_the_limit_are_read() -> None:
    """A 24-digit whole number and a short fraction are still read (the fields judge them)."""
    assert load_estimate_json(b'{"a": 123456789012345678901234, "b": 1.5}') == {
        "a": 123456789012345678901234,
        "b": 1.5,
    }


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(constant: str) -> None:
    """JSON's non-standard constants are refused."""
    assert constant in _refused(f'{{"hallmark_fee": {constant}}}'.encode())


def test_a_key_given_twice_is_refused() -> None:
    """Two values for one key would silently keep the last: refused instead."""
    assert "'gross_g' twice" in _refused(b'{"items": [{"gross_g": "1", "gross_g": "2"}]}')


def test_an_oversized_file_is_refused() -> None:
    """More than MAX_FILE_BYTES is refused without parsing."""
    assert "at most" in _refused(b" " * (MAX_FILE_BYTES + 1))


def test_syntax_errors_stay_json_errors() -> None:
    """A file that is not JSON raises json.JSONDecodeError with line and column."""
    with pytest.raises(json.JSONDecodeError):
        load_estimate_json(b'{"rates": {"gold-916": "7150.00",}')

"""Reading an estimate file's bytes as JSON: strict UTF-8, bounded size, nesting and numbers.

Problems of the file as a whole raise ``ValidationError("file", problem)``; a file that is not
JSON at all raises ``json.JSONDecodeError`` (a ``ValueError``) with its line and column.
"""

from __future__ import annotations

import codecs
import json
import re

from jewelpos.domain.errors import ValidationError

MAX_FILE_BYTES = 8 * 1024 * 1024
"""8 MiB: a thousand items take well under a megabyte."""
MAX_NESTING = 32
"""Objects and lists inside one another; the estimate file itself needs four levels."""
MAX_NUMBER_CHARS = 24
"""Characters in one number (a JSON number or a decimal string): Rs 100 crore is 13."""

_FILE = "file"
_TOO_DEEP = f"at most {MAX_NESTING} levels"
_SAVE_AS_UTF8 = "save it as UTF-8 (in Notepad: Save as, Encoding UTF-8)"
_UTF16_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# A string runs to its closing quote or, unterminated, to the end; possessive, so never quadratic.
_BRACKET_OR_STRING = re.compile(rb'"(?:[^"\\]|\\.|\\\Z)*+(?:"|\Z)|[\[\]{}]', re.DOTALL)
_SHOWN_CHARS = 40


def load_estimate_json(raw: bytes) -> object:
    """The JSON value in ``raw`` (the file's bytes); see the module docstring for the errors."""
    if len(raw) > MAX_FILE_BYTES:
        raise ValidationError(
            _FILE, f"is {len(raw)} bytes; an estimate file may be at most {MAX_FILE_BYTES}"
        )
    text = _decode(raw)
    _check_nesting(raw)
    try:
        return json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
            object_pairs_hook=_object_without_duplicates,
        )
    except RecursionError:  # pragma: no cover - _check_nesting stops this first
        raise ValidationError(_FILE, f"nests lists or objects too deep ({_TOO_DEEP})") from None


def shown(value: object) -> str:
    """A value from the file as a message shows it: quoted, on one line, cut short if long."""
    text = repr(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 3] + "..."


def _decode(raw: bytes) -> str:
    if raw.startswith(_UTF16_BOMS) or _looks_utf16(raw):
        raise ValidationError(_FILE, f"is UTF-16 (or UTF-32) text; {_SAVE_AS_UTF8}")
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        bad = raw[e.start : e.start + 1].hex()
        raise ValidationError(
            _FILE, f"is not UTF-8 text (byte 0x{bad} at position {e.start}); {_SAVE_AS_UTF8}"
        ) from None


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte-order mark: JSON starts with ASCII, so one of its first two bytes
    is zero (RFC 4627, section 3)."""
    head = raw[:4]
    return len(head) >= 2 and (head[0] == 0 or head[1] == 0)


def _check_nesting(raw: bytes) -> None:
    """Count brackets outside strings before parsing: the parser recurses once per level."""
    depth = 0
    for m in _BRACKET_OR_STRING.finditer(raw):
        token = m.group()
        if token in (b"[", b"{"):
            depth += 1
            if depth > MAX_NESTING:
                raise ValidationError(_FILE, f"nests lists or objects too deep ({_TOO_DEEP})")
        elif token in (b"]", b"}"):
            depth = max(depth - 1, 0)


def _check_length(text: str) -> None:
    if len(text) > MAX_NUMBER_CHARS:
        raise ValidationError(
            _FILE,
            f"has a number {len(text)} characters long ({text[:8]}...); "
            f"at most {MAX_NUMBER_CHARS} are allowed",
        )


def _parse_int(text: str) -> int:
    _check_length(text)
    return int(text)


def _parse_float(text: str) -> float:
    """Kept as float only so the field's own check can say "use a decimal string"."""
    _check_length(text)
    return float(text)


def _parse_constant(text: str) -> object:
    raise ValidationError(_FILE, f"has {text}, which is not a number; write amounts as strings")


def _object_without_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    seen: dict[str, object] = {}
    for key, value in pairs:
        if key in seen:
            raise ValidationError(_FILE, f"gives the key {shown(key)} twice in one object")
        seen[key] = value
    return seen

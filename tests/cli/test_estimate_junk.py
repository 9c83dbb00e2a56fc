"""`jewelpos estimate` on random junk: always exit 0 or 2 with one line, never a traceback."""

from __future__ import annotations

import contextlib
import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jewelpos.cli import run

FULL: dict[str, Any] = {
    "supply": "intra",
    "rates": {"gold-916": "7150.00", "gold-750": "5850.00", "silver-925": "95.00"},
    "hallmark_fee": "45.00",
    "items": [
        {
            "metal": "gold",
            "purity": 916,
            "gross_g": "6.250",
            "stone_ct": "1.90",
            "stone_value": "1200.00",
            "wastage": {"percent": "8", "on": "weight"},
            "making": {"per_g": "450.00"},
            "making_discount_percent": "10",
            "other_charges": "0.00",
            "hallmark_pieces": 1,
        }
    ],
    "repairs": [
        {
            "labour": "600.00",
            "labour_gst_percent": "5",
            "added_metal": "gold",
            "added_purity": 916,
            "added_g": "0.250",
        }
    ],
    "old_gold": [
        {
            "gross_g": "1.300",
            "less_g": "0.050",
            "touch_percent": "84.0",
            "rate": "7700.00",
            "deduction_percent": "2",
        }
    ],
    "pre_tax_discounts": ["10.00"],
    "set_offs": [{"kind": "scheme", "amount": "500.00"}],
}

NASTY_TEXT = [
    "",
    " ",
    "-0",
    "0",
    "1e5",
    "NaN",
    "Infinity",
    "1" * 400,
    "0." + "0" * 40 + "1",
    "99999999999999999999.999",
    "²",
    "٩١٦",
    "gold-²",
    "\ud800",
    "a\nb",
    "7,150.00",
    "+.5",
    "per_g",
    "value",
    "inter",
    "scheme",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(NASTY_TEXT),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
)
keys = st.one_of(st.text(max_size=10), st.sampled_from(["items", "rates", "gross_g", "kind"]))
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)),
    max_leaves=20,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, (*prefix, i))
    return found


PATHS = _paths(FULL)[1:]


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    """The full documented file with one to three values replaced or keys added."""
    data = copy.deepcopy(FULL)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        path = draw(st.sampled_from(PATHS))
        target: Any = data
        try:
            for step in path[:-1]:
                target = target[step]
            if draw(st.booleans()) or not isinstance(target, dict):
                target[path[-1]] = draw(json_values)
            else:
                target[draw(keys)] = draw(json_values)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation replaced this branch
    return data


def _encode(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8", errors="surrogatepass")


@pytest.fixture(scope="module")
def junk_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("junk") / "estimate.json"


def _run_on(path: Path, raw: bytes) -> None:
    path.write_bytes(raw)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(["estimate", str(path)])
    assert code in (0, 2)
    if code == 0:
        assert err.getvalue() == ""
        json.loads(out.getvalue())
    else:
        assert out.getvalue() == ""
        lines = err.getvalue().split("\n")
        assert len(lines) == 2 and lines[1] == "" and lines[0].startswith("error: "), lines


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_documented_files_exit_0_or_2(junk_path: Path, data: Any) -> None:
    """The documented file with random values and keys swapped in: exit 0 or 2, one line."""
    _run_on(junk_path, _encode(data))


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_random_json_exits_2_or_0(junk_path: Path, data: Any) -> None:
    """Any JSON value at all: exit 0 or 2 with one line, never a traceback."""
    _run_on(junk_path, _encode(data))


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=64), st.binary(max_size=8).map(lambda b: b"{" + b + b"}")))
def test_random_bytes_exit_2_or_0(junk_path: Path, raw: bytes) -> None:
    """Random bytes (mostly not UTF-8, not JSON): exit 2 with one line, never a traceback."""
    _run_on(junk_path, raw)

"""`jewelpos estimate FILE`: the real command prices the worked examples and rejects bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from jewelpos.cli import run

RATES = {"gold-916": "7150.00", "gold-750": "5850.00", "silver-925": "95.00"}

CHAIN = {
    "supply": "intra",
    "rates": RATES,
    "items": [
        {
            "metal": "gold",
            "purity": 916,
            "gross_g": "18.450",
            "wastage": {"percent": "12", "on": "value"},
            "hallmark_pieces": 1,
        }
    ],
}
RING = {
    "supply": "intra",
    "rates": RATES,
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
            "making_discount_percent": "0",
            "other_charges": "0.00",
            "hallmark_pieces": 1,
        }
    ],
}
EXCHANGE = {
    "rates": RATES,
    "items": [
        {
            "metal": "gold",
            "purity": 916,
            "gross_g": "32.640",
            "wastage": {"percent": "14", "on": "value"},
            "hallmark_pieces": 1,
        }
    ],
    "old_gold": [
        {
            "gross_g": "21.300",
            "less_g": "0.450",
            "touch_percent": "84.0",
            "rate": "7700.00",
            "deduction_percent": "2",
        }
    ],
}
REPAIR = {
    "rates": RATES,
    "repairs": [
        {
            "labour": "600.00",
            "labour_gst_percent": "5",
            "added_metal": "gold",
            "added_purity": 916,
            "added_g": "0.250",
        }
    ],
}

EXPECTED: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "chain": (CHAIN, {
        "taxable": "147792.60", "cgst": "2216.89", "sgst": "2216.89", "igst": "0.00",
        "invoice_value": "152226.38", "old_gold_value": "0.00", "round_off": "-0.38",
        "net_payable": "152226.00",
    }),
    "ring": (RING, {
        "taxable": "49217.50", "cgst": "738.26", "sgst": "738.26",
        "invoice_value": "50694.02", "round_off": "-0.02", "net_payable": "50694.00",
    }),
    "exchange": (EXCHANGE, {
        "taxable": "266093.64", "cgst": "3991.40", "sgst": "3991.40",
        "invoice_value": "274076.44", "old_gold_value": "132160.64", "round_off": "0.20",
        "net_payable": "141916.00", "pan_required": True,
    }),
    "repair": (REPAIR, {
        "cgst": "41.81", "sgst": "41.81", "invoice_value": "2471.12", "round_off": "-0.12",
        "net_payable": "2471.00",
    }),
}  # fmt: skip


def _write(tmp_path: Path, data: Any, name: str = "estimate.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", list(EXPECTED))
def test_worked_examples_through_the_real_command(name: str, tmp_path: Path) -> None:
    """`python -m jewelpos estimate FILE` in a subprocess prints the worked example's figures."""
    data, expected = EXPECTED[name]
    done = subprocess.run(
        [sys.executable, "-m", "jewelpos", "estimate", str(_write(tmp_path, data))],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    for key, value in expected.items():
        assert out[key] == value, key


def test_ring_lines_via_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """cli.run prints the labelled lines of the ring estimate as JSON on stdout."""
    assert run(["estimate", str(_write(tmp_path, RING))]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["lines"] == [
        {"label": "Gold 22K916 5.870 g @ 7150.00", "amount": "41970.50"},
        {"label": "Wastage 0.470 g", "amount": "3360.50"},
        {"label": "Making 450.00/g", "amount": "2641.50"},
        {"label": "Stones 0.380 g", "amount": "1200.00"},
        {"label": "Hallmark 1 pc", "amount": "45.00"},
    ]
    assert out["pan_required"] is False


def test_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-` reads the estimate from standard input."""
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(CHAIN)))
    assert run(["estimate", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["net_payable"] == "152226.00"


def _ring_with(**item_changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(RING))
    data["items"][0].update(item_changes)
    return data


BAD_INPUTS: dict[str, tuple[Any, str]] = {
    "missing rate": (
        {**RING, "rates": {"gold-750": "5850.00"}},
        "error: rates.gold-916: no rate given for gold 22K916 (needed by items[0])",
    ),
    "negative weight": (
        _ring_with(gross_g="-6.250"),
        "error: items[0].gross_g: must not be negative",
    ),
    "stones heavier than the piece": (
        _ring_with(stone_ct="40"),
        "error: items[0].stone_ct: stones (8.000 g) are heavier than the piece (6.250 g)",
    ),
    "unknown making type": (
        _ring_with(making={"per_piece": "500"}),
        "error: items[0].making: unknown making type 'per_piece' (use per_g, percent or flat)",
    ),
    "malformed number": (
        _ring_with(stone_value="1,200.00"),
        "error: items[0].stone_value: '1,200.00' is not a number",
    ),
    "float number": (
        _ring_with(gross_g=6.25),
        'error: items[0].gross_g: must be a decimal string such as "12.50", '
        "not a JSON number with a fraction",
    ),
    "bad supply": (
        {**RING, "supply": "export"},
        'error: supply: \'export\' must be "intra" or "inter"',
    ),
    "not an object": ([RING], "error: estimate: must be a JSON object"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_exits_2_with_one_clear_line(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad input: exit status 2, nothing on stdout, one line on stderr naming field and problem."""
    data, message = BAD_INPUTS[case]
    assert run(["estimate", str(_write(tmp_path, data))]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == message + "\n"


def test_bad_json_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not JSON at all gives exit 2 and says so."""
    path = _write(tmp_path, '{"rates": {"gold-916": "7150.00",}')
    assert run(["estimate", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {path} is not valid JSON")
    assert err.count("\n") == 1


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that does not exist gives exit 2 and names it."""
    assert run(["estimate", str(tmp_path / "nope.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_bad_input_through_the_real_command(tmp_path: Path) -> None:
    """The subprocess also exits 2 with the message on stderr and nothing on stdout."""
    data, message = BAD_INPUTS["missing rate"]
    done = subprocess.run(
        [sys.executable, "-m", "jewelpos", "estimate", str(_write(tmp_path, data))],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (2, "", message + "\n")

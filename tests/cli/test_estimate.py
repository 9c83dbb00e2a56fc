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


def _command(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jewelpos", "estimate", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",
        timeout=60,
        check=False,
    )


_RING_TEXT = json.dumps(RING)
CRASHES: dict[str, tuple[bytes, str]] = {
    "invalid UTF-8": (
        # Latin-1 "gold-916" key with an o-umlaut: '{"supply": "intra", "rates": {"g' is 32 bytes.
        _RING_TEXT.replace("gold", "g\u00f6ld", 1).encode("latin-1"),
        "error: file: is not UTF-8 text (byte 0xf6 at position 32); save it as UTF-8 "
        "(in Notepad: Save as, Encoding UTF-8)",
    ),
    "UTF-16": (
        _RING_TEXT.encode("utf-16"),
        "error: file: is UTF-16 (or UTF-32) text; save it as UTF-8 "
        "(in Notepad: Save as, Encoding UTF-8)",
    ),
    "nesting 100000 deep": (
        b"[" * 100_000 + b"]" * 100_000,
        "error: file: nests lists or objects too deep (at most 32 levels)",
    ),
    "a 400-digit number": (
        _RING_TEXT.replace('"6.250"', "1" * 400).encode(),
        "error: file: has a number 400 characters long (11111111...); at most 24 are allowed",
    ),
    "a 400-digit decimal string": (
        _RING_TEXT.replace('"6.250"', '"' + "1" * 400 + '"').encode(),
        "error: items[0].gross_g: is 400 characters long; a number has at most 24",
    ),
    "NaN": (
        _RING_TEXT.replace('"6.250"', "NaN").encode(),
        "error: file: has NaN, which is not a number; write amounts as strings",
    ),
}


@pytest.mark.parametrize("case", list(CRASHES))
def test_what_used_to_crash_exits_2_with_one_line(case: str, tmp_path: Path) -> None:
    """Bytes that gave a traceback before: the real command exits 2 with one line, no traceback."""
    raw, message = CRASHES[case]
    path = tmp_path / "estimate.json"
    path.write_bytes(raw)
    done = _command(path)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", message + "\n")


def test_a_utf8_bom_is_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A UTF-8 file with a byte-order mark (Notepad's "UTF-8 with BOM") prices normally."""
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(CHAIN).encode())
    assert run(["estimate", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["net_payable"] == "152226.00"


def test_standard_input_is_read_as_bytes(tmp_path: Path) -> None:
    """`-` through the real command: stdin's bytes are decoded as UTF-8 too."""
    done = subprocess.run(
        [sys.executable, "-m", "jewelpos", "estimate", "-"],
        input=json.dumps(CHAIN).encode(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["net_payable"] == "152226.00"


MORE_BAD_INPUTS: dict[str, tuple[Any, str]] = {
    "unknown item key": (
        _ring_with(stone_cts="1.90"),
        "error: items[0].stone_cts: unknown key (did you mean stone_ct?)",
    ),
    "unknown set-off kind": (
        {**RING, "set_offs": [{"kind": "gift", "amount": "100.00"}]},
        "error: set_offs[0].kind: unknown kind of set-off 'gift' "
        "(use one of scheme, voucher, advance, credit, points, coupon)",
    ),
    "set-offs above the invoice": (
        # The ring's invoice value is 50,694.02.
        {**RING, "set_offs": [{"kind": "scheme", "amount": "50694.03"}]},
        "error: set_offs[0].amount: set-offs of 50,694.03 are more than the invoice value less "
        "old gold (50,694.02)",
    ),
    "a piece over 100 kg": (
        _ring_with(gross_g="100000.001"),
        "error: items[0].gross_g: must be at most 100000.000 g (100 kg)",
    ),
    "a key with a newline": (
        {**RING, "note\nerror: forged": "x"},
        "error: 'note\\nerror: forged': unknown key (use supply, rates, hallmark_fee, items, "
        "repairs, old_gold, pre_tax_discounts, set_offs)",
    ),
}


@pytest.mark.parametrize("case", list(MORE_BAD_INPUTS))
def test_unknown_and_absurd_input_exits_2_with_one_line(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unknown keys and kinds, set-offs above the bill, absurd weights: exit 2, one line."""
    data, message = MORE_BAD_INPUTS[case]
    assert run(["estimate", str(_write(tmp_path, data))]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", message + "\n")


def test_making_discount_through_the_real_command(tmp_path: Path) -> None:
    """48% off a making line of 1,877.66 is 901.28, as the customer sees it (DOMAIN.md C1.3)."""
    data = {
        "rates": RATES,
        "items": [
            {
                "metal": "gold",
                "purity": 916,
                "gross_g": "4.492",
                "making": {"per_g": "418.00"},
                "making_discount_percent": "48",
            }
        ],
    }
    # Making 4.492 g x 418.00 = 1,877.656 -> 1,877.66; 1,877.66 x 48% = 901.2768 -> 901.28.
    # Gold 4.492 x 7150.00 = 32,117.80; taxable 32,117.80 + 1,877.66 - 901.28 = 33,094.18;
    # CGST = SGST = 33,094.18 x 1.5% = 496.4127 -> 496.41; invoice 34,087.00.
    done = _command(_write(tmp_path, data))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["lines"][1:] == [
        {"label": "Making 418.00/g", "amount": "1877.66"},
        {"label": "Making discount 48%", "amount": "-901.28"},
    ]
    assert (out["taxable"], out["invoice_value"], out["net_payable"]) == (
        "33094.18",
        "34087.00",
        "34087.00",
    )

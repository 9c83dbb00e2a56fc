"""The estimate file contract: input keys, output keys and formats, errors naming file paths."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.estimate_file import parse_estimate_file, price_estimate_file

RATES = {"gold-916": "7150.00", "gold-750": "5850.00", "silver-925": "95.00"}
OUTPUT_KEYS = [
    "lines",
    "taxable",
    "cgst",
    "sgst",
    "igst",
    "invoice_value",
    "old_gold_value",
    "set_offs_total",
    "round_off",
    "net_payable",
    "pan_required",
    "buyer_details_required",
]


def ring_file() -> dict[str, Any]:
    return {
        "supply": "intra",
        "rates": dict(RATES),
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


def test_ring_output_matches_the_documented_example() -> None:
    """The DOMAIN.md ring: exact output keys, amounts as 2-decimal strings, flags as booleans."""
    out = price_estimate_file(ring_file())
    assert list(out) == OUTPUT_KEYS
    assert out["lines"] == [
        {"label": "Gold 22K916 5.870 g @ 7150.00", "amount": "41970.50"},
        {"label": "Wastage 0.470 g", "amount": "3360.50"},
        {"label": "Making 450.00/g", "amount": "2641.50"},
        {"label": "Stones 0.380 g", "amount": "1200.00"},
        {"label": "Hallmark 1 pc", "amount": "45.00"},
    ]
    assert {k: v for k, v in out.items() if k != "lines"} == {
        "taxable": "49217.50",
        "cgst": "738.26",
        "sgst": "738.26",
        "igst": "0.00",
        "invoice_value": "50694.02",
        "old_gold_value": "0.00",
        "set_offs_total": "0.00",
        "round_off": "-0.02",
        "net_payable": "50694.00",
        "pan_required": False,
        "buyer_details_required": False,
    }


def test_chain_exchange_and_repair_examples() -> None:
    """The other three worked examples through the file format, to the paisa."""
    chain = {
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
    out = price_estimate_file(chain)
    assert [line["label"] for line in out["lines"]] == [  # type: ignore[attr-defined]
        "Gold 22K916 18.450 g @ 7150.00",
        "VA 12%",
        "Hallmark 1 pc",
    ]
    assert (out["taxable"], out["cgst"], out["invoice_value"]) == (
        "147792.60",
        "2216.89",
        "152226.38",
    )
    assert (out["round_off"], out["net_payable"]) == ("-0.38", "152226.00")
    assert out["buyer_details_required"] is True

    exchange = {
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
    out = price_estimate_file(exchange)
    assert (out["taxable"], out["cgst"], out["sgst"]) == ("266093.64", "3991.40", "3991.40")
    assert (out["invoice_value"], out["old_gold_value"]) == ("274076.44", "132160.64")
    assert (out["round_off"], out["net_payable"], out["pan_required"]) == (
        "0.20",
        "141916.00",
        True,
    )

    repair = {
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
    out = price_estimate_file(repair)
    assert [line["amount"] for line in out["lines"]] == ["1787.50", "600.00"]  # type: ignore[attr-defined]
    assert (out["cgst"], out["sgst"]) == ("41.81", "41.81")
    assert (out["invoice_value"], out["net_payable"]) == ("2471.12", "2471.00")


def test_full_documented_input_with_set_offs_and_inter_state() -> None:
    """Every documented key at once: set-offs and old gold after tax; inter-state is IGST."""
    data = ring_file()
    data["supply"] = "inter"
    data["pre_tax_discounts"] = ["217.50"]
    data["set_offs"] = [
        {"kind": "scheme", "amount": "5000.00"},
        {"kind": "voucher", "amount": "2000.00"},
    ]
    out = price_estimate_file(data)
    assert out["lines"][-1] == {"label": "Discount", "amount": "-217.50"}  # type: ignore[index]
    assert out["taxable"] == "49000.00"
    assert (out["cgst"], out["sgst"], out["igst"]) == ("0.00", "0.00", "1470.00")
    assert out["invoice_value"] == "50470.00"
    assert out["set_offs_total"] == "7000.00"
    assert out["net_payable"] == "43470.00"


def test_optional_keys_and_unknown_keys() -> None:
    """stone_g instead of stone_ct; silver; unknown keys are ignored; supply defaults to intra."""
    data = {
        "comment": "quote for Mrs Iyer",
        "rates": RATES,
        "items": [
            {
                "metal": "silver",
                "purity": 925,
                "gross_g": "50.000",
                "stone_g": "1.000",
                "making": {"flat": "250"},
                "note": "anklet",
            }
        ],
    }
    out = price_estimate_file(data)
    assert out["lines"] == [
        {"label": "Silver S925 49.000 g @ 95.00", "amount": "4655.00"},
        {"label": "Making (flat)", "amount": "250.00"},
        {"label": "Stones 1.000 g", "amount": "0.00"},
    ]
    assert out["cgst"] == "73.58"
    assert parse_estimate_file(data).items[0].stone_mg == 1000


def _with(path: list[Any], value: Any, *, base: dict[str, Any] | None = None) -> dict[str, Any]:
    data = copy.deepcopy(base or ring_file())
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


_DELETE = object()


@pytest.mark.parametrize(
    ("data", "field", "problem"),
    [
        (_with(["rates"], {"gold-750": "5850.00"}), "rates.gold-916", "no rate given"),
        (_with(["rates"], _DELETE), "rates.gold-916", "no rate given"),
        (_with(["rates", "gold-916"], "7,150"), "rates.gold-916", "not a number"),
        (_with(["rates", "gold-916"], "0"), "rates.gold-916", "greater than zero"),
        (_with(["rates", "gold-916"], "7150.001"), "rates.gold-916", "2 decimal places"),
        (_with(["rates"], {"gold916": "1"}), "rates.gold916", "gold-916"),
        (_with(["items", 0, "gross_g"], "-6.250"), "items[0].gross_g", "negative"),
        (_with(["items", 0, "gross_g"], "6.2505"), "items[0].gross_g", "3 decimal places"),
        (_with(["items", 0, "gross_g"], 6.25), "items[0].gross_g", "decimal string"),
        (_with(["items", 0, "gross_g"], "six"), "items[0].gross_g", "not a number"),
        (_with(["items", 0, "gross_g"], _DELETE), "items[0].gross_g", "missing"),
        (_with(["items", 0, "stone_ct"], "40"), "items[0].stone_ct", "heavier than the piece"),
        (_with(["items", 0, "stone_g"], "0.1"), "items[0].stone_ct", "not both"),
        (
            _with(["items", 0, "making"], {"per_piece": "5"}),
            "items[0].making",
            "unknown making type",
        ),
        (_with(["items", 0, "making"], {}), "items[0].making", "exactly one"),
        (
            _with(["items", 0, "making"], {"per_g": "1", "flat": "2"}),
            "items[0].making",
            "exactly one",
        ),
        (_with(["items", 0, "making"], {"per_g": "-1"}), "items[0].making.per_g", "negative"),
        (_with(["items", 0, "making"], {"percent": "150"}), "items[0].making.percent", "100"),
        (_with(["items", 0, "making"], "450"), "items[0].making", "JSON object"),
        (_with(["items", 0, "wastage", "on"], "both"), "items[0].wastage.on", "value"),
        (_with(["items", 0, "wastage", "percent"], "x"), "items[0].wastage.percent", "number"),
        (_with(["items", 0, "metal"], "copper"), "items[0].metal", "unknown metal"),
        (_with(["items", 0, "purity"], 9160), "items[0].purity", "between 1 and 999"),
        (_with(["items", 0, "hallmark_pieces"], 1.5), "items[0].hallmark_pieces", "whole number"),
        (_with(["items", 0, "hallmark_pieces"], -1), "items[0].hallmark_pieces", "negative"),
        (_with(["items", 0, "stone_value"], "-1"), "items[0].stone_value", "negative"),
        (
            _with(["items", 0, "making_discount_percent"], "101"),
            "items[0].making_discount_percent",
            "100",
        ),
        (_with(["hallmark_fee"], "-45"), "hallmark_fee", "negative"),
        (_with(["supply"], "local"), "supply", "intra"),
        (_with(["items"], {"metal": "gold"}), "items", "JSON list"),
        (_with(["items", 0], "ring"), "items[0]", "JSON object"),
        (_with(["pre_tax_discounts"], ["x"]), "pre_tax_discounts[0]", "not a number"),
        (_with(["pre_tax_discounts"], ["60000"]), "pre_tax_discounts[0]", "more than"),
        (_with(["set_offs"], [{"amount": "1"}]), "set_offs[0].kind", "kind"),
        (
            _with(["set_offs"], [{"kind": "scheme", "amount": "-1"}]),
            "set_offs[0].amount",
            "negative",
        ),
        (
            _with(["repairs"], [{"labour": "10", "added_g": "0.1", "added_metal": "gold"}]),
            "repairs[0].added_purity",
            "missing",
        ),
        (
            _with(
                ["repairs"],
                [{"labour": "1", "added_g": "0.1", "added_metal": "gold", "added_purity": 999}],
            ),
            "rates.gold-999",
            "no rate given",
        ),
        (
            _with(
                ["old_gold"],
                [{"gross_g": "1.000", "less_g": "2.000", "touch_percent": "80", "rate": "7000"}],
            ),
            "old_gold[0].less_g",
            "more than the gross",
        ),
        (
            _with(["old_gold"], [{"gross_g": "1.000", "rate": "7000"}]),
            "old_gold[0].touch_percent",
            "missing",
        ),
    ],
)
def test_malformed_values_name_the_file_field(data: Any, field: str, problem: str) -> None:
    """Each malformed value raises ValidationError with the path as written in the file."""
    with pytest.raises(ValidationError) as e:
        price_estimate_file(data)
    assert e.value.field == field
    assert problem in e.value.problem


@pytest.mark.parametrize("data", [[], "estimate", None, 3])
def test_top_level_must_be_an_object(data: object) -> None:
    """A JSON value that is not an object is refused as a whole."""
    with pytest.raises(ValidationError) as e:
        price_estimate_file(data)
    assert e.value.field == "estimate"

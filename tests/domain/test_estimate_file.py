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


def test_optional_keys() -> None:
    """stone_g instead of stone_ct; silver; supply defaults to intra."""
    data = {
        "rates": RATES,
        "items": [
            {
                "metal": "silver",
                "purity": 925,
                "gross_g": "50.000",
                "stone_g": "1.000",
                "making": {"flat": "250"},
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


def full_file() -> dict[str, Any]:
    """The ring with every documented section: a repair, old gold, a discount and set-offs."""
    data = ring_file()
    data["repairs"] = [
        {
            "labour": "600.00",
            "labour_gst_percent": "5",
            "added_metal": "gold",
            "added_purity": 916,
            "added_g": "0.250",
        }
    ]
    data["old_gold"] = [
        {
            "gross_g": "1.000",
            "less_g": "0.000",
            "touch_percent": "84.0",
            "rate": "7700.00",
            "deduction_percent": "2",
        }
    ]
    data["pre_tax_discounts"] = ["0.00"]
    data["set_offs"] = [{"kind": "scheme", "amount": "5000.00"}]
    return data


def test_the_full_file_is_valid() -> None:
    """The base of the refusal tests below prices cleanly (each test changes one thing)."""
    assert price_estimate_file(full_file())["set_offs_total"] == "5000.00"


@pytest.mark.parametrize(
    ("path", "key", "field", "hint"),
    [
        ([], "comment", "comment", "(use supply, rates"),
        ([], "set_off", "set_off", "did you mean set_offs?"),
        (["items", 0], "stone_cts", "items[0].stone_cts", "did you mean stone_ct?"),
        (["items", 0], "Making", "items[0].Making", "did you mean making?"),
        (["items", 0, "wastage"], "percnt", "items[0].wastage.percnt", "did you mean percent?"),
        (["repairs", 0], "labor", "repairs[0].labor", "did you mean labour?"),
        (["old_gold", 0], "touch_pct", "old_gold[0].touch_pct", "did you mean touch_percent?"),
        (["set_offs", 0], "amt", "set_offs[0].amt", "did you mean amount?"),
        (["set_offs", 0], "note", "set_offs[0].note", "(use kind, amount)"),
        (["items", 0], "a\nb", "items[0].'a\\nb'", "unknown key"),
    ],
)
def test_unknown_keys_are_refused_at_every_level(
    path: list[Any], key: str, field: str, hint: str
) -> None:
    """An unknown key anywhere is refused by its path, with the nearest known key as a hint."""
    data = full_file()
    target: Any = data
    for step in path:
        target = target[step]
    target[key] = "1"
    with pytest.raises(ValidationError) as e:
        price_estimate_file(data)
    assert e.value.field == field
    assert e.value.problem.startswith("unknown key")
    assert hint in e.value.problem


def test_unknown_making_key_is_refused() -> None:
    """A making with a key besides per_g, percent or flat is refused, naming the key."""
    data = _with(["items", 0, "making"], {"per_g": "450.00", "discount": "5"})
    with pytest.raises(ValidationError) as e:
        price_estimate_file(data)
    assert (e.value.field, e.value.problem) == (
        "items[0].making",
        "unknown making type 'discount' (use per_g, percent or flat)",
    )


@pytest.mark.parametrize("kind", ["scheme", "voucher", "advance", "credit", "points", "coupon"])
def test_every_documented_set_off_kind_is_accepted(kind: str) -> None:
    """The kinds of SET_OFF_KINDS are all accepted by the file."""
    data = _with(["set_offs"], [{"kind": kind, "amount": "100.00"}])
    assert price_estimate_file(data)["set_offs_total"] == "100.00"


@pytest.mark.parametrize("kind", ["gift", "Scheme!", "cash", "old_gold"])
def test_unknown_set_off_kind_is_refused(kind: str) -> None:
    """A set-off kind outside the domain's list is refused and the list is shown."""
    data = _with(
        ["set_offs"], [{"kind": "voucher", "amount": "1.00"}, {"kind": kind, "amount": "1"}]
    )
    with pytest.raises(ValidationError) as e:
        price_estimate_file(data)
    assert e.value.field == "set_offs[1].kind"
    assert "scheme, voucher, advance, credit, points, coupon" in e.value.problem


def test_set_offs_may_not_exceed_the_invoice_value() -> None:
    """The ring's invoice is 50,694.02: set-offs up to it are fine, a paisa more is refused."""
    exact = _with(
        ["set_offs"],
        [{"kind": "scheme", "amount": "50000.00"}, {"kind": "voucher", "amount": "694.02"}],
    )
    # 50,694.02 - 50,000.00 - 694.02 = 0.00 payable
    assert price_estimate_file(exact)["net_payable"] == "0.00"
    over = _with(["set_offs", 1, "amount"], "694.03", base=exact)
    with pytest.raises(ValidationError) as e:
        price_estimate_file(over)
    assert e.value.field == "set_offs[1].amount"
    assert "50,694.03" in e.value.problem and "50,694.02" in e.value.problem


def test_set_offs_may_not_exceed_the_invoice_value_less_old_gold() -> None:
    """With old gold, set-offs may only cover what is left after it."""
    data = ring_file()
    # Old gold 1.000 g x 84.0% = 0.840 g fine; rate 7700.00 less 2% = 7546.00; value 0.840 x
    # 7546.00 = 6,338.64. Invoice 50,694.02 - 6,338.64 = 44,355.38 left for set-offs.
    data["old_gold"] = [
        {"gross_g": "1.000", "touch_percent": "84.0", "rate": "7700.00", "deduction_percent": "2"}
    ]
    data["set_offs"] = [{"kind": "advance", "amount": "44355.38"}]
    out = price_estimate_file(data)
    assert (out["old_gold_value"], out["net_payable"]) == ("6338.64", "0.00")
    data["set_offs"] = [{"kind": "advance", "amount": "44355.39"}]
    with pytest.raises(ValidationError) as e:
        price_estimate_file(data)
    assert e.value.field == "set_offs[0].amount"
    assert "44,355.38" in e.value.problem


def test_no_set_off_when_old_gold_is_worth_more_than_the_bill() -> None:
    """Old gold above the invoice value leaves nothing to set off; a zero set-off is harmless."""
    data = ring_file()
    data["old_gold"] = [{"gross_g": "10.000", "touch_percent": "100", "rate": "7700.00"}]
    data["set_offs"] = [{"kind": "scheme", "amount": "0.00"}]
    assert price_estimate_file(data)["set_offs_total"] == "0.00"
    data["set_offs"] = [{"kind": "scheme", "amount": "0.01"}]
    with pytest.raises(ValidationError) as e:
        price_estimate_file(data)
    # Old gold 10.000 g x 100% at 7,700.00 = 77,000.00 against the ring's invoice of 50,694.02.
    assert (e.value.field, e.value.problem) == (
        "set_offs[0].amount",
        "old gold (77,000.00) already covers the invoice value (50,694.02): nothing is left to "
        "set off",
    )


ITEM = ["items", 0]
LONG = "1" * 400


@pytest.mark.parametrize(
    ("data", "field", "problem"),
    [
        (_with([*ITEM, "gross_g"], "100000.001"), "items[0].gross_g", "at most 100000.000 g"),
        (_with([*ITEM, "gross_g"], LONG), "items[0].gross_g", "400 characters long"),
        (_with([*ITEM, "gross_g"], int(LONG)), "items[0].gross_g", "400 characters long"),
        (_with([*ITEM, "gross_g"], "NaN"), "items[0].gross_g", "not a number"),
        (_with([*ITEM, "gross_g"], "Infinity"), "items[0].gross_g", "not a number"),
        (_with([*ITEM, "stone_ct"], "-1"), "items[0].stone_ct", "negative"),
        (_with(["rates", "gold-916"], "1000000.01"), "rates.gold-916", "at most 10,00,000.00"),
        (_with(["rates", "gold-916"], LONG), "rates.gold-916", "400 characters long"),
        (
            _with(["rates", "gold-" + LONG], "1"),
            "rates." + repr("gold-" + LONG)[:37] + "...",
            "916",
        ),
        (_with(["rates"], {"gold-²": "1"}), "rates.'gold-²'", "gold-916"),
        (_with(["rates"], {**RATES, "Gold-916": "7150.00"}), "rates.Gold-916", "again"),
        (_with([*ITEM, "purity"], "²"), "items[0].purity", "not a whole number"),
        (_with([*ITEM, "purity"], LONG), "items[0].purity", "400 characters long"),
        (_with([*ITEM, "making"], {"per_g": "1000000.01"}), "items[0].making.per_g", "at most"),
        (
            _with([*ITEM, "making"], {"flat": "1000000000.01"}),
            "items[0].making.flat",
            "1,00,00,00,000",
        ),
        (_with([*ITEM, "making"], {"percent": "-1"}), "items[0].making.percent", "0 and 100"),
        (_with([*ITEM, "wastage", "percent"], "100.01"), "items[0].wastage.percent", "100"),
        (_with([*ITEM, "wastage", "on"], ["value"]), "items[0].wastage.on", "must be"),
        (_with([*ITEM, "making_discount_percent"], "-0.5"), None, "0 and 100"),
        (_with([*ITEM, "stone_value"], "1000000000.01"), "items[0].stone_value", "at most"),
        (_with([*ITEM, "other_charges"], "1000000000.01"), "items[0].other_charges", "at most"),
        (_with([*ITEM, "hallmark_pieces"], 1001), "items[0].hallmark_pieces", "at most 1000"),
        (_with(["hallmark_fee"], "1000000000.01"), "hallmark_fee", "at most"),
        (_with(["supply"], ["intra"]), "supply", "must be"),
        (_with(["items"], [ring_file()["items"][0]] * 1001), "items", "at most 1000"),
        (_with(["set_offs"], [{"kind": "scheme", "amount": "0"}] * 1001), "set_offs", "1000"),
        (_with(["pre_tax_discounts"], ["1000000000.01"]), "pre_tax_discounts[0]", "at most"),
        (
            _with(["set_offs"], [{"kind": "scheme", "amount": "1000000000.01"}]),
            "set_offs[0].amount",
            "at most",
        ),
    ],
)
def test_absurd_numbers_are_refused_naming_the_field(
    data: Any, field: str | None, problem: str | None
) -> None:
    """Weights past 100 kg, rates past Rs 10 lakh a gram, amounts past Rs 100 crore, percents
    outside 0-100, over-long numbers, more than 1000 lines: each refused by its field."""
    with pytest.raises(ValidationError) as e:
        price_estimate_file(data)
    assert e.value.field == (field or "items[0].making_discount_percent")
    if problem is not None:
        assert problem in e.value.problem


@pytest.mark.parametrize(
    ("section", "entry", "field", "problem"),
    [
        ("repairs", {"labour": "1000000000.01"}, "repairs[0].labour", "at most"),
        (
            "repairs",
            {"added_g": "100000.001", "added_metal": "gold", "added_purity": 916},
            "repairs[0].added_g",
            "at most 100000.000 g",
        ),
        ("repairs", {"labour": "1", "labour_gst_percent": "101"}, None, "0 and 100"),
        (
            "old_gold",
            {"gross_g": "100000.001", "touch_percent": "80", "rate": "7000"},
            "old_gold[0].gross_g",
            "at most 100000.000 g",
        ),
        (
            "old_gold",
            {"gross_g": "1", "touch_percent": "80", "rate": "1000000.01"},
            "old_gold[0].rate",
            "at most 10,00,000.00",
        ),
        (
            "old_gold",
            {"gross_g": "1", "touch_percent": "100.1", "rate": "7000"},
            "old_gold[0].touch_percent",
            "at most 100",
        ),
    ],
)
def test_absurd_repair_and_old_gold_numbers_are_refused(
    section: str, entry: dict[str, Any], field: str | None, problem: str
) -> None:
    """Repairs and old gold have the same ceilings as items."""
    data = _with([section], [entry])
    with pytest.raises(ValidationError) as e:
        price_estimate_file(data)
    assert e.value.field == (field or "repairs[0].labour_gst_percent")
    assert problem in e.value.problem


def test_percent_discount_is_of_the_rounded_making_line() -> None:
    """DOMAIN.md C1 point 3: 48% off a making line of 1,877.66 is 901.28 (not 901.27)."""
    data = {
        "rates": {"gold-916": "7150.00"},
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
    # Gold 4.492 g x 7150.00 = 32,117.80. Making 4.492 g x 418.00 = 1,877.656 -> 1,877.66.
    # Discount 48% of the line as printed: 1,877.66 x 0.48 = 901.2768 -> 901.28
    # (48% of the unrounded 1,877.656 would be 901.27488 -> 901.27, a paisa less).
    # Taxable 32,117.80 + 1,877.66 - 901.28 = 33,094.18; CGST = SGST = 1.5% = 496.4127 -> 496.41;
    # invoice 33,094.18 + 992.82 = 34,087.00, nothing to round.
    out = price_estimate_file(data)
    assert out["lines"] == [
        {"label": "Gold 22K916 4.492 g @ 7150.00", "amount": "32117.80"},
        {"label": "Making 418.00/g", "amount": "1877.66"},
        {"label": "Making discount 48%", "amount": "-901.28"},
    ]
    assert (out["taxable"], out["cgst"], out["sgst"]) == ("33094.18", "496.41", "496.41")
    assert (out["invoice_value"], out["round_off"], out["net_payable"]) == (
        "34087.00",
        "0.00",
        "34087.00",
    )

"""Table models checked by qtmodeltester, plus what they show: 3-decimal weights, rates, editing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from jewelpos.services.rates import RateChange, RateRow
from jewelpos.services.stock import PieceRow
from jewelpos.ui.models.rates import RateHistoryModel, RowRole, TodayRatesModel
from jewelpos.ui.models.stock import PieceTableModel, SortRole

AT = datetime(2025, 11, 14, 5, 0, tzinfo=UTC)


def _rates() -> list[RateRow]:
    return [
        RateRow("gold", 999, "24K999", Decimal("7800.00"), Decimal("7750.00"), AT, "Ramesh"),
        RateRow("gold", 916, "22K916", None, Decimal("7100.00"), None, None),
        RateRow("silver", 999, "S999", None, None, None, None),
    ]


def _piece(tag: str, gross: int, stone: int = 0) -> PieceRow:
    return PieceRow(
        id=f"id-{tag}",
        tag_code=tag,
        category_id="c",
        category_name="Gold ring",
        design_no="RG-1",
        description="",
        metal="gold",
        purity=916,
        purity_label="22K916",
        gross_mg=gross,
        stone_mg=stone,
        net_mg=gross - stone,
        huids=("AB12CD",),
        status="in_stock",
        received_at=AT,
    )


def test_today_rates_model_passes_modeltester_and_edits(qtmodeltester: ModelTester) -> None:
    """Editable Today column: typed rates become pending; rubbish is refused; RowRole gives the row."""
    model = TodayRatesModel()
    model.set_rows(_rates())
    model.set_editable(True)
    qtmodeltester.check(model)
    today = model.index(1, model.TODAY)
    assert model.data(today) == "not set"
    assert model.setData(today, "7150")
    assert model.pending() == {("gold", 916): Decimal("7150.00")}
    assert model.data(today) == "₹7,150.00"
    assert model.data(model.index(1, model.CHANGE)) == "+₹50.00"
    assert not model.setData(today, "abc")
    assert model.data(model.index(0, 0), RowRole).purity == 999
    qtmodeltester.check(model)


def test_board_rate_fills_untouched_rows_only(qapp: object) -> None:
    """A board rate derives every purity of its metal, but a rate typed by hand is kept."""
    model = TodayRatesModel()
    model.set_rows(_rates())
    model.set_editable(True)
    model.setData(model.index(1, model.TODAY), "7200")
    model.suggest_from_board("gold", Decimal("8000"))
    assert model.pending()[("gold", 916)] == Decimal("7200.00")
    assert model.pending()[("gold", 999)] == Decimal("8000.00")
    assert ("silver", 999) not in model.pending()


def test_read_only_rates_model_refuses_edits(qtmodeltester: ModelTester) -> None:
    """Not editable (cashier): no edit flag, setData refused."""
    model = TodayRatesModel()
    model.set_rows(_rates())
    qtmodeltester.check(model)
    index = model.index(0, model.TODAY)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "1")


def test_rate_history_model(qtmodeltester: ModelTester) -> None:
    """History rows show the day, rate in Indian grouping and who set it."""
    model = RateHistoryModel()
    model.set_rows(
        [RateChange(date(2025, 11, 14), "gold", 916, "22K916", Decimal("152226.5"), AT, "Ramesh")]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, model.RATE)) == "₹1,52,226.50"
    assert model.data(model.index(0, model.SET_BY)) == "Ramesh"


def test_piece_model_weights_and_sorting(qtmodeltester: ModelTester) -> None:
    """Weights show 3 decimals; SortRole sorts by milligrams, not by text."""
    model = PieceTableModel()
    model.set_rows([_piece("T1", 18450), _piece("T2", 6250, 380), _piece("T3", 100000)])
    qtmodeltester.check(model)
    assert model.data(model.index(1, model.GROSS)) == "6.250"
    assert model.data(model.index(1, model.NET)) == "5.870"
    assert model.data(model.index(1, model.STATUS)) == "In stock"
    assert model.data(model.index(2, model.GROSS), SortRole) == 100000
    assert model.row_of("id-T2") == 1
    model.set_rows([])
    qtmodeltester.check(model)

"""Stock views after receiving: summary by status/metal/purity/category with fine weight,
capped counting for short prefixes, and a piece's history through transfer and stock-take."""

from __future__ import annotations

from datetime import date

from factories import piece
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.receiving import ReceiptInput, lot
from jewelpos.services.stock import COUNT_CAP, StockFilter
from jewelpos.services.transfers import TransferInput


def _cat(services: Services, code: str) -> str:
    return next(c.id for c in services.stock.categories() if c.code == code)


def test_summary_by_category_metal_purity_status(services: Services, owner: UserInfo) -> None:
    """Counts, gross, net and fine weights per group; a transfer moves pieces to in_transit."""
    ring, payal = _cat(services, "RING"), _cat(services, "PAYAL")
    info = services.receiving.receive(
        ReceiptInput(
            kind="purchase",
            party_name="Supplier",
            day=date(2025, 6, 1),
            pieces=(
                *lot(piece(ring), [5000, 6000]),
                piece(ring, purity=750, gross_mg=4000, stone_mg=500),
                piece(payal, metal="silver", purity=925, gross_mg=50000),
            ),
        ),
        by=owner,
    )
    services.transfers.issue(
        TransferInput(kind="tray", codes=(info.pieces[0].tag_code,), to_tray="T9"), by=owner
    )
    rows = {(r.status, r.metal, r.purity, r.category_name): r for r in services.stock.summary()}
    r916 = rows[("in_stock", "gold", 916, "Gold ring")]
    assert (r916.piece_count, r916.gross_mg, r916.net_mg, r916.fine_mg) == (1, 6000, 6000, 5496)
    r750 = rows[("in_stock", "gold", 750, "Gold ring")]
    assert (r750.piece_count, r750.net_mg, r750.fine_mg, r750.purity_label) == (1, 3500, 2625, "18K750")  # fmt: skip
    silver = rows[("in_stock", "silver", 925, "Silver anklet")]
    assert (silver.piece_count, silver.fine_mg) == (1, 46250)
    moving = rows[("in_transit", "gold", 916, "Gold ring")]
    assert (moving.piece_count, moving.gross_mg) == (1, 5000)
    assert len(services.stock.summary(status="in_transit")) == 1


def test_short_prefix_counts_only_up_to_the_cap(services: Services, owner: UserInfo) -> None:
    """A prefix every tag shares stops counting after COUNT_CAP; a narrower one is exact."""
    ring = _cat(services, "RING")
    n = COUNT_CAP + 20
    template = piece(ring, design_no="RG-1")
    weights = [1000 + i for i in range(n)]
    pieces = lot(template, weights[:400]) + lot(template, weights[400:])  # lots of <= 500
    services.receiving.receive(
        ReceiptInput(kind="purchase", party_name="S", day=date(2025, 6, 1), pieces=pieces),
        by=owner,
    )
    wide = services.stock.search(StockFilter(text="B1C2", limit=200))
    assert wide.capped and wide.total_count == COUNT_CAP + 1 and len(wide.rows) == 200
    assert [r.tag_code for r in wide.rows[:2]] == ["B1C2000001", "B1C2000002"]
    narrow = services.stock.search(StockFilter(text="B1C200001", limit=200))
    assert not narrow.capped and narrow.total_count == 10
    assert narrow.total_gross_mg == sum(1000 + i for i in range(9, 19))
    assert services.stock.search(StockFilter()).total_count == n  # no text: exact, from summary
    miss = services.stock.search(StockFilter(text="B1C2999999"))
    assert miss.total_count == 0 and not miss.rows


def test_history_shows_receipt_transfer_and_stocktake(services: Services, owner: UserInfo) -> None:
    """The piece dialog's history: received (with receipt no.), sent, received back, missing."""
    ring = _cat(services, "RING")
    info = services.receiving.receive(
        ReceiptInput(kind="karigar", party_name="Ramesh", day=date(2025, 6, 1),
                     pieces=(piece(ring, tray="A"),)),
        by=owner,
    )  # fmt: skip
    code = info.pieces[0].tag_code
    t = services.transfers.issue(TransferInput(kind="tray", codes=(code,), to_tray="B"), by=owner)
    services.transfers.receive(t.number, by=owner)
    take = services.stocktake.start("tray", "B", by=owner)
    services.stocktake.close(take.id, by=owner)
    services.stocktake.record_differences(take.id, by=owner)
    history = services.stock.piece(info.pieces[0].id).history
    assert [e.kind for e in history] == ["received", "transfer_out", "transfer_in", "stocktake_missing"]  # fmt: skip
    assert info.number in history[0].note and t.number in history[1].note
    assert all(e.by == "Suresh Soni" for e in history)

"""Stock: receiving tagged pieces, searching by tag/design/HUID with filters and totals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from factories import piece
from jewelpos.db.models import PieceHuid, StockPiece, SyncOutbox
from jewelpos.domain.errors import DuplicateValue, NotFound, PermissionDenied, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import Role, UserInfo
from jewelpos.services.stock import CategoryInfo, NewStone, PieceStatus, StockFilter


def _cat(services: Services, code: str) -> CategoryInfo:
    return next(c for c in services.stock.categories() if c.code == code)


@pytest.fixture
def stocked(services: Services, owner: UserInfo) -> dict[str, str]:
    """Five pieces across metals, purities and categories; returns tag codes by name."""
    ring, chain, payal = _cat(services, "RING"), _cat(services, "CHAIN"), _cat(services, "PAYAL")
    add = services.stock.add_piece
    return {
        "ring": add(
            piece(
                ring.id,
                gross_mg=6250,
                stones=(NewStone("ruby", 2, 380, 120000),),
                huids=("AB12CD",),
                design_no="r-101",
                description="Ruby ring",
            ),
            by=owner,
        ).tag_code,
        "ring18": add(
            piece(
                ring.id, purity=750, gross_mg=4100, design_no="R-102", description="Daily wear ring"
            ),
            by=owner,
        ).tag_code,
        "chain": add(
            piece(
                chain.id,
                gross_mg=18450,
                huids=("ZX98YT", "ZX98YU"),
                design_no="CH-7",
                description="Rope chain",
            ),
            by=owner,
        ).tag_code,
        "payal": add(
            piece(
                payal.id,
                metal="silver",
                purity=925,
                gross_mg=52000,
                design_no="P-1",
                description="Ghungroo payal",
            ),
            by=owner,
        ).tag_code,
        "own": add(piece(chain.id, gross_mg=10000, tag_code="old-0001"), by=owner).tag_code,
    }


def test_add_piece_computes_net_and_takes_a_tag_code(services: Services, owner: UserInfo) -> None:
    """Net = gross - stones; the tag code comes from this counter's series (branch+counter+6 digits)."""
    ring = _cat(services, "RING")
    row = services.stock.add_piece(
        piece(
            ring.id,
            gross_mg=6250,
            stones=(NewStone("ruby", 2, 300, 90000), NewStone("cz", 10, 80, 500)),
            huids=("ab12cd",),
            design_no=" r-101 ",
        ),
        by=owner,
    )
    second = services.stock.add_piece(piece(ring.id), by=owner)
    assert (row.gross_mg, row.stone_mg, row.net_mg) == (6250, 380, 5870)
    assert (row.stone_count, row.stone_value_paise) == (12, 90500)
    assert (row.tag_code, second.tag_code) == ("B1C2000001", "B1C2000002")
    assert (row.huids, row.design_no, row.purity_label) == (("AB12CD",), "R-101", "22K916")
    assert row.status == PieceStatus.IN_STOCK and row.category_name == "Gold ring"


def test_piece_detail_has_stones_making_and_history(services: Services, owner: UserInfo) -> None:
    """Detail shows stones, the category's making/wastage unless overridden, and 'received'."""
    ring = _cat(services, "RING")
    plain = services.stock.add_piece(
        piece(ring.id, stones=(NewStone("ruby", 1, 200, 5000),)), by=owner
    )
    special = services.stock.add_piece(
        piece(
            ring.id,
            making_kind="percent",
            making_value=Decimal("12.5"),
            wastage_percent=Decimal("5"),
            wastage_on="weight",
            cost_paise=4_000_000,
            cost_code="KBX",
        ),
        by=owner,
    )
    d = services.stock.piece(plain.id)
    assert d.stones[0].kind == "ruby" and d.stones[0].weight_mg == 200
    assert (d.making_kind, d.making_value, d.wastage_percent, d.wastage_on) == (
        "per_g",
        Decimal("450.00"),
        Decimal("8.00"),
        "weight",
    )
    assert not d.making_overridden
    assert [(e.kind, e.by) for e in d.history] == [("received", "Suresh Soni")]
    s = services.stock.piece(special.id)
    assert (s.making_kind, s.making_value, s.wastage_percent, s.making_overridden) == (
        "percent",
        Decimal("12.50"),
        Decimal("5.00"),
        True,
    )
    assert (s.cost_paise, s.cost_code) == (4_000_000, "KBX")
    with pytest.raises(NotFound):
        services.stock.piece("no-such-id")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"gross_mg": 0}, "gross_mg"),
        ({"stone_mg": 10_000}, "stone_mg"),
        ({"stone_mg": -1}, "stone_mg"),
        ({"stone_mg": 500, "stones": (NewStone("ruby", 1, 400, 0),)}, "stone_mg"),
        ({"huids": ("AB12C",)}, "huids[0]"),
        ({"huids": ("AB12CD", "ab12cd")}, "huids[1]"),
        ({"purity": 1000}, "purity"),
        ({"metal": "brass"}, "metal"),
        ({"tag_code": "T 01"}, "tag_code"),
        ({"category_id": "missing"}, "category_id"),
    ],
)
def test_add_piece_validates(
    services: Services, owner: UserInfo, changes: dict[str, object], field: str
) -> None:
    """Impossible weights, bad HUIDs, purities, metals or codes are refused, naming the field."""
    values: dict[str, object] = {"category_id": _cat(services, "RING").id}
    values.update(changes)
    with pytest.raises(ValidationError) as err:
        services.stock.add_piece(piece(**values), by=owner)  # type: ignore[arg-type]
    assert err.value.field == field
    with services.uow.read() as s:
        assert s.scalar(select(func.count()).select_from(StockPiece)) == 0


def test_duplicate_tag_code_or_huid_is_refused(
    services: Services, owner: UserInfo, stocked: dict[str, str]
) -> None:
    """A tag code or HUID already on another piece is a DuplicateValue; nothing is written."""
    ring = _cat(services, "RING")
    with pytest.raises(DuplicateValue):
        services.stock.add_piece(piece(ring.id, tag_code="OLD-0001"), by=owner)
    with pytest.raises(DuplicateValue):
        services.stock.add_piece(piece(ring.id, huids=("ZX98YT",)), by=owner)
    with services.uow.read() as s:
        assert s.scalar(select(func.count()).select_from(StockPiece)) == 5
        assert s.scalar(select(func.count()).select_from(PieceHuid)) == 3


def test_receiving_a_piece_queues_all_its_rows(
    services: Services, owner: UserInfo, stocked: dict[str, str]
) -> None:
    """The piece, its stones, HUIDs and event each get an outbox record."""
    with services.uow.read() as s:
        counts = dict(
            s.execute(
                select(SyncOutbox.table_name, func.count()).group_by(SyncOutbox.table_name)
            ).all()
        )
    assert counts["stock_piece"] == 5 and counts["piece_stone"] == 1
    assert counts["piece_huid"] == 3 and counts["piece_event"] == 5


def test_search_by_tag_design_and_huid_prefix(services: Services, stocked: dict[str, str]) -> None:
    """Text matches tag codes, design numbers and HUIDs by prefix, ignoring case."""
    search = services.stock.search
    assert [r.tag_code for r in search(StockFilter(text=stocked["ring"].lower())).rows] == [
        stocked["ring"]
    ]
    assert {r.design_no for r in search(StockFilter(text="r-10")).rows} == {"R-101", "R-102"}
    by_huid = search(StockFilter(text="zx98"))
    assert [r.tag_code for r in by_huid.rows] == [stocked["chain"]]
    assert by_huid.rows[0].huids == ("ZX98YT", "ZX98YU")
    assert search(StockFilter(text="B1C2")).total_count == 4
    assert search(StockFilter(text="QQ999")).total_count == 0


def test_search_falls_back_to_description_words(
    services: Services, stocked: dict[str, str]
) -> None:
    """Words that are no code match the description."""
    assert [r.tag_code for r in services.stock.search(StockFilter(text="ruby")).rows] == [
        stocked["ring"]
    ]
    assert {r.description for r in services.stock.search(StockFilter(text="wear ring")).rows} == {
        "Daily wear ring"
    }


def test_filters_and_totals_cover_the_whole_filtered_set(
    services: Services, stocked: dict[str, str]
) -> None:
    """Count and weight totals are over every match, not just the page."""
    gold = services.stock.search(StockFilter(metal="gold", limit=2))
    assert len(gold.rows) == 2
    assert gold.total_count == 4
    assert gold.total_gross_mg == 6250 + 4100 + 18450 + 10000
    assert gold.total_net_mg == gold.total_gross_mg - 380
    p916 = services.stock.search(StockFilter(metal="gold", purity=916))
    assert p916.total_count == 3
    chains = services.stock.search(StockFilter(category_id=_cat(services, "CHAIN").id))
    assert {r.tag_code for r in chains.rows} == {stocked["chain"], "OLD-0001"}
    page2 = services.stock.search(StockFilter(limit=2, offset=2))
    all_rows = services.stock.search(StockFilter())
    assert page2.rows == all_rows.rows[2:4]
    assert services.stock.search(StockFilter(status="sold")).total_count == 0
    assert services.stock.search(StockFilter(status=None)).total_count == 5


def test_find_by_code_takes_a_tag_code_or_a_huid(
    services: Services, stocked: dict[str, str]
) -> None:
    """A scanned tag code or a typed HUID finds the piece; anything else gives None."""
    ring = services.stock.find_by_code(f" {stocked['ring'].lower()} ")
    assert ring is not None and ring.huids == ("AB12CD",)
    chain = services.stock.find_by_code("zx98yu")
    assert chain is not None and chain.tag_code == stocked["chain"]
    assert services.stock.find_by_code("NOPE") is None


def test_add_category_needs_a_manager_and_a_new_code(services: Services, owner: UserInfo) -> None:
    """Managers add categories; codes are unique; cashiers may not."""
    cat = services.stock.add_category(
        code="nath",
        name="Nose ring",
        name_hi="नथ",
        metal="gold",
        default_purity=916,
        wastage_percent=Decimal("10"),
        making_kind="flat",
        making_value=Decimal("300"),
        by=owner,
    )
    assert (cat.code, cat.name_hi, cat.making_value, cat.wastage_percent) == (
        "NATH",
        "नथ",
        Decimal("300.00"),
        Decimal("10.00"),
    )
    assert cat in services.stock.categories()
    with pytest.raises(DuplicateValue):
        services.stock.add_category(
            code="NATH", name="x", metal="gold", default_purity=916, by=owner
        )
    cashier = services.auth.add_user(
        username="ravi", display_name="Ravi", role=Role.CASHIER, pin="3333", by=owner
    )
    with pytest.raises(PermissionDenied):
        services.stock.add_category(
            code="X", name="x", metal="gold", default_purity=916, by=cashier
        )

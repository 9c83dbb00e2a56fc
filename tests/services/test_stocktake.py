"""Stock-take: scans mark found, extra and unknown; missing is the rest; a manager records it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from factories import piece
from jewelpos.db.models import AuditLog
from jewelpos.domain.errors import PermissionDenied, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import Role, UserInfo
from jewelpos.services.stock import PieceStatus, StockFilter
from jewelpos.services.stocktake import StockTakeClosed


def _cat_id(services: Services, code: str) -> str:
    return next(c.id for c in services.stock.categories() if c.code == code)


@pytest.fixture
def trays(services: Services, owner: UserInfo) -> dict[str, list[str]]:
    """Tray A: 4 rings (one with HUID), tray B: 2 chains; tag codes by tray."""
    ring, chain = _cat_id(services, "RING"), _cat_id(services, "CHAIN")
    a = [services.stock.add_piece(piece(ring, tray="A", huids=("HU1D01",) if i == 0 else ()),
                                  by=owner).tag_code for i in range(4)]  # fmt: skip
    b = [services.stock.add_piece(piece(chain, tray="B"), by=owner).tag_code for _ in range(2)]
    return {"A": a, "B": b}


def test_tray_count_found_extra_unknown_missing(
    services: Services, owner: UserInfo, trays: dict[str, list[str]]
) -> None:
    """Scanning in tray A: a HUID counts as its piece, a tray-B piece is extra, a stranger is
    unknown, a repeat is reported but not counted twice; the unscanned ring is missing."""
    a, b = trays["A"], trays["B"]
    take = services.stocktake.start("tray", "A", by=owner)
    assert take.expected_count == 4 and take.number.startswith("KB1-C2/")
    st = services.stocktake
    results = [
        st.scan(take.id, code, by=owner).result
        for code in (a[1], "hu1d01", a[2], b[0], "ZZ999", a[1])
    ]
    assert results == ["found", "found", "found", "extra", "unknown", "repeat"]
    state = st.state(take.id)
    assert (state.found_count, state.missing_count, state.extra_count, state.unknown_count) == (
        3, 1, 1, 1,
    )  # fmt: skip
    assert [p.tag_code for p in state.missing] == [a[3]]
    assert [p.tag_code for p in state.extra] == [b[0]] and state.unknown == ("ZZ999",)
    closed = st.close(take.id, by=owner)
    assert closed.status == "closed" and [p.tag_code for p in closed.missing] == [a[3]]
    with pytest.raises(StockTakeClosed):
        st.scan(take.id, a[3], by=owner)
    cashier = services.auth.add_user(
        username="sunita", display_name="Sunita", role=Role.CASHIER, pin="4321", by=owner
    )
    with pytest.raises(PermissionDenied):
        st.record_differences(take.id, by=cashier)
    recorded = st.record_differences(take.id, by=owner)
    assert recorded.status == "recorded" and [p.tag_code for p in recorded.missing] == [a[3]]
    missing_piece = services.stock.find_by_code(a[3])
    assert missing_piece is not None and missing_piece.status == PieceStatus.MISSING
    assert services.stock.piece(missing_piece.id).history[-1].kind == "stocktake_missing"
    found_piece = services.stock.find_by_code(a[1])
    assert found_piece is not None and found_piece.status == PieceStatus.IN_STOCK
    with services.uow.read() as s:
        actions = set(s.scalars(select(AuditLog.action)))
    assert {"stocktake_start", "stocktake_close", "stocktake_record"} <= actions
    with pytest.raises(StockTakeClosed):
        st.record_differences(take.id, by=owner)


def test_category_and_branch_scopes(
    services: Services, owner: UserInfo, trays: dict[str, list[str]]
) -> None:
    """A category count expects that category only; a branch count expects everything in stock."""
    chain = _cat_id(services, "CHAIN")
    take = services.stocktake.start("category", chain, by=owner)
    assert take.expected_count == 2
    assert services.stocktake.scan(take.id, trays["A"][0], by=owner).result == "extra"
    branch = services.stocktake.start("branch", by=owner)
    assert branch.expected_count == 6
    with pytest.raises(ValidationError):
        services.stocktake.start("tray", "", by=owner)
    with pytest.raises(ValidationError):
        services.stocktake.start("shelf", "x", by=owner)
    assert services.stock.search(StockFilter()).total_count == 6


def test_report_pdf_lists_missing_extra_unknown(
    services: Services, owner: UserInfo, trays: dict[str, list[str]], tmp_path: Path
) -> None:
    """The closed count's PDF names the scope, the counts and every missing/extra/unknown code."""
    a, b = trays["A"], trays["B"]
    take = services.stocktake.start("tray", "A", by=owner)
    for code in (a[0], a[1], b[1], "NOPE42"):
        services.stocktake.scan(take.id, code, by=owner)
    services.stocktake.close(take.id, by=owner)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(services.stocktake.report_pdf(take.id, shop_name="Shree Ganesh Jewellers"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert f"Stock-take {take.number}" in text and "tray A" in text
    assert "Missing pieces (2)" in text and a[2] in text and a[3] in text
    assert "Extra pieces (1)" in text and b[1] in text
    assert "NOPE42" in text
    assert a[0] not in text.split("Missing pieces")[1].split("Extra pieces")[0]

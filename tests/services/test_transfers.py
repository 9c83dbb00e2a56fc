"""Transfers: issued pieces are in transit (not sellable), received pieces are back in stock."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factories import piece
from jewelpos.db.models import Branch
from jewelpos.domain.errors import NotFound, PieceNotAvailable, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.stock import PieceStatus, StockFilter
from jewelpos.services.transfers import TransferInput


def _ring(services: Services) -> str:
    return next(c.id for c in services.stock.categories() if c.code == "RING")


def test_tray_transfer_issue_then_receive(services: Services, owner: UserInfo) -> None:
    """Two pieces go to tray T2: in transit after issue, in stock in T2 after receipt, with
    history on each piece."""
    ring = _ring(services)
    codes = [services.stock.add_piece(piece(ring, tray="T1"), by=owner).tag_code for _ in range(3)]
    issued = services.transfers.issue(
        TransferInput(kind="tray", codes=(codes[0], codes[1].lower()), to_location="C3",
                      to_tray="T2"),
        by=owner,
    )  # fmt: skip
    assert issued.status == "issued" and issued.tag_codes == (codes[0], codes[1])
    assert issued.number.startswith("TB1-C2/")
    assert services.stock.search(StockFilter(status="in_transit")).total_count == 2
    assert services.stock.search(StockFilter()).total_count == 1
    with pytest.raises(PieceNotAvailable):
        services.transfers.issue(TransferInput(kind="tray", codes=(codes[0],), to_tray="T9"), by=owner)  # fmt: skip
    assert [t.number for t in services.transfers.open_transfers()] == [issued.number]
    got = services.transfers.receive(issued.number, by=owner)
    assert got.status == "received" and got.receive_number.startswith("VB1-C2/")
    row = services.stock.find_by_code(codes[0])
    assert row is not None and (row.status, row.location, row.tray) == ("in_stock", "C3", "T2")
    kinds = [e.kind for e in services.stock.piece(row.id).history]
    assert kinds == ["received", "transfer_out", "transfer_in"]
    with pytest.raises(ValidationError):
        services.transfers.receive(issued.number, by=owner)
    assert services.transfers.open_transfers() == []


def test_branch_transfer_needs_a_known_other_branch(services: Services, owner: UserInfo) -> None:
    """To another branch: the code must exist and not be this branch; pieces wait in transit."""
    ring = _ring(services)
    code = services.stock.add_piece(piece(ring), by=owner).tag_code
    with pytest.raises(ValidationError):
        services.transfers.issue(TransferInput(kind="branch", codes=(code,), to_branch="B1"), by=owner)  # fmt: skip
    with pytest.raises(ValidationError):
        services.transfers.issue(TransferInput(kind="branch", codes=(code,), to_branch="B9"), by=owner)  # fmt: skip
    with pytest.raises(NotFound):
        services.transfers.issue(TransferInput(kind="tray", codes=("NOPE",), to_tray="X"), by=owner)  # fmt: skip
    with services.uow.begin() as s:
        shop_id = s.scalar(select(Branch.shop_id))
        s.add(Branch(shop_id=shop_id, code="B2", name="Camp"))
    t = services.transfers.issue(TransferInput(kind="branch", codes=(code,), to_branch="b2"), by=owner)  # fmt: skip
    row = services.stock.find_by_code(code)
    assert row is not None and row.status == PieceStatus.IN_TRANSIT
    services.transfers.receive(t.id, by=owner)
    row = services.stock.find_by_code(code)
    assert row is not None and (row.status, row.location) == ("in_stock", "B2")

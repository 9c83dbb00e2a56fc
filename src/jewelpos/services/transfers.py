"""Transfers of pieces to another branch or to another counter/tray: issue, then receive.

Issuing puts the pieces IN_TRANSIT (not sellable: billing accepts only in-stock pieces);
receiving puts them back IN_STOCK at their new place. Both are numbered documents with events
on every piece and an audit entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from jewelpos.db.models import Branch, PieceEvent, StockPiece
from jewelpos.db.models_stock import StockTransfer, StockTransferLine
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import NotFound, PieceNotAvailable, ValidationError
from jewelpos.domain.numbering import DocType
from jewelpos.services._common import audit, clean_text, local_device
from jewelpos.services.auth import UserInfo
from jewelpos.services.pieces import piece_by_code
from jewelpos.services.stock import PieceStatus

KINDS = ("branch", "tray")
MAX_PIECES = 2000


@dataclass(frozen=True)
class TransferInput:
    """Where the pieces go: another branch (code), or a counter/location and tray here."""

    kind: str
    codes: tuple[str, ...]
    to_branch: str = ""
    to_location: str = ""
    to_tray: str = ""
    note: str = ""


@dataclass(frozen=True)
class TransferInfo:
    id: str
    number: str
    kind: str
    status: str
    to_branch: str
    to_location: str
    to_tray: str
    issued_at: datetime
    received_at: datetime | None
    receive_number: str
    tag_codes: tuple[str, ...]
    gross_mg: int


def _info(t: StockTransfer, codes: Sequence[str]) -> TransferInfo:
    return TransferInfo(
        id=t.id,
        number=t.number,
        kind=t.kind,
        status=t.status,
        to_branch=t.to_branch,
        to_location=t.to_location,
        to_tray=t.to_tray,
        issued_at=t.issued_at,
        received_at=t.received_at,
        receive_number=t.receive_number,
        tag_codes=tuple(codes),
        gross_mg=t.gross_mg,
    )


class TransferService:
    """Issue and receive transfer documents."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def issue(self, inp: TransferInput, *, by: UserInfo) -> TransferInfo:
        """Issue the pieces (tag codes or HUIDs): each must be in stock; all become in transit."""
        from jewelpos.services.receiving import doc_number

        if inp.kind not in KINDS:
            raise ValidationError("kind", "choose another branch or a counter/tray")
        keys = list(dict.fromkeys(c.strip().upper() for c in inp.codes if c.strip()))
        if not keys:
            raise ValidationError("codes", "scan at least one piece")
        if len(keys) > MAX_PIECES:
            raise ValidationError("codes", f"at most {MAX_PIECES} pieces on one transfer")
        to_branch = clean_text(inp.to_branch, field="to_branch", max_len=8).upper()
        to_location = clean_text(inp.to_location, field="to_location", max_len=40)
        to_tray = clean_text(inp.to_tray, field="to_tray", max_len=40)
        note = clean_text(inp.note, field="note", max_len=500)
        now = self._clock.now()
        with self._uow.begin() as s:
            _device, branch = local_device(s)
            if inp.kind == "branch":
                if not to_branch:
                    raise ValidationError("to_branch", "choose the branch the pieces go to")
                if to_branch == branch.code:
                    raise ValidationError("to_branch", "the pieces are already in this branch")
                if s.scalar(select(Branch.id).where(Branch.code == to_branch)) is None:
                    raise ValidationError("to_branch", f"there is no branch {to_branch}")
            elif not (to_location or to_tray):
                raise ValidationError("to_tray", "type the counter or tray the pieces go to")
            pieces: list[StockPiece] = []
            for key in keys:
                p = piece_by_code(s, key)
                if p is None:
                    raise NotFound(f"No piece has the tag code {key}.", code=key)
                if p.status != PieceStatus.IN_STOCK.value:
                    raise PieceNotAvailable(
                        f"Piece {p.tag_code} is {p.status.replace('_', ' ')}, not in stock.",
                        tag_code=p.tag_code,
                        status=p.status,
                    )
                if p not in pieces:
                    pieces.append(p)
            transfer = StockTransfer(
                number=doc_number(s, DocType.TRANSFER_OUT, day=shop_today(self._clock)),
                kind=inp.kind,
                from_location=branch.code,
                to_branch=to_branch if inp.kind == "branch" else "",
                to_location=to_location,
                to_tray=to_tray,
                status="issued",
                note=note,
                issued_at=now,
                issued_by=by.id,
                piece_count=len(pieces),
                gross_mg=sum(p.gross_mg for p in pieces),
            )
            s.add(transfer)
            s.flush()
            where = to_branch if inp.kind == "branch" else " / ".join(x for x in (to_location, to_tray) if x)  # fmt: skip
            for p in pieces:
                p.status = PieceStatus.IN_TRANSIT.value
                s.add(StockTransferLine(transfer_id=transfer.id, piece_id=p.id,
                                        tag_code=p.tag_code, gross_mg=p.gross_mg))  # fmt: skip
                s.add(PieceEvent(piece_id=p.id, kind="transfer_out", at=now, by_user_id=by.id,
                                 note=f"{transfer.number} to {where}", ref=transfer.id))  # fmt: skip
            s.flush()
            audit(s, user_id=by.id, action="transfer_issue", entity="stock_transfer",
                  entity_id=transfer.id, at=now,
                  details={"number": transfer.number, "pieces": len(pieces), "to": where})  # fmt: skip
            return _info(transfer, [p.tag_code for p in pieces])

    def receive(self, number_or_id: str, *, by: UserInfo) -> TransferInfo:
        """Receive an issued transfer: its pieces are in stock again at their new place."""
        from jewelpos.services.receiving import doc_number

        key = (number_or_id or "").strip()
        now = self._clock.now()
        with self._uow.begin() as s:
            t = s.scalar(
                select(StockTransfer).where(
                    (StockTransfer.number == key.upper()) | (StockTransfer.id == key)
                )
            )
            if t is None:
                raise NotFound(f"No transfer {key}.", number=key)
            if t.status != "issued":
                raise ValidationError("transfer", f"transfer {t.number} was received already")
            t.receive_number = doc_number(s, DocType.TRANSFER_IN, day=shop_today(self._clock))
            t.status = "received"
            t.received_at = now
            t.received_by = by.id
            codes = []
            for line in s.scalars(
                select(StockTransferLine)
                .where(StockTransferLine.transfer_id == t.id)
                .order_by(StockTransferLine.tag_code)
            ):
                p = s.get(StockPiece, line.piece_id)
                if p is None or p.status != PieceStatus.IN_TRANSIT.value:
                    continue
                p.status = PieceStatus.IN_STOCK.value
                if t.kind == "branch":
                    p.location = t.to_branch
                    p.tray = t.to_tray
                else:
                    if t.to_location:
                        p.location = t.to_location
                    p.tray = t.to_tray
                codes.append(p.tag_code)
                s.add(PieceEvent(piece_id=p.id, kind="transfer_in", at=now, by_user_id=by.id,
                                 note=f"{t.receive_number} (from {t.number})", ref=t.id))  # fmt: skip
            s.flush()
            audit(s, user_id=by.id, action="transfer_receive", entity="stock_transfer",
                  entity_id=t.id, at=now, details={"number": t.receive_number, "pieces": len(codes)})  # fmt: skip
            return _info(t, codes)

    def open_transfers(self) -> list[TransferInfo]:
        """Issued transfers not yet received, oldest first."""
        with self._uow.read() as s:
            out = []
            for t in s.scalars(
                select(StockTransfer)
                .where(StockTransfer.status == "issued")
                .order_by(StockTransfer.issued_at)
            ):
                codes = s.scalars(
                    select(StockTransferLine.tag_code)
                    .where(StockTransferLine.transfer_id == t.id)
                    .order_by(StockTransferLine.tag_code)
                ).all()
                out.append(_info(t, codes))
            return out

    def branches(self) -> list[tuple[str, str]]:
        """(code, name) of every branch known here."""
        with self._uow.read() as s:
            return [(b.code, b.name) for b in s.scalars(select(Branch).order_by(Branch.code))]

"""Finding a piece by its tag code or HUID: the one lookup billing, stock, stock-take and transfers use."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import Category, PieceHuid, StockPiece


def code_key(code: str | None) -> str:
    """A scanned or typed tag code or HUID as stored: trimmed, upper case."""
    return (code or "").strip().upper()


def piece_by_code(s: Session, code: str) -> StockPiece | None:
    """The piece (any status) whose tag code is ``code``, else the one carrying it as a HUID."""
    key = code_key(code)
    if not key:
        return None
    piece = s.scalar(select(StockPiece).where(StockPiece.tag_code == key))
    if piece is None:
        piece = s.scalar(
            select(StockPiece)
            .join(PieceHuid, PieceHuid.piece_id == StockPiece.id)
            .where(PieceHuid.huid == key)
        )
    return piece


def piece_and_category(s: Session, code: str) -> tuple[StockPiece, Category] | None:
    """``piece_by_code`` with the piece's category; None if either is missing."""
    piece = piece_by_code(s, code)
    if piece is None:
        return None
    cat = s.get(Category, piece.category_id)
    return None if cat is None else (piece, cat)


def huids_of(s: Session, piece_id: str) -> tuple[str, ...]:
    """The HUIDs a piece carries, in order."""
    return tuple(
        s.scalars(
            select(PieceHuid.huid).where(PieceHuid.piece_id == piece_id).order_by(PieceHuid.huid)
        )
    )

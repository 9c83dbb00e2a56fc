"""Bill lines from stock: a scanned piece or an untagged line at the rate of the day, and their floors."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import (
    Category,
    MetalRate,
    StockPiece,
)
from jewelpos.domain.errors import (
    NotFound,
    PieceNotAvailable,
    RateNotSet,
    ValidationError,
)
from jewelpos.domain.ids import new_id
from jewelpos.domain.money import ZERO
from jewelpos.domain.purity import Metal, check_fineness, purity_label
from jewelpos.services._common import (
    bp_to_percent,
    clean_text,
    paise_to_money,
)
from jewelpos.services.billing.drafts import BillLine
from jewelpos.services.order_stock import booked_floor, refuse_if_reserved
from jewelpos.services.pieces import code_key, huids_of, piece_and_category
from jewelpos.services.stock import PieceStatus, making_from_db

# --- reading pieces, categories and rates ----------------------------------------------------


def day_rate(s: Session, day: date, metal: str, purity: int) -> Decimal:
    """The day's latest rate for a metal and purity; RateNotSet if none was set that day."""
    paise = s.execute(
        select(MetalRate.rate_paise)
        .where(MetalRate.metal == metal, MetalRate.purity == purity, MetalRate.day == day)
        .order_by(MetalRate.set_at.desc(), MetalRate.id.desc())
        .limit(1)
    ).scalar()
    if paise is None:
        label = purity_label(Metal(metal), purity)
        raise RateNotSet(
            f"No rate set for {metal} {label} on {day.isoformat()}: set today's rates first.",
            metal=metal,
            purity=purity,
            day=day.isoformat(),
        )
    return paise_to_money(int(paise))


@dataclass(frozen=True)
class _Defaults:
    wastage_percent: Decimal
    wastage_on: str
    making_kind: str
    making_value: Decimal


def _category_defaults(cat: Category) -> _Defaults:
    return _Defaults(
        wastage_percent=bp_to_percent(cat.wastage_bp),
        wastage_on=cat.wastage_on,
        making_kind=cat.making_kind,
        making_value=making_from_db(cat.making_kind, cat.making_value),
    )


def _piece_defaults(p: StockPiece, cat: Category) -> _Defaults:
    d = _category_defaults(cat)
    if p.making_kind is not None and p.making_value is not None:
        d = _Defaults(
            d.wastage_percent,
            d.wastage_on,
            p.making_kind,
            making_from_db(p.making_kind, p.making_value),
        )
    if p.wastage_bp is not None:
        d = _Defaults(
            bp_to_percent(p.wastage_bp), p.wastage_on or "value", d.making_kind, d.making_value
        )
    return d


def piece_line(
    s: Session, p: StockPiece, cat: Category, huids: tuple[str, ...], rate: Decimal
) -> BillLine:
    """A bill line for a tagged piece at the given rate of the day, with its defaults as floor."""
    d = _piece_defaults(p, cat)
    desc = p.description or f"{cat.name} {p.design_no or p.tag_code}".strip()
    return BillLine(
        key=new_id(),
        piece_id=p.id,
        tag_code=p.tag_code,
        description=desc,
        category_id=cat.id,
        hsn=cat.hsn,
        metal=p.metal,
        purity=p.purity,
        purity_label=purity_label(Metal(p.metal), p.purity),
        gross_mg=p.gross_mg,
        stone_mg=p.stone_mg,
        stone_value=paise_to_money(p.stone_value_paise),
        huids=huids,
        rate=rate,
        floor_rate=rate,
        wastage_percent=d.wastage_percent,
        wastage_on=d.wastage_on,
        making_kind=d.making_kind,
        making_value=d.making_value,
        floor_making_value=d.making_value,
        hallmark_pieces=len(huids) if p.metal == Metal.GOLD.value else 0,
        floor_wastage_percent=d.wastage_percent,
        floor_making_kind=d.making_kind,
    )


def line_for_code(s: Session, code: str, *, day: date) -> BillLine:
    """A line for a scanned tag code or HUID at the day's rate.

    NotFound for an unknown code; PieceNotAvailable if the piece is not in stock;
    RateNotSet if the day has no rate for its metal and purity.
    """
    key = code_key(code)
    if not key:
        raise ValidationError("code", "scan or type a tag code or HUID")
    found = piece_and_category(s, key)
    if found is None:
        raise NotFound(f"No piece with tag code or HUID {key}.", code=key)
    p, cat = found
    if p.status != PieceStatus.IN_STOCK:
        raise PieceNotAvailable(
            f"Piece {p.tag_code} is not in stock ({p.status.replace('_', ' ')}).",
            tag_code=p.tag_code,
            status=p.status,
        )
    refuse_if_reserved(s, p.id, p.tag_code)  # made for a customer's order
    rate = day_rate(s, day, p.metal, p.purity)
    return piece_line(s, p, cat, huids_of(s, p.id), rate)


def untagged_line(
    s: Session,
    *,
    day: date,
    category_id: str,
    gross_mg: int,
    stone_mg: int = 0,
    purity: int | None = None,
    description: str = "",
) -> BillLine:
    """A line sold by weight without a tag (coin, silver by weight, loose stone)."""
    cat = s.get(Category, category_id)
    if cat is None or not cat.active:
        raise NotFound("No such category.", category_id=category_id)
    fineness = check_fineness(cat.default_purity if purity is None else purity, field="purity")
    rate = day_rate(s, day, cat.metal, fineness)
    d = _category_defaults(cat)
    return BillLine(
        key=new_id(),
        piece_id=None,
        tag_code="",
        description=description.strip() or cat.name,
        category_id=cat.id,
        hsn=cat.hsn,
        metal=cat.metal,
        purity=fineness,
        purity_label=purity_label(Metal(cat.metal), fineness),
        gross_mg=gross_mg,
        stone_mg=stone_mg,
        stone_value=ZERO,
        huids=(),
        rate=rate,
        floor_rate=rate,
        wastage_percent=d.wastage_percent,
        wastage_on=d.wastage_on,
        making_kind=d.making_kind,
        making_value=d.making_value,
        floor_making_value=d.making_value,
        floor_wastage_percent=d.wastage_percent,
        floor_making_kind=d.making_kind,
    )


def check_untagged_weights(gross_mg: int, stone_mg: int) -> None:
    """ValidationError for a weight the untagged line cannot take (before any database work)."""
    if isinstance(gross_mg, bool) or not isinstance(gross_mg, int) or gross_mg <= 0:
        raise ValidationError("gross_mg", "the weight must be more than 0")
    if isinstance(stone_mg, bool) or not isinstance(stone_mg, int) or stone_mg < 0:
        raise ValidationError("stone_mg", "the stone weight cannot be negative")
    if stone_mg >= gross_mg:
        raise ValidationError("stone_mg", "the stones weigh as much as the whole piece or more")


def checked_line(
    s: Session, line: BillLine, *, day: date, index: int, pieces: dict[str, StockPiece]
) -> BillLine:
    """The line with its floors read from the database (rate of the day, the piece's or
    category's making and wastage); tagged pieces must be in stock and match the tag."""
    field_ = f"lines[{index}]"
    if line.piece_id is not None:
        p = s.get(StockPiece, line.piece_id)
        if p is None:
            raise NotFound(f"Line {index + 1}: no such piece.", piece_id=line.piece_id)
        if line.piece_id in pieces:
            raise ValidationError(field_, f"piece {p.tag_code} is on the bill twice")
        if p.status != PieceStatus.IN_STOCK:
            raise PieceNotAvailable(
                f"Piece {p.tag_code} is not in stock ({p.status.replace('_', ' ')}): "
                "it may have been sold at another counter.",
                tag_code=p.tag_code,
                status=p.status,
            )
        if (p.metal, p.purity, p.gross_mg, p.stone_mg) != (
            line.metal,
            line.purity,
            line.gross_mg,
            line.stone_mg,
        ):
            raise ValidationError(
                field_, f"the metal, purity or weights differ from piece {p.tag_code}"
            )
        cat = s.get(Category, p.category_id)
        assert cat is not None
        pieces[p.id] = p
        d = _piece_defaults(p, cat)
        huids = huids_of(s, p.id)
        extra: dict[str, Any] = {"tag_code": p.tag_code, "huids": huids, "hsn": cat.hsn}
    else:
        if not line.category_id:
            raise ValidationError(field_, "an untagged line needs its category")
        c = s.get(Category, line.category_id)
        if c is None:
            raise NotFound(f"Line {index + 1}: no such category.")
        if c.metal != line.metal:
            raise ValidationError(field_, f"the category {c.name} is {c.metal}")
        d = _category_defaults(c)
        extra = {"tag_code": "", "hsn": line.hsn or c.hsn}
    if line.rate.is_nan():
        raise ValidationError(f"{field_}.rate", "is not a number")
    return replace(
        line,
        floor_rate=booked_floor(s, line.piece_id) or day_rate(s, day, line.metal, line.purity),
        floor_making_value=d.making_value,
        floor_making_kind=d.making_kind,
        floor_wastage_percent=d.wastage_percent,
        description=clean_text(line.description, field=f"{field_}.description", max_len=200)
        or line.purity_label,
        purity_label=purity_label(Metal(line.metal), line.purity),
        **extra,
    )

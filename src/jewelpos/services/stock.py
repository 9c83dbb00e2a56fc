"""Tagged stock: categories, search with totals, a piece's detail and history, receiving pieces.

Tag codes, design numbers and HUIDs are stored upper-case so that a prefix search is an index
range (``col >= 'AB' AND col < 'AB\\uffff'``); code that inserts pieces in bulk must do the same.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from jewelpos.db.models import (
    AppUser,
    Category,
    PieceHuid,
    PieceStone,
    StockPiece,
    StockSummary,
)
from jewelpos.db.models import PieceEvent as PieceEventRow
from jewelpos.db.numbering import NO_PERIOD, next_in_series
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import DuplicateValue, NotFound, PermissionDenied, ValidationError
from jewelpos.domain.purity import Metal, check_fineness, parse_metal, purity_label
from jewelpos.domain.validation import validate_huid
from jewelpos.domain.weight import fine_mg
from jewelpos.services._common import (
    bp_to_percent,
    clean_code,
    clean_text,
    local_device,
    money_to_paise,
    paise_to_money,
    percent_to_bp,
)
from jewelpos.services.auth import UserInfo
from jewelpos.services.pieces import code_key, piece_and_category

WASTAGE_ON = ("value", "weight")
MAKING_KINDS = ("per_g", "percent", "flat")
TAG_DIGITS = 6
_TOP = "\uffff"
COUNT_CAP = 500
"""A text search counts (and totals) at most this many matches; beyond it the page is capped."""


class PieceStatus(StrEnum):
    IN_STOCK = "in_stock"
    SOLD = "sold"
    RESERVED = "reserved"
    IN_TRANSIT = "in_transit"
    WITH_KARIGAR = "with_karigar"
    MELTED = "melted"
    MISSING = "missing"


@dataclass(frozen=True)
class CategoryInfo:
    """A category; ``making_value`` is rupees per gram (per_g), percent, or rupees (flat)."""

    id: str
    code: str
    name: str
    metal: str
    default_purity: int
    hsn: str
    wastage_percent: Decimal
    wastage_on: str
    making_kind: str
    making_value: Decimal
    name_hi: str = ""
    active: bool = True


@dataclass(frozen=True)
class StockFilter:
    """``text`` matches tag code, design no. or HUID by prefix, else description words."""

    text: str = ""
    metal: str | None = None
    purity: int | None = None
    category_id: str | None = None
    status: str | None = "in_stock"
    limit: int = 500
    offset: int = 0


@dataclass(frozen=True)
class PieceRow:
    id: str
    tag_code: str
    category_id: str
    category_name: str
    design_no: str
    description: str
    metal: str
    purity: int
    purity_label: str
    gross_mg: int
    stone_mg: int
    net_mg: int
    huids: tuple[str, ...]
    status: str
    received_at: datetime
    stone_count: int = 0
    stone_value_paise: int = 0
    location: str = ""
    tray: str = ""
    category_name_hi: str = ""  # shown instead of category_name when the UI is in Hindi


@dataclass(frozen=True)
class StockPage:
    """One page of a search plus count and weight totals over the whole filtered set.

    ``capped``: a text search matched more than COUNT_CAP pieces; then ``total_count`` is
    COUNT_CAP + 1 ("more than COUNT_CAP") and the weights are those of the counted matches only.
    """

    rows: tuple[PieceRow, ...]
    total_count: int
    total_gross_mg: int
    total_net_mg: int
    capped: bool = False


@dataclass(frozen=True)
class SummaryRow:
    """Stock of one status/metal/purity/category: pieces and gross, net and fine weights."""

    status: str
    metal: str
    purity: int
    purity_label: str
    category_id: str
    category_name: str
    piece_count: int
    gross_mg: int
    net_mg: int
    fine_mg: int
    category_name_hi: str = ""


@dataclass(frozen=True)
class NewStone:
    kind: str
    count: int
    weight_mg: int
    value_paise: int


StoneInfo = NewStone


@dataclass(frozen=True)
class NewPiece:
    """A piece to receive. Leave ``tag_code`` None to take the next code of this counter's series.
    Making/wastage None means "the category's default"."""

    category_id: str
    metal: str
    purity: int
    gross_mg: int
    stone_mg: int = 0
    stones: tuple[NewStone, ...] = ()
    huids: tuple[str, ...] = ()
    design_no: str = ""
    description: str = ""
    tag_code: str | None = None
    cost_paise: int | None = None
    photo_path: str | None = None
    making_kind: str | None = None
    making_value: Decimal | None = None
    wastage_percent: Decimal | None = None
    wastage_on: str | None = None
    cost_code: str = ""
    location: str = ""
    tray: str = ""


@dataclass(frozen=True)
class PieceEvent:
    at: datetime
    kind: str
    note: str
    by: str


@dataclass(frozen=True)
class PieceDetail:
    """A piece with its stones, effective making/wastage (own or the category's) and history."""

    row: PieceRow
    stones: tuple[StoneInfo, ...]
    making_kind: str
    making_value: Decimal
    wastage_percent: Decimal
    wastage_on: str
    making_overridden: bool
    wastage_overridden: bool
    cost_paise: int | None
    cost_code: str
    photo_path: str | None
    history: tuple[PieceEvent, ...] = field(default_factory=tuple)


def _prefix(col: InstrumentedAttribute[str], key: str) -> ColumnElement[bool]:
    return (col >= key) & (col < key + _TOP)


def making_to_db(kind: str, value: Decimal, *, field_prefix: str = "") -> int:
    if kind not in MAKING_KINDS:
        raise ValidationError(
            f"{field_prefix}making_kind", f"choose one of {', '.join(MAKING_KINDS)}"
        )
    if kind == "percent":
        return percent_to_bp(value, field=f"{field_prefix}making_value")
    return money_to_paise(value, field=f"{field_prefix}making_value")


def making_from_db(kind: str, value: int) -> Decimal:
    return bp_to_percent(value) if kind == "percent" else paise_to_money(value)


def category_info(c: Category) -> CategoryInfo:
    return CategoryInfo(
        id=c.id,
        code=c.code,
        name=c.name,
        metal=c.metal,
        default_purity=c.default_purity,
        hsn=c.hsn,
        wastage_percent=bp_to_percent(c.wastage_bp),
        wastage_on=c.wastage_on,
        making_kind=c.making_kind,
        making_value=making_from_db(c.making_kind, c.making_value),
        name_hi=c.name_hi,
        active=c.active,
    )


_CODE_LIKE = re.compile(r"^[A-Za-z0-9/-]+$")


class StockService:
    """Stock pieces and categories."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    # --- categories ----------------------------------------------------------------------

    def categories(self, *, include_inactive: bool = False) -> list[CategoryInfo]:
        with self._uow.read() as s:
            q = select(Category).order_by(Category.metal, Category.name)
            if not include_inactive:
                q = q.where(Category.active.is_(True))
            return [category_info(c) for c in s.scalars(q)]

    def add_category(
        self,
        *,
        code: str,
        name: str,
        metal: str,
        default_purity: int,
        hsn: str = "7113",
        wastage_percent: Decimal = Decimal("0"),
        wastage_on: str = "value",
        making_kind: str = "per_g",
        making_value: Decimal = Decimal("0"),
        name_hi: str = "",
        by: UserInfo,
    ) -> CategoryInfo:
        """Add a category (owners/managers); DuplicateValue if the code exists."""
        if not by.can_manage:
            raise PermissionDenied("Only an owner or manager can change categories.")
        if wastage_on not in WASTAGE_ON:
            raise ValidationError("wastage_on", "choose value or weight")
        if not re.fullmatch(r"\d{4,8}", hsn or ""):
            raise ValidationError("hsn", "an HSN code is 4 to 8 digits")
        row = Category(
            code=clean_code(code, field="code", max_len=16),
            name=clean_text(name, field="name", max_len=80, required=True),
            name_hi=clean_text(name_hi, field="name_hi", max_len=80),
            metal=parse_metal(metal, field="metal").value,
            default_purity=check_fineness(default_purity, field="default_purity"),
            hsn=hsn,
            wastage_bp=percent_to_bp(wastage_percent, field="wastage_percent"),
            wastage_on=wastage_on,
            making_kind=making_kind,
            making_value=making_to_db(making_kind, making_value),
            active=True,
        )
        with self._uow.begin() as s:
            if s.scalar(select(Category.id).where(Category.code == row.code)) is not None:
                raise DuplicateValue(f"The category code {row.code} exists.", field="code")
            s.add(row)
            s.flush()
            return category_info(row)

    # --- search --------------------------------------------------------------------------

    def search(self, flt: StockFilter) -> StockPage:
        """Pieces matching the filter (a page of them) with count and weights of the matches.

        Without text, totals come from stock_summary (kept by triggers) and the page is read
        through the (status, tag_code, ...) index, so neither depends on the stock's size. Text
        that looks like a code is an index range over tag codes, design numbers and HUIDs, each
        read in index order and stopped after COUNT_CAP + 1 matches (a short prefix shared by
        every tag must not count 200,000 rows on each keystroke); other text (or a code that
        matches nothing) searches description words, also counted up to COUNT_CAP.
        """
        with self._uow.read() as s:
            text = flt.text.strip()
            if not text:
                return self._page_without_text(s, flt)
            if _CODE_LIKE.match(text):
                page = self._code_page(s, text.upper(), flt)
                # a scanned code that matches nothing (many digits) is not a description word:
                # do not scan every description for it
                digits = sum(ch.isdigit() for ch in text)
                if page.total_count or digits >= 4 or not any(ch.isalpha() for ch in text):
                    return page
            conds = self._filters(flt, use_index=True)
            for w in text.split():
                escaped = w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                conds.append(StockPiece.description.like(f"%{escaped}%", escape="\\"))
            hint = "INDEXED BY ix_stock_piece_status_tag_code" if flt.status else None
            ids = list(
                s.execute(
                    _with_hint(
                        select(*_MATCH_COLUMNS)
                        .where(*conds)
                        .order_by(StockPiece.tag_code)
                        .limit(COUNT_CAP + 1),
                        hint,
                    )
                )
            )
            return self._page_of_ids(s, ids, flt)

    def _code_page(self, s: Session, key: str, flt: StockFilter) -> StockPage:
        """Tag-code matches in tag order, then design-number matches, then HUID matches."""
        extra = self._filters(flt, use_index=False)
        cap = COUNT_CAP + 1
        ids: list[Any] = []
        seen: set[str] = set()
        queries = (
            select(*_MATCH_COLUMNS)
            .where(_prefix(StockPiece.tag_code, key), *extra)
            .order_by(StockPiece.tag_code),
            select(*_MATCH_COLUMNS)
            .where(_prefix(StockPiece.design_no, key), *extra)
            .order_by(StockPiece.design_no),
            select(*_MATCH_COLUMNS)
            .join(PieceHuid, StockPiece.id == PieceHuid.piece_id)
            .where(_prefix(PieceHuid.huid, key), *extra)
            .order_by(PieceHuid.huid),
        )
        for q in queries:
            if len(ids) >= cap:
                break
            for match in s.execute(q.limit(cap - len(ids))):
                if match.id not in seen:
                    seen.add(match.id)
                    ids.append(match)
        return self._page_of_ids(s, ids, flt)

    def _page_of_ids(self, s: Session, matches: list[Any], flt: StockFilter) -> StockPage:
        """A page of matches (id, gross, net; in display order; at most COUNT_CAP + 1)."""
        if not matches:
            return StockPage(rows=(), total_count=0, total_gross_mg=0, total_net_mg=0)
        capped = len(matches) > COUNT_CAP
        gross = sum(int(m.gross_mg) for m in matches)
        net = sum(int(m.net_mg) for m in matches)
        ids = [m.id for m in matches]
        wanted = ids[max(0, flt.offset) : max(0, flt.offset) + max(0, flt.limit)]
        found = {
            r.id: r
            for r in s.execute(
                select(
                    *_ROW_COLUMNS,
                    Category.name.label("category_name"),
                    Category.name_hi.label("category_name_hi"),
                )
                .join(Category, Category.id == StockPiece.category_id)
                .where(StockPiece.id.in_(wanted))
            )
        }
        ordered = [found[i] for i in wanted if i in found]
        rows = self._rows(s, [(r, r.category_name, r.category_name_hi) for r in ordered])
        return StockPage(
            rows=tuple(rows),
            total_count=len(ids),
            total_gross_mg=gross,
            total_net_mg=net,
            capped=capped,
        )

    def summary(self, *, status: str | None = None) -> list[SummaryRow]:
        """Stock by status, metal, purity and category (from stock_summary: no table scan)."""
        with self._uow.read() as s:
            q = (
                select(StockSummary, Category.name, Category.name_hi)
                .join(Category, Category.id == StockSummary.category_id)
                .where(StockSummary.piece_count > 0)
                .order_by(
                    StockSummary.status,
                    StockSummary.metal,
                    StockSummary.purity.desc(),
                    Category.name,
                )
            )
            if status:
                q = q.where(StockSummary.status == status)
            return [
                SummaryRow(
                    status=row.status,
                    metal=row.metal,
                    purity=row.purity,
                    purity_label=purity_label(Metal(row.metal), row.purity),
                    category_id=row.category_id,
                    category_name=name,
                    piece_count=row.piece_count,
                    gross_mg=row.gross_mg,
                    net_mg=row.net_mg,
                    fine_mg=fine_mg(row.net_mg, fineness=row.purity),
                    category_name_hi=name_hi or "",
                )
                for row, name, name_hi in s.execute(q)
            ]

    def _filters(self, flt: StockFilter, *, use_index: bool) -> list[ColumnElement[bool]]:
        """Filter conditions; with ``use_index=False`` they are written ``+column`` so SQLite
        does not pick a filter index over the (much narrower) code ranges."""

        def col(attr: InstrumentedAttribute[Any]) -> Any:
            return attr if use_index else literal_column(f"+stock_piece.{attr.key}")

        conds: list[ColumnElement[bool]] = []
        if flt.status:
            conds.append(col(StockPiece.status) == flt.status)
        if flt.metal:
            conds.append(col(StockPiece.metal) == flt.metal)
        if flt.purity is not None:
            conds.append(col(StockPiece.purity) == flt.purity)
        if flt.category_id:
            conds.append(col(StockPiece.category_id) == flt.category_id)
        return conds

    def _page_without_text(self, s: Session, flt: StockFilter) -> StockPage:
        summary = []
        if flt.status:
            summary.append(StockSummary.status == flt.status)
        if flt.metal:
            summary.append(StockSummary.metal == flt.metal)
        if flt.purity is not None:
            summary.append(StockSummary.purity == flt.purity)
        if flt.category_id:
            summary.append(StockSummary.category_id == flt.category_id)
        count, gross, net = s.execute(
            select(
                func.coalesce(func.sum(StockSummary.piece_count), 0),
                func.coalesce(func.sum(StockSummary.gross_mg), 0),
                func.coalesce(func.sum(StockSummary.net_mg), 0),
            ).where(*summary)
        ).one()
        hint = "INDEXED BY ix_stock_piece_status_tag_code" if flt.status else None
        return self._page(
            s, self._filters(flt, use_index=True), flt, totals=(count, gross, net), hint=hint
        )

    def _page(
        self,
        s: Session,
        conds: Sequence[ColumnElement[bool]],
        flt: StockFilter,
        *,
        totals: tuple[int, int, int] | None = None,
        hint: str | None = None,
        sort_candidates: bool = False,
    ) -> StockPage:
        if totals is None:
            count, gross, net = s.execute(
                select(
                    func.count(),
                    func.coalesce(func.sum(StockPiece.gross_mg), 0),
                    func.coalesce(func.sum(StockPiece.net_mg), 0),
                ).where(*conds)
            ).one()
        else:
            count, gross, net = totals
        if not count:
            return StockPage(rows=(), total_count=0, total_gross_mg=0, total_net_mg=0)
        # plain columns, not ORM objects: a page of 500 rows is read several times faster
        order = literal_column("+stock_piece.tag_code") if sort_candidates else StockPiece.tag_code
        q = (
            select(
                *_ROW_COLUMNS,
                Category.name.label("category_name"),
                Category.name_hi.label("category_name_hi"),
            )
            .join(Category, Category.id == StockPiece.category_id)
            .where(*conds)
            .order_by(order)
            .limit(max(0, flt.limit))
            .offset(max(0, flt.offset))
        )
        if hint:
            q = q.with_hint(StockPiece, hint, dialect_name="sqlite")
        found = s.execute(q).all()
        rows = self._rows(s, [(r, r.category_name, r.category_name_hi) for r in found])
        return StockPage(
            rows=tuple(rows),
            total_count=int(count),
            total_gross_mg=int(gross),
            total_net_mg=int(net),
        )

    def _rows(self, s: Session, pieces: Sequence[tuple[Any, str, str]]) -> list[PieceRow]:
        huids: dict[str, list[str]] = defaultdict(list)
        ids = [p.id for p, _, _ in pieces]
        for start in range(0, len(ids), 500):
            for piece_id, huid in s.execute(
                select(PieceHuid.piece_id, PieceHuid.huid)
                .where(PieceHuid.piece_id.in_(ids[start : start + 500]))
                .order_by(PieceHuid.huid)
            ):
                huids[piece_id].append(huid)
        return [
            _piece_row(p, name, tuple(huids.get(p.id, ())), name_hi=name_hi)
            for p, name, name_hi in pieces
        ]

    def find_by_code(self, code: str) -> PieceRow | None:
        """The piece with this tag code or HUID (any status), or None."""
        if not code_key(code):
            return None
        with self._uow.read() as s:
            found = piece_and_category(s, code)
            if found is None:
                return None
            piece, cat = found
            return self._rows(s, [(piece, cat.name, cat.name_hi)])[0]

    def piece(self, piece_id: str) -> PieceDetail:
        """A piece with stones and history; NotFound if there is no such piece."""
        with self._uow.read() as s:
            found = s.execute(
                select(StockPiece, Category)
                .join(Category, Category.id == StockPiece.category_id)
                .where(StockPiece.id == piece_id)
            ).first()
            if found is None:
                raise NotFound("No such piece.", piece_id=piece_id)
            p, cat = found
            row = self._rows(s, [(p, cat.name, cat.name_hi)])[0]
            stones = tuple(
                StoneInfo(
                    kind=x.kind, count=x.count, weight_mg=x.weight_mg, value_paise=x.value_paise
                )
                for x in s.scalars(
                    select(PieceStone).where(PieceStone.piece_id == p.id).order_by(PieceStone.id)
                )
            )
            events = tuple(
                PieceEvent(at=e.at, kind=e.kind, note=e.note, by=name or "")
                for e, name in s.execute(
                    select(PieceEventRow, AppUser.display_name)
                    .outerjoin(AppUser, AppUser.id == PieceEventRow.by_user_id)
                    .where(PieceEventRow.piece_id == p.id)
                    .order_by(PieceEventRow.at, PieceEventRow.id)
                )
            )
            making_kind = p.making_kind or cat.making_kind
            making_value = p.making_value if p.making_value is not None else cat.making_value
            return PieceDetail(
                row=row,
                stones=stones,
                making_kind=making_kind,
                making_value=making_from_db(making_kind, making_value),
                wastage_percent=bp_to_percent(
                    p.wastage_bp if p.wastage_bp is not None else cat.wastage_bp
                ),
                wastage_on=p.wastage_on or cat.wastage_on,
                making_overridden=p.making_kind is not None,
                wastage_overridden=p.wastage_bp is not None,
                cost_paise=p.cost_paise,
                cost_code=p.cost_code,
                photo_path=p.photo_path,
                history=events,
            )

    # --- receiving -----------------------------------------------------------------------

    def add_piece(self, new: NewPiece, *, by: UserInfo) -> PieceRow:
        """Receive a tagged piece: validate weights and HUIDs, take a tag code if none given,
        record a "received" event. DuplicateValue for a tag code or HUID already in use."""
        values = validate_piece(new)
        with self._uow.begin() as s:
            return self.insert_piece(s, values, by=by, at=self._clock.now())

    def insert_piece(
        self,
        s: Session,
        values: dict[str, Any],
        *,
        by: UserInfo,
        at: datetime,
        note: str = "",
        ref: str | None = None,
    ) -> PieceRow:
        """Insert one validated piece (``validate_piece``) in the caller's transaction."""
        values = dict(values)
        huids = values.pop("huids")
        stones: tuple[NewStone, ...] = values.pop("stones")
        cat = s.get(Category, values["category_id"])
        if cat is None:
            raise ValidationError("category_id", "choose a category")
        if huids:
            taken = s.scalars(select(PieceHuid.huid).where(PieceHuid.huid.in_(huids))).all()
            if taken:
                raise DuplicateValue(
                    f"HUID {taken[0]} is already on another piece.", field="huids", value=taken[0]
                )
        tag = values.pop("tag_code")
        if tag is None:
            tag = self._next_tag_code(s)
        elif s.scalar(select(StockPiece.id).where(StockPiece.tag_code == tag)) is not None:
            raise DuplicateValue(
                f"The tag code {tag} is already in use.", field="tag_code", value=tag
            )
        piece = StockPiece(
            tag_code=tag, status=PieceStatus.IN_STOCK.value, received_at=at, **values
        )
        s.add(piece)
        s.flush()
        for st in stones:
            s.add(
                PieceStone(
                    piece_id=piece.id,
                    kind=st.kind,
                    count=st.count,
                    weight_mg=st.weight_mg,
                    value_paise=st.value_paise,
                )
            )
        for h in huids:
            s.add(PieceHuid(piece_id=piece.id, huid=h))
        s.add(
            PieceEventRow(
                piece_id=piece.id, kind="received", at=at, by_user_id=by.id, note=note, ref=ref
            )
        )
        s.flush()
        return _piece_row(piece, cat.name, tuple(sorted(huids)), name_hi=cat.name_hi)

    def _next_tag_code(self, s: Session) -> str:
        device, branch = local_device(s)
        prefix = f"{branch.code}{device.code}"
        while True:
            seq = next_in_series(
                s, device_id=device.id, doc_type="tag", period=NO_PERIOD, prefix=prefix
            )
            code = f"{prefix}{seq:0{TAG_DIGITS}d}"
            # a code can be taken already if it was typed by hand or came from another counter
            if s.scalar(select(StockPiece.id).where(StockPiece.tag_code == code)) is None:
                return code


_MATCH_COLUMNS = (StockPiece.id, StockPiece.gross_mg, StockPiece.net_mg)

_ROW_COLUMNS = (
    StockPiece.id,
    StockPiece.tag_code,
    StockPiece.category_id,
    StockPiece.design_no,
    StockPiece.description,
    StockPiece.metal,
    StockPiece.purity,
    StockPiece.gross_mg,
    StockPiece.stone_mg,
    StockPiece.net_mg,
    StockPiece.status,
    StockPiece.received_at,
    StockPiece.stone_count,
    StockPiece.stone_value_paise,
    StockPiece.location,
    StockPiece.tray,
)


@functools.lru_cache(maxsize=64)
def _label(metal: str, purity: int) -> str:
    return purity_label(Metal(metal), purity)


def _piece_row(
    p: Any, category_name: str, huids: tuple[str, ...], *, name_hi: str = ""
) -> PieceRow:
    """A PieceRow from a StockPiece or a row of ``_ROW_COLUMNS``."""
    return PieceRow(
        id=p.id,
        tag_code=p.tag_code,
        category_id=p.category_id,
        category_name=category_name,
        design_no=p.design_no,
        description=p.description,
        metal=p.metal,
        purity=p.purity,
        purity_label=_label(p.metal, p.purity),
        gross_mg=p.gross_mg,
        stone_mg=p.stone_mg,
        net_mg=p.net_mg,
        huids=huids,
        status=p.status,
        received_at=p.received_at,
        stone_count=p.stone_count,
        stone_value_paise=p.stone_value_paise,
        location=p.location,
        tray=p.tray,
        category_name_hi=name_hi or "",
    )


def _with_hint(q: Any, hint: str | None) -> Any:
    return q.with_hint(StockPiece, hint, dialect_name="sqlite") if hint else q


def _int(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "must be a whole number")
    return value


def validate_piece(new: NewPiece) -> dict[str, Any]:
    """Checked, normalised column values of a piece to receive (ValidationError on bad input)."""
    metal = parse_metal(new.metal, field="metal").value
    purity = check_fineness(new.purity, field="purity")
    gross = _int(new.gross_mg, "gross_mg")
    if gross <= 0:
        raise ValidationError("gross_mg", "the gross weight must be more than 0")
    stone_mg = _int(new.stone_mg, "stone_mg")
    if stone_mg < 0:
        raise ValidationError("stone_mg", "the stone weight cannot be negative")
    stones = tuple(new.stones)
    for i, st in enumerate(stones):
        f = f"stones[{i}]"
        clean_text(st.kind, field=f"{f}.kind", max_len=40, required=True)
        if _int(st.count, f"{f}.count") < 1:
            raise ValidationError(f"{f}.count", "at least 1")
        if _int(st.weight_mg, f"{f}.weight_mg") < 0 or _int(st.value_paise, f"{f}.value_paise") < 0:
            raise ValidationError(f, "weight and value cannot be negative")
    stones_weight = sum(st.weight_mg for st in stones)
    if stones and stone_mg == 0:
        stone_mg = stones_weight
    elif stones and stones_weight != stone_mg:
        raise ValidationError("stone_mg", "the stone weight differs from the stones' total")
    if stone_mg >= gross:
        raise ValidationError("stone_mg", "the stones weigh as much as the whole piece or more")
    huids: list[str] = []
    for i, h in enumerate(new.huids):
        huid = validate_huid(h, field=f"huids[{i}]")
        if huid in huids:
            raise ValidationError(f"huids[{i}]", f"HUID {huid} is given twice")
        huids.append(huid)
    tag = (
        None
        if new.tag_code in (None, "")
        else clean_code(new.tag_code or "", field="tag_code", max_len=24)
    )
    design = clean_text(new.design_no, field="design_no", max_len=40).upper()
    if new.cost_paise is not None and _int(new.cost_paise, "cost_paise") < 0:
        raise ValidationError("cost_paise", "cannot be negative")
    making_kind = making_value = None
    if new.making_kind is not None or new.making_value is not None:
        making_kind = new.making_kind or "per_g"
        making_value = making_to_db(making_kind, new.making_value or Decimal(0))
    wastage_bp = wastage_on = None
    if new.wastage_percent is not None or new.wastage_on is not None:
        wastage_on = new.wastage_on or "value"
        if wastage_on not in WASTAGE_ON:
            raise ValidationError("wastage_on", "choose value or weight")
        wastage_bp = percent_to_bp(new.wastage_percent or Decimal(0), field="wastage_percent")
    return {
        "category_id": new.category_id,
        "metal": metal,
        "purity": purity,
        "gross_mg": gross,
        "stone_mg": stone_mg,
        "net_mg": gross - stone_mg,
        "stone_count": sum(st.count for st in stones),
        "stone_value_paise": sum(st.value_paise for st in stones),
        "design_no": design,
        "description": clean_text(new.description, field="description", max_len=200),
        "cost_paise": new.cost_paise,
        "cost_code": clean_text(new.cost_code, field="cost_code", max_len=16),
        "photo_path": new.photo_path,
        "making_kind": making_kind,
        "making_value": making_value,
        "wastage_bp": wastage_bp,
        "wastage_on": wastage_on,
        "location": clean_text(new.location, field="location", max_len=40),
        "tray": clean_text(new.tray, field="tray", max_len=40),
        "tag_code": tag,
        "huids": huids,
        "stones": stones,
    }

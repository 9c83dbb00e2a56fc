"""Stock-take: count a tray, a category or the whole branch by scanning tags.

Expected = pieces in stock in the scope. A scan is *found* (expected here), *extra* (a piece we
know but not expected in this count: another tray, sold, in transit...) or *unknown* (no such tag
or HUID). Closing gives a report (PDF); a manager then records the differences: every missing
piece is marked ``missing`` with an event and an audit entry.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import Category, PieceEvent, StockPiece
from jewelpos.db.models_stock import StockTake, StockTakeScan
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import SHOP_ZONE, Clock, shop_today, shop_zone
from jewelpos.domain.errors import JewelPOSError, NotFound, PermissionDenied, ValidationError
from jewelpos.domain.formatting import format_weight_mg
from jewelpos.domain.numbering import DocType
from jewelpos.domain.purity import Metal, purity_label
from jewelpos.services._common import audit, clean_text
from jewelpos.services.auth import UserInfo
from jewelpos.services.pieces import piece_and_category
from jewelpos.services.receiving import doc_number
from jewelpos.services.stock import PieceStatus

SCOPES = ("tray", "category", "branch")
RESULTS = ("found", "extra", "unknown")
LIST_LIMIT = 500


class StockTakeClosed(JewelPOSError):
    """The count is closed: no more scans; differences can be recorded once."""

    code = "stocktake_closed"


@dataclass(frozen=True)
class CountedPiece:
    piece_id: str
    tag_code: str
    category_name: str
    design_no: str
    purity_label: str
    gross_mg: int
    status: str
    tray: str
    category_name_hi: str = ""


@dataclass(frozen=True)
class ScanResult:
    """What one scan was: found / extra / unknown, or ``repeat`` for a code scanned already."""

    code: str
    result: str
    piece: CountedPiece | None


@dataclass(frozen=True)
class StockTakeState:
    """The live picture of a count (lists cut at LIST_LIMIT; counts are exact)."""

    id: str
    number: str
    scope_kind: str
    scope_value: str
    scope_label: str
    status: str
    started_at: datetime
    closed_at: datetime | None
    expected_count: int
    found: tuple[CountedPiece, ...]
    missing: tuple[CountedPiece, ...]
    extra: tuple[CountedPiece, ...]
    unknown: tuple[str, ...]
    found_count: int
    missing_count: int
    extra_count: int
    unknown_count: int


def _counted(p: Any, category_name: str, category_name_hi: str = "") -> CountedPiece:
    return CountedPiece(
        piece_id=p.id,
        tag_code=p.tag_code,
        category_name=category_name,
        design_no=p.design_no,
        purity_label=purity_label(Metal(p.metal), p.purity),
        gross_mg=p.gross_mg,
        status=p.status,
        tray=p.tray,
        category_name_hi=category_name_hi or "",
    )


class StockTakeService:
    """Start, scan, look, close, report and record a stock count."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def start(self, scope_kind: str, scope_value: str = "", *, by: UserInfo) -> StockTakeState:
        """Open a count. ``scope_value``: the tray name, the category id, or "" for the branch."""
        if scope_kind not in SCOPES:
            raise ValidationError("scope_kind", "choose a tray, a category or the whole branch")
        value = clean_text(scope_value, field="scope_value", max_len=40)
        now = self._clock.now()
        with self._uow.begin() as s:
            if scope_kind == "category" and s.get(Category, value) is None:
                raise ValidationError("scope_value", "choose a category")
            if scope_kind == "tray" and not value:
                raise ValidationError("scope_value", "type the tray's name")
            if scope_kind == "branch":
                value = ""
            take = StockTake(
                number=doc_number(s, DocType.STOCK_TAKE, day=shop_today(self._clock)),
                scope_kind=scope_kind,
                scope_value=value,
                status="open",
                started_at=now,
                started_by=by.id,
            )
            take.expected_count = self._expected_count(s, take)
            s.add(take)
            s.flush()
            audit(s, user_id=by.id, action="stocktake_start", entity="stock_take",
                  entity_id=take.id, at=now, details={"scope": scope_kind, "value": value})  # fmt: skip
            return self._state(s, take)

    def _scope(self, take: StockTake) -> list[ColumnElement[bool]]:
        conds: list[ColumnElement[bool]] = [StockPiece.status == PieceStatus.IN_STOCK.value]
        if take.scope_kind == "tray":
            conds.append(StockPiece.tray == take.scope_value)
        elif take.scope_kind == "category":
            conds.append(StockPiece.category_id == take.scope_value)
        return conds

    def _expected_count(self, s: Session, take: StockTake) -> int:
        return int(s.scalar(select(func.count()).select_from(StockPiece).where(*self._scope(take))) or 0)  # fmt: skip

    def _take(self, s: Session, take_id: str) -> StockTake:
        take = s.get(StockTake, take_id)
        if take is None:
            raise NotFound("No such stock-take.", take_id=take_id)
        return take

    def scan(self, take_id: str, code: str, *, by: UserInfo) -> ScanResult:
        """Record one scanned tag code (or HUID) and say what it was."""
        key = (code or "").strip().upper()
        if not key:
            raise ValidationError("code", "scan or type a tag code")
        if len(key) > 24:
            key = key[:24]
        now = self._clock.now()
        with self._uow.begin() as s:
            take = self._take(s, take_id)
            if take.status != "open":
                raise StockTakeClosed("This count is closed; start a new one to scan again.")
            found = piece_and_category(s, key)
            piece = _counted(found[0], found[1].name, found[1].name_hi) if found else None
            ident = piece.piece_id if piece else None
            repeat_q = select(StockTakeScan.id).where(StockTakeScan.take_id == take.id)
            repeat_q = repeat_q.where(
                StockTakeScan.piece_id == ident if ident else StockTakeScan.code == key
            )
            if s.scalar(repeat_q.limit(1)) is not None:
                return ScanResult(code=key, result="repeat", piece=piece)
            if piece is None:
                result = "unknown"
            else:
                in_scope = s.scalar(
                    select(StockPiece.id).where(StockPiece.id == piece.piece_id, *self._scope(take))
                )
                result = "found" if in_scope else "extra"
            s.add(StockTakeScan(take_id=take.id, code=piece.tag_code if piece else key,
                                piece_id=ident, result=result, at=now))  # fmt: skip
            return ScanResult(code=key, result=result, piece=piece)

    def state(self, take_id: str) -> StockTakeState:
        with self._uow.read() as s:
            return self._state(s, self._take(s, take_id))

    def _state(self, s: Session, take: StockTake) -> StockTakeState:
        scans = s.execute(
            select(StockTakeScan.result, StockTakeScan.code, StockTakeScan.piece_id)
            .where(StockTakeScan.take_id == take.id)
            .order_by(StockTakeScan.at, StockTakeScan.id)
        ).all()
        found_ids = [r.piece_id for r in scans if r.result == "found"]
        extra_ids = [r.piece_id for r in scans if r.result == "extra"]
        unknown = tuple(r.code for r in scans if r.result == "unknown")

        def pieces(ids: list[str]) -> tuple[CountedPiece, ...]:
            out: dict[str, CountedPiece] = {}
            for start in range(0, len(ids), 500):
                for p, name, name_hi in s.execute(
                    select(StockPiece, Category.name, Category.name_hi)
                    .join(Category, Category.id == StockPiece.category_id)
                    .where(StockPiece.id.in_(ids[start : start + 500]))
                ):
                    out[p.id] = _counted(p, name, name_hi)
            return tuple(out[i] for i in ids if i in out)

        if take.status == "open":
            expected_count = self._expected_count(s, take)
            found_set = set(found_ids)
            missing_q = (
                select(StockPiece, Category.name, Category.name_hi)
                .join(Category, Category.id == StockPiece.category_id)
                .where(*self._scope(take))
                .order_by(StockPiece.tag_code)
            )
            missing: list[CountedPiece] = []
            for p, name, name_hi in s.execute(missing_q):
                if p.id not in found_set:
                    missing.append(_counted(p, name, name_hi))
                    if len(missing) >= LIST_LIMIT:
                        break
            missing_count = expected_count - len(found_set)
        else:
            # closed: the missing pieces are those listed at closing (stored as scans' complement)
            expected_count = take.expected_count
            missing_ids = list(
                s.scalars(
                    select(PieceEvent.piece_id)
                    .where(PieceEvent.ref == take.id, PieceEvent.kind == "stocktake_missing")
                    .order_by(PieceEvent.piece_id)
                )
            )
            missing = (
                list(pieces(missing_ids)) if missing_ids else list(self._closed_missing(s, take))
            )
            missing_count = take.missing_count
        return StockTakeState(
            id=take.id,
            number=take.number,
            scope_kind=take.scope_kind,
            scope_value=take.scope_value,
            scope_label=self._scope_label(s, take),
            status=take.status,
            started_at=take.started_at,
            closed_at=take.closed_at,
            expected_count=expected_count,
            found=pieces(found_ids[:LIST_LIMIT]),
            missing=tuple(missing[:LIST_LIMIT]),
            extra=pieces(extra_ids[:LIST_LIMIT]),
            unknown=unknown[:LIST_LIMIT],
            found_count=len(found_ids),
            missing_count=missing_count,
            extra_count=len(extra_ids),
            unknown_count=len(unknown),
        )

    def _closed_missing(self, s: Session, take: StockTake) -> list[CountedPiece]:
        """Missing pieces of a closed count not yet recorded: the in-stock scope, not found."""
        found = set(
            s.scalars(
                select(StockTakeScan.piece_id).where(
                    StockTakeScan.take_id == take.id, StockTakeScan.result == "found"
                )
            )
        )
        out: list[CountedPiece] = []
        for p, name, name_hi in s.execute(
            select(StockPiece, Category.name, Category.name_hi)
            .join(Category, Category.id == StockPiece.category_id)
            .where(*self._scope(take))
            .order_by(StockPiece.tag_code)
        ):
            if p.id not in found:
                out.append(_counted(p, name, name_hi))
        return out

    def _scope_label(self, s: Session, take: StockTake) -> str:
        if take.scope_kind == "category":
            cat = s.get(Category, take.scope_value)
            return f"category {cat.name if cat else take.scope_value}"
        if take.scope_kind == "tray":
            return f"tray {take.scope_value}"
        return "whole branch"

    def close(self, take_id: str, *, by: UserInfo) -> StockTakeState:
        """Stop scanning; the counts are fixed as they are now."""
        now = self._clock.now()
        with self._uow.begin() as s:
            take = self._take(s, take_id)
            if take.status != "open":
                raise StockTakeClosed("This count is already closed.")
            state = self._state(s, take)
            take.status = "closed"
            take.closed_at = now
            take.closed_by = by.id
            take.expected_count = state.expected_count
            take.found_count = state.found_count
            take.missing_count = state.missing_count
            take.extra_count = state.extra_count
            take.unknown_count = state.unknown_count
            s.flush()
            audit(s, user_id=by.id, action="stocktake_close", entity="stock_take",
                  entity_id=take.id, at=now,
                  details={"found": state.found_count, "missing": state.missing_count,
                           "extra": state.extra_count, "unknown": state.unknown_count})  # fmt: skip
            return self._state(s, take)

    def record_differences(self, take_id: str, *, by: UserInfo) -> StockTakeState:
        """A manager marks every missing piece ``missing`` (event + audit). Once per count."""
        if not by.can_manage:
            raise PermissionDenied("Only an owner or manager can record stock differences.")
        now = self._clock.now()
        with self._uow.begin() as s:
            take = self._take(s, take_id)
            if take.status != "closed":
                raise StockTakeClosed(
                    "Close the count first; differences are recorded only once."
                    if take.status == "open"
                    else "The differences of this count are recorded already."
                )
            missing = self._closed_missing(s, take)
            for m in missing:
                piece = s.get(StockPiece, m.piece_id)
                assert piece is not None
                piece.status = PieceStatus.MISSING.value
                s.add(PieceEvent(piece_id=piece.id, kind="stocktake_missing", at=now,
                                 by_user_id=by.id, note=take.number, ref=take.id))  # fmt: skip
            take.status = "recorded"
            take.recorded_by = by.id
            take.missing_count = len(missing)
            s.flush()
            audit(s, user_id=by.id, action="stocktake_record", entity="stock_take",
                  entity_id=take.id, at=now,
                  details={"missing": [m.tag_code for m in missing][:1000]})  # fmt: skip
            return self._state(s, take)

    def recent(self, *, limit: int = 20) -> list[StockTakeState]:
        with self._uow.read() as s:
            takes = s.scalars(select(StockTake).order_by(StockTake.started_at.desc()).limit(limit))
            return [self._state(s, t) for t in takes]

    def report_pdf(
        self, take_id: str, *, shop_name: str = "", zone: ZoneInfo | None = None
    ) -> bytes:
        """The count's report: scope, times (in the shop's zone), counts, then missing, extra
        and unknown lists."""
        state = self.state(take_id)
        return render_report_pdf(state, shop_name=shop_name, zone=zone or shop_zone(self._clock))


_TAKE_STATUS_WORDS = {
    "open": "open, counting",
    "closed": "closed",
    "recorded": "closed, differences recorded",
}


def status_words(status: str) -> str:
    """A stored status code as words for the report: ``in_stock`` -> ``in stock``."""
    return _TAKE_STATUS_WORDS.get(status) or status.replace("_", " ")


def _local(at: datetime, zone: ZoneInfo) -> str:
    """``14-11-2025 10:30 IST``: the shop's wall clock, with its zone named."""
    return at.astimezone(zone).strftime("%d-%m-%Y %H:%M %Z")


def render_report_pdf(
    state: StockTakeState, *, shop_name: str = "", zone: ZoneInfo = SHOP_ZONE
) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle

    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=f"Stock-take {state.number}")  # fmt: skip
    story: list[Any] = []
    story.append(Paragraph(f"Stock-take {state.number}", styles["Title"]))
    if shop_name:
        story.append(Paragraph(shop_name, styles["Normal"]))
    story.append(Paragraph(f"Scope: {state.scope_label}", styles["Normal"]))
    story.append(Paragraph(f"Started: {_local(state.started_at, zone)}", styles["Normal"]))
    if state.closed_at:
        story.append(Paragraph(f"Closed: {_local(state.closed_at, zone)}", styles["Normal"]))
    story.append(Paragraph(f"Status: {status_words(state.status)}", styles["Normal"]))
    story.append(Spacer(1, 4 * mm))
    summary = [
        ["Expected", "Found", "Missing", "Extra", "Unknown"],
        [str(state.expected_count), str(state.found_count), str(state.missing_count),
         str(state.extra_count), str(state.unknown_count)],
    ]  # fmt: skip
    story.append(_table(summary, colors, TableStyle))
    for title, rows in (("Missing", state.missing), ("Extra", state.extra)):
        story.append(Spacer(1, 5 * mm))
        story.append(Paragraph(f"{title} pieces ({len(rows)})", styles["Heading2"]))
        if rows:
            data = [["Tag", "Category", "Design", "Purity", "Gross", "Status", "Tray"]]
            data += [
                [p.tag_code, p.category_name, p.design_no, p.purity_label,
                 format_weight_mg(p.gross_mg), status_words(p.status), p.tray]
                for p in rows
            ]  # fmt: skip
            story.append(_table(data, colors, TableStyle))
        else:
            story.append(Paragraph("none", styles["Normal"]))
    story.append(Spacer(1, 5 * mm))
    story.append(Paragraph(f"Unknown codes ({len(state.unknown)})", styles["Heading2"]))
    story.append(Paragraph(", ".join(state.unknown) or "none", styles["Normal"]))
    doc.build(story)
    return buf.getvalue()


def _table(data: list[list[str]], colors: Any, table_style: Any) -> Any:
    from reportlab.platypus import Table

    t = Table(data, repeatRows=1)
    t.setStyle(
        table_style(
            [
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
            ]
        )
    )
    return t

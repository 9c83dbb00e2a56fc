"""Karigars: the master (name, phone, specialities, usual wastage) and each karigar's metal
ledger in fine weight (metal issued to him, returned by him, pieces delivered, wastage allowed);
his balance is the sum of his entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models_orders import Karigar, KarigarMetalEntry
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import NotFound, ValidationError
from jewelpos.domain.purity import check_fineness, parse_metal
from jewelpos.domain.weight import fine_mg
from jewelpos.services._common import audit, bp_to_percent, clean_text, percent_to_bp
from jewelpos.services.auth import UserInfo
from jewelpos.services.order_common import check_mg

ISSUE, RETURN, PIECE, WASTAGE = "issue", "return", "piece", "wastage"
ENTRY_LABELS = {
    ISSUE: "Metal issued",
    RETURN: "Metal returned",
    PIECE: "Piece delivered",
    WASTAGE: "Wastage allowed",
}


@dataclass(frozen=True)
class KarigarInfo:
    id: str
    name: str
    phone: str
    specialities: str
    wastage_percent: Decimal
    active: bool
    balance_fine_mg: int
    """Fine metal he holds for the shop (positive) or the shop owes him (negative)."""


@dataclass(frozen=True)
class LedgerEntry:
    at: datetime
    kind: str
    metal: str
    purity: int
    weight_mg: int
    fine_mg: int
    """Signed: + to the karigar, - back from him."""
    note: str
    balance_fine_mg: int


def balance_of(s: Session, karigar_id: str) -> int:
    """The karigar's fine balance in mg (sum of his ledger)."""
    total = s.scalar(
        select(func.coalesce(func.sum(KarigarMetalEntry.fine_mg), 0)).where(
            KarigarMetalEntry.karigar_id == karigar_id
        )
    )
    return int(total or 0)


def add_entry(
    s: Session,
    *,
    karigar_id: str,
    kind: str,
    metal: str,
    purity: int,
    weight_mg: int,
    at: datetime,
    by: UserInfo,
    note: str = "",
    order_id: str | None = None,
    repair_id: str | None = None,
) -> int:
    """Write one ledger entry in the caller's transaction; the signed fine weight written."""
    fine = fine_mg(weight_mg, fineness=purity)
    signed = fine if kind == ISSUE else -fine
    s.add(
        KarigarMetalEntry(
            karigar_id=karigar_id,
            at=at,
            kind=kind,
            metal=metal,
            purity=purity,
            weight_mg=weight_mg,
            fine_mg=signed,
            order_id=order_id,
            repair_id=repair_id,
            note=note,
            by_user_id=by.id,
        )
    )
    return signed


def _info(s: Session, k: Karigar) -> KarigarInfo:
    return KarigarInfo(
        id=k.id,
        name=k.name,
        phone=k.phone,
        specialities=k.specialities,
        wastage_percent=bp_to_percent(k.wastage_bp),
        active=k.active,
        balance_fine_mg=balance_of(s, k.id),
    )


def get_karigar(s: Session, karigar_id: str) -> Karigar:
    k = s.get(Karigar, karigar_id)
    if k is None:
        raise NotFound("No such karigar.", karigar_id=karigar_id)
    return k


class KarigarService:
    """The karigar master and metal ledger."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def add_karigar(
        self,
        *,
        name: str,
        phone: str = "",
        specialities: str = "",
        wastage_percent: Decimal | str = Decimal(0),
        by: UserInfo,
    ) -> KarigarInfo:
        """A new karigar; ValidationError naming the field in words."""
        clean_name = clean_text(name, field="name", max_len=120, required=True)
        clean_phone = clean_text(phone, field="phone", max_len=20)
        if clean_phone and not all(c.isdigit() or c in "+ -" for c in clean_phone):
            raise ValidationError("phone", "use digits only, e.g. 98200 12345")
        bp = percent_to_bp(wastage_percent, field="usual_wastage")
        with self._uow.begin() as s:
            k = Karigar(
                name=clean_name,
                phone=clean_phone,
                specialities=clean_text(specialities, field="specialities", max_len=400),
                wastage_bp=bp,
                active=True,
            )
            s.add(k)
            s.flush()
            audit(
                s,
                user_id=by.id,
                action="karigar.add",
                entity="karigar",
                entity_id=k.id,
                at=self._clock.now(),
                details={"name": clean_name},
            )
            return _info(s, k)

    def karigars(self, *, include_inactive: bool = False) -> list[KarigarInfo]:
        with self._uow.read() as s:
            q = select(Karigar).order_by(Karigar.name)
            if not include_inactive:
                q = q.where(Karigar.active.is_(True))
            return [_info(s, k) for k in s.scalars(q)]

    def karigar(self, karigar_id: str) -> KarigarInfo:
        with self._uow.read() as s:
            return _info(s, get_karigar(s, karigar_id))

    def record_metal(
        self,
        karigar_id: str,
        *,
        kind: str,
        metal: str,
        purity: int,
        weight_mg: int,
        note: str = "",
        by: UserInfo,
    ) -> KarigarInfo:
        """Metal issued to (``issue``) or returned by (``return``) a karigar, by weight at a
        purity; the ledger counts its fine weight. The karigar with his new balance."""
        if kind not in (ISSUE, RETURN):
            raise ValidationError("metal_entry", "choose metal issued or metal returned")
        m = parse_metal(metal, field="metal").value
        fineness = check_fineness(purity, field="purity")
        weight = check_mg(weight_mg, field="metal_weight", positive=True)
        with self._uow.begin() as s:
            k = get_karigar(s, karigar_id)
            add_entry(
                s,
                karigar_id=k.id,
                kind=kind,
                metal=m,
                purity=fineness,
                weight_mg=weight,
                at=self._clock.now(),
                by=by,
                note=clean_text(note, field="note", max_len=200),
            )
            s.flush()
            return _info(s, k)

    def ledger(self, karigar_id: str) -> list[LedgerEntry]:
        """His entries, oldest first, each with the running balance."""
        with self._uow.read() as s:
            get_karigar(s, karigar_id)
            rows = s.scalars(
                select(KarigarMetalEntry)
                .where(KarigarMetalEntry.karigar_id == karigar_id)
                .order_by(KarigarMetalEntry.at, KarigarMetalEntry.created_at)
            ).all()
            out: list[LedgerEntry] = []
            running = 0
            for r in rows:
                running += r.fine_mg
                out.append(
                    LedgerEntry(
                        r.at, r.kind, r.metal, r.purity, r.weight_mg, r.fine_mg, r.note, running
                    )
                )
            return out


__all__ = [
    "ENTRY_LABELS",
    "KarigarInfo",
    "KarigarService",
    "LedgerEntry",
    "add_entry",
    "balance_of",
]

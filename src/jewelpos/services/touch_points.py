"""Touch-point checklists of a visit: at the door, the counter, billing and delivery, the items
the shop chose (a manager sets them; defaults below), each ticked against the bill with who
did it and when."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import Customer
from jewelpos.db.models_care import TouchPointCheck
from jewelpos.db.models_settings import ShopSetting, setting_id
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import ValidationError
from jewelpos.services._common import clean_text, local_device
from jewelpos.services.approvals import require_manager_role
from jewelpos.services.auth import UserInfo
from jewelpos.services.feedback import find_bill, user_names
from jewelpos.services.shop_settings import write_setting

STAGES = ("door", "counter", "billing", "delivery")
SETTING_KEY = "touch_points"
MAX_ITEMS = 40
DEFAULT_ITEMS: tuple[tuple[str, str], ...] = (
    ("door", "Greeted at the door"),
    ("door", "Offered a seat and water"),
    ("counter", "Asked about the occasion and budget"),
    ("counter", "Showed the purity and HUID of each piece"),
    ("billing", "Explained the price break-up"),
    ("billing", "Told about the savings scheme"),
    ("delivery", "Checked the pieces and weights with the customer"),
    ("delivery", "Asked for feedback and thanked the customer"),
)


@dataclass(frozen=True)
class TouchItem:
    stage: str
    item: str


@dataclass(frozen=True)
class CheckState:
    """An item of the checklist for one bill: done or not, by whom and when."""

    stage: str
    item: str
    done: bool
    done_by: str = ""
    done_at: datetime | None = None


@dataclass(frozen=True)
class Checklist:
    invoice_no: str
    customer_name: str
    items: tuple[CheckState, ...]

    @property
    def done_count(self) -> int:
        return sum(1 for i in self.items if i.done)


def _configured(s: Session) -> tuple[TouchItem, ...]:
    _device, branch = local_device(s)
    row = s.get(ShopSetting, setting_id(branch.id, SETTING_KEY))
    if row is None:
        return tuple(TouchItem(st, it) for st, it in DEFAULT_ITEMS)
    return tuple(TouchItem(str(e[0]), str(e[1])) for e in json.loads(row.value))


def _clean_items(items: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for stage, text in items:
        if stage not in STAGES:
            raise ValidationError("stage", "choose door, counter, billing or delivery")
        words = clean_text(text, field="touch_point", max_len=120, required=True)
        if (stage, words) in out:
            raise ValidationError("touch_point", f"{words} is in the list twice")
        out.append((stage, words))
    if not out:
        raise ValidationError("touch_point", "keep at least one item")
    if len(out) > MAX_ITEMS:
        raise ValidationError("touch_point", f"keep at most {MAX_ITEMS} items")
    return sorted(out, key=lambda p: STAGES.index(p[0]))


class TouchPointService:
    """The shop's checklist items and each bill's ticks."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def items(self) -> tuple[TouchItem, ...]:
        with self._uow.read() as s:
            return _configured(s)

    def set_items(self, items: Sequence[tuple[str, str]], *, by: UserInfo) -> tuple[TouchItem, ...]:
        """The checklist's items in stage order (owners and managers only)."""
        cleaned = _clean_items(items)
        now = self._clock.now()
        with self._uow.begin() as s:
            require_manager_role(s, by, action="change the touch-point checklist")
            _device, branch = local_device(s)
            row = s.get(ShopSetting, setting_id(branch.id, SETTING_KEY))
            value = json.dumps(cleaned, ensure_ascii=False)
            write_setting(
                s,
                branch.id,
                SETTING_KEY,
                value,
                old=row.value if row else None,
                by=by,
                at=now,
            )
            return tuple(TouchItem(st, it) for st, it in cleaned)

    def _checklist(self, s: Session, invoice_no: str) -> Checklist:
        inv = find_bill(s, invoice_no)
        done = {
            (c.stage, c.item): c
            for c in s.scalars(select(TouchPointCheck).where(TouchPointCheck.invoice_id == inv.id))
        }
        names = user_names(s, {c.done_by for c in done.values()})
        wanted = list(_configured(s))
        # items ticked before the list changed stay on the bill's checklist
        wanted += [TouchItem(st, it) for st, it in done if TouchItem(st, it) not in wanted]
        customer = s.get(Customer, inv.customer_id) if inv.customer_id else None
        states = []
        for t in sorted(wanted, key=lambda t: STAGES.index(t.stage) if t.stage in STAGES else 9):
            c = done.get((t.stage, t.item))
            states.append(
                CheckState(
                    t.stage,
                    t.item,
                    c is not None,
                    names.get(c.done_by, "") if c else "",
                    c.done_at if c else None,
                )
            )
        return Checklist(inv.number, customer.name if customer else inv.buyer_name, tuple(states))

    def checklist(self, invoice_no: str) -> Checklist:
        """The bill's checklist: every item, ticked or not."""
        with self._uow.read() as s:
            return self._checklist(s, invoice_no)

    def tick(self, invoice_no: str, *, stage: str, item: str, by: UserInfo) -> Checklist:
        """Mark one item of the bill's checklist done by ``by`` now (once: a second tick keeps
        the first one's who and when)."""
        now = self._clock.now()
        with self._uow.begin() as s:
            inv = find_bill(s, invoice_no)
            if TouchItem(stage, item) not in _configured(s):
                raise ValidationError("touch_point", "choose an item of the checklist")
            exists = s.scalars(
                select(TouchPointCheck.id).where(
                    TouchPointCheck.invoice_id == inv.id,
                    TouchPointCheck.stage == stage,
                    TouchPointCheck.item == item,
                )
            ).first()
            if exists is None:
                s.add(
                    TouchPointCheck(
                        invoice_id=inv.id,
                        invoice_no=inv.number,
                        stage=stage,
                        item=item,
                        done_by=by.id,
                        done_at=now,
                    )
                )
                s.flush()
            return self._checklist(s, inv.number)

"""Segments: saved, combinable customer filters (no scheme joined in the last year, scheme not
renewed, not seen for N days, bought only one category, VIP by spend with an RFM score,
birthday or anniversary this week, by branch, by salesperson) with a count, a list and
CSV/Excel export. Every rule set narrows the segment (they combine with AND).

The per-customer bill statistics come from one pass over the invoice index
``ix_invoice_customer_stats`` in customer order; customers merged into another count as
their survivor."""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser, Branch, Category
from jewelpos.db.models_crm import Segment
from jewelpos.db.models_merge import CustomerMerge
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain import crm
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import NotFound, ValidationError
from jewelpos.services._common import audit, clean_text, money_to_paise, paise_to_money
from jewelpos.services.approvals import require_manager_role
from jewelpos.services.auth import UserInfo

LIST_LIMIT = 500
"""The screen lists at most this many members (the count and the exports have them all)."""
MAX_DAYS = 3650


@dataclass(frozen=True)
class SegmentRules:
    """Which customers: each rule that is set narrows the segment. Amounts in rupees."""

    no_scheme_last_year: bool = False
    """No scheme account started in the last 12 months."""
    scheme_not_renewed: bool = False
    """Had a scheme that was redeemed or closed, and has no running one."""
    not_seen_days: int | None = None
    """Bought before, but no bill in the last N days."""
    one_category: bool = False
    """Every bill line ever bought is in one category (``category_id``, if given)."""
    category_id: str | None = None
    vip_min_spend: Decimal | None = None
    """Spent at least this much (invoice value) in the last ``vip_months`` months."""
    vip_months: int = 12
    vip_min_rfm: int = 0
    """With the spend: an RFM score (3-15) of at least this; 0 for any."""
    birthday_week: bool = False
    """The customer's or a family member's birthday or anniversary falls in this week."""
    branch_id: str | None = None
    """Bought at this branch."""
    salesperson_id: str | None = None
    """Bought from this salesperson."""

    def is_empty(self) -> bool:
        return self == SegmentRules()

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        if self.vip_min_spend is not None:
            out["vip_min_spend"] = str(self.vip_min_spend)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SegmentRules:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if values.get("vip_min_spend") is not None:
            values["vip_min_spend"] = Decimal(values["vip_min_spend"])
        return cls(**values)


@dataclass(frozen=True)
class SegmentInfo:
    id: str
    name: str
    rules: SegmentRules
    saved_at: datetime


@dataclass(frozen=True)
class SegmentMember:
    """A customer in a segment with their bill statistics over the VIP period."""

    customer_id: str
    name: str
    mobile: str
    email: str
    last_bill: date | None
    bills: int
    spend: Decimal
    rfm: crm.Rfm


@dataclass(frozen=True)
class SegmentResult:
    count: int
    members: tuple[SegmentMember, ...]
    """The first LIST_LIMIT (or asked) members, biggest spenders first."""


@dataclass(frozen=True)
class Choice:
    id: str
    name: str


@dataclass(frozen=True)
class SegmentChoices:
    """What the by-branch, by-salesperson and one-category rules can name."""

    branches: tuple[Choice, ...]
    salespeople: tuple[Choice, ...]
    categories: tuple[Choice, ...]


def validate_rules(rules: SegmentRules) -> SegmentRules:
    """The rules, or ValidationError naming the first one out of range."""
    if rules.not_seen_days is not None and not 1 <= rules.not_seen_days <= MAX_DAYS:
        raise ValidationError("not_seen_days", f"type a number of days from 1 to {MAX_DAYS}")
    if rules.vip_min_spend is not None:
        money_to_paise(rules.vip_min_spend, field="vip_min_spend")
    if not 1 <= rules.vip_months <= 120:
        raise ValidationError("vip_months", "type a number of months from 1 to 120")
    if rules.vip_min_rfm and not crm.RFM_MIN <= rules.vip_min_rfm <= crm.RFM_MAX:
        raise ValidationError("vip_min_rfm", "an RFM score is from 3 to 15")
    if rules.category_id is not None and not rules.one_category:
        raise ValidationError("category_id", "a category goes with the one-category rule")
    return rules


def _case(column: str, thresholds: tuple[Any, ...], *, higher_is_better: bool) -> str:
    parts = []
    for score, limit in zip((5, 4, 3, 2), thresholds, strict=True):
        op = ">=" if higher_is_better else "<="
        parts.append(f"WHEN {column} {op} {limit} THEN {score}")
    return f"(CASE {' '.join(parts)} ELSE 1 END)"


def _rfm_sql() -> str:
    """The RFM score of a row of ``st`` in SQL, from the same thresholds as domain.crm."""
    recency = _case(
        "(julianday(:today) - julianday(st.last_day))", crm.RECENCY_DAYS, higher_is_better=False
    )
    frequency = _case("st.bills", crm.FREQUENCY_BILLS, higher_is_better=True)
    paise = tuple(int(r * 100) for r in crm.MONETARY_RUPEES)
    monetary = _case("st.spend", paise, higher_is_better=True)
    return f"(CASE WHEN st.last_day IS NULL THEN 3 ELSE {recency} + {frequency} + {monetary} END)"


_OWNER = "coalesce((SELECT m.survivor_id FROM customer_merge m WHERE m.merged_id = {col}), {col})"


def _stats_sql(merged: bool, *, recent_only: bool = False) -> str:
    """Per customer: the last bill's day, and spend and bills since ``:since``. With
    ``recent_only`` only the bills since ``:since`` are summed: the same figures for every
    customer with such a bill (their last bill is one of them), the others left out."""
    if recent_only:
        per = (
            "SELECT i.customer_id AS cid, max(i.shop_day) AS last_day,"
            " sum(i.invoice_value_paise) AS spend, count(*) AS bills"
            " FROM invoice i INDEXED BY ix_invoice_customer_stats"
            " WHERE i.customer_id IS NOT NULL AND i.status = 'final' AND i.shop_day >= :since"
            " GROUP BY i.customer_id"
        )
    else:
        per = (
            "SELECT i.customer_id AS cid, max(i.shop_day) AS last_day,"
            " sum(CASE WHEN i.shop_day >= :since THEN i.invoice_value_paise ELSE 0 END) AS spend,"
            " sum(CASE WHEN i.shop_day >= :since THEN 1 ELSE 0 END) AS bills"
            " FROM invoice i INDEXED BY ix_invoice_customer_stats"
            " WHERE i.customer_id IS NOT NULL AND i.status = 'final' GROUP BY i.customer_id"
        )
    if not merged:
        return per
    return (
        "SELECT coalesce(m.survivor_id, p.cid) AS cid, max(p.last_day) AS last_day,"
        " sum(p.spend) AS spend, sum(p.bills) AS bills"
        f" FROM ({per}) p LEFT JOIN customer_merge m ON m.merged_id = p.cid GROUP BY 1"
    )


def _conditions(rules: SegmentRules, today: date) -> tuple[list[str], dict[str, Any], bool]:
    """SQL conditions on ``c`` (customer) and ``st`` (statistics), their parameters, and
    whether the statistics must be present (an inner join)."""
    conds: list[str] = []
    params: dict[str, Any] = {}
    needs_stats = False
    owner_a = _OWNER.format(col="a.customer_id")
    owner_i = _OWNER.format(col="i.customer_id")
    if rules.no_scheme_last_year:
        params["year_ago"] = crm.months_back(today, 12).isoformat()
        conds.append(
            f"c.id NOT IN (SELECT {owner_a} FROM scheme_account a WHERE a.start_date >= :year_ago)"
        )
    if rules.scheme_not_renewed:
        conds.append(
            f"c.id IN (SELECT {owner_a} FROM scheme_account a"
            " WHERE a.status IN ('redeemed', 'closed'))"
            f" AND c.id NOT IN (SELECT {owner_a} FROM scheme_account a WHERE a.status = 'active')"
        )
    if rules.not_seen_days is not None:
        needs_stats = True
        params["seen_since"] = (today - timedelta(days=rules.not_seen_days)).isoformat()
        conds.append("st.last_day < :seen_since")
    if rules.one_category:
        having = "count(DISTINCT coalesce(l.category_id, '')) = 1"
        if rules.category_id:
            params["category_id"] = rules.category_id
            having += " AND max(l.category_id) = :category_id"
        conds.append(
            f"c.id IN (SELECT {owner_i} FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id"
            f" WHERE i.status = 'final' AND i.customer_id IS NOT NULL GROUP BY 1 HAVING {having})"
        )
    if rules.vip_min_spend is not None:
        needs_stats = True
        params["vip_min"] = money_to_paise(rules.vip_min_spend, field="vip_min_spend")
        conds.append("st.spend >= :vip_min")
        if rules.vip_min_rfm:
            params["min_rfm"] = rules.vip_min_rfm
            conds.append(f"{_rfm_sql()} >= :min_rfm")
    if rules.birthday_week:
        days = crm.month_days_of_week(today)
        names = []
        for n, md in enumerate(days):
            params[f"md{n}"] = md
            names.append(f":md{n}")
        listed = ", ".join(names)
        conds.append(
            f"(substr(c.birthday, 6, 5) IN ({listed}) OR substr(c.anniversary, 6, 5) IN ({listed})"
            " OR c.id IN (SELECT f.customer_id FROM customer_family_member f"
            f" WHERE substr(f.birthday, 6, 5) IN ({listed})"
            f" OR substr(f.anniversary, 6, 5) IN ({listed})))"
        )
    if rules.branch_id:
        params["branch_id"] = rules.branch_id
        conds.append(
            f"c.id IN (SELECT {owner_i} FROM invoice i"
            " WHERE i.status = 'final' AND i.branch_id = :branch_id)"
        )
    if rules.salesperson_id:
        params["salesperson_id"] = rules.salesperson_id
        conds.append(
            f"c.id IN (SELECT {owner_i} FROM invoice i"
            " WHERE i.status = 'final' AND i.salesperson_id = :salesperson_id)"
        )
    return conds, params, needs_stats


def _query(
    s: Session,
    rules: SegmentRules,
    today: date,
    *,
    what: str,
    tail: str = "",
    full_stats: bool = False,
) -> tuple[str, dict[str, Any]]:
    merged = bool(s.scalar(select(func.count()).select_from(CustomerMerge)))
    conds, params, needs_stats = _conditions(rules, today)
    params["today"] = today.isoformat()
    params["since"] = crm.months_back(today, rules.vip_months).isoformat()
    stats_only = needs_stats and not any("c." in cond for cond in conds)
    cid = "st.cid" if stats_only else "c.id"
    not_merged = [f"{cid} NOT IN (SELECT merged_id FROM customer_merge)"] if merged else []
    where = " AND ".join([*not_merged, *conds]) or "1"
    what, tail = what.replace("c.id", cid), tail.replace("c.id", cid)
    if stats_only:  # every bill's customer exists: the statistics alone pick the members
        source = "st"
    else:
        join = "JOIN" if needs_stats else "LEFT JOIN"
        source = f"customer c {join} st ON st.cid = c.id"
    # a spend floor above zero keeps only customers with bills since :since: sum just those
    recent_only = not full_stats and rules.vip_min_spend is not None and params["vip_min"] > 0
    stats = _stats_sql(merged, recent_only=recent_only)
    sql = f"WITH st AS ({stats}) SELECT {what} FROM {source} WHERE {where} {tail}"
    return sql, params


def _members(
    s: Session, rules: SegmentRules, today: date, limit: int | None, *, full_stats: bool = False
) -> tuple[int, list[SegmentMember]]:
    """How many members in all, and the first ``limit`` (all when None), in one pass
    (``full_stats``: every customer's statistics, without the spend-floor shortcut)."""
    # Pick (and count) the members from the statistics and customer ids alone; read the
    # customers' names only for the rows listed. The members are kept once (MATERIALIZED)
    # and counted from there: a count(*) OVER () window would sort them all.
    what = "c.id AS cid, st.last_day, st.bills, st.spend"
    inner, params = _query(s, rules, today, what=what, full_stats=full_stats)
    head, _, body = inner.partition(") SELECT ")
    top = "SELECT * FROM hits ORDER BY coalesce(spend, 0) DESC, cid"
    if limit is not None:
        top += f" LIMIT {int(limit)}"
    sql = (
        f"{head}), hits AS MATERIALIZED (SELECT {body}), top AS ({top})"
        " SELECT c.id, c.name, c.mobile, c.email, h.last_day, h.bills, h.spend,"
        " (SELECT count(*) FROM hits) AS n"
        " FROM top h JOIN customer c ON c.id = h.cid"
        " ORDER BY coalesce(h.spend, 0) DESC, c.id"
    )
    out = []
    total = 0
    for cid, name, mobile, email, last_day, bills, spend, n in s.execute(text(sql), params):
        total = int(n)
        last = date.fromisoformat(str(last_day)[:10]) if last_day else None
        money = paise_to_money(int(spend or 0))
        out.append(
            SegmentMember(
                customer_id=cid,
                name=name,
                mobile=mobile,
                email=email or "",
                last_bill=last,
                bills=int(bills or 0),
                spend=money,
                rfm=crm.rfm(last_bill=last, bills=int(bills or 0), spend=money, today=today),
            )
        )
    return int(total), out


def count_members(s: Session, rules: SegmentRules, today: date) -> int:
    sql, params = _query(s, rules, today, what="count(*)")
    return int(s.execute(text(sql), params).scalar_one())


def member_list(s: Session, rules: SegmentRules, today: date) -> list[SegmentMember]:
    """Every member, biggest spenders first (a campaign's send list is drawn from this)."""
    return _members(s, validate_rules(rules), today, None)[1]


def _info(row: Segment) -> SegmentInfo:
    return SegmentInfo(
        id=row.id, name=row.name, rules=SegmentRules.from_json(row.rules), saved_at=row.saved_at
    )


EXPORT_HEAD = ("Name", "Mobile", "E-mail", "Last bill", "Bills", "Spend", "RFM", "RFM score")


def _export_rows(members: list[SegmentMember]) -> list[list[str | int | Decimal]]:
    return [
        [
            m.name,
            m.mobile,
            m.email,
            m.last_bill.strftime("%d-%m-%Y") if m.last_bill else "",
            m.bills,
            m.spend,
            m.rfm.code,
            m.rfm.score,
        ]
        for m in members
    ]


class SegmentService:
    """Save, list, count, run and export segments. Managers save them."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def today(self) -> date:
        return shop_today(self._clock)

    def choices(self) -> SegmentChoices:
        with self._uow.read() as s:
            branches = tuple(
                Choice(b.id, f"{b.code} {b.name}")
                for b in s.scalars(select(Branch).order_by(Branch.code))
            )
            people = tuple(
                Choice(u.id, u.display_name)
                for u in s.scalars(select(AppUser).order_by(AppUser.display_name))
            )
            categories = tuple(
                Choice(c.id, c.name) for c in s.scalars(select(Category).order_by(Category.name))
            )
            return SegmentChoices(branches, people, categories)

    def save(self, name: str, rules: SegmentRules, *, by: UserInfo) -> SegmentInfo:
        """Save the rules under a name (the same name again replaces them)."""
        clean = clean_text(name, field="segment_name", max_len=80, required=True)
        validate_rules(rules)
        if rules.is_empty():
            raise ValidationError("segment_rules", "choose at least one rule")
        with self._uow.begin() as s:
            require_manager_role(s, by, action="save a segment")
            now = self._clock.now()
            row = s.scalars(select(Segment).where(Segment.name == clean)).first()
            if row is None:
                row = Segment(name=clean, rules=rules.to_json(), saved_by=by.id, saved_at=now)
                s.add(row)
            else:
                row.rules = rules.to_json()
                row.saved_by = by.id
                row.saved_at = now
            s.flush()
            audit(
                s,
                user_id=by.id,
                action="segment.save",
                entity="segment",
                entity_id=row.id,
                at=now,
                details={"name": clean, "rules": rules.to_json()},
            )
            return _info(row)

    def segments(self) -> list[SegmentInfo]:
        with self._uow.read() as s:
            return [_info(r) for r in s.scalars(select(Segment).order_by(Segment.name))]

    def get(self, segment_id: str) -> SegmentInfo:
        with self._uow.read() as s:
            row = s.get(Segment, segment_id)
            if row is None:
                raise NotFound("No such segment.", segment_id=segment_id)
            return _info(row)

    def count(self, rules: SegmentRules) -> int:
        with self._uow.read() as s:
            return count_members(s, validate_rules(rules), self.today())

    def run(self, rules: SegmentRules, *, limit: int = LIST_LIMIT) -> SegmentResult:
        """The count and the first ``limit`` members, biggest spenders first."""
        validate_rules(rules)
        today = self.today()
        with self._uow.read() as s:
            total, members = _members(s, rules, today, limit)
            return SegmentResult(count=total, members=tuple(members))

    def export_csv(self, rules: SegmentRules, *, head: tuple[str, ...] = EXPORT_HEAD) -> bytes:
        """Every member as CSV (UTF-8 with a byte-order mark, so Excel reads Devanagari)."""
        with self._uow.read() as s:
            members = member_list(s, rules, self.today())
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(head)
        for row in _export_rows(members):
            writer.writerow([f"{c:.2f}" if isinstance(c, Decimal) else c for c in row])
        return buf.getvalue().encode("utf-8-sig")

    def export_xlsx(
        self,
        rules: SegmentRules,
        *,
        title: str,
        subtitle: str,
        head: tuple[str, ...] = EXPORT_HEAD,
    ) -> bytes:
        """Every member as an Excel workbook (the reports' layout, with a totals row)."""
        from jewelpos.printing.report_export import report_xlsx

        with self._uow.read() as s:
            members = member_list(s, rules, self.today())
        rows = _export_rows(members)
        total: Decimal = sum((m.spend for m in members), Decimal("0.00"))
        totals: list[str | int | Decimal] = [
            f"{len(members)}", "", "", "", sum(m.bills for m in members), total, "", ""
        ]  # fmt: skip
        return report_xlsx(title, subtitle, head, rows, totals)


__all__ = [
    "SegmentChoices",
    "SegmentInfo",
    "SegmentMember",
    "SegmentResult",
    "SegmentRules",
    "SegmentService",
]

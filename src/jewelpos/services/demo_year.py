"""A year of bills written with bulk SQL (fixed seed): seasonal days (wedding months, the
monsoon lull), festivals (Dhanteras, Diwali, Akshaya Tritiya: coins and more bills), old gold
taken against bills, returns with refunds, a few cancelled bills and B2B / inter-state buyers,
so every report of the demo shop shows a real picture. The benchmark uses the same generator
at a million lines. Numbers follow the counter's series; the series are moved past them."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.ids import new_id
from jewelpos.domain.numbering import DocType, financial_year, series_code
from jewelpos.domain.purity import Metal, purity_label
from jewelpos.domain.validation import gstin_check_character

YEAR_SEED = 15
IST_OFFSET = timedelta(hours=5, minutes=30)

FESTIVALS: dict[date, float] = {
    # Dhanteras and Diwali (the biggest days), Akshaya Tritiya, Dussehra, Gudi Padwa
    date(2024, 10, 29): 6.0, date(2024, 10, 31): 3.0, date(2024, 10, 12): 2.0,
    date(2025, 3, 30): 2.0, date(2025, 4, 30): 5.0,
    date(2025, 10, 18): 6.0, date(2025, 10, 20): 3.0, date(2025, 10, 2): 2.0,
    date(2026, 3, 19): 2.0, date(2026, 4, 19): 5.0,
    date(2026, 11, 6): 6.0, date(2026, 11, 8): 3.0, date(2026, 10, 20): 2.0,
    date(2027, 4, 9): 5.0, date(2027, 10, 27): 6.0, date(2027, 10, 29): 3.0,
}  # fmt: skip
"""Festival day -> how many times an ordinary day's bills it brings (the week before rises)."""
MONTH_WEIGHT = {1: 1.2, 2: 1.3, 3: 0.9, 4: 1.1, 5: 1.3, 6: 0.8, 7: 0.6, 8: 0.7, 9: 0.8,
                10: 1.1, 11: 1.5, 12: 1.4}  # fmt: skip
"""Wedding months (Nov-Feb, Apr-May) busy; the monsoon and shraddh quiet."""
WEDDING_MONTHS = frozenset({1, 2, 4, 5, 11, 12})

# code -> (weight, net grams low, high); coins are weighed in whole grams
_KIND: dict[str, tuple[float, float, float]] = {
    "RING": (14, 2, 8), "CHAIN": (12, 6, 25), "NECK": (5, 18, 60), "BANGLE": (8, 10, 40),
    "EARRING": (12, 2, 8), "PENDANT": (8, 2, 6), "MANGAL": (5, 8, 30), "GCOIN": (6, 1, 10),
    "PAYAL": (9, 20, 80), "SART": (3, 50, 400), "SCOIN": (5, 10, 50), "GRING": (4, 3, 10),
    "DRING": (3, 2, 6), "BRACE": (3, 8, 20),
}  # fmt: skip
_WEDDING = frozenset({"NECK", "BANGLE", "MANGAL", "CHAIN"})
_COINS = frozenset({"GCOIN", "SCOIN"})
_OTHER_STATES = ("29", "24", "33", "36", "07", "09")
_REASONS = ("Size did not fit", "Customer changed mind", "Design exchange")


@dataclass(frozen=True)
class YearBuilt:
    bills: int
    lines: int
    cancelled: int
    credit_notes: int
    old_gold_vouchers: int
    first_day: date
    last_day: date


def day_weights(first: date, last: date) -> list[tuple[date, float]]:
    """Each day's share of the year's bills: month, festival (and its run-up), weekday."""
    out = []
    day = first
    while day <= last:
        w = MONTH_WEIGHT[day.month] * (1.25 if day.weekday() == 6 else 1.0)
        for fest, mult in FESTIVALS.items():
            gap = (fest - day).days
            if gap == 0:
                w *= mult
            elif 0 < gap <= 6:
                w *= 1.0 + (mult - 1.0) * 0.15
        out.append((day, w))
        day += timedelta(days=1)
    return out


def _stamp(at: datetime) -> str:
    """A UTC instant as SQLAlchemy stores it in SQLite (naive UTC text)."""
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _gold_rate_999(day: date, start: date) -> int:
    """Paise per gram of fine gold: a rising year with a wobble (about Rs 7,000 to 8,000)."""
    t = (day - start).days
    return 700_000 + t * 270 + int(12_000 * math.sin(t / 23.0))


def _round(value: int, per: int) -> int:
    """value / per rounded half up, for non-negative integers."""
    return (2 * value + per) // (2 * per)


def _gstin(rng: random.Random, state: str) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    pan = "".join(rng.choice(letters) for _ in range(3)) + "P" + rng.choice(letters)
    pan += f"{rng.randint(1000, 9999)}" + rng.choice(letters)
    first14 = f"{state}{pan}1Z"
    return first14 + gstin_check_character(first14)


class _Writer:
    """Rows collected per table and written in batches with executemany."""

    def __init__(self, s: Session, branch_id: str, device_id: str, batch: int = 20_000) -> None:
        self.s = s
        self.branch_id = branch_id
        self.device_id = device_id
        self.batch = batch
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.seq = 0

    def add(self, table: str, at: str, **values: Any) -> str:
        self.seq += 1
        row_id = values.pop("id", None) or new_id()
        values.update(
            id=row_id,
            branch_id=self.branch_id,
            device_id=values.pop("device", self.device_id),
            created_at=at,
            updated_at=at,
            version=f"demo-{self.seq}",
        )
        rows = self.rows.setdefault(table, [])
        rows.append(values)
        if len(rows) >= self.batch:
            self.flush()  # every table, parents first (insertion order)
        return row_id

    def flush(self) -> None:
        for name in list(self.rows):
            rows = self.rows.get(name) or []
            if not rows:
                continue
            cols = list(rows[0])
            sql = f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"
            self.s.execute(text(sql), rows)
            self.rows[name] = []


def add_year_of_bills(
    uow: UnitOfWork,
    *,
    last_day: date,
    lines: int = 6000,
    days: int = 365,
    counters: int = 1,
    seed: int = YEAR_SEED,
) -> YearBuilt:
    """About ``lines`` invoice lines over the ``days`` days ending ``last_day``, with their
    payments, old gold, returns and cancellations, on this counter (and ``counters - 1`` more
    made-up counters of the same branch, for benchmark sizes beyond one series' 99,999 numbers
    a year). One transaction; no sync rows (demo data never travels)."""
    rng = random.Random(seed)
    first_day = last_day - timedelta(days=days - 1)
    with uow.begin() as s:
        shop = s.execute(
            text(
                "SELECT b.id, b.code, d.id, d.code, s.state_code FROM device d "
                "JOIN branch b ON b.id = d.branch_id JOIN shop s WHERE d.is_local = 1"
            )
        ).one()
        branch_id, branch_code, device_id, counter_code, state = (str(v) for v in shop)
        cats = s.execute(
            text(
                "SELECT id, code, name, metal, default_purity, hsn, wastage_bp, making_kind, "
                "making_value FROM category WHERE active = 1"
            )
        ).all()
        users: dict[str, str] = {
            str(role): str(uid)
            for role, uid in s.execute(text("SELECT role, id FROM app_user")).all()
        }
        customers = [
            tuple(r)
            for r in s.execute(
                text("SELECT id, name, mobile, address, pan FROM customer LIMIT 2000")
            ).all()
        ]
        w = _Writer(s, branch_id, device_id)
        counters_list = [
            (device_id, counter_code),
            *[(new_id(), f"C{n}") for n in range(2, counters + 1) if f"C{n}" != counter_code][
                : max(counters - 1, 0)
            ],
        ]
        weights = day_weights(first_day, last_day)
        total_w = sum(x for _d, x in weights)
        avg_lines = 1.6
        bills_total = max(1, int(lines / avg_lines))
        known = {str(c[1]): c for c in cats}
        kinds = [k for k in _KIND if k in known] or [str(cats[0][1])]
        seqs: dict[tuple[str, str, str], int] = {
            (str(d), str(k), str(p)): int(v) - 1
            for d, k, p, v in s.execute(
                text("SELECT device_id, doc_type, period, next_value FROM number_series")
            ).all()
        }
        taken = dict(seqs)
        n_bills = n_lines = n_cancel = n_cn = n_og = 0
        lines_left = lines
        cashier = users.get("cashier") or users.get("owner")
        sellers = [users[r] for r in ("salesperson", "manager", "owner") if r in users]

        def number(doc: DocType, dev: str, code: str, day: date) -> tuple[str, str, int]:
            fy = financial_year(day)
            key = (dev, doc.key, fy)
            seqs[key] = seqs.get(key, 0) + 1
            prefix = series_code(doc, branch_code=branch_code, counter_code=code)
            return f"{prefix}/{fy[:2]}/{seqs[key]:05d}", fy, seqs[key]

        carry = 0.0
        for day, weight in weights:
            carry += bills_total * weight / total_w
            today_bills = int(carry)
            carry -= today_bills
            wedding = day.month in WEDDING_MONTHS
            festive = FESTIVALS.get(day, 1.0) > 1.0
            r999 = _gold_rate_999(day, first_day)
            silver999 = 9_000 + (day - first_day).days * 4
            for b in range(today_bills):
                if lines_left <= 0:
                    break
                dev, code = counters_list[b % len(counters_list)]
                minute = 11 * 60 + rng.randint(0, 9 * 60)
                local = datetime.combine(day, time(minute // 60, minute % 60))
                at = _stamp(local.replace(tzinfo=UTC) - IST_OFFSET)
                inv_no, fy, seq = number(DocType.INVOICE, dev, code, day)
                n = 1 + (rng.random() < 0.35) + (rng.random() < 0.15) + (rng.random() < 0.1)
                n = min(n, lines_left)
                lines_left -= n
                b2b = rng.random() < 0.02
                inter = rng.random() < 0.03
                buyer_state = rng.choice(_OTHER_STATES) if inter else state
                cust = rng.choice(customers) if customers and rng.random() < 0.6 else None
                inv_id = new_id()
                line_rows = []
                for ln in range(1, n + 1):
                    if festive and rng.random() < 0.4:
                        pool = [k for k in kinds if k in _COINS] or kinds
                    elif wedding and rng.random() < 0.35:
                        pool = [k for k in kinds if k in _WEDDING] or kinds
                    else:
                        pool = kinds
                    code_k = rng.choices(pool, [_KIND.get(k, (1, 2, 8))[0] for k in pool])[0]
                    cid, _c, cname, metal, purity, hsn, wbp, mkind, mval = known[code_k]
                    _wt, lo, hi = _KIND.get(code_k, (1, 2, 8))
                    net = rng.randint(int(lo), int(hi)) * 1000
                    if code_k not in _COINS:
                        net = rng.randint(int(lo * 1000), int(hi * 1000))
                    base = r999 if metal == "gold" else silver999
                    rate = base * int(purity) // 999 if int(purity) != 999 else base
                    metal_p = _round(net * rate, 1000)
                    wastage = _round(metal_p * int(wbp), 10_000)
                    if mkind == "per_g":
                        making = _round(net * int(mval), 1000)
                    elif mkind == "percent":
                        making = _round(metal_p * int(mval), 10_000)
                    else:
                        making = int(mval)
                    disc = _round(making * 10, 100) if rng.random() < 0.2 else 0
                    hallmark = 4_500 if metal == "gold" and code_k not in _COINS else 0
                    taxable = metal_p + wastage + making - disc + hallmark
                    line_rows.append(
                        {
                            "invoice_id": inv_id,
                            "line_no": ln,
                            "piece_id": None,
                            "tag_code": "",
                            "category_id": cid,
                            "description": cname,
                            "hsn": hsn,
                            "metal": metal,
                            "purity": int(purity),
                            "purity_label": purity_label(Metal(metal), int(purity)),
                            "gross_mg": net,
                            "stone_mg": 0,
                            "net_mg": net,
                            "wastage_mg": _round(net * int(wbp), 10_000),
                            "fine_mg": _round(net * int(purity), 1000),
                            "huids": "",
                            "rate_paise": rate,
                            "floor_rate_paise": rate,
                            "wastage_bp": int(wbp),
                            "wastage_on": "value",
                            "making_kind": mkind,
                            "making_value": int(mval),
                            "making_discount_bp": 1000 if disc else 0,
                            "hallmark_pieces": 1 if hallmark else 0,
                            "metal_paise": metal_p,
                            "wastage_paise": wastage,
                            "wastage_discount_paise": 0,
                            "making_paise": making,
                            "making_discount_paise": disc,
                            "stones_paise": 0,
                            "hallmark_paise": hallmark,
                            "other_paise": 0,
                            "taxable_paise": taxable,
                            "gst_bp": 300,
                            "approved_by": None,
                        }
                    )
                taxable = sum(r["taxable_paise"] for r in line_rows)
                if inter:
                    cgst = sgst = 0
                    igst = _round(taxable * 300, 10_000)
                else:
                    cgst = sgst = _round(taxable * 150, 10_000)
                    igst = 0
                value = taxable + cgst + sgst + igst
                old = 0
                og_row: dict[str, Any] | None = None
                if rng.random() < (0.25 if wedding else 0.15) and not b2b:
                    gross = rng.randint(3_000, 25_000)
                    less = gross * rng.randint(0, 4) // 100
                    touch = rng.choice((9_160, 8_750, 7_500, 9_000))
                    og_net = gross - less
                    fine = og_net * touch // 10_000
                    buy_rate = r999 * 98 // 100
                    og_value = _round(fine * buy_rate, 1000)
                    if og_value < value * 8 // 10:
                        old = og_value
                        og_row = {
                            "gross": gross, "less": less, "net": og_net, "touch": touch,
                            "fine": fine, "rate": r999, "buy": buy_rate, "value": og_value,
                        }  # fmt: skip
                due = value - old
                net_payable = _round(due, 100) * 100
                round_off = net_payable - due
                cancelled = rng.random() < 0.005
                w.add(
                    "invoice",
                    at,
                    id=inv_id,
                    device=dev,
                    number=inv_no,
                    series=inv_no.split("/")[0],
                    fy=fy,
                    seq=seq,
                    shop_day=day.isoformat(),
                    issued_at=at,
                    customer_id=cust[0] if cust else None,
                    buyer_name=cust[1] if cust else "",
                    buyer_mobile=cust[2] if cust else "",
                    buyer_address=cust[3] if cust else "",
                    buyer_state_code=buyer_state,
                    buyer_pan=(cust[4] or "") if cust and value > 20_000_000 else "",
                    buyer_form60=False,
                    buyer_gstin=_gstin(rng, buyer_state) if b2b else "",
                    supply="inter" if inter else "intra",
                    place_of_supply=buyer_state,
                    delivery="counter",
                    ship_address="",
                    ship_state_code="",
                    taxable_paise=taxable,
                    cgst_paise=cgst,
                    sgst_paise=sgst,
                    igst_paise=igst,
                    invoice_value_paise=value,
                    old_gold_paise=old,
                    set_off_paise=0,
                    round_off_paise=round_off,
                    net_payable_paise=net_payable,
                    tendered_paise=net_payable,
                    change_paise=0,
                    status="cancelled" if cancelled else "final",
                    salesperson_id=rng.choice(sellers) if sellers else None,
                    cashier_id=cashier,
                    estimate_id=None,
                    cancelled_at=at if cancelled else None,
                    cancelled_by=users.get("manager") if cancelled else None,
                    cancel_approved_by=users.get("manager") if cancelled else None,
                    cancel_reason="Wrong piece billed" if cancelled else "",
                )
                for row in line_rows:
                    row["id"] = w.add("invoice_line", at, device=dev, **row)
                n_bills += 1
                n_lines += len(line_rows)
                n_cancel += cancelled
                _payments(w, rng, inv_id, dev, at, net_payable)
                if og_row is not None:
                    n_og += 1
                    og_no, og_fy, _ = number(DocType.OLD_GOLD, dev, code, day)
                    vid = w.add(
                        "old_gold_voucher", at, device=dev, number=og_no, fy=og_fy,
                        shop_day=day.isoformat(), issued_at=at, invoice_id=inv_id,
                        customer_id=cust[0] if cust else None,
                        seller_name=cust[1] if cust else "Walk-in customer",
                        seller_mobile=cust[2] if cust else "", seller_address="",
                        seller_pan="", fine_mg=og_row["fine"], total_paise=og_row["value"],
                        status="cancelled" if cancelled else "final",
                        created_by=cashier, cancelled_at=at if cancelled else None,
                    )  # fmt: skip
                    w.add(
                        "old_gold_voucher_line", at, device=dev, voucher_id=vid, line_no=1,
                        description="Old gold ornaments", metal="gold",
                        gross_mg=og_row["gross"], less_mg=og_row["less"], net_mg=og_row["net"],
                        touch_bp=og_row["touch"], fine_mg=og_row["fine"],
                        rate_paise=og_row["rate"], deduction_bp=200,
                        buy_rate_paise=og_row["buy"], value_paise=og_row["value"],
                    )  # fmt: skip
                back = day + timedelta(days=rng.randint(1, 20))
                if not cancelled and rng.random() < 0.015 and back <= last_day:
                    n_cn += 1
                    _credit_note(w, rng, number, dev, code, back, inv_id, cust, line_rows,
                                 inter, cashier)  # fmt: skip
        w.flush()
        _move_series(
            s, {k: v for k, v in seqs.items() if v != taken.get(k)}, branch_code, counters_list
        )
        made = YearBuilt(n_bills, n_lines, n_cancel, n_cn, n_og, first_day, last_day)
    return made


def spread_receipts(uow: UnitOfWork, *, today: date, days: int = 730) -> None:
    """Pieces received over the last ``days`` days (a fixed spread by row), so stock ageing
    has every bucket: the demo tags its pieces in one go."""
    with uow.begin() as s:
        s.execute(
            text(
                "UPDATE stock_piece SET received_at = datetime(:today, '-' || "
                "((rowid * 7919) % :days) || ' days', '+5 hours') || '.000000'"
            ),
            {"today": today.isoformat(), "days": days},
        )


def _payments(
    w: _Writer, rng: random.Random, inv_id: str, dev: str, at: str, net_payable: int
) -> None:
    """Cash under the Rs 2 lakh limit (often with a card or UPI part), the rest by bank."""
    if net_payable <= 0:
        return
    parts: list[tuple[str, int]] = []
    if net_payable < 19_900_000 and rng.random() < 0.5:
        parts.append(("cash", net_payable))
    else:
        cash = min(net_payable // 3, 15_000_000) if rng.random() < 0.4 else 0
        cash -= cash % 100
        mode = rng.choice(("card", "upi", "bank") if net_payable > 20_000_000 else ("card", "upi"))
        if cash:
            parts.append(("cash", cash))
        parts.append((mode, net_payable - cash))
    for i, (mode, amount) in enumerate(parts, 1):
        w.add(
            "payment", at, device=dev, invoice_id=inv_id, line_no=i, mode=mode,
            amount_paise=amount, tendered_paise=amount, change_paise=0, reference="",
            card_last4=f"{rng.randint(0, 9999):04d}" if mode == "card" else "",
            approval_code="",
        )  # fmt: skip


def _credit_note(
    w: _Writer,
    rng: random.Random,
    number: Any,
    dev: str,
    code: str,
    day: date,
    inv_id: str,
    cust: tuple[Any, ...] | None,
    line_rows: list[dict[str, Any]],
    inter: bool,
    by: str | None,
) -> None:
    """The bill's first line returned some days later, refunded in cash or by UPI."""
    line = line_rows[0]
    local = datetime.combine(day, time(rng.randint(11, 19), rng.randint(0, 59)))
    at = _stamp(local.replace(tzinfo=UTC) - IST_OFFSET)
    no, fy, _ = number(DocType.CREDIT_NOTE, dev, code, day)
    taxable = int(line["taxable_paise"])
    if inter:
        cgst = sgst = 0
        igst = _round(taxable * 300, 10_000)
    else:
        cgst = sgst = _round(taxable * 150, 10_000)
        igst = 0
    total = taxable + cgst + sgst + igst
    cn = w.add(
        "credit_note", at, device=dev, number=no, fy=fy, shop_day=day.isoformat(),
        issued_at=at, invoice_id=inv_id, customer_id=cust[0] if cust else None,
        reason=rng.choice(_REASONS), taxable_paise=taxable, cgst_paise=cgst, sgst_paise=sgst,
        igst_paise=igst, total_paise=total, created_by=by,
    )  # fmt: skip
    w.add(
        "credit_note_line", at, device=dev, credit_note_id=cn, invoice_line_id=line["id"],
        piece_id=None, description=line["description"], taxable_paise=taxable, gst_bp=300,
    )  # fmt: skip
    w.add(
        "credit_note_refund", at, device=dev, credit_note_id=cn, line_no=1,
        mode="cash" if total < 19_900_000 and rng.random() < 0.6 else "upi",
        amount_paise=total, reference="",
    )  # fmt: skip


def _move_series(
    s: Session,
    seqs: dict[tuple[str, str, str], int],
    branch_code: str,
    counters: list[tuple[str, str]],
) -> None:
    """Every series the year used continues after its last number."""
    code_of = dict(counters)
    for (dev, doc_key, fy), last in seqs.items():
        doc = next(d for d in DocType if d.key == doc_key)
        prefix = series_code(doc, branch_code=branch_code, counter_code=code_of[dev])
        s.execute(
            text(
                "INSERT INTO number_series (device_id, doc_type, period, prefix, next_value) "
                "VALUES (:d, :t, :p, :x, :n) ON CONFLICT (device_id, doc_type, period) "
                "DO UPDATE SET next_value = max(next_value, excluded.next_value)"
            ),
            {"d": dev, "t": doc_key, "p": fy, "x": prefix, "n": last + 1},
        )


__all__ = ["FESTIVALS", "YearBuilt", "add_year_of_bills", "day_weights", "spread_receipts"]

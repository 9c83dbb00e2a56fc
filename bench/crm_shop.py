"""The CRM benchmark shop: a set-up shop with N customers (default 500,000), family members
and three years of bills up to today, written with bulk SQL inserts (not through the
services) so it builds in minutes. Built once into a cache folder, renamed into place when
complete."""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from common import DB_FILE

SEED = 14
BATCH = 20_000
YEARS = 3
FIRST = [
    "Aarav",
    "Aditi",
    "Ajay",
    "Amit",
    "Anil",
    "Anita",
    "Anjali",
    "Arjun",
    "Asha",
    "Deepa",
    "Dinesh",
    "Divya",
    "Gauri",
    "Geeta",
    "Gopal",
    "Harish",
    "Isha",
    "Jaya",
    "Kavita",
    "Kiran",
    "Lata",
    "Mahesh",
    "Manisha",
    "Meena",
    "Mohan",
    "Nandini",
    "Neha",
    "Nikhil",
    "Pooja",
    "Prakash",
    "Priya",
    "Rahul",
    "Rajesh",
    "Ramesh",
    "Rekha",
    "Ritu",
    "Rohit",
    "Sanjay",
    "Sarita",
    "Seema",
    "Shilpa",
    "Sneha",
    "Sonal",
    "Sunil",
    "Sunita",
    "Suresh",
    "Swati",
    "Tara",
    "Uma",
    "Usha",
    "Varsha",
    "Vijay",
    "Vikram",
    "Vinod",
    "Yash",
]
LAST = [
    "Agarwal",
    "Bhat",
    "Chavan",
    "Deshmukh",
    "Desai",
    "Gupta",
    "Iyer",
    "Jain",
    "Joshi",
    "Kapoor",
    "Khan",
    "Kulkarni",
    "Mehta",
    "Mishra",
    "Nair",
    "Naik",
    "Patel",
    "Patil",
    "Pawar",
    "Rao",
    "Reddy",
    "Sawant",
    "Shah",
    "Sharma",
    "Shinde",
    "Singh",
    "Soni",
    "Thakur",
    "Verma",
    "Yadav",
]
FIRST_HI = [
    "आरव",
    "अदिति",
    "अजय",
    "अमित",
    "अनिल",
    "अनीता",
    "अंजलि",
    "अर्जुन",
    "आशा",
    "दीपा",
    "गीता",
    "गोपाल",
    "किरण",
    "लता",
    "महेश",
    "मीना",
]
LAST_HI = ["अग्रवाल", "जोशी", "पाटिल", "शर्मा", "सोनी", "वर्मा", "गुप्ता", "मेहता", "जैन", "शाह"]


def _uid(rnd: random.Random) -> str:
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, bool]]:
    return [(r[1], r[2].upper(), bool(r[3])) for r in conn.execute(f"PRAGMA table_info({table})")]


def _insert(conn: sqlite3.Connection, table: str, rows: Iterator[dict[str, Any]]) -> int:
    """Bulk insert dict rows; NOT NULL columns a row leaves out get "" or 0."""
    cols = _columns(conn, table)
    filler = {
        name: (0 if any(t in kind for t in ("INT", "BOOL")) else "")
        for name, kind, notnull in cols
        if notnull
    }
    names = [c[0] for c in cols]
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    done = 0
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(tuple(row.get(n, filler.get(n)) for n in names))
        if len(batch) >= BATCH:
            conn.executemany(sql, batch)
            done += len(batch)
            batch.clear()
    if batch:
        conn.executemany(sql, batch)
        done += len(batch)
    return done


def _set_up(db: Path) -> None:
    from jewelpos.db.engine import make_engine
    from jewelpos.db.migrate import upgrade_database
    from jewelpos.services import build_services
    from jewelpos.services.auth import Role
    from jewelpos.services.setup import ShopSetup

    upgrade_database(db, db.parent / "backups", keep=1)
    engine = make_engine(db)
    try:
        services = build_services(engine)
        services.setup.initialise(
            ShopSetup(
                shop_name="Shree Ganesh Jewellers",
                legal_name="Shree Ganesh Jewellers Pvt Ltd",
                gstin="27AAPFU0939F1ZV",
                state_code="27",
                address="12 Laxmi Road",
                city="Pune",
                pin_code="411030",
                phone="020 2445 1234",
                branch_code="B1",
                branch_name="Laxmi Road",
                counter_code="C1",
                owner_username="owner",
                owner_name="Suresh Soni",
                owner_pin="1111",
            )
        )
        owner = services.auth.login("owner", "1111")
        for i, name in enumerate(("Meena Shah", "Ravi Kumar", "Kiran Joshi")):
            services.auth.add_user(
                username=f"sales{i}", display_name=name, role=Role.SALESPERSON, pin="2468", by=owner
            )
    finally:
        engine.dispose()
    shutil.rmtree(db.parent / "backups", ignore_errors=True)


def build(home: Path, customers: int, *, today: date | None = None) -> Path:
    """Build the shop into ``home`` (a fresh folder); returns the database path."""
    rnd = random.Random(SEED)
    today = today or date.today()
    home.mkdir(parents=True, exist_ok=True)
    db = home / DB_FILE
    t0 = time.perf_counter()
    _set_up(db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA journal_mode = WAL")
    branch_id, device_id = conn.execute(
        "SELECT branch_id, id FROM device WHERE is_local = 1"
    ).fetchone()
    users = [r[0] for r in conn.execute("SELECT id FROM app_user ORDER BY username")]
    cats = conn.execute("SELECT id, code, metal, default_purity, hsn FROM category").fetchall()
    stamp = _stamp(datetime.now(UTC))
    version = f"{int(time.time() * 1000)}-0000-{device_id[-12:]}"
    book = {"branch_id": branch_id, "device_id": device_id, "created_at": stamp,
            "updated_at": stamp, "version": version}  # fmt: skip
    mobiles = rnd.sample(range(6_000_000_000, 9_999_999_999), customers)
    ids = [_uid(rnd) for _ in range(customers)]
    start = today - timedelta(days=365 * YEARS)

    def day_in(lo: date, hi: date) -> date:
        return lo + timedelta(days=rnd.randrange((hi - lo).days + 1))

    def people() -> Iterator[dict[str, Any]]:
        for i in range(customers):
            if rnd.random() < 0.2:
                name = f"{rnd.choice(FIRST_HI)} {rnd.choice(LAST_HI)}"
            else:
                name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            yield {
                "id": ids[i], "mobile": str(mobiles[i]), "name": name,
                "name_key": " ".join(name.casefold().split()), "state_code": "27",
                "city": "Pune", "preferred_contact": "sms",
                "birthday": day_in(date(1950, 1, 1), date(2005, 12, 31)).isoformat()
                if rnd.random() < 0.7 else None,
                "anniversary": day_in(date(1975, 1, 1), date(2024, 12, 31)).isoformat()
                if rnd.random() < 0.4 else None,
                **book,
            }  # fmt: skip

    conn.execute("BEGIN")
    n_customers = _insert(conn, "customer", people())

    def family() -> Iterator[dict[str, Any]]:
        for i in range(0, customers, 10):
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            yield {
                "id": _uid(rnd), "customer_id": ids[i], "name": name,
                "name_key": name.casefold(), "relation": "spouse",
                "birthday": day_in(date(1950, 1, 1), date(2010, 12, 31)).isoformat(), **book,
            }  # fmt: skip

    n_family = _insert(conn, "customer_family_member", family())
    lines: list[dict[str, Any]] = []
    n_lines = 0
    seq = 0

    def flush_lines() -> None:
        nonlocal n_lines
        n_lines += _insert(conn, "invoice_line", iter(lines))
        lines.clear()

    def bills() -> Iterator[dict[str, Any]]:
        nonlocal seq
        for cid in ids:
            r = rnd.random()  # about a quarter never bought; a few buy often
            count = 0 if r < 0.25 else 1 if r < 0.55 else 2 if r < 0.75 else rnd.randint(3, 12)
            cat = rnd.choice(cats)
            for _ in range(count):
                seq += 1
                day = day_in(start, today)
                at = datetime(day.year, day.month, day.day, 6, 0, tzinfo=UTC) + timedelta(
                    minutes=rnd.randrange(600)
                )
                taxable = rnd.randint(5_000, 400_000) * 100
                half = (taxable * 15 + 500) // 1000
                value = taxable + 2 * half
                inv_id = _uid(rnd)
                if rnd.random() < 0.3:
                    cat = rnd.choice(cats)
                fy_start = day.year if day.month >= 4 else day.year - 1
                fy = f"{fy_start % 100:02d}{(fy_start + 1) % 100:02d}"
                yield {
                    "id": inv_id, "number": f"B{seq:09d}", "series": "B1C1", "fy": fy,
                    "seq": seq, "shop_day": day.isoformat(), "issued_at": _stamp(at),
                    "customer_id": cid, "supply": "intra", "place_of_supply": "27",
                    "delivery": "counter", "taxable_paise": taxable, "cgst_paise": half,
                    "sgst_paise": half, "invoice_value_paise": value, "round_off_paise": 0,
                    "net_payable_paise": value, "tendered_paise": value,
                    "status": "cancelled" if rnd.random() < 0.01 else "final",
                    "salesperson_id": rnd.choice(users), "cashier_id": users[0], **book,
                }  # fmt: skip
                lines.append(
                    {
                        "id": _uid(rnd), "invoice_id": inv_id, "line_no": 1,
                        "category_id": cat[0], "description": cat[1], "hsn": cat[4],
                        "metal": cat[2], "purity": cat[3], "purity_label": str(cat[3]),
                        "gross_mg": 10_000, "net_mg": 10_000, "fine_mg": 9_160,
                        "rate_paise": 715_000, "floor_rate_paise": 715_000,
                        "wastage_on": "value", "making_kind": "per_g", "metal_paise": taxable,
                        "taxable_paise": taxable, "gst_bp": 300, **book,
                    }
                )  # fmt: skip
                if len(lines) >= BATCH:
                    flush_lines()

    n_bills = _insert(conn, "invoice", bills())
    flush_lines()
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(
        f"crm shop: {n_customers} customers, {n_family} family members, {n_bills} bills, "
        f"{n_lines} lines in {time.perf_counter() - t0:.0f} s",
        file=sys.stderr,
    )
    return db


def ensure(home: Path, customers: int) -> Path:
    """The cached shop's database, built once (in a sibling folder renamed at the end)."""
    db = home / DB_FILE
    if db.exists():
        return db
    partial = home.with_name(home.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    print(f"building the CRM benchmark shop ({customers} customers) in {home}", file=sys.stderr)
    build(partial, customers)
    home.parent.mkdir(parents=True, exist_ok=True)
    partial.rename(home)
    return db

"""The demo shop's orders and repairs: karigars with metal ledgers, orders in every state (taken,
with a karigar, due tomorrow, late, received, ready and not collected, delivered on a bill,
cancelled) with photos the demo draws, and repairs, so a newcomer sees the Orders screen full."""

from __future__ import annotations

import contextlib
import io
import math
import random
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from PIL import Image, ImageDraw
from sqlalchemy import select

from jewelpos.db.models import Customer
from jewelpos.domain.errors import JewelPOSError
from jewelpos.domain.orders import AdvanceDisposition
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import CustomerOnBill, PaymentEntry, PaymentMode
from jewelpos.services.orders import AdvanceIn, MaterialIn, OrderIntake
from jewelpos.services.repairs import RepairIntake

D = Decimal
ORDER_PIECES = 3
"""Stock pieces the demo's orders add: received, ready and delivered (that one is sold)."""
ORDER_PIECES_SOLD = 1
PALETTE = ((212, 175, 55), (230, 190, 80), (192, 192, 192), (183, 110, 121), (240, 210, 120))


def demo_photo(rng: random.Random, caption_seed: int) -> bytes:
    """A drawn 'photo' of a piece: a gold ring or bangle on a soft background."""
    w, h = 900, 675
    bg = tuple(rng.randint(225, 250) for _ in range(3))
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    metal = PALETTE[caption_seed % len(PALETTE)]
    cx, cy, r = w // 2, h // 2, rng.randint(170, 240)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=metal, width=rng.randint(28, 60))
    for _ in range(rng.randint(0, 5)):  # stones
        a = rng.uniform(0, 6.28)
        x, y = cx + int(r * math.cos(a)), cy + int(r * math.sin(a))
        stone = rng.choice(((200, 20, 40), (20, 120, 60), (30, 60, 200), (250, 250, 250)))
        d.ellipse((x - 22, y - 22, x + 22, y + 22), fill=stone)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=88)
    return buf.getvalue()


def build_demo_orders(
    services: object,
    *,
    set_clock: Callable[[datetime], None],
    zone: ZoneInfo,
    today: date,
    categories: dict[str, str],
    users: dict[str, UserInfo],
    rng: random.Random,
) -> int:
    """Make the demo's karigars, orders and repairs; how many orders were made."""
    from jewelpos.services import Services

    assert isinstance(services, Services)
    s = services
    with s.uow.read() as session:
        customers = list(session.scalars(select(Customer.id).order_by(Customer.mobile).limit(12)))
    if len(customers) < 3:
        return 0
    sales, manager = users.get("sales", users["owner"]), users.get("manager", users["owner"])

    def at(day: date, hour: int = 11) -> None:
        set_clock(datetime.combine(day, time(hour, rng.randint(0, 59)), zone).astimezone(UTC))

    at(today - timedelta(days=20), 10)
    ramesh = s.karigars.add_karigar(
        name="Ramesh Soni", phone="98220 41122", specialities="rings, bangles, kada",
        wastage_percent="2", by=manager,
    )  # fmt: skip
    anwar = s.karigars.add_karigar(
        name="Anwar Sheikh", phone="98230 55881", specialities="necklaces, filigree",
        wastage_percent="3", by=manager,
    )  # fmt: skip
    s.karigars.record_metal(ramesh.id, kind="issue", metal="gold", purity=999, weight_mg=50_000,
                            note="fine gold bar", by=manager)  # fmt: skip
    s.karigars.record_metal(anwar.id, kind="issue", metal="gold", purity=999, weight_mg=30_000,
                            note="fine gold bar", by=manager)  # fmt: skip

    plans = [
        # (days ago taken, days to promise, category, notes, steps)
        (18, 10, "RING", "Ladies ring with a peacock motif, 3 rubies", "delivered"),
        (15, 10, "BANGLE", "Pair of plain kada with milgrain edge", "late"),
        (12, 9, "NECK", "Temple necklace like the shop sample", "ready_waiting"),
        (9, 10, "EARRING", "Jhumka earrings, screw back", "received"),
        (6, 7, "CHAIN", "Rope chain 20 inch, lobster clasp", "due_tomorrow"),
        (4, 12, "PENDANT", "Om pendant with the customer's old chain melted", "with_karigar"),
        (3, 15, "MANGAL", "Mangalsutra, two rows of black beads", "cancelled"),
        (1, 20, "RING", "Gents ring with the initial A", "taken"),
    ]
    made = 0
    for i, (ago, promise, cat, notes, state) in enumerate(plans):
        cat_id = categories.get(cat) or next(iter(categories.values()))
        taken = today - timedelta(days=ago)
        at(taken, 11)
        photos = tuple(s.orders.add_photo_bytes(demo_photo(rng, i * 7 + k)) for k in range(2))
        materials: tuple[MaterialIn, ...] = ()
        if i % 3 == 0:
            materials = (MaterialIn(kind="stone", description="Ruby", count=3, weight_mg=240),)
        if state == "with_karigar":
            materials = (
                MaterialIn(
                    kind="metal", description="Old chain", weight_mg=8_400, metal="gold", purity=916
                ),
            )
        low = rng.randint(4, 12) * 1_000
        saved = s.orders.take_order(
            OrderIntake(
                customer_id=customers[i % len(customers)],
                category_id=cat_id,
                metal="gold",
                purity=916,
                weight_min_mg=low,
                weight_max_mg=low + 1_000,
                promised_on=taken + timedelta(days=promise),
                source="shop_sample" if i % 2 else "description",
                source_ref=f"S-{10 + i}" if i % 2 else "",
                size=str(rng.choice(("12", "14", "2.4", "2.6", "18 inch"))),
                design_notes=notes,
                photos=photos,
                materials=materials,
                advance=AdvanceIn(
                    mode=rng.choice((PaymentMode.CASH, PaymentMode.UPI)),
                    amount=D(rng.choice((5_000, 10_000, 15_000))),
                    reference="UPI" + str(rng.randint(10**8, 10**9)),
                ),
            ),
            by=sales,
        )
        made += 1
        if state == "taken":
            continue
        if state == "cancelled":
            at(taken + timedelta(days=1), 15)
            s.orders.cancel(saved.id, disposition=AdvanceDisposition.CREDIT,
                            reason="Customer chose a ready piece instead", by=manager)  # fmt: skip
            continue
        karigar = ramesh if i % 2 == 0 else anwar
        due = taken + timedelta(days=promise - 1)
        if state == "due_tomorrow":
            due = today + timedelta(days=1)
        at(taken, 18)
        s.orders.assign(saved.id, karigar_id=karigar.id, due_on=due, by=manager)
        if state in ("with_karigar", "late", "due_tomorrow"):
            continue
        back = min(today, taken + timedelta(days=promise - 2))
        if state == "ready_waiting":
            back = today - timedelta(days=5)
        at(back, 12)
        s.orders.receive(
            saved.id,
            gross_mg=low + rng.randint(200, 1_400),
            wastage_mg=rng.randint(60, 180),
            labour=D(rng.choice((800, 1_200, 1_500))),
            huids=("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)),),
            by=manager,
        )
        if state == "received":
            continue
        at(back, 16)
        s.orders.mark_ready(saved.id, by=manager)
        if state == "delivered":
            at(min(today, back + timedelta(days=1)), 12)
            draft = s.orders.delivery_draft(saved.id)
            customer = CustomerOnBill.from_info(s.customers.get(customers[i % len(customers)]))
            due_now = s.billing.quote(draft, customer=customer).net_payable
            paid = replace(
                draft,
                payments=(PaymentEntry("upi", PaymentMode.UPI, due_now, reference="UPI77001"),),
            )
            # a demo customer without the details a big bill needs: the order stays ready
            with contextlib.suppress(JewelPOSError):
                s.billing.save_bill(paid, by=users.get("cashier", manager))

    _demo_repairs(s, at, today, customers, users, ramesh.id, rng)
    return made


def _demo_repairs(
    s: object,
    at: Callable[..., None],
    today: date,
    customers: list[str],
    users: dict[str, UserInfo],
    karigar_id: str,
    rng: random.Random,
) -> None:
    from jewelpos.services import Services

    assert isinstance(s, Services)
    manager = users.get("manager", users["owner"])
    jobs = [
        ("Gold chain, broken clasp", ("solder",), "taken"),
        ("Ring to be made bigger", ("resize", "add_metal"), "with_karigar"),
        ("Bangle, dull and scratched", ("polish",), "ready"),
        ("Earring with a stone missing", ("add_stones", "solder"), "delivered"),
    ]
    for i, (piece, work, state) in enumerate(jobs):
        day = today - timedelta(days=6 - i)
        at(day, 12)
        photo = s.orders.add_photo_bytes(demo_photo(rng, 40 + i))
        view = s.repairs.take_repair(
            RepairIntake(
                customer_id=customers[(i + 5) % len(customers)],
                description=piece,
                work=work,
                metal="gold",
                purity=916,
                weight_in_mg=rng.randint(3_000, 15_000),
                promised_on=day + timedelta(days=4),
                photos=(photo,),
            ),
            by=users.get("sales", manager),
        )
        if state == "taken":
            continue
        s.repairs.assign(view.id, karigar_id=karigar_id, by=manager)
        if state == "with_karigar":
            continue
        at(min(today, day + timedelta(days=2)), 15)
        added = 250 if "add_metal" in work else 0
        s.repairs.return_repair(
            view.id,
            weight_out_mg=view.weight_in_mg + added,
            added_mg=added,
            labour=D(rng.choice((300, 450, 600))),
            labour_gst_percent=D(5),
            by=manager,
        )
        if state == "delivered":
            at(today, 11)
            s.repairs.deliver(view.id, by=manager)

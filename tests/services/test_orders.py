"""Customer orders: intake with photos, material and an advance; karigar; receiving; reservation."""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from jewelpos.db.models import Category, PieceHuid, StockPiece
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.orders import AdvanceDisposition, OrderStateError, PieceReserved
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillDraft, PaymentEntry, PaymentMode, day_rate, piece_line
from jewelpos.services.customers import CustomerInput
from jewelpos.services.orders import AdvanceIn, MaterialIn, OrderIntake

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from billing_helpers import Counter, make_counter, paid_in_full  # noqa: E402

D = Decimal


def jpeg(colour: tuple[int, int, int], size: tuple[int, int] = (800, 600)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "JPEG")
    return buf.getvalue()


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def intake(c: Counter, **changes: object) -> OrderIntake:
    s = c.services
    values: dict[str, object] = {
        "customer_id": c.customer.id,
        "category_id": c.cats["RING"],
        "metal": "gold",
        "purity": 916,
        "weight_min_mg": 5_000,
        "weight_max_mg": 6_000,
        "promised_on": c.today() + timedelta(days=10),
        "design_notes": "Ring with a peacock motif",
        "size": "14",
        "photos": (
            s.orders.add_photo_bytes(jpeg((200, 30, 30))),
            s.orders.add_photo_bytes(jpeg((30, 200, 30))),
        ),
        "materials": (
            MaterialIn(kind="stone", description="Ruby", count=3, weight_mg=300),
            MaterialIn(
                kind="metal", description="Old chain", weight_mg=2_000, metal="gold", purity=916
            ),
        ),
        "advance": AdvanceIn(mode=PaymentMode.UPI, amount=D("10000.00"), reference="UPI77"),
    }
    values.update(changes)
    return OrderIntake(**values)  # type: ignore[arg-type]


def test_take_order_numbers_the_order_and_its_advance_in_their_own_series(counter: Counter) -> None:
    """An order gets an O number, its advance an A receipt; photos, material and history are kept."""
    s = counter.services
    saved = s.orders.take_order(intake(counter), by=counter.owner)
    assert saved.number == "OB1-C2/25/00001"
    assert saved.advance_number == "AB1-C2/25/00001"
    view = s.orders.order(saved.id)
    assert len(view.photos) == 2 and all(s.orders.photos.has(p) for p in view.photos)
    assert view.row.advance == D("10000.00")
    # 2.000 g at 916 -> fine 1.832 g
    assert [m.fine_mg for m in view.materials] == [0, 1_832]
    (step,) = view.history
    assert (step.status, step.by, step.place) == ("taken", "Suresh Soni", "B1-C2")
    second = s.orders.take_order(intake(counter, advance=None), by=counter.owner)
    assert second.number == "OB1-C2/25/00002" and second.advance_number == ""


def test_intake_refuses_bad_values_naming_the_field_in_words(counter: Counter) -> None:
    """Weights out of order, a description order without notes, a past date: field in words."""
    s = counter.services
    with pytest.raises(ValidationError) as e:
        s.orders.take_order(intake(counter, weight_min_mg=7_000), by=counter.owner)
    assert e.value.field == "weight_to"
    with pytest.raises(ValidationError) as e:
        s.orders.take_order(intake(counter, design_notes=""), by=counter.owner)
    assert e.value.field == "design_notes"
    with pytest.raises(ValidationError) as e:
        s.orders.take_order(
            intake(counter, promised_on=counter.today() - timedelta(days=1)), by=counter.owner
        )
    assert e.value.field == "promised_on"


def test_receiving_heavier_tags_the_piece_reserves_it_and_credits_the_karigar(
    counter: Counter,
) -> None:
    """Receive 6.450 g net against 5-6 g: +0.450 g, a tag in stock, refused to other customers."""
    s = counter.services
    saved = s.orders.take_order(intake(counter), by=counter.owner)
    k = s.karigars.add_karigar(
        name="Ramesh Soni",
        phone="98200 11111",
        specialities="rings",
        wastage_percent="2",
        by=counter.owner,
    )
    s.orders.assign(
        saved.id, karigar_id=k.id, due_on=counter.today() + timedelta(days=7), by=counter.owner
    )
    # customer's old chain issued to him: 2.000 g x 916 = 1.832 g fine
    assert s.karigars.karigar(k.id).balance_fine_mg == 1_832
    got = s.orders.receive(
        saved.id, gross_mg=6_750, stone_mg=300, wastage_mg=120, labour=D("800"), by=counter.owner
    )
    assert got.net_mg == 6_450 and got.difference_mg == 450
    # piece 6.450 g x 916 = 5.9082 -> 5.908 g; wastage 0.120 g x 916 = 0.10992 -> 0.110 g
    # balance 1.832 - 5.908 - 0.110 = -4.186 g (the shop owes him metal)
    assert s.karigars.karigar(k.id).balance_fine_mg == -4_186
    assert [e.balance_fine_mg for e in s.karigars.ledger(k.id)] == [1_832, -4_076, -4_186]
    with pytest.raises(PieceReserved):
        counter.billing.line_for_code(got.tag_code)
    with pytest.raises(OrderStateError):
        s.orders.receive(saved.id, gross_mg=6_750, by=counter.owner)
    view = s.orders.order(saved.id)
    assert [h.status for h in view.history] == ["taken", "with_karigar", "received"]
    assert view.row.tag_code == got.tag_code and view.difference_mg == 450


def _line_for_piece(services: Services, piece_id: str):  # type: ignore[no-untyped-def]
    """A bill line for the piece, built as billing builds it (line_for_code refuses it)."""
    with services.uow.read() as s:
        p = s.get(StockPiece, piece_id)
        assert p is not None
        cat = s.get(Category, p.category_id)
        assert cat is not None
        huids = tuple(s.scalars(select(PieceHuid.huid).where(PieceHuid.piece_id == p.id)))
        rate = day_rate(s, services.billing.today(), p.metal, p.purity)
        return piece_line(s, p, cat, huids, rate)


def test_a_reserved_piece_sells_only_to_its_customer_and_delivers_the_order(
    counter: Counter,
) -> None:
    """Billing refuses the order's piece to another customer; sold to its own, the order is delivered."""
    s = counter.services
    saved = s.orders.take_order(intake(counter, advance=None), by=counter.owner)
    k = s.karigars.add_karigar(name="Ramesh Soni", by=counter.owner)
    s.orders.assign(saved.id, karigar_id=k.id, due_on=counter.today(), by=counter.owner)
    got = s.orders.receive(saved.id, gross_mg=5_500, by=counter.owner)
    s.orders.mark_ready(saved.id, by=counter.owner)
    other = s.customers.save(
        CustomerInput(name="Other Person", mobile="98220 99999", state_code="27"), by=counter.owner
    )
    line = _line_for_piece(s, got.piece_id)
    draft = paid_in_full(counter, BillDraft(lines=(line,), customer_id=other.id))
    with pytest.raises(PieceReserved):
        counter.billing.save_bill(draft, by=counter.owner)
    own = paid_in_full(counter, BillDraft(lines=(line,), customer_id=counter.customer.id))
    bill = counter.billing.save_bill(own, by=counter.owner)
    view = s.orders.order(saved.id)
    assert view.row.status == "delivered" and view.invoice_id == bill.id
    assert view.history[-1].status == "delivered"


def test_cancelling_an_order_with_an_advance_says_what_happens_to_it(counter: Counter) -> None:
    """Refund or credit must be chosen; the cancellation is a history step with the reason."""
    s = counter.services
    saved = s.orders.take_order(intake(counter), by=counter.owner)
    with pytest.raises(ValidationError) as e:
        s.orders.cancel(saved.id, disposition=None, reason="changed mind", by=counter.owner)
    assert e.value.field == "advance"
    s.orders.cancel(
        saved.id, disposition=AdvanceDisposition.CREDIT, reason="changed mind", by=counter.owner
    )
    view = s.orders.order(saved.id)
    assert view.row.status == "cancelled" and view.advance_disposition == "credit"
    assert "10,000" in view.history[-1].note or "10000" in view.history[-1].note


def test_karigar_metal_ledger_balance_is_the_sum_of_its_entries(counter: Counter) -> None:
    """10 g of 24K issued, 4 g of 22K returned: balance 10.000 - 3.664 = 6.336 g fine."""
    s = counter.services
    k = s.karigars.add_karigar(name="Mohan", by=counter.owner)
    s.karigars.record_metal(
        k.id, kind="issue", metal="gold", purity=999, weight_mg=10_000, by=counter.owner
    )
    info = s.karigars.record_metal(
        k.id, kind="return", metal="gold", purity=916, weight_mg=4_000, by=counter.owner
    )
    # 10.000 x 999/1000 = 9.990 g; 4.000 x 916/1000 = 3.664 g; 9.990 - 3.664 = 6.326 g
    assert info.balance_fine_mg == 6_326
    with pytest.raises(ValidationError) as e:
        s.karigars.add_karigar(name=" ", by=counter.owner)
    assert e.value.field == "name"


def test_booked_weight_books_todays_rate(counter: Counter) -> None:
    """An order booking 5 g keeps today's 22K rate (7,150.00) for it."""
    s = counter.services
    saved = s.orders.take_order(intake(counter, booked_weight_mg=5_000), by=counter.owner)
    view = s.orders.order(saved.id)
    assert view.booked_rate == D("7150.00") and view.booked_weight_mg == 5_000


def test_cash_advance_and_payment_modes(counter: Counter) -> None:
    """A cheque advance needs its number; a later advance adds a second receipt."""
    s = counter.services
    with pytest.raises(ValidationError) as e:
        s.orders.take_order(
            intake(counter, advance=AdvanceIn(mode=PaymentMode.CHEQUE, amount=D("5000"))),
            by=counter.owner,
        )
    assert e.value.field == "advance_reference"
    saved = s.orders.take_order(intake(counter, advance=None), by=counter.owner)
    n = s.orders.add_advance(saved.id, mode=PaymentMode.CASH, amount=D("2500"), by=counter.owner)
    assert n == "AB1-C2/25/00001"
    assert s.orders.order(saved.id).row.advance == D("2500.00")
    _ = (replace, PaymentEntry)


def test_an_advance_receipt_is_a_final_document(counter: Counter) -> None:
    """The database refuses to change or delete an advance receipt (immutability triggers)."""
    import sqlalchemy.exc

    from jewelpos.db.models_orders import OrderAdvance

    s = counter.services
    s.orders.take_order(intake(counter), by=counter.owner)
    refused = pytest.raises(sqlalchemy.exc.IntegrityError, match="final document")
    with refused, s.uow.begin() as session:
        row = session.scalars(select(OrderAdvance)).one()
        row.amount_paise = 1
    refused = pytest.raises(sqlalchemy.exc.IntegrityError, match="final document")
    with refused, s.uow.begin() as session:
        session.delete(session.scalars(select(OrderAdvance)).one())


def test_cash_advances_count_towards_the_days_cash_limit(counter: Counter) -> None:
    """Section 269ST: 1,50,000 in cash today, then a cash advance of 50,000 is refused."""
    from jewelpos.domain.errors import CashLimitExceeded

    s = counter.services
    first = AdvanceIn(mode=PaymentMode.CASH, amount=D("150000"))
    s.orders.take_order(intake(counter, advance=first), by=counter.owner)
    # 1,50,000 + 50,000 = 2,00,000 is not below 2,00,000; at most 49,999.99 more
    with pytest.raises(CashLimitExceeded) as e:
        s.orders.take_order(
            intake(counter, advance=AdvanceIn(mode=PaymentMode.CASH, amount=D("50000"))),
            by=counter.owner,
        )
    assert e.value.params["remaining"] == "49999.99"
    ok = s.orders.take_order(
        intake(counter, advance=AdvanceIn(mode=PaymentMode.UPI, amount=D("50000"), reference="U")),
        by=counter.owner,
    )
    assert ok.advance_number == "AB1-C2/25/00002"  # the refused one took no number


def test_a_bills_cash_counts_the_days_cash_advance(counter: Counter) -> None:
    """Section 269ST the other way: a 1,50,000 cash advance today leaves a bill 49,999.99 in cash."""
    from jewelpos.domain.errors import CashLimitExceeded

    s = counter.services
    first = AdvanceIn(mode=PaymentMode.CASH, amount=D("150000"))
    s.orders.take_order(intake(counter, advance=first), by=counter.owner)
    assert counter.billing.cash_taken_today(counter.customer.id) == D("150000.00")
    line = counter.billing.line_for_code(counter.add_piece("CHAIN", gross_mg=10_000))
    draft = BillDraft(lines=(line,), customer_id=counter.customer.id)
    # 1,50,000 already + 50,000 in cash on the bill = 2,00,000: not below 2,00,000
    with pytest.raises(CashLimitExceeded) as e:
        counter.billing.save_bill(
            paid_in_full(counter, draft, cash_amount="50000"), by=counter.owner
        )
    assert e.value.params["remaining"] == "49999.99"
    bill = counter.billing.save_bill(
        paid_in_full(counter, draft, cash_amount="49999.99"), by=counter.owner
    )
    assert bill.number

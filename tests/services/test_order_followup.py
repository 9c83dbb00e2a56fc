"""Order follow-up: due/overdue/not-collected lists, reminders queued once, and the printouts
(order slip barcode, karigar slips and the morning report read back with pdftotext)."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from pyzbar.pyzbar import ZBarSymbol
from pyzbar.pyzbar import decode as zbar_decode
from sqlalchemy import select

from jewelpos.cli import run
from jewelpos.db.models_messaging import Message
from jewelpos.domain.clock import FixedClock
from jewelpos.printing.order_pdf import karigar_slip_pdf, morning_report_pdf
from jewelpos.printing.order_slips import render_karigar_slip, render_order_slip
from jewelpos.printing.receipt import PAPER_58MM
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import PaymentMode
from jewelpos.services.orders import AdvanceIn, MaterialIn, OrderIntake

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from billing_helpers import Counter, make_counter  # noqa: E402

from printing.escpos_decode import decode  # noqa: E402

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _take(c: Counter, days: int, notes: str, **changes: object) -> str:
    values: dict[str, object] = {
        "customer_id": c.customer.id,
        "category_id": c.cats["RING"],
        "metal": "gold",
        "purity": 916,
        "weight_min_mg": 5_000,
        "weight_max_mg": 6_000,
        "promised_on": c.today() + timedelta(days=days),
        "design_notes": notes,
    }
    values.update(changes)
    return c.services.orders.take_order(OrderIntake(**values), by=c.owner).id  # type: ignore[arg-type]


def _pdftext(pdf: bytes, tmp_path: Path) -> str:
    f = tmp_path / "x.pdf"
    f.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(f), "-"], check=True, capture_output=True, text=True
    ).stdout


def _world(c: Counter, clock: FixedClock) -> dict[str, str]:
    """Orders taken on 1 June: A due 3 June, B due 2 June, C due 10 June, D ready, E delivered-ish."""
    s = c.services
    ids = {
        "A": _take(c, 2, "Order A peacock ring"),
        "B": _take(c, 1, "Order B plain band"),
        "C": _take(c, 9, "Order C kada"),
        "D": _take(c, 3, "Order D nose pin"),
    }
    ramesh = s.karigars.add_karigar(name="Ramesh Soni", phone="98200 11111", by=c.owner)
    mohan = s.karigars.add_karigar(name="Mohan Lal", by=c.owner)
    s.orders.assign(
        ids["A"], karigar_id=ramesh.id, due_on=c.today() + timedelta(days=2), by=c.owner
    )
    s.orders.assign(
        ids["B"], karigar_id=ramesh.id, due_on=c.today() + timedelta(days=1), by=c.owner
    )
    s.orders.assign(ids["D"], karigar_id=mohan.id, due_on=c.today() + timedelta(days=1), by=c.owner)
    s.orders.receive(ids["D"], gross_mg=5_500, by=c.owner)
    s.orders.mark_ready(ids["D"], by=c.owner)
    return ids | {"ramesh": ramesh.id, "mohan": mohan.id}


def test_lists_and_reminders_are_queued_once_per_day(counter: Counter, clock: FixedClock) -> None:
    """Due tomorrow, overdue, not collected for 3 days; rerunning queues nothing new."""
    s = counter.services
    ids = _world(counter, clock)
    today = counter.today()  # 1 June
    assert [r.id for r in s.followup.due_tomorrow(today)] == [ids["B"]]
    # on 4 June: A (3 June) and B (2 June) are late; D ready since 1 June (3 days)
    later = today + timedelta(days=3)
    assert [r.id for r in s.followup.overdue(later)] == [ids["B"], ids["A"]]
    assert [r.id for r in s.followup.not_collected(3, later)] == [ids["D"]]
    assert s.followup.not_collected(4, later) == []
    # on 1 June: Ramesh's B is due from him tomorrow (D is back already)
    assert s.followup.queue_reminders(today) == 1
    assert s.followup.queue_reminders(today) == 0
    # mark_ready queued D's "ready" message already; both in the messaging outbox, in the
    # templates' words (services/messaging/kinds.py), Ramesh's by SMS to his phone
    due, ready = sorted(s.followup.messages(today), key=lambda m: m.kind)
    assert (due.kind, due.subject_id, due.status) == ("karigar_due", ids["B"], "queued")
    assert due.recipient.replace(" ", "").endswith("9820011111")
    assert due.text.startswith("Dear Ramesh Soni, job ") and "due on 02-06" in due.text
    assert ready.kind == "order_ready" and ready.text.startswith("Dear Asha Patil, your order ")
    with s.uow.read() as session:
        assert session.scalars(
            select(Message.channel).where(Message.kind == "karigar_due")
        ).all() == ["sms"]
    assert s.followup.queue_reminders(later) == 1  # D not collected for 3 days
    assert s.followup.queue_reminders(later) == 0


def test_karigar_slips_list_exactly_each_karigars_orders(
    counter: Counter, clock: FixedClock, tmp_path: Path
) -> None:
    """Ramesh's A4 slip lists A and B (with photos and what to hand over), not C or D."""
    s = counter.services
    ids = _world(counter, clock)
    slips = {d.karigar_name: d for d in s.followup.karigar_slips(counter.today())}
    assert set(slips) == {"Ramesh Soni"}  # Mohan's D came back the same day
    text = _pdftext(karigar_slip_pdf(slips["Ramesh Soni"]), tmp_path)
    a = s.orders.order(ids["A"]).row.number
    b = s.orders.order(ids["B"]).row.number
    c_ = s.orders.order(ids["C"]).row.number
    d = s.orders.order(ids["D"]).row.number
    assert a in text and b in text and c_ not in text and d not in text
    assert "Order A peacock ring" in text and "Karigar slip for Ramesh Soni" in text
    # the thermal slip lists the same orders, each once
    roll = decode(render_karigar_slip(slips["Ramesh Soni"])).text
    assert roll.count(a) == 1 and roll.count(b) == 1 and c_ not in roll and d not in roll
    assert "Karigar: Ramesh Soni" in roll and "2 order(s)" in roll


def test_karigar_slip_has_photos_and_hand_over(counter: Counter, tmp_path: Path) -> None:
    """An order with a photo and the customer's stones: the slip embeds the photo and says hand over."""
    import io

    s = counter.services
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), (200, 10, 10)).save(buf, "JPEG")
    sha = s.orders.add_photo_bytes(buf.getvalue())
    oid = _take(
        counter,
        5,
        "With rubies",
        photos=(sha,),
        materials=(MaterialIn(kind="stone", description="Ruby", count=3, weight_mg=300),),
        source="customer_sample",
        source_ref="old ring",
    )
    k = s.karigars.add_karigar(name="Ramesh Soni", by=counter.owner)
    s.orders.assign(
        oid, karigar_id=k.id, due_on=counter.today() + timedelta(days=4), by=counter.owner
    )
    (doc,) = s.followup.karigar_slips()
    pdf = karigar_slip_pdf(doc)
    assert b"/Subtype /Image" in pdf
    text = _pdftext(pdf, tmp_path)
    assert "Hand over: 3 x Ruby (1.50 ct)" in text
    assert "Hand over: Customer sample old ring" in text


def test_morning_report_lists_due_and_late(
    counter: Counter, clock: FixedClock, tmp_path: Path
) -> None:
    """On 3 June: B is late (1 day), A due today, C not listed, D ready and waiting."""
    s = counter.services
    ids = _world(counter, clock)
    numbers = {k: s.orders.order(v).row.number for k, v in ids.items() if len(k) == 1}
    day = counter.today() + timedelta(days=2)
    report = s.followup.morning_report(day)
    assert [r.number for r in report.late] == [numbers["B"]]
    assert [r.number for r in report.due] == [numbers["A"]]
    assert [r.number for r in report.ready_waiting] == [numbers["D"]]
    text = _pdftext(morning_report_pdf(report), tmp_path)
    late_part, rest = text.split("Due today and tomorrow")
    due_part, ready_part = rest.split("Ready, not collected")
    assert numbers["B"] in late_part and numbers["A"] not in late_part
    assert numbers["A"] in due_part and numbers["B"] not in due_part
    assert numbers["D"] in ready_part
    assert numbers["C"] not in text


def test_orders_report_command_writes_the_pdf(
    counter: Counter, clock: FixedClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`jewelpos orders report --day D --pdf FILE` writes the morning report of that day."""
    s = counter.services
    ids = _world(counter, clock)
    db = Path(s.engine.url.database or "")
    out = tmp_path / "report.pdf"
    assert (
        run(
            [
                "--data-dir",
                str(db.parent),
                "orders",
                "report",
                "--day",
                "2025-06-03",
                "--pdf",
                str(out),
            ]
        )
        == 0
    )
    text = _pdftext(out.read_bytes(), tmp_path)
    assert s.orders.order(ids["B"]).row.number in text
    assert s.orders.order(ids["C"]).row.number not in text
    assert run(["--data-dir", str(db.parent), "orders", "report", "--day", "3 June"]) == 2
    assert "is not a date" in capsys.readouterr().err


def test_order_slip_has_both_copies_material_receipt_and_barcode(counter: Counter) -> None:
    """Shop's and customer's copy, the advance and stones as receipt, the number as Code 128."""
    s = counter.services
    oid = _take(
        counter,
        5,
        "Peacock ring",
        materials=(
            MaterialIn(
                kind="metal", description="Old chain", weight_mg=2_000, metal="gold", purity=916
            ),
        ),
        advance=AdvanceIn(mode=PaymentMode.UPI, amount=D("10000"), reference="UPI1"),
    )
    number = s.orders.order(oid).row.number
    slip = decode(s.followup.order_slip_bytes(oid))
    assert "SHOP COPY" in slip.text and "CUSTOMER'S COPY" in slip.text
    assert "Old chain: gold 22K916 2.000 g (fine 1.832 g)" in slip.text
    assert "10,000.00" in slip.text and "AB1-C2/25/00001" in slip.text
    assert slip.barcodes == [(73, b"{B" + number.encode())] * 2
    raster = decode(render_order_slip(s.followup.order_slip(oid), paper=PAPER_58MM, copies=("X",)))
    found = []
    for img in raster.images:
        framed = Image.new("L", (img.width + 40, img.height + 40), 255)
        framed.paste(img, (20, 20))
        found += [d.data.decode() for d in zbar_decode(framed, symbols=[ZBarSymbol.CODE128])]
    assert found == [number]

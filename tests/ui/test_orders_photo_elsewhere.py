"""The Orders screen with an order whose photo file has not arrived yet (taken at another
branch; the file comes with the next sync): it says "photo not here yet" instead of breaking."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from orders_world import open_orders, photo_file, prepare
from pytestqt.qtbot import QtBot
from ui_helpers import OWNER

from jewelpos.config import Settings
from jewelpos.db.engine import make_engine
from jewelpos.db.migrate import upgrade_database
from jewelpos.services import build_services
from jewelpos.services.orders import OrderIntake


def _order_with_a_missing_photo(settings: Settings, clock: Any, folder: Path) -> str:
    """An order with two photos, one of whose files (and thumbnail) is not in the folder."""
    upgrade_database(settings.db_path, settings.backups_dir, keep=settings.backups_to_keep)
    engine = make_engine(settings.db_path)
    try:
        s = build_services(engine, clock, data_dir=settings.data_dir)
        owner = s.auth.login(*OWNER)
        customer = s.customers.find_by_mobile("9820012345")
        assert customer is not None
        cat = next(c for c in s.stock.categories() if c.metal == "gold")
        here = s.orders.add_photo_file(str(photo_file(folder, "a.jpg", (200, 20, 20))))
        away = s.orders.add_photo_file(str(photo_file(folder, "b.jpg", (20, 20, 200))))
        saved = s.orders.take_order(
            OrderIntake(
                customer_id=customer.id, category_id=cat.id, metal="gold", purity=916,
                weight_min_mg=4_000, weight_max_mg=5_000,
                promised_on=s.orders.today() + timedelta(days=7), photos=(here, away),
                design_notes="Plain ring",
            ),
            by=owner,
        )  # fmt: skip
        Path(s.orders.photo_path(away)).unlink()  # as at a branch the file has not reached
        Path(s.orders.photo_path(away, thumb=True)).unlink()
        return saved.id
    finally:
        engine.dispose()


def test_a_photo_not_here_yet_is_named_so_on_the_orders_screen(
    qtbot: QtBot,
    ready_shop: None,
    make_counter: Any,
    settings: Settings,
    clock: Any,
    tmp_path: Path,
) -> None:
    """One photo shown as a picture, the other as the words "photo not here yet"."""
    prepare(settings, clock)
    order_id = _order_with_a_missing_photo(settings, clock, tmp_path / "p")
    _window, screen = open_orders(qtbot, make_counter)
    screen.reload(select_id=order_id)
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.row.id == order_id)
    items = [screen.photo_strip.item(i) for i in range(screen.photo_strip.count())]
    assert [(not it.icon().isNull(), it.text()) for it in items] == [
        (True, ""),
        (False, "photo not here yet"),
    ]


def test_a_step_that_needs_another_branchs_piece_or_karigar_is_told_in_words() -> None:
    """Each OrderElsewhere reads as a sentence naming the order and the place that holds it."""
    from jewelpos.domain.orders import OrderElsewhere
    from jewelpos.ui.messages import error_text

    cases = {
        ("piece", "order"): "The piece of order OQA-C1/25/00001 is at QA-C1: mark it ready",
        ("karigar", "order"): "Order OQA-C1/25/00001 was given to a karigar at QA-C1",
        ("category", "order"): "Order OQA-C1/25/00001 is of a category of QA-C1",
        ("piece", "repair"): "The piece of repair OQA-C1/25/00001 is at QA-C1: deliver it",
        ("karigar", "repair"): "Repair OQA-C1/25/00001 was given to a karigar at QA-C1",
    }
    for (need, kind), start in cases.items():
        exc = OrderElsewhere("x", number="OQA-C1/25/00001", need=need, place="QA-C1", kind=kind)
        assert error_text(exc).startswith(start), (need, kind)

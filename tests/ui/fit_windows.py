"""Every screen and dialog of the counter, found by importing jewelpos.ui.screens/dialogs and built
with its largest realistic content on a migrated shop, for the fit, clipping and one-key tests."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from billing_world import set_rates, stock_pieces
from PySide6.QtCore import QElapsedTimer, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.domain.clock import FixedClock
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.tasks import TaskRunner

LONG_NAME = "Shree Mahalakshmi Gold & Diamond Jewellers Private Limited"
LONG_ADDRESS = "Flat 1204, Shivaji Nagar Heights, Near Jangli Maharaj Road, Deccan Gymkhana"


def discovered() -> list[type[QWidget]]:
    """Every QWidget subclass defined in a module under jewelpos.ui.screens or .dialogs."""
    import jewelpos.ui.dialogs as dialogs
    import jewelpos.ui.screens as screens

    found: list[type[QWidget]] = []
    for package in (screens, dialogs):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for _name, cls in inspect.getmembers(module, inspect.isclass):
                if issubclass(cls, QWidget) and cls.__module__ == module.__name__:
                    found.append(cls)
    return found


@dataclass
class World:
    """A shop with rates, pieces, a manager, a cashier and Priya's bill; one task runner."""

    services: Any
    runner: TaskRunner
    owner: Any
    manager: Any
    stocked: Any
    bill: Any
    tmp: Path
    counter: Any = None
    scheme: Any = None  # Priya's savings-scheme account, three cheques handed over
    made: list[QWidget] = field(default_factory=list)

    def settle(self, msecs: int = 10_000) -> None:
        """Let every task the windows started finish and its result reach the widgets."""
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < msecs:
            QApplication.processEvents()
            if self.runner.pending_count == 0:
                QApplication.processEvents()
                if self.runner.pending_count == 0:
                    return
            self.runner.wait_idle(50)

    def managers(self) -> list[Any]:
        return [u for u in self.services.auth.users() if u.can_manage]


def make_world(tmp: Path, language: str = "en") -> World:
    """The shop on the real counter (build_app), the owner logged in: its main window carries
    the status bar's sync, backup, support and update widgets as at the counter."""
    from jewelpos.app import build_app
    from jewelpos.config import Settings

    settings = Settings(data_dir=tmp / "counter")
    clock = FixedClock(SHOP_MORNING)
    world = _stock_the_shop(services_for(shop_db(settings.db_path), clock), tmp)
    world.services.engine.dispose()
    counter = build_app(settings, language=language, clock=clock)
    owner = user_named(counter.services, "owner")
    emit(counter.shell.login_dialog.logged_in, owner)
    world.counter = counter
    world.services = counter.services
    world.runner = counter.runner
    world.owner = owner
    world.settle()
    return world


def _stock_the_shop(services: Any, tmp: Path) -> World:
    from jewelpos.services.auth import Role
    from jewelpos.services.billing import BillDraft, CustomerOnBill, PaymentEntry, PaymentMode
    from jewelpos.services.customers import CustomerInput

    services.prints.data_dir = tmp / "data"
    owner = user_named(services, "owner")
    set_rates(services, owner)
    stocked = stock_pieces(services, owner)
    manager = services.auth.add_user(
        username="meena", display_name="Meena Shah", role=Role.MANAGER, pin="2222", by=owner
    )
    customer = services.customers.save(
        CustomerInput(
            name="Priya Sharma",
            mobile="9820012345",
            address=LONG_ADDRESS,
            city="Pune",
            state_code="27",
            pan="ABCPS1234K",
        ),
        by=owner,
    )
    lines = (services.billing.line_for_code(stocked.chain.tag_code),)  # the ring stays in stock
    draft = BillDraft(lines=lines, customer_id=customer.id)
    q = services.billing.quote(draft, customer=CustomerOnBill.from_info(customer))
    saved = services.billing.save_bill(
        BillDraft(
            lines=lines,
            customer_id=customer.id,
            payments=(PaymentEntry(key="u", mode=PaymentMode.UPI, amount=q.net_payable),),
        ),
        by=owner,
    )
    return World(
        services=services,
        runner=None,  # type: ignore[arg-type]
        owner=owner,
        manager=manager,
        stocked=stocked,
        bill=services.billing.bill(saved.id),
        tmp=tmp,
        scheme=_enrol_in_a_scheme(services, owner, customer.id),
    )


def _enrol_in_a_scheme(services: Any, owner: Any, customer_id: str) -> Any:
    """Two long-named plans (amount and weight); Priya a member with three post-dated cheques."""
    from datetime import timedelta

    from jewelpos.domain.schemes import BonusRule, PlanKind, PlanTerms
    from jewelpos.services.schemes import PlanInput

    services.schemes.save_plan(
        PlanInput(
            "SWARNA11W",
            "Swarna Laxmi weight plan, gold 22K916",
            PlanTerms(PlanKind.WEIGHT, Decimal("25000.00"), 11, metal="gold", purity=916),
        ),
        by=owner,
    )
    plan = services.schemes.save_plan(
        PlanInput(
            "DHANLAXMI12",
            "Dhan Laxmi Suvarna Mahotsav 11+1 savings plan",
            PlanTerms(PlanKind.AMOUNT, Decimal("100000.00"), 12, BonusRule.ONE_INSTALMENT),
        ),
        by=owner,
    )
    account = services.schemes.enrol(
        customer_id=customer_id,
        plan_id=plan.id,
        nominee="Rajeshwari Sharma",
        passbook="PB-2026-000123",
        by=owner,
    )
    today = services.schemes.today()
    for n in range(3):
        services.scheme_cheques.add(
            account.id,
            cheque_no=f"00012{n}",
            bank="HDFC Bank, Deccan Gymkhana",
            due_on=today + timedelta(days=30 * (n + 1)),
            amount=Decimal("100000.00"),
            by=owner,
        )
    return services.schemes.account(account.id)


# --- builders: one per class; each returns the top-level window to measure ---------------------
Builder = Callable[[World], list[tuple[str, QWidget]]]


def _main_window(w: World) -> Any:
    window = w.counter.shell.main_window
    assert window is not None, "the owner is not logged in"
    w.settle()
    window.shop_label.setText(LONG_NAME)
    return window


def main_window(w: World) -> QWidget:
    """The main window with a bill of a piece for Priya and a warning showing."""
    from jewelpos.services.stock import NewPiece

    window = _main_window(w)
    billing = window.billing_screen
    billing.add_line(w.services.billing.line_for_code(w.stocked.ring.tag_code))
    for n in range(3):  # over 2 lakh with no customer: the PAN and buyer's details warnings show
        heavy = w.services.stock.add_piece(
            NewPiece(
                category_id=w.stocked.categories["CHAIN"].id,
                metal="gold",
                purity=916,
                gross_mg=40_000,
                design_no=f"CH-20{n}",
                description="Long rope chain 24 inch with a lobster clasp",
            ),
            by=w.owner,
        )
        billing.add_line(w.services.billing.line_for_code(heavy.tag_code))
    w.settle()
    billing.message.show_message(
        billing.tr("Cash limit: this customer has paid ₹1,50,000 in cash today."), "warning"
    )
    w.settle()
    stock = window.stock_screen  # the 2 lakh piece shop's footer, in the screen's own words
    stock.count_label.setText(
        stock.tr("Showing {shown} of more than {cap} pieces - type more to narrow").format(
            shown="200", cap="2,00,000"
        )
    )
    stock.gross_label.setText(stock.tr("Gross {weight}").format(weight="12,34,567.890 g"))
    stock.net_label.setText(stock.tr("Net {weight}").format(weight="12,01,234.560 g"))
    return window


def _dialog(w: World, dialog: QWidget) -> QWidget:
    w.made.append(dialog)
    w.settle()
    return dialog


def customer_dialog(w: World) -> QWidget:
    from jewelpos.domain.validation import INDIAN_STATES
    from jewelpos.ui.dialogs.customer_pick import CustomerPickDialog

    d = CustomerPickDialog(
        w.services.customers,
        w.runner,
        user=w.owner,
        states=INDIAN_STATES,
        shop_state="27",
        buyer_details=True,
        pan=True,
    )
    _dialog(w, d)
    d.start_new(mobile="9820099999", name="")
    d.pan.setText("ABC")
    d.message.show_message(d.tr("Check the marked fields."), "error")
    for name in ("mobile", "name", "state_code", "address", "city", "pin_code", "pan"):
        d.errors.set_error(name, d.tr("This is required."))
    w.settle()
    return d


def return_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.return_goods import SPLIT, ReturnGoodsDialog

    d = ReturnGoodsDialog(
        w.services.billing,
        w.runner,
        bill=w.bill,
        managers=w.managers(),
        user=w.owner,
        prints=w.services.prints,
    )
    _dialog(w, d)
    d.mode.setCurrentIndex(d.mode.findData(SPLIT))
    w.settle()
    return d


def payment_dialog(w: World) -> QWidget:
    from jewelpos.services.billing import PaymentEntry, PaymentMode
    from jewelpos.ui.dialogs.payment import PaymentDialog

    payments = (
        PaymentEntry(key="c", mode=PaymentMode.CASH, amount=Decimal("50000")),
        PaymentEntry(key="d", mode=PaymentMode.CARD, amount=Decimal("40000"), card_last4="4242"),
        PaymentEntry(key="u", mode=PaymentMode.UPI, amount=Decimal("30000"), reference="UTR1"),
        PaymentEntry(key="q", mode=PaymentMode.CHEQUE, amount=Decimal("20000"), reference="00012"),
        PaymentEntry(key="b", mode=PaymentMode.BANK, amount=Decimal("10000"), reference="NEFT9"),
    )
    d = PaymentDialog(
        w.runner,
        net_payable=Decimal("252920.00"),
        payments=payments,
        cash_taken_today=lambda _customer: Decimal("190000"),  # over the cash limit: it says so
        customer_id=w.bill.customer_id,
        upi_vpa="sunitajewellers@okhdfc",
        payee=LONG_NAME,
    )
    return _dialog(w, d)


def old_gold_dialog(w: World) -> QWidget:
    from jewelpos.services.billing import OldGoldEntry
    from jewelpos.ui.dialogs.old_gold import OldGoldDialog

    entries = tuple(
        OldGoldEntry(
            key=f"og{i}",
            description="Old bangle pair, broken clasp",
            metal="gold",
            gross_mg=24_500,
            less_mg=500,
            touch_percent=Decimal("91.6"),
            rate=Decimal("7800"),
            deduction_percent=Decimal("2"),
        )
        for i in range(6)
    )
    d = OldGoldDialog(lambda: Decimal("7800"), w.runner, entries=entries)
    return _dialog(w, d)


def piece_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.piece import PieceDialog

    detail = w.services.stock.piece(w.stocked.ring.id)
    return _dialog(w, PieceDialog(detail, photos_dir=w.tmp / "photos"))


def day_end_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.day_end import DayEndDialog

    d = DayEndDialog(w.services, w.runner, user=w.owner, clock=w.services.clock)
    return _dialog(w, d)


def summary_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.stock_summary import StockSummaryDialog

    return _dialog(w, StockSummaryDialog(w.services.stock.summary()))


def sync_dialog(w: World) -> QWidget:
    from jewelpos.services.sync_status import SyncStatusService
    from jewelpos.ui.dialogs.sync_manager import SyncDialog

    status = SyncStatusService(w.services.uow, w.services.clock)
    return _dialog(w, SyncDialog(status, w.runner, user=w.owner, request_sync=lambda: None))


def setup_dialog(w: World) -> QWidget:
    from jewelpos.domain.validation import INDIAN_STATES
    from jewelpos.ui.dialogs.setup import SetupDialog

    def enrol(_url: str, _code: str, _device: str) -> Any:
        raise AssertionError("not asked: the test only looks")

    lang = "hi" if QApplication.translate("MainWindow", "Billing") != "Billing" else "en"
    d: Any = SetupDialog(
        w.services.setup, w.runner, states=INDIAN_STATES, language=lang, enrol=enrol
    )
    _dialog(w, d)
    d.enrol_code.setText("ABCD-1234")  # head office half typed: its error shows too
    d.submit()  # nothing filled in: every required field's error shows
    w.settle()
    return d


def login_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.login import LoginDialog

    users = w.services.auth.users()
    return _dialog(w, LoginDialog(w.services.auth, w.runner, shop_name=LONG_NAME, users=users))


def approval_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.approval import ApprovalDialog

    d = ApprovalDialog(
        w.services.billing.approve,
        w.runner,
        managers=w.managers(),
        what="Discount below the floor on Ring RG-2211",
        reason="Making charge 450/g is below the shop's floor of 500/g for rings",
    )
    return _dialog(w, d)


def lookup_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.bill_lookup import BillLookupDialog

    d = BillLookupDialog(w.services, w.runner, user=w.owner, managers=w.managers())
    _dialog(w, d)
    d.load(w.bill.id)
    w.settle()
    return d


def cancel_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.cancel_bill import CancelBillDialog

    d = CancelBillDialog(
        w.services.billing, w.runner, bill=w.bill, managers=w.managers(), user=w.owner
    )
    return _dialog(w, d)


def deliver_dialog(w: World) -> QWidget:
    from jewelpos.domain.validation import INDIAN_STATES
    from jewelpos.ui.dialogs.deliver_to import DeliverToDialog

    d = DeliverToDialog(
        states=INDIAN_STATES,
        shop_state="27",
        delivery="address",
        address=LONG_ADDRESS,
        state_code="29",
    )
    return _dialog(w, d)


def pin_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.new_pin import PinPairDialog

    d = PinPairDialog(
        title="New PIN for Sunita Verma",
        intro="Choose a new PIN of 4 to 8 digits; the old one stops working at once.",
    )
    return _dialog(w, d)


def settings_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.settings import CounterSettings, SettingsDialog

    counter = CounterSettings(printer_target="file", receipt_width_mm=80, upi_vpa="shop@okhdfc")
    d = SettingsDialog(language="en", data_dir=str(w.tmp / "data"), counter=counter)
    return _dialog(w, d)


def shop_settings_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.shop_settings import ShopSettingsDialog

    return _dialog(w, ShopSettingsDialog(w.services, w.runner, user=w.owner))


def untagged_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.untagged_line import UntaggedLineDialog

    cats = w.services.stock.categories()
    d = UntaggedLineDialog(w.services.billing.untagged_line, w.runner, categories=cats)
    return _dialog(w, d)


def add_user_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.user_edit import AddUserDialog

    return _dialog(w, AddUserDialog(w.services.users, w.runner, by=w.owner))


def role_dialog(w: World) -> QWidget:
    from jewelpos.services.auth import Role
    from jewelpos.ui.dialogs.user_edit import RoleDialog

    return _dialog(w, RoleDialog(name="Meena Shah", current=Role.MANAGER, by=w.owner))


def discount_dialog(w: World) -> QWidget:
    from jewelpos.ui.screens.billing import DiscountDialog

    d = DiscountDialog(line_text="Selected line: Ladies ring with 12 CZ stones RG-2211-LONG")
    return _dialog(w, d)


def customer360_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.customer_360 import Customer360Dialog

    d = Customer360Dialog(w.services.customer360.view, w.runner, w.bill.customer_id)
    _dialog(w, d)
    d.reload()
    w.settle()
    return d


def instalment_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.scheme_dialogs import InstalmentDialog

    return _dialog(w, InstalmentDialog(w.services.schemes.account(w.scheme.id)))


def enrol_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.scheme_dialogs import EnrolDialog

    return _dialog(w, EnrolDialog(w.services.schemes.plans()))


def cheques_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.scheme_cheques import ChequesDialog

    d = ChequesDialog(w.services.schemes.account(w.scheme.id))
    d.set_cheques(w.services.scheme_cheques.register(account_id=w.scheme.id))
    return _dialog(w, d)


def _complaint(w: World) -> Any:
    """An open complaint about Priya's bill, handled by Meena, with a long description."""
    from jewelpos.services.complaints import ComplaintInput

    return w.services.complaints.open(
        ComplaintInput(
            "return",
            "weight_price",
            "The customer says the chain weighs less at home than on the bill; she wants it "
            "weighed again in front of her and an exchange if it is short",
            invoice_no=w.bill.number,
            handler_id=w.manager.id,
            follow_up_on=w.services.complaints.today(),
        ),
        by=w.owner,
    )


def _staff(w: World) -> list[tuple[str, str]]:
    return [(u.id, u.display_name) for u in w.services.auth.users()]


def complaint_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.complaint import ComplaintDialog

    today = w.services.complaints.today()
    d = ComplaintDialog(w.services.complaints, w.runner, user=w.owner, staff=_staff(w), today=today)
    d.bill.setText(w.bill.number)
    return _dialog(w, d)


def follow_up_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.complaint import FollowUpDialog

    d = FollowUpDialog(
        w.services.complaints,
        w.runner,
        user=w.owner,
        complaint=_complaint(w),
        staff=_staff(w),
        today=w.services.complaints.today(),
    )
    return _dialog(w, d)


def close_complaint_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.complaint import CloseComplaintDialog

    d = CloseComplaintDialog(w.services.complaints, w.runner, user=w.owner, complaint=_complaint(w))
    return _dialog(w, d)


def target_dialog(w: World) -> QWidget:
    from jewelpos.services.staff_targets import TargetInput
    from jewelpos.ui.dialogs.staff_target import TargetDialog

    st = w.services.staff_targets
    month = st.this_month()
    row = st.set_target(
        TargetInput(w.manager.id, month, "12500000.50", "1250.125", "120", "45"), by=w.owner
    )
    d = TargetDialog(st, w.runner, user=w.owner, staff=_staff(w), month=month, current=row)
    return _dialog(w, d)


def touch_items_dialog(w: World) -> QWidget:
    from jewelpos.ui.dialogs.touch_items import TouchItemsDialog

    tp = w.services.touch_points
    return _dialog(w, TouchItemsDialog(tp, w.runner, user=w.owner, items=tp.items()))


def customer_display(w: World) -> QWidget:
    """The customer display in the counter's language with a long bill: six pieces, old gold,
    a voucher, the UPI QR showing and a payable in lakhs."""
    from jewelpos.ui.labels import hindi_ui
    from jewelpos.ui.screens.customer_display import (
        CustomerDisplay,
        DisplayBill,
        DisplayLine,
        DisplayRate,
    )

    d = CustomerDisplay(language="hi" if hindi_ui() else "en")
    d.set_shop(LONG_NAME)
    d.set_rates(SHOP_MORNING.date(), [DisplayRate("gold", "22K916", Decimal("7150.00"))])
    line = DisplayLine(
        description="Long rope chain 24 inch with a lobster clasp",
        purity="22K916",
        net_mg=123_456,
        rate=Decimal("7150.00"),
        va=Decimal("105432.10"),
        making=Decimal("55555.20"),
        stones=Decimal("125000.00"),
        amount=Decimal("1168723.90"),
    )
    d.show_bill(
        DisplayBill(
            lines=(line,) * 6,
            gst=Decimal("210370.30"),
            old_gold=Decimal("132160.64"),
            set_offs=Decimal("25000.00"),
            round_off=Decimal("-0.40"),
            payable=Decimal("7065552.00"),
        )
    )
    d.show_qr(("upi://pay?pa=shop@okhdfc&am=7065552.00&cu=INR", Decimal("7065552.00")))
    return _dialog(w, d)


def _one(build: Callable[[World], QWidget]) -> Builder:
    return lambda w: [(type(widget).__name__, widget) for widget in [build(w)]]


SCREENS = {  # shown inside the main window; measured there
    "BillingScreen",
    "ImportScreen",
    "RatesScreen",
    "ReceivingScreen",
    "StockScreen",
    "StockTakeScreen",
    "TagLayoutScreen",
    "TransfersScreen",
    "UsersScreen",
    "ReportsScreen",
    "CustomersScreen",
    "SchemesScreen",
    "MessagesScreen",
    "FeedbackScreen",
}

DIALOGS: dict[str, Builder] = {
    "CustomerPickDialog": _one(customer_dialog),
    "ReturnGoodsDialog": _one(return_dialog),
    "PaymentDialog": _one(payment_dialog),
    "OldGoldDialog": _one(old_gold_dialog),
    "PieceDialog": _one(piece_dialog),
    "DayEndDialog": _one(day_end_dialog),
    "StockSummaryDialog": _one(summary_dialog),
    "SyncDialog": _one(sync_dialog),
    "SetupDialog": _one(setup_dialog),
    "LoginDialog": _one(login_dialog),
    "ApprovalDialog": _one(approval_dialog),
    "BillLookupDialog": _one(lookup_dialog),
    "CancelBillDialog": _one(cancel_dialog),
    "DeliverToDialog": _one(deliver_dialog),
    "PinPairDialog": _one(pin_dialog),
    "SettingsDialog": _one(settings_dialog),
    "ShopSettingsDialog": _one(shop_settings_dialog),
    "UntaggedLineDialog": _one(untagged_dialog),
    "AddUserDialog": _one(add_user_dialog),
    "RoleDialog": _one(role_dialog),
    "DiscountDialog": _one(discount_dialog),
    "Customer360Dialog": _one(customer360_dialog),
    "InstalmentDialog": _one(instalment_dialog),
    "EnrolDialog": _one(enrol_dialog),
    "ChequesDialog": _one(cheques_dialog),
    "ComplaintDialog": _one(complaint_dialog),
    "FollowUpDialog": _one(follow_up_dialog),
    "CloseComplaintDialog": _one(close_complaint_dialog),
    "TargetDialog": _one(target_dialog),
    "TouchItemsDialog": _one(touch_items_dialog),
    "CustomerDisplay": _one(customer_display),
}


CONTENT_AREA = QSize(1366 - 200, 728 - 40 - 34)  # beside the side bar, under title and status


def _argument(w: World, name: str) -> Any:
    """A realistic value for a constructor parameter, found by its name."""
    from jewelpos.domain.validation import INDIAN_STATES

    known: dict[str, Any] = {
        "services": w.services,
        "runner": w.runner,
        "user": w.owner,
        "by": w.owner,
        "clock": w.services.clock,
        "managers": w.managers(),
        "states": INDIAN_STATES,
        "shop_state": "27",
        "bill": w.bill,
        "photos_dir": w.tmp / "photos",
        "reports_dir": w.tmp / "reports",
        "data_dir": str(w.tmp / "data"),
    }
    if name == "screen" and w.counter is not None:  # a dialog of the billing screen
        return w.counter.shell.main_window.billing_screen
    if name in known:
        return known[name]
    if hasattr(w.services, name):  # a service by its name: orders, schemes, customers...
        return getattr(w.services, name)
    raise LookupError(name)


def generic(cls: type[QWidget]) -> Builder:
    """A class no builder knows (a screen or dialog added later): built from its parameters'
    names; one it cannot build fails the walk, asking for a builder here."""

    def build(w: World) -> list[tuple[str, QWidget]]:
        args: dict[str, Any] = {}
        for param in list(inspect.signature(cls.__init__).parameters.values())[1:]:
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD) or param.name == "parent":
                continue
            try:
                args[param.name] = _argument(w, param.name)
            except LookupError:
                if param.default is param.empty:
                    raise AssertionError(
                        f"{cls.__name__}: no value for {param.name!r}; add a builder to "
                        "tests/ui/fit_windows.py"
                    ) from None
        widget = cls(**args)
        if not isinstance(widget, QDialog):
            widget.resize(CONTENT_AREA)
        w.made.append(widget)
        for starter in ("start", "reload"):
            if callable(getattr(widget, starter, None)):
                getattr(widget, starter)()
                break
        w.settle()
        return [(cls.__name__, widget)]

    return build


def builders() -> list[Builder]:
    """A builder for every discovered class the main window does not hold."""
    found = {c.__name__: c for c in discovered()}
    return [DIALOGS.get(name) or generic(cls) for name, cls in found.items() if name not in SCREENS]


def all_windows(w: World) -> Iterator[tuple[str, QWidget]]:
    """Each window shown at the counter's size, with its content; the main window per screen."""
    window: Any = main_window(w)
    window.resize(1366, 728)
    window.show()
    for screen in window.SCREENS:
        window.show_screen(screen)
        w.settle()
        yield f"MainWindow[{screen}]", window
    for build in builders():
        for name, dialog in build(w):
            dialog.show()
            w.settle()
            if isinstance(dialog, QDialog):  # as it opens on the counter (offscreen is 800 px)
                hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
                dialog.resize(hint.boundedTo(QSize(1366, 728)).expandedTo(dialog.size()))
            w.settle()
            QApplication.processEvents()
            yield name, dialog
            dialog.hide()


def close_all(w: World) -> None:
    for widget in reversed(w.made):
        widget.hide()
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        widget.deleteLater()
    QApplication.processEvents()
    w.counter.close()
    QApplication.processEvents()

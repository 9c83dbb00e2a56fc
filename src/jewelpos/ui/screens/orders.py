"""Orders screen: customer orders and repairs in lists (open, due tomorrow, overdue, ready and not
collected), the chosen one's details, photos and history, and a key for every step: F2 new
order, Shift+F2 new repair, F3 karigar, F4 received, F5 ready, F6 deliver, F7 cancel, F8 order
slip, F9 karigar slips, F11 morning report, Ctrl+K karigars."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError
from jewelpos.domain.formatting import format_inr, format_weight_mg
from jewelpos.domain.orders import OrderStatus
from jewelpos.services.order_printing import OrderPrint
from jewelpos.services.orders import OrderRow, OrderView, ReceivedOrder, SavedOrder
from jewelpos.services.repairs import RepairBill, RepairView
from jewelpos.ui.dialogs.karigars import KarigarsDialog
from jewelpos.ui.dialogs.order_intake import OrderIntakeDialog
from jewelpos.ui.dialogs.order_steps import (
    AssignDialog,
    CancelOrderDialog,
    ReceiveDialog,
    RepairReturnDialog,
)
from jewelpos.ui.dialogs.repair import RepairIntakeDialog
from jewelpos.ui.formats import fmt_date, fmt_datetime
from jewelpos.ui.messages import error_text
from jewelpos.ui.models.orders import (
    orders_model,
    repairs_model,
    source_text,
    status_text,
    weight_range,
    work_text,
)
from jewelpos.ui.models.stock_tools import RowRole
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.domain.clock import Clock
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.ui.tasks import TaskRunner

ORDERS_KEY = "Ctrl+Shift+O"
_NAV = str(QT_TRANSLATE_NOOP("OrdersScreen", "Orders"))
ITEM_COLUMN = 2
NOT_COLLECTED_DAYS = 3
# list kind -> (orders or repairs, what to load)
LISTS = ("open", "due_tomorrow", "overdue", "not_collected", "all", "repairs_open", "repairs_all")
OPEN = tuple(
    s.value
    for s in (OrderStatus.TAKEN, OrderStatus.WITH_KARIGAR, OrderStatus.RECEIVED, OrderStatus.READY)
)


def orders_nav_text() -> str:
    """The side-bar button text: translated name and key."""
    return QCoreApplication.translate("OrdersScreen", _NAV) + "\n" + ORDERS_KEY


class OrdersScreen(QWidget):
    """Announces ``order_saved``, ``order_assigned``, ``order_received``, ``order_ready``,
    ``order_cancelled``, ``repair_saved``, ``repair_delivered`` and ``details_shown``."""

    order_saved = Signal(object)
    order_assigned = Signal(str)
    order_received = Signal(object)
    order_ready = Signal(str)
    order_cancelled = Signal(str)
    repair_saved = Signal(object)
    repair_delivered = Signal(object)
    details_shown = Signal(object)
    list_loaded = Signal(int)
    printed = Signal(object)
    deliver_requested = Signal(object)
    """(BillDraft) of a ready order: the main window opens it on the billing screen (F6)."""

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ordersScreen")
        self._services = services
        self._runner = runner
        self._user = user
        self._clock = clock
        self.dialog: Any = None
        self.current: OrderView | RepairView | None = None
        self.delivers_orders = False
        """Set by the main window when F6 can open the order's bill (``deliver_requested``)."""
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.followup = QLabel()
        self.followup.setObjectName("hint")
        self.list_kind = QComboBox()
        self.list_kind.setObjectName("ordersList")
        for kind in LISTS:
            self.list_kind.addItem("", kind)
        self.list_kind.currentIndexChanged.connect(self._on_list_kind_current_index_changed)
        self.list_label = QLabel()
        self.list_label.setBuddy(self.list_kind)
        self.search = QLineEdit()
        self.search.setObjectName("ordersSearch")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.orders = orders_model(self)
        self.repairs = repairs_model(self)
        self.view = QTableView()
        self.view.setObjectName("ordersTable")
        self.view.setModel(self.orders)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the item (or piece) column takes the room left, so status and dates stay in view
        header.setSectionResizeMode(ITEM_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self._connect_selection()
        self.details = QLabel()
        self.details.setObjectName("orderDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.photo_strip = QListWidget()
        self.photo_strip.setViewMode(QListWidget.ViewMode.IconMode)
        self.photo_strip.setIconSize(QSize(110, 110))
        self.photo_strip.setFixedHeight(132)
        self.photo_strip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history = QListWidget()
        self.history.setObjectName("orderHistory")
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[str, str, Callable[[], None]]] = [
            ("new", "F2", self.new_order),
            ("repair", "Shift+F2", self.new_repair),
            ("karigar", "F3", self.assign),
            ("receive", "F4", self.receive),
            ("ready", "F5", self.mark_ready),
            ("deliver", "F6", self.deliver),
            ("cancel", "F7", self.cancel),
            ("slip", "F8", self.print_slip),
            ("karigar_slips", "F9", self.karigar_slips),
            ("report", "F11", self.morning_report),
            ("karigars", "Ctrl+K", self.open_karigars),
        ]
        bar = QGridLayout()  # two rows: the screen fits beside the side bar at 1366 px
        for i, (name, key, slot) in enumerate(actions):
            b = QPushButton()
            b.setObjectName(f"orders_{name}")
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(slot)
            self.buttons[name] = b
            bar.addWidget(b, i // 6, i % 6)
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self._keys = {name: key for name, key, _ in actions}

        top = QHBoxLayout()
        top.addWidget(self.list_label)
        top.addWidget(self.list_kind)
        top.addSpacing(12)
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        side = QVBoxLayout()
        side.addWidget(self.details, 1)
        side.addWidget(self.photo_strip)
        side.addWidget(self.history, 1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(380)
        centre = QHBoxLayout()
        centre.addWidget(self.view, 1)
        centre.addWidget(side_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.followup)
        layout.addLayout(top)
        layout.addLayout(centre, 1)
        layout.addLayout(bar)
        self.retranslate_ui()
        self._update_buttons()

    # --- text ----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Orders and repairs"))
        names = {
            "open": self.tr("Open orders"),
            "due_tomorrow": self.tr("Due tomorrow"),
            "overdue": self.tr("Overdue"),
            "not_collected": self.tr("Ready, not collected for {days}+ days").format(
                days=NOT_COLLECTED_DAYS
            ),
            "all": self.tr("All orders"),
            "repairs_open": self.tr("Open repairs"),
            "repairs_all": self.tr("All repairs"),
        }
        for i, kind in enumerate(LISTS):
            self.list_kind.setItemText(i, names[kind])
        self.list_label.setText(self.tr("&List"))
        self.search_label.setText(self.tr("&Find"))
        self.search.setPlaceholderText(self.tr("Order no., customer name or mobile"))
        texts = {
            "new": self.tr("New order"),
            "repair": self.tr("New repair"),
            "karigar": self.tr("Karigar"),
            "receive": self.tr("Received"),
            "ready": self.tr("Ready"),
            "deliver": self.tr("Deliver"),
            "cancel": self.tr("Cancel"),
            "slip": self.tr("Order slip"),
            "karigar_slips": self.tr("Karigar slips"),
            "report": self.tr("Morning report"),
            "karigars": self.tr("Karigars"),
        }
        for name, b in self.buttons.items():
            b.setText(f"{texts[name]}\n{self._keys[name]}")
        self.orders.retranslate()
        self.repairs.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading -------------------------------------------------------------------------------
    def start(self) -> None:
        self._runner.run(self._services.followup.queue_reminders, on_done=self._on_reminders_queued)
        self.reload()

    def focus_first(self) -> None:
        self.view.setFocus()

    def today(self) -> date:
        return self._services.orders.today()

    def list_name(self) -> str:
        return str(self.list_kind.currentData())

    def showing_repairs(self) -> bool:
        return self.list_name().startswith("repairs")

    def _connect_selection(self) -> None:
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)

    def reload(self, select_id: str | None = None) -> None:
        kind = self.list_name()
        text = self.search.text()
        self._runner.run(
            self._load, kind, text, on_done=lambda rows: self._on_loaded(rows, select_id)
        )
        self._runner.run(self._counts, on_done=self._on_counts)

    def _load(self, kind: str, text: str) -> list[Any]:
        """On the worker: the rows of the chosen list."""
        f = self._services.followup
        if kind == "repairs_open":
            rows: list[Any] = self._services.repairs.repairs(statuses=OPEN)
        elif kind == "repairs_all":
            rows = self._services.repairs.repairs()
        elif kind == "due_tomorrow":
            rows = f.due_tomorrow()
        elif kind == "overdue":
            rows = f.overdue()
        elif kind == "not_collected":
            rows = f.not_collected(NOT_COLLECTED_DAYS)
        elif kind == "all":
            rows = self._services.orders.orders()
        else:
            rows = self._services.orders.orders(statuses=OPEN)
        key = text.strip().lower()
        if key:
            rows = [
                r for r in rows
                if key in r.number.lower() or key in r.customer_name.lower() or key in r.customer_mobile
            ]  # fmt: skip
        return rows

    def _counts(self) -> tuple[int, int, int]:
        f = self._services.followup
        return len(f.due_tomorrow()), len(f.overdue()), len(f.not_collected(NOT_COLLECTED_DAYS))

    def _on_counts(self, counts: tuple[int, int, int]) -> None:
        due, late, waiting = counts
        self.followup.setText(
            self.tr(
                "Due tomorrow: {due}   Overdue: {late}   Ready, not collected: {waiting}"
            ).format(due=due, late=late, waiting=waiting)
        )

    def _on_reminders_queued(self, count: int) -> None:
        if count:
            self.message.show_message(
                self.tr("{count} reminder(s) queued for sending.").format(count=count), "info"
            )

    def _on_loaded(self, rows: list[Any], select_id: str | None) -> None:
        model = self.repairs if self.showing_repairs() else self.orders
        if self.view.model() is not model:
            self.view.setModel(model)
            self._connect_selection()
        model.set_rows(rows)
        chosen = 0
        for i, r in enumerate(rows):
            if r.id == select_id:
                chosen = i
        if rows:
            self.view.selectRow(chosen)
        else:
            self._show(None)
        emit(self.list_loaded, len(rows))

    def _on_list_kind_current_index_changed(self, _index: int) -> None:
        self.reload()

    def _on_search_return_pressed(self) -> None:
        self.reload()
        self.view.setFocus()

    def selected(self) -> OrderRow | RepairView | None:
        row = self.view.currentIndex().data(RowRole)
        return row if isinstance(row, OrderRow | RepairView) else None

    def _on_view_current_row_changed(self, *_args: object) -> None:
        row = self.selected()
        if row is None:
            self._show(None)
        elif isinstance(row, RepairView):
            self._runner.run(self._services.repairs.repair, row.id, on_done=self._show)
        else:
            self._runner.run(self._services.orders.order, row.id, on_done=self._show)

    # --- details -------------------------------------------------------------------------------
    def _show(self, item: OrderView | RepairView | None) -> None:
        self.current = item
        self.photo_strip.clear()
        self.history.clear()
        if item is None:
            self.details.setText("")
        elif isinstance(item, RepairView):
            self.details.setText(self._repair_html(item))
        else:
            self.details.setText(self._order_html(item))
        if item is not None:
            for sha in item.photos:
                path = self._services.orders.photo_path(sha, thumb=True)
                if Path(path).is_file():
                    self.photo_strip.addItem(QListWidgetItem(QIcon(QPixmap(path)), ""))
                else:  # taken at another branch; the file comes with the next sync
                    self.photo_strip.addItem(QListWidgetItem(self.tr("photo not here yet")))
            for step in item.history:
                note = f" - {step.note}" if step.note else ""
                self.history.addItem(
                    self.tr("{when}  {status}  by {who} at {where}{note}").format(
                        when=fmt_datetime(step.at),
                        status=status_text(step.status),
                        who=step.by,
                        where=step.place,
                        note=note,
                    )
                )
        self._update_buttons()
        emit(self.details_shown, item)

    def _order_html(self, v: OrderView) -> str:
        r = v.row
        lines = [
            f"<b>{escape(r.number)}</b> · {escape(status_text(r.status))}",
            f"{escape(r.customer_name)} {escape(r.customer_mobile)}",
            f"{escape(r.what)} {escape(r.purity_label)} · {weight_range(r.weight_min_mg, r.weight_max_mg)}"
            + (f" · {escape(self.tr('size'))} {escape(v.size)}" if v.size else ""),
            escape(
                self.tr("Made from: {what}").format(
                    what=source_text(v.source) + (f" {v.source_ref}" if v.source_ref else "")
                )
            ),
            escape(self.tr("Promised on {day}").format(day=fmt_date(r.promised_on))),
        ]
        if v.booked_rate is not None and v.booked_weight_mg:
            lines.append(
                escape(
                    self.tr("Rate booked: {rate}/g for {weight}").format(
                        rate=format_inr(v.booked_rate), weight=format_weight_mg(v.booked_weight_mg)
                    )
                )
            )
        if r.karigar_name:
            due = fmt_date(v.karigar_due_on) if v.karigar_due_on else ""
            lines.append(
                escape(self.tr("Karigar: {name}, due {day}").format(name=r.karigar_name, day=due))
            )
        if v.received_net_mg is not None:
            diff = v.difference_mg
            text = self.tr("Received: gross {gross}, stones {stone}, net {net}").format(
                gross=format_weight_mg(v.received_gross_mg or 0),
                stone=format_weight_mg(v.received_stone_mg or 0),
                net=format_weight_mg(v.received_net_mg),
            )
            if diff:
                text += " " + self.tr("({diff} against the order)").format(
                    diff=("+" if diff > 0 else "-") + format_weight_mg(abs(diff))
                )
            lines.append(escape(text))
            lines.append(escape(self.tr("Tag {tag}").format(tag=r.tag_code)))
        for m in v.materials:
            lines.append(
                escape(
                    self.tr("Customer's: {what}").format(
                        what=m.description
                        + (f" x{m.count}" if m.count else "")
                        + f" {format_weight_mg(m.weight_mg)}"
                    )
                )
            )
        for a in v.advances:
            lines.append(
                escape(
                    self.tr("Advance {number}: {amount} ({mode})").format(
                        number=a.number, amount=format_inr(a.amount), mode=a.mode
                    )
                )
            )
        if v.design_notes:
            lines.append(escape(v.design_notes))
        return "<br>".join(lines)

    def _repair_html(self, v: RepairView) -> str:
        work = ", ".join(work_text(w) for w in v.work)
        lines = [
            f"<b>{escape(v.number)}</b> · {escape(status_text(v.status))}",
            f"{escape(v.customer_name)} {escape(v.customer_mobile)}",
            f"{escape(v.description)} {escape(v.purity_label)}",
            escape(self.tr("Work: {work}").format(work=work)),
            escape(self.tr("Weight in {weight}").format(weight=format_weight_mg(v.weight_in_mg))),
            escape(self.tr("Promised on {day}").format(day=fmt_date(v.promised_on))),
        ]
        if v.karigar_name:
            lines.append(escape(self.tr("Karigar: {name}").format(name=v.karigar_name)))
        if v.weight_out_mg is not None:
            lines.append(
                escape(
                    self.tr("Weight out {weight}, metal added {added}, labour {labour}").format(
                        weight=format_weight_mg(v.weight_out_mg),
                        added=format_weight_mg(v.added_mg),
                        labour=format_inr(v.labour),
                    )
                )
            )
        if v.payable is not None:
            lines.append(
                "<b>"
                + escape(self.tr("Billed {amount}").format(amount=format_inr(v.payable)))
                + "</b>"
            )
        return "<br>".join(lines)

    def _update_buttons(self) -> None:
        item = self.current
        status = item.row.status if isinstance(item, OrderView) else (item.status if item else "")
        order = isinstance(item, OrderView)
        repair = isinstance(item, RepairView)
        enabled = {
            "karigar": ((order or repair) and status == "taken")
            or (order and status == "with_karigar"),
            "receive": (order or repair) and status == "with_karigar",
            "ready": order and status == "received",
            "deliver": (repair and status == "ready")
            or (order and status == "ready" and self._can_deliver_orders()),
            "cancel": order and status in OPEN,
            "slip": order,
        }
        for name, on in enabled.items():
            self.buttons[name].setEnabled(bool(on))

    def _can_deliver_orders(self) -> bool:
        return self.delivers_orders

    # --- steps ---------------------------------------------------------------------------------
    def _error(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc), "error")

    def _open(self, dialog: Any, signal: Any, slot: Callable[[Any], None]) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        signal.connect(slot)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self.activateWindow()
        self.view.setFocus()

    def new_order(self) -> None:
        d = OrderIntakeDialog(
            self._services, self._runner, user=self._user, today=self.today(), parent=self
        )
        self._open(d, d.order_saved, self._on_order_saved)

    def _on_order_saved(self, saved: SavedOrder) -> None:
        text = self.tr("Order {number} saved.").format(number=saved.number)
        if saved.advance_number:
            text += " " + self.tr("Advance receipt {number}.").format(number=saved.advance_number)
        self.message.show_message(text, "info")
        if self.showing_repairs():
            self.list_kind.setCurrentIndex(0)
        self.reload(saved.id)
        self._runner.run(
            self._services.order_prints.print_order_slip,
            saved.id,
            on_done=self._on_printed,
            on_error=self._error,
        )
        emit(self.order_saved, saved)

    def new_repair(self) -> None:
        d = RepairIntakeDialog(
            self._services, self._runner, user=self._user, today=self.today(), parent=self
        )
        self._open(d, d.repair_saved, self._on_repair_saved)

    def _on_repair_saved(self, view: RepairView) -> None:
        self.message.show_message(
            self.tr("Repair {number} taken in.").format(number=view.number), "info"
        )
        self.list_kind.setCurrentIndex(LISTS.index("repairs_open"))
        self.reload(view.id)
        emit(self.repair_saved, view)

    def assign(self) -> None:
        item = self.current
        if not self.buttons["karigar"].isEnabled() or item is None:
            return
        self._runner.run(
            self._services.karigars.karigars, on_done=lambda ks: self._open_assign(item, ks)
        )

    def _open_assign(self, item: OrderView | RepairView, karigars: list[Any]) -> None:
        if isinstance(item, OrderView):
            d = AssignDialog(
                self._runner, karigars=karigars, assign=self._services.orders.assign,
                subject_id=item.row.id, number=item.row.number, today=self.today(),
                promised_on=item.row.promised_on, by=self._user, parent=self,
            )  # fmt: skip
        else:
            d = AssignDialog(
                self._runner, karigars=karigars, assign=self._services.repairs.assign,
                subject_id=item.id, number=item.number, today=self.today(),
                promised_on=item.promised_on, with_due_date=False, by=self._user, parent=self,
            )  # fmt: skip
        subject = item.row.id if isinstance(item, OrderView) else item.id
        self._open(d, d.step_done, lambda _r: self._after_step(subject, "assigned"))

    def _after_step(self, subject_id: str, what: str) -> None:
        self.reload(subject_id)
        if what == "assigned":
            emit(self.order_assigned, subject_id)
        elif what == "ready":
            emit(self.order_ready, subject_id)
        elif what == "cancelled":
            emit(self.order_cancelled, subject_id)

    def receive(self) -> None:
        item = self.current
        if not self.buttons["receive"].isEnabled() or item is None:
            return
        if isinstance(item, OrderView):
            d: Any = ReceiveDialog(
                self._runner, receive=self._services.orders.receive, order_id=item.row.id,
                number=item.row.number,
                expected=weight_range(item.row.weight_min_mg, item.row.weight_max_mg),
                by=self._user, parent=self,
            )  # fmt: skip
            self._open(d, d.step_done, self._on_received)
        else:
            d = RepairReturnDialog(
                self._runner, return_repair=self._services.repairs.return_repair,
                repair_id=item.id, number=item.number,
                weight_in=format_weight_mg(item.weight_in_mg), by=self._user, parent=self,
            )  # fmt: skip
            self._open(d, d.step_done, lambda v: self.reload(v.id))

    def _on_received(self, got: ReceivedOrder) -> None:
        text = self.tr("Order {number} received: tag {tag}, net {net}.").format(
            number=got.number, tag=got.tag_code, net=format_weight_mg(got.net_mg)
        )
        if got.difference_mg:
            text += " " + self.tr("{diff} against the order.").format(
                diff=("+" if got.difference_mg > 0 else "-")
                + format_weight_mg(abs(got.difference_mg))
            )
        self.message.show_message(text, "info")
        self.reload(got.order_id)
        emit(self.order_received, got)

    def mark_ready(self) -> None:
        item = self.current
        if not self.buttons["ready"].isEnabled() or not isinstance(item, OrderView):
            return
        oid = item.row.id
        self._runner.run(
            self._services.orders.mark_ready, oid, by=self._user,
            on_done=lambda _r: self._after_step(oid, "ready"), on_error=self._error,
        )  # fmt: skip

    def cancel(self) -> None:
        item = self.current
        if not self.buttons["cancel"].isEnabled() or not isinstance(item, OrderView):
            return
        d = CancelOrderDialog(
            self._runner, cancel=self._services.orders.cancel, order_id=item.row.id,
            number=item.row.number, advance=item.row.advance, by=self._user, parent=self,
        )  # fmt: skip
        oid = item.row.id
        self._open(d, d.step_done, lambda _r: self._after_step(oid, "cancelled"))

    def deliver(self) -> None:
        item = self.current
        if not self.buttons["deliver"].isEnabled() or item is None:
            return
        if isinstance(item, RepairView):
            rid = item.id
            self._runner.run(
                self._services.repairs.deliver, rid, by=self._user,
                on_done=lambda bill: self._on_repair_delivered(rid, bill), on_error=self._error,
            )  # fmt: skip
        else:
            self._runner.run(
                self._services.orders.delivery_draft, item.row.id,
                on_done=lambda draft: emit(self.deliver_requested, draft), on_error=self._error,
            )  # fmt: skip

    def _on_repair_delivered(self, repair_id: str, bill: RepairBill) -> None:
        self.message.show_message(
            self.tr(
                "Repair {number} delivered: taxable {taxable}, GST {gst}, payable {payable}."
            ).format(
                number=bill.number,
                taxable=format_inr(bill.taxable),
                gst=format_inr(bill.cgst + bill.sgst + bill.igst),
                payable=format_inr(bill.net_payable),
            ),
            "info",
        )
        if self.list_name() == "repairs_open":  # keep the delivered repair and its bill in view
            self.list_kind.blockSignals(True)
            self.list_kind.setCurrentIndex(LISTS.index("repairs_all"))
            self.list_kind.blockSignals(False)
        self.reload(repair_id)
        emit(self.repair_delivered, bill)

    # --- printing ------------------------------------------------------------------------------
    def print_slip(self) -> None:
        item = self.current
        if isinstance(item, OrderView):
            self._runner.run(
                self._services.order_prints.print_order_slip,
                item.row.id,
                on_done=self._on_printed,
                on_error=self._error,
            )

    def karigar_slips(self) -> None:
        """Day end: every karigar's slip as A4 (with photos, opened) and on the receipt printer."""
        self._runner.run(
            self._services.order_prints.save_karigar_slips_pdf,
            on_done=self._on_pdf,
            on_error=self._error,
        )
        self._runner.run(
            self._services.order_prints.print_karigar_slips,
            on_done=self._on_printed,
            on_error=self._error,
        )

    def morning_report(self) -> None:
        self._runner.run(
            self._services.order_prints.save_morning_report_pdf,
            on_done=self._on_pdf,
            on_error=self._error,
        )

    def _on_printed(self, result: OrderPrint) -> None:
        self.message.show_message(self.tr(result.message), "info" if result.printed else "warning")
        emit(self.printed, result)

    def _on_pdf(self, result: OrderPrint) -> None:
        self.message.show_message(self.tr(result.message), "info")
        if result.pdf_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(result.pdf_path))))
        emit(self.printed, result)

    # --- karigars ------------------------------------------------------------------------------
    def open_karigars(self) -> None:
        d = KarigarsDialog(self._services, self._runner, user=self._user, parent=self)
        self._open(d, d.karigars_changed, lambda *_: self.reload())

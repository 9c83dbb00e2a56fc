"""The counter's main window: side bar of screens (each with its key), message bar, status bar."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jewelpos.config import load_settings, save_settings
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.formatting import format_inr
from jewelpos.ui.dialogs.day_end import DayEndDialog
from jewelpos.ui.dialogs.settings import CounterSettings, SettingsDialog
from jewelpos.ui.dialogs.shop_settings import ShopSettingsDialog
from jewelpos.ui.formats import fmt_date
from jewelpos.ui.labels import metal_name, role_name
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.screens import billing_schemes
from jewelpos.ui.screens.billing import BillingScreen
from jewelpos.ui.screens.customer_display import DISPLAY_KEY
from jewelpos.ui.screens.customer_display_link import CustomerDisplayLink
from jewelpos.ui.screens.customers import CUSTOMERS_KEY, CustomersScreen, customers_nav_text
from jewelpos.ui.screens.feedback import FEEDBACK_KEY, FeedbackScreen, feedback_nav_text
from jewelpos.ui.screens.messages import MESSAGES_KEY, MessagesScreen, messages_nav_text
from jewelpos.ui.screens.rates import RatesScreen
from jewelpos.ui.screens.reports import REPORTS_KEY, build_reports_screen, reports_nav_text
from jewelpos.ui.screens.schemes import SCHEMES_KEY, SchemesScreen, schemes_nav_text
from jewelpos.ui.screens.stock import StockScreen
from jewelpos.ui.screens.stock_tools import STOCK_KEYS, build_stock_screens, stock_nav_text
from jewelpos.ui.screens.users import USERS_KEY, UsersScreen, users_nav_text
from jewelpos.ui.tasks import TaskRunner
from jewelpos.ui.widgets.fit import ElidingLabel
from jewelpos.ui.widgets.message_bar import MessageBar
from jewelpos.ui.widgets.print_queue import PrintQueueStatus

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.rates import RateRow
    from jewelpos.services.setup import ShopInfo

STATUS_GOLD = ("gold", 916)
STATUS_SILVER_PREFERRED = (999, 925)
CLOCK_TICK_MS = 30_000
SIDE_BAR_WIDTH = 200
GEOMETRY_KEY = "window_geometry"  # settings.json extra: the main window's saved geometry (base64)


class MainWindow(QMainWindow):
    """Holds the screens that exist (Rates, Stock); every action has a key shown on its button."""

    logged_out = Signal()
    language_chosen = Signal(str)
    screen_changed = Signal(str)
    status_updated = Signal()
    counter_settings_saved = Signal()

    SCREENS = (
        "billing",
        "rates",
        "stock",
        *STOCK_KEYS,
        "users",
        "reports",
        "customers",
        "schemes",
        "messages",
        "feedback",
    )

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        clock: Clock,
        photos_dir: Path | None = None,
        data_dir: str = "",
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._services = services
        self._runner = runner
        self._clock = clock
        self._data_dir = data_dir
        self.user = user
        self.language = language
        self.shop: ShopInfo | None = None
        self._status_rates: list[RateRow] | None = None
        self._day: date = shop_today(clock)
        self._settings_dialog: SettingsDialog | None = None
        self.shop_settings_dialog: ShopSettingsDialog | None = None

        # --- screens ---
        self.billing_screen = BillingScreen(services, runner, user=user, clock=clock)
        self.billing_screen.back_requested.connect(self._on_billing_screen_back_requested)
        self.scheme_key = billing_schemes.install(self.billing_screen, services, runner)
        self.rates_screen = RatesScreen(services.rates, runner, clock=clock, user=user)
        self.stock_screen = StockScreen(
            services.stock, runner, photos_dir=photos_dir, tags=services.tags, user=user
        )
        self.stock_tools = build_stock_screens(
            services, runner, user=user, photos_dir=photos_dir, data_dir=data_dir
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.billing_screen)
        self.stack.addWidget(self.rates_screen)
        self.stack.addWidget(self.stock_screen)
        for tool in self.stock_tools.values():
            self.stack.addWidget(tool)
        self.users_screen = UsersScreen(services.users, runner, user=user)
        self.stack.addWidget(self.users_screen)
        self.reports_screen = build_reports_screen(services, runner, clock=clock, data_dir=data_dir)
        self.stack.addWidget(self.reports_screen)
        self.customers_screen = CustomersScreen(services, runner, user=user)
        self.stack.addWidget(self.customers_screen)
        self.schemes_screen = SchemesScreen(services, runner, user=user)
        self.stack.addWidget(self.schemes_screen)
        self.messages_screen = MessagesScreen(services, runner, user=user)
        self.stack.addWidget(self.messages_screen)
        self.feedback_screen = FeedbackScreen(services, runner, user=user)
        self.stack.addWidget(self.feedback_screen)
        self.rates_screen.rates_saved.connect(self._on_rates_screen_rates_saved)
        self.customer_display = CustomerDisplayLink(  # a window only with a second screen
            services, runner, self.billing_screen, screen_name=self._display_screen(),
            data_dir=data_dir, parent=self,
        )  # fmt: skip
        self.rates_screen.rates_saved.connect(self.customer_display.refresh)
        self.rates_screen.rates_loaded.connect(self._on_rates_screen_rates_loaded)

        # --- side bar ---
        self.side_bar = QFrame()
        self.side_bar.setObjectName("sideBar")
        self.shop_label = QLabel()
        self.shop_label.setObjectName("sideShopName")
        self.shop_label.setWordWrap(True)
        self.nav_buttons: dict[str, QPushButton] = {}
        self._nav_group = QButtonGroup(self)
        self._nav_group.setExclusive(True)
        side = QVBoxLayout(self.side_bar)
        side.setContentsMargins(10, 14, 10, 14)
        side.setSpacing(6)
        side.addWidget(self.shop_label)
        side.addSpacing(6)
        # the screens' buttons scroll when there are more than the counter's height holds
        self.nav_area = QScrollArea()
        self.nav_area.setObjectName("sideNav")
        self.nav_area.setFrameShape(QFrame.Shape.NoFrame)
        self.nav_area.setWidgetResizable(True)
        self.nav_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        nav_body = QWidget()
        nav_body.setObjectName("sideNavBody")
        nav = QVBoxLayout(nav_body)
        nav.setContentsMargins(0, 0, 0, 0)
        nav.setSpacing(4)
        keys = {
            "billing": "Ctrl+B",
            "rates": "Ctrl+1",
            "stock": "Ctrl+2",
            **STOCK_KEYS,
            "users": USERS_KEY,
            "reports": REPORTS_KEY,
            "customers": CUSTOMERS_KEY,
            "schemes": SCHEMES_KEY,
            "messages": MESSAGES_KEY,
            "feedback": FEEDBACK_KEY,
        }
        for name in self.SCREENS:
            button = QPushButton()
            button.setObjectName(f"nav_{name}")
            button.setProperty("nav", True)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys, not Tab, move between screens
            button.clicked.connect(lambda _checked=False, n=name: self.show_screen(n))
            self._nav_group.addButton(button)
            self.nav_buttons[name] = button
            nav.addWidget(button)
            action = QAction(self)
            action.setShortcut(QKeySequence(keys[name]))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, n=name: self.show_screen(n))
            self.addAction(action)
        self.nav_buttons["users"].setVisible(user.can_manage)  # the service refuses others too
        self.nav_buttons["reports"].setVisible(user.can_manage)  # owners and managers read them
        self.nav_buttons["messages"].setVisible(user.can_manage)
        nav.addStretch(1)
        self.nav_area.setWidget(nav_body)
        self.nav_area.setMinimumHeight(0)
        side.addWidget(self.nav_area, 1)
        self.day_end_button = QPushButton()
        self.day_end_button.setObjectName("dayEndButton")
        self.day_end_dialog: DayEndDialog | None = None
        self.settings_button = QPushButton()
        self.settings_button.setObjectName("settingsButton")
        self.logout_button = QPushButton()
        self.logout_button.setObjectName("logoutButton")
        for button, key, slot in (
            (self.day_end_button, "Ctrl+D", self.open_day_end),
            (self.settings_button, "F12", self.open_settings),
            (self.logout_button, "Ctrl+L", self.log_out),
        ):
            button.setProperty("nav", True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            side.addWidget(button)
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.side_bar.setFixedWidth(SIDE_BAR_WIDTH)

        # --- centre ---
        self.message = MessageBar()
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.message)
        centre_layout.addWidget(self.stack, 1)
        root = QWidget()
        root_layout = QHBoxLayout(root)
        root_layout.setContentsMargins(0, 0, 0, 0)
        root_layout.setSpacing(0)
        root_layout.addWidget(self.side_bar)
        root_layout.addWidget(centre, 1)
        self.setCentralWidget(root)

        # --- status bar ---
        self.user_status = QLabel()
        self.user_status.setObjectName("statusUser")
        self.place_status = ElidingLabel()  # branch and date give way when the bar is full
        self.rates_status = QLabel()
        self.rates_status.setObjectName("statusRates")
        self.busy_status = QLabel()
        self.busy_status.setObjectName("statusBusy")
        self.busy_status.hide()
        self.date_status = ElidingLabel()
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.user_status)
        bar.addWidget(_separator())
        bar.addWidget(self.place_status)
        bar.addWidget(_separator())
        bar.addWidget(self.rates_status)
        bar.addWidget(QLabel(), 1)
        bar.addPermanentWidget(self.busy_status)
        bar.addPermanentWidget(self.date_status)
        # prints waiting for a printer: amber, hidden at 0; Ctrl+Shift+R or a click retries them
        self.print_status = PrintQueueStatus(runner, services.prints, services.tags, parent=self)
        self.print_status.attach(self)
        self.print_status.retried.connect(self._on_print_status_retried)

        runner.failed.connect(self._on_runner_failed)
        runner.bug.connect(self._on_runner_failed)
        runner.busy_changed.connect(self._on_runner_busy_changed)
        self._tick = QTimer(self)
        self._tick.setInterval(CLOCK_TICK_MS)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._tick.start()

        self.resize(1280, 800)
        self.retranslate_ui()

    # --- start -----------------------------------------------------------------------------------
    def start(self, screen: str | None = None) -> None:
        """Load what the status bar shows and open the first screen (all through the worker).

        Cashiers and salespeople start on Billing; owners and managers on Stock.
        """
        self._runner.run(self._services.setup.shop_info, on_done=self._on_shop_info_loaded)
        self.rates_screen.reload()
        self.stock_screen.start()
        self.billing_screen.start()
        self.print_status.start()
        for tool in self.stock_tools.values():
            tool.start()  # type: ignore[attr-defined]
        if self.user.can_manage:
            self.users_screen.start()
        self.schemes_screen.start()
        self.messages_screen.start()
        if screen is None:
            screen = "stock" if self.user.can_manage else "billing"
        self.show_screen(screen)

    def _screen_widget(self, name: str) -> BillingScreen | RatesScreen | StockScreen:
        return {  # type: ignore[return-value]
            "billing": self.billing_screen,
            "rates": self.rates_screen,
            "stock": self.stock_screen,
            **self.stock_tools,
            "users": self.users_screen,
            "reports": self.reports_screen,
            "customers": self.customers_screen,
            "schemes": self.schemes_screen,
            "messages": self.messages_screen,
            "feedback": self.feedback_screen,
        }.get(name, self.stock_screen)

    def show_screen(self, name: str) -> None:
        if name in ("users", "reports", "messages") and not self.user.can_manage:
            return
        screen = self._screen_widget(name)
        if self.current_screen() != name:
            self._previous_screen = self.current_screen()
        self.nav_buttons[name].setChecked(True)
        if self.stack.currentWidget() is not screen:
            self.stack.setCurrentWidget(screen)
        if name == "rates" and self.rates_screen.day != shop_today(self._clock):
            self.rates_screen.reload()
        if name == "customers":
            self.customers_screen.start()
        screen.focus_first()
        emit(self.screen_changed, name)

    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        for name in self.SCREENS:
            if self._screen_widget(name) is current:
                return name
        return "stock"

    def _on_billing_screen_back_requested(self) -> None:
        previous = getattr(self, "_previous_screen", "billing")
        if previous != "billing":
            self.show_screen(previous)

    # --- text ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        shop = self.shop.shop_name if self.shop else ""
        self.setWindowTitle(self.tr("JewelPOS - {shop}").format(shop=shop) if shop else "JewelPOS")
        self.nav_buttons["billing"].setText(_one_line(self.tr("Billing") + "\nCtrl+B"))
        self.nav_buttons["rates"].setText(_one_line(self.tr("Rates") + "\nCtrl+1"))
        self.nav_buttons["stock"].setText(_one_line(self.tr("Stock") + "\nCtrl+2"))
        for name, text in stock_nav_text().items():
            self.nav_buttons[name].setText(_one_line(text))
        self.nav_buttons["users"].setText(_one_line(users_nav_text()))
        self.nav_buttons["reports"].setText(_one_line(reports_nav_text()))
        self.nav_buttons["customers"].setText(_one_line(customers_nav_text()))
        self.nav_buttons["schemes"].setText(_one_line(schemes_nav_text()))
        self.nav_buttons["messages"].setText(_one_line(messages_nav_text()))
        self.nav_buttons["feedback"].setText(_one_line(feedback_nav_text()))
        self.day_end_button.setText(_one_line(self.tr("Day end") + "\nCtrl+D"))
        self.settings_button.setText(_one_line(self.tr("Settings") + "\nF12"))
        self.logout_button.setText(_one_line(self.tr("Log out") + "\nCtrl+L"))
        self.busy_status.setText(self.tr("Working…"))
        self.print_status.retranslate_ui()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- status bar ------------------------------------------------------------------------------
    def _on_shop_info_loaded(self, info: ShopInfo) -> None:
        self.shop = info
        self.shop_label.setText(info.shop_name)
        self.retranslate_ui()
        emit(self.status_updated)

    def _on_rates_screen_rates_loaded(self, rows: Sequence[RateRow]) -> None:
        self._status_rates = list(rows)
        self._update_status()
        emit(self.status_updated)

    def _on_rates_screen_rates_saved(self, rows: Sequence[RateRow]) -> None:
        self._on_rates_screen_rates_loaded(rows)

    def _update_status(self) -> None:
        self.user_status.setText(
            self.tr("{name} ({role})").format(
                name=self.user.display_name, role=role_name(self.user.role)
            )
        )
        if self.shop is not None:
            self.place_status.setText(
                self.tr("Branch {branch} · Counter {counter}").format(
                    branch=self.shop.branch_code, counter=self.shop.counter_code
                )
            )
        self.date_status.setText(fmt_date(self._day, long=True))
        self.rates_status.setText(self.rates_status_text())
        missing = self.rates_missing()
        self.rates_status.setProperty("warning", missing)
        self.rates_status.style().unpolish(self.rates_status)
        self.rates_status.style().polish(self.rates_status)

    def _status_pairs(self) -> list[RateRow]:
        rows = self._status_rates or []
        chosen = [r for r in rows if (str(r.metal), int(r.purity)) == STATUS_GOLD]
        silver = {int(r.purity): r for r in rows if str(r.metal) == "silver"}
        for purity in STATUS_SILVER_PREFERRED:
            if purity in silver and (
                silver[purity].rate is not None or purity == STATUS_SILVER_PREFERRED[-1]
            ):
                chosen.append(silver[purity])
                break
        return chosen

    def rates_missing(self) -> bool:
        """Gold 22K916 or the silver rate shown has no rate for today."""
        if self._status_rates is None:
            return False
        pairs = self._status_pairs()
        return not pairs or any(r.rate is None for r in pairs)

    def rates_status_text(self) -> str:
        if self._status_rates is None:
            return ""
        parts = [
            self.tr("{metal} {purity} {rate}/g").format(
                metal=metal_name(r.metal), purity=r.label, rate=format_inr(r.rate)
            )
            for r in self._status_pairs()
            if r.rate is not None
        ]
        if self.rates_missing():
            return "  ·  ".join([self.tr("⚠ Rates not set today"), *parts])
        return "  ·  ".join(parts)

    def _on_tick_timeout(self) -> None:
        today = shop_today(self._clock)
        if today != self._day:  # past midnight: yesterday's rates are not today's
            self._day = today
            self.rates_screen.reload()
        self._update_status()

    # --- messages and busy -----------------------------------------------------------------------
    def _on_runner_failed(self, text: str) -> None:
        self.message.show_message(text, "error")

    def _on_print_status_retried(self, text: str, kind: str) -> None:
        self.message.show_message(text, kind)

    def _on_runner_busy_changed(self, busy: bool) -> None:
        self.busy_status.setVisible(busy)

    # --- day end -------------------------------------------------------------------------------
    def open_day_end(self) -> DayEndDialog:
        """Ctrl+D: the cash count and the day's sales; a manager closes the day."""
        if self.day_end_dialog is not None:
            return self.day_end_dialog
        dialog = DayEndDialog(
            self._services, self._runner, user=self.user, clock=self._clock, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_day_end_dialog_finished)
        self.day_end_dialog = dialog
        dialog.open()
        return dialog

    def _on_day_end_dialog_finished(self, _result: int) -> None:
        self.day_end_dialog = None
        self.activateWindow()
        self.billing_screen.refresh_day_state()  # closed or reopened: the banner follows
        self.show_screen(self.current_screen())

    # --- settings and log out --------------------------------------------------------------------
    def open_settings(self) -> None:
        if self._settings_dialog is not None:
            return
        prints = self._services.prints
        counter = (
            CounterSettings(
                printer_target=prints.printer_target,
                receipt_width_mm=prints.receipt_width_mm,
                upi_vpa=prints.upi_vpa,
                customer_display=self.customer_display.screen_name,
            )
            if self.user.can_manage
            else None
        )
        dialog = SettingsDialog(
            language=self.language, data_dir=self._data_dir, counter=counter, parent=self
        )
        dialog.accepted.connect(self._on_settings_accepted)
        dialog.finished.connect(self._on_settings_finished)
        dialog.shop_settings_asked.connect(self.open_shop_settings)
        self._settings_dialog = dialog
        dialog.open()

    def open_shop_settings(self) -> ShopSettingsDialog | None:
        """Settings -> Alt+H (managers): the shop's fees, limits and category defaults."""
        if not self.user.can_manage:
            return None
        dialog = ShopSettingsDialog(
            self._services, self._runner, user=self.user, parent=self._settings_dialog or self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_shop_settings_finished)
        self.shop_settings_dialog = dialog
        dialog.open()
        return dialog

    def _on_shop_settings_finished(self, _result: int) -> None:
        self.shop_settings_dialog = None
        back = self._settings_dialog
        if back is not None:  # keyboard focus back where Alt+H was pressed
            back.activateWindow()
            back.shop_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def settings_dialog(self) -> SettingsDialog | None:
        return self._settings_dialog

    def _on_settings_accepted(self) -> None:
        dialog = self._settings_dialog
        if dialog is None:
            return
        counter = dialog.chosen_counter()
        if counter is not None:
            self._runner.run(
                self._apply_counter_settings, counter, on_done=self._on_counter_settings_saved
            )
        language = dialog.chosen_language()
        if language != self.language:
            self._runner.run(
                self._services.auth.set_language,
                self.user.id,
                language,
                on_done=self._on_language_saved,
            )

    def _apply_counter_settings(self, counter: CounterSettings) -> CounterSettings:
        """On the worker: use the new printer/UPI ID now and keep them in settings.json."""
        self._services.prints.set_counter_settings(
            printer_target=counter.printer_target,
            receipt_width_mm=counter.receipt_width_mm,
            upi_vpa=counter.upi_vpa,
            by=self.user,
        )
        if self._data_dir:
            current = load_settings(Path(self._data_dir))
            extra = {
                **current.extra,
                "upi_vpa": counter.upi_vpa,
                DISPLAY_KEY: counter.customer_display,
            }
            save_settings(
                current.with_changes(
                    receipt_printer=counter.printer_target,
                    receipt_width_mm=counter.receipt_width_mm,
                    extra=extra,
                )
            )
        return counter

    def _on_counter_settings_saved(self, counter: CounterSettings) -> None:
        self.billing_screen.upi_vpa = counter.upi_vpa
        self.customer_display.set_screen(counter.customer_display)
        emit(self.counter_settings_saved)

    def _on_language_saved(self, user: UserInfo) -> None:
        self.user = user
        self.language = user.language
        emit(self.language_chosen, user.language)

    def _on_settings_finished(self, _result: int) -> None:
        if self._settings_dialog is not None:
            self._settings_dialog.deleteLater()
            self._settings_dialog = None
        self.activateWindow()
        self.show_screen(self.current_screen())

    # --- window state ----------------------------------------------------------------------------
    def show_on_counter(self) -> None:
        """Show maximised the first time; afterwards as the cashier left it (settings.json)."""
        saved = ""
        if self._data_dir:
            saved = load_settings(Path(self._data_dir)).extra.get(GEOMETRY_KEY, "")
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.show()
        else:
            self.showMaximized()

    def save_window_state(self) -> None:
        """Keep the window's state and geometry for the next start (a few bytes, at close)."""
        if not self._data_dir or not self.isVisible():
            return
        current = load_settings(Path(self._data_dir))
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        save_settings(current.with_changes(extra={**current.extra, GEOMETRY_KEY: geometry}))

    def _display_screen(self) -> str:
        """The customer display's screen as this PC's settings.json names it ("": none)."""
        if not self._data_dir:
            return ""
        return str(load_settings(Path(self._data_dir)).extra.get(DISPLAY_KEY, ""))

    def log_out(self) -> None:
        self.customer_display.close()
        self.save_window_state()
        self._tick.stop()
        self.print_status.detach()
        emit(self.logged_out)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.customer_display.close()
        self.save_window_state()
        self._tick.stop()
        self.print_status.detach()
        self.messages_screen.shutdown()
        super().closeEvent(event)


def _one_line(text: str) -> str:
    """A side-bar button's name and key on one line, so every screen's button fits the bar."""
    return "  ".join(part.strip() for part in text.split("\n") if part.strip())


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setObjectName("statusSeparator")
    return line

"""Keeps the customer display in step with the billing screen: it opens the display on the screen
this PC's settings name (only where a second screen is attached), follows the billing screen's
signals, and loads the shop's name, the display's language and today's rates through the task
runner (never on the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialog

from jewelpos.ui.screens.customer_display import (
    LOGO_FILE,
    CustomerDisplay,
    DisplayRate,
    display_bill,
)

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.ui.screens.billing import BillingScreen
    from jewelpos.ui.tasks import TaskRunner


@dataclass(frozen=True)
class _IdleData:
    shop_name: str
    language: str
    day: date
    rates: tuple[DisplayRate, ...]


class CustomerDisplayLink(QObject):
    """Keeps a CustomerDisplay in step with a billing screen, on the screen the counter's
    settings name: no window at all unless that screen is attached besides the cashier's."""

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        billing: BillingScreen,
        *,
        screen_name: str = "",
        data_dir: str = "",
        screens: Callable[[], Sequence[QScreen]] = QGuiApplication.screens,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._billing = billing
        self._screens = screens
        self._logo = Path(data_dir) / LOGO_FILE if data_dir else None
        self.screen_name = ""
        self.window: CustomerDisplay | None = None
        self.shop_language = "en"
        self.customer_language = ""
        billing.totals_changed.connect(self._on_billing_totals_changed)
        billing.bill_cleared.connect(self._on_billing_bill_cleared)
        billing.customer_changed.connect(self._on_billing_customer_changed)
        billing.dialog_opened.connect(self._on_billing_dialog_opened)
        self.set_screen(screen_name)

    def screen(self) -> QScreen | None:
        """The chosen screen, if it is attached and the counter has more than one."""
        screens = list(self._screens())
        if len(screens) < 2 or not self.screen_name:
            return None
        from jewelpos.ui.dialogs.settings import screen_id

        found = (s for i, s in enumerate(screens) if screen_id(s, i) == self.screen_name)
        return next(found, None)

    def set_screen(self, name: str) -> None:
        """Open the display on screen ``name`` ("" closes it)."""
        self.screen_name = name
        screen = self.screen()
        if screen is None:
            if self.window is not None:
                self.window.close()
                self.window.deleteLater()
                self.window = None
            return
        if self.window is None:
            self.window = CustomerDisplay(language=self._language(), logo=self._logo)
            self.window.show_idle()
            self._reload()
        window = self.window
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        active = QApplication.activeWindow()
        window.showFullScreen()
        if active is not None and active is not window:  # the cashier keeps the keyboard
            active.activateWindow()
        quote = self._billing.quote
        if quote is not None:
            self._on_billing_totals_changed(quote)

    def refresh(self, *_args: object) -> None:
        """Load the shop's name, the display's language and today's rates again."""
        if self.window is not None:
            self._reload()

    def _language(self) -> str:
        return self.customer_language or self.shop_language

    # --- the idle page's data, on the worker -------------------------------------------------------
    def _reload(self) -> None:
        self._runner.run(_idle_data, self._services, on_done=self._on_idle_data_loaded)

    def _on_idle_data_loaded(self, data: _IdleData) -> None:
        self.shop_language = data.language
        if self.window is not None:
            self.window.set_shop(data.shop_name)
            self.window.set_rates(data.day, data.rates)
            self.window.set_language(self._language())

    # --- the billing screen's signals ------------------------------------------------------------
    def _on_billing_totals_changed(self, quote: Any) -> None:
        if self.window is None:
            return
        if not quote.priced.items and not quote.old_gold_value:
            self.window.show_idle()
            return
        self.window.show_bill(display_bill(quote))

    def _on_billing_bill_cleared(self) -> None:
        self.customer_language = ""
        if self.window is not None:
            self.window.show_idle()
            self._reload()  # the next customer sees the rates as they are now

    def _on_billing_customer_changed(self, customer: Any) -> None:
        language = str(getattr(customer, "language", "") or "")
        self.customer_language = language if language in ("en", "hi") else ""
        if self.window is not None:
            self.window.set_language(self._language())

    def _on_billing_dialog_opened(self, dialog: QDialog) -> None:
        from jewelpos.ui.dialogs.payment import PaymentDialog

        if not isinstance(dialog, PaymentDialog) or self.window is None:
            return
        dialog.upi_qr_changed.connect(self._on_payment_qr_changed)
        dialog.finished.connect(self._on_payment_finished)
        amount = dialog.qr_amount()
        if amount is not None:
            self._on_payment_qr_changed((dialog.qr_uri(), amount))

    def _on_payment_qr_changed(self, qr: tuple[str, Decimal] | None) -> None:
        if self.window is not None:
            self.window.show_qr(qr)

    def _on_payment_finished(self, _result: int) -> None:
        if self.window is not None:
            self.window.show_qr(None)

    def close(self) -> None:
        """Close the window (the cashier logs out or the app quits)."""
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None


def _idle_data(services: Services) -> _IdleData:
    """On the worker: the shop's name, the display's language and today's set rates."""
    shop = services.billing.shop()
    settings = services.shop_settings.load()
    day = services.rates.today()
    rows = services.rates.rates_for_day(day)
    rates = tuple(DisplayRate(r.metal, r.label, r.rate) for r in rows if r.rate is not None)
    return _IdleData(shop.shop_name, settings.customer_display_language, day, rates)

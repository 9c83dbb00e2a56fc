"""Billing screen key Ctrl+U: type a discount coupon's code; the service checks it (dates, the
customer, its limit) and the bill takes it as a pre-tax discount on making and VA (the quote
works out how much). Ctrl+U on a bill with a coupon takes the coupon off again."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError
from jewelpos.domain.formatting import format_inr
from jewelpos.services.billing.rule_discounts import DiscountRule
from jewelpos.services.coupons import COUPON
from jewelpos.ui.messages import error_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services.billing import BillDraft, BillQuote
    from jewelpos.ui.screens.billing import BillingScreen

COUPON_KEY = "Ctrl+U"


def discounts_text(draft: BillDraft, quote: BillQuote | None) -> str:
    """ "Before tax: Coupon DIWALI10 -₹600.20" for the rules on the bill, or ""."""
    if not draft.discounts or quote is None:
        return ""
    parts = [
        f"{rule.label} -{format_inr(amount)}"
        for rule, amount in zip(draft.discounts, quote.discount_totals, strict=False)
    ]
    return QCoreApplication.translate("BillingScreen", "Before tax: {list}").format(
        list=" · ".join(parts)
    )


def without_coupons(rules: tuple[DiscountRule, ...]) -> tuple[DiscountRule, ...]:
    return tuple(r for r in rules if r.kind != COUPON)


class CouponDialog(QDialog):
    """Type a coupon's code; Enter checks it and puts it on the bill (emits ``applied``)."""

    applied = Signal(object)  # DiscountRule

    def __init__(self, screen: BillingScreen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("couponDialog")
        self._screen = screen
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.message = MessageBar()
        self.code_label = QLabel()
        self.code = QLineEdit()
        self.code.setObjectName("couponCode")
        self.code.setMaxLength(20)
        self.code_label.setBuddy(self.code)
        self.code.returnPressed.connect(self.check)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.code_label)
        layout.addWidget(self.code)
        layout.addLayout(buttons)
        self.resize(460, 220)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Coupon"))
        self.title.setText(self.tr("Discount coupon: off making and VA, before tax"))
        self.code_label.setText(self.tr("Type the coupon code, then Enter"))
        self.close_button.setText(self.tr("Close  (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def check(self) -> None:
        code = self.code.text().strip()
        if not code:
            self.message.show_message(self.tr("Type the coupon code."), "error")
            return
        customer = self._screen.customer
        self._screen._runner.run(
            self._screen._services.coupons.rule_for,
            code,
            customer_id=customer.id if customer is not None else None,
            on_done=self._on_rule,
            on_error=self._on_error,
        )

    def _on_rule(self, rule: DiscountRule) -> None:
        screen = self._screen
        if any(
            r.kind == rule.kind and r.source_id == rule.source_id for r in screen.draft.discounts
        ):
            self.message.show_message(self.tr("This coupon is on the bill already."), "error")
            return
        if not screen._set_draft(replace(screen.draft, discounts=(*screen.draft.discounts, rule))):
            return
        q = screen.quote
        amount = q.discount_totals[-1] if q is not None and q.discount_totals else None
        if amount is not None:
            screen.message.show_message(
                self.tr("{label}: {amount} off before tax.").format(
                    label=rule.label, amount=format_inr(amount)
                ),
                "info",
            )
        emit(self.applied, rule)
        self.accept()

    def _on_error(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc), "error")
        self.code.selectAll()


class CouponKey(QObject):
    """The key, its button on the key bar, and what it does."""

    removed = Signal()

    def __init__(self, screen: BillingScreen) -> None:
        super().__init__(screen)
        self._screen = screen
        self.button = QPushButton()
        self.button.setObjectName("key_coupon")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.trigger)
        layout: Any = screen.more_keys
        layout.insertWidget(max(0, layout.count() - 3), self.button, 1)
        action = QAction(screen)
        action.setShortcut(QKeySequence(COUPON_KEY))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.trigger)
        screen.addAction(action)
        screen.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(
            f"{COUPON_KEY}\n" + QCoreApplication.translate("BillingScreen", "Coupon")
        )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._screen and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def trigger(self) -> None:
        screen = self._screen
        if any(r.kind == COUPON for r in screen.draft.discounts):
            screen._set_draft(
                replace(screen.draft, discounts=without_coupons(screen.draft.discounts))
            )
            screen.message.show_message(
                QCoreApplication.translate("BillingScreen", "The coupon is off the bill."),
                "info",
            )
            emit(self.removed)
            return
        if screen.quote is None or not screen.draft.lines:
            screen.message.show_message(
                QCoreApplication.translate("BillingScreen", "Add the bill's lines first."),
                "info",
            )
            return
        screen._open_dialog(CouponDialog(screen, parent=screen))


def install(screen: BillingScreen) -> CouponKey:
    """Put the coupon key on the billing screen."""
    return CouponKey(screen)

"""Billing screen keys for rewards set off after tax: Ctrl+J uses the customer's loyalty points
(up to the shop's limits) or takes them off; Ctrl+G scans a gift voucher (its balance, at most
the amount due). Both go through the bill's one set-off mechanism; the limits are the
services'. ``install(screen)`` adds the two keys and their buttons to the key bar."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
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
from jewelpos.domain.money import ZERO
from jewelpos.services.loyalty import POINTS
from jewelpos.services.set_offs import SetOffUse
from jewelpos.services.vouchers import VOUCHER
from jewelpos.ui.messages import error_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.ui.screens.billing import BillingScreen

POINTS_KEY = "Ctrl+J"
VOUCHER_KEY = "Ctrl+G"


def _due(screen: BillingScreen, *, without: str) -> Decimal:
    """What is left to pay after the other set-offs (the invoice value less old gold)."""
    q = screen.quote
    if q is None:
        return ZERO
    others = sum((u.amount for u in screen.draft.set_offs if u.kind != without), ZERO)
    return q.invoice_value - q.old_gold_value - others


def toggle_points(screen: BillingScreen) -> None:
    """Ctrl+J: set off the customer's points (as many as the rule allows), or take them off."""
    draft = screen.draft
    if any(u.kind == POINTS for u in draft.set_offs):
        screen._set_draft(
            replace(draft, set_offs=tuple(u for u in draft.set_offs if u.kind != POINTS))
        )
        return
    customer = screen.customer
    if customer is None:
        screen.message.show_message(
            QCoreApplication.translate(
                "BillingScreen",
                "Points belong to a customer: put the customer on the bill first (F4).",
            ),
            "info",
        )
        return
    q = screen.quote
    if q is None or not draft.lines:
        screen.message.show_message(
            QCoreApplication.translate("BillingScreen", "Add the bill's lines first."), "info"
        )
        return
    screen._runner.run(
        screen._services.loyalty.redeemable,
        customer.id,
        q.invoice_value,
        due=_due(screen, without=POINTS),
        on_done=partial(_on_redeemable, screen, customer.id),
    )


def _on_redeemable(screen: BillingScreen, customer_id: str, amount: Decimal) -> None:
    if screen.customer is None or screen.customer.id != customer_id:
        return
    if amount <= 0:
        screen.message.show_message(
            QCoreApplication.translate(
                "BillingScreen", "{name} has no points to use on this bill."
            ).format(name=screen.customer.name),
            "info",
        )
        emit(screen.rewards_changed, None)
        return
    use = SetOffUse(
        POINTS, customer_id, amount, QCoreApplication.translate("BillingScreen", "Loyalty points")
    )
    if screen._set_draft(replace(screen.draft, set_offs=(*screen.draft.set_offs, use))):
        screen.message.clear()
    emit(screen.rewards_changed, use)


class VoucherScanDialog(QDialog):
    """Scan or type a gift voucher's code; Enter checks it and sets it off (emits ``used``)."""

    used = Signal(object)  # SetOffUse

    def __init__(self, screen: BillingScreen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voucherScanDialog")
        self._screen = screen
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.message = MessageBar()
        self.code_label = QLabel()
        self.code = QLineEdit()
        self.code.setObjectName("voucherCode")
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
        self.setWindowTitle(self.tr("Gift voucher"))
        self.title.setText(self.tr("Pay with a gift voucher"))
        self.code_label.setText(self.tr("Scan or type the voucher code, then Enter"))
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
            self.message.show_message(self.tr("Scan or type the voucher code."), "error")
            return
        self._screen._runner.run(
            self._screen._services.vouchers.use,
            code,
            due=_due(self._screen, without=""),
            on_done=self._on_use,
            on_error=self._on_error,
        )

    def _on_use(self, use: SetOffUse) -> None:
        screen = self._screen
        if any(u.kind == VOUCHER and u.source_id == use.source_id for u in screen.draft.set_offs):
            self.message.show_message(self.tr("This voucher is on the bill already."), "error")
            return
        if use.amount <= 0:
            self.message.show_message(self.tr("Nothing is left to pay on this bill."), "error")
            return
        if screen._set_draft(replace(screen.draft, set_offs=(*screen.draft.set_offs, use))):
            screen.message.show_message(
                self.tr("{label}: {amount} set off.").format(
                    label=use.label, amount=format_inr(use.amount)
                ),
                "info",
            )
            emit(self.used, use)
            emit(screen.rewards_changed, use)
            self.accept()

    def _on_error(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc), "error")
        self.code.selectAll()


def open_voucher(screen: BillingScreen) -> VoucherScanDialog | None:
    """Ctrl+G: the voucher scan dialog (the bill needs its lines first)."""
    if screen.quote is None or not screen.draft.lines:
        screen.message.show_message(
            QCoreApplication.translate("BillingScreen", "Add the bill's lines first."), "info"
        )
        return None
    dialog = VoucherScanDialog(screen, parent=screen)
    screen._open_dialog(dialog)
    return dialog


def key_texts() -> dict[str, str]:
    return {
        "points": f"{POINTS_KEY}\n" + QCoreApplication.translate("BillingScreen", "Points"),
        "voucher": f"{VOUCHER_KEY}\n" + QCoreApplication.translate("BillingScreen", "Voucher"),
    }


def install(screen: BillingScreen) -> None:
    """Add the points and voucher keys (and buttons) to the billing screen's key bar."""
    bar = screen.more_keys
    assert isinstance(bar, QHBoxLayout)
    for name, key, slot in (
        ("points", POINTS_KEY, partial(toggle_points, screen)),
        ("voucher", VOUCHER_KEY, partial(open_voucher, screen)),
    ):
        button = QPushButton()
        button.setObjectName(f"key_{name}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False, s=slot: s())
        bar.insertWidget(bar.count() - 3, button, 1)  # before Find, Remove and Back
        screen.buttons[name] = button
        action = QAction(screen)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _c=False, s=slot: s())
        screen.addAction(action)
        screen.key_actions[name] = action

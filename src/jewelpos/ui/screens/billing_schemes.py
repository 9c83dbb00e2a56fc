"""Billing screen key Ctrl+K: redeem the customer's matured scheme accounts on the bill through
the bill's set-offs (the savings and a set-off bonus after tax; a pre-tax bonus as a discount
before tax), or take them off again. Installed on the screen by the main window."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from jewelpos.domain.errors import JewelPOSError
from jewelpos.domain.money import ZERO
from jewelpos.services.billing.rule_discounts import DiscountRule
from jewelpos.services.scheme_redemption import SCHEME
from jewelpos.ui.messages import error_text
from jewelpos.ui.qtcompat import emit

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.set_offs import SetOffUse
    from jewelpos.ui.screens.billing import BillingScreen
    from jewelpos.ui.tasks import TaskRunner

REDEEM_KEY = "Ctrl+K"


class SchemeRedeemKey(QObject):
    """The key, its button on the key bar, and what it does."""

    redeemed = Signal(tuple)  # the scheme set-offs put on the bill (empty when taken off)

    def __init__(self, screen: BillingScreen, services: Services, runner: TaskRunner) -> None:
        super().__init__(screen)
        self._screen = screen
        self._services = services
        self._runner = runner
        self.button = QPushButton()
        self.button.setObjectName("key_scheme")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.toggle)
        layout: Any = screen.more_keys
        layout.insertWidget(max(0, layout.count() - 3), self.button, 1)
        action = QAction(screen)
        action.setShortcut(QKeySequence(REDEEM_KEY))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.toggle)
        screen.addAction(action)
        screen.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(
            f"{REDEEM_KEY}\n" + QCoreApplication.translate("BillingScreen", "Scheme")
        )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._screen and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _others(self) -> tuple[SetOffUse, ...]:
        return tuple(u for u in self._screen.draft.set_offs if u.kind != SCHEME)

    def _other_rules(self) -> tuple[DiscountRule, ...]:
        return tuple(r for r in self._screen.draft.discounts if r.kind != SCHEME)

    def toggle(self) -> None:
        screen = self._screen
        if any(u.kind == SCHEME for u in screen.draft.set_offs):
            screen._set_draft(
                replace(screen.draft, set_offs=self._others(), discounts=self._other_rules())
            )
            emit(self.redeemed, ())
            return
        if screen.customer is None:
            screen.message.show_message(
                QCoreApplication.translate(
                    "BillingScreen",
                    "A scheme belongs to a customer: put the customer on the bill first (F4).",
                ),
                "info",
            )
            return
        q = screen.quote
        if q is None or not screen.draft.lines:
            screen.message.show_message(
                QCoreApplication.translate(
                    "BillingScreen", "Add the jewellery first, then redeem the scheme."
                )
            )
            return
        due = q.invoice_value - q.old_gold_value - sum((u.amount for u in self._others()), ZERO)
        self._runner.run(
            self._services.scheme_redemptions.uses_for,
            screen.customer.id,
            due=due,
            on_done=self._with_bonus,
            on_error=self._fail,
        )

    def _with_bonus(self, uses: tuple[SetOffUse, ...]) -> None:
        """A plan with a making bonus also gives the bill its pre-tax rule (one more read)."""
        customer = self._screen.customer
        if not uses or customer is None:
            self._apply(uses, ())
            return
        self._runner.run(
            self._services.scheme_redemptions.making_bonus_rules,
            customer.id,
            uses,
            on_done=lambda rules: self._apply(uses, rules),
            on_error=self._fail,
        )

    def _apply(self, uses: tuple[SetOffUse, ...], rules: tuple[DiscountRule, ...]) -> None:
        screen = self._screen
        if not uses:
            screen.message.show_message(
                QCoreApplication.translate(
                    "BillingScreen", "{name} has no matured scheme to redeem on this bill."
                ).format(name=screen.customer.name if screen.customer else ""),
                "info",
            )
            return
        draft = replace(
            screen.draft, set_offs=self._others() + uses, discounts=self._other_rules() + rules
        )
        if screen._set_draft(draft):
            screen.message.clear()
            emit(self.redeemed, uses)

    def _fail(self, exc: JewelPOSError) -> None:
        self._screen.message.show_message(error_text(exc), "error")


def install(screen: BillingScreen, services: Services, runner: TaskRunner) -> SchemeRedeemKey:
    """Put the scheme key on the billing screen."""
    return SchemeRedeemKey(screen, services, runner)

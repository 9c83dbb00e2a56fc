"""Make a discount coupon (F7 on the Customers screen, owners and managers): its code, a percent
off making (and VA) or a flat amount, the minimum bill, the days it is valid, once per customer
and how many bills may use it; Enter on the last field makes it. The rules, and who may make
one, are the coupon service's."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import JewelPOSError
from jewelpos.services.coupons import CouponInput
from jewelpos.ui.messages import error_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import EnterNavigator
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.coupons import CouponInfo, CouponService
    from jewelpos.ui.tasks import TaskRunner

DATE_FORMAT = "%d-%m-%Y"


class NewCouponDialog(QDialog):
    """Emits ``made(CouponInfo)``; stays open saying what was made."""

    made = Signal(object)

    def __init__(
        self,
        coupons: CouponService,
        runner: TaskRunner,
        *,
        user: UserInfo,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newCouponDialog")
        self._coupons = coupons
        self._runner = runner
        self._user = user
        today = shop_today(clock)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.code = QLineEdit()
        self.code.setObjectName("couponNewCode")
        self.code.setMaxLength(20)
        self.percent = QLineEdit()
        self.percent.setObjectName("couponPercent")
        self.amount = QLineEdit()
        self.amount.setObjectName("couponAmount")
        self.on_va = QComboBox()
        self.on_va.setObjectName("couponOnVa")
        self.min_bill = QLineEdit()
        self.min_bill.setObjectName("couponMinBill")
        self.valid_from = QLineEdit(today.strftime(DATE_FORMAT))
        self.valid_from.setObjectName("couponFrom")
        self.valid_to = QLineEdit((today + timedelta(days=30)).strftime(DATE_FORMAT))
        self.valid_to.setObjectName("couponTo")
        self.once = QComboBox()
        self.once.setObjectName("couponOnce")
        self.limit = QLineEdit("0")
        self.limit.setObjectName("couponLimit")
        self.made_text = QLabel()
        self.made_text.setObjectName("couponMade")
        self.made_text.setWordWrap(True)
        fields: list[QWidget] = [
            self.code,
            self.percent,
            self.amount,
            self.on_va,
            self.min_bill,
            self.valid_from,
            self.valid_to,
            self.once,
            self.limit,
        ]
        self._labels = [QLabel() for _ in fields]
        form = QFormLayout()
        for label, widget in zip(self._labels, fields, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self._navigator = EnterNavigator(fields, self.make, self)
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
        layout.addLayout(form)
        layout.addWidget(self.made_text)
        layout.addLayout(buttons)
        self.resize(560, 460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New coupon"))
        self.title.setText(self.tr("New discount coupon (before tax, on making and VA)"))
        for combo in (self.on_va, self.once):
            current = combo.currentIndex()
            combo.clear()
            combo.addItem(self.tr("No"), False)
            combo.addItem(self.tr("Yes"), True)
            combo.setCurrentIndex(max(0, current))
        texts = (
            self.tr("&Code"),
            self.tr("&Percent off making (or leave empty)"),
            self.tr("&Flat amount off (or leave empty)"),
            self.tr("Also off &VA"),
            self.tr("&Minimum bill (taxable, before the coupon)"),
            self.tr("Valid f&rom (dd-mm-yyyy)"),
            self.tr("Valid &to (dd-mm-yyyy)"),
            self.tr("&Once per customer"),
            self.tr("How many &bills may use it (0: no limit)"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.close_button.setText(self.tr("Close  (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fail(self, text: str, widget: QWidget) -> None:
        self.message.show_message(text, "error")
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def make(self) -> None:
        """Enter on the last field: make the coupon (what was typed stays on an error)."""
        money: dict[str, Decimal] = {}
        for name, widget, label in (
            ("percent", self.percent, self.tr("Percent off making")),
            ("amount", self.amount, self.tr("Flat amount off")),
            ("min_bill", self.min_bill, self.tr("Minimum bill")),
        ):
            text = widget.text().replace(",", "").strip() or "0"
            try:
                money[name] = Decimal(text)
            except InvalidOperation:
                self._fail(
                    self.tr("{field}: type a number, like 10 or 500.").format(field=label), widget
                )
                return
        days: list[date] = []
        for widget, label in (
            (self.valid_from, self.tr("Valid from")),
            (self.valid_to, self.tr("Valid to")),
        ):
            try:
                days.append(datetime.strptime(widget.text().strip(), DATE_FORMAT).date())
            except ValueError:
                self._fail(
                    self.tr("{field}: type a date like 31-12-2026.").format(field=label), widget
                )
                return
        try:
            limit = int(self.limit.text().strip() or "0")
        except ValueError:
            self._fail(self.tr("Type how many bills may use it, like 100."), self.limit)
            return
        inp = CouponInput(
            code=self.code.text(),
            valid_from=days[0],
            valid_to=days[1],
            percent=money["percent"],
            amount=money["amount"],
            on_va=bool(self.on_va.currentData()),
            min_bill=money["min_bill"],
            once_per_customer=bool(self.once.currentData()),
            max_uses=limit,
        )
        self._runner.run(
            self._coupons.create, inp, by=self._user, on_done=self._on_made, on_error=self._on_error
        )

    def _on_made(self, info: CouponInfo) -> None:
        self.made_text.setText(
            self.tr("Coupon {code} is ready, valid {start} to {end}.").format(
                code=info.code,
                start=info.valid_from.strftime(DATE_FORMAT),
                end=info.valid_to.strftime(DATE_FORMAT),
            )
        )
        self.message.clear()
        emit(self.made, info)

    def _on_error(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc), "error")
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

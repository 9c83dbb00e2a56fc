"""The small forms that move an order or repair on: give it to a karigar, receive it back with
its weights, cancel it (saying what happens to the advance), return a repair. Enter moves from
field to field, F10 saves, Esc closes; errors show at their field and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QWidget,
)

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.orders import AdvanceDisposition
from jewelpos.ui.dialogs.order_intake import grams_field, money_field, pydate, qdate
from jewelpos.ui.widgets.step_dialog import StepDialog

if TYPE_CHECKING:
    from jewelpos.services.karigars import KarigarInfo
    from jewelpos.ui.tasks import TaskRunner


class AssignDialog(StepDialog):
    """Give an order (or a repair) to a karigar, with the date he must bring it back."""

    def __init__(
        self,
        runner: TaskRunner,
        *,
        karigars: list[KarigarInfo],
        assign: Callable[..., Any],
        subject_id: str,
        number: str,
        today: date,
        promised_on: date,
        with_due_date: bool = True,
        by: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("assignDialog")
        self._assign, self._id, self._by, self._number = assign, subject_id, by, number
        self._with_due = with_due_date
        self.karigar = QComboBox()
        for k in karigars:
            self.karigar.addItem(f"{k.name}  {k.specialities}".strip(), k.id)
        self.add_row("karigar", self.karigar)
        self.due = QDateEdit(qdate(min(promised_on, max(today, promised_on))))
        self.due.setDisplayFormat("dd-MM-yyyy")
        self.due.setCalendarPopup(True)
        self.due.setMinimumDate(qdate(today))
        if with_due_date:
            self.add_row("karigar_due_on", self.due)
        self.finish_form()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Give to karigar"))
        self.title.setText(self.tr("{number}: give to a karigar").format(number=self._number))
        self.labels["karigar"].setText(self.tr("&Karigar"))
        if "karigar_due_on" in self.labels:
            self.labels["karigar_due_on"].setText(self.tr("&Bring back by"))
        if not self.karigar.count():
            self.info.setText(self.tr("No karigars yet: add one with Ctrl+K on the Orders screen."))

    def call(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        karigar_id = self.karigar.currentData()
        if not karigar_id:
            raise ValidationError("karigar", "choose a karigar")
        kwargs: dict[str, Any] = {"karigar_id": str(karigar_id), "by": self._by}
        if self._with_due:
            kwargs["due_on"] = pydate(self.due.date())
        return self._assign, (self._id,), kwargs


class ReceiveDialog(StepDialog):
    """The piece is back from the karigar: gross and stone weight, his wastage and labour."""

    def __init__(
        self,
        runner: TaskRunner,
        *,
        receive: Callable[..., Any],
        order_id: str,
        number: str,
        expected: str,
        by: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("receiveDialog")
        self._receive, self._id, self._by, self._number, self._expected = (
            receive,
            order_id,
            by,
            number,
            expected,
        )
        self.gross = QLineEdit()
        self.stone = QLineEdit()
        self.wastage = QLineEdit()
        self.labour = QLineEdit()
        self.huids = QLineEdit()
        for name, w in (
            ("gross_mg", self.gross),
            ("stone_mg", self.stone),
            ("wastage", self.wastage),
            ("labour", self.labour),
            ("huids", self.huids),
        ):
            self.add_row(name, w)
        self.finish_form()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Receive from karigar"))
        self.title.setText(
            self.tr("{number}: received from the karigar").format(number=self._number)
        )
        self.info.setText(
            self.tr("Ordered: {weight}. The piece gets a tag and is kept for this order.").format(
                weight=self._expected
            )
        )
        self.labels["gross_mg"].setText(self.tr("&Gross weight (g)"))
        self.labels["stone_mg"].setText(self.tr("&Stone weight (g)"))
        self.labels["wastage"].setText(self.tr("Karigar's &wastage (g)"))
        self.labels["labour"].setText(self.tr("Karigar's &labour (₹)"))
        self.labels["huids"].setText(self.tr("&HUIDs (if hallmarked)"))
        self.huids.setPlaceholderText(self.tr("6 letters or digits each, separated by commas"))

    def call(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        gross = grams_field(self.gross.text(), "gross_mg")
        stone = grams_field(self.stone.text(), "stone_mg", required=False) or 0
        wastage = grams_field(self.wastage.text(), "wastage", required=False) or 0
        labour = money_field(self.labour.text(), "labour") or Decimal(0)
        return (
            self._receive,
            (self._id,),
            {
                "gross_mg": gross,
                "stone_mg": stone,
                "wastage_mg": wastage,
                "labour": labour,
                "by": self._by,
            },
        )


class CancelOrderDialog(StepDialog):
    """Cancel an order: why, and (with an advance) refunded or kept as the customer's credit."""

    def __init__(
        self,
        runner: TaskRunner,
        *,
        cancel: Callable[..., Any],
        order_id: str,
        number: str,
        advance: Decimal,
        by: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("cancelOrderDialog")
        self._cancel, self._id, self._by, self._number, self._advance = (
            cancel,
            order_id,
            by,
            number,
            advance,
        )
        self.reason = QLineEdit()
        self.add_row("reason", self.reason)
        self.disposition = QComboBox()
        self.disposition.addItem("", AdvanceDisposition.CREDIT.value)
        self.disposition.addItem("", AdvanceDisposition.REFUNDED.value)
        if advance > 0:
            self.add_row("advance", self.disposition)
        self.finish_form()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Cancel order"))
        self.title.setText(self.tr("Cancel order {number}").format(number=self._number))
        self.labels["reason"].setText(self.tr("&Reason"))
        if "advance" in self.labels:
            from jewelpos.domain.formatting import format_inr

            self.labels["advance"].setText(
                self.tr("&Advance {amount}").format(amount=format_inr(self._advance))
            )
        self.disposition.setItemText(0, self.tr("Kept as the customer's credit"))
        self.disposition.setItemText(1, self.tr("Refunded to the customer"))
        self.save_button.setText(self.tr("Cancel the order  F10"))
        self.cancel_button.setText(self.tr("Back  Esc"))

    def call(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        disposition = (
            AdvanceDisposition(str(self.disposition.currentData())) if self._advance > 0 else None
        )
        return (
            self._cancel,
            (self._id,),
            {"disposition": disposition, "reason": self.reason.text(), "by": self._by},
        )


class RepairReturnDialog(StepDialog):
    """A repair back from the karigar: weight out, metal added and the labour to charge."""

    def __init__(
        self,
        runner: TaskRunner,
        *,
        return_repair: Callable[..., Any],
        repair_id: str,
        number: str,
        weight_in: str,
        by: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("repairReturnDialog")
        self._fn, self._id, self._by, self._number, self._in = (
            return_repair,
            repair_id,
            by,
            number,
            weight_in,
        )
        self.weight_out = QLineEdit()
        self.added = QLineEdit()
        self.labour = QLineEdit()
        self.labour_gst = QLineEdit()
        for name, w in (
            ("weight_out", self.weight_out),
            ("metal_added", self.added),
            ("labour", self.labour),
            ("labour_gst", self.labour_gst),
        ):
            self.add_row(name, w)
        self.finish_form()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Repair back"))
        self.title.setText(self.tr("{number}: back from the karigar").format(number=self._number))
        self.info.setText(self.tr("Weight in: {weight}").format(weight=self._in))
        self.labels["weight_out"].setText(self.tr("Weight &out (g)"))
        self.labels["metal_added"].setText(self.tr("&Metal added (g)"))
        self.labels["labour"].setText(self.tr("&Labour to charge (₹)"))
        self.labels["labour_gst"].setText(self.tr("Labour &GST % (empty: the shop's rate)"))

    def call(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        out = grams_field(self.weight_out.text(), "weight_out")
        added = grams_field(self.added.text(), "metal_added", required=False) or 0
        labour = money_field(self.labour.text(), "labour") or Decimal(0)
        gst = money_field(self.labour_gst.text(), "labour_gst")
        return (
            self._fn,
            (self._id,),
            {
                "weight_out_mg": out,
                "added_mg": added,
                "labour": labour,
                "labour_gst_percent": gst,
                "by": self._by,
            },
        )

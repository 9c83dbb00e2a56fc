"""Set a salesperson's target for a month: value before GST, gold net weight, new customers
and scheme enrolments. The service checks that a manager sets it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit, QWidget

from jewelpos.domain.weight import grams_from_mg
from jewelpos.services.staff_targets import TargetInput
from jewelpos.ui.widgets.care_form import CareDialog, qdate, staff_combo

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.staff_targets import StaffTargetService, TargetRow
    from jewelpos.ui.tasks import TaskRunner


class TargetDialog(CareDialog):
    """The month is the board's; Enter moves on, Ctrl+S saves."""

    def __init__(
        self,
        staff_targets: StaffTargetService,
        runner: TaskRunner,
        *,
        user: UserInfo,
        staff: Sequence[tuple[str, str]],
        month: date,
        current: TargetRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("targetDialog")
        self.setWindowTitle(self.tr("Set a monthly target"))
        self._service = staff_targets
        self._user = user
        self._month = month
        self.intro.setText(
            self.tr("Target for {month}").format(
                month=QLocale().toString(qdate(month), "MMMM yyyy")
            )
        )
        self.intro.show()
        self.person = staff_combo(staff)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("rupees, e.g. 1500000"))
        self.weight = QLineEdit()
        self.weight.setPlaceholderText(self.tr("grams, e.g. 250.000"))
        self.customers = QLineEdit()
        self.enrolments = QLineEdit()
        for box in (self.value, self.weight, self.customers, self.enrolments):
            box.setMaxLength(14)
        if current is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(current.user_id)))
            t = current.target
            if t is not None:
                self.value.setText(str(t.value))
                self.weight.setText(str(grams_from_mg(t.weight_mg)))
                self.customers.setText(str(t.new_customers))
                self.enrolments.setText(str(t.scheme_enrolments))
        self.add_rows(
            [
                ("salesperson_id", self.tr("&Salesperson"), self.person),
                ("target_value", self.tr("&Value before GST (₹)"), self.value),
                ("target_weight", self.tr("Gold net &weight (g)"), self.weight),
                ("target_new_customers", self.tr("&New customers"), self.customers),
                ("target_enrolments", self.tr("Scheme &enrolments"), self.enrolments),
            ]
        )
        self.save_button.setText(self.tr("Save target  (Ctrl+S)"))
        (self.value if current is not None else self.person).setFocus()

    def call(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        inp = TargetInput(
            user_id=str(self.person.currentData() or ""),
            month=self._month,
            value=self.value.text(),
            weight_g=self.weight.text(),
            new_customers=self.customers.text(),
            scheme_enrolments=self.enrolments.text(),
        )
        return self._service.set_target, (inp,), {"by": self._user}

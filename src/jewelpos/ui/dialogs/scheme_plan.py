"""A new savings plan (Schemes screen, F9; owners and managers, the service checks): code, name,
amount or weight plan, instalment and count, bonus rule and treatment, grace days, lateness,
partial redemption and early closure. Enter moves on and saves on the last field."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.schemes import BonusRule, BonusTreatment, EarlyClosure, PlanKind, PlanTerms
from jewelpos.services.schemes import PlanInput
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import EnterNavigator, ErrorLabel


class PlanDialog(QDialog):
    submitted = Signal(object)  # PlanInput

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schemePlanDialog")
        self.setWindowTitle(self.tr("New savings plan"))
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.kind = self._combo(
            (self.tr("Amount plan"), PlanKind.AMOUNT),
            (self.tr("Weight plan: gold 22K916 at each day's rate"), PlanKind.WEIGHT),
        )
        self.instalment = QLineEdit("5000")
        self.count = QLineEdit("11")
        self.rule = self._combo(
            (self.tr("One instalment"), BonusRule.ONE_INSTALMENT),
            (self.tr("A percent of one instalment"), BonusRule.PERCENT_OF_ONE),
            (self.tr("A percent off making"), BonusRule.MAKING_DISCOUNT),
        )
        self.percent = QLineEdit("0")
        self.treatment = self._combo(
            (self.tr("Set off after tax with the savings"), BonusTreatment.SET_OFF),
            (self.tr("A discount before GST"), BonusTreatment.PRE_TAX),
        )
        self.grace = QLineEdit("7")
        self.late_cut = QLineEdit("0")
        self.forfeit = QLineEdit("0")
        self.partial = self._combo((self.tr("No"), False), (self.tr("Yes"), True))
        self.closure = self._combo(
            (self.tr("Refund the savings"), EarlyClosure.REFUND),
            (self.tr("Keep the savings as credit"), EarlyClosure.CREDIT),
            (self.tr("Not allowed"), EarlyClosure.NONE),
        )
        form = QFormLayout()
        rows = (
            (self.tr("Plan code"), self.code),
            (self.tr("Plan name"), self.name),
            (self.tr("Kind"), self.kind),
            (self.tr("Monthly instalment (Rs)"), self.instalment),
            (self.tr("Number of instalments"), self.count),
            (self.tr("Bonus"), self.rule),
            (self.tr("Bonus percent"), self.percent),
            (self.tr("Bonus is"), self.treatment),
            (self.tr("Grace days"), self.grace),
            (self.tr("Bonus cut per late instalment (%)"), self.late_cut),
            (self.tr("Late instalments that lose the bonus (0: never)"), self.forfeit),
            (self.tr("Partial redemption"), self.partial),
            (self.tr("Closing early"), self.closure),
        )
        for label, widget in rows:
            form.addRow(label, widget)
        self.error = ErrorLabel()
        save = QPushButton(self.tr("Save  (Enter)"))
        save.setObjectName("primaryButton")
        cancel = QPushButton(self.tr("Cancel  (Esc)"))
        for button in (save, cancel):
            button.setAutoDefault(False)
        save.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        self._navigator = EnterNavigator([w for _, w in rows], self.submit, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.code.setFocus()

    def _combo(self, *items: tuple[str, object]) -> QComboBox:
        box = QComboBox()
        for text, value in items:
            box.addItem(text, value)
        return box

    def _number(self, field: QLineEdit, name: str) -> Decimal | None:
        try:
            return Decimal(field.text().replace(",", "").strip() or "0")
        except InvalidOperation:
            self.show_error(self.tr("{field}: type a number").format(field=name))
            field.setFocus()
            return None

    def submit(self) -> None:
        values = [
            self._number(self.instalment, self.tr("Monthly instalment")),
            self._number(self.count, self.tr("Number of instalments")),
            self._number(self.percent, self.tr("Bonus percent")),
            self._number(self.grace, self.tr("Grace days")),
            self._number(self.late_cut, self.tr("Bonus cut per late instalment")),
            self._number(self.forfeit, self.tr("Late instalments that lose the bonus")),
        ]
        if any(v is None for v in values):
            return
        instalment, count, percent, grace, cut, forfeit = (v or Decimal(0) for v in values)
        kind = PlanKind(self.kind.currentData())
        terms = PlanTerms(
            kind=kind,
            instalment=instalment,
            count=int(count),
            bonus_rule=BonusRule(self.rule.currentData()),
            bonus_percent=percent,
            treatment=BonusTreatment(self.treatment.currentData()),
            grace_days=int(grace),
            late_cut_percent=cut,
            forfeit_after_late=int(forfeit),
            allow_partial=bool(self.partial.currentData()),
            early_closure=EarlyClosure(self.closure.currentData()),
            metal="gold" if kind == PlanKind.WEIGHT else "",
            purity=916 if kind == PlanKind.WEIGHT else 0,
        )
        emit(self.submitted, PlanInput(self.code.text(), self.name.text(), terms))

    def show_error(self, text: str) -> None:
        self.error.show_error(text)

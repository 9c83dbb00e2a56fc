"""The staff targets page (owners and managers): a month's target against achieved per
salesperson as a bar chart and a table; F2 sets the highlighted person's target."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.formatting import format_inr
from jewelpos.domain.weight import grams_from_mg
from jewelpos.ui.dialogs.staff_target import TargetDialog
from jewelpos.ui.models.care import TargetsModel
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.care_form import pydate, qdate
from jewelpos.ui.widgets.care_page import CarePage, key_button, table_view
from jewelpos.ui.widgets.fields import set_tab_chain
from jewelpos.ui.widgets.target_chart import TargetChart

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.staff_targets import TargetBoard, TargetRow
    from jewelpos.ui.tasks import TaskRunner

MEASURES = ("value", "weight", "customers", "enrolments")


class TargetsPage(CarePage):
    """A month's targets against achieved, as a bar chart and a table; F2 sets a target."""

    loaded = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, runner, user)
        self.setObjectName("targetsPage")
        self.board: TargetBoard | None = None
        self._staff: list[tuple[str, str]] = []
        self.month_label = QLabel()
        self.month = QDateEdit(qdate(self.today()))
        self.month.setObjectName("targetMonth")
        self.month.setDisplayFormat("MMMM yyyy")
        self.month.dateChanged.connect(lambda _d: self.start())
        self.month_label.setBuddy(self.month)
        self.measure_label = QLabel()
        self.measure = QComboBox()
        self.measure.setObjectName("targetMeasure")
        self.measure_label.setBuddy(self.measure)
        self.measure.currentIndexChanged.connect(lambda _i: self._draw())
        self.chart = TargetChart()
        self.model = TargetsModel(self)
        self.table = table_view(self.model)
        self.table.setObjectName("targetsTable")
        self.set_button = key_button(self, "F2", self.open_target)
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addSpacing(16)
        top.addWidget(self.measure_label)
        top.addWidget(self.measure)
        top.addStretch(1)
        top.addWidget(self.set_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.table, 1)
        set_tab_chain([self.month, self.measure, self.table])
        self.retranslate_ui()

    def _measure_texts(self) -> tuple[str, ...]:
        return (
            self.tr("Value before GST (₹ lakh)"),
            self.tr("Gold net weight (g)"),
            self.tr("New customers"),
            self.tr("Scheme enrolments"),
        )

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.month_label.setText(self.tr("&Month"))
        self.measure_label.setText(self.tr("C&hart of"))
        index = max(0, self.measure.currentIndex())
        self.measure.blockSignals(True)
        self.measure.clear()
        for code, text in zip(MEASURES, self._measure_texts(), strict=True):
            self.measure.addItem(text, code)
        self.measure.setCurrentIndex(index)
        self.measure.blockSignals(False)
        self.set_button.setText(self.tr("F2 Set target"))
        self.model.retranslate()
        self._draw()

    def focus_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_month(self) -> date:
        return pydate(self.month.date()).replace(day=1)

    def start(self) -> None:
        if not self._user.can_manage:
            return
        self._runner.run(self._services.staff_targets.staff, by=self._user, on_done=self._on_staff)
        self._runner.run(
            self._services.staff_targets.board,
            self.chosen_month(),
            by=self._user,
            on_done=self._on_loaded,
            on_error=self._error,
        )

    def _on_staff(self, staff: tuple[tuple[str, str], ...]) -> None:
        self._staff = list(staff)

    def _on_loaded(self, board: TargetBoard) -> None:
        if board.month != self.chosen_month():
            return  # an older month's answer after the month changed
        self.board = board
        self.model.set_rows(board.rows)
        if board.rows:
            self.table.selectRow(0)
        self._draw()
        emit(self.loaded, board)

    def _draw(self) -> None:
        rows = self.board.rows if self.board is not None else ()
        code = self.measure.currentData() or "value"

        def pick(r: TargetRow, target: bool) -> float:
            f = r.target if target else r.achieved
            if f is None:
                return 0.0
            # the chart's bars only (the table shows the exact figures)
            if code == "value":
                return float(f.value / 100_000)
            if code == "weight":
                return float(grams_from_mg(f.weight_mg))
            return float(f.new_customers if code == "customers" else f.scheme_enrolments)

        self.chart.show_bars(
            [r.name for r in rows],
            [pick(r, True) for r in rows],
            [pick(r, False) for r in rows],
            target_text=self.tr("Target"),
            achieved_text=self.tr("Achieved"),
            axis_text="",  # the "Chart of" choice above names the measure and unit
        )

    def current(self) -> TargetRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_target(self) -> QDialog:
        dialog = TargetDialog(
            self._services.staff_targets,
            self._runner,
            user=self._user,
            staff=self._staff,
            month=self.chosen_month(),
            current=self.current(),
        )
        return self._open(dialog, self._on_target_saved)

    def _on_target_saved(self, row: TargetRow) -> None:
        self.message.show_message(
            self.tr("Target of {name} saved: {value}.").format(
                name=row.name, value=format_inr(row.target.value if row.target else Decimal(0))
            ),
            "info",
        )
        self.start()

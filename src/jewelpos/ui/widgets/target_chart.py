"""The staff targets chart: per salesperson a target bar and an achieved bar of one measure
(value, gold weight, new customers or scheme enrolments)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

TARGET_COLOUR = "#9aa5b1"
ACHIEVED_COLOUR = "#b8860b"


class TargetChart(QChartView):
    """``target_set`` and ``achieved_set`` hold the drawn bars (for tests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName("targetChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._chart.setMargins(QMargins(2, 2, 2, 2))
        self._chart.setBackgroundRoundness(0)
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.target_set: QBarSet | None = None
        self.achieved_set: QBarSet | None = None
        self.setMinimumHeight(160)

    def show_bars(
        self,
        names: Sequence[str],
        targets: Sequence[float],
        achieved: Sequence[float],
        *,
        target_text: str,
        achieved_text: str,
        axis_text: str,
    ) -> None:
        """Draw one pair of bars per name; the values are already in the axis's unit (display
        only: the table shows the exact figures)."""
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        target, got = QBarSet(target_text), QBarSet(achieved_text)
        target.setColor(QColor(TARGET_COLOUR))
        got.setColor(QColor(ACHIEVED_COLOUR))
        target.append(list(targets))
        got.append(list(achieved))
        series = QBarSeries()
        series.append(target)
        series.append(got)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(list(names))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        y_axis = QValueAxis()
        if axis_text:
            y_axis.setTitleText(axis_text)
        top = max([*targets, *achieved, 1.0])
        y_axis.setRange(min([*achieved, 0.0]), top * 1.1)
        y_axis.setLabelFormat("%.0f" if top >= 10 else "%.1f")
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y_axis)
        self.target_set, self.achieved_set = target, got

"""The rates chart: each metal's day rate over the chosen range, gold and platinum on the left
axis, silver (a hundredth of their price) on its own right axis so its line is not flat."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from jewelpos.ui.labels import metal_name

if TYPE_CHECKING:
    from jewelpos.services.rates import RateSeries

RIGHT_AXIS_METALS = ("silver",)
COLOURS = {"gold": "#b8860b", "silver": "#5f6b7a", "platinum": "#2f6f8f"}


def day_msecs(day: date) -> float:
    """A shop day as the chart's x value (milliseconds, local midnight)."""
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0)).toMSecsSinceEpoch())


class RateChart(QChartView):
    """A line per metal; ``series_by_metal`` holds the drawn QLineSeries (for tests and tooltips)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName("rateChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the range keys drive it
        self._chart.setMargins(QMargins(2, 2, 2, 2))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.setBackgroundRoundness(0)
        self.series_by_metal: dict[str, QLineSeries] = {}
        self.setMinimumHeight(170)

    def show_series(
        self, rows: Sequence[RateSeries], *, days: int, today: date, rupees_per_gram: str
    ) -> None:
        """Draw ``rows`` over the ``days`` ending ``today``; axis titles use the given words."""
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.series_by_metal = {}
        x_axis = QDateTimeAxis()
        x_axis.setFormat("dd MMM" if days <= 90 else "MMM yy")
        x_axis.setTickCount(7)
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(day_msecs(today - timedelta(days=days - 1)))),
            QDateTime.fromMSecsSinceEpoch(int(day_msecs(today))),
        )
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        axes: dict[bool, QValueAxis] = {}
        for row in rows:
            if not row.points:
                continue
            line = QLineSeries()
            line.setName(f"{metal_name(row.metal)} {row.label}")
            line.setPen(QPen(QColor(COLOURS.get(row.metal, "#444444")), 2))
            for day, rate in row.points:
                line.append(day_msecs(day), float(rate))  # drawing only; money stays Decimal
            chart.addSeries(line)
            right = row.metal in RIGHT_AXIS_METALS
            if right not in axes:
                axis = QValueAxis()
                axis.setLabelFormat("%.0f")
                axis.setTitleText(rupees_per_gram)
                chart.addAxis(
                    axis, Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
                )
                axes[right] = axis
            line.attachAxis(x_axis)
            line.attachAxis(axes[right])
            self.series_by_metal[row.metal] = line
        for right, axis in axes.items():
            names = [metal_name(r.metal) for r in rows if (r.metal in RIGHT_AXIS_METALS) == right]
            axis.setTitleText(f"{', '.join(dict.fromkeys(names))}, {rupees_per_gram}")
            values = [
                float(rate)
                for row in rows
                if (row.metal in RIGHT_AXIS_METALS) == right
                for _d, rate in row.points
            ]
            low, high = min(values), max(values)
            pad = max((high - low) * 0.1, high * 0.01, 1.0)
            axis.setRange(max(0.0, low - pad), high + pad)
            axis.applyNiceNumbers()

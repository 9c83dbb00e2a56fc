"""Reports screen (owners look at trends): sales by day, by category, purity or salesperson,
payments by mode, stock and ageing, the cash book and scheme collections and liability, over a
range chosen from presets or by dates; a chart first, the table under it, totals, and Excel/PDF
export. F5 shows the report (off the GUI thread, with progress), Esc stops it, F9 saves Excel,
F10 saves PDF, F8 (managers) opens the GST, e-invoice and Tally settings."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QMargins, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import EnvironmentProblem, JewelPOSError
from jewelpos.domain.formatting import format_inr, format_weight_mg
from jewelpos.domain.numbering import financial_year_start
from jewelpos.services.reports import GroupReport, SalesReport
from jewelpos.services.reports_more import TableReport
from jewelpos.ui.messages import error_text
from jewelpos.ui.models.report_table import TableReportModel, export_value, header_for
from jewelpos.ui.models.reports import (
    COLUMNS,
    GroupReportModel,
    SalesReportModel,
    cell_text,
    columns_for,
    group_label,
    header_text,
)
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.domain.clock import Clock
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.gst_settings import GstSettingsService
    from jewelpos.services.reports import ReportsService
    from jewelpos.ui.dialogs.gst_settings import GstSettingsDialog
    from jewelpos.ui.tasks import TaskRunner

REPORTS_KEY = "Ctrl+9"
_NAV = str(QT_TRANSLATE_NOOP("ReportsScreen", "Reports"))
PRESETS = ("today", "week", "month", "last_month", "fy")
KINDS = (
    "day",
    "category",
    "purity",
    "salesperson",
    "payment_mode",
    "stock_category",
    "stock_purity",
    "cash_book",
    "scheme_day",
    "scheme_month",
    "scheme_plan",
    "scheme_liability",
)
AS_AT = frozenset({"stock_category", "stock_purity", "scheme_liability"})
"""Reports of one day (the range's last): stock held and scheme liability."""


def reports_nav_text() -> str:
    """The side-bar button text: translated name and key."""
    return QCoreApplication.translate("ReportsScreen", _NAV) + "\n" + REPORTS_KEY


def build_reports_screen(
    services: Services,
    runner: TaskRunner,
    *,
    clock: Clock,
    data_dir: str,
    user: UserInfo | None = None,
) -> ReportsScreen:
    """The screen on the counter's services, saving into ``data_dir/reports``; a manager's
    screen offers the GST settings (F8)."""
    from jewelpos.services.gst_settings import GstSettingsService
    from jewelpos.services.reports import ReportsService

    folder = Path(data_dir) / "reports" if data_dir else Path.cwd() / "reports"
    return ReportsScreen(
        ReportsService(services.uow),
        runner,
        clock=clock,
        reports_dir=folder,
        gst_settings=GstSettingsService(services.uow, clock),
        user=user,
    )


def preset_range(name: str, today: date) -> tuple[date, date]:
    """The days a preset covers, ending today (last month: the whole previous month)."""
    if name == "today":
        return today, today
    if name == "week":
        return today - timedelta(days=6), today
    if name == "month":
        return today.replace(day=1), today
    if name == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    return financial_year_start(today), today


def _money(value: Decimal | int) -> str:
    return format_inr(Decimal(value))


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ReportsScreen(QWidget):
    """Sales by day; announces ``report_loaded``, ``report_stopped`` and ``exported``."""

    report_loaded = Signal(object)  # SalesReport
    report_stopped = Signal()
    exported = Signal(str)  # the file written
    progress_changed = Signal(int, int)  # days done, days in all (emitted from the worker)

    def __init__(
        self,
        reports: ReportsService,
        runner: TaskRunner,
        *,
        clock: Clock,
        reports_dir: Path,
        gst_settings: GstSettingsService | None = None,
        user: UserInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsScreen")
        self._gst_settings = gst_settings
        self._user = user
        self.gst_dialog: GstSettingsDialog | None = None
        self._reports = reports
        self._runner = runner
        self._clock = clock
        self.reports_dir = reports_dir
        self.report: SalesReport | GroupReport | TableReport | None = None
        self._cancel: threading.Event | None = None
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.kind_label = QLabel()
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        self.kind_label.setBuddy(self.kind)
        self.range_label = QLabel()
        self.preset = QComboBox()
        self.preset.setObjectName("reportPreset")
        self.from_label = QLabel()
        self.from_edit = QDateEdit()
        self.to_label = QLabel()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(False)
        self.range_label.setBuddy(self.preset)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.hide()
        self.chart = QChart()
        self.chart.setMargins(QMargins(2, 2, 2, 2))
        self.chart.legend().hide()
        self.chart.setBackgroundRoundness(0)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("reportChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_view.setMinimumHeight(200)
        self.bar_set: QBarSet | None = None
        self.model = SalesReportModel(self)
        self.group_model = GroupReportModel(self)
        self.table_model = TableReportModel(self)
        self.view = QTableView()
        self.view.setObjectName("reportTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.totals = QLabel()
        self.totals.setObjectName("reportTotals")
        self.totals.setWordWrap(True)
        self.run_button = QPushButton()
        self.stop_button = QPushButton()
        self.xlsx_button = QPushButton()
        self.pdf_button = QPushButton()
        self.gst_button = QPushButton()
        self.gst_button.setObjectName("gstSettingsButton")
        buttons = QHBoxLayout()
        keys: list[tuple[QPushButton, str, Any]] = [
            (self.run_button, "F5", self.run),
            (self.stop_button, "Esc", self.stop),
            (self.xlsx_button, "F9", self.export_xlsx),
            (self.pdf_button, "F10", self.export_pdf),
        ]
        if self.may_change_gst:
            keys.append((self.gst_button, "F8", self.open_gst_settings))
        else:
            self.gst_button.hide()
        for button, key, slot in keys:
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        buttons.addStretch(1)
        top = QHBoxLayout()
        row: tuple[QWidget, ...] = (
            self.kind_label,
            self.kind,
            self.range_label,
            self.preset,
            self.from_label,
            self.from_edit,
            self.to_label,
            self.to_edit,
        )
        for w in row:
            top.addWidget(w)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.chart_view, 2)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.totals)
        layout.addLayout(buttons)
        self.setTabOrder(self.kind, self.preset)
        self.setTabOrder(self.preset, self.from_edit)
        self.setTabOrder(self.from_edit, self.to_edit)
        self.setTabOrder(self.to_edit, self.view)
        self.progress_changed.connect(self._on_progress_changed)
        self.retranslate_ui()
        self.preset.currentIndexChanged.connect(self._on_preset_current_index_changed)
        self.preset.setCurrentIndex(PRESETS.index("month"))
        self._on_preset_current_index_changed(self.preset.currentIndex())
        self._update_buttons()

    # --- text ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Reports"))
        self.kind_label.setText(self.tr("Re&port"))
        kinds = {
            "day": self.tr("Sales by day"),
            "category": self.tr("Sales by category"),
            "purity": self.tr("Sales by purity"),
            "salesperson": self.tr("Sales by salesperson"),
            "payment_mode": self.tr("Payments by mode"),
            "stock_category": self.tr("Stock and ageing by category"),
            "stock_purity": self.tr("Stock and ageing by purity"),
            "cash_book": self.tr("Cash book"),
            "scheme_day": self.tr("Scheme collections by day"),
            "scheme_month": self.tr("Scheme collections by month"),
            "scheme_plan": self.tr("Scheme collections by plan"),
            "scheme_liability": self.tr("Scheme liability"),
        }
        chosen = max(self.kind.currentIndex(), 0)
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItems([kinds[k] for k in KINDS])
        self.kind.setCurrentIndex(chosen)
        self.kind.blockSignals(False)
        self.range_label.setText(self.tr("&Range"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        names = {
            "today": self.tr("Today"),
            "week": self.tr("Last 7 days"),
            "month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "fy": self.tr("This financial year"),
        }
        current = max(self.preset.currentIndex(), 0)
        self.preset.blockSignals(True)
        self.preset.clear()
        self.preset.addItems([names[p] for p in PRESETS])
        self.preset.setCurrentIndex(current)
        self.preset.blockSignals(False)
        self.run_button.setText(self.tr("F5 Show"))
        self.stop_button.setText(self.tr("Esc Stop"))
        self.xlsx_button.setText(self.tr("F9 Excel"))
        self.pdf_button.setText(self.tr("F10 PDF"))
        self.gst_button.setText(self.tr("F8 GST, e-invoice and Tally settings"))
        self.message.retranslate_ui()
        self._show_totals()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- GST settings ------------------------------------------------------------------------
    @property
    def may_change_gst(self) -> bool:
        """Owners and managers (the service checks the role again)."""
        return (
            self._gst_settings is not None
            and self._user is not None
            and bool(getattr(self._user, "can_manage", False))
        )

    def open_gst_settings(self) -> GstSettingsDialog | None:
        """F8: the GST, e-invoice and Tally settings (managers)."""
        if not self.may_change_gst or self.gst_dialog is not None:
            return None
        from jewelpos.ui.dialogs.gst_settings import GstSettingsDialog

        assert self._gst_settings is not None and self._user is not None
        dialog = GstSettingsDialog(self._gst_settings, self._runner, user=self._user, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_gst_dialog_finished)
        dialog.saved.connect(self._on_gst_saved)
        self.gst_dialog = dialog
        dialog.open()
        return dialog

    def _on_gst_dialog_finished(self, _result: int) -> None:
        self.gst_dialog = None
        self.kind.setFocus()

    def _on_gst_saved(self, _saved: object) -> None:
        self.message.show_message(
            self.tr("The GST, e-invoice and Tally settings are saved."), "success"
        )

    # --- life ------------------------------------------------------------------------------
    def start(self) -> None:
        """Nothing runs until F5: a long range is the owner's choice."""

    def focus_first(self) -> None:
        self.kind.setFocus()

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def _update_buttons(self) -> None:
        self.run_button.setEnabled(not self.running)
        self.stop_button.setEnabled(self.running)
        has = self.report is not None and not self.running
        self.xlsx_button.setEnabled(has)
        self.pdf_button.setEnabled(has)

    def _on_preset_current_index_changed(self, index: int) -> None:
        if not 0 <= index < len(PRESETS):
            return
        from jewelpos.domain.clock import shop_today

        first, last = preset_range(PRESETS[index], shop_today(self._clock))
        self.from_edit.setDate(_qdate(first))
        self.to_edit.setDate(_qdate(last))

    # --- running ---------------------------------------------------------------------------
    def run(self) -> None:
        """F5: the report of the chosen days, on the worker, with progress."""
        if self.running:
            return
        first, last = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        self.message.clear()
        cancel = threading.Event()
        self._cancel = cancel
        self.progress.setRange(0, max((last - first).days + 1, 1))
        self.progress.setValue(0)
        self.progress.show()
        self._update_buttons()
        kind = KINDS[max(self.kind.currentIndex(), 0)]
        if kind == "day":
            fn: Any = self._reports.sales_by_day
            args: tuple[Any, ...] = (first, last)
        elif kind not in ("category", "purity", "salesperson", "payment_mode"):
            fn, args = self._reports.table, (kind, first, last)
        else:
            fn, args = self._reports.sales_by, (kind, first, last)
        self._runner.run(
            fn,
            *args,
            progress=self._progress_from_worker,
            cancelled=cancel.is_set,
            on_done=self._on_report_done,
            on_error=self._on_report_error,
            on_finished=self._on_report_finished,
        )

    def _progress_from_worker(self, done: int, total: int) -> None:
        emit(self.progress_changed, done, total)  # queued to the GUI thread by Qt

    def _on_progress_changed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def stop(self) -> None:
        """Esc: stop the running report after the day it is on."""
        if self._cancel is not None:
            self._cancel.set()

    def _on_report_done(self, report: SalesReport | GroupReport | TableReport) -> None:
        self.report = report
        if isinstance(report, TableReport):
            self.table_model.set_report(report)
            self.view.setModel(self.table_model)
            labels = [
                export_value(report.columns[0][1], r[0]) if len(report.rows) <= 31 else ""
                for r in report.rows
            ]
            if report.columns[0][1] == "day" and len(report.rows) <= 31:
                labels = [r[0].strftime("%d") for r in report.rows]
            kinds = dict(report.columns)
            sets = [
                (
                    header_for(key),
                    [Decimal(v) / (1000 if kinds[key] == "mg" else 1) for v in report.column(key)],
                )
                for key in report.chart
            ]
            self._draw_sets([str(lb) for lb in labels], sets)
        elif isinstance(report, SalesReport):
            self.model.set_rows(report.days)
            self.view.setModel(self.model)
            self._draw(
                [d.day.strftime("%d") if len(report.days) <= 31 else "" for d in report.days],
                [d.invoice_value for d in report.days],
                self.tr("Invoice value, Rs"),
            )
        else:
            self.group_model.set_report(report.group, report.rows)
            self.view.setModel(self.group_model)
            self._draw(
                [group_label(report.group, r.label) for r in report.rows],
                [r.value for r in report.rows],
                self.tr("Amount, Rs") if report.group == "payment_mode" else self.tr("Taxable, Rs"),
            )
        self._show_totals()
        emit(self.report_loaded, report)

    def _on_report_error(self, exc: JewelPOSError) -> None:
        if exc.code == "report_cancelled":
            self.message.show_message(self.tr("The report was stopped."), "info")
            emit(self.report_stopped)
            return
        self.message.show_message(error_text(exc))

    def _on_report_finished(self) -> None:
        self._cancel = None
        self.progress.hide()
        self._update_buttons()

    def _draw(self, labels: list[str], values: list[Decimal], title: str) -> None:
        self._draw_sets(labels, [(title, values)])

    def _draw_sets(self, labels: list[str], sets: list[tuple[str, list[Decimal]]]) -> None:
        """One bar set per (title, values); the legend shows when there are several."""
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QBarSeries()
        colours = ("#b8860b", "#6b8e23", "#cd853f", "#8b0000")
        bars = QBarSet("")
        for i, (name, values) in enumerate(sets):
            bars = QBarSet(name)
            bars.setColor(QColor(colours[i % len(colours)]))
            for v in values:
                bars.append(float(v))  # drawing only; money stays Decimal
            series.append(bars)
        chart.legend().setVisible(len(sets) > 1)
        title = sets[0][0] if len(sets) == 1 else ""
        values = [v for _n, vs in sets for v in vs]
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        # a category axis needs distinct labels: blank ones get invisible distinct spaces
        x_axis.append([lb or " " * (i + 1) for i, lb in enumerate(labels)])
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f")
        y_axis.setTitleText(title)
        top = max((float(v) for v in values), default=0.0)
        y_axis.setRange(0.0, max(top * 1.1, 1.0))
        y_axis.applyNiceNumbers()
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y_axis)
        self.bar_set = bars

    def _show_totals(self) -> None:
        r = self.report
        if r is None:
            self.totals.setText(self.tr("Choose the report and the days, then press F5."))
            return
        if isinstance(r, TableReport):
            self.totals.setText(self._table_totals_text(r))
            return
        if not isinstance(r, SalesReport):
            g = r
            if g.group == "payment_mode":
                text = self.tr("{bills} bills; {count} payments; {value} taken").format(
                    bills=g.total("bills"),
                    count=g.total("lines"),
                    value=_money(g.total("value")),
                )
            else:
                text = self.tr(
                    "{lines} lines; taxable {value}; making + VA {making}; fine {fine}"
                ).format(
                    lines=g.total("lines"),
                    value=_money(g.total("value")),
                    making=_money(g.total("making_va")),
                    fine=format_weight_mg(int(g.total("fine_mg"))),
                )
            self.totals.setText(text)
            return
        self.totals.setText(
            self.tr(
                "{bills} bills; invoice value {value}; taxable {taxable}; GST {gst}; "
                "making + VA {making}; gold sold fine {fine}; old gold bought fine {og} "
                "worth {og_value}"
            ).format(
                bills=r.total("bills"),
                value=_money(r.total("invoice_value")),
                taxable=_money(r.total("taxable")),
                gst=_money(r.total("gst")),
                making=_money(r.total("making_va")),
                fine=format_weight_mg(int(r.total("fine_mg"))),
                og=format_weight_mg(int(r.total("old_gold_fine_mg"))),
                og_value=_money(r.total("old_gold_value")),
            )
        )

    def _table_totals_text(self, r: TableReport) -> str:
        total = dict(zip([k for k, _ in r.columns], r.totals, strict=True))
        if r.kind == "cash_book":
            return self.tr("Opening cash {opening}; closing cash {closing}").format(
                opening=_money(total["opening"]), closing=_money(total["closing"])
            )
        if r.kind in ("stock_category", "stock_purity"):
            return self.tr(
                "{pieces} pieces held on {day}; net {net}; over 365 days old {old}"
            ).format(
                pieces=total["pieces"],
                day=cell_text("day", r.end),
                net=format_weight_mg(int(total["net_mg"])),
                old=format_weight_mg(int(total["mg_over_365"])),
            )
        if r.kind == "scheme_liability":
            return self.tr("Owed to members on {day}: {money} and {grams} g").format(
                day=cell_text("day", r.end), money=_money(total["money"]), grams=total["grams"]
            )
        return self.tr("{receipts} receipts; collected {amount}").format(
            receipts=total["receipts"], amount=_money(total["amount"])
        )

    # --- export ----------------------------------------------------------------------------
    def _table(self) -> tuple[str, str, list[str], list[list[object]], list[object]]:
        r = self.report
        assert r is not None
        if isinstance(r, TableReport):
            head = [header_for(k) for k, _ in r.columns]
            t_rows = [[export_value(kd, v) for (_k, kd), v in zip(r.columns, row, strict=True)]
                    for row in r.rows]  # fmt: skip
            t_totals: list[object] = [self.tr("Total")] + [
                export_value(kd, v)
                for (_k, kd), v in list(zip(r.columns, r.totals, strict=True))[1:]
            ]
            if r.kind in AS_AT:
                span = self.tr("on {day}").format(day=cell_text("day", r.end))
            else:
                span = self.tr("{first} to {last}").format(
                    first=cell_text("day", r.start), last=cell_text("day", r.end)
                )
            return self.kind.itemText(KINDS.index(r.kind)), span, head, t_rows, t_totals
        if not isinstance(r, SalesReport):
            return self._group_table(r)
        head = [header_text(i) for i in range(len(COLUMNS))]
        rows: list[list[object]] = []
        for d in r.days:
            rows.append(
                [
                    cell_text(kind, getattr(d, attr)) if kind in ("day", "mg") else getattr(d, attr)
                    for _h, attr, kind in COLUMNS
                ]
            )
        totals: list[object] = [self.tr("Total")]
        for _h, attr, kind in COLUMNS[1:]:
            value = r.total(attr)
            totals.append(cell_text(kind, value) if kind == "mg" else value)
        title = self.tr("Sales by day")
        span = self.tr("{first} to {last}").format(
            first=cell_text("day", r.start), last=cell_text("day", r.end)
        )
        return title, span, head, rows, totals

    def _group_table(
        self, r: GroupReport
    ) -> tuple[str, str, list[str], list[list[object]], list[object]]:
        cols = columns_for(r.group)
        head = [QCoreApplication.translate("SalesReportModel", h) for h, _a, _k in cols]
        rows: list[list[object]] = [
            [
                group_label(r.group, row.label)
                if attr == "label"
                else (cell_text(kind, getattr(row, attr)) if kind == "mg" else getattr(row, attr))
                for _h, attr, kind in cols
            ]
            for row in r.rows
        ]
        totals: list[object] = [self.tr("Total")]
        for _h, attr, kind in cols[1:]:
            value = r.total(attr)
            totals.append(cell_text(kind, value) if kind == "mg" else value)
        span = self.tr("{first} to {last}").format(
            first=cell_text("day", r.start), last=cell_text("day", r.end)
        )
        return self.kind.itemText(KINDS.index(r.group)), span, head, rows, totals

    def _export(self, suffix: str) -> None:
        if self.report is None or self.running:
            return
        from jewelpos.printing.report_export import report_pdf, report_xlsx

        title, span, head, rows, totals = self._table()
        kind = getattr(self.report, "group", None) or getattr(self.report, "kind", "day")
        stem = kind if isinstance(self.report, TableReport) else f"sales-{kind}"
        path = self.reports_dir / f"{stem}-{self.report.start}-{self.report.end}.{suffix}"
        make = report_xlsx if suffix == "xlsx" else report_pdf

        def write() -> str:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(make(title, span, head, rows, totals))  # type: ignore[arg-type]
            except OSError as exc:  # a full or read-only disk is no bug: say so, keep the report
                raise EnvironmentProblem(f"Cannot save {path}: {exc.strerror}") from exc
            return str(path)

        self._runner.run(write, on_done=self._on_exported, on_error=self._on_export_error)

    def _on_exported(self, path: str) -> None:
        self.message.show_message(self.tr("Saved {path}").format(path=path), "success")
        emit(self.exported, path)

    def _on_export_error(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc))

    def export_xlsx(self) -> None:
        """F9: the table as an Excel workbook in the reports folder."""
        self._export("xlsx")

    def export_pdf(self) -> None:
        """F10: the table as a PDF in the reports folder."""
        self._export("pdf")

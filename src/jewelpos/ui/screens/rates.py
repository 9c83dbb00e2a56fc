"""Rates screen: today's rate per metal and purity, derived from the 24K board rate; beside the
table a chart of each metal's rate over 30 / 90 / 365 days (Alt+3 / Alt+9 / Alt+Y) above the
selected rate's history."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.money import parse_decimal
from jewelpos.ui.formats import fmt_date
from jewelpos.ui.labels import metal_name
from jewelpos.ui.messages import error_text
from jewelpos.ui.models.rates import RateHistoryModel, RowRole, TodayRatesModel
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.tasks import TaskRunner
from jewelpos.ui.widgets.message_bar import MessageBar
from jewelpos.ui.widgets.rate_chart import RateChart

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.rates import RateRow, RateSeries, RateService

HISTORY_DAYS = 30
CHART_KEYS = {30: "Alt+3", 90: "Alt+9", 365: "Alt+Y"}
_RATE_PATTERN = QRegularExpression(r"\d{0,7}([.]\d{0,2})?")


class _RateDelegate(QStyledItemDelegate):
    """Rates are typed as plain rupees with up to two decimals."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(_RATE_PATTERN, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


class RatesScreen(QWidget):
    """Managers and owners type the board rate (or any rate) and save with Ctrl+S; others only look."""

    rates_saved = Signal(object)  # list[RateRow] now stored for today
    rates_loaded = Signal(object)  # list[RateRow]
    history_loaded = Signal(object)  # list[RateChange]
    chart_loaded = Signal(object)  # list[RateSeries] now drawn

    def __init__(
        self,
        rates: RateService,
        runner: TaskRunner,
        *,
        clock: Clock,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ratesScreen")
        self._rates = rates
        self._runner = runner
        self._clock = clock
        self._user = user
        self._day: date = shop_today(clock)
        self._history_token = 0
        self._chart_token = 0
        self.chart_days = 30
        self._chart_rows: list[RateSeries] = []
        self._saving = False
        self.can_edit = bool(user.can_manage)

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.note = QLabel()
        self.note.setObjectName("readOnlyNote")
        self.note.setWordWrap(True)
        self.note.setVisible(not self.can_edit)
        self.message = MessageBar()

        self.board_box = QWidget()
        self.board_box.setObjectName("boardBox")
        self._board_grid = QGridLayout(self.board_box)
        self._board_grid.setContentsMargins(0, 0, 0, 0)
        self._board_grid.setHorizontalSpacing(12)
        self.board_hint = QLabel()
        self.board_hint.setObjectName("hint")
        self.board_hint.setWordWrap(True)
        self.board_edits: dict[str, QLineEdit] = {}
        self._board_labels: dict[str, QLabel] = {}

        self.model = TodayRatesModel(self)
        self.model.set_editable(self.can_edit)
        self.model.pending_changed.connect(self._on_model_pending_changed)
        self.model.rejected_input.connect(self._on_model_rejected_input)
        self.table = QTableView()
        self.table.setObjectName("todayRates")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(TodayRatesModel.TODAY, _RateDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            TodayRatesModel.UPDATED, QHeaderView.ResizeMode.Stretch
        )
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

        self.history_title = QLabel()
        self.history_title.setObjectName("sectionTitle")
        self.history_model = RateHistoryModel(self)
        self.history = QTableView()
        self.history.setObjectName("rateHistory")
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setAlternatingRowColors(True)

        self.chart_title = QLabel()
        self.chart_title.setObjectName("sectionTitle")
        self.chart = RateChart()
        self.range_buttons: dict[int, QPushButton] = {}
        self._range_group = QButtonGroup(self)
        self._range_group.setExclusive(True)
        for days, key in CHART_KEYS.items():
            button = QPushButton()
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setChecked(days == self.chart_days)
            button.clicked.connect(partial(self.set_chart_days, days))
            self._range_group.addButton(button)
            self.range_buttons[days] = button
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(partial(self.set_chart_days, days))
            self.addAction(action)

        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAutoDefault(False)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.board_box)
        layout.addWidget(self.board_hint)
        ranges = QHBoxLayout()
        ranges.addWidget(self.chart_title, 1)
        for button in self.range_buttons.values():
            ranges.addWidget(button)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addLayout(ranges)
        right.addWidget(self.chart, 3)
        right.addWidget(self.history_title)
        right.addWidget(self.history, 2)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(self.table, 5)
        body.addLayout(right, 6)
        layout.addLayout(body, 1)
        self.board_hint.setVisible(self.can_edit)
        self.retranslate_ui()

    # --- text ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(
            self.tr("Today's rates - {day}").format(day=fmt_date(self._day, long=True))
        )
        self.note.setText(
            self.tr("Only a manager or the owner can change rates. You can see them here.")
        )
        self.board_hint.setText(
            self.tr(
                "Type the 24K board rate: the other purities are worked out for you. "
                "Change any of them in the table (type over it), then save with Ctrl+S."
            )
        )
        self.save_button.setText(self.tr("Save rates  (Ctrl+S)"))
        for metal, label in self._board_labels.items():
            label.setText(self._board_label_text(metal))
        self.model.retranslate()
        self.history_model.retranslate()
        self._update_history_title()
        labels = {30: self.tr("30 days"), 90: self.tr("90 days"), 365: self.tr("1 year")}
        for days, button in self.range_buttons.items():
            button.setText(f"{labels[days]}  ({CHART_KEYS[days]})")
        self.chart_title.setText(
            self.tr("Each metal's rate, last {days} days").format(days=self.chart_days)
        )
        self._draw_chart()

    def _board_label_text(self, metal: str) -> str:
        return self.tr("{metal} 24K (999) board rate, ₹/g").format(metal=metal_name(metal))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------------
    @property
    def day(self) -> date:
        return self._day

    def reload(self) -> None:
        self._day = shop_today(self._clock)
        self.retranslate_ui()
        self._runner.run(self._rates.rates_for_day, self._day, on_done=self._on_rates_loaded)
        self._load_chart()

    def focus_first(self) -> None:
        edits = [e for e in self.board_edits.values() if e.isEnabled()]
        if edits:
            edits[0].setFocus()
            edits[0].selectAll()
        else:
            self.table.setFocus()

    def _on_rates_loaded(self, rows: list[RateRow]) -> None:
        selected = self._selected_key()
        self.model.set_rows(rows)
        self._fit_table()
        self._build_board_edits()
        self._select_key(selected)
        emit(self.rates_loaded, rows)

    def _fit_table(self) -> None:
        """Show every tracked purity without scrolling (there are about ten)."""
        height = self.table.horizontalHeader().sizeHint().height() + 4
        height += sum(self.table.rowHeight(i) for i in range(self.model.rowCount()))
        self.table.setMinimumHeight(min(height, 520))

    def _build_board_edits(self) -> None:
        for metal in self.model.metals():
            if metal in self.board_edits:
                continue
            col = len(self.board_edits)
            label = QLabel(self._board_label_text(metal))
            edit = QLineEdit()
            edit.setObjectName(f"board_{metal}")
            edit.setValidator(QRegularExpressionValidator(_RATE_PATTERN, edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setProperty("big", True)
            edit.setEnabled(self.can_edit)
            edit.textEdited.connect(lambda text, m=metal: self._on_board_text_edited(m, text))
            edit.returnPressed.connect(lambda m=metal: self._on_board_return_pressed(m))
            label.setBuddy(edit)
            self._board_grid.addWidget(label, 0, col)
            self._board_grid.addWidget(edit, 1, col)
            self._board_labels[metal] = label
            self.board_edits[metal] = edit
        self._board_grid.setColumnStretch(len(self.board_edits), 1)
        edits = list(self.board_edits.values())
        for first, second in zip(edits, [*edits[1:], self.table], strict=False):
            QWidget.setTabOrder(first, second)

    # --- board rate ------------------------------------------------------------------------------
    def _on_board_text_edited(self, metal: str, text: str) -> None:
        board: Decimal | None = None
        if text.strip():
            try:
                board = parse_decimal(text.strip(), field="rate")
            except ValidationError:
                board = None
        if board is not None and board <= 0:
            board = None
        self.model.suggest_from_board(metal, board)

    def _on_board_return_pressed(self, metal: str) -> None:
        """Enter moves on: to the next metal's board rate, then to the table."""
        metals = list(self.board_edits)
        index = metals.index(metal)
        if index + 1 < len(metals):
            self.board_edits[metals[index + 1]].setFocus()
            self.board_edits[metals[index + 1]].selectAll()
        else:
            self.table.setFocus()
            if self.model.rowCount() and not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, TodayRatesModel.TODAY))

    def _on_model_pending_changed(self) -> None:
        self.save_button.setEnabled(
            self.can_edit and bool(self.model.pending()) and not self._saving
        )

    def _on_model_rejected_input(self, text: str) -> None:
        self.message.show_message(
            self.tr("{text} is not a rate. Type rupees per gram, like 7150.00.").format(text=text),
            "warning",
        )

    # --- saving ----------------------------------------------------------------------------------
    def _on_save_button_clicked(self) -> None:
        self.save()

    def save(self) -> None:
        if not self.can_edit or self._saving:
            return
        editor_open = self.table.state() == QAbstractItemView.State.EditingState
        if editor_open:  # Ctrl+S while typing in a cell: keep what was typed
            current = self.table.currentIndex()
            self.table.setCurrentIndex(current.siblingAtColumn(TodayRatesModel.METAL))
            self.table.setCurrentIndex(current)
        pending = self.model.pending()
        if not pending:
            self.message.show_message(
                self.tr("Nothing to save: type the board rate or a rate first."), "info"
            )
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.message.clear()
        self._runner.run(
            self._rates.set_rates,
            self._day,
            pending,
            by=self._user,
            on_done=self._on_rates_saved,
            on_error=self._on_save_failed,
            on_finished=self._on_save_finished,
        )

    def _on_rates_saved(self, rows: list[RateRow]) -> None:
        self._on_rates_loaded(rows)
        for edit in self.board_edits.values():
            edit.clear()
        self.message.show_message(
            self.tr("Rates saved for {day}.").format(day=fmt_date(self._day)), "success"
        )
        emit(self.rates_saved, rows)
        self._load_history()
        self._load_chart()

    def _on_save_failed(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc))

    def _on_save_finished(self) -> None:
        self._saving = False
        self._on_model_pending_changed()

    # --- history ---------------------------------------------------------------------------------
    def _selected_key(self) -> tuple[str, int] | None:
        row = self.table.currentIndex().data(RowRole)
        return (str(row.metal), int(row.purity)) if row is not None else None

    def _select_key(self, key: tuple[str, int] | None) -> None:
        target = 0
        for i, row in enumerate(self.model.rows()):
            if key is not None and (str(row.metal), int(row.purity)) == key:
                target = i
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(target, TodayRatesModel.TODAY))

    def _on_table_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._load_history()

    def _load_history(self) -> None:
        key = self._selected_key()
        self._update_history_title()
        if key is None:
            self.history_model.set_rows([])
            return
        self._history_token += 1
        token = self._history_token
        self._runner.run(
            self._rates.history,
            key[0],
            key[1],
            days=HISTORY_DAYS,
            on_done=partial(self._on_history_loaded, token),
        )

    def _on_history_loaded(self, token: int, rows: list[object]) -> None:
        if token != self._history_token:
            return  # a newer selection asked since
        self.history_model.set_rows(rows)  # type: ignore[arg-type]
        emit(self.history_loaded, rows)

    def _update_history_title(self) -> None:
        row = self.table.currentIndex().data(RowRole) if hasattr(self, "table") else None
        if row is None:
            self.history_title.setText(self.tr("History"))
        else:
            self.history_title.setText(
                self.tr("History of {metal} {purity}, last {days} days").format(
                    metal=metal_name(row.metal), purity=row.label, days=HISTORY_DAYS
                )
            )

    # --- chart -----------------------------------------------------------------------------------
    def set_chart_days(self, days: int) -> None:
        """Chart the last ``days`` days (30, 90 or 365): Alt+3, Alt+9, Alt+Y."""
        if days not in CHART_KEYS:
            return
        self.chart_days = days
        self.range_buttons[days].setChecked(True)
        self.retranslate_ui()
        self._load_chart()

    def _load_chart(self) -> None:
        self._chart_token += 1
        self._runner.run(
            self._rates.series,
            days=self.chart_days,
            on_done=partial(self._on_chart_loaded, self._chart_token, self.chart_days),
        )

    def _on_chart_loaded(self, token: int, days: int, rows: list[RateSeries]) -> None:
        if token != self._chart_token:
            return  # another range was asked since
        self._chart_rows = rows
        self._chart_loaded_days = days
        self._draw_chart()
        emit(self.chart_loaded, rows)

    def _draw_chart(self) -> None:
        if not hasattr(self, "chart"):
            return
        self.chart.show_series(
            self._chart_rows,
            days=getattr(self, "_chart_loaded_days", self.chart_days),
            today=self._day,
            rupees_per_gram=self.tr("₹ per gram"),
        )

"""Stock screen: scan or type a tag / design / HUID, filter, see counts and weights, Enter opens a piece."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError
from jewelpos.domain.formatting import format_indian
from jewelpos.domain.purity import STANDARD_PURITIES, Metal, purity_label
from jewelpos.domain.weight import grams_from_mg
from jewelpos.ui.dialogs.piece import PieceDialog
from jewelpos.ui.dialogs.stock_summary import StockSummaryDialog
from jewelpos.ui.labels import METAL_ORDER, STATUS_ORDER, category_name, metal_name, status_name
from jewelpos.ui.models.stock import PieceTableModel, RowRole, SortRole
from jewelpos.ui.print_texts import print_error_text
from jewelpos.ui.qtcompat import emit

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.stock import (
        CategoryInfo,
        PieceDetail,
        PieceRow,
        StockPage,
        StockService,
        SummaryRow,
    )
    from jewelpos.services.tags import TagService
    from jewelpos.ui.tasks import TaskRunner

DEBOUNCE_MS = 200
PAGE_LIMIT = 200
ANY = "__any__"


class StockScreen(QWidget):
    """Searches on the worker (the shop may hold 200,000 pieces); shows at most PAGE_LIMIT rows."""

    search_finished = Signal(object)  # StockPage
    piece_opened = Signal(object)  # PieceDetail
    piece_selected = Signal(object)  # PieceRow
    code_not_found = Signal(str)
    tags_printed = Signal(object)  # PrintJobInfo
    label_sheet_saved = Signal(str)

    def __init__(
        self,
        stock: StockService,
        runner: TaskRunner,
        *,
        photos_dir: Path | None = None,
        tags: TagService | None = None,
        user: UserInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stockScreen")
        self._stock = stock
        self._tags = tags
        self._user = user
        self.summary_dialog: StockSummaryDialog | None = None
        self._runner = runner
        self._photos_dir = photos_dir
        self._generation = 0
        self._page: StockPage | None = None
        self._categories: list[CategoryInfo] = []
        self.piece_dialog: PieceDialog | None = None

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.search = QLineEdit()
        self.search.setObjectName("stockSearch")
        self.search.setProperty("big", True)
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)

        self.metal = QComboBox()
        self.metal.setObjectName("metalFilter")
        self.purity = QComboBox()
        self.purity.setObjectName("purityFilter")
        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self._filter_labels = [QLabel() for _ in range(4)]
        for label, combo in zip(
            self._filter_labels, (self.metal, self.purity, self.category, self.status), strict=True
        ):
            label.setBuddy(combo)
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self._fill_static_filters()

        self.model = PieceTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setObjectName("stockTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PieceTableModel.TAG, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PieceTableModel.CATEGORY, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_table_activated)

        self.count_label = QLabel()
        self.count_label.setObjectName("footerCount")
        self.count_label.setWordWrap(True)  # "Showing 200 of 2,00,000 pieces..." wraps, fits 1366
        self.gross_label = QLabel()
        self.gross_label.setObjectName("footerFigure")
        self.net_label = QLabel()
        self.net_label.setObjectName("footerFigure")
        self.open_button = QPushButton()
        self.open_button.setAutoDefault(False)
        self.open_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.print_button = QPushButton()
        self.print_button.setAutoDefault(False)
        self.print_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.print_button.clicked.connect(self.print_selected)
        self.summary_button = QPushButton()
        self.summary_button.setAutoDefault(False)
        self.summary_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summary_button.clicked.connect(self.show_summary)
        self.sheet_button = QPushButton()
        self.sheet_button.setAutoDefault(False)
        self.sheet_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sheet_button.clicked.connect(self.save_label_sheet)
        for key, slot in (
            ("Ctrl+P", self.print_selected),
            ("Ctrl+Shift+P", self.save_label_sheet),
            ("F3", self.show_summary),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textEdited.connect(self._on_search_text_edited)
        self._keys = _SearchKeys(self)
        self.search.installEventFilter(self._keys)
        self.table.installEventFilter(self._keys)
        self.metal.currentIndexChanged.connect(self._on_metal_current_index_changed)
        for combo in (self.purity, self.category, self.status):
            combo.currentIndexChanged.connect(self._on_filter_changed)

        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        filters.addWidget(self.search_label, 0, 0)
        filters.addWidget(self.search, 1, 0)
        filters.setColumnStretch(0, 3)
        for col, (label, combo) in enumerate(
            zip(
                self._filter_labels,
                (self.metal, self.purity, self.category, self.status),
                strict=True,
            ),
            start=1,
        ):
            filters.addWidget(label, 0, col)
            filters.addWidget(combo, 1, col)
        figures = QHBoxLayout()  # counts and weights over the keys: both rows fit 1366 px
        figures.setSpacing(24)
        figures.addWidget(self.count_label, 1)
        figures.addWidget(self.gross_label)
        figures.addWidget(self.net_label)
        footer = QHBoxLayout()
        footer.setSpacing(12)
        footer.addStretch(1)
        footer.addWidget(self.summary_button)
        footer.addWidget(self.sheet_button)
        footer.addWidget(self.print_button)
        footer.addWidget(self.open_button)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(figures)
        layout.addLayout(footer)
        QWidget.setTabOrder(self.search, self.metal)
        QWidget.setTabOrder(self.metal, self.purity)
        QWidget.setTabOrder(self.purity, self.category)
        QWidget.setTabOrder(self.category, self.status)
        QWidget.setTabOrder(self.status, self.table)
        self.retranslate_ui()

    # --- text ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Stock"))
        self.search_label.setText(self.tr("&Scan or type a tag code, design no. or HUID"))
        self.search.setPlaceholderText(
            self.tr("e.g. B1C1000042, RG-2211 or AB12CD - Enter opens the piece")
        )
        for label, text in zip(
            self._filter_labels,
            (self.tr("&Metal"), self.tr("P&urity"), self.tr("&Category"), self.tr("S&tatus")),
            strict=True,
        ):
            label.setText(text)
        self.metal.setItemText(0, self.tr("All metals"))
        for i in range(1, self.metal.count()):
            self.metal.setItemText(i, metal_name(self.metal.itemData(i)))
        self.purity.setItemText(0, self.tr("All purities"))
        self.category.setItemText(0, self.tr("All categories"))
        self._category_texts()
        for i in range(self.status.count()):
            data = self.status.itemData(i)
            self.status.setItemText(i, self.tr("Any status") if data == ANY else status_name(data))
        self.open_button.setText(self.tr("Open piece  (Enter)"))
        self.print_button.setText(self.tr("Print tags  Ctrl+P"))
        self.summary_button.setText(self.tr("Summary  F3"))
        self.sheet_button.setText(self.tr("Label sheet PDF  Ctrl+Shift+P"))
        self.model.retranslate()
        self._update_footer()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- filters ---------------------------------------------------------------------------------
    def _fill_static_filters(self) -> None:
        self.metal.addItem("", None)
        for metal in METAL_ORDER:
            self.metal.addItem(metal_name(metal), metal)
        self._fill_purities(None)
        self.category.addItem("", None)
        for status in STATUS_ORDER:
            self.status.addItem(status_name(status), status)
        self.status.addItem("", ANY)

    def _fill_purities(self, metal: str | None) -> None:
        self.purity.blockSignals(True)
        self.purity.clear()
        self.purity.addItem(self.tr("All purities"), None)
        metals = [Metal(metal)] if metal else list(Metal)
        for m in metals:
            for fineness in STANDARD_PURITIES[m]:
                self.purity.addItem(purity_label(m, fineness), (m.value, fineness))
        self.purity.blockSignals(False)

    def _category_texts(self) -> None:
        for i, cat in enumerate(self._categories, start=1):
            self.category.setItemText(i, category_name(cat.name, cat.name_hi))

    def _on_categories_loaded(self, categories: list[CategoryInfo]) -> None:
        self._categories = list(categories)
        self.category.blockSignals(True)
        while self.category.count() > 1:
            self.category.removeItem(1)
        for cat in self._categories:
            self.category.addItem(cat.name, cat.id)
        self._category_texts()
        self.category.blockSignals(False)

    def _on_metal_current_index_changed(self, _index: int) -> None:
        self._fill_purities(self.metal.currentData())
        self._on_filter_changed()

    def _on_filter_changed(self, _index: int = 0) -> None:
        self.run_search()

    def current_filter(self) -> object:
        from jewelpos.services.stock import StockFilter

        metal = self.metal.currentData()
        purity_data = self.purity.currentData()
        purity = None
        if purity_data is not None:
            metal, purity = purity_data[0], int(purity_data[1])
        status = self.status.currentData()
        return StockFilter(
            text=self.search.text().strip(),
            metal=metal,
            purity=purity,
            category_id=self.category.currentData(),
            status=None if status == ANY else status,
            limit=PAGE_LIMIT,
        )

    # --- searching -------------------------------------------------------------------------------
    def start(self) -> None:
        self._runner.run(self._stock.categories, on_done=self._on_categories_loaded)
        self.run_search()

    def focus_first(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_search_text_edited(self, _text: str) -> None:
        self._debounce.start()  # typing: wait for a pause; a scanner is done in far less

    def run_search(self, *, then_open_single: bool = False) -> None:
        self._debounce.stop()
        self._generation += 1
        self._runner.run(
            self._stock.search,
            self.current_filter(),
            on_done=partial(self._on_search_done, self._generation, then_open_single),
        )

    def _on_search_done(self, generation: int, open_single: bool, page: StockPage) -> None:
        if generation != self._generation:
            return  # the person typed on; a newer search is on its way
        self._page = page
        self.model.set_rows(page.rows)
        if page.rows:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_footer()
        emit(self.search_finished, page)
        if open_single and len(page.rows) == 1:
            self.open_piece(page.rows[0].id)
        elif open_single and page.rows:
            self.table.setFocus()

    def _update_footer(self) -> None:
        page = self._page
        if page is None:
            self.count_label.setText("")
            self.gross_label.setText("")
            self.net_label.setText("")
            return
        shown, total = len(page.rows), page.total_count
        if total == 0:
            self.count_label.setText(self.tr("No pieces match."))
        elif page.capped:
            self.count_label.setText(
                self.tr("Showing {shown} of more than {cap} pieces - type more to narrow").format(
                    shown=format_indian(Decimal(shown), 0),
                    cap=format_indian(Decimal(total - 1), 0),
                )
            )
        elif shown < total:
            self.count_label.setText(
                self.tr("Showing {shown} of {total} pieces - type more to narrow").format(
                    shown=format_indian(Decimal(shown), 0), total=format_indian(Decimal(total), 0)
                )
            )
        elif total == 1:
            self.count_label.setText(self.tr("1 piece"))
        else:
            self.count_label.setText(
                self.tr("{total} pieces").format(total=format_indian(Decimal(total), 0))
            )
        self.gross_label.setText(
            self.tr("Gross {weight}").format(weight=_total_weight(page.total_gross_mg))
        )
        self.net_label.setText(
            self.tr("Net {weight}").format(weight=_total_weight(page.total_net_mg))
        )

    # --- scan + Enter ----------------------------------------------------------------------------
    def enter_in_search(self) -> None:
        """A scanner (or a person) typed a code and Enter: open that piece if the code is exact."""
        code = self.search.text().strip()
        self._debounce.stop()
        if not code:
            self.table.setFocus()
            return
        self._generation += 1
        self._runner.run(
            self._stock.find_by_code,
            code,
            on_done=partial(self._on_code_looked_up, self._generation, code),
        )

    def _on_code_looked_up(self, generation: int, code: str, row: PieceRow | None) -> None:
        if generation != self._generation:
            return
        if row is None:
            emit(self.code_not_found, code)
            self.run_search(then_open_single=True)
            return
        if self.model.row_of(row.id) < 0:
            self._page = None
            self.model.set_rows([row])
            self._update_footer()
        self.select_piece(row.id)
        self.open_piece(row.id)

    def select_piece(self, piece_id: str) -> bool:
        source_row = self.model.row_of(piece_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        emit(self.piece_selected, self.model.rows()[source_row])
        return True

    def selected_piece(self) -> PieceRow | None:
        row = self.table.currentIndex().data(RowRole)
        return row  # type: ignore[no-any-return]

    def _on_table_activated(self, index: QModelIndex) -> None:
        row = index.data(RowRole)
        if row is not None:
            self.open_piece(row.id)

    def _on_open_button_clicked(self) -> None:
        self.open_selected()

    def open_selected(self) -> None:
        row = self.selected_piece()
        if row is not None:
            self.open_piece(row.id)

    def open_piece(self, piece_id: str) -> None:
        self._runner.run(self._stock.piece, piece_id, on_done=self._on_piece_loaded)

    def _on_piece_loaded(self, detail: PieceDetail) -> None:
        if self.piece_dialog is not None:
            self.piece_dialog.close()
        dialog = PieceDialog(detail, photos_dir=self._photos_dir, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_piece_dialog_finished)
        self.piece_dialog = dialog
        dialog.open()
        emit(self.piece_opened, detail)

    def _on_piece_dialog_finished(self, _result: int) -> None:
        self.piece_dialog = None
        self.window().activateWindow()
        self.focus_first()  # the next scan goes straight into the search box

    # --- tags and summary ------------------------------------------------------------------------
    def selected_pieces(self) -> list[PieceRow]:
        rows = {i.row(): i.data(RowRole) for i in self.table.selectionModel().selectedRows()}
        return [rows[r] for r in sorted(rows) if rows[r] is not None]

    def print_selected(self) -> None:
        """Reprint the tags of the selected rows (Ctrl+P); a failure stays in the print queue."""
        pieces = self.selected_pieces()
        current = self.selected_piece()
        if not pieces and current is not None:
            pieces = [current]
        if self._tags is None or self._user is None or not pieces:
            return
        self._runner.run(
            self._tags.print_tags,
            [p.id for p in pieces],
            by=self._user,
            on_done=self._on_tags_printed,
            on_error=self._on_tags_failed,
        )

    def _on_tags_failed(self, exc: JewelPOSError) -> None:
        emit(self._runner.failed, print_error_text(exc))

    def save_label_sheet(self, path: str | None = None) -> None:
        """The selected rows' tags as an A4 label-sheet PDF at actual size (Ctrl+Shift+P)."""
        pieces = self.selected_pieces()
        current = self.selected_piece()
        if not pieces and current is not None:
            pieces = [current]
        if self._tags is None or not pieces:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save label sheet"), "tags.pdf", self.tr("PDF (*.pdf)")
            )
        if path:
            self._runner.run(
                self._tags.save_label_sheet,
                [p.id for p in pieces],
                Path(path),
                on_done=self._on_sheet_saved,
            )

    def _on_sheet_saved(self, path: Path) -> None:
        emit(self.label_sheet_saved, str(path))

    def _on_tags_printed(self, job: object) -> None:
        emit(self.tags_printed, job)

    def show_summary(self) -> None:
        self._runner.run(self._stock.summary, on_done=self._on_summary_loaded)

    def _on_summary_loaded(self, rows: list[SummaryRow]) -> None:
        if self.summary_dialog is not None:
            self.summary_dialog.close()
        dialog = StockSummaryDialog(rows, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_summary_dialog_finished)
        self.summary_dialog = dialog
        dialog.open()

    def _on_summary_dialog_finished(self, _result: int) -> None:
        self.summary_dialog = None
        self.focus_first()


class _SearchKeys(QObject):
    """Enter in the search box looks the code up; Enter in the table opens; Down moves into the table."""

    def __init__(self, screen: StockScreen) -> None:
        super().__init__(screen)
        self._screen = screen

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        screen = self._screen
        if obj is screen.search:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                screen.enter_in_search()
                return True
            if key == Qt.Key.Key_Down and screen.proxy.rowCount():
                screen.table.setFocus()
                return True
        elif obj is screen.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            screen.open_selected()
            return True
        return False


def _total_weight(mg: int) -> str:
    """Totals can reach lakhs of grams: Indian grouping, 3 decimals, "g"."""
    return f"{format_indian(grams_from_mg(mg), 3)} g"

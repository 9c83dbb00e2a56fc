"""Stock-take screen: start a count (tray, category, branch), scan tags, see found / missing /
extra / unknown live, close with a PDF report, and (a manager) record the differences."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError
from jewelpos.domain.formatting import format_weight_mg
from jewelpos.ui.labels import category_name
from jewelpos.ui.messages import error_text
from jewelpos.ui.models.stock_tools import Column, RowsModel
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.stock import CategoryInfo
    from jewelpos.services.stocktake import CountedPiece, ScanResult, StockTakeState
    from jewelpos.ui.tasks import TaskRunner


class StockTakeScreen(QWidget):
    """F2 starts a count; scans (code + Enter) go to the scan field; F9 closes; F10 records."""

    count_started = Signal(object)  # StockTakeState
    code_scanned = Signal(object)  # ScanResult
    count_closed = Signal(object)  # StockTakeState
    report_saved = Signal(str)  # path of the PDF
    differences_recorded = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        reports_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stockTakeScreen")
        self._services = services
        self._runner = runner
        self._user = user
        self._reports_dir = reports_dir
        self._categories: list[CategoryInfo] = []
        self.state: StockTakeState | None = None
        self.confirm_box: QMessageBox | None = None

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.scope = QComboBox()
        for kind in ("tray", "category", "branch"):
            self.scope.addItem("", kind)
        self.scope.currentIndexChanged.connect(self._on_scope_current_index_changed)
        self.tray = QLineEdit()
        self.tray.returnPressed.connect(self.start_count)  # Enter after the tray name starts
        self.category = QComboBox()
        self.scope_label = QLabel()
        self.scope_label.setBuddy(self.scope)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start_count)
        self.scan = QLineEdit()
        self.scan.setObjectName("scanField")
        self.scan.setProperty("big", True)
        self.scan.returnPressed.connect(self._on_scan_return_pressed)
        self.scan_label = QLabel()
        self.scan_label.setBuddy(self.scan)
        self.last_scan = QLabel()
        self.last_scan.setObjectName("lastScan")
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_count)
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.record_differences)
        for b in (self.start_button, self.close_button, self.record_button):
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        def piece_columns() -> list[Column[CountedPiece]]:
            return [
                Column(lambda: self.tr("Tag"), lambda p: p.tag_code),
                Column(
                    lambda: self.tr("Category"),
                    lambda p: category_name(p.category_name, p.category_name_hi),
                ),
                Column(lambda: self.tr("Purity"), lambda p: p.purity_label),
                Column(
                    lambda: self.tr("Gross"), lambda p: format_weight_mg(p.gross_mg), right=True
                ),
                Column(lambda: self.tr("Tray"), lambda p: p.tray),
            ]

        self.found_model: RowsModel[CountedPiece] = RowsModel(piece_columns(), self)
        self.missing_model: RowsModel[CountedPiece] = RowsModel(piece_columns(), self)
        self.extra_model: RowsModel[CountedPiece] = RowsModel(piece_columns(), self)
        self.unknown_model: RowsModel[str] = RowsModel([Column(lambda: self.tr("Code"), str)], self)
        self.lists: dict[str, tuple[QLabel, QTableView]] = {}
        grid = QGridLayout()
        models: tuple[tuple[str, QAbstractItemModel], ...] = (
            ("found", self.found_model),
            ("missing", self.missing_model),
            ("extra", self.extra_model),
            ("unknown", self.unknown_model),
        )
        for i, (key, model) in enumerate(models):
            caption = QLabel()
            caption.setObjectName("sectionTitle")
            view = QTableView()
            view.setObjectName(f"{key}List")
            view.setModel(model)
            view.verticalHeader().hide()
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            grid.addWidget(caption, (i // 2) * 2, i % 2)
            grid.addWidget(view, (i // 2) * 2 + 1, i % 2)
            self.lists[key] = (caption, view)

        top = QHBoxLayout()
        top.addWidget(self.scope_label)
        top.addWidget(self.scope)
        top.addWidget(self.tray, 1)
        top.addWidget(self.category, 1)
        top.addWidget(self.start_button)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label)
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.last_scan, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addLayout(scan_row)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        for key, slot in (
            ("F2", self.start_count),
            ("F9", self.close_count),
            ("F10", self.record_differences),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self._on_scope_current_index_changed(0)
        self._update_buttons()
        self.retranslate_ui()

    # --- text ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Stock-take"))
        self.scope_label.setText(self.tr("C&ount"))
        for i, text in enumerate((self.tr("A tray"), self.tr("A category"), self.tr("Whole branch"))):  # fmt: skip
            self.scope.setItemText(i, text)
        self.tray.setPlaceholderText(self.tr("Tray name, e.g. A1"))
        self.start_button.setText(self.tr("Start count  F2"))
        self.scan_label.setText(self.tr("&Scan tag"))
        self.scan.setPlaceholderText(self.tr("Scan each tag (or type the code and Enter)"))
        self.close_button.setText(self.tr("Close and report  F9"))
        self.record_button.setText(self.tr("Record differences  F10"))
        for model in (self.found_model, self.missing_model, self.extra_model, self.unknown_model):
            model.retranslate()
        self._category_texts()
        self._update_captions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_captions(self) -> None:
        s = self.state
        counts = {
            "found": (self.tr("Found"), s.found_count if s else 0),
            "missing": (self.tr("Missing"), s.missing_count if s else 0),
            "extra": (self.tr("Extra (not expected here)"), s.extra_count if s else 0),
            "unknown": (self.tr("Unknown codes"), s.unknown_count if s else 0),
        }
        for key, (caption, _view) in self.lists.items():
            name, n = counts[key]
            caption.setText(f"{name}: {n}")

    def _update_buttons(self) -> None:
        status = self.state.status if self.state else ""
        self.scan.setEnabled(status == "open")
        self.close_button.setEnabled(status == "open")
        self.record_button.setEnabled(status == "closed" and self._user.can_manage)

    # --- start -----------------------------------------------------------------------------------
    def start(self) -> None:
        self._runner.run(self._services.stock.categories, on_done=self._on_categories_loaded)

    def focus_first(self) -> None:
        if self.state is not None and self.state.status == "open":
            self.scan.setFocus()
        else:
            self.tray.setFocus() if self.tray.isVisible() else self.scope.setFocus()

    def _on_categories_loaded(self, categories: list[CategoryInfo]) -> None:
        self._categories = list(categories)
        self.category.clear()
        for c in self._categories:
            self.category.addItem(category_name(c.name, c.name_hi), c.id)

    def _category_texts(self) -> None:
        """Category names follow the UI language (Hindi names where the shop gave them)."""
        for i, c in enumerate(self._categories):
            if i < self.category.count():
                self.category.setItemText(i, category_name(c.name, c.name_hi))

    def _on_scope_current_index_changed(self, _index: int) -> None:
        kind = self.scope.currentData()
        self.tray.setVisible(kind == "tray")
        self.category.setVisible(kind == "category")

    def start_count(self) -> None:
        kind = str(self.scope.currentData())
        value = {"tray": self.tray.text(), "category": self.category.currentData() or ""}.get(kind, "")  # fmt: skip
        self._runner.run(
            self._services.stocktake.start,
            kind,
            value,
            by=self._user,
            on_done=self._on_count_started,
            on_error=self._on_error,
        )

    def _on_count_started(self, state: StockTakeState) -> None:
        self._show_state(state)
        self.message.show_message(
            self.tr("Count {number} started: {count} pieces expected. Scan every tag.").format(
                number=state.number, count=state.expected_count
            ),
            "info",
        )
        self.scan.setFocus()
        emit(self.count_started, state)

    def _show_state(self, state: StockTakeState) -> None:
        self.state = state
        self.found_model.set_rows(state.found)
        self.missing_model.set_rows(state.missing)
        self.extra_model.set_rows(state.extra)
        self.unknown_model.set_rows(state.unknown)
        self._update_captions()
        self._update_buttons()

    # --- scanning --------------------------------------------------------------------------------
    def _on_scan_return_pressed(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if not code or self.state is None:
            return
        self._runner.run(
            self._services.stocktake.scan,
            self.state.id,
            code,
            by=self._user,
            on_done=self._on_scanned,
            on_error=self._on_error,
        )

    def _on_scanned(self, result: ScanResult) -> None:
        texts = {
            "found": self.tr("✓ {code} found"),
            "extra": self.tr("! {code} is not expected in this count"),
            "unknown": self.tr("? {code} is not a known tag"),
            "repeat": self.tr("{code} was scanned already"),
        }
        self.last_scan.setText(texts[result.result].format(code=result.code))
        self.last_scan.setProperty("result", result.result)
        if self.state is not None:
            self._runner.run(self._services.stocktake.state, self.state.id, on_done=self._on_state_loaded)  # fmt: skip
        emit(self.code_scanned, result)
        self.scan.setFocus()

    def _on_state_loaded(self, state: StockTakeState) -> None:
        self._show_state(state)

    # --- closing ---------------------------------------------------------------------------------
    def close_count(self) -> None:
        """F9: ask first (closing ends the scanning and lists what was not found as missing)."""
        if self.state is None or self.state.status != "open":
            return
        if self.confirm_box is not None and self.confirm_box.isVisible():
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close the count?"))
        box.setText(
            self.tr("Close count {number}? Scanning stops; {missing} pieces not scanned will be "
                    "listed as missing.").format(number=self.state.number,
                                                 missing=self.state.missing_count)
        )  # fmt: skip
        # F9 again confirms; Enter and Esc go back to counting (a scanner ends every code with
        # Enter and never sends F9, so a scan cannot close the count by accident)
        confirm = box.addButton(self.tr("Close the count  F9"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Go on counting  Esc"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        again = QAction(box)
        again.setShortcut(QKeySequence("F9"))
        again.triggered.connect(confirm.click)
        box.addAction(again)
        box.buttonClicked.connect(lambda button: self._on_confirm_answered(button is confirm))
        box.finished.connect(self._on_confirm_finished)
        self.confirm_box = box
        box.open()
        box.activateWindow()
        keep.setFocus()

    def _on_confirm_answered(self, close: bool) -> None:
        if close:
            self._do_close_count()

    def _on_confirm_finished(self, _result: int) -> None:
        self.window().activateWindow()  # back to the screen: its keys work again
        self.focus_first()

    def _do_close_count(self) -> None:
        if self.state is None or self.state.status != "open":
            return
        self._runner.run(
            self._services.stocktake.close,
            self.state.id,
            by=self._user,
            on_done=self._on_count_closed,
            on_error=self._on_error,
        )

    def _on_count_closed(self, state: StockTakeState) -> None:
        self._show_state(state)
        emit(self.count_closed, state)
        self.save_report()

    def save_report(self) -> None:
        if self.state is None:
            return
        path = self._reports_dir / f"stocktake-{self.state.number.replace('/', '-')}.pdf"
        self._runner.run(
            _write_report,
            self._services,
            self.state.id,
            path,
            on_done=self._on_report_saved,
            on_error=self._on_error,
        )

    def _on_report_saved(self, path: Path) -> None:
        self.message.show_message(
            self.tr("Count closed. Report saved as {path}").format(path=str(path)), "info"
        )
        emit(self.report_saved, str(path))

    def record_differences(self) -> None:
        if self.state is None or self.state.status != "closed":
            return
        self._runner.run(
            self._services.stocktake.record_differences,
            self.state.id,
            by=self._user,
            on_done=self._on_recorded,
            on_error=self._on_error,
        )

    def _on_recorded(self, state: StockTakeState) -> None:
        self._show_state(state)
        self.message.show_message(
            self.tr("{count} missing pieces recorded.").format(count=state.missing_count), "info"
        )
        emit(self.differences_recorded, state)

    def _on_error(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc), "error")


def _write_report(services: Services, take_id: str, path: Path) -> Path:
    """Runs on the worker: render the report and write it (ValidationError if it cannot)."""
    from jewelpos.domain.errors import ValidationError

    shop = services.setup.shop_info()
    data = services.stocktake.report_pdf(take_id, shop_name=shop.shop_name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise ValidationError("file", f"cannot write {path}: {exc.strerror}") from None
    return path

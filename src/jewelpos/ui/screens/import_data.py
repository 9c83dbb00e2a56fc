"""Import screen: choose a CSV/XLSX file, check the guessed column mapping, dry run (every bad
row listed), then import all rows or none with progress and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.services.importing import ImportRefused, RowError, fields_for
from jewelpos.ui.messages import error_text, field_label, problem_text
from jewelpos.ui.models.stock_tools import Column, RowsModel
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.importing import ImportReport, Table
    from jewelpos.ui.tasks import TaskRunner


class _ProgressRelay(QObject):
    """The worker reports progress through this signal (queued into the GUI thread)."""

    moved = Signal(int, int)


class ImportScreen(QWidget):
    """Ctrl+O file, F5 dry run, F10 import, Esc cancels a running import."""

    file_read = Signal(object)  # Table
    checked = Signal(object)  # ImportReport
    imported = Signal(object)  # ImportReport
    import_failed = Signal(str)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importScreen")
        self._services = services
        self._runner = runner
        self._user = user
        self._table: Table | None = None
        self._cancel = threading.Event()
        self._relay = _ProgressRelay(self)
        self._relay.moved.connect(self._on_relay_moved)

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.kind = QComboBox()
        self.kind.addItem("", "stock")
        self.kind.addItem("", "customers")
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.path = QLineEdit()
        self.path.returnPressed.connect(self.read_file)
        self.path_label = QLabel()
        self.path_label.setBuddy(self.path)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setObjectName("mappingTable")
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.errors: RowsModel[RowError] = RowsModel(
            [
                Column(lambda: self.tr("Row"), lambda e: str(e.row), right=True),
                Column(lambda: self.tr("Field"), lambda e: field_label(e.field)),
                Column(
                    lambda: self.tr("Problem"),
                    lambda e: problem_text(ValidationError(e.field, e.problem)),
                ),
            ],
            self,
        )
        self.errors_view = QTableView()
        self.errors_view.setObjectName("importErrors")
        self.errors_view.setModel(self.errors)
        self.errors_view.verticalHeader().hide()
        self.errors_view.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.progress = QProgressBar()
        self.progress.hide()
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.dry_run)
        self.import_button = QPushButton()
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        for b in (self.browse_button, self.check_button, self.import_button, self.cancel_button):
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.path_label)
        top.addWidget(self.path, 1)
        top.addWidget(self.browse_button)
        middle = QHBoxLayout()
        middle.addWidget(self.mapping, 2)
        middle.addWidget(self.errors_view, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        for key, slot in (
            ("Ctrl+O", self.browse),
            ("F5", self.dry_run),
            ("F10", self.run_import),
            ("Esc", self.cancel),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Import stock or customers"))
        self.kind.setItemText(0, self.tr("Stock"))
        self.kind.setItemText(1, self.tr("Customers"))
        self.path_label.setText(self.tr("&File"))
        self.path.setPlaceholderText(self.tr("A .csv or .xlsx file; Enter reads its columns"))
        self.browse_button.setText(self.tr("Choose…  Ctrl+O"))
        self.check_button.setText(self.tr("Check (dry run)  F5"))
        self.import_button.setText(self.tr("Import  F10"))
        self.cancel_button.setText(self.tr("Cancel  Esc"))
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Field")])
        self.errors.retranslate()

    def field_title(self, name: str) -> str:
        """A field as people call it (the stored name is shown for unknown ones)."""
        titles = {
            "tag_code": self.tr("Tag code"),
            "category": self.tr("Category (code or name)"),
            "metal": self.tr("Metal"),
            "purity": self.tr("Purity (916, 22K, 22K916)"),
            "gross_g": self.tr("Gross weight, g"),
            "stone_g": self.tr("Stone weight, g"),
            "stone_ct": self.tr("Stone weight, carats"),
            "net_g": self.tr("Net weight, g"),
            "stone_count": self.tr("Number of stones"),
            "stone_value": self.tr("Stone value, ₹"),
            "design_no": self.tr("Design no."),
            "description": self.tr("Description"),
            "huid": self.tr("HUIDs"),
            "cost": self.tr("Cost, ₹"),
            "location": self.tr("Location / counter"),
            "tray": self.tr("Tray"),
            "name": self.tr("Name"),
            "mobile": self.tr("Mobile"),
            "alternate_phone": self.tr("Other phone"),
            "address": self.tr("Address"),
            "city": self.tr("City"),
            "state_code": self.tr("State code"),
            "pin_code": self.tr("PIN code"),
            "email": self.tr("E-mail"),
            "birthday": self.tr("Birthday"),
            "anniversary": self.tr("Anniversary"),
            "pan": self.tr("PAN"),
            "gstin": self.tr("GSTIN"),
            "notes": self.tr("Notes"),
        }
        return titles.get(name, name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def start(self) -> None:
        pass

    def focus_first(self) -> None:
        self.path.setFocus()

    def kind_value(self) -> str:
        return str(self.kind.currentData())

    def _on_kind_current_index_changed(self, _index: int) -> None:
        if self._table is not None:
            self.read_file()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("File to import"), "", self.tr("Spreadsheets (*.csv *.xlsx)")
        )
        if path:
            self.path.setText(path)
            self.read_file()

    def read_file(self) -> None:
        self._runner.run(
            self._services.importing.read,
            Path(self.path.text().strip()),
            self.kind_value(),
            on_done=self._on_file_read,
            on_error=self._on_error,
        )

    def _on_file_read(self, result: tuple[Table, dict[str, str]]) -> None:
        table, guessed = result
        self._table = table
        fields = list(fields_for(self.kind_value()))
        self.mapping.setRowCount(len(table.headers))
        from PySide6.QtWidgets import QTableWidgetItem

        for i, header in enumerate(table.headers):
            item = QTableWidgetItem(header)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping.setItem(i, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("(do not import)"), "")
            for f in fields:
                combo.addItem(self.field_title(f), f)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(header, ""))))
            self.mapping.setCellWidget(i, 1, combo)
        self.summary.setText(self.tr("{rows} rows read").format(rows=len(table.rows)))
        self.errors.set_rows([])
        self.message.clear()  # an error about an earlier file no longer holds
        emit(self.file_read, table)

    def current_mapping(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for i in range(self.mapping.rowCount()):
            item = self.mapping.item(i, 0)
            header = item.text() if item is not None else ""
            combo = self.mapping.cellWidget(i, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                out[header] = str(combo.currentData())
        return out

    def set_field(self, header: str, field: str) -> None:
        """Map a column (for people and tests): the same as choosing it in the combo box."""
        for i in range(self.mapping.rowCount()):
            item = self.mapping.item(i, 0)
            if item is not None and item.text() == header:
                combo = self.mapping.cellWidget(i, 1)
                if isinstance(combo, QComboBox):
                    combo.setCurrentIndex(max(0, combo.findData(field)))

    def dry_run(self) -> None:
        self._runner.run(
            self._services.importing.dry_run,
            Path(self.path.text().strip()),
            self.kind_value(),
            self.current_mapping(),
            on_done=self._on_checked,
            on_error=self._on_error,
        )

    def _on_checked(self, report: ImportReport) -> None:
        self.errors.set_rows(report.errors)
        if report.ok:
            self.message.clear()  # the file passes now: the old refusal must not linger
            self.summary.setText(
                self.tr("All {rows} rows are good. F10 imports them.").format(
                    rows=report.total_rows
                )
            )
        else:
            self.summary.setText(
                self.tr("{bad} of {rows} rows have problems; fix them in the file.").format(
                    bad=len(report.bad_rows), rows=report.total_rows
                )
            )
        emit(self.checked, report)

    def run_import(self) -> None:
        self._cancel.clear()
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        relay, cancel = self._relay, self._cancel

        def progress(done: int, total: int) -> bool:
            emit(relay.moved, done, total)  # from the worker: queued to the GUI
            return not cancel.is_set()

        self._runner.run(
            self._services.importing.run_import,
            Path(self.path.text().strip()),
            self.kind_value(),
            self.current_mapping(),
            by=self._user,
            progress=progress,
            on_done=self._on_imported,
            on_error=self._on_import_error,
            on_finished=self._on_import_finished,
        )

    def cancel(self) -> None:
        self._cancel.set()

    def _on_relay_moved(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _on_imported(self, report: ImportReport) -> None:
        self.errors.set_rows([])
        self.message.show_message(
            self.tr("Imported {rows} rows.").format(rows=report.imported), "info"
        )
        emit(self.imported, report)

    def _on_import_error(self, exc: JewelPOSError) -> None:
        if isinstance(exc, ImportRefused):
            self.errors.set_rows(exc.errors)
            text = self.tr("Nothing was imported: {bad} rows have problems (listed).").format(
                bad=len({e.row for e in exc.errors})
            )
        elif exc.code == "import_cancelled":
            text = self.tr("Import cancelled; nothing was imported.")
        else:
            text = error_text(exc)
        self.message.show_message(text, "error")
        emit(self.import_failed, text)

    def _on_import_finished(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def _on_error(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc), "error")

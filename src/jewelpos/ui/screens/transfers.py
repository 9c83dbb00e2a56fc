"""Transfers screen: scan pieces onto an issue to another branch or counter/tray (F10 issues:
they are in transit, not sellable); receive an open transfer with F9."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError
from jewelpos.domain.formatting import format_weight_mg
from jewelpos.services.transfers import TransferInfo, TransferInput
from jewelpos.ui.labels import category_name, status_name
from jewelpos.ui.messages import error_text
from jewelpos.ui.models.stock_tools import Column, RowRole, RowsModel
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.stock import PieceRow
    from jewelpos.ui.tasks import TaskRunner


class TransfersScreen(QWidget):
    """Scan field adds codes; F10 issues; F9 receives the selected open transfer."""

    transfer_issued = Signal(object)
    transfer_received = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transfersScreen")
        self._services = services
        self._runner = runner
        self._user = user
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.kind = QComboBox()
        self.kind.addItem("", "tray")
        self.kind.addItem("", "branch")
        self.branch = QComboBox()
        self.location = QLineEdit()
        self.tray = QLineEdit()
        self.scan = QLineEdit()
        self.scan.setProperty("big", True)
        self.scan.returnPressed.connect(self._on_scan_return_pressed)
        self.scan_label = QLabel()
        self.scan_label.setBuddy(self.scan)
        self.codes = QListWidget()
        self.codes.setObjectName("transferCodes")
        self.codes.installEventFilter(self)
        self.scan.installEventFilter(self)
        self.open_model: RowsModel[TransferInfo] = RowsModel(
            [
                Column(lambda: self.tr("Transfer"), lambda t: t.number),
                Column(
                    lambda: self.tr("To"),
                    lambda t: t.to_branch or " / ".join(x for x in (t.to_location, t.to_tray) if x),
                ),
                Column(lambda: self.tr("Pieces"), lambda t: str(len(t.tag_codes)), right=True),
                Column(
                    lambda: self.tr("Gross"), lambda t: format_weight_mg(t.gross_mg), right=True
                ),
            ],
            self,
        )
        self.open_view = QTableView()
        self.open_view.setObjectName("openTransfers")
        self.open_view.setModel(self.open_model)
        self.open_view.verticalHeader().hide()
        self.open_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.open_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.issue_button = QPushButton()
        self.issue_button.setObjectName("primary")
        self.issue_button.clicked.connect(self.issue)
        self.receive_button = QPushButton()
        self.receive_button.clicked.connect(self.receive_selected)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeCode")
        self.remove_button.clicked.connect(self.remove_selected)
        for b in (self.issue_button, self.receive_button, self.remove_button):
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)

        where = QHBoxLayout()
        where.addWidget(self.kind)
        where.addWidget(self.branch, 1)
        where.addWidget(self.location, 1)
        where.addWidget(self.tray, 1)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label)
        scan_row.addWidget(self.scan, 1)
        lists = QHBoxLayout()
        lists.addWidget(self.codes, 1)
        lists.addWidget(self.open_view, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.receive_button)
        buttons.addWidget(self.issue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(where)
        layout.addLayout(scan_row)
        layout.addLayout(lists, 1)
        layout.addLayout(buttons)
        for key, slot in (("F10", self.issue), ("F9", self.receive_selected)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self._on_kind_current_index_changed(0)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Transfers"))
        self.kind.setItemText(0, self.tr("To a counter / tray"))
        self.kind.setItemText(1, self.tr("To another branch"))
        self.location.setPlaceholderText(self.tr("Counter"))
        self.tray.setPlaceholderText(self.tr("Tray"))
        self.scan_label.setText(self.tr("&Scan pieces"))
        self.issue_button.setText(self.tr("Issue transfer  F10"))
        self.remove_button.setText(self.tr("Remove piece  Del"))
        self.receive_button.setText(self.tr("Receive selected  F9"))
        self.open_model.retranslate()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        # Del removes the highlighted code from the list, from the list itself or from an empty
        # scan field (a scanner never types Del, so this cannot eat a scan).
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and (watched is self.codes or (watched is self.scan and not self.scan.text()))
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def start(self) -> None:
        self._runner.run(self._services.transfers.branches, on_done=self._on_branches_loaded)
        self.reload()

    def reload(self) -> None:
        self._runner.run(self._services.transfers.open_transfers, on_done=self.open_model.set_rows)

    def focus_first(self) -> None:
        self.scan.setFocus()

    def _on_branches_loaded(self, branches: list[tuple[str, str]]) -> None:
        self.branch.clear()
        for code, name in branches:
            self.branch.addItem(f"{code} · {name}", code)

    def _on_kind_current_index_changed(self, _index: int) -> None:
        to_branch = self.kind.currentData() == "branch"
        self.branch.setVisible(to_branch)
        self.location.setVisible(not to_branch)

    def _on_scan_return_pressed(self) -> None:
        code = self.scan.text().strip().upper()
        self.scan.clear()
        if not code or code in self.scanned_codes():
            return
        item = QListWidgetItem(code)
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.codes.addItem(item)
        self.codes.setCurrentItem(item)
        self._runner.run(
            self._services.stock.find_by_code, code,
            on_done=lambda row: self._on_piece_found(code, row),
        )  # fmt: skip

    def _on_piece_found(self, code: str, row: PieceRow | None) -> None:
        """Beside the code: category and gross weight, or that no such piece exists."""
        for i in range(self.codes.count()):
            item = self.codes.item(i)
            if item.data(Qt.ItemDataRole.UserRole) != code:
                continue
            if row is None:
                item.setText(self.tr("{code}  ·  no such piece (Del removes it)").format(code=code))
            else:
                item.setText(
                    f"{code}  ·  {category_name(row.category_name, row.category_name_hi)}"
                    f"  ·  {format_weight_mg(row.gross_mg)}"
                )

    def scanned_codes(self) -> tuple[str, ...]:
        """The codes on the list, in scan order."""
        return tuple(
            str(self.codes.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.codes.count())
        )

    def remove_selected(self) -> None:
        """Take the highlighted code (a wrong or unknown scan) off the list."""
        row = self.codes.currentRow()
        if row < 0:
            return
        item = self.codes.takeItem(row)
        code = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
        self.message.show_message(self.tr("{code} taken off the list.").format(code=code), "info")

    def issue(self) -> None:
        codes = self.scanned_codes()
        inp = TransferInput(
            kind=str(self.kind.currentData()),
            codes=codes,
            to_branch=str(self.branch.currentData() or "")
            if self.kind.currentData() == "branch"
            else "",
            to_location=self.location.text(),
            to_tray=self.tray.text(),
        )
        self._runner.run(
            self._services.transfers.issue, inp, by=self._user,
            on_done=self._on_issued, on_error=self._on_error,
        )  # fmt: skip

    def _on_issued(self, info: TransferInfo) -> None:
        self.codes.clear()
        # The next transfer goes somewhere else as often as not: make it ask again.
        self.location.clear()
        self.tray.clear()
        self.branch.setCurrentIndex(-1)
        self.message.show_message(
            self.tr("Transfer {number} issued: {count} pieces in transit.").format(
                number=info.number, count=len(info.tag_codes)
            ),
            "info",
        )
        self.reload()
        emit(self.transfer_issued, info)

    def receive_selected(self) -> None:
        info = self.open_view.currentIndex().data(RowRole)
        if info is None and self.open_model.rowCount():
            info = self.open_model.rows()[0]
        if info is None:
            return
        self._runner.run(
            self._services.transfers.receive, info.id, by=self._user,
            on_done=self._on_received, on_error=self._on_error,
        )  # fmt: skip

    def _on_received(self, info: TransferInfo) -> None:
        self.message.show_message(
            self.tr("Transfer {number} received ({receipt}): {count} pieces in stock.").format(
                number=info.number, receipt=info.receive_number, count=len(info.tag_codes)
            ),
            "info",
        )
        self.reload()
        emit(self.transfer_received, info)

    def _on_error(self, exc: JewelPOSError) -> None:
        code = str(exc.params.get("code") or exc.params.get("tag_code") or "")
        if exc.code == "not_found" and code:
            text = self.tr(
                "No piece has the code {code}. Select it in the list and press Del to remove it."
            ).format(code=code)
        elif exc.code == "piece_not_available" and code:
            text = self.tr(
                "{code} is not in stock ({status}). Select it in the list and press Del to "
                "remove it."
            ).format(code=code, status=status_name(exc.params.get("status", "")))
        else:
            text = error_text(exc)
        self.message.show_message(text, "error")

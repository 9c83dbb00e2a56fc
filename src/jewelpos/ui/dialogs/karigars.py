"""Karigars: the list with each one's metal balance in fine weight, adding a karigar, and metal
issued to or returned by the chosen karigar, with his ledger."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.formatting import format_weight_mg
from jewelpos.services.karigars import KarigarInfo, LedgerEntry
from jewelpos.ui.dialogs.order_intake import grams_field
from jewelpos.ui.formats import fmt_datetime
from jewelpos.ui.messages import error_text, problem_text
from jewelpos.ui.models.stock_tools import Column, RowRole, RowsModel
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import EnterNavigator, FieldErrors, with_error
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.ui.tasks import TaskRunner


def balance_text(fine_mg: int) -> str:
    """+ the karigar holds the shop's metal; - the shop owes him."""
    sign = "+" if fine_mg > 0 else ("-" if fine_mg < 0 else "")
    return f"{sign}{format_weight_mg(abs(fine_mg))}"


class KarigarsDialog(QDialog):
    """Ctrl+N focuses a new karigar's name; Ctrl+M records metal for the chosen karigar."""

    karigars_changed = Signal()

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("karigarsDialog")
        self._services = services
        self._runner = runner
        self._user = user
        self.errors = FieldErrors()
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.model: RowsModel[KarigarInfo] = RowsModel(
            [
                Column(lambda: self.tr("Karigar"), lambda k: k.name),
                Column(lambda: self.tr("Phone"), lambda k: k.phone),
                Column(lambda: self.tr("Specialities"), lambda k: k.specialities),
                Column(
                    lambda: self.tr("Usual wastage %"), lambda k: str(k.wastage_percent), right=True
                ),
                Column(
                    lambda: self.tr("Metal balance (fine)"),
                    lambda k: balance_text(k.balance_fine_mg),
                    right=True,
                ),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setObjectName("karigarTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.ledger_model: RowsModel[LedgerEntry] = RowsModel(
            [
                Column(lambda: self.tr("When"), lambda e: fmt_datetime(e.at)),
                Column(lambda: self.tr("Entry"), lambda e: self.entry_text(e.kind)),
                Column(
                    lambda: self.tr("Weight"),
                    lambda e: f"{format_weight_mg(e.weight_mg)} @ {e.purity}",
                    right=True,
                ),
                Column(lambda: self.tr("Fine"), lambda e: balance_text(e.fine_mg), right=True),
                Column(
                    lambda: self.tr("Balance"),
                    lambda e: balance_text(e.balance_fine_mg),
                    right=True,
                ),
                Column(lambda: self.tr("Note"), lambda e: e.note),
            ],
            self,
        )
        self.ledger = QTableView()
        self.ledger.setModel(self.ledger_model)
        self.ledger.verticalHeader().hide()
        self.ledger.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)

        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.specialities = QLineEdit()
        self.wastage = QLineEdit()
        self.add_button = QPushButton()
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_karigar)
        add_form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, w in (
            ("name", self.name),
            ("phone", self.phone),
            ("specialities", self.specialities),
            ("usual_wastage", self.wastage),
        ):
            label = QLabel()
            label.setBuddy(w)
            self.labels[key] = label
            add_form.addRow(label, with_error(w, self.errors.add(key, w)))
        add_form.addRow(self.add_button)
        self.add_box = QGroupBox()
        self.add_box.setLayout(add_form)

        self.kind = QComboBox()
        self.kind.addItem("", "issue")
        self.kind.addItem("", "return")
        self.purity = QLineEdit("999")
        self.weight = QLineEdit()
        self.note = QLineEdit()
        self.record_button = QPushButton()
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self.record_metal)
        metal_form = QFormLayout()
        metal_fields: tuple[tuple[str, QWidget], ...] = (
            ("metal_entry", self.kind),
            ("purity", self.purity),
            ("metal_weight", self.weight),
            ("note", self.note),
        )
        for key, field in metal_fields:
            label = QLabel()
            label.setBuddy(field)
            self.labels[key] = label
            metal_form.addRow(label, with_error(field, self.errors.add(key, field)))
        metal_form.addRow(self.record_button)
        self.metal_box = QGroupBox()
        self.metal_box.setLayout(metal_form)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)

        forms = QHBoxLayout()
        forms.addWidget(self.add_box, 1)
        forms.addWidget(self.metal_box, 1)
        tables = QHBoxLayout()  # side by side: the dialog fits 728 px in height
        tables.addWidget(self.view, 1)
        tables.addWidget(self.ledger, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(tables, 1)
        layout.addLayout(forms)
        layout.addLayout(bottom)
        EnterNavigator(
            [self.name, self.phone, self.specialities, self.wastage], self.add_karigar, self
        )
        EnterNavigator([self.kind, self.purity, self.weight, self.note], self.record_metal, self)
        for key, slot in (
            ("Ctrl+N", self.name.setFocus),
            ("Ctrl+M", self.kind.setFocus),
            ("Ctrl+L", self.view.setFocus),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.retranslate_ui()
        self.resize(1240, 640)
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Karigars"))
        self.title.setText(self.tr("Karigars and their metal (Ctrl+L list)"))
        self.add_box.setTitle(self.tr("New karigar  Ctrl+N"))
        self.metal_box.setTitle(self.tr("Metal for the chosen karigar  Ctrl+M"))
        for key, text in {
            "name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "specialities": self.tr("Specialities"),
            "usual_wastage": self.tr("Usual wastage %"),
            "metal_entry": self.tr("Entry"),
            "purity": self.tr("Purity"),
            "metal_weight": self.tr("Weight (g)"),
            "note": self.tr("Note"),
        }.items():
            self.labels[key].setText(text)
        self.kind.setItemText(0, self.tr("Metal issued to him"))
        self.kind.setItemText(1, self.tr("Metal returned by him"))
        self.add_button.setText(self.tr("Add karigar  Enter"))
        self.record_button.setText(self.tr("Record metal  Enter"))
        self.close_button.setText(self.tr("Close  Esc"))
        self.model.retranslate()
        self.ledger_model.retranslate()

    def entry_text(self, kind: str) -> str:
        return {
            "issue": self.tr("Metal issued"),
            "return": self.tr("Metal returned"),
            "piece": self.tr("Piece delivered"),
            "wastage": self.tr("Wastage allowed"),
        }.get(kind, kind)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self, select_id: str | None = None) -> None:
        self._runner.run(
            self._services.karigars.karigars,
            on_done=lambda rows: self._on_loaded(rows, select_id),
        )

    def _on_loaded(self, rows: list[KarigarInfo], select_id: str | None) -> None:
        chosen = self.chosen()
        current = select_id or (chosen.id if chosen else None)
        self.model.set_rows(rows)
        for i, k in enumerate(rows):
            if k.id == current or (current is None and i == 0):
                self.view.selectRow(i)
                break

    def chosen(self) -> KarigarInfo | None:
        info = self.view.currentIndex().data(RowRole)
        return info if isinstance(info, KarigarInfo) else None

    def _on_view_current_row_changed(self, *_args: object) -> None:
        k = self.chosen()
        if k is None:
            self.ledger_model.set_rows([])
            return
        self._runner.run(self._services.karigars.ledger, k.id, on_done=self.ledger_model.set_rows)

    def _error(self, e: JewelPOSError) -> None:
        if isinstance(e, ValidationError) and e.field in self.errors:
            self.errors.show({e.field: problem_text(e)})
        else:
            self.message.show_message(error_text(e), "error")

    def add_karigar(self) -> None:
        self.errors.clear()
        self._runner.run(
            self._services.karigars.add_karigar,
            name=self.name.text(),
            phone=self.phone.text(),
            specialities=self.specialities.text(),
            wastage_percent=self.wastage.text().strip() or Decimal(0),
            by=self._user,
            on_done=self._on_added,
            on_error=self._error,
        )

    def _on_added(self, k: KarigarInfo) -> None:
        for w in (self.name, self.phone, self.specialities, self.wastage):
            w.clear()
        self.message.show_message(self.tr("Karigar {name} added.").format(name=k.name), "info")
        self.reload(k.id)
        emit(self.karigars_changed)

    def record_metal(self) -> None:
        self.errors.clear()
        k = self.chosen()
        if k is None:
            self.message.show_message(
                self.tr("Choose a karigar in the list first (Ctrl+L)."), "error"
            )
            return
        try:
            weight = grams_field(self.weight.text(), "metal_weight")
            purity = int(self.purity.text().strip())
        except ValidationError as e:
            self._error(e)
            return
        except ValueError:
            self.errors.show({"purity": self.tr("Type the purity as a number, like 999 or 916.")})
            return
        self._runner.run(
            self._services.karigars.record_metal,
            k.id,
            kind=str(self.kind.currentData()),
            metal="silver" if purity in (925, 900, 835, 800, 970, 990) else "gold",
            purity=purity,
            weight_mg=weight,
            note=self.note.text(),
            by=self._user,
            on_done=self._on_recorded,
            on_error=self._error,
        )

    def _on_recorded(self, k: KarigarInfo) -> None:
        self.weight.clear()
        self.note.clear()
        self.message.show_message(
            self.tr("{name}: metal balance {balance} fine.").format(
                name=k.name, balance=balance_text(k.balance_fine_mg)
            ),
            "info",
        )
        self.reload(k.id)
        emit(self.karigars_changed)

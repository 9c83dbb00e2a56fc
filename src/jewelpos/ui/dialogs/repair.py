"""Taking in a customer's piece for repair: the customer (F4), the piece, the work to be done,
metal and purity, weight in, photos and the promised date; F10 saves."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.orders import RepairWork
from jewelpos.domain.validation import INDIAN_STATES
from jewelpos.services.repairs import RepairIntake, RepairView
from jewelpos.ui.dialogs.customer_pick import CustomerPickDialog
from jewelpos.ui.dialogs.order_intake import (
    GOLD_PURITIES,
    SILVER_PURITIES,
    grams_field,
    pydate,
    qdate,
)
from jewelpos.ui.messages import error_text, problem_text
from jewelpos.ui.models.orders import work_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import EnterNavigator, FieldErrors, set_tab_chain, with_error
from jewelpos.ui.widgets.message_bar import MessageBar
from jewelpos.ui.widgets.photo_list import PhotoList

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.customers import CustomerInfo
    from jewelpos.ui.tasks import TaskRunner


class RepairIntakeDialog(QDialog):
    """Emits ``repair_saved(RepairView)``."""

    repair_saved = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("repairIntakeDialog")
        self._services = services
        self._runner = runner
        self._user = user
        self.customer: CustomerInfo | None = None
        self.pick_dialog: CustomerPickDialog | None = None
        self._busy = False
        self.errors = FieldErrors()
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.customer_button = QPushButton()
        self.customer_button.setAutoDefault(False)
        self.customer_button.clicked.connect(self.pick_customer)
        self.customer_label = QLabel()
        self.piece = QLineEdit()
        self.work_boxes: dict[str, QCheckBox] = {w.value: QCheckBox() for w in RepairWork}
        self.purity = QComboBox()
        for p in GOLD_PURITIES:
            self.purity.addItem(f"{round(p * 24 / 1000)}K{p}", ("gold", p))
        for p in SILVER_PURITIES:
            self.purity.addItem(f"S{p}", ("silver", p))
        self.weight_in = QLineEdit()
        self.promised = QDateEdit(qdate(today + timedelta(days=3)))
        self.promised.setDisplayFormat("dd-MM-yyyy")
        self.promised.setCalendarPopup(True)
        self.promised.setMinimumDate(qdate(today))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.photos = PhotoList(
            runner,
            add_file=services.orders.add_photo_file,
            add_bytes=services.orders.add_photo_bytes,
            thumb_path=lambda sha: services.orders.photo_path(sha, thumb=True),
        )
        self.photos.refused.connect(self._on_photos_refused)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}

        def row(name: str, widget: QWidget) -> None:
            label = QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
            form.addRow(label, with_error(widget, self.errors.add(name, widget)))

        cust = QHBoxLayout()
        cust.addWidget(self.customer_button)
        cust.addWidget(self.customer_label, 1)
        cbox = QWidget()
        cbox.setLayout(cust)
        row("customer", cbox)
        row("piece", self.piece)
        works = QHBoxLayout()
        for box in self.work_boxes.values():
            works.addWidget(box)
        wbox = QWidget()
        wbox.setLayout(works)
        row("work", wbox)
        row("purity", self.purity)
        row("weight_in", self.weight_in)
        row("promised_on", self.promised)
        row("work_notes", self.notes)
        row("photos", self.photos)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addLayout(buttons)
        chain: list[QWidget] = [
            self.piece,
            *self.work_boxes.values(),
            self.purity,
            self.weight_in,
            self.promised,
            self.notes,
        ]
        EnterNavigator(chain, self.save, self)
        set_tab_chain([self.customer_button, *chain, self.photos.add_button, self.save_button])
        for key, slot in (("F4", self.pick_customer), ("F10", self.save)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.retranslate_ui()
        self.resize(900, 640)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New repair"))
        self.title.setText(self.tr("Repair: the customer's piece"))
        for name, text in {
            "customer": self.tr("Customer"),
            "piece": self.tr("&Piece"),
            "work": self.tr("Work (Space ticks)"),
            "purity": self.tr("P&urity"),
            "weight_in": self.tr("&Weight in (g)"),
            "promised_on": self.tr("Promised &on"),
            "work_notes": self.tr("&Notes"),
            "photos": self.tr("Photos"),
        }.items():
            self.labels[name].setText(text)
        for value, box in self.work_boxes.items():
            box.setText(work_text(value))
        self.customer_button.setText(self.tr("Find by mobile  F4"))
        if self.customer is None:
            self.customer_label.setText(self.tr("No customer yet"))
        self.save_button.setText(self.tr("Save  F10"))
        self.cancel_button.setText(self.tr("Cancel  Esc"))
        self.photos.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.customer_button.setFocus()

    def pick_customer(self) -> None:
        dialog = CustomerPickDialog(
            self._services.customers,
            self._runner,
            user=self._user,
            states=INDIAN_STATES,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.customer_chosen.connect(self._on_customer_chosen)
        dialog.finished.connect(self._on_pick_finished)
        self.pick_dialog = dialog
        dialog.open()

    def _on_customer_chosen(self, customer: CustomerInfo, _form60: bool) -> None:
        self.customer = customer
        self.customer_label.setText(f"{customer.name}  {customer.mobile}")

    def _on_pick_finished(self, _result: int) -> None:
        self.pick_dialog = None
        self.activateWindow()
        (self.piece if self.customer else self.customer_button).setFocus()

    def _on_photos_refused(self, text: str) -> None:
        self.errors.set_error("photos", text)

    def intake(self) -> RepairIntake:
        if self.customer is None:
            raise ValidationError("customer", "find the customer by mobile number first (F4)")
        metal, purity = self.purity.currentData()
        weight = grams_field(self.weight_in.text(), "weight_in")
        assert weight is not None
        return RepairIntake(
            customer_id=self.customer.id,
            description=self.piece.text(),
            work=tuple(v for v, box in self.work_boxes.items() if box.isChecked()),
            metal=str(metal),
            purity=int(purity),
            weight_in_mg=weight,
            promised_on=pydate(self.promised.date()),
            work_notes=self.notes.toPlainText(),
            photos=self.photos.shas,
        )

    def save(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        try:
            intake = self.intake()
        except ValidationError as e:
            self._show_error(e)
            return
        self._busy = True
        self._runner.run(
            self._services.repairs.take_repair, intake, by=self._user,
            on_done=self._on_saved, on_error=self._show_error, on_finished=self._on_finished,
        )  # fmt: skip

    def _show_error(self, e: JewelPOSError) -> None:
        if isinstance(e, ValidationError) and e.field in self.errors:
            self.errors.show({e.field: problem_text(e)})
            return
        self.message.show_message(error_text(e), "error")

    def _on_saved(self, view: RepairView) -> None:
        self.photos.stop_camera()
        emit(self.repair_saved, view)
        self.accept()

    def _on_finished(self) -> None:
        self._busy = False

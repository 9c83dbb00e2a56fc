"""Taking a customer order at the counter: the customer (F4, found by mobile), what the order is
made from, category, purity, weights, size, design notes, photos, the customer's own stones and
metal, an advance and the promised date; F10 saves and prints the order slip."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.orders import OrderSource
from jewelpos.domain.validation import INDIAN_STATES
from jewelpos.domain.weight import grams_text, mg_from_carats, mg_from_grams
from jewelpos.services.billing import PaymentMode
from jewelpos.services.orders import AdvanceIn, MaterialIn, OrderIntake, SavedOrder
from jewelpos.ui.dialogs.customer_pick import CustomerPickDialog
from jewelpos.ui.messages import error_text, problem_text
from jewelpos.ui.models.orders import source_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import EnterNavigator, FieldErrors, set_tab_chain, with_error
from jewelpos.ui.widgets.message_bar import MessageBar
from jewelpos.ui.widgets.photo_list import PhotoList

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.customers import CustomerInfo
    from jewelpos.services.stock import CategoryInfo
    from jewelpos.ui.tasks import TaskRunner

GOLD_PURITIES = (916, 750, 585, 999, 995, 958, 833, 375)
SILVER_PURITIES = (925, 999, 990, 970, 900, 835, 800)
MODES = (PaymentMode.CASH, PaymentMode.UPI, PaymentMode.CARD, PaymentMode.CHEQUE, PaymentMode.BANK)


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def grams_field(text: str, field: str, *, required: bool = True) -> int | None:
    """Grams typed as text -> mg; ValidationError naming the field."""
    t = text.strip().replace(",", "")
    if not t:
        if required:
            raise ValidationError(field, "is required")
        return None
    return mg_from_grams(t, field=field)


def money_field(text: str, field: str) -> Decimal | None:
    t = text.strip().replace(",", "").replace("₹", "")
    if not t:
        return None
    try:
        return Decimal(t)
    except InvalidOperation:
        raise ValidationError(field, "type an amount like 10000 or 10000.50") from None


def _metal_of(purity: int) -> str:
    """Customer's metal by its purity: 925, 900... are silver; 999 is taken as gold."""
    return "silver" if purity in SILVER_PURITIES and purity not in GOLD_PURITIES else "gold"


class OrderIntakeDialog(QDialog):
    """Emits ``order_saved(SavedOrder)`` once the order is kept."""

    order_saved = Signal(object)

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
        self.setObjectName("orderIntakeDialog")
        self._services = services
        self._runner = runner
        self._user = user
        self._today = today
        self._categories: list[CategoryInfo] = []
        self._materials: list[MaterialIn] = []
        self.customer: CustomerInfo | None = None
        self.pick_dialog: CustomerPickDialog | None = None
        self._saving = False
        self.errors = FieldErrors()

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.customer_button = QPushButton()
        self.customer_button.setAutoDefault(False)
        self.customer_button.clicked.connect(self.pick_customer)
        self.customer_label = QLabel()
        self.customer_label.setObjectName("customerLabel")
        self.source = QComboBox()
        for s in OrderSource:
            self.source.addItem("", s.value)
        self.source_ref = QLineEdit()
        self.category = QComboBox()
        self.category.currentIndexChanged.connect(self._on_category_current_index_changed)
        self.purity = QComboBox()
        self.weight_from = QLineEdit()
        self.weight_to = QLineEdit()
        self.size_field = QLineEdit()
        self.promised = QDateEdit(qdate(today + timedelta(days=15)))
        self.promised.setCalendarPopup(True)
        self.promised.setDisplayFormat("dd-MM-yyyy")
        self.promised.setMinimumDate(qdate(today))
        self.booked = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        self.photos = PhotoList(
            runner,
            add_file=services.orders.add_photo_file,
            add_bytes=services.orders.add_photo_bytes,
            thumb_path=lambda sha: services.orders.photo_path(sha, thumb=True),
        )
        self.photos.refused.connect(self._on_photos_refused)
        self.material_kind = QComboBox()
        self.material_kind.addItem("", "stone")
        self.material_kind.addItem("", "metal")
        self.material_desc = QLineEdit()
        self.material_count = QLineEdit()
        self.material_weight = QLineEdit()
        self.material_purity = QLineEdit()
        self.material_add = QPushButton()
        self.material_add.setAutoDefault(False)
        self.material_add.clicked.connect(self.add_material)
        self.material_list = QListWidget()
        self.material_list.setFixedHeight(56)
        self.advance_mode = QComboBox()
        for m in MODES:
            self.advance_mode.addItem("", m.value)
        self.advance = QLineEdit()
        self.advance_ref = QLineEdit()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}

        def row(name: str, widget: QWidget, layout: QFormLayout = form) -> None:
            label = QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
            layout.addRow(label, with_error(widget, self.errors.add(name, widget)))

        cust = QHBoxLayout()
        cust.addWidget(self.customer_button)
        cust.addWidget(self.customer_label, 1)
        cust_box = QWidget()
        cust_box.setLayout(cust)
        row("customer", cust_box)
        row("made_from", self.source)
        row("sample_ref", self.source_ref)
        row("category", self.category)
        row("purity", self.purity)
        weights = QHBoxLayout()
        weights.addWidget(self.weight_from)
        self.to_label = QLabel()
        weights.addWidget(self.to_label)
        weights.addWidget(self.weight_to)
        wbox = QWidget()
        wbox.setLayout(weights)
        row("weight_from", wbox)
        self.errors.add("weight_to", self.weight_to)
        row("piece_size", self.size_field)
        row("promised_on", self.promised)
        row("booked_weight", self.booked)

        right = QFormLayout()
        row("design_notes", self.notes, right)
        row("photos", self.photos, right)
        mat = QGridLayout()
        mat.addWidget(self.material_kind, 0, 0)
        mat.addWidget(self.material_desc, 0, 1, 1, 3)
        mat.addWidget(self.material_count, 1, 0)
        mat.addWidget(self.material_weight, 1, 1)
        mat.addWidget(self.material_purity, 1, 2)
        mat.addWidget(self.material_add, 1, 3)
        mat.addWidget(self.material_list, 2, 0, 1, 4)
        self.material_box = QGroupBox()
        self.material_box.setLayout(mat)
        self.errors.add("materials", self.material_desc)
        right.addRow(self.material_box)
        adv = QHBoxLayout()
        adv.addWidget(self.advance_mode)
        adv.addWidget(self.advance, 1)
        adv.addWidget(self.advance_ref, 1)
        abox = QWidget()
        abox.setLayout(adv)
        row("advance", abox, right)
        self.errors.add("advance_reference", self.advance_ref)
        self.errors.add("advance_mode", self.advance_mode)

        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self._chain: list[QWidget] = [
            self.source,
            self.source_ref,
            self.category,
            self.purity,
            self.weight_from,
            self.weight_to,
            self.size_field,
            self.promised,
            self.booked,
            self.notes,
            self.advance_mode,
            self.advance,
            self.advance_ref,
        ]
        EnterNavigator(self._chain, self.save, self)
        EnterNavigator(
            [
                self.material_kind,
                self.material_desc,
                self.material_count,
                self.material_weight,
                self.material_purity,
            ],
            self.add_material,
            self,
        )
        set_tab_chain(
            [
                self.customer_button,
                *self._chain[:10],
                self.photos.add_button,
                self.photos.camera_button,
                self.material_kind,
                self.material_desc,
                self.material_count,
                self.material_weight,
                self.material_purity,
                self.material_add,
                *self._chain[10:],
                self.save_button,
            ]
        )
        for key, slot in (
            ("F4", self.pick_customer),
            ("F10", self.save),
            ("Ctrl+M", self.add_material),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.retranslate_ui()
        self.resize(1240, 680)
        runner.run(services.stock.categories, on_done=self._on_categories_loaded)

    # --- text ----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New order"))
        self.title.setText(self.tr("New customer order"))
        texts = {
            "customer": self.tr("Customer"),
            "made_from": self.tr("&Made from"),
            "sample_ref": self.tr("Sample / item no."),
            "category": self.tr("Ca&tegory"),
            "purity": self.tr("P&urity"),
            "weight_from": self.tr("&Weight (g) from"),
            "piece_size": self.tr("Si&ze"),
            "promised_on": self.tr("&Promised on"),
            "booked_weight": self.tr("&Book today's rate for (g)"),
            "design_notes": self.tr("&Design notes"),
            "photos": self.tr("Photos"),
            "advance": self.tr("Ad&vance"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.to_label.setText(self.tr("to"))
        self.customer_button.setText(self.tr("Find by mobile  F4"))
        if self.customer is None:
            self.customer_label.setText(self.tr("No customer yet"))
        for i, s in enumerate(OrderSource):
            self.source.setItemText(i, source_text(s.value))
        self.material_box.setTitle(
            self.tr("Customer's own stones and metal (a receipt is printed)")
        )
        self.material_kind.setItemText(0, self.tr("Stones"))
        self.material_kind.setItemText(1, self.tr("Metal"))
        self.material_desc.setPlaceholderText(self.tr("What it is (ruby, old chain…)"))
        self.material_count.setPlaceholderText(self.tr("Count"))
        self.material_weight.setPlaceholderText(self.tr("Carats / grams"))
        self.material_purity.setPlaceholderText(self.tr("Purity (metal)"))
        self.material_add.setText(self.tr("Add  Ctrl+M"))
        mode_names = {
            "cash": self.tr("Cash"),
            "upi": self.tr("UPI"),
            "card": self.tr("Card"),
            "cheque": self.tr("Cheque"),
            "bank": self.tr("Bank transfer"),
        }
        for i, m in enumerate(MODES):
            self.advance_mode.setItemText(i, mode_names[m.value])
        self.advance.setPlaceholderText(self.tr("Amount (none: leave empty)"))
        self.advance_ref.setPlaceholderText(self.tr("Cheque no. / card last 4 / UPI ref"))
        self.booked.setPlaceholderText(self.tr("leave empty: charged at the delivery day's rate"))
        self.save_button.setText(self.tr("Save and print  F10"))
        self.cancel_button.setText(self.tr("Cancel  Esc"))
        self.photos.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.customer_button.setFocus()

    # --- loading -------------------------------------------------------------------------------
    def _on_categories_loaded(self, cats: list[CategoryInfo]) -> None:
        self._categories = list(cats)
        self.category.clear()
        for c in self._categories:
            self.category.addItem(c.name, c.id)

    def _on_category_current_index_changed(self, index: int) -> None:
        if not 0 <= index < len(self._categories):
            return
        cat = self._categories[index]
        purities = GOLD_PURITIES if cat.metal == "gold" else SILVER_PURITIES
        self.purity.clear()
        for p in (cat.default_purity, *[p for p in purities if p != cat.default_purity]):
            self.purity.addItem(
                f"{round(p * 24 / 1000)}K{p}" if cat.metal == "gold" else f"S{p}", p
            )

    # --- customer ------------------------------------------------------------------------------
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
        self.errors.set_error("customer", "")

    def _on_pick_finished(self, _result: int) -> None:
        self.pick_dialog = None
        self.activateWindow()
        (self.source if self.customer else self.customer_button).setFocus()

    # --- materials -----------------------------------------------------------------------------
    def add_material(self) -> None:
        kind = str(self.material_kind.currentData())
        desc = self.material_desc.text().strip()
        if not desc and not self.material_weight.text().strip():
            self.material_kind.setFocus()
            return
        try:
            count_text = self.material_count.text().strip()
            count = int(count_text) if count_text else (0 if kind == "metal" else 1)
            weight_text = self.material_weight.text().strip()
            if kind == "stone":
                weight = (
                    mg_from_carats(Decimal(weight_text), field="materials") if weight_text else 0
                )
                m = MaterialIn(kind="stone", description=desc, count=count, weight_mg=weight)
            else:
                weight = grams_field(weight_text, "materials") or 0
                purity = int(self.material_purity.text().strip() or "0")
                m = MaterialIn(
                    kind="metal",
                    description=desc,
                    count=count,
                    weight_mg=weight,
                    metal=_metal_of(purity),
                    purity=purity,
                )
        except (ValueError, InvalidOperation):
            self.errors.show(
                {"materials": self.tr("Type the count, carats or grams and purity as numbers.")}
            )
            return
        except ValidationError as e:
            self.errors.show({"materials": e.problem})
            return
        self._materials.append(m)
        self.material_list.addItem(self._material_text(m))
        for w in (
            self.material_desc,
            self.material_count,
            self.material_weight,
            self.material_purity,
        ):
            w.clear()
        self.errors.set_error("materials", "")
        self.material_kind.setFocus()

    def _material_text(self, m: MaterialIn) -> str:
        if m.kind == "stone":
            return self.tr("{count} x {what}, {ct} ct").format(
                count=m.count, what=m.description, ct=f"{Decimal(m.weight_mg) / 200:.2f}"
            )
        return self.tr("{what}: {grams} g at {purity}").format(
            what=m.description, grams=grams_text(m.weight_mg), purity=m.purity
        )

    @property
    def materials(self) -> tuple[MaterialIn, ...]:
        return tuple(self._materials)

    # --- saving --------------------------------------------------------------------------------
    def _on_photos_refused(self, text: str) -> None:
        self.errors.set_error("photos", text)
        self.message.show_message(text, "error")

    def intake(self) -> OrderIntake:
        """The form as an OrderIntake; ValidationError naming the field for what cannot be read."""
        if self.customer is None:
            raise ValidationError("customer", "find the customer by mobile number first (F4)")
        index = self.category.currentIndex()
        if not 0 <= index < len(self._categories):
            raise ValidationError("category", "choose a category")
        cat = self._categories[index]
        low = grams_field(self.weight_from.text(), "weight_from")
        high_text = self.weight_to.text().strip()
        high = grams_field(high_text, "weight_to") if high_text else low
        booked = grams_field(self.booked.text(), "booked_weight", required=False)
        amount = money_field(self.advance.text(), "advance")
        advance = None
        if amount is not None:
            advance = AdvanceIn(
                mode=PaymentMode(str(self.advance_mode.currentData())),
                amount=amount,
                reference=self.advance_ref.text(),
            )
        assert low is not None and high is not None
        return OrderIntake(
            customer_id=self.customer.id,
            category_id=cat.id,
            metal=cat.metal,
            purity=int(self.purity.currentData() or cat.default_purity),
            weight_min_mg=low,
            weight_max_mg=high,
            promised_on=pydate(self.promised.date()),
            source=str(self.source.currentData()),
            source_ref=self.source_ref.text(),
            size=self.size_field.text(),
            design_notes=self.notes.toPlainText(),
            photos=self.photos.shas,
            materials=self.materials,
            advance=advance,
            booked_weight_mg=booked,
        )

    def save(self) -> None:
        if self._saving:
            return
        self.errors.clear()
        try:
            intake = self.intake()
        except ValidationError as e:
            self._show_error(e)
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self._runner.run(
            self._services.orders.take_order, intake, by=self._user,
            on_done=self._on_saved, on_error=self._on_save_failed, on_finished=self._on_save_finished,
        )  # fmt: skip

    def _show_error(self, e: JewelPOSError) -> None:
        if isinstance(e, ValidationError):
            name = (
                e.field
                if e.field in self.errors
                else ("materials" if e.field.startswith("materials") else "")
            )
            if name and self.errors.show({name: problem_text(e)}):
                return
        self.message.show_message(error_text(e), "error")

    def _on_saved(self, saved: SavedOrder) -> None:
        self.photos.stop_camera()
        emit(self.order_saved, saved)
        self.accept()

    def _on_save_failed(self, exc: JewelPOSError) -> None:
        self._show_error(exc)

    def _on_save_finished(self) -> None:
        self._saving = False
        self.save_button.setEnabled(True)

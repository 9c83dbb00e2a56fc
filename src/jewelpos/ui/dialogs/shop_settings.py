"""Shop settings (managers, from Settings F12 -> Alt+H): hallmark fee, repair GST, PAN, buyer and
cash limits, HUID exemption, time zone, reopening hours and each category's default VA and making.
The service checks the role and every value; its message shows at the field, nothing typed lost."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.ui.labels import category_name
from jewelpos.ui.messages import error_text, problem_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import FieldErrors, with_error
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.shop_settings import ShopSettings
    from jewelpos.services.stock import CategoryInfo
    from jewelpos.ui.tasks import TaskRunner

PRINT_LANGUAGE_CHOICES = ("en", "hi", "both")  # the service's print_language values, in order
DISPLAY_LANGUAGE_CHOICES = ("en", "hi")  # the service's customer_display_language values
_MONEY_FIELDS = ("hallmark_fee", "pan_threshold", "buyer_details_threshold", "cash_limit")
_TEXT_FIELDS = (*_MONEY_FIELDS, "repair_labour_gst_percent", "time_zone", "reopen_hours")


def _plain(value: Decimal) -> str:
    """2,00,000.00 -> 200000; 45.50 stays 45.50 (easy to type over)."""
    text = f"{value:.2f}"
    return text[:-3] if text.endswith(".00") else text


class _CategoryRow:
    """The widgets of one category's defaults."""

    def __init__(self, info: CategoryInfo, parent: QWidget) -> None:
        self.info = info
        self.name = QLabel(category_name(info.name, info.name_hi), parent)
        self.wastage = QLineEdit(_plain(info.wastage_percent), parent)
        self.wastage.setObjectName(f"wastage_{info.code}")
        self.wastage_on = QComboBox(parent)
        self.making_kind = QComboBox(parent)
        self.making = QLineEdit(_plain(info.making_value), parent)
        self.making.setObjectName(f"making_{info.code}")
        for edit in (self.wastage, self.making):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(110)

    def fill_choices(self, tr: Any) -> None:
        self.wastage_on.clear()
        self.wastage_on.addItem(
            QCoreApplication.translate("ShopSettingsDialog", "% of value"), "value"
        )
        self.wastage_on.addItem(
            QCoreApplication.translate("ShopSettingsDialog", "% of weight"), "weight"
        )
        self.wastage_on.setCurrentIndex(max(0, self.wastage_on.findData(self.info.wastage_on)))
        self.making_kind.clear()
        self.making_kind.addItem(
            QCoreApplication.translate("ShopSettingsDialog", "₹ per gram"), "per_g"
        )
        self.making_kind.addItem(
            QCoreApplication.translate("ShopSettingsDialog", "% of metal"), "percent"
        )
        self.making_kind.addItem(
            QCoreApplication.translate("ShopSettingsDialog", "₹ per piece"), "flat"
        )
        self.making_kind.setCurrentIndex(max(0, self.making_kind.findData(self.info.making_kind)))

    def changed(self) -> bool:
        i = self.info
        return (
            self.wastage.text().strip() != _plain(i.wastage_percent)
            or self.wastage_on.currentData() != i.wastage_on
            or self.making_kind.currentData() != i.making_kind
            or self.making.text().strip() != _plain(i.making_value)
        )


class ShopSettingsDialog(QDialog):
    """Emits ``loaded(ShopSettings)`` and ``saved(ShopSettings)``; Ctrl+S saves, Esc closes."""

    loaded = Signal(object)
    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shopSettingsDialog")
        self._services = services
        self._runner = runner
        self._user = user
        self.current: ShopSettings | None = None
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.errors = FieldErrors()

        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.units: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in _TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setMaximumWidth(180)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.edits[name] = edit
            label = QLabel()
            label.setBuddy(edit)
            self.labels[name] = label
            unit = QLabel()
            unit.setObjectName("hint")
            self.units[name] = unit
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addWidget(unit, 1)
            box = QWidget()
            box.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            form.addRow(label, with_error(box, self.errors.add(name, edit)))
        self.huid_exempt = QCheckBox()
        self.huid_exempt.setObjectName("huidExempt")
        form.addRow(
            QLabel(), with_error(self.huid_exempt, self.errors.add("huid_exempt", self.huid_exempt))
        )
        self.print_language = QComboBox()
        self.print_language.setObjectName("printLanguage")
        for code in PRINT_LANGUAGE_CHOICES:
            self.print_language.addItem("", code)
        self.print_language_label = QLabel()
        self.print_language_label.setBuddy(self.print_language)
        form.addRow(
            self.print_language_label,
            with_error(self.print_language, self.errors.add("print_language", self.print_language)),
        )
        self.display_language = QComboBox()
        self.display_language.setObjectName("displayLanguage")
        for code in DISPLAY_LANGUAGE_CHOICES:
            self.display_language.addItem("", code)
        self.display_language_label = QLabel()
        self.display_language_label.setBuddy(self.display_language)
        form.addRow(
            self.display_language_label,
            with_error(
                self.display_language,
                self.errors.add("customer_display_language", self.display_language),
            ),
        )

        self.categories_title = QLabel()
        self.categories_title.setObjectName("sectionTitle")
        self.category_grid = QGridLayout()
        self.category_rows: list[_CategoryRow] = []
        self.category_headers = [QLabel() for _ in range(5)]
        for col, header in enumerate(self.category_headers):
            self.category_grid.addWidget(header, 0, col)

        body = QWidget()
        self._body = body
        inner = QVBoxLayout(body)
        inner.addLayout(form)
        inner.addSpacing(8)
        inner.addWidget(self.categories_title)
        inner.addLayout(self.category_grid)
        inner.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence("Ctrl+S"))
        save_action.triggered.connect(lambda _c=False: self.save())
        self.addAction(save_action)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        self.resize(820, 640)
        self.setMaximumHeight(700)
        self.retranslate_ui()
        runner.run(services.shop_settings.load, on_done=self._on_settings_loaded)

    # --- text ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Shop settings"))
        self.title.setText(self.tr("Shop settings (managers)"))
        texts = {
            "hallmark_fee": (self.tr("&Hallmark fee"), self.tr("₹ per hallmarked piece")),
            "pan_threshold": (
                self.tr("&PAN needed above"),
                self.tr("₹ invoice value (PAN or Form 60)"),
            ),
            "buyer_details_threshold": (
                self.tr("&Buyer details from"),
                self.tr("₹ taxable value, buyer without GSTIN"),
            ),
            "cash_limit": (
                self.tr("&Cash limit"),
                self.tr("₹ a day from one person; cash must stay below it (section 269ST)"),
            ),
            "repair_labour_gst_percent": (self.tr("Repair labour &GST"), self.tr("%")),
            "time_zone": (self.tr("&Time zone"), self.tr("like Asia/Kolkata")),
            "reopen_hours": (
                self.tr("&Reopen a closed day for"),
                self.tr("hours after day end (until it reaches head office)"),
            ),
        }
        for name, (label, unit) in texts.items():
            self.labels[name].setText(label)
            self.units[name].setText(unit)
        self.huid_exempt.setText(
            self.tr("&Under ₹40 lakh turnover: gold may be sold without a HUID")
        )
        self.print_language_label.setText(self.tr("Printed documents' &language"))
        for i, text in enumerate(
            (
                self.tr("English"),
                self.tr("Hindi"),
                self.tr("English with Hindi headings"),
            )
        ):
            self.print_language.setItemText(i, text)
        self.display_language_label.setText(self.tr("Customer displa&y's language"))
        self.display_language.setItemText(0, self.tr("English"))
        self.display_language.setItemText(1, self.tr("Hindi"))
        self.display_language.setToolTip(
            self.tr("Used unless the bill's customer has a language of their own")
        )
        self.categories_title.setText(self.tr("&Default VA and making per category"))
        for header, text in zip(
            self.category_headers,
            (
                self.tr("Category"),
                self.tr("VA / wastage"),
                self.tr("VA on"),
                self.tr("Making"),
                self.tr("Making as"),
            ),
            strict=True,
        ):
            header.setText(text)
        for row in self.category_rows:
            row.fill_choices(self.tr)
        self.save_button.setText(self.tr("Save  (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel  (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------------
    def _on_settings_loaded(self, current: ShopSettings) -> None:
        self.current = current
        for name in _MONEY_FIELDS:
            self.edits[name].setText(_plain(getattr(current, name)))
        self.edits["repair_labour_gst_percent"].setText(_plain(current.repair_labour_gst_percent))
        self.edits["time_zone"].setText(current.time_zone)
        self.edits["reopen_hours"].setText(str(current.reopen_hours))
        self.huid_exempt.setChecked(current.huid_exempt)
        self.print_language.setCurrentIndex(
            max(0, self.print_language.findData(current.print_language))
        )
        self.display_language.setCurrentIndex(
            max(0, self.display_language.findData(current.customer_display_language))
        )
        self.category_rows = []
        body = self._body
        for i, info in enumerate(current.categories, start=1):
            row = _CategoryRow(info, body)
            row.fill_choices(self.tr)
            for col, widget in enumerate(
                (row.name, row.wastage, row.wastage_on, row.making, row.making_kind)
            ):
                self.category_grid.addWidget(widget, i, col)
            self.errors.add(f"categories[{i - 1}].wastage_percent", row.wastage)
            self.errors.add(f"categories[{i - 1}].making_value", row.making)
            self.category_rows.append(row)
        if self.category_rows:
            self.categories_title.setBuddy(self.category_rows[0].wastage)
        self.edits["hallmark_fee"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.edits["hallmark_fee"].selectAll()
        emit(self.loaded, current)

    # --- saving ----------------------------------------------------------------------------------
    def changes(self) -> dict[str, object]:
        """Every field as typed (the service stores only what differs)."""
        values: dict[str, object] = {name: edit.text().strip() for name, edit in self.edits.items()}
        values["huid_exempt"] = self.huid_exempt.isChecked()
        values["print_language"] = str(self.print_language.currentData())
        values["customer_display_language"] = str(self.display_language.currentData())
        return values

    def save(self) -> None:
        from jewelpos.services.shop_settings import CategoryDefaults

        if self.current is None:
            return
        self.errors.clear()
        self.message.clear()
        wanted: list[CategoryDefaults] = []
        fields: list[_CategoryRow] = []
        for row in self.category_rows:
            if not row.changed():
                continue
            try:
                wastage = Decimal(row.wastage.text().strip() or "0")
                making = Decimal(row.making.text().strip() or "0")
            except ArithmeticError:
                target = row.wastage
                try:
                    Decimal(row.wastage.text().strip() or "0")
                    target = row.making
                except ArithmeticError:
                    pass
                self._show_at(target, self.tr("Type a number, like 12 or 450."))
                return
            wanted.append(
                CategoryDefaults(
                    code=row.info.code,
                    wastage_percent=wastage,
                    wastage_on=str(row.wastage_on.currentData()),
                    making_kind=str(row.making_kind.currentData()),
                    making_value=making,
                )
            )
            fields.append(row)
        self._sent_rows = fields
        self.save_button.setEnabled(False)
        self._runner.run(
            self._services.shop_settings.save,
            self.changes(),
            by=self._user,
            categories=tuple(wanted),
            on_done=self._on_saved,
            on_error=self._on_failed,
            on_finished=lambda: self.save_button.setEnabled(True),
        )

    def _show_at(self, widget: QWidget, text: str) -> None:
        for name in list(self.errors._order):
            if self.errors.widget(name) is widget:
                self.errors.show({name: text})
                return
        self.message.show_message(text)

    def _on_saved(self, saved: ShopSettings) -> None:
        self.current = saved
        emit(self.saved, saved)
        self.accept()

    def _on_failed(self, exc: JewelPOSError) -> None:
        if isinstance(exc, ValidationError):
            field = exc.field
            if field.startswith("categories["):
                # the service numbers only the changed categories: map back to their rows
                index = int(field[len("categories[") : field.index("]")])
                rows = getattr(self, "_sent_rows", [])
                if index < len(rows):
                    row = rows[index]
                    widget = row.making if field.endswith("making_value") else row.wastage
                    self._show_at(widget, problem_text(exc))
                    emit(self.failed, problem_text(exc))
                    return
            if field in self.errors:
                self.errors.show({field: problem_text(exc)})
                emit(self.failed, problem_text(exc))
                return
        text = error_text(exc)
        self.message.show_message(text)
        emit(self.failed, text)

"""Deliver to (F9 in billing): handed over at the counter, or sent to an address and state.
The place of supply is where the goods are delivered: IGST only when sent to another state."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import FieldErrors, with_error


class DeliverToDialog(QDialog):
    """Emits ``delivery_set(delivery, address, state_code)`` ("counter" or "ship")."""

    delivery_set = Signal(str, str, str)

    def __init__(
        self,
        *,
        states: Mapping[str, str],
        shop_state: str,
        delivery: str = "counter",
        address: str = "",
        state_code: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deliverToDialog")
        self._shop_state = shop_state
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.what = QLabel()
        self.what.setObjectName("readOnlyNote")
        self.what.setWordWrap(True)
        self.counter = QRadioButton()
        self.counter.setObjectName("deliverCounter")
        self.ship = QRadioButton()
        self.ship.setObjectName("deliverShip")
        group = QButtonGroup(self)
        group.addButton(self.counter)
        group.addButton(self.ship)
        self.address = QLineEdit()
        self.address.setObjectName("shipAddress")
        self.address.setMaxLength(500)
        self.address.setText(address)
        self.state = QComboBox()
        self.state.setObjectName("shipState")
        for code, name in sorted(states.items(), key=lambda kv: kv[1]):
            self.state.addItem(f"{name} ({code})", code)
        start = self.state.findData(state_code or shop_state)
        self.state.setCurrentIndex(max(0, start))
        self.tax_note = QLabel()
        self.tax_note.setObjectName("hint")
        self.tax_note.setWordWrap(True)
        self.errors = FieldErrors()
        self.address_label = QLabel()
        self.address_label.setBuddy(self.address)
        self.state_label = QLabel()
        self.state_label.setBuddy(self.state)
        form = QFormLayout()
        form.addRow(
            self.address_label, with_error(self.address, self.errors.add("address", self.address))
        )
        form.addRow(self.state_label, with_error(self.state, self.errors.add("state", self.state)))
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self.submit)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.what)
        layout.addWidget(self.counter)
        layout.addWidget(self.ship)
        layout.addLayout(form)
        layout.addWidget(self.tax_note)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        (self.ship if delivery == "ship" else self.counter).setChecked(True)
        self.counter.toggled.connect(self._on_counter_toggled)
        self.state.currentIndexChanged.connect(self._on_state_current_index_changed)
        self.address.textChanged.connect(self._on_address_text_changed)
        self.retranslate_ui()
        self._update_fields()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Deliver to"))
        self.title.setText(self.tr("Where are the goods handed over?"))
        self.what.setText(
            self.tr(
                "Goods taken at the counter are supplied in the shop's state (CGST + SGST), "
                "whoever the buyer is. Only goods sent to an address in another state are IGST."
            )
        )
        self.counter.setText(self.tr("At the &counter (the customer takes them)"))
        self.ship.setText(self.tr("&Sent to an address"))
        self.address_label.setText(self.tr("&Address"))
        self.state_label.setText(self.tr("S&tate"))
        self.address.setPlaceholderText(self.tr("house, street, city, PIN code"))
        self.ok_button.setText(self.tr("OK  (Ctrl+Enter)"))
        self.close_button.setText(self.tr("Close  (Esc)"))
        self._update_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        (self.ship if self.ship.isChecked() else self.counter).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier or self.counter.hasFocus():
                self.submit()
                return
            if self.ship.hasFocus():
                self.address.setFocus()
                return
            if self.address.hasFocus():
                self.state.setFocus()
                return
            if self.state.hasFocus():
                self.submit()
                return
        super().keyPressEvent(event)

    def _on_counter_toggled(self, _checked: bool) -> None:
        self._update_fields()

    def _on_address_text_changed(self, _text: str) -> None:
        self.errors.clear()

    def _on_state_current_index_changed(self, _index: int) -> None:
        self._update_note()

    def _update_fields(self) -> None:
        shipped = self.ship.isChecked()
        self.address.setEnabled(shipped)
        self.state.setEnabled(shipped)
        self._update_note()

    def _update_note(self) -> None:
        if not self.ship.isChecked():
            text = self.tr("Place of supply: the shop's state. CGST + SGST.")
        elif str(self.state.currentData() or "") == self._shop_state:
            text = self.tr("Sent within the shop's state: CGST + SGST.")
        else:
            text = self.tr("Sent to another state: IGST.")
        self.tax_note.setText(text)

    def submit(self) -> None:
        if self.counter.isChecked():
            self.errors.clear()
            emit(self.delivery_set, "counter", "", "")
            self.accept()
            return
        if not self.address.text().strip():
            self.errors.show({"address": self.tr("Type the address the goods are sent to.")})
            self.address.setFocus()
            return
        self.errors.clear()
        emit(self.delivery_set, "ship", self.address.text().strip(), str(self.state.currentData()))
        self.accept()

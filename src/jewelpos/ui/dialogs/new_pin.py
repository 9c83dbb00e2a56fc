"""A PIN typed twice (a reset's temporary PIN, or one's new PIN after a reset): Enter moves on,
Enter on the second field submits when both match; the caller saves it and reports errors."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import ErrorLabel, set_tab_chain, with_error


class PinPairDialog(QDialog):
    """Emits ``pin_chosen(pin)`` when both fields hold the same PIN; ``show_error`` puts a
    message at a field ("pin" or "pin_again"); the caller accepts the dialog once saved."""

    pin_chosen = Signal(str)

    def __init__(self, *, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPairDialog")
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.pin = _pin_field(self, "newPin")
        self.pin_again = _pin_field(self, "newPinAgain")
        self.pin_error = ErrorLabel()
        self.again_error = ErrorLabel()
        self.pin_label = QLabel(self.tr("New &PIN (4 to 8 digits)"))
        self.pin_label.setBuddy(self.pin)
        self.again_label = QLabel(self.tr("PIN &again"))
        self.again_label.setBuddy(self.pin_again)
        self.save_button = QPushButton(self.tr("Save  (Enter)"))
        self.save_button.setObjectName("primaryButton")
        self.cancel_button = QPushButton(self.tr("Cancel  (Esc)"))
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.pin.returnPressed.connect(self._on_pin_return_pressed)
        self.pin_again.returnPressed.connect(self.submit)
        self.pin.textEdited.connect(lambda _t: self.pin_error.show_error(""))
        self.pin_again.textEdited.connect(lambda _t: self.again_error.show_error(""))

        form = QFormLayout()
        form.addRow(self.pin_label, with_error(self.pin, self.pin_error))
        form.addRow(self.again_label, with_error(self.pin_again, self.again_error))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        set_tab_chain([self.pin, self.pin_again, self.save_button, self.cancel_button])
        self.setMinimumWidth(420)
        self.pin.setFocus()

    def _on_pin_return_pressed(self) -> None:
        self.pin_again.setFocus()

    def submit(self) -> None:
        if not self.save_button.isEnabled():
            return
        if len(self.pin.text()) < 4:
            self.show_error("pin", self.tr("Type 4 to 8 digits."))
            return
        if self.pin.text() != self.pin_again.text():
            self.show_error("pin_again", self.tr("The two PINs are not the same. Type it again."))
            return
        emit(self.pin_chosen, self.pin.text())

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def show_error(self, field: str, text: str) -> None:
        """Show ``text`` at the field; the second PIN is cleared, focus goes where to retype."""
        self.set_busy(False)
        if field == "pin_again":
            self.again_error.show_error(text)
            self.pin_again.clear()
            self.pin_again.setFocus()
        else:
            self.pin_error.show_error(text)
            self.pin_again.clear()
            self.pin.selectAll()
            self.pin.setFocus()


def _pin_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), parent))
    return field

"""Settings: the user's language; for managers also this counter's receipt printer and UPI ID,
and the way to the shop's settings (Alt+H)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.validation import validate_upi_vpa
from jewelpos.printing.transport import parse_target
from jewelpos.ui.i18n import LANGUAGES
from jewelpos.ui.qtcompat import emit


@dataclass(frozen=True)
class CounterSettings:
    """What a manager may change for this counter: receipt printer, paper width, shop UPI ID."""

    printer_target: str = ""
    receipt_width_mm: int = 80
    upi_vpa: str = ""
    customer_display: str = ""
    """The screen the customer display opens on ("": no customer display)."""


def screen_id(screen: QScreen, index: int) -> str:
    """How settings.json names a screen: its system name (a screen without one: its place)."""
    return screen.name() or f"Screen {index + 1}"


def attached_screens() -> list[tuple[str, str]]:
    """(name, how the chooser shows it) of every screen attached to this PC."""
    out = []
    for i, s in enumerate(QGuiApplication.screens()):
        g = s.geometry()
        out.append((screen_id(s, i), f"{screen_id(s, i)}  {g.width()} x {g.height()}"))
    return out


class SettingsDialog(QDialog):
    """Pick a language; Enter saves, Esc cancels. The window retranslates itself when saved.
    ``shop_settings_asked`` (managers' Alt+H): open the shop settings."""

    shop_settings_asked = Signal()

    def __init__(
        self,
        *,
        language: str,
        data_dir: str = "",
        counter: CounterSettings | None = None,
        screens: Sequence[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.data_label = QLabel()
        self.data_dir = QLabel(data_dir)
        self.data_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)  # Enter saves
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

        # Counter settings: only offered to managers and owners (counter is None for others).
        self.counter = counter
        self.printer = QLineEdit(counter.printer_target if counter else "")
        self.printer.setObjectName("printerTarget")
        self.printer_label = QLabel()
        self.printer_label.setBuddy(self.printer)
        self.paper = QComboBox()
        self.paper.setObjectName("paperWidth")
        self.paper.addItem("80 mm", 80)
        self.paper.addItem("58 mm", 58)
        self.paper.setCurrentIndex(
            max(0, self.paper.findData(counter.receipt_width_mm if counter else 80))
        )
        self.paper_label = QLabel()
        self.paper_label.setBuddy(self.paper)
        self.upi = QLineEdit(counter.upi_vpa if counter else "")
        self.upi.setObjectName("upiVpa")
        self.upi_label = QLabel()
        self.upi_label.setBuddy(self.upi)
        self.display = QComboBox()
        self.display.setObjectName("customerDisplay")
        self.display.addItem("", "")
        chosen = counter.customer_display if counter else ""
        listed = list(attached_screens() if screens is None else screens)
        if chosen and chosen not in [name for name, _shown in listed]:
            listed.append((chosen, chosen))  # chosen before, not attached now: keep it
        self._display_names = listed
        for name, shown in listed:
            self.display.addItem(shown, name)
        self.display.setCurrentIndex(max(0, self.display.findData(chosen)))
        self.display_label = QLabel()
        self.display_label.setBuddy(self.display)
        self.shop_button = QPushButton()
        self.shop_button.setObjectName("shopSettingsButton")
        self.shop_button.setAutoDefault(False)
        self.shop_button.clicked.connect(lambda _c=False: emit(self.shop_settings_asked))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        if counter is not None:
            form.addRow(self.printer_label, self.printer)
            form.addRow(self.paper_label, self.paper)
            form.addRow(self.upi_label, self.upi)
            form.addRow(self.display_label, self.display)
            form.addRow(QLabel(), self.shop_button)
        else:
            self.shop_button.hide()  # the service refuses others anyway
        if data_dir:
            form.addRow(self.data_label, self.data_dir)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()
        self.language.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.title.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language"))
        self.data_label.setText(self.tr("Data folder"))
        self.note.setText(self.tr("The language is kept for you and used each time you log in."))
        self.printer_label.setText(self.tr("Receipt &printer"))
        self.printer.setPlaceholderText(
            self.tr("tcp://192.168.1.50:9100, dev:/dev/usb/lp0, win:Printer name or file:/path")
        )
        self.paper_label.setText(self.tr("Receipt pape&r"))
        self.upi_label.setText(self.tr("Shop &UPI ID"))
        self.upi.setPlaceholderText(self.tr("e.g. shopname@okaxis (for the UPI QR on bills)"))
        self.display_label.setText(self.tr("Customer &display"))
        self.display.setItemText(0, self.tr("None (no second screen for the customer)"))
        attached = {name for name, _shown in attached_screens()}
        for i, (name, shown) in enumerate(self._display_names, start=1):
            if name not in attached and shown == name:
                self.display.setItemText(i, self.tr("{screen} (not attached)").format(screen=name))
        self.shop_button.setText(
            self.tr("S&hop settings: fees, limits, category defaults...  (Alt+H)")
        )
        self.save_button.setText(self.tr("Save  (Enter)"))
        self.cancel_button.setText(self.tr("Cancel  (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        """Check the printer address and UPI ID first; a mistake keeps the dialog open."""
        chosen = self.chosen_counter()
        if chosen is not None:
            try:
                if chosen.printer_target:
                    parse_target(chosen.printer_target)
            except JewelPOSError:
                self.show_error(
                    self.tr(
                        "The printer address is not understood. Use tcp://IP:9100, "
                        "dev:/dev/usb/lp0, win:Printer name or file:/path."
                    ),
                    field="printer_target",
                )
                return
            try:
                validate_upi_vpa(chosen.upi_vpa)
            except ValidationError:
                self.show_error(
                    self.tr("The UPI ID is not valid: it looks like shopname@bank."),
                    field="upi_vpa",
                )
                return
        super().accept()

    def chosen_counter(self) -> CounterSettings | None:
        """The counter settings as typed, or None when this user may not change them."""
        if self.counter is None:
            return None
        return CounterSettings(
            printer_target=self.printer.text().strip(),
            receipt_width_mm=int(self.paper.currentData()),
            upi_vpa=self.upi.text().strip(),
            customer_display=str(self.display.currentData() or ""),
        )

    def show_error(self, text: str, *, field: str = "") -> None:
        """Say what is wrong and keep the dialog open with everything typed."""
        self.error.setText(text)
        self.error.show()
        widget = {"printer_target": self.printer, "upi_vpa": self.upi}.get(field)
        if widget is not None:
            widget.setFocus()
            widget.selectAll()

"""GST, e-invoice and Tally settings (managers, from the Reports screen's F8): the GSTIN the GSP
registers invoices under, the e-invoice turnover limit, the B2C large limit, the HSN split, the
GSP's web address, user name and password, and the Tally ledger of each account. The service
checks the role and every value; its message shows at the field and nothing typed is lost."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.services.gst_settings import DEFAULT_LEDGERS
from jewelpos.ui.messages import error_text, problem_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import FieldErrors, with_error
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.gst_settings import GstSettings, GstSettingsService
    from jewelpos.ui.tasks import TaskRunner

_CTX = "GstSettingsDialog"
LEDGER_NAMES: dict[str, str] = {
    "sales": str(QT_TRANSLATE_NOOP("GstSettingsDialog", "Sales")),
    "sales_labour": str(QT_TRANSLATE_NOOP("GstSettingsDialog", "Sales: job work")),
    "cgst": str(QT_TRANSLATE_NOOP("GstSettingsDialog", "CGST")),
    "sgst": str(QT_TRANSLATE_NOOP("GstSettingsDialog", "SGST")),
    "igst": str(QT_TRANSLATE_NOOP("GstSettingsDialog", "IGST")),
    "cash": str(QT_TRANSLATE_NOOP("GstSettingsDialog", "Cash")),
    "bank": str(QT_TRANSLATE_NOOP("GstSettingsDialog", "Bank (card, UPI, cheque)")),
    "old_gold": str(QT_TRANSLATE_NOOP("GstSettingsDialog", "Old gold purchase")),
    "round_off": str(QT_TRANSLATE_NOOP("GstSettingsDialog", "Round off")),
    "customer": str(QT_TRANSLATE_NOOP("GstSettingsDialog", "Counter customers")),
    "set_off": str(QT_TRANSLATE_NOOP("GstSettingsDialog", "Customer advances")),
    "sales_return": str(QT_TRANSLATE_NOOP("GstSettingsDialog", "Sales return")),
}
_MONEY = ("einvoice_turnover", "b2cl_threshold")


def _plain(value: Decimal) -> str:
    text = f"{value:.2f}"
    return text[:-3] if text.endswith(".00") else text


class GstSettingsDialog(QDialog):
    """Emits ``loaded(GstSettings)``, ``saved(GstSettings)`` and ``failed(str)``; Ctrl+S
    saves, Esc closes."""

    loaded = Signal(object)
    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        settings: GstSettingsService,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gstSettingsDialog")
        self._settings = settings
        self._runner = runner
        self._user = user
        self.current: GstSettings | None = None
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.errors = FieldErrors()
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in ("gstin", "einvoice_turnover", "b2cl_threshold"):
            self._field(form, name)
        self.hsn_split = QCheckBox()
        self.hsn_split.setObjectName("hsnSplit")
        form.addRow(QLabel(), self.hsn_split)
        for name in ("gsp_url", "gsp_username", "gsp_password"):
            self._field(form, name)
        self.edits["gsp_password"].setEchoMode(QLineEdit.EchoMode.Password)
        self.edits["gstin"].setMaxLength(15)
        for name in _MONEY:
            self.edits[name].setMaximumWidth(180)
            self.edits[name].setAlignment(Qt.AlignmentFlag.AlignRight)
        self.ledgers_title = QLabel()
        self.ledgers_title.setObjectName("sectionTitle")
        grid = QGridLayout()
        self.ledger_edits: dict[str, QLineEdit] = {}
        self.ledger_labels: dict[str, QLabel] = {}
        for i, key in enumerate(DEFAULT_LEDGERS):
            edit = QLineEdit()
            edit.setObjectName(f"ledger_{key}")
            edit.setMaxLength(100)
            label = QLabel()
            label.setBuddy(edit)
            self.ledger_edits[key] = edit
            self.ledger_labels[key] = label
            row, col = divmod(i, 2)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(edit, row, col * 2 + 1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda _c=False: self.save())
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
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.ledgers_title)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(860, 640)
        self.setMaximumHeight(700)
        self.retranslate_ui()
        self.edits["gstin"].setFocus()
        runner.run(settings.load, on_done=self._on_settings_loaded, on_error=self._on_failed)

    def _field(self, form: QFormLayout, name: str) -> None:
        edit = QLineEdit()
        edit.setObjectName(name)
        label = QLabel()
        label.setBuddy(edit)
        self.edits[name] = edit
        self.labels[name] = label
        form.addRow(label, with_error(edit, self.errors.add(name, edit)))

    # --- text ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("GST, e-invoice and Tally settings"))
        self.title.setText(self.tr("GST, e-invoice and Tally settings"))
        texts = {
            "gstin": self.tr("GST&IN for e-invoices"),
            "einvoice_turnover": self.tr("E-invoice &turnover limit, Rs"),
            "b2cl_threshold": self.tr("&B2C large limit, Rs"),
            "gsp_url": self.tr("GSP &web address"),
            "gsp_username": self.tr("GSP &user name"),
            "gsp_password": self.tr("GSP &password"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.edits["gstin"].setPlaceholderText(self.tr("blank: the shop's own GSTIN"))
        self.edits["gsp_url"].setPlaceholderText(self.tr("e.g. https://gsp.example.in/einvoice"))
        self.hsn_split.setText(self.tr("&HSN summary in separate B2B and B2C lists"))
        self.ledgers_title.setText(self.tr("Tally ledgers"))
        for key, label in self.ledger_labels.items():
            label.setText(QCoreApplication.translate(_CTX, LEDGER_NAMES[key]))
        self.save_button.setText(self.tr("Save  (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel  (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading and saving ----------------------------------------------------------------
    def _on_settings_loaded(self, current: GstSettings) -> None:
        self.current = current
        self.edits["gstin"].setText(current.gstin)
        self.edits["einvoice_turnover"].setText(_plain(current.einvoice_turnover))
        self.edits["b2cl_threshold"].setText(_plain(current.b2cl_threshold))
        self.hsn_split.setChecked(current.hsn_split)
        self.edits["gsp_url"].setText(current.gsp_url)
        self.edits["gsp_username"].setText(current.gsp_username)
        self.edits["gsp_password"].setText(current.gsp_password)
        for key, edit in self.ledger_edits.items():
            edit.setText(current.tally_ledgers.get(key, DEFAULT_LEDGERS[key]))
        emit(self.loaded, current)

    def save(self) -> None:
        """Ctrl+S: every field to the service (it stores what changed)."""
        if self.current is None:
            return
        self.errors.clear()
        self.message.clear()
        amounts: dict[str, Decimal] = {}
        for name in _MONEY:
            try:
                amounts[name] = Decimal(self.edits[name].text().strip().replace(",", "") or "x")
            except InvalidOperation:
                self.errors.show({name: self.tr("Type an amount in rupees, like 50000000.")})
                return
        self._runner.run(
            self._settings.save,
            by=self._user,
            gstin=self.edits["gstin"].text(),
            einvoice_turnover=amounts["einvoice_turnover"],
            b2cl_threshold=amounts["b2cl_threshold"],
            hsn_split=self.hsn_split.isChecked(),
            gsp_url=self.edits["gsp_url"].text(),
            gsp_username=self.edits["gsp_username"].text(),
            gsp_password=self.edits["gsp_password"].text(),
            ledgers={k: e.text() for k, e in self.ledger_edits.items()},
            on_done=self._on_saved,
            on_error=self._on_failed,
        )

    def _on_saved(self, saved: GstSettings) -> None:
        self.current = saved
        emit(self.saved, saved)
        self.accept()

    def _on_failed(self, exc: JewelPOSError) -> None:
        if isinstance(exc, ValidationError) and exc.field == "ledgers":
            # the service names the account by its key: show the ledger's words, go there
            for key, edit in self.ledger_edits.items():
                if not edit.text().strip() or len(edit.text().strip()) > 100:
                    name = QCoreApplication.translate(_CTX, LEDGER_NAMES[key])
                    text = self.tr("Type the Tally ledger for {account} (1 to 100 letters).")
                    text = text.format(account=name)
                    self.message.show_message(text)
                    edit.setFocus()
                    emit(self.failed, text)
                    return
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            text = problem_text(exc)
            self.errors.show({exc.field: text})
            emit(self.failed, text)
            return
        text = error_text(exc)
        self.message.show_message(text)
        emit(self.failed, text)

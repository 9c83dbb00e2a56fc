"""The Messages screen's settings page (owners and managers): which counter sends, quiet hours,
the default language, and this counter's SMS, mail and WhatsApp gateways (Ctrl+S saves)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.ui.messages import error_text
from jewelpos.ui.models.messages import LANGUAGE_NAMES
from jewelpos.ui.qtcompat import emit

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.messaging.config import MessagingConfig
    from jewelpos.services.messaging.service import MessagesService
    from jewelpos.ui.tasks import TaskRunner

SAVE_KEY = "Ctrl+S"
SMS_FIELDS = (
    "sms_url",
    "sms_param_to",
    "sms_param_text",
    "sms_param_sender",
    "sms_param_entity",
    "sms_param_template",
    "sms_param_key",
    "sms_param_ref",
    "sms_api_key",
    "sms_sender_id",
    "sms_entity_id",
)
MAIL_FIELDS = ("smtp_host", "smtp_port", "smtp_user", "smtp_password", "smtp_from")
WA_FIELDS = ("wa_api_url", "wa_api_token", "country_code")
SECRETS = ("sms_api_key", "smtp_password", "wa_api_token")


class SettingsPage(QWidget):
    """Settings as fields; saving checks them in the service and shows problems at the field."""

    loaded = Signal(object)  # MessagingConfig
    saved = Signal(object)
    said = Signal(str, str)

    def __init__(
        self,
        messages: MessagesService,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._messages = messages
        self._runner = runner
        self._user = user
        self._config: MessagingConfig | None = None
        self.sender_combo = QComboBox()
        self.sender_combo.setObjectName("messagesSender")
        self.quiet_start = QLineEdit()
        self.quiet_end = QLineEdit()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.sms_method = QComboBox()
        self.sms_method.addItems(["POST", "GET"])
        self.smtp_security = QComboBox()
        for code in ("starttls", "tls", "none"):
            self.smtp_security.addItem(code.upper() if code != "none" else "—", code)
        self.fields: dict[str, QLineEdit] = {}
        for name in (*SMS_FIELDS, *MAIL_FIELDS, *WA_FIELDS):
            edit = QLineEdit()
            edit.setObjectName(f"gw_{name}")
            if name in SECRETS:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.fields[name] = edit
        self.labels: dict[str, QLabel] = {}
        self.general = QGroupBox()
        general = QFormLayout(self.general)
        general_widgets: list[tuple[str, QWidget]] = [
            ("sender", self.sender_combo),
            ("quiet_start", self.quiet_start),
            ("quiet_end", self.quiet_end),
            ("language", self.language),
        ]
        for name, widget in general_widgets:
            label = QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
            general.addRow(label, widget)
        self.sms_box = QGroupBox()
        sms = QGridLayout(self.sms_box)
        sms_widgets: list[tuple[str, QWidget]] = [
            ("sms_url", self.fields["sms_url"]),
            ("sms_method", self.sms_method),
        ]
        sms_widgets += [(n, self.fields[n]) for n in SMS_FIELDS if n != "sms_url"]
        for i, (name, widget) in enumerate(sms_widgets):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
            sms.addWidget(label, i // 2, (i % 2) * 2)
            sms.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        self.mail_box = QGroupBox()
        mail = QFormLayout(self.mail_box)
        mail_widgets: list[tuple[str, QWidget]] = [
            ("smtp_host", self.fields["smtp_host"]),
            ("smtp_port", self.fields["smtp_port"]),
            ("smtp_security", self.smtp_security),
            ("smtp_user", self.fields["smtp_user"]),
            ("smtp_password", self.fields["smtp_password"]),
            ("smtp_from", self.fields["smtp_from"]),
        ]
        for name, widget in mail_widgets:
            label = QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
            mail.addRow(label, widget)
        self.wa_box = QGroupBox()
        wa = QFormLayout(self.wa_box)
        for name in WA_FIELDS:
            label = QLabel()
            label.setBuddy(self.fields[name])
            self.labels[name] = label
            wa.addRow(label, self.fields[name])
        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self.general, 0, 0)
        grid.addWidget(self.wa_box, 1, 0)
        grid.addWidget(self.mail_box, 0, 1, 2, 1)
        grid.addWidget(self.sms_box, 2, 0, 1, 2)
        grid.setRowStretch(3, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.save_button = QPushButton()
        self.save_button.setAutoDefault(False)
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self.save)
        action = QAction(self)
        action.setShortcut(QKeySequence(SAVE_KEY))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.save)
        self.addAction(action)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.general.setTitle(self.tr("Sending"))
        self.sms_box.setTitle(self.tr("SMS gateway (HTTP)"))
        self.mail_box.setTitle(self.tr("E-mail (SMTP)"))
        self.wa_box.setTitle(self.tr("WhatsApp Business API"))
        texts = {
            "sender": self.tr("Sending &counter"),
            "quiet_start": self.tr("&Quiet hours from"),
            "quiet_end": self.tr("Quiet hours &until"),
            "language": self.tr("Default &language"),
            "sms_method": self.tr("Method"),
            "sms_url": self.tr("Gateway address"),
            "sms_param_to": self.tr("Number parameter"),
            "sms_param_text": self.tr("Text parameter"),
            "sms_param_sender": self.tr("Sender id parameter"),
            "sms_param_entity": self.tr("Entity id parameter"),
            "sms_param_template": self.tr("Template id parameter"),
            "sms_param_key": self.tr("API key parameter"),
            "sms_param_ref": self.tr("Reference parameter"),
            "sms_api_key": self.tr("API key"),
            "sms_sender_id": self.tr("Sender id"),
            "sms_entity_id": self.tr("DLT entity id"),
            "smtp_host": self.tr("Mail server"),
            "smtp_port": self.tr("Port"),
            "smtp_security": self.tr("Security"),
            "smtp_user": self.tr("Login"),
            "smtp_password": self.tr("Password"),
            "smtp_from": self.tr("From address"),
            "wa_api_url": self.tr("API address"),
            "wa_api_token": self.tr("Token"),
            "country_code": self.tr("Country code"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.quiet_start.setPlaceholderText("21:00")
        self.quiet_end.setPlaceholderText("09:00")
        self.save_button.setText(self.tr("Ctrl+S Save settings"))
        self._fill_senders()
        self._secret_hints()

    def _fill_senders(self) -> None:
        keep = self.sender_combo.currentData()
        if self._config is not None and keep is None:
            keep = self._config.messaging.sender
        self.sender_combo.clear()
        self.sender_combo.addItem(self.tr("None chosen: nothing is sent"), "")
        if self._config is not None:
            for device_id, name in self._config.counters:
                mark = self.tr(" (this counter)") if device_id == self._config.this_device else ""
                self.sender_combo.addItem(name + mark, device_id)
        at = self.sender_combo.findData(keep or "")
        self.sender_combo.setCurrentIndex(max(0, at))

    def _secret_hints(self) -> None:
        stored = self._config.secrets_set if self._config is not None else frozenset()
        for name in SECRETS:
            self.fields[name].setPlaceholderText(
                self.tr("Stored: leave empty to keep it") if name in stored else ""
            )

    def focus_first(self) -> None:
        self.sender_combo.setFocus()

    # --- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        self._runner.run(
            self._messages.config.load, by=self._user, on_done=self._on_loaded, on_error=self._fail
        )

    def _on_loaded(self, config: MessagingConfig) -> None:
        self._config = config
        m, g = config.messaging, config.gateways
        self.sender_combo.clear()
        self._fill_senders()
        self.sender_combo.setCurrentIndex(max(0, self.sender_combo.findData(m.sender)))
        self.quiet_start.setText(m.quiet_start)
        self.quiet_end.setText(m.quiet_end)
        self.language.setCurrentIndex(max(0, self.language.findData(m.language)))
        self.sms_method.setCurrentText(g.sms_method)
        self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData(g.smtp_security)))
        for name, edit in self.fields.items():
            edit.setText(getattr(g, name))
        self._secret_hints()
        emit(self.loaded, config)

    # --- saving -------------------------------------------------------------------------
    def save(self) -> None:
        messaging = {
            "sender": self.sender_combo.currentData() or "",
            "quiet_start": self.quiet_start.text(),
            "quiet_end": self.quiet_end.text(),
            "language": self.language.currentData() or "en",
        }
        gateways = {name: edit.text() for name, edit in self.fields.items()}
        gateways["sms_method"] = self.sms_method.currentText()
        gateways["smtp_security"] = self.smtp_security.currentData() or "starttls"
        self._runner.run(
            self._messages.config.save_messaging,
            messaging,
            by=self._user,
            on_done=lambda _c: self._save_gateways(gateways),
            on_error=self._field_fail,
        )

    def _save_gateways(self, gateways: dict[str, str]) -> None:
        self._runner.run(
            self._messages.config.save_gateways,
            gateways,
            by=self._user,
            on_done=self._on_saved,
            on_error=self._field_fail,
        )

    def _on_saved(self, config: MessagingConfig) -> None:
        for name in SECRETS:
            self.fields[name].clear()  # never kept on screen once stored
        self._on_loaded(config)
        emit(self.said, self.tr("Message settings saved."), "info")
        emit(self.saved, config)

    def _field_fail(self, exc: JewelPOSError) -> None:
        emit(self.said, error_text(exc), "error")
        if isinstance(exc, ValidationError):
            widgets: dict[str, QWidget] = {
                "sender": self.sender_combo,
                "quiet_start": self.quiet_start,
                "quiet_end": self.quiet_end,
                "language": self.language,
                "sms_method": self.sms_method,
                "smtp_security": self.smtp_security,
                **self.fields,
            }
            widget = widgets.get(exc.field)
            if widget is not None:
                widget.setFocus()
                self.scroll_area.ensureWidgetVisible(widget)

    def _fail(self, exc: JewelPOSError) -> None:
        emit(self.said, error_text(exc), "error")

"""Settings for the person logged in: the language of the counter (English or Hindi)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.ui.i18n import LANGUAGES


class SettingsDialog(QDialog):
    """Pick a language; Enter saves, Esc cancels. The window retranslates itself when saved."""

    def __init__(self, *, language: str, data_dir: str = "", parent: QWidget | None = None) -> None:
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

        form = QFormLayout()
        form.addRow(self.language_label, self.language)
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
        self.save_button.setText(self.tr("Save  (Enter)"))
        self.cancel_button.setText(self.tr("Cancel  (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

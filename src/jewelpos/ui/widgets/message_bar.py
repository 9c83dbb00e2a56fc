"""A calm strip at the top of a screen for messages that must be read but must not block the counter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from jewelpos.ui.qtcompat import emit


class MessageBar(QFrame):
    """Shows one message (info, warning or error) until dismissed with its button or replaced."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setProperty("kind", "info")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close = QPushButton()
        self._close.setObjectName("messageBarClose")
        self._close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._close.clicked.connect(self._on_close_clicked)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._close)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self._close.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        """The Close button follows a change of language made while the bar exists."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def hasHeightForWidth(self) -> bool:
        """Hidden or shown alike, so a screen keeping the bar's place lays out the same way."""
        return True

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self.sizeHint().height())

    @property
    def text(self) -> str:
        return self._text.text()

    def show_message(self, text: str, kind: str = "error") -> None:
        self._text.setText(text)
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def clear(self) -> None:
        self._text.clear()
        self.hide()

    def _on_close_clicked(self) -> None:
        self.clear()
        emit(self.dismissed)

"""What the Feedback screen's dialogs share: a form whose errors appear at their field, a
Save (Ctrl+S) / Cancel (Esc) row, and one service call through the task runner."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.ui.messages import error_text, problem_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import (
    EnterNavigator,
    ErrorLabel,
    FieldErrors,
    set_tab_chain,
    with_error,
)

if TYPE_CHECKING:
    from jewelpos.ui.tasks import TaskRunner


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def text_box(max_height: int = 90) -> QPlainTextEdit:
    """A few lines of text; Tab leaves it (keyboard forms)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(max_height)
    return box


def staff_combo(staff: Sequence[tuple[str, str]], *, none_text: str = "") -> QComboBox:
    combo = QComboBox()
    if none_text:
        combo.addItem(none_text, "")
    for user_id, name in staff:
        combo.addItem(name, user_id)
    return combo


class FollowUpField(QWidget):
    """A check box "Follow up on" (its own mnemonic) and the date, enabled when checked."""

    def __init__(self, text: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.date = QDateEdit(qdate(today))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setEnabled(False)
        self.check.toggled.connect(self.date.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.date, 1)

    def value(self) -> date | None:
        return pydate(self.date.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.date.setDate(qdate(day))


class CareDialog(QDialog):
    """Rows of (field key, label text, widget); Enter moves on, on the last field (or Ctrl+S)
    ``submit`` calls ``call()`` on the worker;
    ``saved(result)`` when it worked, else the error at its field (nothing typed is lost)."""

    saved = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._busy = False
        self.errors = FieldErrors()
        self.general_error = ErrorLabel()
        self.form = QFormLayout()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.cancel_button = QPushButton(QCoreApplication.translate("CareDialogs", "Cancel  (Esc)"))
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.submit)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def add_rows(
        self, rows: Sequence[tuple[str, str | None, QWidget]], *, enter_moves: bool = True
    ) -> None:
        """Each row: its field key, its label (None when the widget carries its own words).
        Without ``enter_moves`` Enter is a new line in the text boxes (Tab moves on)."""
        chain: list[QWidget] = []
        for key, text, widget in rows:
            box = with_error(widget, self.errors.add(key, widget))
            if text is None:
                self.form.addRow(box)
            else:
                label = QLabel(text)
                label.setBuddy(widget)
                self.form.addRow(label, box)
            chain += [widget.check, widget.date] if isinstance(widget, FollowUpField) else [widget]
        # Enter moves field to field (Shift+Enter is a new line in a text box); the last saves
        if enter_moves:
            self._navigator = EnterNavigator(chain, self.submit, self)
        set_tab_chain([*chain, self.save_button, self.cancel_button])

    def call(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        raise NotImplementedError

    def submit(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        self.general_error.show_error("")
        fn, args, kwargs = self.call()
        self._busy = True
        self.save_button.setEnabled(False)
        self._runner.run(
            fn,
            *args,
            **kwargs,
            on_done=self._on_done,
            on_error=self._on_error,
            on_finished=self._on_finished,
        )

    def _on_done(self, result: object) -> None:
        emit(self.saved, result)
        self.accept()

    def _on_error(self, exc: JewelPOSError) -> None:
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            self.errors.show({exc.field: problem_text(exc)})
        else:
            self.general_error.show_error(error_text(exc))

    def _on_finished(self) -> None:
        self._busy = False
        self.save_button.setEnabled(True)

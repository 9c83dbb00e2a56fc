"""A titled keyboard form for one step of an order or repair: Enter moves from field to field,
F10 runs the step's service call on the worker, Esc closes; errors show at their field and
nothing typed is lost (used by ui/dialogs/order_steps.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.ui.messages import error_text, problem_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import EnterNavigator, FieldErrors, set_tab_chain, with_error
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.ui.tasks import TaskRunner


class StepDialog(QDialog):
    """A titled form; subclasses add rows, then ``finish_form``; ``submit`` runs the service."""

    step_done = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._busy = False
        self.errors = FieldErrors()
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.message = MessageBar()
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.fields: list[QWidget] = []
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

    def add_row(self, name: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self.labels[name] = label
        self.form.addRow(label, with_error(widget, self.errors.add(name, widget)))
        self.fields.append(widget)

    def finish_form(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.message)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        EnterNavigator(self.fields, self.submit, self)
        set_tab_chain([*self.fields, self.save_button])
        action = QAction(self)
        action.setShortcut(QKeySequence("F10"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.submit)
        self.addAction(action)
        self.retranslate_ui()
        self.setMinimumWidth(520)

    def retranslate_ui(self) -> None:
        self.save_button.setText(self.tr("Save  F10"))
        self.cancel_button.setText(self.tr("Cancel  Esc"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.fields:
            self.fields[0].setFocus()

    def call(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        """The service call for the form as typed (ValidationError for what cannot be read)."""
        raise NotImplementedError

    def submit(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        try:
            fn, args, kwargs = self.call()
        except ValidationError as e:
            self.show_error(e)
            return
        self._busy = True
        self.save_button.setEnabled(False)
        self._runner.run(
            fn, *args, **kwargs,
            on_done=self._on_done, on_error=self.show_error, on_finished=self._on_finished,
        )  # fmt: skip

    def show_error(self, e: JewelPOSError) -> None:
        if isinstance(e, ValidationError) and e.field in self.errors:
            self.errors.show({e.field: problem_text(e)})
            return
        self.message.show_message(error_text(e), "error")

    def _on_done(self, result: Any) -> None:
        emit(self.step_done, result)
        self.accept()

    def _on_finished(self) -> None:
        self._busy = False
        self.save_button.setEnabled(True)

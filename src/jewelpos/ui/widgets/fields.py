"""Field errors shown right under the field, and Enter-moves-on behaviour for keyboard-only forms."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

ERROR_CHARS = 32  # an error line wraps past about this many characters


class ErrorLabel(QLabel):
    """A red line under a field; hidden while empty so the form does not jump around needlessly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def sizeHint(self) -> QSize:
        """At most about 32 characters wide: a long error wraps instead of widening the form."""
        hint = super().sizeHint()
        most = self.fontMetrics().averageCharWidth() * ERROR_CHARS
        if hint.width() <= most:
            return hint
        return QSize(most, self.heightForWidth(most))


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    """Wrap a field and its error label for one row of a QFormLayout."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


class FieldErrors:
    """Maps field names (as services name them) to their widgets and error labels."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self._order: list[str] = []

    def add(self, name: str, widget: QWidget) -> ErrorLabel:
        label = ErrorLabel()
        self._fields[name] = (widget, label)
        self._order.append(name)
        return label

    def __contains__(self, name: str) -> bool:
        return name in self._fields

    def widget(self, name: str) -> QWidget:
        return self._fields[name][0]

    def error_label(self, name: str) -> ErrorLabel:
        return self._fields[name][1]

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.show_error("")
            widget.setProperty("invalid", False)
            _repolish(widget)

    def set_error(self, name: str, text: str) -> None:
        """Show (or, with "", clear) one field's error as it is typed; focus stays where it is."""
        widget, label = self._fields[name]
        if label.text() == text and label.isVisible() == bool(text):
            return
        label.show_error(text)
        widget.setProperty("invalid", bool(text))
        _repolish(widget)
        if text:
            _grow_to_fit(widget.window())

    def show(self, errors: dict[str, str]) -> bool:
        """Show each error at its field and focus the first one (in form order); False if none fit."""
        self.clear()
        first: QWidget | None = None
        for name in self._order:
            if name in errors:
                widget, label = self._fields[name]
                label.show_error(errors[name])
                widget.setProperty("invalid", True)
                _repolish(widget)
                if first is None:
                    first = widget
        if first is not None:
            _grow_to_fit(first.window())
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()
            return True
        return False


def _grow_to_fit(window: QWidget) -> None:
    """Wrapped error lines need height the window does not take by itself: make room, never shrink."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    need = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
    need = max(need, layout.sizeHint().height())
    if need > window.height():
        window.resize(width, need)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class EnterNavigator(QObject):
    """Enter in a field moves to the next field in the chain; on the last one it calls ``finish``.

    Works for line edits and (editable or not) combo boxes, so a form can be filled by keyboard
    alone without the dialog's default button firing early.
    """

    def __init__(
        self, chain: Sequence[QWidget], finish: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._chain = list(chain)
        self._finish = finish
        for widget in self._chain:
            widget.installEventFilter(self)
            line = widget.lineEdit() if isinstance(widget, QComboBox) else None
            if line is not None:
                line.installEventFilter(self)

    def _owner(self, obj: QObject) -> QWidget | None:
        for widget in self._chain:
            if obj is widget or (isinstance(widget, QComboBox) and obj is widget.lineEdit()):
                return widget
        return None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                owner = self._owner(obj)
                if owner is None:
                    return False
                if isinstance(owner, QComboBox):
                    completer = owner.completer()
                    popup = completer.popup() if completer is not None else None
                    if popup is not None and popup.isVisible():
                        return False  # let the completer take the highlighted entry first
                self._advance(owner)
                return True
        return False

    def _advance(self, current: QWidget) -> None:
        index = self._chain.index(current)
        for widget in self._chain[index + 1 :]:
            if widget.isEnabled() and widget.isVisible():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
                return
        self._finish()


def set_tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab order follows the list (which follows the eye)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)

"""Fitting the counter's 1366 x 768 screen: a dialog's body scrolls, its buttons stay in sight."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

COUNTER_SIZE = QSize(1366, 728)  # a 1366 x 768 screen less the taskbar
WINDOW_CHROME = 40  # the window manager's title bar
MIN_BODY_HEIGHT = 160


def usable_size() -> QSize:
    """The room a window has: the smaller of the counter's screen and the one it is on."""
    screen = QGuiApplication.primaryScreen()
    room = COUNTER_SIZE
    if screen is not None:
        room = room.boundedTo(screen.availableGeometry().size())
    return QSize(room.width(), room.height() - WINDOW_CHROME)


class FitScrollArea(QScrollArea):
    """Scrolls its body only when the body is taller than the room left on screen."""

    def __init__(self, body: QWidget, *, reserved: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reserved = reserved
        self.setObjectName("fitScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(body)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # Enter moves focus by setFocus: follow it into view
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        body = self.widget()
        if new is not None and body is not None and body.isAncestorOf(new):
            self.ensureWidgetVisible(new, 20, 20)

    def _bar(self) -> int:
        return int(self.verticalScrollBar().sizeHint().width())

    def sizeHint(self) -> QSize:
        body = self.widget()
        hint = body.sizeHint() if body is not None else QSize(0, 0)
        room = max(MIN_BODY_HEIGHT, usable_size().height() - self._reserved)
        tall = hint.height() > room
        return QSize(hint.width() + (self._bar() if tall else 0), min(hint.height(), room))

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        least = body.minimumSizeHint() if body is not None else QSize(0, 0)
        return QSize(least.width() + self._bar(), min(least.height(), MIN_BODY_HEIGHT))


def scroll_body(dialog: QWidget, *, keep: int = 1, reserved: int = 120) -> FitScrollArea:
    """Move every item of the dialog's box layout but the last ``keep`` (its buttons) into a
    scroll area; ``reserved`` is the height the kept items and margins need."""
    layout = dialog.layout()
    assert isinstance(layout, QBoxLayout), "scroll_body needs a box layout"
    body = QWidget()
    body.setObjectName("fitBody")
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(layout.spacing())
    while layout.count() > keep:
        stretch = layout.stretch(0)
        item = layout.takeAt(0)
        if item is None:
            break
        if (widget := item.widget()) is not None:
            inner.addWidget(widget, stretch)
        elif (child := item.layout()) is not None:
            inner.addLayout(child, stretch)
        elif (spacer := item.spacerItem()) is not None:
            inner.addItem(spacer)
    area = FitScrollArea(body, reserved=reserved, parent=dialog)
    layout.insertWidget(0, area, 1)
    return area


class LinesScroll(QScrollArea):
    """A word-wrapped label shown whole up to ``lines`` lines, then scrolled; shown with it."""

    def __init__(self, label: QLabel, *, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self._lines = lines
        self.setObjectName(f"{label.objectName() or 'label'}Scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setWidget(label)
        self.setVisible(not label.isHidden())
        label.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._label:
            kind = event.type()
            if kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
                self.setVisible(kind == QEvent.Type.ShowToParent)
            if kind in (QEvent.Type.ShowToParent, QEvent.Type.LayoutRequest):
                self.updateGeometry()
        return super().eventFilter(obj, event)

    def _height(self) -> int:
        label = self._label
        width = max(1, self.viewport().width() or self.width())
        whole = label.heightForWidth(width) if label.wordWrap() else label.sizeHint().height()
        whole = max(whole, label.minimumSizeHint().height())
        margins = label.contentsMargins()
        most = self._lines * label.fontMetrics().lineSpacing() + margins.top() + margins.bottom()
        return min(whole, most + label.fontMetrics().descent())

    def sizeHint(self) -> QSize:
        return QSize(self._label.sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


class ElidingLabel(QLabel):
    """A one-line label that gives up room when the bar is crowded: its text ends in "…" then
    (the whole text in its tooltip), so the window never grows past the counter's screen."""

    LEAST_CHARS = 6

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().averageCharWidth() * self.LEAST_CHARS
        margins = self.contentsMargins()
        return QSize(min(hint.width(), least + margins.left() + margins.right()), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        text = self.text()
        if self.fontMetrics().horizontalAdvance(text) <= rect.width():
            super().paintEvent(event)
            return
        QFrame.paintEvent(self, event)  # the style sheet's background and border
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()), shown)
        painter.end()

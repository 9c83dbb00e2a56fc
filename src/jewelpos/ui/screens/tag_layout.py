"""Tag settings: the tag layout (size, fields, fonts, barcode) with a live preview, the label
printer (target and TSPL/ZPL), and the print queue (retry jobs the printer refused)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError
from jewelpos.printing.tags import FIELD_NAMES, TagBarcode, TagField, TagLayout
from jewelpos.ui.messages import error_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.tags import PrintJobInfo, TagPrinter
    from jewelpos.ui.tasks import TaskRunner

PREVIEW_DELAY_MS = 150


def _spin(lo: float, hi: float, step: float = 0.5) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setSingleStep(step)
    box.setDecimals(1)
    return box


class TagLayoutScreen(QWidget):
    """Every change redraws the preview; F10 saves the layout and the printer; F9 retries."""

    preview_updated = Signal()
    layout_saved = Signal(object)
    jobs_loaded = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagLayoutScreen")
        self._services = services
        self._runner = runner
        self._user = user
        self._layout = TagLayout()
        self._loading = False

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.width_mm = _spin(10, 200)
        self.height_mm = _spin(5, 100)
        self.gap_mm = _spin(0, 20)
        self.dpi = QComboBox()
        self.dpi.addItem("203 dpi", 203)
        self.dpi.addItem("300 dpi", 300)
        self.barcode_x = _spin(0, 200)
        self.barcode_y = _spin(0, 100)
        self.barcode_h = _spin(2, 50)
        self.fields = QTableWidget(0, 6)
        self.fields.setObjectName("tagFields")
        self.fields.verticalHeader().hide()
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview = QLabel()
        self.preview.setObjectName("tagPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(140)
        self.printer = QLineEdit()
        self.language = QComboBox()
        self.language.addItem("TSPL", "tspl")
        self.language.addItem("ZPL", "zpl")
        self.jobs_label = QLabel()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self.retry)
        for b in (self.save_button, self.retry_button):
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        for box in (self.width_mm, self.height_mm, self.gap_mm, self.barcode_x, self.barcode_y,
                    self.barcode_h):  # fmt: skip
            box.valueChanged.connect(self._on_changed)
        self.dpi.currentIndexChanged.connect(self._on_changed)

        form = QFormLayout()
        self._labels = [QLabel() for _ in range(9)]
        for label, widget in zip(
            self._labels,
            (
                self.width_mm,
                self.height_mm,
                self.gap_mm,
                self.dpi,
                self.barcode_x,
                self.barcode_y,
                self.barcode_h,
                self.printer,
                self.language,
            ),
            strict=True,
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.fields, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.jobs_label, 1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(top, 1)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        for key, slot in (("F10", self.save), ("F9", self.retry)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Tag settings"))
        for label, text in zip(
            self._labels,
            (
                self.tr("&Width mm"),
                self.tr("&Height mm"),
                self.tr("&Gap mm"),
                self.tr("&Printer dots"),
                self.tr("&Barcode left mm"),
                self.tr("Barcode &top mm"),
                self.tr("Barcode h&eight mm"),
                self.tr("Label p&rinter"),
                self.tr("&Language"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.printer.setPlaceholderText(self.tr("tcp://192.168.1.50:9100, win:TSC TE244, dev:/dev/usb/lp0 or file:/path"))  # fmt: skip
        self.fields.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Left mm"),
                self.tr("Top mm"),
                self.tr("Font pt"),
                self.tr("Label"),
                self.tr("Bold"),
            ]
        )
        for i in range(self.fields.rowCount()):
            box = self.fields.cellWidget(i, 0)
            if isinstance(box, QCheckBox):
                box.setText(self.field_title(str(box.property("field"))))
        self.save_button.setText(self.tr("Save  F10"))
        self.retry_button.setText(self.tr("Retry waiting prints  F9"))

    def field_title(self, name: str) -> str:
        titles = {
            "tag_code": self.tr("Tag code"),
            "design_no": self.tr("Design no."),
            "category": self.tr("Category"),
            "metal": self.tr("Metal"),
            "purity": self.tr("Purity"),
            "gross": self.tr("Gross weight"),
            "stone": self.tr("Stone weight"),
            "net": self.tr("Net weight"),
            "huid": self.tr("HUID"),
            "cost_code": self.tr("Cost code"),
            "shop": self.tr("Shop name"),
        }
        return titles.get(name, name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------------
    def start(self) -> None:
        self._runner.run(self._services.tags.layout, on_done=self._on_layout_loaded)
        self._runner.run(self._services.tags.printer, on_done=self._on_printer_loaded)
        self._runner.run(self._services.tags.waiting_jobs, on_done=self._on_jobs_loaded)

    def focus_first(self) -> None:
        self.width_mm.setFocus()

    def _on_layout_loaded(self, layout: TagLayout) -> None:
        self._loading = True
        self._layout = layout
        self.width_mm.setValue(layout.width_mm)
        self.height_mm.setValue(layout.height_mm)
        self.gap_mm.setValue(layout.gap_mm)
        self.dpi.setCurrentIndex(max(0, self.dpi.findData(layout.dpi)))
        b = layout.barcode or TagBarcode(1.5, 0.8)
        self.barcode_x.setValue(b.x_mm)
        self.barcode_y.setValue(b.y_mm)
        self.barcode_h.setValue(b.height_mm)
        self.fields.setRowCount(len(FIELD_NAMES))
        by_name = {f.name: f for f in layout.fields}
        for i, name in enumerate(FIELD_NAMES):
            f = by_name.get(name)
            on = QCheckBox(self.field_title(name))
            on.setProperty("field", name)
            on.setChecked(f is not None)
            on.toggled.connect(self._on_changed)
            self.fields.setCellWidget(i, 0, on)
            for col, (value, lo, hi) in enumerate(
                (
                    (f.x_mm if f else 0.0, 0, 200),
                    (f.y_mm if f else 0.0, 0, 100),
                    (f.font_pt if f else 5.5, 3, 30),
                ),
                start=1,
            ):
                box = _spin(lo, hi)
                box.setValue(value)
                box.valueChanged.connect(self._on_changed)
                self.fields.setCellWidget(i, col, box)
            label = QLineEdit(f.label if f else "")
            label.textChanged.connect(self._on_changed)
            self.fields.setCellWidget(i, 4, label)
            bold = QCheckBox()
            bold.setChecked(bool(f and f.bold))
            bold.toggled.connect(self._on_changed)
            self.fields.setCellWidget(i, 5, bold)
        self._loading = False
        self.update_preview()

    def _on_printer_loaded(self, printer: TagPrinter) -> None:
        self.printer.setText(printer.target)
        self.language.setCurrentIndex(max(0, self.language.findData(printer.language)))

    def _on_jobs_loaded(self, jobs: list[PrintJobInfo]) -> None:
        self.jobs_label.setText(
            self.tr("{count} tag prints waiting for the printer").format(count=len(jobs))
            if jobs
            else self.tr("No tag prints waiting.")
        )
        emit(self.jobs_loaded, jobs)

    # --- editing ---------------------------------------------------------------------------------
    def current_layout(self) -> TagLayout:
        fields = []
        for i in range(self.fields.rowCount()):
            on = self.fields.cellWidget(i, 0)
            if not isinstance(on, QCheckBox) or not on.isChecked():
                continue
            x, y, font = (self.fields.cellWidget(i, c) for c in (1, 2, 3))
            label = self.fields.cellWidget(i, 4)
            bold = self.fields.cellWidget(i, 5)
            assert isinstance(x, QDoubleSpinBox) and isinstance(y, QDoubleSpinBox)
            assert isinstance(font, QDoubleSpinBox) and isinstance(label, QLineEdit)
            assert isinstance(bold, QCheckBox)
            fields.append(TagField(str(on.property("field")), x.value(), y.value(), font.value(),
                                   label=label.text(), bold=bold.isChecked()))  # fmt: skip
        base = self._layout.barcode or TagBarcode(1.5, 0.8)
        return replace(
            self._layout,
            width_mm=self.width_mm.value(),
            height_mm=self.height_mm.value(),
            gap_mm=self.gap_mm.value(),
            dpi=int(self.dpi.currentData()),
            fields=tuple(fields),
            barcode=replace(
                base,
                x_mm=self.barcode_x.value(),
                y_mm=self.barcode_y.value(),
                height_mm=self.barcode_h.value(),
            ),
        )

    def _on_changed(self, *_args: object) -> None:
        if not self._loading:
            self._timer.start()

    def update_preview(self) -> None:
        self._timer.stop()
        try:
            layout = self.current_layout()
        except JewelPOSError as exc:
            self.message.show_message(error_text(exc), "error")
            return
        self._runner.run(
            self._services.tags.preview_png,
            layout,
            on_done=self._on_preview,
            on_error=self._on_error,
        )

    def _on_preview(self, png: bytes) -> None:
        self.preview_png = png
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        width = max(200, self.preview.width() - 20)
        self.preview.setPixmap(
            pixmap.scaledToWidth(
                min(width, pixmap.width() * 3), Qt.TransformationMode.SmoothTransformation
            )
        )
        self.message.clear()
        emit(self.preview_updated)

    def save(self) -> None:
        from jewelpos.services.tags import TagPrinter

        try:
            layout = self.current_layout()
        except JewelPOSError as exc:
            self.message.show_message(error_text(exc), "error")
            return
        printer = TagPrinter(target=self.printer.text().strip(), language=str(self.language.currentData()))  # fmt: skip
        self._runner.run(self._services.tags.save_printer, printer, by=self._user, on_error=self._on_error)  # fmt: skip
        self._runner.run(
            self._services.tags.save_layout, layout, by=self._user,
            on_done=self._on_saved, on_error=self._on_error,
        )  # fmt: skip

    def _on_saved(self, layout: TagLayout) -> None:
        self._layout = layout
        self.message.show_message(self.tr("Tag layout saved."), "info")
        emit(self.layout_saved, layout)

    def retry(self) -> None:
        self._runner.run(
            self._services.tags.retry_all,
            on_done=lambda _jobs: self.message.show_message(
                self.tr("Waiting tags printed."), "info"
            ),
            on_error=self._on_error,
            on_finished=self._reload_jobs,
        )

    def _reload_jobs(self) -> None:
        self._runner.run(self._services.tags.waiting_jobs, on_done=self._on_jobs_loaded)

    def _on_error(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc), "error")

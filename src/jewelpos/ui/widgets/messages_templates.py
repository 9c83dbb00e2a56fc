"""The Messages screen's templates page: each kind's text in English and Hindi, previewed with a
real customer (F10) before it can be saved (F11); unknown placeholders are shown at the text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.messages import PLACEHOLDERS
from jewelpos.ui.messages import error_text, problem_text
from jewelpos.ui.models.messages import LANGUAGE_NAMES, kind_name
from jewelpos.ui.qtcompat import emit

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.messaging.service import MessagesService
    from jewelpos.services.messaging.templates import TemplateRow, TemplateSaved
    from jewelpos.ui.tasks import TaskRunner

TEMPLATE_KEYS = {"preview": "F10", "save": "F11"}
_ROW = Qt.ItemDataRole.UserRole + 1


class TemplatesPage(QWidget):
    """Pick a kind and language, edit the text, find a customer, preview, save."""

    loaded = Signal(list)
    previewed = Signal(str)
    saved = Signal(object)  # TemplateRow
    said = Signal(str, str)
    customers_found = Signal(list)

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
        self._rows: list[TemplateRow] = []
        self._drafts: dict[tuple[str, str], tuple[str, str]] = {}
        self._current: tuple[str, str] | None = None
        self._previewed: tuple[str, str] | None = None  # (body, customer id) last previewed
        self.kind_label = QLabel()
        self.kinds = QListWidget()
        self.kinds.setObjectName("templateKinds")
        self.kind_label.setBuddy(self.kinds)
        self.body_label = QLabel()
        self.body = QPlainTextEdit()
        self.body.setObjectName("templateBody")
        self.body.setTabChangesFocus(True)
        self.body_label.setBuddy(self.body)
        self.body_error = QLabel()
        self.body_error.setObjectName("fieldError")
        self.body_error.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.dlt_label = QLabel()
        self.dlt = QLineEdit()
        self.dlt.setObjectName("templateDlt")
        self.dlt.setMaxLength(40)
        self.dlt_label.setBuddy(self.dlt)
        self.find_label = QLabel()
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("templateCustomerSearch")
        self.find_label.setBuddy(self.find_edit)
        self.customer_label = QLabel()
        self.customer = QComboBox()
        self.customer.setObjectName("templateCustomer")
        self.customer_label.setBuddy(self.customer)
        self.preview_title = QLabel()
        self.preview = QLabel()
        self.preview.setObjectName("templatePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_button = QPushButton()
        self.save_button = QPushButton()
        buttons = QHBoxLayout()
        for button, key, slot in (
            (self.preview_button, TEMPLATE_KEYS["preview"], self.run_preview),
            (self.save_button, TEMPLATE_KEYS["save"], self.save),
        ):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.kind_label)
        left.addWidget(self.kinds, 1)
        form = QGridLayout()
        form.addWidget(self.body_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.body, 0, 1)
        form.addWidget(self.body_error, 1, 1)
        form.addWidget(self.hint, 2, 1)
        form.addWidget(self.dlt_label, 3, 0)
        form.addWidget(self.dlt, 3, 1)
        form.addWidget(self.find_label, 4, 0)
        form.addWidget(self.find_edit, 4, 1)
        form.addWidget(self.customer_label, 5, 0)
        form.addWidget(self.customer, 5, 1)
        form.addWidget(self.preview_title, 6, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.preview, 6, 1)
        form.setRowStretch(0, 1)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)
        self.kinds.currentRowChanged.connect(self._on_kinds_current_row_changed)
        self.body.textChanged.connect(self._on_body_text_changed)
        self.find_edit.returnPressed.connect(self._on_find_return_pressed)
        self.customer.currentIndexChanged.connect(lambda _i: self._update())
        order: tuple[tuple[QWidget, QWidget], ...] = (
            (self.kinds, self.body),
            (self.body, self.dlt),
            (self.dlt, self.find_edit),
            (self.find_edit, self.customer),
        )
        for a, b in order:
            self.setTabOrder(a, b)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.kind_label.setText(self.tr("&Kind of message"))
        self.body_label.setText(self.tr("Message &text"))
        self.hint.setText(
            self.tr("Placeholders: {list}").format(
                list=", ".join("{" + p + "}" for p in PLACEHOLDERS)
            )
        )
        self.dlt_label.setText(self.tr("&DLT template id"))
        self.find_label.setText(self.tr("Find c&ustomer"))
        self.find_edit.setPlaceholderText(self.tr("Mobile or name, then Enter"))
        self.customer_label.setText(self.tr("Preview &for"))
        self.preview_title.setText(self.tr("Preview"))
        self.preview_button.setText(self.tr("F10 Preview"))
        self.save_button.setText(self.tr("F11 Save template"))
        for i in range(self.kinds.count()):
            item = self.kinds.item(i)
            row = item.data(_ROW)
            item.setText(self._item_text(row))
        self._update()

    def _item_text(self, row: TemplateRow) -> str:
        mark = " *" if row.custom else ""
        return f"{kind_name(row.kind)} · {LANGUAGE_NAMES.get(row.language, row.language)}{mark}"

    def focus_first(self) -> None:
        self.kinds.setFocus()

    # --- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        self._runner.run(
            self._messages.templates.list, on_done=self._on_loaded, on_error=self._fail
        )

    def _on_loaded(self, rows: list[TemplateRow]) -> None:
        keep = self._current
        self._rows = list(rows)
        self.kinds.blockSignals(True)
        self.kinds.clear()
        select = 0
        for i, row in enumerate(rows):
            item = QListWidgetItem(self._item_text(row))
            item.setData(_ROW, row)
            self.kinds.addItem(item)
            if keep == (row.kind, row.language):
                select = i
        self.kinds.blockSignals(False)
        if rows:
            self._current = None
            self.kinds.setCurrentRow(select)
            self._on_kinds_current_row_changed(select)
        emit(self.loaded, rows)

    def current_row(self) -> TemplateRow | None:
        item = self.kinds.currentItem()
        if item is None:
            return None
        row: TemplateRow = item.data(_ROW)
        return row

    def _on_kinds_current_row_changed(self, _index: int) -> None:
        if self._current is not None:  # nothing typed is lost when moving to another kind
            self._drafts[self._current] = (self.body.toPlainText(), self.dlt.text())
        row = self.current_row()
        if row is None:
            return
        self._current = (row.kind, row.language)
        body, dlt = self._drafts.get(self._current, (row.body, row.dlt_template_id))
        self.body.blockSignals(True)
        self.body.setPlainText(body)
        self.body.blockSignals(False)
        self.dlt.setText(dlt)
        self._previewed = None
        self.preview.setText("")
        self.body_error.setText("")
        self._update()

    def _on_body_text_changed(self) -> None:
        self._previewed = None
        self.body_error.setText("")
        self._update()

    def _update(self) -> None:
        fresh = self._previewed is not None and self._previewed == (
            self.body.toPlainText(),
            self.customer.currentData() or "",
        )
        self.save_button.setEnabled(fresh)
        self.preview_button.setEnabled(self.current_row() is not None)

    # --- customers ----------------------------------------------------------------------
    def _on_find_return_pressed(self) -> None:
        self._runner.run(
            self._messages.templates.customers,
            self.find_edit.text(),
            on_done=self._on_customers,
            on_error=self._fail,
        )

    def _on_customers(self, found: list[tuple[str, str, str]]) -> None:
        self.customer.clear()
        for cid, name, mobile in found:
            self.customer.addItem(f"{name}  {mobile}", cid)
        if found:
            self.customer.setCurrentIndex(0)
            self.customer.setFocus()
        else:
            emit(
                self.said, self.tr("No customer found: type a mobile number or a name."), "warning"
            )
        emit(self.customers_found, list(found))

    # --- preview and save ---------------------------------------------------------------
    def run_preview(self) -> None:
        row = self.current_row()
        if row is None:
            return
        cid = self.customer.currentData()
        if not cid:
            emit(self.said, self.tr("Find a customer first (Alt+U) to see the preview."), "warning")
            self.find_edit.setFocus()
            return
        body = self.body.toPlainText()
        self._runner.run(
            self._messages.templates.preview,
            row.kind,
            row.language,
            body,
            cid,
            on_done=lambda text: self._on_previewed(body, cid, text),
            on_error=self._field_fail,
        )

    def _on_previewed(self, body: str, cid: str, text: str) -> None:
        self.preview.setText(text)
        self.body_error.setText("")
        self._previewed = (body, cid)
        self._update()
        emit(self.previewed, text)

    def save(self) -> None:
        row = self.current_row()
        if row is None:
            return
        body = self.body.toPlainText()
        if self._previewed is None or self._previewed != (body, self.customer.currentData() or ""):
            emit(self.said, self.tr("Preview the text with a customer first (F10)."), "warning")
            return
        self._runner.run(
            self._messages.templates.save,
            row.kind,
            row.language,
            body,
            dlt_template_id=self.dlt.text(),
            by=self._user,
            on_done=self._on_saved,
            on_error=self._field_fail,
        )

    def _on_saved(self, saved: TemplateSaved) -> None:
        self._drafts.pop((saved.row.kind, saved.row.language), None)
        emit(self.said, self.tr("Template saved."), "info")
        emit(self.saved, saved.row)
        self.reload()

    def _field_fail(self, exc: JewelPOSError) -> None:
        if isinstance(exc, ValidationError) and exc.field == "body":
            self.body_error.setText(problem_text(exc))
            self.body.setFocus()
        elif isinstance(exc, ValidationError) and exc.field == "dlt_template_id":
            emit(self.said, error_text(exc), "error")
            self.dlt.setFocus()
        else:
            emit(self.said, error_text(exc), "error")

    def _fail(self, exc: JewelPOSError) -> None:
        emit(self.said, error_text(exc), "error")

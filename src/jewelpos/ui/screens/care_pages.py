"""The Feedback screen's pages: take a rating of a bill, complaints with their follow-ups and
a bill's touch-point checklist (the staff targets page is targets_page.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.ui.care_labels import item_name, stage_name
from jewelpos.ui.dialogs.complaint import CloseComplaintDialog, ComplaintDialog, FollowUpDialog
from jewelpos.ui.dialogs.touch_items import TouchItemsDialog
from jewelpos.ui.formats import fmt_datetime
from jewelpos.ui.messages import field_label, problem_text
from jewelpos.ui.models.care import ComplaintsModel, FeedbackModel
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.care_page import CarePage, key_button, table_view
from jewelpos.ui.widgets.fields import EnterNavigator, set_tab_chain

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.complaints import ComplaintInfo
    from jewelpos.services.feedback import FeedbackBoard
    from jewelpos.services.touch_points import Checklist
    from jewelpos.ui.tasks import TaskRunner

STATE_ROLE = Qt.ItemDataRole.UserRole + 2


class FeedbackPage(CarePage):
    """Bill number, rating (type 1-5), comment and code; Enter moves on, Ctrl+S saves."""

    feedback_saved = Signal(object)
    loaded = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, runner, user)
        self.setObjectName("feedbackPage")
        self._busy = False
        self.bill = QLineEdit()
        self.bill.setObjectName("feedbackBill")
        self.bill.setMaxLength(20)
        self.rating = QComboBox()
        self.rating.setObjectName("feedbackRating")
        self.comment = QLineEdit()
        self.comment.setMaxLength(500)
        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, widget in zip(
            self.labels, (self.bill, self.rating, self.comment, self.code), strict=True
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.save_button = key_button(self, "Ctrl+S", self.submit)
        self.save_button.setObjectName("primaryButton")
        self.summary = QLabel()
        self.model = FeedbackModel(self)
        self.table = table_view(self.model)
        self._navigator = EnterNavigator(
            [self.bill, self.rating, self.comment, self.code], self.submit, self
        )
        row = QHBoxLayout()
        row.addLayout(form, 1)
        row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        set_tab_chain([self.bill, self.rating, self.comment, self.code, self.table])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        for label, text in zip(
            self.labels,
            (
                self.tr("&Bill number"),
                self.tr("&Rating (type 1 to 5)"),
                self.tr("C&omment"),
                self.tr("Feedback co&de (if the customer has one)"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.bill.setPlaceholderText(self.tr("as printed on the bill, e.g. IB1-C2/25/00042"))
        words = (
            self.tr("Very poor"),
            self.tr("Poor"),
            self.tr("Average"),
            self.tr("Good"),
            self.tr("Excellent"),
        )
        current = self.rating.currentData() or 5
        self.rating.clear()
        for stars in range(5, 0, -1):
            self.rating.addItem(f"{stars}  {'★' * stars}  {words[stars - 1]}", stars)
        self.rating.setCurrentIndex(self.rating.findData(current))
        self.save_button.setText(self.tr("Ctrl+S Save rating"))
        self.model.retranslate()

    def focus_first(self) -> None:
        self.bill.setFocus(Qt.FocusReason.OtherFocusReason)

    def start(self) -> None:
        self._runner.run(self._services.feedback.recent, on_done=self._on_loaded)

    def _on_loaded(self, board: FeedbackBoard) -> None:
        self.model.set_rows(board.rows)
        self.summary.setText(
            self.tr("Ratings: {count}, on average {average} of 5").format(
                count=board.count, average=board.average
            )
        )
        emit(self.loaded, board)

    def submit(self) -> None:
        if self._busy:
            return
        self._busy = True
        self._runner.run(
            self._services.feedback.record,
            invoice_no=self.bill.text(),
            rating=int(self.rating.currentData()),
            comment=self.comment.text(),
            code=self.code.text(),
            by=self._user,
            on_done=self._on_saved,
            on_error=self._on_save_error,
            on_finished=self._on_save_finished,
        )

    def _on_saved(self, info: Any) -> None:
        self.message.show_message(
            self.tr("Rating of bill {bill} saved. Thank you!").format(bill=info.invoice_no),
            "info",
        )
        for box in (self.bill, self.comment, self.code):
            box.clear()
        self.rating.setCurrentIndex(0)
        self.focus_first()
        emit(self.feedback_saved, info)
        self.start()

    def _on_save_error(self, exc: JewelPOSError) -> None:
        if isinstance(exc, ValidationError):
            text = f"{field_label(exc.field)}: {problem_text(exc)}"
            self.message.show_message(text, "error")
            widget = {"bill": self.bill, "rating": self.rating, "comment": self.comment}.get(
                exc.field, self.code if exc.field == "feedback_code" else self.bill
            )
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._error(exc)

    def _on_save_finished(self) -> None:
        self._busy = False


class ComplaintsPage(CarePage):
    """Open complaints, those due for follow-up first; F2 new, F3 follow up, F4 close."""

    loaded = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, runner, user)
        self.setObjectName("complaintsPage")
        self._staff: list[tuple[str, str]] = []
        self.show_closed = QCheckBox()
        self.show_closed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_closed.toggled.connect(lambda _on: self.start())
        closed_key = QAction(self)
        closed_key.setShortcut(QKeySequence("F9"))
        closed_key.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        closed_key.triggered.connect(self.show_closed.toggle)
        self.addAction(closed_key)
        self.due_label = QLabel()
        self.due_label.setObjectName("dueLabel")
        self.model = ComplaintsModel(self)
        self.table = table_view(self.model)
        self.table.setObjectName("complaintsTable")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.new_button = key_button(self, "F2", self.open_new)
        self.follow_button = key_button(self, "F3", self.open_follow_up)
        self.close_button = key_button(self, "F4", self.open_close)
        top = QHBoxLayout()
        top.addWidget(self.due_label, 1)
        top.addWidget(self.show_closed)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.follow_button, self.close_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.show_closed.setText(self.tr("F9 Show closed ones too"))
        self.new_button.setText(self.tr("F2 New complaint or return"))
        self.follow_button.setText(self.tr("F3 Follow up"))
        self.close_button.setText(self.tr("F4 Close with resolution"))
        self.model.retranslate()
        self._show_detail()

    def focus_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def start(self) -> None:
        self.model.today = self.today()
        self._runner.run(self._services.auth.users, on_done=self._on_staff)
        self._runner.run(
            self._services.complaints.listing,
            open_only=not self.show_closed.isChecked(),
            on_done=self._on_loaded,
            on_error=self._error,
        )

    def _on_staff(self, users: list[UserInfo]) -> None:
        self._staff = [(u.id, u.display_name) for u in users]

    def _on_loaded(self, rows: tuple[ComplaintInfo, ...]) -> None:
        self.model.set_rows(rows)
        due = sum(1 for c in rows if c.is_due(self.model.today))
        self.due_label.setText(self.tr("Follow-ups due today or earlier: {n}").format(n=due))
        if rows:
            self.table.selectRow(0)
        self._show_detail()
        emit(self.loaded, rows)

    def current(self) -> ComplaintInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_detail(self) -> None:
        c = self.current()
        if c is None:
            self.detail.setText(self.tr("No complaints open. F2 records a new one."))
            return
        text = c.description
        if c.resolution:
            text += "\n" + self.tr("Resolved: {how}").format(how=c.resolution)
        self.detail.setText(text)

    def open_new(self) -> QDialog:
        dialog = ComplaintDialog(
            self._services.complaints,
            self._runner,
            user=self._user,
            staff=self._staff,
            today=self.today(),
        )
        return self._open(dialog, self._on_changed)

    def _need_open_one(self) -> ComplaintInfo | None:
        c = self.current()
        if c is None or c.status == "closed":
            self.message.show_message(
                self.tr("Choose an open complaint in the list first."), "info"
            )
            return None
        return c

    def open_follow_up(self) -> QDialog | None:
        c = self._need_open_one()
        if c is None:
            return None
        dialog = FollowUpDialog(
            self._services.complaints,
            self._runner,
            user=self._user,
            complaint=c,
            staff=self._staff,
            today=self.today(),
        )
        return self._open(dialog, self._on_changed)

    def open_close(self) -> QDialog | None:
        c = self._need_open_one()
        if c is None:
            return None
        dialog = CloseComplaintDialog(
            self._services.complaints, self._runner, user=self._user, complaint=c
        )
        return self._open(dialog, self._on_changed)

    def _on_changed(self, info: ComplaintInfo) -> None:
        self.message.show_message(self.tr("Saved."), "info")
        self.start()


class TouchPointsPage(CarePage):
    """Type the bill's number and Enter: its checklist; Space ticks the highlighted item."""

    checklist_loaded = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, runner, user)
        self.setObjectName("touchPointsPage")
        self.checklist: Checklist | None = None
        self.bill_label = QLabel()
        self.bill = QLineEdit()
        self.bill.setObjectName("touchBill")
        self.bill.setMaxLength(20)
        self.bill_label.setBuddy(self.bill)
        self.bill.returnPressed.connect(self.load)
        self.state = QLabel()
        self.items = QListWidget()
        self.items.setObjectName("touchItems")
        self.items.itemChanged.connect(self._on_items_item_changed)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.edit_button = key_button(self, "F2", self.open_items)
        self.edit_button.setVisible(user.can_manage)
        top = QHBoxLayout()
        top.addWidget(self.bill_label)
        top.addWidget(self.bill, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.bill_label.setText(self.tr("&Bill number"))
        self.hint.setText(
            self.tr("Enter shows the bill's checklist. ↓ into the list, Space ticks an item done.")
        )
        self.edit_button.setText(self.tr("F2 Change the checklist"))
        if self.checklist is not None:
            self._show(self.checklist)

    def focus_first(self) -> None:
        self.bill.setFocus(Qt.FocusReason.OtherFocusReason)

    def start(self) -> None:
        if self.checklist is not None:
            self.load()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Down and self.bill.hasFocus() and self.items.count():
            self.items.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().keyPressEvent(event)

    def load(self) -> None:
        self._runner.run(
            self._services.touch_points.checklist,
            self.bill.text(),
            on_done=self._on_loaded,
            on_error=self._on_load_error,
        )

    def _on_load_error(self, exc: JewelPOSError) -> None:
        if isinstance(exc, ValidationError):
            self.message.show_message(f"{field_label(exc.field)}: {problem_text(exc)}", "error")
        else:
            self._error(exc)
        self.bill.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_loaded(self, checklist: Checklist) -> None:
        first = self.checklist is None or self.checklist.invoice_no != checklist.invoice_no
        self._show(checklist)
        if first and self.items.count():
            self.items.setCurrentRow(0)
            self.items.setFocus(Qt.FocusReason.OtherFocusReason)
        emit(self.checklist_loaded, checklist)

    def _show(self, checklist: Checklist) -> None:
        self.checklist = checklist
        row = max(0, self.items.currentRow())
        self.items.blockSignals(True)
        self.items.clear()
        for state in checklist.items:
            text = f"{stage_name(state.stage)}: {item_name(state.item)}"
            if state.done and state.done_at is not None:
                text += "   " + self.tr("done by {who}, {when}").format(
                    who=state.done_by, when=fmt_datetime(state.done_at)
                )
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if state.done else Qt.CheckState.Unchecked)
            item.setData(STATE_ROLE, state)
            self.items.addItem(item)
        self.items.setCurrentRow(min(row, self.items.count() - 1))
        self.items.blockSignals(False)
        words = (
            self.tr("Bill {bill}, {name}: {done} of {all} done")
            if checklist.customer_name
            else self.tr("Bill {bill}: {done} of {all} done")
        )
        self.state.setText(
            words.format(
                bill=checklist.invoice_no,
                name=checklist.customer_name,
                done=checklist.done_count,
                all=len(checklist.items),
            )
        )

    def _on_items_item_changed(self, item: QListWidgetItem) -> None:
        state = item.data(STATE_ROLE)
        if self.checklist is None or state is None:
            return
        if state.done:  # done stays done: who and when are kept
            self.items.blockSignals(True)
            item.setCheckState(Qt.CheckState.Checked)
            self.items.blockSignals(False)
            self.message.show_message(self.tr("This item is done already."), "info")
            return
        self._runner.run(
            self._services.touch_points.tick,
            self.checklist.invoice_no,
            stage=state.stage,
            item=state.item,
            by=self._user,
            on_done=self._on_loaded,
            on_error=self._on_load_error,
        )

    def open_items(self) -> None:
        """F2 (owners and managers): the checklist's items as saved, in a dialog to change."""
        if self._user.can_manage:
            self._runner.run(
                self._services.touch_points.items, on_done=self._on_items_read, on_error=self._error
            )

    def _on_items_read(self, items: Any) -> None:
        dialog = TouchItemsDialog(
            self._services.touch_points, self._runner, user=self._user, items=items
        )
        self._open(dialog, lambda _items: self.start())

"""Dialogs of complaints and returns: open one (kind, category, bill, what happened, who
handles it, follow-up date), set who follows it up and when, and close it with the resolution."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from jewelpos.services.complaints import CATEGORIES, KINDS, ComplaintInput
from jewelpos.ui.care_labels import category_name, kind_name
from jewelpos.ui.widgets.care_form import CareDialog, FollowUpField, staff_combo, text_box

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.complaints import ComplaintInfo, ComplaintService
    from jewelpos.ui.tasks import TaskRunner


class ComplaintDialog(CareDialog):
    """A new complaint or return request; Ctrl+S opens it."""

    def __init__(
        self,
        complaints: ComplaintService,
        runner: TaskRunner,
        *,
        user: UserInfo,
        staff: Sequence[tuple[str, str]],
        today: date,
        invoice_no: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("complaintDialog")
        self.setWindowTitle(self.tr("New complaint or return"))
        self._complaints = complaints
        self._user = user
        self.kind = QComboBox()
        for code in KINDS:
            self.kind.addItem(kind_name(code), code)
        self.category = QComboBox()
        for code in CATEGORIES:
            self.category.addItem(category_name(code), code)
        self.bill = QLineEdit(invoice_no)
        self.bill.setMaxLength(20)
        self.bill.setPlaceholderText(self.tr("e.g. IB1-C2/25/00042 (empty if none)"))
        self.description = text_box()
        self.handler = staff_combo(staff, none_text=self.tr("Nobody yet"))
        self.follow_up = FollowUpField(self.tr("&Follow up on"), today)
        self.add_rows(
            [
                ("kind", self.tr("&Kind"), self.kind),
                ("category", self.tr("&Category"), self.category),
                ("bill", self.tr("&Bill number"), self.bill),
                ("description", self.tr("&What happened"), self.description),
                ("handler", self.tr("&Handled by"), self.handler),
                ("follow_up", None, self.follow_up),
            ]
        )
        self.save_button.setText(self.tr("Open complaint  (Ctrl+S)"))
        self.kind.setFocus()

    def call(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        inp = ComplaintInput(
            kind=str(self.kind.currentData()),
            category=str(self.category.currentData()),
            description=self.description.toPlainText(),
            invoice_no=self.bill.text(),
            handler_id=str(self.handler.currentData()) or None,
            follow_up_on=self.follow_up.value(),
        )
        return self._complaints.open, (inp,), {"by": self._user}


class FollowUpDialog(CareDialog):
    """Who handles the complaint and when to follow it up; Ctrl+S saves."""

    def __init__(
        self,
        complaints: ComplaintService,
        runner: TaskRunner,
        *,
        user: UserInfo,
        complaint: ComplaintInfo,
        staff: Sequence[tuple[str, str]],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("followUpDialog")
        self.setWindowTitle(self.tr("Follow up"))
        self._complaints = complaints
        self._user = user
        self._id = complaint.id
        self.intro.setText(complaint.description)
        self.intro.show()
        self.handler = staff_combo(staff, none_text=self.tr("Nobody yet"))
        self.handler.setCurrentIndex(max(0, self.handler.findData(complaint.handler_id or "")))
        self.follow_up = FollowUpField(self.tr("&Follow up on"), today)
        self.follow_up.set_value(complaint.follow_up_on)
        self.add_rows(
            [
                ("handler", self.tr("&Handled by"), self.handler),
                ("follow_up", None, self.follow_up),
            ]
        )
        self.save_button.setText(self.tr("Save  (Ctrl+S)"))
        self.handler.setFocus()

    def call(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        return (
            self._complaints.follow_up,
            (self._id,),
            {
                "handler_id": str(self.handler.currentData()) or None,
                "follow_up_on": self.follow_up.value(),
                "by": self._user,
            },
        )


class CloseComplaintDialog(CareDialog):
    """Close a complaint: how it was resolved is required; Ctrl+S closes it."""

    def __init__(
        self,
        complaints: ComplaintService,
        runner: TaskRunner,
        *,
        user: UserInfo,
        complaint: ComplaintInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("closeComplaintDialog")
        self.setWindowTitle(self.tr("Close the complaint"))
        self._complaints = complaints
        self._user = user
        self._id = complaint.id
        self.intro.setText(complaint.description)
        self.intro.show()
        self.resolution = text_box(120)
        self.add_rows([("resolution", self.tr("How it was &resolved"), self.resolution)])
        self.save_button.setText(self.tr("Close complaint  (Ctrl+S)"))
        self.resolution.setFocus()

    def call(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        return (
            self._complaints.close,
            (self._id,),
            {"resolution": self.resolution.toPlainText(), "by": self._user},
        )

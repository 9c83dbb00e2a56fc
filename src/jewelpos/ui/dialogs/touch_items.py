"""The touch-point checklist's items, one a line under each stage (door, counter, billing,
delivery). Owners and managers save them; the service checks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from jewelpos.services.touch_points import STAGES
from jewelpos.ui.widgets.care_form import CareDialog, text_box

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.touch_points import TouchItem, TouchPointService
    from jewelpos.ui.tasks import TaskRunner


class TouchItemsDialog(CareDialog):
    """One box per stage; Ctrl+S saves the list."""

    def __init__(
        self,
        touch_points: TouchPointService,
        runner: TaskRunner,
        *,
        user: UserInfo,
        items: Sequence[TouchItem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("touchItemsDialog")
        self.setWindowTitle(self.tr("Touch-point checklist"))
        self._service = touch_points
        self._user = user
        self.intro.setText(
            self.tr(
                "One item a line (Enter starts a new one, Tab the next stage). Every bill's checklist shows these items."
            )
        )
        self.intro.show()
        self.boxes: dict[str, QPlainTextEdit] = {}
        for stage in STAGES:
            box = text_box(84)
            box.setPlainText("\n".join(i.item for i in items if i.stage == stage))
            self.boxes[stage] = box
        labels = {
            "door": self.tr("&Door"),
            "counter": self.tr("&Counter"),
            "billing": self.tr("&Billing"),
            "delivery": self.tr("De&livery"),
        }
        self.add_rows([(f"stage_{s}", labels[s], self.boxes[s]) for s in STAGES], enter_moves=False)
        self.save_button.setText(self.tr("Save checklist  (Ctrl+S)"))
        self.boxes["door"].setFocus()

    def call(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        items = [
            (stage, line)
            for stage in STAGES
            for line in self.boxes[stage].toPlainText().splitlines()
            if line.strip()
        ]
        return self._service.set_items, (items,), {"by": self._user}

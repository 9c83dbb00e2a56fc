"""Customer 360 (from the Customers screen with Enter, from billing's F4 with Ctrl+I): the
profile, the figures (lifetime value, visits, average bill, favourite categories, points) and
the time line of everything the customer did with the shop, newest first. Esc closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError
from jewelpos.domain.formatting import format_inr
from jewelpos.domain.validation import INDIAN_STATES
from jewelpos.ui.formats import shop_tz
from jewelpos.ui.messages import error_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fit import scroll_body
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services.customer360 import Customer360, TimelineEvent
    from jewelpos.ui.tasks import TaskRunner


class Customer360Dialog(QDialog):
    """Loads ``view(customer_id)`` through the runner and shows it; emits ``loaded``."""

    loaded = Signal(object)  # Customer360

    def __init__(
        self,
        view: Callable[[str], Customer360],
        runner: TaskRunner,
        customer_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customer360Dialog")
        self._view = view
        self._runner = runner
        self._customer_id = customer_id
        self.data: Customer360 | None = None
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.profile = QLabel()
        self.profile.setObjectName("customerProfile")
        self.profile.setWordWrap(True)
        self.profile.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.figures = QLabel()
        self.figures.setObjectName("customerFigures")
        self.figures.setWordWrap(True)
        self.timeline_title = QLabel()
        self.timeline_title.setObjectName("sectionTitle")
        self.timeline = QTableWidget(0, 4)
        self.timeline.setObjectName("customerTimeline")
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.reject)
        columns = QHBoxLayout()
        columns.addWidget(self.profile, 3, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(self.figures, 2, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(columns)
        layout.addWidget(self.timeline_title)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(buttons)
        scroll_body(self, reserved=90)  # a long Hindi profile scrolls; Close stays in sight
        self.resize(960, 640)  # fits 1366 x 728
        self.retranslate_ui()
        self.reload()

    # --- text ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Customer 360"))
        self.title.setText(
            self.tr("Customer 360: {name}").format(name=self.data.profile.name)
            if self.data
            else self.tr("Customer 360")
        )
        self.timeline_title.setText(self.tr("Everything with the shop, newest first"))
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("What"), self.tr("Document"), self.tr("Amount")]
        )
        self.close_button.setText(self.tr("Close  (Esc)"))
        if self.data is not None:
            self._show(self.data)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self._runner.run(
            self._view, self._customer_id, on_done=self._on_loaded, on_error=self._on_error
        )

    def _on_loaded(self, data: Customer360) -> None:
        self.data = data
        self.retranslate_ui()
        emit(self.loaded, data)

    def _on_error(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc), "error")

    def kind_text(self, kind: str) -> str:
        return {
            "bill": self.tr("Bill"),
            "return": self.tr("Return"),
            "old_gold": self.tr("Old gold bought"),
            "points": self.tr("Points"),
            "voucher": self.tr("Gift voucher"),
            "credit": self.tr("Credit"),
            "feedback": self.tr("Feedback"),
            "complaint": self.tr("Complaint"),
        }.get(kind, kind)

    def _show(self, data: Customer360) -> None:
        p, st = data.profile, data.stats
        none = self.tr("not given")
        rows = [
            (self.tr("Mobile"), " / ".join(x for x in (p.mobile, p.alternate_phone) if x)),
            (self.tr("E-mail"), p.email),
            (
                self.tr("Address"),
                ", ".join(
                    x
                    for x in (p.address, p.city, p.pin_code, INDIAN_STATES.get(p.state_code, ""))
                    if x
                ),
            ),
            (self.tr("Birthday"), p.birthday.strftime("%d-%m-%Y") if p.birthday else ""),
            (self.tr("Anniversary"), p.anniversary.strftime("%d-%m-%Y") if p.anniversary else ""),
            (self.tr("Native place"), p.native_place),
            (self.tr("Family"), p.family),
            (self.tr("Who wears"), p.wearer),
            (self.tr("Heard of us"), p.heard_from),
            (self.tr("Contact by"), p.preferred_contact),
            (self.tr("Spending capacity"), p.spending_capacity),
            (self.tr("PAN"), p.pan),
            (self.tr("Notes"), p.notes),
        ]
        members = [
            " ".join(
                part
                for part in (
                    m.name,
                    f"({m.relation})" if m.relation else "",
                    self.tr("birthday {d}").format(d=m.birthday.strftime("%d-%m"))
                    if m.birthday
                    else "",
                    self.tr("anniversary {d}").format(d=m.anniversary.strftime("%d-%m"))
                    if m.anniversary
                    else "",
                )
                if part
            )
            for m in data.family
        ]
        yes, no = self.tr("yes"), self.tr("no")
        rows += [
            (self.tr("Family members"), "; ".join(members)),
            (
                self.tr("Messages"),
                self.tr("consent {c}, do not disturb {d}").format(
                    c=yes if data.consent.consent else no, d=yes if data.consent.dnd else no
                ),
            ),
        ]
        self.profile.setText("\n".join(f"{label}: {value or none}" for label, value in rows))
        favourites = ", ".join(st.favourite_categories) or none
        self.figures.setText(
            "\n".join(
                (
                    self.tr("Lifetime value: {v}").format(v=format_inr(st.lifetime_value)),
                    self.tr("Bills: {n}   Visits: {v}").format(n=st.bills, v=st.visits),
                    self.tr("Average bill: {v}").format(v=format_inr(st.average_bill)),
                    self.tr("Favourite: {c}").format(c=favourites),
                    self.tr("Points balance: {n}").format(n=st.points),
                )
            )
        )
        self.timeline.setRowCount(len(data.timeline))
        for row, event in enumerate(data.timeline):
            for col, text in enumerate(self._cells(event)):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.timeline.setItem(row, col, item)
        if data.timeline:
            self.timeline.setCurrentCell(0, 0)

    def _cells(self, e: TimelineEvent) -> tuple[str, str, str, str]:
        what = self.kind_text(e.kind)
        if e.cancelled:
            what = self.tr("{what} (cancelled)").format(what=what)
        amount = str(int(e.amount)) if e.kind == "points" else format_inr(e.amount)
        if e.kind in ("feedback", "complaint"):  # a rating of 1-5; a complaint has no amount
            amount = f"{int(e.amount)} / 5" if e.kind == "feedback" else ""
        return (e.at.astimezone(shop_tz()).strftime("%d-%m-%Y"), what, e.title, amount)

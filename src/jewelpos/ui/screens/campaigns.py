"""Campaigns screen (Ctrl+Shift+C, managers): F3 Segments - tick the rules that narrow the
customers, F5 runs the segment (count and list), F6 saves it by name, F7 saves CSV, F9 Excel;
F4 Campaigns - a saved segment, channel, message, an optional gift voucher per customer, the
hold-out share and the days to count bills, F10 starts it (the send list is frozen then);
F8 shows the chosen campaign's conversions against the hold-out with a chart."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QMargins, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import EnvironmentProblem, JewelPOSError, ValidationError
from jewelpos.domain.formatting import format_inr
from jewelpos.services.campaigns import CampaignInput
from jewelpos.services.segments import SegmentRules
from jewelpos.ui.messages import error_text
from jewelpos.ui.models.campaigns import CampaignsModel, SegmentMembersModel
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.campaigns import CampaignInfo, CampaignReport
    from jewelpos.services.segments import SegmentChoices, SegmentInfo, SegmentResult
    from jewelpos.ui.tasks import TaskRunner

CAMPAIGNS_KEY = "Ctrl+Shift+C"
_NAV = str(QT_TRANSLATE_NOOP("CampaignsScreen", "Campaigns"))
CHANNELS = ("sms", "whatsapp_link", "whatsapp_api", "email")
_CHANNEL_TEXT = (
    QT_TRANSLATE_NOOP("CampaignsScreen", "SMS"),
    QT_TRANSLATE_NOOP("CampaignsScreen", "WhatsApp link"),
    QT_TRANSLATE_NOOP("CampaignsScreen", "WhatsApp Business"),
    QT_TRANSLATE_NOOP("CampaignsScreen", "E-mail"),
)


def campaigns_nav_text() -> str:
    """The side-bar button text: translated name and key."""
    return QCoreApplication.translate("CampaignsScreen", _NAV) + "\n" + CAMPAIGNS_KEY


def _amount(text: str, field: str) -> Decimal | None:
    """A typed rupee amount (commas and ₹ allowed), None when empty."""
    clean = re.sub(r"[₹,\s]", "", text)
    if not clean:
        return None
    try:
        value = Decimal(clean)
    except InvalidOperation:
        raise ValidationError(field, f"{text!r} is not an amount") from None
    if not value.is_finite():
        raise ValidationError(field, f"{text!r} is not an amount")
    return value


def _file_part(name: str) -> str:
    return re.sub(r"[^\w-]+", "-", name, flags=re.UNICODE).strip("-") or "segment"


class CampaignsScreen(QWidget):
    """Segments and campaigns; announces ``segment_ran``, ``segment_saved``, ``exported``,
    ``campaign_started`` and ``report_shown``."""

    segment_ran = Signal(object)  # SegmentResult
    segment_saved = Signal(object)  # SegmentInfo
    exported = Signal(str)
    campaign_started = Signal(object)  # CampaignInfo
    report_shown = Signal(object)  # CampaignReport
    loaded = Signal()

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        data_dir: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsScreen")
        self._services = services
        self._runner = runner
        self._user = user
        self.exports_dir = Path(data_dir) / "reports" if data_dir else Path.cwd() / "reports"
        self.saved: list[SegmentInfo] = []
        self.result: SegmentResult | None = None
        self.report: CampaignReport | None = None
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("campaignTabs")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(self._segment_page(), "")
        self.tabs.addTab(self._campaign_page(), "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        for key, slot in (
            ("F3", self.show_segments),
            ("F4", self.show_campaigns),
            ("F5", self.run_segment),
            ("F6", self.save_segment),
            ("F7", self.export_csv),
            ("F9", self.export_xlsx),
            ("F8", self.show_report),
            ("F10", self.start_campaign),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.retranslate_ui()

    # --- building --------------------------------------------------------------------------
    def _button(self, slot: Any) -> QPushButton:
        button = QPushButton()
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def _segment_page(self) -> QWidget:
        page = QWidget()
        self.saved_label = QLabel()
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("savedSegments")
        self.saved_combo.activated.connect(self._on_saved_combo_activated)
        self.saved_label.setBuddy(self.saved_combo)
        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("segmentName")
        self.name_label.setBuddy(self.name_edit)
        self.no_scheme = QCheckBox()
        self.not_renewed = QCheckBox()
        self.not_seen = QCheckBox()
        self.not_seen_days = QSpinBox()
        self.not_seen_days.setRange(1, 3650)
        self.not_seen_days.setValue(90)
        self.one_category = QCheckBox()
        self.category_combo = QComboBox()
        self.vip = QCheckBox()
        self.vip_spend = QLineEdit("100000")
        self.vip_spend.setObjectName("vipSpend")
        self.vip_months = QSpinBox()
        self.vip_months.setRange(1, 120)
        self.vip_months.setValue(12)
        self.vip_rfm = QSpinBox()
        self.vip_rfm.setRange(0, 15)
        self.birthday = QCheckBox()
        self.by_branch = QCheckBox()
        self.branch_combo = QComboBox()
        self.by_salesperson = QCheckBox()
        self.salesperson_combo = QComboBox()
        self.days_unit = QLabel()
        self.months_unit = QLabel()
        self.rfm_label = QLabel()
        self.spend_label = QLabel()
        rules = QGridLayout()
        rules.setHorizontalSpacing(8)
        rules.setVerticalSpacing(4)
        rows: list[tuple[QWidget, ...]] = [
            (self.no_scheme,),
            (self.not_renewed,),
            (self.not_seen, self.not_seen_days, self.days_unit),
            (self.one_category, self.category_combo),
            (self.vip, self.vip_spend, self.spend_label, self.vip_months, self.months_unit),
            (self.rfm_label, self.vip_rfm),
            (self.birthday,),
            (self.by_branch, self.branch_combo),
            (self.by_salesperson, self.salesperson_combo),
        ]
        for r, widgets in enumerate(rows):
            # a rule's words never shrink below what they need; its values follow in a row
            widgets[0].setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            if len(widgets) == 1:
                rules.addWidget(widgets[0], r, 0, 1, 2)
                continue
            values = QHBoxLayout()
            values.setSpacing(6)
            for w in widgets[1:]:
                values.addWidget(w)
            values.addStretch(1)
            if widgets[0] is self.rfm_label:  # the VIP rule's second line, under its values
                values.insertWidget(0, self.rfm_label)
                rules.addLayout(values, r, 1)
                continue
            rules.addWidget(widgets[0], r, 0)
            rules.addLayout(values, r, 1)
        rules.setColumnStretch(1, 1)
        for combo in (self.category_combo, self.branch_combo, self.salesperson_combo):
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.run_button = self._button(self.run_segment)
        self.save_button = self._button(self.save_segment)
        self.csv_button = self._button(self.export_csv)
        self.xlsx_button = self._button(self.export_xlsx)
        buttons = QHBoxLayout()
        for b in (self.run_button, self.save_button, self.csv_button, self.xlsx_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QVBoxLayout()
        form = QFormLayout()
        form.addRow(self.saved_label, self.saved_combo)
        form.addRow(self.name_label, self.name_edit)
        left.addLayout(form)
        left.addLayout(rules)
        left.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("segmentCount")
        self.members_model = SegmentMembersModel(self)
        self.members_view = QTableView()
        self.members_view.setObjectName("segmentMembers")
        self.members_view.setModel(self.members_model)
        self.members_view.verticalHeader().hide()
        self.members_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.members_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        right = QVBoxLayout()
        right.addWidget(self.count_label)
        right.addWidget(self.members_view, 1)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMaximumWidth(560)
        left.setContentsMargins(0, 0, 0, 0)
        body = QHBoxLayout()
        body.addWidget(left_box, 0)
        body.addLayout(right, 1)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addLayout(body, 1)
        outer.addLayout(buttons)
        return page

    def _campaign_page(self) -> QWidget:
        page = QWidget()
        self.campaign_name = QLineEdit()
        self.campaign_name.setObjectName("campaignName")
        self.segment_combo = QComboBox()
        self.segment_combo.setObjectName("campaignSegment")
        self.channel_combo = QComboBox()
        self.channel_combo.addItems(["" for _ in CHANNELS])
        self.template_edit = QPlainTextEdit()
        self.template_edit.setObjectName("campaignTemplate")
        self.template_edit.setTabChangesFocus(True)
        self.template_edit.setMaximumHeight(70)
        self.voucher_edit = QLineEdit()
        self.voucher_edit.setObjectName("campaignVoucher")
        self.voucher_days = QSpinBox()
        self.voucher_days.setRange(1, 3650)
        self.voucher_days.setValue(90)
        self.holdout_spin = QSpinBox()
        self.holdout_spin.setRange(0, 50)
        self.holdout_spin.setValue(10)
        self.holdout_spin.setSuffix(" %")
        self.window_spin = QSpinBox()
        self.window_spin.setRange(1, 365)
        self.window_spin.setValue(30)
        self.seed_edit = QLineEdit()
        self.seed_edit.setObjectName("campaignSeed")
        self.form = QFormLayout()
        self.form_labels: list[QLabel] = []
        for w in (
            self.campaign_name,
            self.segment_combo,
            self.channel_combo,
            self.template_edit,
            self.voucher_edit,
            self.voucher_days,
            self.holdout_spin,
            self.window_spin,
            self.seed_edit,
        ):
            label = QLabel()
            label.setBuddy(w)
            self.form_labels.append(label)
            self.form.addRow(label, w)
        self.start_button = self._button(self.start_campaign)
        self.report_button = self._button(self.show_report)
        self.campaigns_model = CampaignsModel(self)
        self.campaigns_view = QTableView()
        self.campaigns_view.setObjectName("campaignsList")
        self.campaigns_view.setModel(self.campaigns_model)
        self.campaigns_view.verticalHeader().hide()
        self.campaigns_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.campaigns_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.campaigns_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.campaigns_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.campaigns_view.setMaximumHeight(150)
        self.chart = QChart()
        self.chart.setMargins(QMargins(2, 2, 2, 2))
        self.chart.legend().hide()
        self.chart.setBackgroundRoundness(0)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("campaignChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_view.setMinimumHeight(150)
        self.bar_set: QBarSet | None = None
        self.summary = QLabel()
        self.summary.setObjectName("campaignSummary")
        self.summary.setWordWrap(True)
        self.buyers = QListWidget()
        self.buyers.setObjectName("campaignBuyers")
        self.buyers.setMaximumHeight(90)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.campaigns_view)
        right.addWidget(self.chart_view, 1)
        right.addWidget(self.summary)
        right.addWidget(self.buyers)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addLayout(body, 1)
        outer.addLayout(buttons)
        return page

    # --- text ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Segments and campaigns"))
        self.tabs.setTabText(0, self.tr("F3 Segments"))
        self.tabs.setTabText(1, self.tr("F4 Campaigns"))
        self.saved_label.setText(self.tr("Saved segment"))
        self.name_label.setText(self.tr("Segment name"))
        self.no_scheme.setText(self.tr("No scheme joined in the last 12 months"))
        self.not_renewed.setText(self.tr("Scheme ended and not renewed"))
        self.not_seen.setText(self.tr("Not seen for"))
        self.days_unit.setText(self.tr("days"))
        self.one_category.setText(self.tr("Bought only one category"))
        self.vip.setText(self.tr("VIP: spent at least ₹"))
        self.spend_label.setText(self.tr("in the last"))
        self.months_unit.setText(self.tr("months"))
        self.rfm_label.setText(self.tr("RFM score at least"))
        self.vip_rfm.setSpecialValueText(self.tr("any"))
        self.birthday.setText(self.tr("Birthday or anniversary this week (family too)"))
        self.by_branch.setText(self.tr("Bought at branch"))
        self.by_salesperson.setText(self.tr("Bought from salesperson"))
        self.run_button.setText(self.tr("F5 Run"))
        self.save_button.setText(self.tr("F6 Save segment"))
        self.csv_button.setText(self.tr("F7 CSV"))
        self.xlsx_button.setText(self.tr("F9 Excel"))
        if self.category_combo.count() == 0:
            self.category_combo.addItem("")
        self.category_combo.setItemText(0, self.tr("any one"))
        texts = (
            self.tr("Campaign name"),
            self.tr("Segment"),
            self.tr("Channel"),
            self.tr("Message (empty: the shop's template)"),
            self.tr("Gift voucher ₹ (empty: none)"),
            self.tr("Voucher valid for days"),
            self.tr("Hold-out share (gets nothing)"),
            self.tr("Count bills for days after"),
            self.tr("Hold-out seed (empty: drawn)"),
        )
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        for i, channel in enumerate(_CHANNEL_TEXT):
            self.channel_combo.setItemText(i, self.tr(str(channel)))
        self.start_button.setText(self.tr("F10 Start campaign"))
        self.report_button.setText(self.tr("F8 Conversions"))
        self.members_model.retranslate()
        self.campaigns_model.retranslate()
        self._show_count()
        self._show_report_text()
        self.message.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the main window's calls -----------------------------------------------------------
    def start(self) -> None:
        """Load the choices, the saved segments and the campaigns."""
        self._runner.run(self._services.segments.choices, on_done=self._on_choices)
        self._reload_lists()

    def focus_first(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.campaign_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_segments(self) -> None:
        """F3: the segments page."""
        self.tabs.setCurrentIndex(0)
        self.focus_first()

    def show_campaigns(self) -> None:
        """F4: the campaigns page (the segment shown is chosen for a new campaign)."""
        self.tabs.setCurrentIndex(1)
        self._choose_segment(self.name_edit.text().strip())
        self.focus_first()

    def _reload_lists(self) -> None:
        self._runner.run(self._services.segments.segments, on_done=self._on_segments)
        self._runner.run(self._services.campaigns.campaigns, on_done=self._on_campaigns)

    def _on_choices(self, choices: SegmentChoices) -> None:
        for combo, items in (
            (self.branch_combo, choices.branches),
            (self.salesperson_combo, choices.salespeople),
        ):
            combo.clear()
            for item in items:
                combo.addItem(item.name, item.id)
        while self.category_combo.count() > 1:
            self.category_combo.removeItem(1)
        for item in choices.categories:
            self.category_combo.addItem(item.name, item.id)

    def _on_segments(self, saved: list[SegmentInfo]) -> None:
        self.saved = saved
        current = self.segment_combo.currentData()
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("(new)"), None)
        self.segment_combo.clear()
        for seg in saved:
            self.saved_combo.addItem(seg.name, seg.id)
            self.segment_combo.addItem(seg.name, seg.id)
        if current is not None:
            index = self.segment_combo.findData(current)
            if index >= 0:
                self.segment_combo.setCurrentIndex(index)
        self._choose_segment(self.name_edit.text().strip())
        emit(self.loaded)

    def _choose_segment(self, name: str) -> None:
        index = self.segment_combo.findText(name) if name else -1
        if index >= 0:
            self.segment_combo.setCurrentIndex(index)

    def _on_campaigns(self, campaigns: list[CampaignInfo]) -> None:
        self.campaigns_model.set_rows(campaigns)
        if campaigns and not self.campaigns_view.currentIndex().isValid():
            self.campaigns_view.selectRow(0)

    # --- segments --------------------------------------------------------------------------
    def rules(self) -> SegmentRules:
        """The rules ticked on the screen; ValidationError naming a bad amount."""
        return SegmentRules(
            no_scheme_last_year=self.no_scheme.isChecked(),
            scheme_not_renewed=self.not_renewed.isChecked(),
            not_seen_days=self.not_seen_days.value() if self.not_seen.isChecked() else None,
            one_category=self.one_category.isChecked(),
            category_id=self.category_combo.currentData()
            if self.one_category.isChecked()
            else None,
            vip_min_spend=_amount(self.vip_spend.text(), "vip_min_spend") or Decimal(0)
            if self.vip.isChecked()
            else None,
            vip_months=self.vip_months.value(),
            vip_min_rfm=self.vip_rfm.value() if self.vip.isChecked() else 0,
            birthday_week=self.birthday.isChecked(),
            branch_id=self.branch_combo.currentData() if self.by_branch.isChecked() else None,
            salesperson_id=(
                self.salesperson_combo.currentData() if self.by_salesperson.isChecked() else None
            ),
        )

    def set_rules(self, rules: SegmentRules) -> None:
        self.no_scheme.setChecked(rules.no_scheme_last_year)
        self.not_renewed.setChecked(rules.scheme_not_renewed)
        self.not_seen.setChecked(rules.not_seen_days is not None)
        if rules.not_seen_days is not None:
            self.not_seen_days.setValue(rules.not_seen_days)
        self.one_category.setChecked(rules.one_category)
        index = self.category_combo.findData(rules.category_id) if rules.category_id else 0
        self.category_combo.setCurrentIndex(max(index, 0))
        self.vip.setChecked(rules.vip_min_spend is not None)
        if rules.vip_min_spend is not None:
            self.vip_spend.setText(f"{rules.vip_min_spend:f}")
        self.vip_months.setValue(rules.vip_months)
        self.vip_rfm.setValue(rules.vip_min_rfm)
        self.birthday.setChecked(rules.birthday_week)
        for box, combo, value in (
            (self.by_branch, self.branch_combo, rules.branch_id),
            (self.by_salesperson, self.salesperson_combo, rules.salesperson_id),
        ):
            box.setChecked(value is not None)
            if value is not None and combo.findData(value) >= 0:
                combo.setCurrentIndex(combo.findData(value))

    def _on_saved_combo_activated(self, index: int) -> None:
        seg_id = self.saved_combo.itemData(index)
        seg = next((s for s in self.saved if s.id == seg_id), None)
        if seg is None:
            self.name_edit.clear()
            self.set_rules(SegmentRules())
            return
        self.name_edit.setText(seg.name)
        self.set_rules(seg.rules)
        self.run_segment()

    def _rules_or_message(self) -> SegmentRules | None:
        try:
            rules = self.rules()
        except ValidationError as exc:
            self._on_error(exc)
            return None
        if rules.is_empty():
            self.message.show_message(self.tr("Tick at least one rule first."), "info")
            return None
        return rules

    def run_segment(self) -> None:
        """F5: count and list the segment's customers."""
        rules = self._rules_or_message()
        if rules is None:
            return
        self.tabs.setCurrentIndex(0)
        self._runner.run(
            self._services.segments.run, rules, on_done=self._on_run, on_error=self._on_error
        )

    def _on_run(self, result: SegmentResult) -> None:
        self.result = result
        self.members_model.set_rows(result.members)
        self._show_count()
        emit(self.segment_ran, result)

    def _show_count(self) -> None:
        if self.result is None:
            self.count_label.setText(self.tr("Tick rules and press F5 to see the customers."))
            return
        text = self.tr("%n customer(s)", "", self.result.count)
        if self.result.count > len(self.result.members):
            text += " " + self.tr(
                "(the first %n shown; the exports have all)", "", len(self.result.members)
            )
        self.count_label.setText(text)

    def save_segment(self) -> None:
        """F6: save the ticked rules under the segment name (the same name replaces them)."""
        rules = self._rules_or_message()
        if rules is None:
            return
        name = self.name_edit.text()
        self._runner.run(
            self._services.segments.save,
            name,
            rules,
            by=self._user,
            on_done=self._on_saved,
            on_error=self._on_error,
        )

    def _on_saved(self, info: SegmentInfo) -> None:
        self.message.show_message(
            self.tr("Segment {name} saved.").format(name=info.name), "success"
        )
        self._reload_lists()
        emit(self.segment_saved, info)

    def _export_head(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Mobile"),
            self.tr("E-mail"),
            self.tr("Last bill"),
            self.tr("Bills"),
            self.tr("Spend"),
            self.tr("RFM"),
            self.tr("RFM score"),
        )

    def _export(self, suffix: str) -> None:
        rules = self._rules_or_message()
        if rules is None:
            return
        name = self.name_edit.text().strip() or self.tr("Segment")
        today = self._services.segments.today()
        path = self.exports_dir / f"segment-{_file_part(name)}-{today:%Y-%m-%d}.{suffix}"
        head = self._export_head()
        segments = self._services.segments
        subtitle = self.tr("Customers on {day}").format(day=today.strftime("%d-%m-%Y"))

        def write() -> str:
            if suffix == "csv":
                data = segments.export_csv(rules, head=head)
            else:
                data = segments.export_xlsx(rules, title=name, subtitle=subtitle, head=head)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            except OSError as exc:  # a full or read-only disk is no bug: say so
                raise EnvironmentProblem(f"Cannot save {path}: {exc.strerror}") from exc
            return str(path)

        self._runner.run(write, on_done=self._on_exported, on_error=self._on_error)

    def _on_exported(self, path: str) -> None:
        self.message.show_message(self.tr("Saved {path}").format(path=path), "success")
        emit(self.exported, path)

    def export_csv(self) -> None:
        """F7: every member as CSV in the reports folder."""
        self._export("csv")

    def export_xlsx(self) -> None:
        """F9: every member as an Excel workbook in the reports folder."""
        self._export("xlsx")

    # --- campaigns -------------------------------------------------------------------------
    def campaign_input(self) -> CampaignInput:
        seed_text = self.seed_edit.text().strip()
        if seed_text and not seed_text.isdigit():
            raise ValidationError("seed", f"{seed_text!r} is not a whole number")
        return CampaignInput(
            name=self.campaign_name.text(),
            segment_id=self.segment_combo.currentData() or "",
            channel=CHANNELS[max(self.channel_combo.currentIndex(), 0)],
            template=self.template_edit.toPlainText(),
            voucher_amount=_amount(self.voucher_edit.text(), "voucher"),
            voucher_days=self.voucher_days.value(),
            holdout_percent=Decimal(self.holdout_spin.value()),
            window_days=self.window_spin.value(),
            seed=int(seed_text) if seed_text else None,
        )

    def start_campaign(self) -> None:
        """F10: start the campaign (on the segments page: go to the campaigns page first)."""
        if self.tabs.currentIndex() == 0:
            self.show_campaigns()
            return
        if self.segment_combo.currentData() is None:
            self.message.show_message(self.tr("Save a segment first (F3, then F6)."), "info")
            return
        try:
            inp = self.campaign_input()
        except ValidationError as exc:
            self._on_error(exc)
            return
        self._runner.run(
            self._services.campaigns.start,
            inp,
            by=self._user,
            on_done=self._on_started,
            on_error=self._on_error,
        )

    def _on_started(self, info: CampaignInfo) -> None:
        self.message.show_message(
            self.tr("Campaign {name} started: sent to {sent}, held out {held}.").format(
                name=info.name, sent=info.recipients - info.held_out, held=info.held_out
            ),
            "success",
        )
        self.campaign_name.clear()
        self.campaigns_view.clearSelection()
        self.campaigns_view.setCurrentIndex(self.campaigns_model.index(-1, -1))
        self._runner.run(self._services.campaigns.campaigns, on_done=self._on_campaigns)
        emit(self.campaign_started, info)

    def show_report(self) -> None:
        """F8: the chosen campaign's conversions against the hold-out."""
        self.tabs.setCurrentIndex(1)
        row = self.campaigns_view.currentIndex().row()
        info = self.campaigns_model.row_at(row)
        if info is None:
            self.message.show_message(self.tr("No campaign yet: start one with F10."), "info")
            return
        self._runner.run(
            self._services.campaigns.report,
            info.id,
            on_done=self._on_report,
            on_error=self._on_error,
        )

    def _on_report(self, report: CampaignReport) -> None:
        self.report = report
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        conv = report.conversion
        bars = QBarSet(self.tr("Bought"))
        bars.append([float(conv.sent.conversion_percent), float(conv.holdout.conversion_percent)])
        series = QBarSeries()
        series.append(bars)
        self.bar_set = bars
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([self.tr("Sent"), self.tr("Held out")])
        y = QValueAxis()
        top = max(float(conv.sent.conversion_percent), float(conv.holdout.conversion_percent))
        y.setRange(0, max(10.0, top * 1.15))
        y.setLabelFormat("%.0f%%")
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self.chart.setTitle(
            self.tr("{name}: bought within {days} days").format(
                name=report.campaign.name, days=report.campaign.window_days
            )
        )
        self.buyers.clear()
        for c in report.converted:
            group = self.tr("held out") if c.holdout else self.tr("sent")
            self.buyers.addItem(
                f"{c.name}   {c.mobile}   {group}   {c.bills}   {format_inr(c.amount)}"
            )
        self._show_report_text()
        emit(self.report_shown, report)

    def _show_report_text(self) -> None:
        r = self.report
        if r is None:
            self.summary.setText(self.tr("Choose a campaign and press F8 to see who bought."))
            return
        c = r.conversion
        line = self.tr(
            "{label}: {bought} of {all} bought ({pct}%), {bills} bills, {value} ({each} a customer)."
        )
        parts = [
            line.format(
                label=label,
                bought=g.converted,
                all=g.recipients,
                pct=f"{g.conversion_percent:.2f}",
                bills=g.bills,
                value=format_inr(g.revenue),
                each=format_inr(g.revenue_per_recipient),
            )
            for label, g in ((self.tr("Sent"), c.sent), (self.tr("Held out"), c.holdout))
        ]
        parts.append(
            self.tr("Uplift {points} points; {value} more than without the campaign.").format(
                points=f"{c.uplift_points:.2f}", value=format_inr(c.incremental_revenue)
            )
        )
        self.summary.setText(" ".join(parts))

    # --- errors ----------------------------------------------------------------------------
    def _on_error(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc))


__all__ = ["CAMPAIGNS_KEY", "CampaignsScreen", "campaigns_nav_text"]

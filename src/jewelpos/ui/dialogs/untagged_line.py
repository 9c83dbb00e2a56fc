"""An untagged line (F5): coins, silver by weight, loose pieces - category, purity, weights, Enter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.purity import STANDARD_PURITIES, Metal, purity_label
from jewelpos.domain.weight import mg_from_grams
from jewelpos.ui.billing_texts import billing_error_text
from jewelpos.ui.labels import metal_name
from jewelpos.ui.messages import problem_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import EnterNavigator, FieldErrors, with_error
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services.stock import CategoryInfo
    from jewelpos.ui.tasks import TaskRunner

WEIGHT_PATTERN = QRegularExpression(r"\d{0,5}([.]\d{0,3})?")


class UntaggedLineDialog(QDialog):
    """Emits ``line_made(BillLine)``; ``make_line`` is ``BillingService.untagged_line`` (worker)."""

    line_made = Signal(object)  # BillLine

    def __init__(
        self,
        make_line: Callable[..., Any],
        runner: TaskRunner,
        *,
        categories: Sequence[CategoryInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("untaggedDialog")
        self._make_line = make_line
        self._runner = runner
        self._categories = [c for c in categories if c.active]
        self._busy = False

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.message = MessageBar()
        self.category = QComboBox()
        self.category.setObjectName("untaggedCategory")
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        hindi = QLocale().language() == QLocale.Language.Hindi
        for cat in self._categories:
            name = (cat.name_hi or cat.name) if hindi else cat.name
            self.category.addItem(f"{name} · {metal_name(cat.metal)} · {cat.code}", cat.id)
        completer = QCompleter(self.category.model(), self.category)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.category.setCompleter(completer)
        self.category.currentIndexChanged.connect(self._on_category_current_index_changed)
        self.purity = QComboBox()
        self.purity.setObjectName("untaggedPurity")
        self.gross = QLineEdit()
        self.gross.setObjectName("untaggedGross")
        self.stone = QLineEdit()
        self.stone.setObjectName("untaggedStone")
        for edit in (self.gross, self.stone):
            edit.setValidator(QRegularExpressionValidator(WEIGHT_PATTERN, edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setProperty("big", True)
        self.description = QLineEdit()
        self.description.setObjectName("untaggedDescription")
        self.description.setMaxLength(120)
        self.errors = FieldErrors()
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, widget in (
            ("category_id", self.category),
            ("purity", self.purity),
            ("gross_mg", self.gross),
            ("stone_mg", self.stone),
            ("description", self.description),
        ):
            label = QLabel()
            label.setBuddy(widget)
            self._labels[name] = label
            form.addRow(label, with_error(widget, self.errors.add(name, widget)))
        self.add_button = QPushButton()
        self.add_button.setObjectName("primaryButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self._navigator = EnterNavigator(
            [self.category, self.purity, self.gross, self.stone, self.description],
            self.submit,
            self,
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        if self._categories:
            silver = [i for i, c in enumerate(self._categories) if c.metal == "silver"]
            self.category.setCurrentIndex(silver[0] if silver else 0)
        self._on_category_current_index_changed(self.category.currentIndex())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Item without tag"))
        self.title.setText(self.tr("Item without tag (coin, silver by weight)"))
        texts = {
            "category_id": self.tr("&Category"),
            "purity": self.tr("&Purity"),
            "gross_mg": self.tr("&Gross weight (g)"),
            "stone_mg": self.tr("&Stone weight (g)"),
            "description": self.tr("&Description"),
        }
        for name, label in self._labels.items():
            label.setText(texts[name])
        self.description.setPlaceholderText(self.tr("optional, e.g. Lakshmi coin 10 g"))
        self.add_button.setText(self.tr("Add to bill  (Enter)"))
        self.cancel_button.setText(self.tr("Cancel  (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.category.setFocus(Qt.FocusReason.OtherFocusReason)
        line = self.category.lineEdit()
        if line is not None:
            line.selectAll()

    def selected_category(self) -> CategoryInfo | None:
        cat_id = self.category.currentData()
        text = self.category.currentText().strip().lower()
        index = self.category.findText(self.category.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0 and text:
            matches = [
                i for i in range(self.category.count()) if text in self.category.itemText(i).lower()
            ]
            if len(matches) == 1:
                self.category.setCurrentIndex(matches[0])
                cat_id = self.category.itemData(matches[0])
            else:
                return None
        for cat in self._categories:
            if cat.id == cat_id:
                return cat
        return None

    def _on_category_current_index_changed(self, _index: int) -> None:
        cat = self.selected_category()
        self.purity.clear()
        if cat is None:
            return
        metal = Metal(cat.metal)
        for fineness in STANDARD_PURITIES[metal]:
            self.purity.addItem(purity_label(metal, fineness), fineness)
        self.purity.setCurrentIndex(max(0, self.purity.findData(cat.default_purity)))

    def _weight(self, edit: QLineEdit, field: str, errors: dict[str, str]) -> int:
        text = edit.text().strip()
        if not text:
            return 0
        try:
            return mg_from_grams(text, field=field)
        except ValidationError as exc:
            errors[field] = problem_text(exc)
            return 0

    def submit(self) -> None:
        if self._busy:
            return
        errors: dict[str, str] = {}
        cat = self.selected_category()
        if cat is None:
            errors["category_id"] = self.tr("Choose a category from the list.")
        gross = self._weight(self.gross, "gross_mg", errors)
        stone = self._weight(self.stone, "stone_mg", errors)
        if "gross_mg" not in errors and gross <= 0:
            errors["gross_mg"] = self.tr("Type the weight in grams, like 10.000.")
        if "stone_mg" not in errors and gross and stone >= gross:
            errors["stone_mg"] = self.tr("The stones cannot weigh as much as the whole item.")
        if errors or cat is None:
            self.errors.show(errors)
            return
        self.errors.clear()
        self._busy = True
        self.add_button.setEnabled(False)
        self._runner.run(
            self._make_line,
            category_id=cat.id,
            gross_mg=gross,
            stone_mg=stone,
            purity=self.purity.currentData(),
            description=self.description.text().strip(),
            on_done=self._on_line_made,
            on_error=self._on_failed,
            on_finished=self._on_finished,
        )

    def _on_line_made(self, line: object) -> None:
        emit(self.line_made, line)
        self.accept()

    def _on_failed(self, exc: JewelPOSError) -> None:
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            self.errors.show({exc.field: problem_text(exc)})
            return
        self.message.show_message(billing_error_text(exc))

    def _on_finished(self) -> None:
        self._busy = False
        self.add_button.setEnabled(True)

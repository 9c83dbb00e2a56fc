"""Old gold taken in exchange (F6): weigh, test, price each lot; fine weight and value live."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.formatting import format_inr, format_percent
from jewelpos.domain.ids import new_id
from jewelpos.domain.money import ZERO, parse_decimal
from jewelpos.domain.old_gold import OldGoldLine, PricedOldGold, price_old_gold
from jewelpos.domain.weight import grams_from_mg, mg_from_grams
from jewelpos.ui.billing_texts import billing_error_text
from jewelpos.ui.models.bill_lines import OldGoldModel
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import EnterNavigator, FieldErrors, with_error
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services.billing import OldGoldEntry
    from jewelpos.ui.tasks import TaskRunner

DEFAULT_TOUCH = "91.6"
DEFAULT_DEDUCTION = "2"
_WEIGHT = QRegularExpression(r"\d{0,5}([.]\d{0,3})?")
_PERCENT = QRegularExpression(r"\d{0,3}([.]\d{0,2})?")
_RATE = QRegularExpression(r"\d{0,7}([.]\d{0,2})?")


def price_entry(entry: OldGoldEntry) -> PricedOldGold:
    """The domain's old-gold arithmetic for one entry (the same code the bill uses)."""
    from jewelpos.domain.purity import Metal

    return price_old_gold(
        OldGoldLine(
            gross_mg=entry.gross_mg,
            touch_percent=Decimal(entry.touch_percent),
            rate=Decimal(entry.rate),
            less_mg=entry.less_mg,
            deduction_percent=Decimal(entry.deduction_percent),
            metal=Metal(entry.metal or "gold"),
            description=entry.description,
        )
    )


class OldGoldDialog(QDialog):
    """Emits ``old_gold_set(tuple[OldGoldEntry, ...])`` on F10 / Ctrl+Enter; Esc leaves all as was."""

    old_gold_set = Signal(object)
    rate_loaded = Signal(object)

    def __init__(
        self,
        old_gold_rate: Callable[[], Decimal],
        runner: TaskRunner,
        *,
        entries: Sequence[OldGoldEntry] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("oldGoldDialog")
        self._runner = runner
        self._entries: list[OldGoldEntry] = list(entries)

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.message = MessageBar()
        self.description = QLineEdit()
        self.description.setObjectName("ogDescription")
        self.gross = QLineEdit()
        self.gross.setObjectName("ogGross")
        self.less = QLineEdit()
        self.less.setObjectName("ogLess")
        self.touch = QLineEdit(DEFAULT_TOUCH)
        self.touch.setObjectName("ogTouch")
        self.rate = QLineEdit()
        self.rate.setObjectName("ogRate")
        self.deduction = QLineEdit(DEFAULT_DEDUCTION)
        self.deduction.setObjectName("ogDeduction")
        for edit, pattern in (
            (self.gross, _WEIGHT),
            (self.less, _WEIGHT),
            (self.touch, _PERCENT),
            (self.rate, _RATE),
            (self.deduction, _PERCENT),
        ):
            edit.setValidator(QRegularExpressionValidator(pattern, edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.textEdited.connect(self._on_field_text_edited)
        self.errors = FieldErrors()
        self._labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self._fields = (
            ("gross_mg", self.gross),
            ("less_mg", self.less),
            ("touch_percent", self.touch),
            ("rate", self.rate),
            ("deduction_percent", self.deduction),
            ("description", self.description),
        )
        for col, (name, widget) in enumerate(self._fields):
            label = QLabel()
            label.setBuddy(widget)
            self._labels[name] = label
            grid.addWidget(label, 0, col)
            grid.addWidget(with_error(widget, self.errors.add(name, widget)), 1, col)
        grid.setColumnStretch(5, 2)
        self.preview = QLabel()
        self.preview.setObjectName("ogPreview")
        self.preview.setWordWrap(True)

        self.model = OldGoldModel(self)
        self.table = QTableView()
        self.table.setObjectName("oldGoldTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            OldGoldModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        self.table.installEventFilter(self)
        self.total = QLabel()
        self.total.setObjectName("footerFigure")

        self.add_button = QPushButton()
        self.add_button.setAutoDefault(False)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.add_entry)
        self.done_button = QPushButton()
        self.done_button.setObjectName("primaryButton")
        self.done_button.setAutoDefault(False)
        self.done_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_button.clicked.connect(self.finish)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.reject)
        for key in ("F10", "Ctrl+Return", "Ctrl+Enter"):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(self.finish)
            self.addAction(action)
        self._navigator = EnterNavigator(
            [self.gross, self.less, self.touch, self.rate, self.deduction, self.description],
            self._on_last_field_entered,
            self,
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addWidget(self.preview)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(buttons)
        self.resize(900, 520)
        self.retranslate_ui()
        self._refresh()
        runner.run(old_gold_rate, on_done=self._on_rate_loaded, on_error=self._on_rate_failed)

    # --- text ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Old gold"))
        self.title.setText(self.tr("Old gold taken in exchange (purchase voucher)"))
        texts = {
            "gross_mg": self.tr("&Gross g"),
            "less_mg": self.tr("&Less dirt/stones g"),
            "touch_percent": self.tr("&Touch %"),
            "rate": self.tr("24K &rate ₹/g"),
            "deduction_percent": self.tr("De&duction %"),
            "description": self.tr("It&em"),
        }
        for name, label in self._labels.items():
            label.setText(texts[name])
        self.description.setPlaceholderText(self.tr("e.g. old bangles"))
        self.add_button.setText(self.tr("Add line  (Enter)"))
        self.done_button.setText(self.tr("Done  (F10)"))
        self.cancel_button.setText(self.tr("Cancel  (Esc)"))
        self.model.retranslate()
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.gross.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- rate ------------------------------------------------------------------------------------
    def _on_rate_loaded(self, rate: Decimal) -> None:
        if not self.rate.text().strip():
            self.rate.setText(str(rate))
        self._update_preview()
        emit(self.rate_loaded, rate)

    def _on_rate_failed(self, exc: JewelPOSError) -> None:
        self.message.show_message(
            billing_error_text(exc) + " " + self.tr("Type the 24K rate by hand."), "warning"
        )

    # --- entries ---------------------------------------------------------------------------------
    def entries(self) -> tuple[OldGoldEntry, ...]:
        return tuple(self._entries)

    def _read(self) -> tuple[OldGoldEntry | None, dict[str, str]]:
        """The entry the fields describe, or the errors at the fields."""
        from jewelpos.services.billing import OldGoldEntry

        errors: dict[str, str] = {}

        def number(edit: QLineEdit, field: str, *, default: str = "") -> Decimal:
            text = edit.text().strip() or default
            if not text:
                errors[field] = self.tr("This is required.")
                return ZERO
            try:
                return parse_decimal(text, field=field)
            except ValidationError:
                errors[field] = self.tr("Type a number.")
                return ZERO

        gross = number(self.gross, "gross_mg")
        less = number(self.less, "less_mg", default="0")
        touch = number(self.touch, "touch_percent")
        rate = number(self.rate, "rate")
        deduction = number(self.deduction, "deduction_percent", default="0")
        if errors:
            return None, errors
        entry = OldGoldEntry(
            key=new_id(),
            description=self.description.text().strip() or self.tr("Old gold"),
            metal="gold",
            gross_mg=mg_from_grams(gross),
            less_mg=mg_from_grams(less),
            touch_percent=touch,
            rate=rate,
            deduction_percent=deduction,
        )
        try:
            price_entry(entry)
        except ValidationError as exc:
            field = exc.field.split(".")[-1]
            errors[field if field in self.errors else "gross_mg"] = self._problem(exc)
            return None, errors
        return entry, {}

    def _problem(self, exc: ValidationError) -> str:
        field = exc.field.split(".")[-1]
        if field == "less_mg":
            return self.tr("Less weight cannot be more than the gross weight.")
        if field == "touch_percent":
            return self.tr("Touch must be more than 0 and at most 100.")
        if field == "deduction_percent":
            return self.tr("Deduction must be at least 0 and below 100.")
        if field == "rate":
            return self.tr("Type the rate in rupees per gram, like 7700.00.")
        return self.tr("Type the weight in grams, like 21.300.")

    def _fields_empty(self) -> bool:
        return not self.gross.text().strip()

    def _on_last_field_entered(self) -> None:
        self.add_entry()

    def add_entry(self) -> bool:
        """Enter on the last field: the lot goes into the list; the fields are ready for the next."""
        if self._fields_empty():
            self.errors.show({"gross_mg": self.tr("Type the weight in grams, like 21.300.")})
            return False
        entry, errors = self._read()
        if entry is None:
            self.errors.show(errors)
            return False
        self.errors.clear()
        self._entries.append(entry)
        for edit in (self.gross, self.less, self.description):
            edit.clear()
        self._refresh()
        self.gross.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def remove_selected(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self._entries):
            del self._entries[row]
            self._refresh()
        self.gross.setFocus()

    def finish(self) -> None:
        """Keep what is typed but not yet added (a forgotten Enter loses nothing), then close."""
        if not self._fields_empty() and not self.add_entry():
            return
        emit(self.old_gold_set, tuple(self._entries))
        self.accept()

    # --- live figures ----------------------------------------------------------------------------
    def _on_field_text_edited(self, _text: str) -> None:
        self.errors.clear()
        self._update_preview()

    def _update_preview(self) -> None:
        if self._fields_empty():
            self.preview.setText(self.tr("Type the gross weight, then Enter through the fields."))
            return
        entry, _errors = self._read()
        if entry is None:
            self.preview.setText("")
            return
        priced = price_entry(entry)
        self.preview.setText(
            self.tr("Net {net} g × {touch}% = fine {fine} g  @ {rate}/g  =  {value}").format(
                net=grams_from_mg(priced.net_mg),
                touch=format_percent(Decimal(entry.touch_percent)),
                fine=grams_from_mg(priced.fine_mg),
                rate=format_inr(priced.buy_rate),
                value=format_inr(priced.value),
            )
        )

    def _refresh(self) -> None:
        priced = [price_entry(e) for e in self._entries]
        self.model.set_entries(self._entries, priced)
        fine = sum(p.fine_mg for p in priced)
        value = sum((p.value for p in priced), ZERO)
        self.total.setText(
            self.tr("{count} lots · fine {fine} g · set off {value}").format(
                count=len(priced), fine=grams_from_mg(fine), value=format_inr(value)
            )
            if priced
            else self.tr("No old gold yet.")
        )
        self._update_preview()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.remove_selected()
            return True
        return super().eventFilter(obj, event)

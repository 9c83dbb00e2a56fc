"""One stock piece in full: weights, purity, stones, HUIDs, making and wastage, history, photo."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.formatting import format_inr, format_percent, format_weight_mg
from jewelpos.domain.money import from_paise
from jewelpos.ui.formats import fmt_datetime
from jewelpos.ui.labels import category_name, metal_name, status_name
from jewelpos.ui.widgets.fit import scroll_body

if TYPE_CHECKING:
    from jewelpos.services.stock import PieceDetail

PHOTO_SIZE = 220


class PieceDialog(QDialog):
    """Read-only view of a piece; Esc (or Enter) closes it and the scan field takes over again."""

    def __init__(
        self, detail: PieceDetail, *, photos_dir: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pieceDialog")
        self.detail = detail
        self._photos_dir = photos_dir
        row = detail.row

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.status = QLabel()
        self.status.setObjectName("statusChip")
        self.status.setProperty("status", str(row.status))

        # the four figures a salesperson reads out: big
        self.figures = QGridLayout()
        self._figure_captions: list[QLabel] = []
        self._figure_values: list[QLabel] = []
        for col in range(4):
            caption = QLabel()
            caption.setObjectName("figureCaption")
            value = QLabel()
            value.setObjectName("figureValue")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figures.addWidget(caption, 0, col)
            self.figures.addWidget(value, 1, col)
            self._figure_captions.append(caption)
            self._figure_values.append(value)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._form_labels: dict[str, QLabel] = {}
        self._form_values: dict[str, QLabel] = {}
        for key in (
            "category",
            "design",
            "description",
            "huids",
            "making",
            "wastage",
            "cost_code",
            "place",
            "received",
        ):
            label = QLabel()
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._form_labels[key] = label
            self._form_values[key] = value
            self.form.addRow(label, value)

        self.photo = QLabel()
        self.photo.setObjectName("photo")
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._has_photo = self._load_photo()

        self.stones_title = QLabel()
        self.stones_title.setObjectName("sectionTitle")
        self.stones = _table(4)
        self.stones.setRowCount(len(detail.stones))
        self.history_title = QLabel()
        self.history_title.setObjectName("sectionTitle")
        self.history = _table(4)
        self.history.setRowCount(len(detail.history))

        self.close_button = QPushButton()
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.status)
        upper = QHBoxLayout()
        upper.setSpacing(18)
        left = QVBoxLayout()
        left.addLayout(self.figures)
        left.addSpacing(6)
        left.addLayout(self.form)
        left.addStretch(1)
        upper.addLayout(left, 1)
        upper.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addLayout(head)
        layout.addLayout(upper)
        layout.addWidget(self.stones_title)
        layout.addWidget(self.stones)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)
        layout.addLayout(buttons)
        scroll_body(self)
        self.stones.setVisible(bool(detail.stones))
        self.resize(860, 700)
        self.retranslate_ui()

    def _load_photo(self) -> bool:
        path_text = self.detail.photo_path
        if path_text:
            path = Path(path_text)
            if not path.is_absolute() and self._photos_dir is not None:
                path = self._photos_dir / path
            pixmap = QPixmap(str(path)) if path.is_file() else QPixmap()
            if not pixmap.isNull():
                self.photo.setPixmap(
                    pixmap.scaled(
                        PHOTO_SIZE,
                        PHOTO_SIZE,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                return True
        return False

    def retranslate_ui(self) -> None:
        d = self.detail
        row = d.row
        self.setWindowTitle(self.tr("Piece {tag}").format(tag=row.tag_code))
        self.title.setText(
            f"{row.tag_code}  ·  {category_name(row.category_name, row.category_name_hi)}"
        )
        self.status.setText(status_name(row.status))
        captions = (
            self.tr("Purity"),
            self.tr("Gross weight"),
            self.tr("Stone weight"),
            self.tr("Net weight"),
        )
        values = (
            row.purity_label,
            format_weight_mg(row.gross_mg),
            format_weight_mg(row.stone_mg),
            format_weight_mg(row.net_mg),
        )
        for caption, value, c_text, v_text in zip(
            self._figure_captions, self._figure_values, captions, values, strict=True
        ):
            caption.setText(c_text)
            value.setText(v_text)
        labels = {
            "category": self.tr("Category"),
            "design": self.tr("Design no."),
            "description": self.tr("Description"),
            "huids": self.tr("HUID"),
            "making": self.tr("Making"),
            "wastage": self.tr("Wastage / VA"),
            "cost_code": self.tr("Cost code"),
            "place": self.tr("Location / tray"),
            "received": self.tr("Received"),
        }
        values_by_key = {
            "category": (
                f"{category_name(row.category_name, row.category_name_hi)} ({metal_name(row.metal)})"
            ),
            "design": row.design_no or "—",
            "description": row.description or "—",
            "huids": ", ".join(row.huids) if row.huids else self.tr("none"),
            "making": self._making_text(),
            "wastage": self._wastage_text(),
            "cost_code": d.cost_code or "—",
            "place": " / ".join(p for p in (row.location, row.tray) if p) or "—",
            "received": fmt_datetime(row.received_at),
        }
        for key, label in self._form_labels.items():
            label.setText(labels[key])
            self._form_values[key].setText(values_by_key[key])
        if not self._has_photo:
            self.photo.setText(self.tr("No photo"))
        self.stones_title.setText(
            self.tr("Stones: {count}").format(count=sum(s.count for s in d.stones))
            if d.stones
            else self.tr("No stones")
        )
        self.stones.setHorizontalHeaderLabels(
            [self.tr("Stone"), self.tr("Count"), self.tr("Weight"), self.tr("Value")]
        )
        for i, stone in enumerate(d.stones):
            _set(self.stones, i, 0, stone.kind)
            _set(self.stones, i, 1, str(stone.count), right=True)
            _set(self.stones, i, 2, format_weight_mg(stone.weight_mg), right=True)
            _set(self.stones, i, 3, format_inr(from_paise(stone.value_paise)), right=True)
        self.history_title.setText(self.tr("History"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("By"), self.tr("Note")]
        )
        for i, event in enumerate(d.history):
            _set(self.history, i, 0, fmt_datetime(event.at))
            _set(self.history, i, 1, self._event_text(event.kind))
            _set(self.history, i, 2, event.by)
            _set(self.history, i, 3, event.note)
        self.close_button.setText(self.tr("Close  (Esc)"))

    def _making_text(self) -> str:
        d = self.detail
        value = Decimal(d.making_value)
        if d.making_kind == "per_g":
            text = self.tr("{amount} per gram").format(amount=format_inr(value))
        elif d.making_kind == "percent":
            text = self.tr("{percent}% of metal value").format(percent=format_percent(value))
        elif d.making_kind == "flat":
            text = self.tr("{amount} per piece").format(amount=format_inr(value))
        else:
            text = f"{d.making_kind} {value}"
        return text + (self.tr(" (this piece)") if d.making_overridden else "")

    def _wastage_text(self) -> str:
        d = self.detail
        percent = format_percent(Decimal(d.wastage_percent))
        if d.wastage_on == "weight":
            text = self.tr("{percent}% of net weight, in grams").format(percent=percent)
        else:
            text = self.tr("{percent}% of metal value").format(percent=percent)
        return text + (self.tr(" (this piece)") if d.wastage_overridden else "")

    def _event_text(self, kind: str) -> str:
        names = {
            "received": self.tr("Received into stock"),
            "sold": self.tr("Sold"),
            "returned": self.tr("Returned"),
            "reserved": self.tr("Reserved"),
            "transferred": self.tr("Transferred"),
            "melted": self.tr("Melted"),
            "transfer_out": self.tr("Sent on transfer"),
            "transfer_in": self.tr("Received from transfer"),
            "stocktake_missing": self.tr("Missing at stock-take"),
            "imported": self.tr("Imported from the old program"),
        }
        return names.get(kind, kind)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMaximumHeight(150)
    return table


def _set(table: QTableWidget, row: int, col: int, text: str, *, right: bool = False) -> None:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    table.setItem(row, col, item)

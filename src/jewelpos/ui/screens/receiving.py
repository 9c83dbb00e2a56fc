"""Receiving screen: a purchase or karigar receipt; weigh and tag pieces one by one or as a lot.

The weighing scale is read over a serial port (QtSerialPort); each line it sends is matched
with the configured pattern (services.receiving.parse_scale_line).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtSerialPort import QSerialPort, QSerialPortInfo
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.formatting import format_weight_mg
from jewelpos.domain.purity import STANDARD_PURITIES, Metal, purity_label
from jewelpos.domain.weight import grams_text, mg_from_carats, mg_from_grams
from jewelpos.services.receiving import (
    DEFAULT_SCALE_PATTERN,
    ReceiptInput,
    cost_from_rupees,
    lot,
    parse_scale_line,
)
from jewelpos.services.stock import NewPiece, NewStone
from jewelpos.ui.labels import category_name
from jewelpos.ui.messages import error_text
from jewelpos.ui.models.stock_tools import Column, RowsModel
from jewelpos.ui.print_texts import print_error_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fit import scroll_body
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.receiving import ReceiptInfo, ScaleSettings
    from jewelpos.services.stock import CategoryInfo
    from jewelpos.ui.tasks import TaskRunner


class ScaleReader(QObject):
    """Reads weight lines from a serial scale; emits ``weighed(mg)`` for each stable reading."""

    weighed = Signal(int)
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._port = QSerialPort(self)
        self._port.readyRead.connect(self._on_port_ready_read)
        self._buffer = b""
        self.pattern = DEFAULT_SCALE_PATTERN

    def open(self, port_name: str, *, baud: int = 9600, pattern: str = DEFAULT_SCALE_PATTERN) -> bool:  # fmt: skip
        """Open the port; False (and ``problem`` with a clear message) if it cannot be opened."""
        self.close()
        self.pattern = pattern
        if not port_name:
            emit(self.problem, self.tr("No scale port is set. Type the weight, or set the port."))
            return False
        known = [p.portName() for p in QSerialPortInfo.availablePorts()]
        known += [p.systemLocation() for p in QSerialPortInfo.availablePorts()]
        if port_name not in known and not Path(port_name).exists():
            emit(
                self.problem,
                self.tr(
                    "The scale port {port} is not there. Check the cable, or type the weight."
                ).format(port=port_name),
            )
            return False
        self._port.setPortName(port_name)
        self._port.setBaudRate(baud)
        if not self._port.open(QIODevice.OpenModeFlag.ReadOnly):
            emit(
                self.problem,
                self.tr("Cannot open the scale port {port}: {error}. Type the weight.").format(
                    port=port_name, error=self._port.errorString()
                ),
            )
            return False
        return True

    def is_open(self) -> bool:
        return self._port.isOpen()

    def close(self) -> None:
        if self._port.isOpen():
            self._port.close()
        self._buffer = b""

    def feed(self, data: bytes) -> None:
        """Bytes from the scale (also used by tests): complete lines are parsed."""
        self._buffer += data
        *lines, self._buffer = self._buffer.replace(b"\r", b"\n").split(b"\n")
        for raw in lines:
            mg = parse_scale_line(raw.decode("ascii", errors="replace"), self.pattern)
            if mg is not None:
                emit(self.weighed, mg)

    def _on_port_ready_read(self) -> None:
        self.feed(bytes(self._port.readAll().data()))


def _grams(mg: int) -> str:
    return format_weight_mg(mg)


class ReceivingScreen(QWidget):
    """Type or weigh each piece, Enter adds it to the receipt; F10 saves; Ctrl+P prints tags."""

    receipt_saved = Signal(object)  # ReceiptInfo
    tags_printed = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        photos_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receivingScreen")
        self._services = services
        self._runner = runner
        self._user = user
        self._photos_dir = photos_dir
        self._categories: list[CategoryInfo] = []
        self._photo_name: str | None = None
        self._scale_settings: ScaleSettings | None = None
        self.last_receipt: ReceiptInfo | None = None
        self.scale = ScaleReader(self)
        self.scale.weighed.connect(self._on_scale_weighed)
        self.scale.problem.connect(self._on_scale_problem)

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.kind = QComboBox()
        self.kind.addItem("", "purchase")
        self.kind.addItem("", "karigar")
        self.party = QLineEdit()
        self.category = QComboBox()
        self.category.currentIndexChanged.connect(self._on_category_current_index_changed)
        self.purity = QComboBox()
        self.design = QLineEdit()
        self.description = QLineEdit()
        self.gross = QLineEdit()
        self.gross.setObjectName("grossField")
        self.gross.setProperty("big", True)
        self.lot_count = QSpinBox()
        self.lot_count.setRange(1, 500)
        self.lot_weights = QLineEdit()
        self.stone_weight = QLineEdit()
        self.stone_unit = QComboBox()
        self.stone_unit.addItem("g", "g")
        self.stone_unit.addItem("ct", "ct")
        self.stone_count = QSpinBox()
        self.stone_count.setRange(0, 9999)
        self.stone_value = QLineEdit()
        self.huids = QLineEdit()
        self.cost = QLineEdit()
        self.tray = QLineEdit()
        self.defaults_label = QLabel()
        self.defaults_label.setObjectName("hint")
        self.net_label = QLabel()
        self.net_label.setObjectName("figureValue")
        for w in (self.gross, self.stone_weight):
            w.textChanged.connect(self._update_net)
        self.stone_unit.currentIndexChanged.connect(self._update_net)

        self.scale_button = QPushButton()
        self.scale_button.clicked.connect(self.read_scale)
        self.photo_button = QPushButton()
        self.photo_button.clicked.connect(self._on_photo_button_clicked)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_line)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save_receipt)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_tags)
        for b in (self.scale_button, self.photo_button, self.add_button, self.remove_button,
                  self.save_button, self.print_button):  # fmt: skip
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.lines: RowsModel[NewPiece] = RowsModel(
            [
                Column(lambda: self.tr("Category"), self._category_name),
                Column(lambda: self.tr("Design"), lambda p: p.design_no),
                Column(lambda: self.tr("Purity"), lambda p: purity_label(Metal(p.metal), p.purity)),
                Column(lambda: self.tr("Gross g"), lambda p: _grams(p.gross_mg), right=True),
                Column(lambda: self.tr("Stone g"), lambda p: _grams(p.stone_mg), right=True),
                Column(
                    lambda: self.tr("Net g"), lambda p: _grams(p.gross_mg - p.stone_mg), right=True
                ),
                Column(lambda: self.tr("HUID"), lambda p: " ".join(p.huids)),
                Column(lambda: self.tr("Cost code"), lambda p: "✓" if p.cost_paise else ""),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("receiptLines")
        self.table.setModel(self.lines)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setObjectName("footerCount")

        form = QFormLayout()
        self._labels: dict[str, QLabel] = {}

        def row(key: str, widget: QWidget, buddy: QWidget | None = None) -> None:
            # the buddy is the field itself, never its row box: Alt+letter must land in a field
            label = QLabel()
            label.setBuddy(buddy or widget)
            self._labels[key] = label
            form.addRow(label, widget)

        head = QHBoxLayout()
        head.addWidget(self.kind)
        head.addWidget(self.party, 1)
        head_box = QWidget()
        head_box.setLayout(head)
        row("party", head_box, self.party)
        row("category", self.category)
        row("purity", self.purity)
        row("design", self.design)
        row("description", self.description)
        gross_row = QHBoxLayout()
        gross_row.addWidget(self.gross, 1)
        gross_row.addWidget(self.scale_button)
        gross_box = QWidget()
        gross_box.setLayout(gross_row)
        row("gross", gross_box, self.gross)
        lot_row = QHBoxLayout()
        lot_row.addWidget(self.lot_count)
        lot_row.addWidget(self.lot_weights, 1)
        lot_box = QWidget()
        lot_box.setLayout(lot_row)
        row("lot", lot_box, self.lot_count)
        stone_row = QHBoxLayout()
        stone_row.addWidget(self.stone_weight, 1)
        stone_row.addWidget(self.stone_unit)
        stone_row.addWidget(self.stone_count)
        stone_row.addWidget(self.stone_value, 1)
        stone_box = QWidget()
        stone_box.setLayout(stone_row)
        row("stones", stone_box, self.stone_weight)
        row("huids", self.huids)
        row("cost", self.cost)
        row("tray", self.tray)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.net_label, 1)
        photo_box = QWidget()
        photo_box.setLayout(photo_row)
        row("net", photo_box)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.defaults_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addWidget(self.totals)
        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.photo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        # the bar keeps its place while hidden, so the form never jumps when a message appears
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(policy)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        scroll_body(self, reserved=160)  # the counter's 728 px: the form scrolls, keys stay

        for key, slot in (
            ("F5", self.read_scale),
            ("Ctrl+Return", self.add_line),
            ("Ctrl+Delete", self.remove_line),
            ("F10", self.save_receipt),
            ("Ctrl+P", self.print_tags),
            ("Ctrl+I", self._on_photo_button_clicked),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        # Enter goes to the next field, as on paper; only Ctrl+Enter (or its button) adds the piece
        self.fields: tuple[QWidget, ...] = (
            self.kind, self.party, self.category, self.purity, self.design, self.description,
            self.gross, self.lot_count, self.lot_weights, self.stone_weight, self.stone_unit,
            self.stone_count, self.stone_value, self.huids, self.cost, self.tray,
        )  # fmt: skip
        for field in self.fields:
            field.installEventFilter(self)
        self.retranslate_ui()

    # --- text ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Receive stock"))
        self.kind.setItemText(0, self.tr("Purchase"))
        self.kind.setItemText(1, self.tr("Karigar receipt"))
        self.party.setPlaceholderText(self.tr("Supplier or karigar name"))
        labels = {
            "party": self.tr("&From"),
            "category": self.tr("&Category"),
            "purity": self.tr("P&urity"),
            "design": self.tr("&Design no."),
            "description": self.tr("Descr&iption"),
            "gross": self.tr("&Gross weight (g)"),
            "lot": self.tr("&Lot: pieces / weights"),
            "stones": self.tr("&Stones: weight, count, value ₹"),
            "huids": self.tr("&HUIDs"),
            "cost": self.tr("C&ost ₹"),
            "tray": self.tr("&Tray"),
            "net": self.tr("Photo / net"),
        }
        for key, label in self._labels.items():
            label.setText(labels[key])
        self.lot_weights.setPlaceholderText(self.tr("for a lot: each gross weight, e.g. 18.450 18.520"))  # fmt: skip
        self.huids.setPlaceholderText(self.tr("6 letters/digits each, space between"))
        self.scale_button.setText(self.tr("Read scale  F5"))
        self.photo_button.setText(self.tr("Photo…  Ctrl+I"))
        self.add_button.setText(self.tr("Add piece  Ctrl+Enter"))
        self.remove_button.setText(self.tr("Remove  Ctrl+Del"))
        self.save_button.setText(self.tr("Save receipt  F10"))
        self.print_button.setText(self.tr("Print tags  Ctrl+P"))
        self.lines.retranslate()
        for i, c in enumerate(self._categories):
            if i < self.category.count():
                self.category.setItemText(i, category_name(c.name, c.name_hi))
        self._update_defaults()
        self._update_net()
        self._update_totals()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and watched in self.fields
        ):
            self._focus_after(watched)
            return True
        return super().eventFilter(watched, event)

    def _focus_after(self, widget: QObject) -> None:
        """The next visible field of the form after ``widget`` (the last one stays put)."""
        index = self.fields.index(widget)
        for nxt in self.fields[index + 1 :]:
            if nxt.isVisible() and nxt.isEnabled():
                nxt.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(nxt, QLineEdit):
                    nxt.selectAll()
                return

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------------
    def start(self) -> None:
        self._runner.run(self._services.stock.categories, on_done=self._on_categories_loaded)
        self._runner.run(self._services.receiving.scale_settings, on_done=self._on_scale_loaded)

    def focus_first(self) -> None:
        (self.party if not self.party.text() else self.gross).setFocus()

    def _on_categories_loaded(self, categories: list[CategoryInfo]) -> None:
        self._categories = list(categories)
        self.category.blockSignals(True)
        self.category.clear()
        for c in self._categories:
            self.category.addItem(category_name(c.name, c.name_hi), c.id)
        self.category.blockSignals(False)
        self._on_category_current_index_changed(self.category.currentIndex())

    def _on_scale_loaded(self, settings: ScaleSettings) -> None:
        self._scale_settings = settings

    def _category(self) -> CategoryInfo | None:
        cid = self.category.currentData()
        return next((c for c in self._categories if c.id == cid), None)

    def _category_name(self, p: NewPiece) -> str:
        return next(
            (category_name(c.name, c.name_hi) for c in self._categories if c.id == p.category_id),
            "",
        )

    def _on_category_current_index_changed(self, _index: int) -> None:
        cat = self._category()
        self.purity.clear()
        if cat is not None:
            metal = Metal(cat.metal)
            for fineness in STANDARD_PURITIES[metal]:
                self.purity.addItem(purity_label(metal, fineness), fineness)
            self.purity.setCurrentIndex(max(0, self.purity.findData(cat.default_purity)))
        self._update_defaults()

    def _update_defaults(self) -> None:
        cat = self._category()
        if cat is None:
            self.defaults_label.setText("")
            return
        making = {
            "per_g": self.tr("₹{value} per gram"),
            "percent": self.tr("{value}% of metal value"),
            "flat": self.tr("₹{value} per piece"),
        }.get(cat.making_kind, "{value}").format(value=cat.making_value)
        wastage = (
            self.tr("{value}% of net weight, in grams")
            if cat.wastage_on == "weight"
            else self.tr("{value}% of metal value")
        ).format(value=cat.wastage_percent)
        self.defaults_label.setText(
            self.tr("Defaults of {category}: making {making}; wastage {wastage}").format(
                category=category_name(cat.name, cat.name_hi), making=making, wastage=wastage
            )
        )

    # --- weights ---------------------------------------------------------------------------------
    def _stone_mg(self) -> int:
        text = self.stone_weight.text().strip()
        if not text:
            return 0
        if self.stone_unit.currentData() == "ct":
            return mg_from_carats(Decimal(text), field="stone_mg")
        return mg_from_grams(text, field="stone_mg")

    def _update_net(self, *_args: object) -> None:
        try:
            gross = mg_from_grams(self.gross.text().strip(), field="gross_mg") if self.gross.text().strip() else 0  # fmt: skip
            stone = self._stone_mg()
        except (ValidationError, ArithmeticError):
            self.net_label.setText(self.tr("Net: —"))
            return
        self.net_label.setText(self.tr("Net: {weight}").format(weight=_grams(max(0, gross - stone))))  # fmt: skip

    def read_scale(self) -> None:
        s = self._scale_settings
        if self.scale.is_open() or self.scale.open(s.port if s else "", baud=s.baud if s else 9600,
                                                   pattern=s.pattern if s else DEFAULT_SCALE_PATTERN):  # fmt: skip
            self.message.show_message(self.tr("Put the piece on the scale…"), "info")

    def _on_scale_weighed(self, mg: int) -> None:
        self.gross.setText(grams_text(mg))
        self.message.clear()
        self.gross.setFocus()

    def _on_scale_problem(self, text: str) -> None:
        self.message.show_message(text, "error")
        self.gross.setFocus()

    def _on_photo_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Photo of the piece"),
            "",
            self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.bmp)"),
        )
        if path:
            self.attach_photo(Path(path))

    def attach_photo(self, path: Path) -> None:
        if self._photos_dir is None:
            return
        self._runner.run(
            self._services.receiving.store_photo,
            path,
            photos_dir=self._photos_dir,
            on_done=self._on_photo_stored,
            on_error=self._on_error,
        )

    def _on_photo_stored(self, name: str) -> None:
        self._photo_name = name
        self.message.show_message(self.tr("Photo attached to the next piece."), "info")

    # --- lines -----------------------------------------------------------------------------------
    def current_pieces(self) -> tuple[NewPiece, ...]:
        """The piece (or lot) described by the form; ValidationError naming the field."""
        cat = self._category()
        if cat is None:
            raise ValidationError("category_id", "choose a category")
        stone_mg = self._stone_mg()
        stone_value = cost_from_rupees(self.stone_value.text()) or 0
        count = self.stone_count.value()
        stones = (NewStone("Stones", max(1, count), stone_mg, stone_value),) if stone_mg or count or stone_value else ()  # fmt: skip
        template = NewPiece(
            category_id=cat.id,
            metal=cat.metal,
            purity=int(self.purity.currentData() or cat.default_purity),
            gross_mg=1,
            stone_mg=stone_mg,
            stones=stones,
            huids=tuple(self.huids.text().upper().split()),
            design_no=self.design.text(),
            description=self.description.text(),
            cost_paise=cost_from_rupees(self.cost.text()),
            photo_path=self._photo_name,
            tray=self.tray.text(),
        )
        weights_text = self.lot_weights.text().replace(",", " ").split()
        if self.lot_count.value() > 1 or weights_text:
            weights = [mg_from_grams(w, field="gross_mg") for w in weights_text]
            if len(weights) != self.lot_count.value():
                raise ValidationError("lot", "give one gross weight for each piece of the lot")
            return lot(template, weights)
        gross_text = self.gross.text().strip()
        if not gross_text:
            raise ValidationError("gross_mg", "weigh the piece or type its gross weight")
        from dataclasses import replace

        return (replace(template, gross_mg=mg_from_grams(gross_text, field="gross_mg")),)

    def add_line(self) -> None:
        try:
            pieces = self.current_pieces()
            from jewelpos.services.stock import validate_piece

            for p in pieces:
                validate_piece(p)
        except ValidationError as exc:
            self.message.show_message(error_text(exc), "error")
            return
        for p in pieces:
            self.lines.append(p)
        # each piece has its own cost: a cost left over would be saved on the next one unseen
        for w in (self.gross, self.lot_weights, self.huids, self.stone_weight, self.stone_value,
                  self.cost):  # fmt: skip
            w.clear()
        self.stone_count.setValue(0)
        self.lot_count.setValue(1)
        self._photo_name = None
        self.message.clear()
        self._update_totals()
        self.gross.setFocus()

    def remove_line(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.lines.remove(index.row())
            self._update_totals()

    def _update_totals(self) -> None:
        rows = self.lines.rows()
        self.totals.setText(
            self.tr("{count} pieces · gross {gross} · net {net}").format(
                count=len(rows),
                gross=_grams(sum(p.gross_mg for p in rows)),
                net=_grams(sum(p.gross_mg - p.stone_mg for p in rows)),
            )
        )

    def save_receipt(self) -> None:
        pieces = tuple(self.lines.rows())
        inp = ReceiptInput(
            kind=str(self.kind.currentData()),
            party_name=self.party.text(),
            day=self._services.receiving.today(),
            pieces=pieces,
        )
        self._runner.run(
            self._services.receiving.receive, inp, by=self._user,
            on_done=self._on_receipt_saved, on_error=self._on_error,
        )  # fmt: skip

    def _on_receipt_saved(self, info: ReceiptInfo) -> None:
        self.last_receipt = info
        self.lines.set_rows([])
        self._update_totals()
        self.message.show_message(
            self.tr(
                "Receipt {number} saved: {count} pieces tagged ({first} …). Ctrl+P prints their tags."
            ).format(number=info.number, count=len(info.pieces), first=info.pieces[0].tag_code),
            "info",
        )
        emit(self.receipt_saved, info)

    def print_tags(self) -> None:
        info = self.last_receipt
        if info is None:
            self.message.show_message(self.tr("Save a receipt first; then print its tags."), "error")  # fmt: skip
            return
        self._runner.run(
            self._services.tags.print_tags, [p.id for p in info.pieces], by=self._user,
            on_done=self._on_tags_printed, on_error=self._on_error,
        )  # fmt: skip

    def _on_tags_printed(self, job: object) -> None:
        self.message.show_message(self.tr("Tags sent to the printer."), "info")
        emit(self.tags_printed, job)

    def _on_error(self, exc: JewelPOSError) -> None:
        self.message.show_message(print_error_text(exc), "error")

"""The customer display: a window on a second screen facing the customer. It shows the bill as the
cashier builds it (each piece with purity, net weight, rate, VA, making and stones; old gold set
off; the payable in large type; the UPI QR while paying), in the customer's language, and the
shop's name, logo and today's rates when no bill is open. It draws only what it is given
(customer_display_link feeds it from the billing screen)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.formatting import format_indian, format_inr
from jewelpos.domain.weight import grams_text
from jewelpos.printing.labels import PrintLabels
from jewelpos.ui.labels import metal_name
from jewelpos.ui.paths import icon_path

if TYPE_CHECKING:
    from jewelpos.services.billing import BillQuote

DISPLAY_KEY = "customer_display"
"""settings.json: the name of the screen the customer display opens on ("" or absent: none)."""
LOGO_FILE = "logo.png"
"""The shop's logo, if it puts one in the data folder; else the JewelPOS icon."""
QR_PX = 240  # modules of 6 px or more: a phone reads it from a metre away


@dataclass(frozen=True)
class DisplayLine:
    """One piece as the customer reads it; money in rupees."""

    description: str
    purity: str
    net_mg: int
    rate: Decimal
    va: Decimal
    making: Decimal
    stones: Decimal
    amount: Decimal


@dataclass(frozen=True)
class DisplayBill:
    lines: tuple[DisplayLine, ...]
    gst: Decimal
    old_gold: Decimal
    set_offs: Decimal
    round_off: Decimal
    payable: Decimal


@dataclass(frozen=True)
class DisplayRate:
    metal: str
    label: str
    rate: Decimal


def display_bill(quote: BillQuote) -> DisplayBill:
    """The bill's pieces and totals from the billing screen's live quote (no database)."""
    lines = tuple(
        DisplayLine(
            description=p.item.description,
            purity=p.purity_label,
            net_mg=p.net_mg,
            rate=p.rate,
            va=p.wastage_value + p.wastage_discount,
            making=p.making + p.making_discount,
            stones=p.stones,
            amount=sum((line.amount for line in p.lines), Decimal(0)),
        )
        for p in quote.priced.items
    )
    return DisplayBill(
        lines=lines,
        gst=quote.cgst + quote.sgst + quote.igst,
        old_gold=quote.old_gold_value,
        set_offs=quote.priced.set_offs_total,
        round_off=quote.round_off,
        payable=quote.net_payable,
    )


def _font(px: int, *, bold: bool = False) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _label(px: int, *, bold: bool = False, name: str = "") -> QLabel:
    label = QLabel()
    label.setFont(_font(px, bold=bold))
    # its own height always (the lines table gives way on a small screen)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    if name:
        label.setObjectName(name)
    return label


class CustomerDisplay(QWidget):
    """The customer-facing window: ``show_idle`` (shop, logo, today's rates) or ``show_bill``;
    ``show_qr`` while paying by UPI. Its words come in ``language``, not the counter's."""

    COLUMNS = 8

    def __init__(
        self, *, language: str = "en", logo: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("customerDisplay")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the cashier's window
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.language = language if language in ("en", "hi") else "en"
        self._words = PrintLabels(self.language)
        self.shop_name = ""
        self.rates: tuple[DisplayRate, ...] = ()
        self.rates_day: date | None = None
        self.bill: DisplayBill | None = None
        self.qr_amount: Decimal | None = None

        self.shop = _label(34, bold=True, name="displayShop")
        self.shop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shop.setWordWrap(True)

        # idle: logo, shop name, today's rates
        self.logo = QLabel()
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap(str(logo if logo is not None and logo.is_file() else icon_path()))
        if not pixmap.isNull():
            self.logo.setPixmap(
                pixmap.scaled(
                    160,
                    160,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.rates_title = _label(28, bold=True, name="displayRatesTitle")
        self.rates_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rates_grid = QGridLayout()
        self.rates_grid.setHorizontalSpacing(48)
        self.rate_labels: list[tuple[QLabel, QLabel]] = []
        self.welcome = _label(24, name="displayWelcome")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        idle = QWidget()
        idle_box = QVBoxLayout(idle)
        idle_box.addStretch(1)
        idle_box.addWidget(self.logo)
        idle_box.addSpacing(12)
        idle_box.addWidget(self.rates_title)
        rates_row = QHBoxLayout()
        rates_row.addStretch(1)
        rates_row.addLayout(self.rates_grid)
        rates_row.addStretch(1)
        idle_box.addLayout(rates_row)
        idle_box.addSpacing(24)
        idle_box.addWidget(self.welcome)
        idle_box.addStretch(2)

        # a bill: pieces, totals, payable, QR
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("displayLines")
        self.table.setFont(_font(20))
        self.table.horizontalHeader().setFont(_font(18, bold=True))
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.totals: dict[str, tuple[QLabel, QLabel]] = {}
        totals_grid = QGridLayout()
        for row, name in enumerate(("gst", "old_gold", "set_offs", "round_off")):
            caption, value = _label(22), _label(22)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setObjectName(f"displayTotal_{name}")
            totals_grid.addWidget(caption, row, 0)
            totals_grid.addWidget(value, row, 1)
            self.totals[name] = (caption, value)
        self.payable_caption = _label(30, bold=True, name="displayPayableCaption")
        self.payable = _label(72, bold=True, name="displayPayable")
        self.payable.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.qr = QLabel()
        self.qr.setObjectName("displayQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption = _label(22, bold=True, name="displayQrCaption")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption.setWordWrap(True)
        qr_box = QVBoxLayout()
        qr_box.addWidget(self.qr)
        qr_box.addWidget(self.qr_caption)
        self.qr_panel = QWidget()
        self.qr_panel.setLayout(qr_box)
        self.qr_panel.hide()
        money = QVBoxLayout()
        money.addLayout(totals_grid)
        money.addSpacing(8)
        money.addWidget(self.payable_caption)
        money.addWidget(self.payable)
        lower = QHBoxLayout()
        lower.addWidget(self.qr_panel)
        lower.addStretch(1)
        lower.addLayout(money, 2)
        bill = QWidget()
        bill_box = QVBoxLayout(bill)
        bill_box.addWidget(self.table, 1)
        bill_box.addLayout(lower)

        self.pages = QStackedWidget()
        self.pages.addWidget(idle)
        self.pages.addWidget(bill)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addWidget(self.shop)
        outer.addWidget(self.pages, 1)
        self.retranslate_ui()

    # --- language --------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Show the words in ``language`` ("en" or "hi") from now on."""
        language = language if language in ("en", "hi") else "en"
        if language == self.language:
            return
        self.language = language
        self._words = PrintLabels(language)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The words, from the screens' own catalogue where the screens say the same thing."""
        w = self._words
        self.setWindowTitle(w.translate("CustomerDisplay", "Customer display"))
        self.welcome.setText(w.translate("CustomerDisplay", "Welcome"))
        self.table.setHorizontalHeaderLabels(
            [
                w.translate("BillLinesModel", "Piece"),
                w.translate("BillLinesModel", "Purity"),
                w.translate("BillLinesModel", "Net g"),
                w.translate("BillLinesModel", "Rate ₹/g"),
                w.translate("BillLinesModel", "VA / Wastage"),
                w.translate("BillLinesModel", "Making"),
                w.translate("Printing", "Stones"),
                w.translate("BillLinesModel", "Taxable ₹"),
            ]
        )
        captions = {
            "gst": "GST",
            "old_gold": w.translate("BillingScreen", "Old gold set-off"),
            "set_offs": w.translate("CustomerDisplay", "Other set-offs"),
            "round_off": w.translate("BillingScreen", "Round off"),
        }
        for name, text in captions.items():
            self.totals[name][0].setText(text)
        self.payable_caption.setText(w.translate("BillingScreen", "PAYABLE"))
        self._fill_rates()
        if self.bill is not None:
            self.show_bill(self.bill)
        if self.qr_amount is not None:
            self._qr_text(self.qr_amount)

    # --- idle ------------------------------------------------------------------------------------
    def set_shop(self, name: str) -> None:
        self.shop_name = name
        self.shop.setText(name)

    def set_rates(self, day: date, rates: Sequence[DisplayRate]) -> None:
        self.rates_day = day
        self.rates = tuple(rates)
        self._fill_rates()

    def _fill_rates(self) -> None:
        for caption, value in self.rate_labels:
            for gone in (caption, value):
                self.rates_grid.removeWidget(gone)
                gone.hide()
                gone.deleteLater()
        self.rate_labels = []
        title = self._words.translate("RatesScreen", "Today's rates - {day}")
        day = self.rates_day.strftime("%d-%m-%Y") if self.rates_day else ""
        self.rates_title.setText(title.format(day=day) if day else "")
        for row, r in enumerate(self.rates):
            caption = _label(30)
            value = _label(30, bold=True)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            caption.setText(f"{self._metal(r.metal)} {r.label}")
            value.setText(format_inr(r.rate))
            self.rates_grid.addWidget(caption, row, 0)
            self.rates_grid.addWidget(value, row, 1)
            self.rate_labels.append((caption, value))
            caption.show()
            value.show()
        if not self.rates:
            none = self._words.translate("MainWindow", "⚠ Rates not set today")
            caption, value = _label(24), _label(24)
            caption.setText(none)
            self.rates_grid.addWidget(caption, 0, 0)
            self.rates_grid.addWidget(value, 0, 1)
            self.rate_labels.append((caption, value))

    def _metal(self, metal: str) -> str:
        english = {"gold": "Gold", "silver": "Silver", "platinum": "Platinum"}.get(metal, "")
        if not english:
            return metal_name(metal)
        return str(self._words.translate("Labels", english))

    def show_idle(self) -> None:
        self.bill = None
        self.show_qr(None)
        self.pages.setCurrentIndex(0)

    # --- bill ------------------------------------------------------------------------------------
    def show_bill(self, bill: DisplayBill) -> None:
        self.bill = bill
        self.table.setRowCount(len(bill.lines))
        for row, line in enumerate(bill.lines):
            cells = (
                line.description,
                line.purity,
                f"{grams_text(line.net_mg)} g",
                format_indian(line.rate),
                format_indian(line.va) if line.va else "-",
                format_indian(line.making) if line.making else "-",
                format_indian(line.stones) if line.stones else "-",
                format_indian(line.amount),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        values = {
            "gst": format_indian(bill.gst),
            "old_gold": "- " + format_indian(bill.old_gold),
            "set_offs": "- " + format_indian(bill.set_offs),
            "round_off": ("+" if bill.round_off > 0 else "") + format_indian(bill.round_off),
        }
        shown = {
            "gst": True,
            "old_gold": bool(bill.old_gold),
            "set_offs": bool(bill.set_offs),
            "round_off": bool(bill.round_off),
        }
        for name, text in values.items():
            caption, value = self.totals[name]
            value.setText(text)
            caption.setVisible(shown[name])
            value.setVisible(shown[name])
        self.payable.setText(format_inr(bill.payable, decimals=0))
        self.pages.setCurrentIndex(1)

    def show_qr(self, qr: tuple[str, Decimal] | None) -> None:
        """The UPI QR the payment dialog shows (link, amount), or none."""
        if qr is None:
            self.qr_amount = None
            self.qr.clear()
            self.qr_panel.hide()
            return
        from jewelpos.ui.dialogs.payment import upi_qr_pixmap

        uri, amount = qr
        self.qr_amount = amount
        self.qr.setPixmap(upi_qr_pixmap(uri, QR_PX))
        self._qr_text(amount)
        self.qr_panel.show()

    def _qr_text(self, amount: Decimal) -> None:
        text = self._words.translate("PaymentDialog", "Scan to pay {amount} by UPI")
        self.qr_caption.setText(text.format(amount=format_inr(amount)))

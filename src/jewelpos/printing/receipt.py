"""Thermal receipts and estimate slips as ESC/POS bytes (python-escpos), 80 mm and 58 mm.

Plain ASCII goes out as printer text; any line with Hindi or the rupee sign is shaped with
Pillow/raqm and sent as a 1-bit raster image (GS v 0), because printer code pages have neither.
"""

from __future__ import annotations

import contextlib
import io
import re
import textwrap
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import quote

import qrcode
from escpos.printer import Dummy
from PIL import Image

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.formatting import format_inr, format_percent
from jewelpos.printing import raster
from jewelpos.printing.documents import (
    CreditNoteDocument,
    EstimateDocument,
    InvoiceDocument,
    InvoiceLine,
    OldGoldLine,
    SetOff,
    TaxRow,
)
from jewelpos.printing.fonts import needs_raster


@dataclass(frozen=True, slots=True)
class ReceiptPaper:
    """A roll width: raster width in dots, Font A columns, and the python-escpos profile."""

    name: str
    width_px: int
    columns: int
    profile: str
    text_px: int


# TM-T20II's profile is a 203 dpi, 576-dot, 48-column printer: the common Indian 80 mm roll.
# (TM-T88V's profile is 512 dots wide and would refuse a 576-dot image.)
PAPER_80MM = ReceiptPaper("80 mm", 576, 48, "TM-T20II", 24)
PAPER_58MM = ReceiptPaper("58 mm", 384, 32, "POS-5890", 22)

_VPA = re.compile(r"^[A-Za-z0-9.\-_]{2,256}@[A-Za-z][A-Za-z0-9.\-]{1,64}$")


DUPLICATE_MARK = "DUPLICATE"  # 9 letters: fits a big line on 58 mm paper (16 columns)


def upi_uri(vpa: str, payee: str, amount: Decimal, note: str = "") -> str:
    """A UPI deep link (NPCI linking spec): ``upi://pay?pa=..&pn=..&am=..&cu=INR&tn=..``."""
    vpa = vpa.strip()
    if not _VPA.match(vpa):
        raise ValidationError("upi_vpa", "must look like name@bank")
    if amount <= 0:
        raise ValidationError("amount", "must be more than zero for a UPI request")
    params = [
        ("pa", vpa),
        ("pn", payee.strip()),
        ("am", f"{amount.quantize(Decimal('0.01'))}"),
        ("cu", "INR"),
    ]
    if note:
        params.append(("tn", note[:80]))
    return "upi://pay?" + "&".join(f"{k}={quote(v, safe='@.-_')}" for k, v in params)


@dataclass(frozen=True, slots=True)
class UpiRequest:
    """Print a 'scan to pay' QR for this amount to this shop VPA."""

    vpa: str
    payee: str
    amount: Decimal
    note: str = ""

    def uri(self) -> str:
        """The upi:// link the QR carries."""
        return upi_uri(self.vpa, self.payee, self.amount, self.note)


def _grams(mg: int) -> str:
    return f"{mg // 1000}.{mg % 1000:03d}"


def _amount(value: Decimal) -> str:
    return format_inr(value, symbol=False)


class _Slip:
    """Builds one slip on a python-escpos Dummy printer."""

    def __init__(self, paper: ReceiptPaper) -> None:
        self.paper = paper
        self.cols = paper.columns
        self.p = Dummy(profile=paper.profile)
        self.p.hw("INIT")

    # text -------------------------------------------------------------
    def line(
        self,
        left: str = "",
        right: str = "",
        *,
        bold: bool = False,
        align: str = "left",
        big: bool = False,
    ) -> None:
        """One line; raster when it holds Hindi or the rupee sign, else printer text."""
        if needs_raster(left + right):
            size = round(self.paper.text_px * (1.5 if big else 1.0))
            if right:
                if big:  # keep a big total on one line: shrink a little before splitting
                    fitted = raster.fit_size(
                        left + "  " + right, size, self.paper.width_px, bold=bold
                    )
                    size = max(fitted, round(self.paper.text_px * 1.15))
                right_w = raster.text_width(right, size, bold=bold)
                room = self.paper.width_px - right_w - size // 2
                if raster.text_width(left, size, bold=bold) > room:
                    self.raster(raster.text_line(left, self.paper.width_px, size, bold=bold))
                    left = ""
            else:
                size = raster.fit_size(left, size, self.paper.width_px, bold=bold)
            self.raster(
                raster.text_line(
                    left, self.paper.width_px, size, right=right, align=align, bold=bold
                )
            )
            return
        cols = self.cols // 2 if big else self.cols
        self.p.set_with_default(
            align=align if not right else "left",
            bold=bold,
            double_width=big,
            double_height=big,
        )
        if right:
            if len(left) + 1 + len(right) > cols:
                for part in textwrap.wrap(left, cols) or [""]:
                    self.p.textln(part)
                left = ""
            self.p.textln(left + " " * (cols - len(left) - len(right)) + right)
        else:
            for part in textwrap.wrap(left, cols) or [""]:
                self.p.textln(part)
        self.p.set_with_default()

    def wrapped(self, text: str, *, indent: str = "") -> None:
        """A paragraph wrapped to the roll (raster lines wrap by words too)."""
        if needs_raster(text):
            for part in textwrap.wrap(text, int(self.cols * 1.1)) or [""]:
                self.line(indent + part)
            return
        for part in textwrap.wrap(
            text, self.cols, initial_indent=indent, subsequent_indent=indent
        ) or [""]:
            self.line(part)

    def rule(self, char: str = "-") -> None:
        """A full-width separator."""
        self.line(char * self.cols)

    # graphics ---------------------------------------------------------
    def raster(self, img: Image.Image) -> None:
        """Centre an image on the roll width and print it with GS v 0."""
        width = self.paper.width_px
        if img.width > width:
            img = img.resize((width, round(img.height * width / img.width)))
        canvas = Image.new("L", (width, img.height), raster.WHITE)
        canvas.paste(img.convert("L"), ((width - img.width) // 2, 0))
        self.p.image(raster.to_one_bit(canvas), impl="bitImageRaster")

    def qr(self, data: str, caption: str = "") -> None:
        """A QR code as raster, modules as big as a third of the roll allows."""
        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
        code.add_data(data)
        code.make(fit=True)
        modules = code.modules_count + 2 * code.border
        box = max(2, min(8, (self.paper.width_px * 2 // 3) // modules))
        img = code.make_image(fill_color="black", back_color="white")
        pil = (
            img.get_image()
            .convert("L")
            .resize((modules * box, modules * box), Image.Resampling.NEAREST)
        )
        if caption:
            self.line(caption, align="center")
        self.raster(pil)

    def barcode(self, code: str) -> None:
        """Code 128: native GS k when the printer has it and it fits, else pixel-exact raster."""
        if needs_raster(code):
            raise ValidationError("barcode", "must be printable ASCII")
        set_b_modules = 11 * (len(code) + 2) + 13
        if self.p.profile.supports("barcodeB") and 2 * set_b_modules <= self.paper.width_px:
            with contextlib.redirect_stdout(io.StringIO()):  # python-escpos prints its choice
                self.p.barcode(
                    "{B" + code, "CODE128", height=64, width=2, pos="BELOW", function_type="B"
                )
            self.p.set_with_default()
            self.p.ln()
            return
        modules = len(raster.code128_modules(code))
        module_px = 2 if (modules + 20) * 2 <= self.paper.width_px else 1
        bars = raster.code128_image(code, module_px=module_px, height_px=64)
        label = raster.text_line(code, bars.width, self.paper.text_px - 4, align="center")
        both = Image.new("L", (bars.width, bars.height + label.height + 4), raster.WHITE)
        both.paste(bars, (0, 0))
        both.paste(label, (0, bars.height + 4))
        self.raster(both)

    def finish(self, *, cut: bool) -> bytes:
        """Feed past the tear bar and cut when the printer can."""
        self.p.ln(3)
        if cut and self.p.profile.supports("paperPartCut"):
            self.p.cut(mode="PART")
        output: bytes = self.p.output
        return output


def _bill_line(slip: _Slip, index: int, line: InvoiceLine) -> None:
    head = f"{index}. {line.description}"
    if line.purity_label:
        head += f" {line.purity_label}"
    slip.line(head, bold=True)
    details = []
    if line.huids:
        details.append("HUID " + ", ".join(line.huids))
    if line.tag_code:
        details.append(f"Tag {line.tag_code}")
    if line.pieces != 1:
        details.append(f"{line.pieces} pcs")
    if details:
        slip.wrapped("  ".join(details), indent="   ")
    if line.gross_mg:
        slip.line(
            f"   G {_grams(line.gross_mg)}  L {_grams(line.stone_mg)}  N {_grams(line.net_mg)} g"
        )
    if line.metal_value:
        slip.line(f"   Metal @ {_amount(line.rate)}/g", _amount(line.metal_value))
    for label, amount in line.charges:
        slip.line(f"   {label}", _amount(amount))
    slip.line("   Value", _amount(line.taxable_value), bold=True)


def _tax_lines(slip: _Slip, rows: tuple[TaxRow, ...]) -> None:
    for row in rows:
        if row.igst:
            slip.line(f"IGST {format_percent(row.igst_rate)}%", _amount(row.igst))
        else:
            slip.line(f"CGST {format_percent(row.cgst_rate)}%", _amount(row.cgst))
            slip.line(f"SGST {format_percent(row.sgst_rate)}%", _amount(row.sgst))


def _old_gold(slip: _Slip, lines: tuple[OldGoldLine, ...], voucher: str) -> None:
    if not lines:
        return
    slip.rule()
    slip.line("OLD GOLD PURCHASE" + (f" {voucher}" if voucher else ""), bold=True)
    for og in lines:
        slip.line(og.description)
        slip.line(f"   G {_grams(og.gross_mg)} L {_grams(og.less_mg)} N {_grams(og.net_mg)} g")
        slip.line(
            f"   {format_percent(og.touch_percent)}% fine {_grams(og.fine_mg)} g @ {_amount(og.rate)}",
        )
        slip.line("   Value", _amount(og.value))


def _set_offs(slip: _Slip, old_gold_total: Decimal, set_offs: tuple[SetOff, ...]) -> None:
    if old_gold_total:
        slip.line("Less old gold", _amount(-old_gold_total))
    for s in set_offs:
        slip.line(f"Less {s.label}", _amount(-s.amount))


def render_receipt(
    invoice: InvoiceDocument,
    *,
    paper: ReceiptPaper = PAPER_80MM,
    upi: UpiRequest | None = None,
    cut: bool = True,
    duplicate: bool = False,
) -> bytes:
    """The counter copy of a saved bill: header, lines, GST, set-offs, payments, QR, barcode.

    ``duplicate``: a reprint, marked DUPLICATE under the title so it cannot pass as a second sale.
    """
    slip = _Slip(paper)
    seller = invoice.seller
    slip.line(seller.display_name, align="center", bold=True, big=True)
    if seller.trade_name and seller.trade_name != seller.legal_name:
        slip.line(seller.legal_name, align="center")
    for part in seller.address.splitlines():
        slip.line(part, align="center")
    slip.line(f"GSTIN {seller.gstin}", align="center")
    if seller.phone:
        slip.line(f"Ph {seller.phone}", align="center")
    slip.rule("=")
    slip.line(invoice.title, align="center", bold=True)
    if duplicate:
        slip.line(DUPLICATE_MARK, align="center", bold=True, big=True)
    slip.line(f"Bill {invoice.invoice_number}", invoice.issued_at.strftime("%d-%m-%Y %H:%M"))
    buyer = invoice.buyer
    slip.line(f"Customer: {buyer.name}")
    if buyer.mobile:
        slip.line(f"Mobile: {buyer.mobile}")
    if buyer.gstin:
        slip.line(f"GSTIN: {buyer.gstin}")
    slip.line(f"Place of supply: {invoice.place_of_supply_name} ({invoice.place_of_supply_code})")
    if invoice.shipped:
        slip.wrapped(f"Ship to: {invoice.ship_to_address}")
    slip.rule()
    for i, line in enumerate(invoice.lines, 1):
        _bill_line(slip, i, line)
    slip.rule()
    slip.line("Taxable value", _amount(invoice.taxable_total))
    _tax_lines(slip, invoice.tax_rows)
    slip.line("Invoice value", _amount(invoice.invoice_value), bold=True)
    _old_gold(slip, invoice.old_gold, invoice.old_gold_voucher_number)
    if invoice.old_gold:
        slip.rule()
    _set_offs(slip, invoice.old_gold_total, invoice.set_offs)
    slip.line("Round off", _amount(invoice.round_off))
    slip.rule()
    slip.line("Net payable", format_inr(invoice.net_payable), bold=True, big=True)
    slip.wrapped(invoice.amount_in_words)
    if invoice.payments:
        slip.rule()
        slip.line("Paid by", bold=True)
        for pay in invoice.payments:
            label = pay.mode + (f" {pay.reference}" if pay.reference else "")
            slip.line(f"  {label}", _amount(pay.amount))
        if invoice.balance_due > 0:
            slip.line("Balance due", _amount(invoice.balance_due), bold=True)
        elif invoice.balance_due < 0:
            slip.line("Change", _amount(-invoice.balance_due))
    slip.rule()
    staff = []
    if invoice.salesperson:
        staff.append(f"Sales: {invoice.salesperson}")
    if invoice.cashier:
        staff.append(f"Cashier: {invoice.cashier}")
    if staff:
        slip.line("  ".join(staff))
    if upi is not None:
        slip.qr(upi.uri(), caption=f"Scan to pay {format_inr(upi.amount)} by UPI")
    slip.barcode(invoice.invoice_number)
    for term in invoice.terms:
        slip.wrapped(term)
    slip.line("Thank you. Please visit again.", align="center")
    return slip.finish(cut=cut)


def render_estimate_slip(
    estimate: EstimateDocument,
    *,
    paper: ReceiptPaper = PAPER_80MM,
    upi: UpiRequest | None = None,
    cut: bool = True,
) -> bytes:
    """The salesperson's estimate: lines and totals, valid today, its number as a barcode."""
    slip = _Slip(paper)
    slip.line(estimate.shop_name, align="center", bold=True, big=True)
    for part in estimate.shop_address.splitlines():
        slip.line(part, align="center")
    if estimate.shop_phone:
        slip.line(f"Ph {estimate.shop_phone}", align="center")
    slip.rule("=")
    slip.line("ESTIMATE (not a tax invoice)", align="center", bold=True)
    slip.line(f"No {estimate.estimate_number}", estimate.issued_at.strftime("%d-%m-%Y %H:%M"))
    if estimate.customer_name:
        slip.line(f"Customer: {estimate.customer_name}")
    if estimate.customer_mobile:
        slip.line(f"Mobile: {estimate.customer_mobile}")
    slip.rule()
    for i, line in enumerate(estimate.lines, 1):
        _bill_line(slip, i, line)
    slip.rule()
    slip.line("Taxable value", _amount(estimate.taxable_total))
    _tax_lines(slip, estimate.tax_rows)
    slip.line("Total with GST", _amount(estimate.invoice_value), bold=True)
    _old_gold(slip, estimate.old_gold, "")
    if estimate.old_gold:
        slip.rule()
    _set_offs(slip, estimate.old_gold_total, estimate.set_offs)
    slip.line("Round off", _amount(estimate.round_off))
    slip.rule()
    slip.line("Estimate", format_inr(estimate.net_payable), bold=True, big=True)
    slip.line(f"Valid only on {estimate.valid_on.strftime('%d-%m-%Y')} (today's rates)")
    if estimate.salesperson:
        slip.line(f"Sales: {estimate.salesperson}")
    for note in estimate.notes:
        slip.wrapped(note)
    if upi is not None:
        slip.qr(upi.uri(), caption=f"Scan to pay {format_inr(upi.amount)} by UPI")
    slip.line("Show this slip at the cash counter", align="center")
    slip.barcode(estimate.estimate_number)
    return slip.finish(cut=cut)


def render_credit_note_slip(
    note: CreditNoteDocument, *, paper: ReceiptPaper = PAPER_80MM, cut: bool = True
) -> bytes:
    """The counter copy of a credit note: what came back, GST reversed, how it was paid back."""
    slip = _Slip(paper)
    slip.line(note.shop_name, align="center", bold=True, big=True)
    slip.rule("=")
    slip.line("CREDIT NOTE", align="center", bold=True)
    slip.line(f"No. {note.number}", note.issued_at.strftime("%d-%m-%Y %H:%M"))
    slip.line(f"Against bill {note.bill_number}")
    if note.customer_name:
        slip.line(f"Customer: {note.customer_name}")
    slip.wrapped(f"Reason: {note.reason}")
    slip.rule()
    for description, amount in note.lines:
        slip.line(description, _amount(amount))
    slip.rule()
    slip.line("Taxable value", _amount(note.taxable))
    if note.igst:
        slip.line("IGST reversed", _amount(note.igst))
    else:
        slip.line("CGST reversed", _amount(note.cgst))
        slip.line("SGST reversed", _amount(note.sgst))
    slip.line("Credit note value", format_inr(note.total), bold=True, big=True)
    slip.rule()
    for mode, amount in note.refunds:
        slip.line(f"Refunded by {mode}", _amount(amount))
    if note.kept_as_credit:
        slip.line("Kept as credit", _amount(note.kept_as_credit), bold=True)
    slip.barcode(note.number)
    return slip.finish(cut=cut)

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
from jewelpos.domain.weight import grams_text
from jewelpos.printing import raster
from jewelpos.printing.documents import (
    CreditNoteDocument,
    EstimateDocument,
    GiftVoucherDocument,
    InvoiceDocument,
    InvoiceLine,
    OldGoldLine,
    PointsNote,
    SetOff,
    TaxRow,
)
from jewelpos.printing.fonts import needs_raster
from jewelpos.printing.labels import PrintLabels


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


MODULE_DOTS = 2  # narrowest Code 128 bar on a slip, in printer dots
FEED_TO_TEAR_BAR = 6  # lines fed on a printer without a cutter, to tear by hand

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


def _amount(value: Decimal) -> str:
    return format_inr(value, symbol=False)


class _Slip:
    """Builds one slip on a python-escpos Dummy printer."""

    def __init__(self, paper: ReceiptPaper, language: str = "en") -> None:
        self.paper = paper
        self.labels = PrintLabels(language)
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
        # Narrowest bar 2 dots (0.25 mm at 203 dpi) always; a symbol too long for the roll
        # that way is printed turned a quarter (bars across the paper), which any scanner reads.
        modules = len(raster.code128_modules(code))
        if (modules + 20) * MODULE_DOTS <= self.paper.width_px:
            bars = raster.code128_image(code, module_px=MODULE_DOTS, height_px=64)
        else:
            bars = raster.code128_image(
                code, module_px=MODULE_DOTS, height_px=min(120, self.paper.width_px // 3)
            ).rotate(90, expand=True)
        label = raster.text_line(code, self.paper.width_px, self.paper.text_px - 4, align="center")
        self.raster(bars)
        self.raster(label)

    def finish(self, *, cut: bool) -> bytes:
        """Feed the last line past the tear bar (or the cutter) and cut when the printer can."""
        if cut and self.p.profile.supports("paperPartCut"):
            # GS V 66 0: the printer feeds the last line past its own cutter, then part-cuts.
            self.p.cut(mode="PART", feed=False)
        else:  # ESC d n: the tear bar sits about 6 lines above the head
            self.p.print_and_feed(FEED_TO_TEAR_BAR)
        output: bytes = self.p.output
        return output


def _bill_line(slip: _Slip, index: int, line: InvoiceLine) -> None:
    head = f"{index}. {line.description}"
    if line.purity_label and line.purity_label.casefold() not in line.description.casefold():
        head += f" {line.purity_label}"
    slip.line(head, bold=True)
    L = slip.labels
    details = [L.translate("Printing", "HSN") + f" {line.hsn}"] if line.hsn else []
    if line.huids:
        details.append(L.translate("Printing", "HUID") + " " + ", ".join(line.huids))
    if line.tag_code:
        details.append(L.translate("Printing", "Tag") + f" {line.tag_code}")
    if line.pieces != 1:
        details.append(f"{line.pieces} " + L.translate("Printing", "pcs"))
    if details:
        slip.wrapped("  ".join(details), indent="   ")
    if line.gross_mg:
        slip.line(
            f"   G {grams_text(line.gross_mg)}  L {grams_text(line.stone_mg)}  N {grams_text(line.net_mg)} g"
        )
    if line.metal_value:
        metal = L.translate("Printing", "Metal")
        slip.line(f"   {metal} @ {_amount(line.rate)}/g", _amount(line.metal_value))
    for label, amount in line.charges:
        slip.line("   " + L.translate("Printing", label), _amount(amount))
    slip.line("   " + L.translate("Printing", "Value"), _amount(line.taxable_value), bold=True)


def payment_label(mode: str, reference: str) -> str:
    """'Card xx4242': the mode once, even when the reference starts with the mode's name."""
    ref = reference.strip()
    first, _, rest = ref.partition(" ")
    if first.casefold() == mode.strip().casefold():
        ref = rest.strip()
    return f"{mode} {ref}" if ref else mode


def _buyer(slip: _Slip, invoice: InvoiceDocument) -> None:
    """Rule 46(e)/(f): the recipient's name, address and state with its code, GSTIN if any."""
    L = slip.labels
    buyer = invoice.buyer
    slip.line(L.translate("Printing", "Customer:") + f" {buyer.name}")
    if buyer.address:
        slip.wrapped(L.translate("Printing", "Address:") + f" {' '.join(buyer.address.split())}")
    if buyer.state_name or buyer.state_code:
        slip.line(L.translate("Printing", "State:") + f" {buyer.state_name} ({buyer.state_code})")
    if buyer.mobile:
        slip.line(L.translate("Printing", "Mobile:") + f" {buyer.mobile}")
    if buyer.gstin:
        slip.line(f"GSTIN: {buyer.gstin}")


def _signature(slip: _Slip, legal_name: str) -> None:
    """Rule 46(q): signature of the supplier or its authorised representative."""
    L = slip.labels
    slip.line()
    slip.line(L.translate("Printing", "for") + f" {legal_name}", align="center")
    slip.line()
    slip.line()
    slip.line("_" * min(slip.cols, 24), align="center")
    slip.line(L.translate("Printing", "Authorised signatory"), align="center")


def _title(L: PrintLabels, title: str) -> str:
    """The document's title in the print language (the titles services give, else as given)."""
    known = {
        "TAX INVOICE": L.translate("Printing", "TAX INVOICE"),
        "TAX INVOICE - CANCELLED": L.translate("Printing", "TAX INVOICE - CANCELLED"),
    }
    return known.get(title, title)


def _tax_lines(slip: _Slip, rows: tuple[TaxRow, ...]) -> None:
    for row in rows:
        if row.igst:  # GST names stay as the law writes them
            slip.line(f"IGST {format_percent(row.igst_rate)}%", _amount(row.igst))
        else:
            slip.line(f"CGST {format_percent(row.cgst_rate)}%", _amount(row.cgst))
            slip.line(f"SGST {format_percent(row.sgst_rate)}%", _amount(row.sgst))


def _old_gold(slip: _Slip, lines: tuple[OldGoldLine, ...], voucher: str) -> None:
    if not lines:
        return
    slip.rule()
    L = slip.labels
    title = L.heading(L.translate("Printing", "OLD GOLD PURCHASE"))
    slip.line(title + (f" {voucher}" if voucher else ""), bold=True)
    fine = L.translate("Printing", "fine")
    for og in lines:
        slip.line(og.description)
        slip.line(
            f"   {format_percent(og.touch_percent)}% {fine}"
            f" {grams_text(og.fine_mg)} g @ {_amount(og.rate)}",
        )
        if og.deduction_percent and og.market_rate:
            less = L.translate("Printing", "less")
            slip.line(
                f"   ({_amount(og.market_rate)} {less} {format_percent(og.deduction_percent)}%)"
            )
        slip.line("   " + L.translate("Printing", "Value"), _amount(og.value))


def _set_offs(slip: _Slip, old_gold_total: Decimal, set_offs: tuple[SetOff, ...]) -> None:
    L = slip.labels
    if old_gold_total:
        slip.line(L.translate("Printing", "Less old gold"), _amount(-old_gold_total))
    for s in set_offs:
        slip.line(L.translate("Printing", "Less") + f" {s.label}", _amount(-s.amount))


def _points(slip: _Slip, note: PointsNote) -> None:
    L = slip.labels
    slip.rule()
    if note.redeemed:
        slip.line(L.translate("Printing", "Points redeemed"), str(note.redeemed))
    slip.line(L.translate("Printing", "Points earned"), str(note.earned))
    slip.line(L.translate("Printing", "Points balance"), str(note.balance), bold=True)


def render_receipt(
    invoice: InvoiceDocument,
    *,
    paper: ReceiptPaper = PAPER_80MM,
    upi: UpiRequest | None = None,
    cut: bool = True,
    duplicate: bool = False,
    language: str = "en",
) -> bytes:
    """The counter copy of a saved bill: header, lines, GST, set-offs, payments, QR, barcode.

    ``duplicate``: a reprint, marked DUPLICATE under the title so it cannot pass as a second sale.
    ``language``: the shop's print language ("en", "hi" or "both": headings in both).
    """
    slip = _Slip(paper, language)
    L = slip.labels
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
    slip.line(L.heading(_title(L, invoice.title)), align="center", bold=True)
    if duplicate:
        slip.line(DUPLICATE_MARK, align="center", bold=True, big=True)
    slip.line(
        L.translate("Printing", "Bill") + f" {invoice.invoice_number}",
        invoice.issued_at.strftime("%d-%m-%Y %H:%M"),
    )
    _buyer(slip, invoice)
    pos = L.translate("Printing", "Place of supply:")
    slip.line(f"{pos} {invoice.place_of_supply_name} ({invoice.place_of_supply_code})")
    reverse = (
        L.translate("Printing", "Yes") if invoice.reverse_charge else L.translate("Printing", "No")
    )
    slip.line(L.translate("Printing", "Reverse charge:") + f" {reverse}")
    if invoice.shipped:
        slip.wrapped(L.translate("Printing", "Ship to:") + f" {invoice.ship_to_address}")
    slip.rule()
    for i, line in enumerate(invoice.lines, 1):
        _bill_line(slip, i, line)
    slip.rule()
    slip.line(L.translate("Printing", "Taxable value"), _amount(invoice.taxable_total))
    _tax_lines(slip, invoice.tax_rows)
    slip.line(L.translate("Printing", "Invoice value"), _amount(invoice.invoice_value), bold=True)
    _old_gold(slip, invoice.old_gold, invoice.old_gold_voucher_number)
    if invoice.old_gold:
        slip.rule()
    _set_offs(slip, invoice.old_gold_total, invoice.set_offs)
    slip.line(L.translate("Printing", "Round off"), _amount(invoice.round_off))
    slip.rule()
    slip.line(
        L.heading(L.translate("Printing", "Net payable")),
        format_inr(invoice.net_payable),
        bold=True,
        big=True,
    )
    slip.wrapped(invoice.amount_in_words)
    if invoice.payments:
        slip.rule()
        slip.line(L.heading(L.translate("Printing", "Paid by")), bold=True)
        for pay in invoice.payments:
            label = payment_label(pay.mode, pay.reference)
            slip.line(f"  {label}", _amount(pay.amount))
        if invoice.balance_due > 0:
            slip.line(
                L.translate("Printing", "Balance due"), _amount(invoice.balance_due), bold=True
            )
        elif invoice.balance_due < 0:
            slip.line(L.translate("Printing", "Change"), _amount(-invoice.balance_due))
    if invoice.points is not None:
        _points(slip, invoice.points)
    slip.rule()
    staff = []
    if invoice.salesperson:
        staff.append(L.translate("Printing", "Sales:") + f" {invoice.salesperson}")
    if invoice.cashier:
        staff.append(L.translate("Printing", "Cashier:") + f" {invoice.cashier}")
    if staff:
        slip.line("  ".join(staff))
    if upi is not None:
        slip.qr(upi.uri(), caption=_scan_to_pay(L, upi))
    slip.barcode(invoice.invoice_number)
    for term in invoice.terms:
        slip.wrapped(term)
    _signature(slip, seller.legal_name)
    slip.line(L.translate("Printing", "Thank you. Please visit again."), align="center")
    return slip.finish(cut=cut)


def _scan_to_pay(L: PrintLabels, upi: UpiRequest) -> str:
    return L.translate("Printing", "Scan to pay {amount} by UPI").format(
        amount=format_inr(upi.amount)
    )


def render_estimate_slip(
    estimate: EstimateDocument,
    *,
    paper: ReceiptPaper = PAPER_80MM,
    upi: UpiRequest | None = None,
    cut: bool = True,
    language: str = "en",
) -> bytes:
    """The salesperson's estimate: lines and totals, valid today, its number as a barcode.

    ``language``: the shop's print language ("en", "hi" or "both": headings in both)."""
    slip = _Slip(paper, language)
    L = slip.labels
    slip.line(estimate.shop_name, align="center", bold=True, big=True)
    for part in estimate.shop_address.splitlines():
        slip.line(part, align="center")
    if estimate.shop_phone:
        slip.line(f"Ph {estimate.shop_phone}", align="center")
    slip.rule("=")
    title = L.heading(L.translate("Printing", "ESTIMATE (not a tax invoice)"))
    slip.line(title, align="center", bold=True)
    slip.line(
        L.translate("Printing", "No.") + f" {estimate.estimate_number}",
        estimate.issued_at.strftime("%d-%m-%Y %H:%M"),
    )
    if estimate.customer_name:
        slip.line(L.translate("Printing", "Customer:") + f" {estimate.customer_name}")
    if estimate.customer_mobile:
        slip.line(L.translate("Printing", "Mobile:") + f" {estimate.customer_mobile}")
    slip.rule()
    for i, line in enumerate(estimate.lines, 1):
        _bill_line(slip, i, line)
    slip.rule()
    slip.line(L.translate("Printing", "Taxable value"), _amount(estimate.taxable_total))
    _tax_lines(slip, estimate.tax_rows)
    total = L.translate("Printing", "Total with GST")
    slip.line(total, _amount(estimate.invoice_value), bold=True)
    _old_gold(slip, estimate.old_gold, "")
    if estimate.old_gold:
        slip.rule()
    _set_offs(slip, estimate.old_gold_total, estimate.set_offs)
    slip.line(L.translate("Printing", "Round off"), _amount(estimate.round_off))
    slip.rule()
    heading = L.heading(L.translate("Printing", "Estimate"))
    slip.line(heading, format_inr(estimate.net_payable), bold=True, big=True)
    slip.wrapped(
        L.translate("Printing", "Valid only on {day} (today's rates)").format(
            day=estimate.valid_on.strftime("%d-%m-%Y")
        )
    )
    if estimate.salesperson:
        slip.line(L.translate("Printing", "Sales:") + f" {estimate.salesperson}")
    for note in estimate.notes:
        slip.wrapped(note)
    if upi is not None:
        slip.qr(upi.uri(), caption=_scan_to_pay(L, upi))
    slip.line(L.translate("Printing", "Show this slip at the cash counter"), align="center")
    slip.barcode(estimate.estimate_number)
    return slip.finish(cut=cut)


def render_credit_note_slip(
    note: CreditNoteDocument,
    *,
    paper: ReceiptPaper = PAPER_80MM,
    cut: bool = True,
    language: str = "en",
) -> bytes:
    """The counter copy of a credit note: what came back, GST reversed, how it was paid back.

    ``language``: the shop's print language ("en", "hi" or "both": headings in both)."""
    slip = _Slip(paper, language)
    L = slip.labels
    slip.line(note.shop_name, align="center", bold=True, big=True)
    slip.rule("=")
    slip.line(L.heading(L.translate("Printing", "CREDIT NOTE")), align="center", bold=True)
    slip.line(
        L.translate("Printing", "No.") + f" {note.number}",
        note.issued_at.strftime("%d-%m-%Y %H:%M"),
    )
    slip.line(L.translate("Printing", "Against bill {number}").format(number=note.bill_number))
    if note.customer_name:
        slip.line(L.translate("Printing", "Customer:") + f" {note.customer_name}")
    slip.wrapped(L.translate("Printing", "Reason:") + f" {note.reason}")
    slip.rule()
    for description, amount in note.lines:
        slip.line(description, _amount(amount))
    slip.rule()
    slip.line(L.translate("Printing", "Taxable value"), _amount(note.taxable))
    if note.igst:
        slip.line(L.translate("Printing", "IGST reversed"), _amount(note.igst))
    else:
        slip.line(L.translate("Printing", "CGST reversed"), _amount(note.cgst))
        slip.line(L.translate("Printing", "SGST reversed"), _amount(note.sgst))
    value = L.heading(L.translate("Printing", "Credit note value"))
    slip.line(value, format_inr(note.total), bold=True, big=True)
    slip.rule()
    for mode, amount in note.refunds:
        refunded = L.translate("Printing", "Refunded by {mode}")
        slip.line(refunded.format(mode=L.translate("Labels", mode)), _amount(amount))
    if note.kept_as_credit:
        kept = L.translate("Printing", "Kept as credit")
        slip.line(kept, _amount(note.kept_as_credit), bold=True)
    slip.barcode(note.number)
    return slip.finish(cut=cut)


def render_gift_voucher_slip(
    voucher: GiftVoucherDocument, *, paper: ReceiptPaper = PAPER_80MM, cut: bool = True
) -> bytes:
    """A gift voucher: number, value, expiry, and its code as a Code 128 barcode to scan."""
    slip = _Slip(paper)
    slip.line(voucher.shop_name, align="center", bold=True, big=True)
    slip.rule("=")
    slip.line("GIFT VOUCHER", align="center", bold=True)
    slip.line(f"No. {voucher.number}", voucher.issued_at.strftime("%d-%m-%Y %H:%M"))
    slip.line("Value (Rs)", _amount(voucher.value), bold=True)
    slip.line("Valid until", voucher.expires_on.strftime("%d-%m-%Y"))
    if voucher.paid_by:
        slip.line("Paid by", voucher.paid_by)
    if voucher.campaign:
        slip.wrapped(voucher.campaign)
    slip.rule()
    slip.barcode(voucher.code)
    slip.wrapped("Use as payment against jewellery at any of our branches. Not a tax invoice.")
    return slip.finish(cut=cut)

"""Plain frozen documents that printing renders; services map their own results onto these."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class TagData:
    """What one barbell tag carries. Weights in mg; ``huids`` one per article of the piece."""

    tag_code: str
    design_no: str = ""
    category: str = ""
    metal: str = ""
    purity_label: str = ""
    gross_mg: int = 0
    stone_mg: int = 0
    net_mg: int = 0
    huids: tuple[str, ...] = ()
    cost_code: str = ""
    shop_short_name: str = ""


@dataclass(frozen=True, slots=True)
class EInvoiceMark:
    """An e-invoice's registration as printed: IRN, acknowledgement and the signed QR text."""

    irn: str
    ack_no: str
    ack_date: str
    signed_qr: str


@dataclass(frozen=True, slots=True)
class Seller:
    """The supplier block of a tax invoice (Rule 46: name, address, GSTIN)."""

    legal_name: str
    address: str
    gstin: str
    state_name: str
    state_code: str
    phone: str = ""
    trade_name: str = ""

    @property
    def display_name(self) -> str:
        """The shop's trade name if it has one, else its legal name."""
        return self.trade_name or self.legal_name


@dataclass(frozen=True, slots=True)
class Buyer:
    """The recipient; ``gstin`` empty means an unregistered buyer."""

    name: str
    address: str = ""
    mobile: str = ""
    state_name: str = ""
    state_code: str = ""
    gstin: str = ""
    pan: str = ""

    @property
    def registered(self) -> bool:
        """True when the buyer has a GSTIN."""
        return bool(self.gstin)


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    """One priced line of a bill or estimate (C1 components, each already rounded)."""

    description: str
    hsn: str = "7113"
    purity_label: str = ""
    pieces: int = 1
    gross_mg: int = 0
    stone_mg: int = 0
    net_mg: int = 0
    huids: tuple[str, ...] = ()
    rate: Decimal = ZERO
    metal_value: Decimal = ZERO
    wastage: Decimal = ZERO
    wastage_label: str = "VA"
    making: Decimal = ZERO
    stones: Decimal = ZERO
    hallmark_fee: Decimal = ZERO
    other_charges: Decimal = ZERO
    discount: Decimal = ZERO
    taxable_value: Decimal = ZERO
    tag_code: str = ""

    @property
    def charges(self) -> tuple[tuple[str, Decimal], ...]:
        """The non-zero charges after the metal value, labelled, in bill order."""
        items = (
            (self.wastage_label or "VA", self.wastage),
            ("Making", self.making),
            ("Stones", self.stones),
            ("Hallmark", self.hallmark_fee),
            ("Other", self.other_charges),
            ("Discount", -abs(self.discount)),
        )
        return tuple((label, amount) for label, amount in items if amount != 0)


@dataclass(frozen=True, slots=True)
class TaxRow:
    """GST for one rate group (e.g. jewellery 3%, repair labour 5%); rates in percent."""

    taxable_value: Decimal
    cgst_rate: Decimal = ZERO
    cgst: Decimal = ZERO
    sgst_rate: Decimal = ZERO
    sgst: Decimal = ZERO
    igst_rate: Decimal = ZERO
    igst: Decimal = ZERO
    hsn: str = ""

    @property
    def total_tax(self) -> Decimal:
        """CGST + SGST + IGST of the group."""
        return self.cgst + self.sgst + self.igst


@dataclass(frozen=True, slots=True)
class OldGoldLine:
    """One line of an old-gold (URD) purchase voucher."""

    description: str
    gross_mg: int
    less_mg: int
    net_mg: int
    touch_percent: Decimal
    fine_mg: int
    rate: Decimal
    """The buying rate per gram of fine metal (the day's rate less ``deduction_percent``)."""
    value: Decimal
    market_rate: Decimal = ZERO
    """The day's rate the melting deduction is taken from (zero: not recorded)."""
    deduction_percent: Decimal = ZERO
    """Melting/refining deduction in percent of ``market_rate``."""


@dataclass(frozen=True, slots=True)
class SetOff:
    """Something set against the invoice value after tax (scheme, voucher, advance)."""

    label: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Payment:
    """A tender: mode ("Cash", "UPI", "Card"), its reference (UPI ref, card last 4) and amount."""

    mode: str
    amount: Decimal
    reference: str = ""


@dataclass(frozen=True, slots=True)
class PointsNote:
    """Loyalty points on a bill: earned on it and the customer's balance after it."""

    earned: int
    balance: int
    redeemed: int = 0


@dataclass(frozen=True, slots=True)
class InvoiceDocument:
    """A saved tax invoice with everything Rule 46 and the counter's rules ask to print.

    ``issued_at`` is already in shop time. ``amount_in_words`` spells ``net_payable``.
    Old gold is a purchase voucher set off after tax, listed apart from ``set_offs``.
    """

    seller: Seller
    buyer: Buyer
    invoice_number: str
    issued_at: datetime
    place_of_supply_name: str
    place_of_supply_code: str
    lines: tuple[InvoiceLine, ...]
    tax_rows: tuple[TaxRow, ...]
    invoice_value: Decimal
    round_off: Decimal
    net_payable: Decimal
    amount_in_words: str
    reverse_charge: bool = False
    old_gold: tuple[OldGoldLine, ...] = ()
    old_gold_voucher_number: str = ""
    old_gold_seller_name: str = ""
    """Who sold the old gold (the buyer unless the voucher names someone else)."""
    old_gold_seller_gstin: str = ""
    """Set when the old gold's seller is a registered person (their own invoice charges GST)."""
    old_gold_seller_invoice: str = ""
    """The registered seller's own invoice number for the old gold, when recorded."""
    set_offs: tuple[SetOff, ...] = ()
    payments: tuple[Payment, ...] = ()
    salesperson: str = ""
    cashier: str = ""
    terms: tuple[str, ...] = ()
    title: str = "TAX INVOICE"
    copy_label: str = "Original for Recipient"
    """Rule 48's copy marking; the A4 renderer's ``copy`` argument overrides it."""
    ship_to_address: str = ""
    """Set when the goods are sent to an address (the place of supply is its state)."""
    ship_to_state_name: str = ""
    ship_to_state_code: str = ""
    einvoice: EInvoiceMark | None = None
    """Set once the invoice has an IRN: the QR and IRN are printed under the title."""
    points: PointsNote | None = None
    """Loyalty points earned on the bill and the balance (printed on the receipt when set)."""

    @property
    def shipped(self) -> bool:
        """True when the goods are sent to an address rather than handed over."""
        return bool(self.ship_to_address)

    @property
    def taxable_total(self) -> Decimal:
        """Sum of the taxable values of the rate groups."""
        return sum((row.taxable_value for row in self.tax_rows), ZERO)

    @property
    def cgst_total(self) -> Decimal:
        """Total CGST."""
        return sum((row.cgst for row in self.tax_rows), ZERO)

    @property
    def sgst_total(self) -> Decimal:
        """Total SGST."""
        return sum((row.sgst for row in self.tax_rows), ZERO)

    @property
    def igst_total(self) -> Decimal:
        """Total IGST."""
        return sum((row.igst for row in self.tax_rows), ZERO)

    @property
    def inter_state(self) -> bool:
        """True when tax is IGST (place of supply outside the seller's state)."""
        return self.igst_total != 0 or self.place_of_supply_code != self.seller.state_code

    @property
    def old_gold_total(self) -> Decimal:
        """Value of the old-gold purchase voucher."""
        return sum((line.value for line in self.old_gold), ZERO)

    @property
    def amount_paid(self) -> Decimal:
        """Sum of the tenders."""
        return sum((p.amount for p in self.payments), ZERO)

    @property
    def balance_due(self) -> Decimal:
        """Net payable less tenders; negative means change was given."""
        return self.net_payable - self.amount_paid

    @property
    def pieces(self) -> int:
        """Total pieces on the bill."""
        return sum(line.pieces for line in self.lines)


@dataclass(frozen=True, slots=True)
class EstimateDocument:
    """A salesperson's estimate slip; valid only on ``valid_on`` (rates of the day)."""

    shop_name: str
    estimate_number: str
    issued_at: datetime
    valid_on: date
    lines: tuple[InvoiceLine, ...]
    tax_rows: tuple[TaxRow, ...]
    invoice_value: Decimal
    round_off: Decimal
    net_payable: Decimal
    old_gold: tuple[OldGoldLine, ...] = ()
    set_offs: tuple[SetOff, ...] = ()
    customer_name: str = ""
    customer_mobile: str = ""
    salesperson: str = ""
    shop_address: str = ""
    shop_phone: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def taxable_total(self) -> Decimal:
        """Sum of the taxable values of the rate groups."""
        return sum((row.taxable_value for row in self.tax_rows), ZERO)

    @property
    def old_gold_total(self) -> Decimal:
        """Value of the old gold offered in exchange."""
        return sum((line.value for line in self.old_gold), ZERO)


@dataclass(frozen=True, slots=True)
class CreditNoteDocument:
    """A credit note (sales return) as stored: what came back, the GST reversed and how the
    value went back (refunds by mode, the rest kept as the customer's credit)."""

    shop_name: str
    number: str
    issued_at: datetime
    bill_number: str
    customer_name: str
    reason: str
    lines: tuple[tuple[str, Decimal], ...]
    """(description, taxable value) of each returned line."""
    taxable: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    total: Decimal
    refunds: tuple[tuple[str, Decimal], ...] = ()
    """(mode as printed, amount)."""
    kept_as_credit: Decimal = ZERO
    shop_address: str = ""
    shop_gstin: str = ""
    customer_gstin: str = ""


@dataclass(frozen=True, slots=True)
class GiftVoucherDocument:
    """A gift voucher as printed: its number (G series), code (printed as a barcode), value,
    expiry and how it was paid; not a tax invoice (a voucher is not a GST supply)."""

    shop_name: str
    number: str
    code: str
    value: Decimal
    issued_at: datetime
    expires_on: date
    paid_by: str = ""
    campaign: str = ""

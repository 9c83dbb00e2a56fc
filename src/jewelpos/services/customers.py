"""Customers ('Know the customer'): found by mobile number, searched by name or mobile prefix."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, datetime

from sqlalchemy import ColumnElement, select

from jewelpos.db.models import Customer
from jewelpos.db.models_crm import CustomerNameWord
from jewelpos.db.models_merge import CustomerFamilyMember, CustomerMerge
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import DuplicateValue, NotFound, ValidationError
from jewelpos.domain.validation import (
    INDIAN_STATES,
    normalise_mobile,
    validate_gstin,
    validate_pan,
    validate_pin_code,
)
from jewelpos.services._common import clean_text
from jewelpos.services.auth import UserInfo

CONTACT_METHODS = ("phone", "sms", "whatsapp", "email", "none")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 -]{5,18}$")
_TOP = "\uffff"


@dataclass(frozen=True)
class CustomerInput:
    """A customer to save; ``id`` None adds a new one, else updates that customer."""

    name: str
    mobile: str
    alternate_phone: str = ""
    address: str = ""
    city: str = ""
    state_code: str = ""
    pin_code: str = ""
    email: str = ""
    birthday: date | None = None
    anniversary: date | None = None
    native_place: str = ""
    family: str = ""
    wearer: str = ""
    heard_from: str = ""
    preferred_contact: str = "phone"
    spending_capacity: str = ""
    pan: str = ""
    gstin: str = ""
    notes: str = ""
    id: str | None = None


@dataclass(frozen=True)
class CustomerInfo:
    id: str
    name: str
    mobile: str
    alternate_phone: str
    address: str
    city: str
    state_code: str
    pin_code: str
    email: str
    birthday: date | None
    anniversary: date | None
    native_place: str
    family: str
    wearer: str
    heard_from: str
    preferred_contact: str
    spending_capacity: str
    pan: str
    gstin: str
    notes: str
    created_at: datetime
    updated_at: datetime


_INFO_FIELDS = [f.name for f in fields(CustomerInfo)]


def customer_info(c: Customer) -> CustomerInfo:
    return CustomerInfo(**{name: getattr(c, name) for name in _INFO_FIELDS})


def name_key(name: str) -> str:
    """The search key of a name: NFC, case-folded, single spaces (works for Devanagari too)."""
    return " ".join(clean_text(name, field="name", max_len=120).casefold().split())


def validate_customer(inp: CustomerInput) -> dict[str, object]:
    """Cleaned column values, or ValidationError naming the first bad field."""
    name = clean_text(inp.name, field="name", max_len=120, required=True)
    mobile = normalise_mobile(inp.mobile)
    alt = clean_text(inp.alternate_phone, field="alternate_phone", max_len=20)
    if alt and not _PHONE.match(alt):
        raise ValidationError("alternate_phone", f"{alt!r} is not a phone number")
    state = (inp.state_code or "").strip()
    gstin = validate_gstin(inp.gstin) if (inp.gstin or "").strip() else ""
    if gstin:
        if state and state != gstin[:2]:
            raise ValidationError("state_code", f"the GSTIN is registered in state {gstin[:2]}")
        state = gstin[:2]
    if state and state not in INDIAN_STATES:
        raise ValidationError("state_code", f"{state!r} is not a GST state code")
    email = clean_text(inp.email, field="email", max_len=120)
    if email and not _EMAIL.match(email):
        raise ValidationError("email", f"{email!r} is not an e-mail address")
    if inp.preferred_contact not in CONTACT_METHODS:
        raise ValidationError("preferred_contact", f"choose one of {', '.join(CONTACT_METHODS)}")
    return {
        "name": name,
        "name_key": name_key(name),
        "mobile": mobile,
        "alternate_phone": alt,
        "address": clean_text(inp.address, field="address", max_len=500),
        "city": clean_text(inp.city, field="city", max_len=80),
        "state_code": state,
        "pin_code": validate_pin_code(inp.pin_code) if (inp.pin_code or "").strip() else "",
        "email": email,
        "birthday": inp.birthday,
        "anniversary": inp.anniversary,
        "native_place": clean_text(inp.native_place, field="native_place", max_len=80),
        "family": clean_text(inp.family, field="family", max_len=2000),
        "wearer": clean_text(inp.wearer, field="wearer", max_len=120),
        "heard_from": clean_text(inp.heard_from, field="heard_from", max_len=80),
        "preferred_contact": inp.preferred_contact,
        "spending_capacity": clean_text(
            inp.spending_capacity, field="spending_capacity", max_len=40
        ),
        "pan": validate_pan(inp.pan) if (inp.pan or "").strip() else "",
        "gstin": gstin,
        "notes": clean_text(inp.notes, field="notes", max_len=4000),
    }


def _mobile_digits(text: str) -> str | None:
    """The digits of a (partial) mobile number typed in a search box, or None if not one."""
    compact = re.sub(r"[\s()-]", "", text)
    if not re.fullmatch(r"\+?[0-9]+", compact):
        return None
    if len(compact) >= 10:
        try:
            return normalise_mobile(compact)
        except ValidationError:
            return compact.lstrip("+")
    return compact.lstrip("+")


def _not_merged() -> ColumnElement[bool]:
    """Customers merged into another are found as their survivor, not themselves."""
    return Customer.id.not_in(select(CustomerMerge.merged_id))


class CustomerService:
    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def find_by_mobile(self, mobile: str) -> CustomerInfo | None:
        """The customer with this mobile number in any written form (+91, 0, spaces), or None.
        ValidationError if it is not an Indian mobile number."""
        number = normalise_mobile(mobile)
        with self._uow.read() as s:
            c = s.scalars(select(Customer).where(Customer.mobile == number)).first()
            return None if c is None else customer_info(c)

    def get(self, customer_id: str) -> CustomerInfo:
        with self._uow.read() as s:
            c = s.get(Customer, customer_id)
            if c is None:
                raise NotFound("No such customer.", customer_id=customer_id)
            return customer_info(c)

    def search(self, text: str, *, limit: int = 50) -> list[CustomerInfo]:
        """By mobile prefix when digits are typed, else by name (start of the name, then start
        of any word, then a family member's name). Empty text lists the most recently changed customers."""
        text = (text or "").strip()
        with self._uow.read() as s:
            if not text:
                q = (
                    select(Customer)
                    .where(_not_merged())
                    .order_by(Customer.updated_at.desc())
                    .limit(limit)
                )
                return [customer_info(c) for c in s.scalars(q)]
            digits = _mobile_digits(text)
            if digits is not None:
                q = (
                    select(Customer)
                    .where(Customer.mobile >= digits, Customer.mobile < digits + ":", _not_merged())
                    .order_by(Customer.mobile)
                    .limit(limit)
                )
                return [customer_info(c) for c in s.scalars(q)]
            key = name_key(text)
            found = list(
                s.scalars(
                    select(Customer)
                    .where(Customer.name_key >= key, Customer.name_key < key + _TOP, _not_merged())
                    .order_by(Customer.name_key)
                    .limit(limit)
                )
            )
            if len(found) < limit:
                seen = {c.id for c in found}
                # a later word of the name, read in the order of the word index (migration
                # 0014 keeps it) so the first matches end the search, then shown by name
                more = s.scalars(
                    select(Customer)
                    .join(CustomerNameWord, CustomerNameWord.customer_id == Customer.id)
                    .where(
                        CustomerNameWord.suffix >= key,
                        CustomerNameWord.suffix < key + _TOP,
                        _not_merged(),
                    )
                    .order_by(CustomerNameWord.suffix, CustomerNameWord.customer_id)
                    .limit(2 * limit)
                )
                later = {c.id: c for c in more if c.id not in seen}
                found.extend(sorted(later.values(), key=lambda c: c.name_key)[: limit - len(found)])
            if len(found) < limit:  # a family member's name finds the customer
                seen = {c.id for c in found}
                family = s.scalars(
                    select(Customer)
                    .join(CustomerFamilyMember, CustomerFamilyMember.customer_id == Customer.id)
                    .where(
                        CustomerFamilyMember.name_key >= key,
                        CustomerFamilyMember.name_key < key + _TOP,
                        _not_merged(),
                    )
                    .order_by(Customer.name_key)
                    .limit(limit)
                )
                found.extend(c for c in family if c.id not in seen)
            return [customer_info(c) for c in found[:limit]]

    def save(self, inp: CustomerInput, *, by: UserInfo) -> CustomerInfo:
        """Add or update a customer. DuplicateValue if another customer has the mobile number."""
        values = validate_customer(inp)
        with self._uow.begin() as s:
            existing: Customer | None = None
            if inp.id is not None:
                existing = s.get(Customer, inp.id)
                if existing is None:
                    raise NotFound("No such customer.", customer_id=inp.id)
            other = s.scalars(select(Customer).where(Customer.mobile == values["mobile"])).first()
            if other is not None and other.id != inp.id:
                raise DuplicateValue(
                    f"Mobile {values['mobile']} belongs to {other.name}.",
                    field="mobile",
                    customer_id=other.id,
                )
            if existing is None:
                c = Customer(**values)
                s.add(c)
            else:
                c = existing
                for k, v in values.items():
                    if getattr(c, k) != v:
                        setattr(c, k, v)
            s.flush()
            return customer_info(c)

"""Customers: saved with validation, found by mobile in any written form, searched by name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from jewelpos.db.models import SyncOutbox
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import DuplicateValue, NotFound, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.customers import CustomerInput

ASHA = CustomerInput(
    name="Asha Patil",
    mobile="+91 98765 43210",
    alternate_phone="020 2445 9999",
    address="5 Shivaji Nagar",
    city="Pune",
    state_code="27",
    pin_code="411 005",
    email="asha@example.in",
    birthday=date(1988, 8, 14),
    anniversary=date(2012, 2, 5),
    native_place="Satara",
    family="husband Rajesh; daughter Priya (wedding next year)",
    wearer="daughter",
    heard_from="newspaper",
    preferred_contact="whatsapp",
    spending_capacity="2-5 lakh",
    pan="abcpe1234f",
    notes="likes temple jewellery",
)


def test_save_and_find_by_mobile_in_several_forms(services: Services, owner: UserInfo) -> None:
    """Saved once, the customer is found whichever way the number is written."""
    saved = services.customers.save(ASHA, by=owner)
    assert (saved.mobile, saved.pan, saved.pin_code) == ("9876543210", "ABCPE1234F", "411005")
    assert saved.birthday == date(1988, 8, 14) and saved.preferred_contact == "whatsapp"
    for form in ("9876543210", "+919876543210", "09876543210", "98765-43210", "+91 98765 43210"):
        found = services.customers.find_by_mobile(form)
        assert found is not None and found.id == saved.id, form
    assert services.customers.find_by_mobile("9123456789") is None


def test_devanagari_names_are_kept_and_searchable(services: Services, owner: UserInfo) -> None:
    """Hindi names round-trip exactly and are found by the start of any word."""
    ram = services.customers.save(
        CustomerInput(name="राम कुमार शर्मा", mobile="9812345678"), by=owner
    )
    services.customers.save(CustomerInput(name="Ramesh Gupta", mobile="9812345679"), by=owner)
    assert services.customers.get(ram.id).name == "राम कुमार शर्मा"
    assert [c.name for c in services.customers.search("राम")] == ["राम कुमार शर्मा"]
    assert [c.name for c in services.customers.search("शर्मा")] == ["राम कुमार शर्मा"]
    assert [c.name for c in services.customers.search("RAM")] == ["Ramesh Gupta"]
    assert [c.name for c in services.customers.search("gupta")] == ["Ramesh Gupta"]


def test_search_by_mobile_prefix(services: Services, owner: UserInfo) -> None:
    """Digits search mobile numbers by prefix."""
    services.customers.save(replace(ASHA, pan=""), by=owner)
    services.customers.save(CustomerInput(name="B", mobile="9876000000"), by=owner)
    services.customers.save(CustomerInput(name="C", mobile="7000000000"), by=owner)
    assert [c.mobile for c in services.customers.search("9876")] == ["9876000000", "9876543210"]
    assert [c.mobile for c in services.customers.search("+91 98765 43210")] == ["9876543210"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"pan": "ABCDE12345"}, "pan"),
        ({"pan": "ABCXE1234F"}, "pan"),
        ({"mobile": "12345"}, "mobile"),
        ({"mobile": "5876543210"}, "mobile"),
        ({"pin_code": "01234"}, "pin_code"),
        ({"gstin": "27AAPFU0939F1ZX"}, "gstin"),
        ({"state_code": "29", "gstin": "27AAPFU0939F1ZV"}, "state_code"),
        ({"email": "asha@"}, "email"),
        ({"name": " "}, "name"),
        ({"preferred_contact": "pigeon"}, "preferred_contact"),
    ],
)
def test_bad_values_are_refused(
    services: Services, owner: UserInfo, changes: dict[str, str], field: str
) -> None:
    """A bad PAN, mobile, PIN code, GSTIN, state, e-mail or name is a ValidationError."""
    with pytest.raises(ValidationError) as err:
        services.customers.save(replace(ASHA, **changes), by=owner)
    assert err.value.field == field
    assert services.customers.search("") == []


def test_mobile_numbers_are_unique(services: Services, owner: UserInfo) -> None:
    """A second customer with the same mobile number (in any form) is refused."""
    services.customers.save(ASHA, by=owner)
    with pytest.raises(DuplicateValue):
        services.customers.save(CustomerInput(name="Other", mobile="09876543210"), by=owner)


def test_update_changes_the_row_and_queues_an_update(
    services: Services, owner: UserInfo, clock: FixedClock
) -> None:
    """Saving with an id updates that customer; the outbox gets an update record."""
    saved = services.customers.save(ASHA, by=owner)
    clock.advance(timedelta(minutes=5))
    updated = services.customers.save(
        replace(ASHA, id=saved.id, city="Mumbai", gstin="27AAPFU0939F1ZV"), by=owner
    )
    assert (updated.id, updated.city, updated.gstin) == (saved.id, "Mumbai", "27AAPFU0939F1ZV")
    assert updated.updated_at > saved.updated_at and updated.created_at == saved.created_at
    with services.uow.read() as s:
        ops = s.scalars(
            select(SyncOutbox.op).where(SyncOutbox.row_id == saved.id).order_by(SyncOutbox.seq)
        ).all()
    assert ops == ["insert", "update"]
    with pytest.raises(NotFound):
        services.customers.save(replace(ASHA, id="missing"), by=owner)

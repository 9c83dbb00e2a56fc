"""The customer search finds a later word of a name through the word index (migration 0014's
triggers keep it on insert, rename and delete), in English and Devanagari."""

from __future__ import annotations

from sqlalchemy import func, select

from jewelpos.db.models import Customer
from jewelpos.db.models_crm import CustomerNameWord
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.customers import CustomerInput


def _names(services: Services, text: str) -> set[str]:
    return {c.name for c in services.customers.search(text)}


def test_a_later_word_finds_the_customer_and_a_rename_moves_it(
    services: Services, owner: UserInfo
) -> None:
    """ "sharma" and "ram" find Priya Ramesh Sharma; after renaming her Priya Verma, "verma"
    finds her and "sharma" no longer does."""
    c = services.customers.save(CustomerInput("Priya Ramesh Sharma", "9822011111"), by=owner)
    services.customers.save(CustomerInput("Sharmila Rao", "9822011112"), by=owner)
    assert _names(services, "sharma") == {"Priya Ramesh Sharma"}
    assert _names(services, "ram") == {"Priya Ramesh Sharma"}
    assert _names(services, "sharm") == {"Sharmila Rao", "Priya Ramesh Sharma"}
    services.customers.save(CustomerInput("Priya Verma", "9822011111", id=c.id), by=owner)
    assert _names(services, "verma") == {"Priya Verma"}
    assert _names(services, "sharma") == set()


def test_devanagari_and_long_names_are_indexed_word_by_word(
    services: Services, owner: UserInfo
) -> None:
    """शर्मा finds प्रिया शर्मा; the 8th word of a long name finds it; a deleted customer leaves
    no words behind."""
    services.customers.save(CustomerInput("प्रिया शर्मा", "9822011121"), by=owner)
    long = "Sri Venkata Lakshmi Narasimha Rao Garu Pedda Kondapalli"
    services.customers.save(CustomerInput(long, "9822011122"), by=owner)
    assert _names(services, "शर्मा") == {"प्रिया शर्मा"}
    assert _names(services, "kondapalli") == {long}
    assert _names(services, "narasimha rao") == {long}
    with services.uow.begin() as s:
        gone = s.scalars(select(Customer).where(Customer.mobile == "9822011122")).one()
        s.delete(gone)
    with services.uow.read() as s:
        left = s.scalar(select(func.count()).select_from(CustomerNameWord))
    assert left == 1  # only शर्मा of प्रिया शर्मा

"""First-run setup and PIN login."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from factories import OWNER_PIN, SHOP
from jewelpos.db.models import AppUser, AuditLog, SyncOutbox
from jewelpos.domain.errors import (
    AlreadyInitialised,
    DuplicateValue,
    InvalidCredentials,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from jewelpos.services import Services
from jewelpos.services.auth import Role, UserInfo
from jewelpos.services.setup import ShopInfo


def test_setup_creates_the_shop_counter_owner_and_categories(services: Services) -> None:
    """Initialising records shop, branch, this counter and the owner; categories exist."""
    assert not services.setup.is_initialised()
    info = services.setup.initialise(SHOP)
    assert services.setup.is_initialised()
    assert services.setup.shop_info() == info
    assert (info.branch_code, info.counter_code, info.counter_label) == ("B1", "C2", "B1-C2")
    assert (info.state_code, info.state_name) == ("27", "Maharashtra")
    assert [u.username for u in services.auth.users()] == ["owner"]
    metals = {c.metal for c in services.stock.categories()}
    assert metals == {"gold", "silver"}


def test_setup_is_audited_and_queued_for_head_office(services: Services) -> None:
    """Setup writes an audit entry and outbox records stamped with the new counter's id."""
    info = services.setup.initialise(SHOP)
    with services.uow.read() as s:
        actions = s.scalars(select(AuditLog.action)).all()
        devices = set(s.scalars(select(SyncOutbox.payload["device_id"].as_string())).all())
        tables = set(s.scalars(select(SyncOutbox.table_name)).all())
    assert actions == ["setup"]
    assert devices == {info.device_id}
    assert {"shop", "branch", "device", "app_user", "category", "audit_log"} <= tables


def test_setup_runs_only_once(services: Services) -> None:
    """A second initialise is refused."""
    services.setup.initialise(SHOP)
    with pytest.raises(AlreadyInitialised):
        services.setup.initialise(SHOP)


def test_shop_info_before_setup_is_not_found(services: Services) -> None:
    """Asking for the shop before setup raises NotFound."""
    with pytest.raises(NotFound):
        services.setup.shop_info()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"gstin": "27AAPFU0939F1ZX"}, "gstin"),
        ({"state_code": "29"}, "state_code"),
        ({"gstin": "", "state_code": "00"}, "state_code"),
        ({"pin_code": "011001"}, "pin_code"),
        ({"owner_pin": "12"}, "owner_pin"),
        ({"owner_pin": "12ab"}, "owner_pin"),
        ({"branch_code": "BRANCH1"}, "branch_code"),
        ({"shop_name": "  "}, "shop_name"),
    ],
)
def test_setup_validates_its_input(services: Services, changes: dict[str, str], field: str) -> None:
    """A bad GSTIN, state, PIN code, owner PIN or code is refused naming the field; nothing saved."""
    with pytest.raises(ValidationError) as err:
        services.setup.initialise(replace(SHOP, **changes))
    assert err.value.field == field
    assert not services.setup.is_initialised()


def test_setup_without_gstin_needs_only_the_state(services: Services) -> None:
    """An unregistered shop gives a state code and no GSTIN."""
    info = services.setup.initialise(replace(SHOP, gstin="", state_code="09", pin_code=""))
    assert (info.gstin, info.state_code, info.state_name) == ("", "09", "Uttar Pradesh")


def test_login_with_the_right_pin(shop: tuple[ShopInfo, UserInfo]) -> None:
    """The owner logs in with the PIN chosen at setup and may manage."""
    user = shop[1]
    assert (user.username, user.role, user.display_name) == ("owner", Role.OWNER, SHOP.owner_name)
    assert user.can_manage


@pytest.mark.usefixtures("shop")
@pytest.mark.parametrize(
    ("username", "pin"), [("owner", "1112"), ("nobody", OWNER_PIN), ("owner", "")]
)
def test_login_with_a_wrong_pin_or_user_fails(services: Services, username: str, pin: str) -> None:
    """A wrong PIN or unknown user is InvalidCredentials."""
    with pytest.raises(InvalidCredentials):
        services.auth.login(username, pin)


def test_pins_are_stored_as_argon2_hashes(services: Services, owner: UserInfo) -> None:
    """The PIN itself is never stored."""
    with services.uow.read() as s:
        stored = s.scalars(select(AppUser.pin_hash)).one()
    assert stored.startswith("$argon2") and OWNER_PIN not in stored


def test_manager_adds_a_cashier_who_cannot_add_users(services: Services, owner: UserInfo) -> None:
    """Owners add managers, managers add cashiers (not owners), cashiers add nobody; audited."""
    manager = services.auth.add_user(
        username="Meena", display_name="मीना शर्मा", role=Role.MANAGER, pin="2222", by=owner
    )
    cashier = services.auth.add_user(
        username="ravi",
        display_name="Ravi",
        role="cashier",
        pin="333333",
        language="hi",
        by=manager,
    )
    assert manager.username == "meena" and manager.can_manage
    assert services.auth.login("ravi", "333333") == cashier
    assert not cashier.can_manage and cashier.language == "hi"
    with pytest.raises(PermissionDenied):
        services.auth.add_user(
            username="x11", display_name="X", role="cashier", pin="1234", by=cashier
        )
    with pytest.raises(PermissionDenied):
        services.auth.add_user(
            username="own2", display_name="M", role="owner", pin="1234", by=manager
        )
    with pytest.raises(DuplicateValue):
        services.auth.add_user(
            username="ravi", display_name="R", role="cashier", pin="1234", by=owner
        )
    with services.uow.read() as s:
        assert s.scalars(select(AuditLog.action).where(AuditLog.action == "user.add")).all() == [
            "user.add",
            "user.add",
        ]


def test_set_language_is_remembered(services: Services, owner: UserInfo) -> None:
    """The chosen language comes back at the next login; unknown languages are refused."""
    assert services.auth.set_language(owner.id, "hi").language == "hi"
    assert services.auth.login("owner", OWNER_PIN).language == "hi"
    with pytest.raises(ValidationError):
        services.auth.set_language(owner.id, "fr")


def test_change_pin(services: Services, owner: UserInfo) -> None:
    """After a PIN change only the new PIN works."""
    services.auth.change_pin(owner.id, old_pin=OWNER_PIN, new_pin="97531")
    with pytest.raises(InvalidCredentials):
        services.auth.login("owner", OWNER_PIN)
    assert services.auth.login("owner", "97531").id == owner.id

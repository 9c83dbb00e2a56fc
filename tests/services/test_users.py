"""Staff rules in the users service: who may manage whom, the last owner, user names, PINs,
the wrong-PIN lock, PIN resets, deactivation, and the audit entry of every change."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from factories import OWNER_PIN
from jewelpos.db.models import AppUser, AuditLog
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import (
    DuplicateValue,
    InvalidCredentials,
    LastOwner,
    PermissionDenied,
    UserLocked,
    ValidationError,
)
from jewelpos.services import Services
from jewelpos.services.auth import LOCK_MINUTES, MAX_WRONG_PINS, Role, UserInfo
from jewelpos.services.billing import APPROVE_BELOW_FLOOR
from jewelpos.services.users import IT_USER, StaffMember


def _add(
    services: Services, by: UserInfo, username: str, role: Role, pin: str = "2468"
) -> StaffMember:
    return services.users.add_user(
        username=username, display_name=username.title(), role=role, pin=pin, by=by
    )


def _actions(services: Services) -> list[str]:
    with services.uow.read() as s:
        return list(
            s.scalars(
                select(AuditLog.action)
                .where(AuditLog.entity == "app_user")
                .order_by(AuditLog.created_at, AuditLog.id)
            ).all()
        )


def test_owner_adds_staff_and_lists_them(services: Services, owner: UserInfo) -> None:
    """The owner adds a manager, a cashier and a salesperson; the list shows all four users."""
    _add(services, owner, "meena", Role.MANAGER)
    cashier = services.users.add_user(
        username="  Ravi.K ",
        display_name="रवि कुमार",
        role="cashier",
        pin="13579",
        language="hi",
        by=owner,
    )
    _add(services, owner, "sunil", Role.SALESPERSON)
    assert cashier.username == "ravi.k" and cashier.language == "hi" and cashier.active
    listed = {m.username: m.role for m in services.users.list_users(by=owner)}
    assert listed == {
        "owner": Role.OWNER,
        "meena": Role.MANAGER,
        "ravi.k": Role.CASHIER,
        "sunil": Role.SALESPERSON,
    }
    assert services.auth.login("ravi.k", "13579").role is Role.CASHIER


def test_cashiers_and_salespeople_manage_nobody(services: Services, owner: UserInfo) -> None:
    """A cashier or salesperson cannot list, add, change, reset or deactivate users."""
    cashier = _add(services, owner, "ravi", Role.CASHIER).info
    sales = _add(services, owner, "sunil", Role.SALESPERSON).info
    for who in (cashier, sales):
        with pytest.raises(PermissionDenied):
            services.users.list_users(by=who)
        with pytest.raises(PermissionDenied):
            _add(services, who, "newbie", Role.CASHIER)
        with pytest.raises(PermissionDenied):
            services.users.change_role(cashier.id, Role.MANAGER, by=who)
        with pytest.raises(PermissionDenied):
            services.users.reset_pin(sales.id, "9999", by=who)
        with pytest.raises(PermissionDenied):
            services.users.deactivate(owner.id, by=who)
    assert [m.username for m in services.users.list_users(by=owner)].count("newbie") == 0


def test_a_manager_never_makes_or_touches_an_owner(services: Services, owner: UserInfo) -> None:
    """A manager adds managers and cashiers, but cannot add an owner, promote to or demote
    from owner, reset an owner's PIN or deactivate an owner."""
    manager = _add(services, owner, "meena", Role.MANAGER).info
    other = _add(services, manager, "mohan", Role.MANAGER)
    cashier = _add(services, manager, "ravi", Role.CASHIER)
    assert other.role is Role.MANAGER
    with pytest.raises(PermissionDenied):
        _add(services, manager, "boss2", Role.OWNER)
    with pytest.raises(PermissionDenied):
        services.users.change_role(cashier.id, Role.OWNER, by=manager)
    with pytest.raises(PermissionDenied):
        services.users.change_role(owner.id, Role.MANAGER, by=manager)
    with pytest.raises(PermissionDenied):
        services.users.reset_pin(owner.id, "9999", by=manager)
    with pytest.raises(PermissionDenied):
        services.users.deactivate(owner.id, by=manager)
    with pytest.raises(PermissionDenied):
        services.users.reactivate(owner.id, by=manager)
    # what a manager may do to non-owners
    assert services.users.change_role(cashier.id, Role.SALESPERSON, by=manager).role is (
        Role.SALESPERSON
    )
    assert not services.users.deactivate(other.id, by=manager).active


def test_the_last_active_owner_stays(services: Services, owner: UserInfo) -> None:
    """The only active owner can be neither deactivated nor demoted; with a second owner both
    work, and a deactivated owner does not count as the one that stays."""
    manager = _add(services, owner, "meena", Role.MANAGER).info
    with pytest.raises(LastOwner):
        services.users.change_role(owner.id, Role.MANAGER, by=owner)
    with pytest.raises(LastOwner):
        services.users.deactivate(owner.id, by=IT_USER)
    second = _add(services, owner, "partner", Role.OWNER)
    services.users.deactivate(second.id, by=owner)
    with pytest.raises(LastOwner):  # the other owner is deactivated: still the last
        services.users.change_role(owner.id, Role.MANAGER, by=owner)
    services.users.reactivate(second.id, by=owner)
    demoted = services.users.change_role(owner.id, Role.MANAGER, by=owner)
    assert demoted.role is Role.MANAGER
    with pytest.raises(PermissionDenied):  # a manager never touches an owner
        services.users.deactivate(second.id, by=manager)
    with pytest.raises(LastOwner):
        services.users.deactivate(second.id, by=IT_USER)
    with pytest.raises(LastOwner):
        services.users.change_role(second.id, Role.CASHIER, by=second.info)


def test_nobody_deactivates_themselves(services: Services, owner: UserInfo) -> None:
    """Deactivating your own user is refused (you would lock yourself out mid-shift)."""
    manager = _add(services, owner, "meena", Role.MANAGER)
    with pytest.raises(PermissionDenied):
        services.users.deactivate(manager.id, by=manager.info)


@pytest.mark.parametrize(
    "username",
    ["ab", "a" * 33, "ravi kumar", "ravi@shop", "-ravi", "रवि", ""],
)
def test_user_names_are_3_to_32_plain_characters(
    services: Services, owner: UserInfo, username: str
) -> None:
    """A user name is 3-32 of a-z, 0-9, '.', '_', '-' (starting with a letter or digit)."""
    with pytest.raises(ValidationError) as err:
        _add(services, owner, username, Role.CASHIER)
    assert err.value.field == "username"


def test_user_names_are_cleaned_and_unique(services: Services, owner: UserInfo) -> None:
    """Spaces and capitals are cleaned away; a taken name (in any case) is refused."""
    assert _add(services, owner, "  RAVI_1 ", Role.CASHIER).username == "ravi_1"
    assert _add(services, owner, "a" * 32, Role.CASHIER).username == "a" * 32
    assert _add(services, owner, "abc", Role.CASHIER).username == "abc"
    with pytest.raises(DuplicateValue):
        _add(services, owner, "Ravi_1", Role.SALESPERSON)


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "1234\n", "", "१२३४"])
def test_pins_are_4_to_8_digits(services: Services, owner: UserInfo, pin: str) -> None:
    """A PIN is 4 to 8 ASCII digits, nothing else (not even a trailing newline)."""
    with pytest.raises(ValidationError) as err:
        _add(services, owner, "ravi", Role.CASHIER, pin=pin)
    assert err.value.field == "pin"


def test_pins_are_argon2_hashes(services: Services, owner: UserInfo) -> None:
    """A new user's PIN and a reset PIN are stored as argon2 hashes, never as typed."""
    ravi = _add(services, owner, "ravi", Role.CASHIER, pin="86420")
    services.users.reset_pin(ravi.id, "97531", by=owner)
    with services.uow.read() as s:
        stored = s.get(AppUser, ravi.id)
        assert stored is not None
        assert stored.pin_hash.startswith("$argon2id$") and "97531" not in stored.pin_hash


def test_five_wrong_pins_lock_the_user_for_a_few_minutes(
    services: Services, owner: UserInfo, clock: FixedClock
) -> None:
    """The fifth wrong PIN in a row locks the user for LOCK_MINUTES with the time to try
    again; the right PIN is refused until then and works after."""
    _add(services, owner, "ravi", Role.CASHIER, pin="2468")
    for _ in range(MAX_WRONG_PINS - 1):
        with pytest.raises(InvalidCredentials):
            services.auth.login("ravi", "0000")
    with pytest.raises(UserLocked) as err:
        services.auth.login("ravi", "0000")
    # 10:30 in the shop (SHOP_MORNING) + 5 minutes = 10:35
    assert LOCK_MINUTES == 5
    assert "10:35" in err.value.message
    assert err.value.params["until"] == clock.now() + timedelta(minutes=5)
    assert _actions(services)[-1] == "user.locked"  # the lock itself is in the audit log
    clock.advance(timedelta(minutes=4, seconds=59))
    with pytest.raises(UserLocked):
        services.auth.login("ravi", "2468")
    member = services.users.find("ravi", by=owner)
    assert member.locked_until == clock.now() + timedelta(seconds=1)
    clock.advance(timedelta(seconds=1))
    assert services.auth.login("ravi", "2468").username == "ravi"
    assert services.users.find("ravi", by=owner).locked_until is None


def test_a_right_pin_resets_the_count(services: Services, owner: UserInfo) -> None:
    """Four wrong, one right, four wrong: never five in a row, so never locked."""
    _add(services, owner, "ravi", Role.CASHIER, pin="2468")
    for _ in range(2):
        for _ in range(MAX_WRONG_PINS - 1):
            with pytest.raises(InvalidCredentials):
                services.auth.login("ravi", "1357")
        services.auth.login("ravi", "2468")


def test_the_lock_is_per_user(services: Services, owner: UserInfo) -> None:
    """A locked cashier does not lock anyone else out."""
    _add(services, owner, "ravi", Role.CASHIER, pin="2468")
    for _ in range(MAX_WRONG_PINS - 1):
        with pytest.raises(InvalidCredentials):
            services.auth.login("ravi", "1357")
    with pytest.raises(UserLocked):
        services.auth.login("ravi", "1357")
    assert services.auth.login("owner", OWNER_PIN).id == owner.id


def test_approval_pins_count_towards_the_lock(services: Services, owner: UserInfo) -> None:
    """Guessing a manager's PIN in the approval dialog locks the manager as login does."""
    _add(services, owner, "meena", Role.MANAGER, pin="8642")
    for _ in range(MAX_WRONG_PINS - 1):
        with pytest.raises(InvalidCredentials):
            services.billing.approve(username="meena", pin="1111", what=APPROVE_BELOW_FLOOR)
    with pytest.raises(UserLocked):
        services.billing.approve(username="meena", pin="1111", what=APPROVE_BELOW_FLOOR)
    with pytest.raises(UserLocked):
        services.auth.login("meena", "8642")


def test_a_reset_pin_must_be_replaced_at_the_next_login(
    services: Services, owner: UserInfo
) -> None:
    """After a reset, login with the temporary PIN says a new PIN is due; the new PIN must
    differ from the temporary one; then the flag is gone and only the new PIN works."""
    ravi = _add(services, owner, "ravi", Role.CASHIER, pin="2468")
    reset = services.users.reset_pin(ravi.id, "5555", by=owner)
    assert reset.must_change_pin
    with pytest.raises(InvalidCredentials):
        services.auth.login("ravi", "2468")
    user = services.auth.login("ravi", "5555")
    assert user.must_change_pin
    with pytest.raises(ValidationError):
        services.auth.change_pin(user.id, old_pin="5555", new_pin="5555")
    changed = services.auth.change_pin(user.id, old_pin="5555", new_pin="7777")
    assert not changed.must_change_pin
    assert not services.auth.login("ravi", "7777").must_change_pin
    with pytest.raises(InvalidCredentials):
        services.auth.login("ravi", "5555")


def test_a_reset_unlocks_a_locked_user(services: Services, owner: UserInfo) -> None:
    """A manager's PIN reset lets a locked-out cashier in at once with the temporary PIN."""
    manager = _add(services, owner, "meena", Role.MANAGER).info
    ravi = _add(services, owner, "ravi", Role.CASHIER, pin="2468")
    for _ in range(MAX_WRONG_PINS - 1):
        with pytest.raises(InvalidCredentials):
            services.auth.login("ravi", "1357")
    with pytest.raises(UserLocked):
        services.auth.login("ravi", "1357")
    services.users.reset_pin(ravi.id, "4321", by=manager)
    assert services.auth.login("ravi", "4321").must_change_pin


def test_deactivated_users_stay_but_cannot_log_in(
    services: Services, owner: UserInfo, clock: FixedClock
) -> None:
    """Deactivation keeps the row (documents name it), hides the user from the login list and
    refuses their PIN; reactivation lets them in again with the same PIN."""
    ravi = _add(services, owner, "ravi", Role.CASHIER, pin="2468")
    gone = services.users.deactivate(ravi.id, by=owner)
    assert not gone.active and gone.deactivated_at == clock.now()
    assert "ravi" not in [u.username for u in services.auth.users()]
    with pytest.raises(InvalidCredentials):
        services.auth.login("ravi", "2468")
    listed = services.users.find("ravi", by=owner)
    assert not listed.active
    back = services.users.reactivate(ravi.id, by=owner)
    assert back.active and back.deactivated_at is None
    assert services.auth.login("ravi", "2468").id == ravi.id


def test_a_demoted_manager_loses_the_right_at_once(services: Services, owner: UserInfo) -> None:
    """The actor's role is read from the database: a manager made cashier (even while still
    logged in as a manager) can no longer add users."""
    manager = _add(services, owner, "meena", Role.MANAGER).info
    services.users.change_role(manager.id, Role.CASHIER, by=owner)
    with pytest.raises(PermissionDenied):
        _add(services, manager, "ravi", Role.CASHIER)


def test_every_change_is_in_the_audit_log(services: Services, owner: UserInfo) -> None:
    """Add, role change, PIN reset, deactivation and reactivation each leave one audit entry;
    the command line's changes are recorded as 'cli'."""
    ravi = _add(services, owner, "ravi", Role.CASHIER)
    services.users.change_role(ravi.id, Role.SALESPERSON, by=owner)
    services.users.change_role(ravi.id, Role.SALESPERSON, by=owner)  # no change, no entry
    services.users.reset_pin(ravi.id, "9753", by=owner)
    services.users.deactivate(ravi.id, by=IT_USER)
    services.users.reactivate(ravi.id, by=owner)
    assert _actions(services)[-5:] == [
        "user.add",
        "user.role",
        "user.reset_pin",
        "user.deactivate",
        "user.reactivate",
    ]
    with services.uow.read() as s:
        rows = s.execute(
            select(AuditLog.user_id, AuditLog.details).where(AuditLog.action == "user.deactivate")
        ).all()
        role = s.scalars(select(AuditLog.details).where(AuditLog.action == "user.role")).one()
    assert rows[0][0] == "cli" and rows[0][1]["username"] == "ravi"
    assert role["from"] == "cashier" and role["to"] == "salesperson"

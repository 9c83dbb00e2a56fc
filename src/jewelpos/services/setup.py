"""First-run setup: the shop, its branch, this counter, the owner and default categories.

A counter enrolled before setup first pulls head office's data through the ``initial_pull`` the
composition root gives. One joining a branch head office already knows
(``HeadOfficeLink.branch_has_data``) then creates neither categories nor an owner: those come
from there, and a second set would collide with the first counter's (same category codes, same
user names). The first counter of a branch makes the owner and the default categories whose
codes head office's catalogue does not already use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser, Branch, Category, Device, Shop
from jewelpos.db.models_sync import (
    STATE_BRANCH_CODE,
    STATE_BRANCH_HAS_DATA,
    STATE_BRANCH_NAME,
    STATE_COUNTER_CODE,
    STATE_DEVICE_ID,
    STATE_LOCAL_BRANCH_ID,
    STATE_SERVER_URL,
    SyncState,
)
from jewelpos.db.numbering import SeriesCodes
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import AlreadyInitialised, JewelPOSError, NotFound, ValidationError
from jewelpos.domain.ids import new_id
from jewelpos.domain.numbering import (
    DocType,
    format_document_number,
    validate_branch_code,
    validate_counter_code,
)
from jewelpos.domain.validation import INDIAN_STATES, validate_gstin, validate_pin_code
from jewelpos.services._common import audit, clean_text
from jewelpos.services.auth import Role, clean_username, new_user_row, valid_pin


@dataclass(frozen=True)
class ShopSetup:
    """What the first-run wizard asks. ``gstin`` and ``pin_code`` may be blank."""

    shop_name: str
    legal_name: str
    gstin: str
    state_code: str
    address: str
    city: str
    pin_code: str
    phone: str
    branch_code: str
    branch_name: str
    counter_code: str
    owner_username: str
    owner_name: str
    owner_pin: str
    owner_language: str = "en"
    email: str = ""


@dataclass(frozen=True)
class HeadOfficeLink:
    """What head office answered when this counter enrolled (before or after setup): its
    address, the branch and counter codes (the invoice series) and this counter's device id."""

    server_url: str
    branch_code: str
    counter_code: str
    branch_name: str
    device_id: str
    branch_has_data: bool = False
    """The branch exists at head office: setup pulls its users and categories, makes none."""
    local_branch_id: str = ""
    """The branch row id the branch's other counters use ("" if head office knows none)."""

    def first_number(self, doc_type: DocType, day: date) -> str:
        """The first number this counter's series of ``doc_type`` will give (IB1-C2/25/00001)."""
        return format_document_number(
            doc_type, branch_code=self.branch_code, counter_code=self.counter_code, day=day, seq=1
        )


class BranchDataMissing(JewelPOSError):
    """A counter joining an existing branch found no users after pulling from head office
    (the branch's first counter has not sent them yet)."""

    code = "branch_data_missing"


@dataclass(frozen=True)
class ShopInfo:
    shop_name: str
    legal_name: str
    gstin: str
    state_code: str
    state_name: str
    address: str
    city: str
    pin_code: str
    phone: str
    branch_id: str
    branch_code: str
    branch_name: str
    device_id: str
    counter_code: str

    @property
    def series_codes(self) -> SeriesCodes:
        """Who numbers this counter's documents: pass to ``allocate_number`` as ``**codes``."""
        return SeriesCodes(
            device_id=self.device_id, branch_code=self.branch_code, counter_code=self.counter_code
        )

    @property
    def counter_label(self) -> str:
        """Branch and counter as people read them: ``B1-C2`` (as in its document numbers)."""
        return f"{self.branch_code}-{self.counter_code}"


# code, name, Hindi name, metal, purity, HSN, wastage %, wastage on, making kind, making value
DEFAULT_CATEGORIES: tuple[tuple[str, str, str, str, int, str, int, str, str, int], ...] = (
    ("RING", "Gold ring", "सोने की अंगूठी", "gold", 916, "7113", 800, "weight", "per_g", 45000),
    ("CHAIN", "Gold chain", "सोने की चेन", "gold", 916, "7113", 1200, "value", "per_g", 0),
    ("NECK", "Necklace", "हार", "gold", 916, "7113", 1400, "value", "per_g", 0),
    ("BANGLE", "Bangle", "चूड़ी", "gold", 916, "7113", 1000, "value", "per_g", 0),
    ("EARRING", "Earrings", "कान की बाली", "gold", 916, "7113", 1200, "value", "per_g", 0),
    ("PENDANT", "Pendant", "पेंडेंट", "gold", 916, "7113", 1200, "value", "per_g", 0),
    ("MANGAL", "Mangalsutra", "मंगलसूत्र", "gold", 916, "7113", 1200, "value", "per_g", 0),
    ("GCOIN", "Gold coin", "सोने का सिक्का", "gold", 999, "7118", 0, "value", "flat", 50000),
    ("PAYAL", "Silver anklet", "चाँदी की पायल", "silver", 925, "7113", 0, "value", "per_g", 1500),
    ("SART", "Silver article", "चाँदी का बर्तन", "silver", 999, "7114", 0, "value", "percent", 800),
    ("SCOIN", "Silver coin", "चाँदी का सिक्का", "silver", 999, "7118", 0, "value", "flat", 5000),
)


def _owner_field(field: str, check: Callable[[str], str], value: str) -> str:
    try:
        return check(value)
    except ValidationError as e:  # the owner's fields have their own names in setup
        raise ValidationError(field, e.problem) from None


def validate_setup(data: ShopSetup, *, with_owner: bool = True) -> ShopSetup:
    """The setup with cleaned values, or ValidationError naming the first bad field.

    ``with_owner=False`` (a counter joining a branch head office knows: its users come from
    there) leaves the owner fields unchecked and empty."""
    state = (data.state_code or "").strip()
    gstin = (data.gstin or "").strip().upper()
    if gstin:
        gstin = validate_gstin(gstin)
        if state and state != gstin[:2]:
            raise ValidationError("state_code", f"the GSTIN is registered in state {gstin[:2]}")
        state = gstin[:2]
    if state not in INDIAN_STATES:
        raise ValidationError("state_code", "choose the shop's state")
    pin = validate_pin_code(data.pin_code) if (data.pin_code or "").strip() else ""
    branch_code = validate_branch_code(data.branch_code)
    counter_code = validate_counter_code(data.counter_code)
    return ShopSetup(
        shop_name=clean_text(data.shop_name, field="shop_name", max_len=120, required=True),
        legal_name=clean_text(data.legal_name, field="legal_name", max_len=200),
        gstin=gstin,
        state_code=state,
        address=clean_text(data.address, field="address", max_len=500),
        city=clean_text(data.city, field="city", max_len=80),
        pin_code=pin,
        phone=clean_text(data.phone, field="phone", max_len=20),
        branch_code=branch_code,
        branch_name=clean_text(data.branch_name or "Main", field="branch_name", max_len=120),
        counter_code=counter_code,
        owner_username=(
            _owner_field("owner_username", clean_username, data.owner_username)
            if with_owner
            else ""
        ),
        owner_name=(
            clean_text(data.owner_name, field="owner_name", max_len=120, required=True)
            if with_owner
            else ""
        ),
        owner_pin=_owner_field("owner_pin", valid_pin, data.owner_pin) if with_owner else "",
        owner_language=data.owner_language,
        email=clean_text(data.email, field="email", max_len=120),
    )


class SetupService:
    """First-run initialisation and the shop's identity."""

    def __init__(
        self, uow: UnitOfWork, clock: Clock, *, initial_pull: Callable[[], object] | None = None
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._initial_pull = initial_pull

    def is_initialised(self) -> bool:
        with self._uow.read() as s:
            return s.scalar(select(Device.id).where(Device.is_local.is_(True))) is not None

    def head_office_link(self) -> HeadOfficeLink | None:
        """The enrolment kept in sync_state, if this counter has enrolled with head office."""
        with self._uow.read() as s:
            state = {k: v for k, v in s.execute(select(SyncState.key, SyncState.value))}
        if not state.get(STATE_SERVER_URL) or not state.get(STATE_DEVICE_ID):
            return None
        return HeadOfficeLink(
            server_url=state[STATE_SERVER_URL],
            branch_code=state.get(STATE_BRANCH_CODE, ""),
            counter_code=state.get(STATE_COUNTER_CODE, ""),
            branch_name=state.get(STATE_BRANCH_NAME, ""),
            device_id=state[STATE_DEVICE_ID],
            branch_has_data=state.get(STATE_BRANCH_HAS_DATA) == "1",
            local_branch_id=state.get(STATE_LOCAL_BRANCH_ID, ""),
        )

    def initialise(self, data: ShopSetup) -> ShopInfo:
        """Create shop, branch, this counter, the owner (argon2 PIN) and default categories in one
        transaction. AlreadyInitialised if this counter is set up; ValidationError on bad input.

        A counter enrolled with head office before setup becomes the enrolled device, and its
        branch and counter codes must be head office's (ValidationError otherwise), and head
        office's data is pulled first (a network error of the pull comes as it is). When head
        office said the branch exists, the owner and categories come from there: the owner
        fields are then ignored, and BranchDataMissing says that no user arrived to log in with.
        """
        link = self.head_office_link()
        clean = validate_setup(data, with_owner=not (link is not None and link.branch_has_data))
        if link is not None:
            for field, mine, theirs in (
                ("branch_code", clean.branch_code, link.branch_code),
                ("counter_code", clean.counter_code, link.counter_code),
            ):
                if mine != theirs:
                    raise ValidationError(
                        field, f"head office knows this counter as {theirs}, not {mine}"
                    )
        joining = link is not None and link.branch_has_data
        if joining and self._initial_pull is None:
            raise RuntimeError("a counter joining a branch needs initial_pull")
        if link is not None and self._initial_pull is not None:
            if self.is_initialised():
                raise AlreadyInitialised("This counter is already set up.")
            self._initial_pull()
        if joining:
            with self._uow.read() as s:
                users = s.scalar(
                    select(func.count()).select_from(AppUser).where(AppUser.active.is_(True))
                )
            if not users:
                raise BranchDataMissing(
                    f"Head office has no users of branch {clean.branch_code} yet: sync the "
                    "branch's first counter, then finish setup here again."
                )
        owner = (
            None
            if joining
            else new_user_row(
                username=clean.owner_username,
                display_name=clean.owner_name,
                role=Role.OWNER,
                pin=clean.owner_pin,
                language=clean.owner_language,
            )
        )
        branch_id = (link.local_branch_id if link is not None else "") or new_id()
        device_id = link.device_id if link is not None else new_id()
        ident = {"branch_id": branch_id, "device_id": device_id}
        now = self._clock.now()
        with self._uow.begin() as s:
            if s.scalar(select(Device.id).where(Device.is_local.is_(True))) is not None:
                raise AlreadyInitialised("This counter is already set up.")
            shop = Shop(
                id=new_id(),
                name=clean.shop_name,
                legal_name=clean.legal_name or clean.shop_name,
                gstin=clean.gstin,
                state_code=clean.state_code,
                address=clean.address,
                city=clean.city,
                pin_code=clean.pin_code,
                phone=clean.phone,
                email=clean.email,
                **ident,
            )
            branch = Branch(
                id=branch_id,
                shop_id=shop.id,
                code=clean.branch_code,
                name=clean.branch_name,
                address=clean.address,
                city=clean.city,
                state_code=clean.state_code,
                pin_code=clean.pin_code,
                phone=clean.phone,
                device_id=device_id,
            )
            device = Device(
                id=device_id,
                code=clean.counter_code,
                name=f"Counter {clean.counter_code}",
                is_local=True,
                branch_id=branch_id,
            )
            # no ORM relationships: flush parents first so foreign keys hold
            s.add_all([shop, device])
            s.flush()
            s.add(branch)
            if owner is not None:
                owner.branch_id, owner.device_id = branch_id, device_id
                s.add(owner)
            taken = set(s.scalars(select(Category.code)))
            for (
                code,
                name,
                name_hi,
                metal,
                purity,
                hsn,
                w_bp,
                w_on,
                m_kind,
                m_val,
            ) in () if joining else DEFAULT_CATEGORIES:
                if code in taken:  # head office's catalogue has it already
                    continue
                s.add(
                    Category(
                        code=code,
                        name=name,
                        name_hi=name_hi,
                        metal=metal,
                        default_purity=purity,
                        hsn=hsn,
                        wastage_bp=w_bp,
                        wastage_on=w_on,
                        making_kind=m_kind,
                        making_value=m_val,
                        active=True,
                        **ident,
                    )
                )
            s.flush()
            audit(
                s,
                user_id=owner.id if owner is not None else None,
                action="setup",
                entity="shop",
                entity_id=shop.id,
                at=now,
                details={
                    "shop_name": clean.shop_name,
                    "branch_code": clean.branch_code,
                    "counter_code": clean.counter_code,
                    "owner": owner.username if owner is not None else "",
                    "joined_branch": joining,
                },
            )
            info = shop_info_of(shop, branch, device)
        self._uow.capture.set_identity(branch_id=branch_id, device_id=device_id)
        return info

    def shop_info(self) -> ShopInfo:
        """The shop, branch and counter identity; NotFound before setup."""
        with self._uow.read() as s:
            return local_shop_info(s)


def local_shop_info(s: Session) -> ShopInfo:
    """This counter's shop, branch and device (the one shop-identity query); NotFound before
    setup."""
    found = s.execute(
        select(Device, Branch, Shop)
        .join(Branch, Branch.id == Device.branch_id)
        .join(Shop, Shop.id == Branch.shop_id)
        .where(Device.is_local.is_(True))
    ).first()
    if found is None:
        raise NotFound("This counter is not set up yet.")
    device, branch, shop = found
    return shop_info_of(shop, branch, device)


def shop_name(s: Session) -> str:
    """The shop's trade name as printed on tags; "" before setup."""
    return s.scalar(select(Shop.name).limit(1)) or ""


def shop_info_of(shop: Shop, branch: Branch, device: Device) -> ShopInfo:
    """The ShopInfo of this counter's shop, branch and device rows."""
    return ShopInfo(
        shop_name=shop.name,
        legal_name=shop.legal_name,
        gstin=shop.gstin,
        state_code=shop.state_code,
        state_name=INDIAN_STATES.get(shop.state_code, ""),
        address=shop.address,
        city=shop.city,
        pin_code=shop.pin_code,
        phone=shop.phone,
        branch_id=branch.id,
        branch_code=branch.code,
        branch_name=branch.name,
        device_id=device.id,
        counter_code=device.code,
    )

"""Shared test helpers: migrated SQLite files (copied from a per-process template), services, a set-up shop."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from jewelpos.db.backup import copy_database
from jewelpos.db.engine import make_engine
from jewelpos.db.migrate import upgrade_database
from jewelpos.db.models import AppUser
from jewelpos.domain.clock import Clock, FixedClock
from jewelpos.services import Services, build_services
from jewelpos.services.auth import UserInfo, user_info
from jewelpos.services.setup import ShopInfo, ShopSetup
from jewelpos.services.stock import NewPiece

_template: Path | None = None
_shop_template: Path | None = None

# 10:30 in the shop (Asia/Kolkata) on 1 June 2025
SHOP_MORNING = datetime(2025, 6, 1, 5, 0, tzinfo=UTC)

OWNER_PIN = "1111"

SHOP = ShopSetup(
    shop_name="Shree Ganesh Jewellers",
    legal_name="Shree Ganesh Jewellers Pvt Ltd",
    gstin="27AAPFU0939F1ZV",
    state_code="27",
    address="12 Laxmi Road",
    city="Pune",
    pin_code="411030",
    phone="020 2445 1234",
    branch_code="B1",
    branch_name="Laxmi Road",
    counter_code="C2",
    owner_username="owner",
    owner_name="Suresh Soni",
    owner_pin=OWNER_PIN,
)


def migrated_db(dest: Path) -> Path:
    """A fresh database at the latest schema at ``dest`` (copied from a template migrated once)."""
    global _template
    if _template is None or not _template.exists():
        folder = Path(tempfile.mkdtemp(prefix="jewelpos-template-"))
        built = folder / "built.sqlite3"
        upgrade_database(built, folder / "backups", keep=1)
        template = folder / "template.sqlite3"
        copy_database(built, template)  # one self-contained file, not in WAL mode
        _template = template
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_template, dest)
    return dest


def shop_db(dest: Path) -> Path:
    """A database already through first-run setup with ``SHOP`` (set up once per process:
    argon2 hashing makes setup slow), copied to ``dest``."""
    global _shop_template
    if _shop_template is None or not _shop_template.exists():
        folder = Path(tempfile.mkdtemp(prefix="jewelpos-shop-"))
        built = migrated_db(folder / "built.sqlite3")
        services = services_for(built)
        services.setup.initialise(SHOP)
        services.engine.dispose()
        template = folder / "template.sqlite3"
        copy_database(built, template)
        _shop_template = template
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_shop_template, dest)
    return dest


def user_named(services: Services, username: str) -> UserInfo:
    """A user as login would return it, without the (slow) PIN check."""
    with services.uow.read() as s:
        row = s.scalars(select(AppUser).where(AppUser.username == username)).one()
        return user_info(row)


def services_for(db_path: Path, clock: Clock | None = None) -> Services:
    return build_services(make_engine(db_path), clock or FixedClock(SHOP_MORNING))


def set_up_shop(services: Services, setup: ShopSetup = SHOP) -> tuple[ShopInfo, UserInfo]:
    """Run first-run setup and log the owner in."""
    info = services.setup.initialise(setup)
    return info, services.auth.login(setup.owner_username, setup.owner_pin)


def piece(category_id: str, **changes: object) -> NewPiece:
    """A 22K piece of 10 g gross in the given category, with any field changed."""
    values: dict[str, object] = {
        "category_id": category_id,
        "metal": "gold",
        "purity": 916,
        "gross_mg": 10_000,
    }
    values.update(changes)
    return NewPiece(**values)  # type: ignore[arg-type]

"""The shop's settings (hallmark fee, thresholds, cash limit...) as key -> value rows that sync.

Imported at the bottom of db/models.py so they share its metadata; migration 0005 creates them.
A row's id is derived from its branch and key (``setting_id``), so two counters of a branch that
change the same setting write the same row and the later version wins, never a duplicate.
"""

from __future__ import annotations

import uuid

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base, Synced

_NAMESPACE = uuid.UUID("6f1d3c2e-5b7a-4e0f-9a61-2c8d4b7e9f10")


def setting_id(branch_id: str, key: str) -> str:
    """The one id of ``key`` in a branch (the same on every counter of the branch)."""
    return str(uuid.uuid5(_NAMESPACE, f"{branch_id}:{key}"))


class ShopSetting(Synced, Base):
    """One setting of the shop: ``key`` (e.g. ``cash_limit_paise``) and its value as text."""

    __tablename__ = "shop_setting"

    key: Mapped[str] = mapped_column(String(40), index=True)
    value: Mapped[str] = mapped_column(Text)
    set_by: Mapped[str | None] = mapped_column(String(36))

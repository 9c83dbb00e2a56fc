"""A manager changes where messages go from, quiet hours, the default language (synced shop
settings) and this counter's gateways (local; passwords and tokens are never shown back)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from urllib.parse import urlparse

from sqlalchemy import select

from jewelpos.db.models import Device
from jewelpos.db.models_messaging import MessageGatewaySetting
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.messages import LANGUAGES, parse_clock
from jewelpos.services._common import audit, local_device
from jewelpos.services.approvals import require_manager_role
from jewelpos.services.auth import UserInfo
from jewelpos.services.messaging.settings import (
    GATEWAY_FIELDS,
    SECRET_FIELDS,
    SHOP_KEYS,
    GatewaySettings,
    MessagingSettings,
    load_gateways,
    load_messaging,
)
from jewelpos.services.shop_settings import write_setting


@dataclass(frozen=True)
class MessagingConfig:
    """What the settings tab shows: secrets blank, with which of them are stored."""

    messaging: MessagingSettings
    gateways: GatewaySettings
    secrets_set: frozenset[str]
    counters: tuple[tuple[str, str], ...]
    """(device id, "B1/C2 name") of the branch's counters, this one first."""
    this_device: str
    changes: frozenset[str] = frozenset({"message_settings"})


def _check_url(value: str, field: str) -> str:
    if not value:
        return value
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValidationError(field, "type the whole address, like https://sms.example.in/send")
    return value


class MessagingConfigService:
    """Messaging settings; every read and change is for owners and managers only."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def load(self, *, by: UserInfo) -> MessagingConfig:
        with self._uow.read() as s:
            require_manager_role(s, by, action="see the message settings")
            return self._config(s)

    def _config(self, s: object) -> MessagingConfig:
        from sqlalchemy.orm import Session

        assert isinstance(s, Session)
        device, branch = local_device(s)
        gateways = load_gateways(s)
        secrets = frozenset(f for f in SECRET_FIELDS if getattr(gateways, f))
        blank = replace(gateways, **dict.fromkeys(SECRET_FIELDS, ""))
        devices = s.scalars(select(Device).where(Device.branch_id == branch.id)).all()
        counters = sorted(
            ((d.id, f"{branch.code}/{d.code} {d.name}".strip()) for d in devices),
            key=lambda pair: (pair[0] != device.id, pair[1]),
        )
        return MessagingConfig(load_messaging(s), blank, secrets, tuple(counters), device.id)

    def save_messaging(self, changes: Mapping[str, str], *, by: UserInfo) -> MessagingConfig:
        """Change sender, quiet_start, quiet_end or language (ValidationError naming the field)."""
        clean: dict[str, str] = {}
        for name, value in changes.items():
            if name not in SHOP_KEYS:
                raise ValidationError("settings", f"there is no message setting called {name}")
            text = str(value).strip()
            if name in ("quiet_start", "quiet_end"):
                t = parse_clock(text, field=name)
                text = f"{t.hour:02d}:{t.minute:02d}"
            elif name == "language" and text not in LANGUAGES:
                raise ValidationError(name, "choose English or Hindi")
            clean[name] = text
        with self._uow.begin() as s:
            require_manager_role(s, by, action="change the message settings")
            _device, branch = local_device(s)
            if clean.get("sender"):  # head office sends no messages: one counter does
                found = s.get(Device, clean["sender"])
                if found is None or found.branch_id != branch.id:
                    raise ValidationError("sender", "choose a counter of this branch")
            before = asdict(load_messaging(s))
            now = self._clock.now()
            for name, text in clean.items():
                if before[name] != text:
                    write_setting(
                        s, branch.id, SHOP_KEYS[name], text, old=before[name], by=by, at=now
                    )
            s.flush()
            return self._config(s)

    def save_gateways(self, changes: Mapping[str, str], *, by: UserInfo) -> MessagingConfig:
        """Change this counter's gateway settings; a blank secret keeps the stored one."""
        clean: dict[str, str] = {}
        for name, value in changes.items():
            if name not in GATEWAY_FIELDS:
                raise ValidationError("settings", f"there is no gateway setting called {name}")
            text = str(value).strip()
            if name in SECRET_FIELDS and not text:
                continue
            if name in ("sms_url", "wa_api_url"):
                _check_url(text, name)
            elif name == "sms_method" and text.upper() not in ("GET", "POST"):
                raise ValidationError(name, "choose GET or POST")
            elif name == "smtp_port" and not (text.isdigit() and 0 < int(text) < 65536):
                raise ValidationError(name, "type the port as a number, like 587")
            elif name == "smtp_security" and text not in ("starttls", "tls", "none"):
                raise ValidationError(name, "choose STARTTLS, TLS or none")
            elif name == "sms_entity_id" and text and not text.isdigit():
                raise ValidationError(name, "the DLT entity id is digits only")
            elif name == "country_code" and not (text.isdigit() and 0 < len(text) <= 3):
                raise ValidationError(name, "type the country code as digits, like 91")
            clean[name] = text.upper() if name == "sms_method" else text
        with self._uow.begin() as s:
            require_manager_role(s, by, action="change the message gateways")
            now = self._clock.now()
            changed = []
            for name, text in clean.items():
                row = s.get(MessageGatewaySetting, name)
                if row is None:
                    s.add(MessageGatewaySetting(key=name, value=text))
                elif row.value != text:
                    row.value = text
                else:
                    continue
                changed.append(name)
            if changed:
                audit(
                    s,
                    user_id=by.id,
                    action="message.gateways",
                    entity="message_gateway_setting",
                    entity_id=None,
                    at=now,
                    details={"changed": sorted(changed)},
                )
            s.flush()
            return self._config(s)

"""Where messages are sent from, quiet hours and the default language (synced shop settings),
and the sending counter's gateway settings (local to that counter: passwords stay on it)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models_messaging import MessageGatewaySetting
from jewelpos.db.models_settings import ShopSetting
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.messages import LANGUAGES, parse_clock

HEAD_OFFICE = "head_office"
"""``messages_sender`` naming head office: no counter sends."""

SHOP_KEYS = {
    "sender": "messages_sender",
    "quiet_start": "messages_quiet_start",
    "quiet_end": "messages_quiet_end",
    "language": "messages_language",
}
"""MessagingSettings field -> shop_setting key (synced to every counter of the branch)."""


@dataclass(frozen=True)
class MessagingSettings:
    """Synced: which counter sends (its device id, or "head_office"; empty: none chosen yet),
    quiet hours in the shop's zone (equal times: none) and the default message language."""

    sender: str = ""
    quiet_start: str = "21:00"
    quiet_end: str = "09:00"
    language: str = "en"

    def quiet(self) -> tuple[time, time]:
        return (
            parse_clock(self.quiet_start, field="quiet_start"),
            parse_clock(self.quiet_end, field="quiet_end"),
        )


def load_messaging(s: Session) -> MessagingSettings:
    """The messaging settings in force (the latest change of a key wins; bad values: default)."""
    wanted = {v: k for k, v in SHOP_KEYS.items()}
    by_key: dict[str, str] = {}
    rows = s.scalars(
        select(ShopSetting)
        .where(ShopSetting.key.in_(list(wanted)))
        .order_by(ShopSetting.updated_at, ShopSetting.version)
    )
    for row in rows:
        by_key[wanted[row.key]] = row.value
    out = MessagingSettings(**by_key)
    try:
        out.quiet()
    except ValidationError:
        out = MessagingSettings(sender=out.sender, language=out.language)
    if out.language not in LANGUAGES:
        out = MessagingSettings(out.sender, out.quiet_start, out.quiet_end, "en")
    return out


@dataclass(frozen=True)
class GatewaySettings:
    """The sending counter's gateways. Empty URL / host: that channel is not set up."""

    sms_url: str = ""
    sms_method: str = "POST"
    sms_param_to: str = "to"
    sms_param_text: str = "text"
    sms_param_sender: str = "sender"
    sms_param_entity: str = "entity_id"
    sms_param_template: str = "template_id"
    sms_param_key: str = "apikey"
    sms_param_ref: str = ""
    """The gateway's client reference parameter (makes a resend after a cut-off safe)."""
    sms_api_key: str = ""
    sms_sender_id: str = ""
    sms_entity_id: str = ""
    smtp_host: str = ""
    smtp_port: str = "587"
    smtp_security: str = "starttls"
    """starttls | tls | none"""
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_from: str = ""
    wa_api_url: str = ""
    wa_api_token: str = ""
    country_code: str = "91"


SECRET_FIELDS = frozenset({"sms_api_key", "smtp_password", "wa_api_token"})
GATEWAY_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(GatewaySettings))


def load_gateways(s: Session) -> GatewaySettings:
    """This counter's gateway settings (defaults where none stored)."""
    known = set(GATEWAY_FIELDS)
    values = {r.key: r.value for r in s.scalars(select(MessageGatewaySetting)) if r.key in known}
    return GatewaySettings(**values)

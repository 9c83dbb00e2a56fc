"""The adapters of the channels this counter has set up, built from its gateway settings."""

from __future__ import annotations

from collections.abc import Mapping

from jewelpos.notify.base import Adapter
from jewelpos.notify.email_smtp import SmtpGateway
from jewelpos.notify.sms_http import SmsGateway
from jewelpos.notify.whatsapp_api import WhatsAppApi
from jewelpos.services.messaging.settings import GatewaySettings


def build_adapters(g: GatewaySettings) -> Mapping[str, Adapter]:
    """channel -> adapter for each channel whose gateway is set up (WhatsApp links are opened
    at the counter, never sent in the background)."""
    out: dict[str, Adapter] = {}
    if g.sms_url:
        out["sms"] = SmsGateway(
            url=g.sms_url,
            method=g.sms_method,
            param_to=g.sms_param_to,
            param_text=g.sms_param_text,
            param_sender=g.sms_param_sender,
            param_entity=g.sms_param_entity,
            param_template=g.sms_param_template,
            param_key=g.sms_param_key,
            param_ref=g.sms_param_ref,
            api_key=g.sms_api_key,
            sender_id=g.sms_sender_id,
            entity_id=g.sms_entity_id,
            country_code=g.country_code,
        )
    if g.smtp_host:
        try:
            port = int(g.smtp_port)
        except ValueError:
            port = 587
        out["email"] = SmtpGateway(
            host=g.smtp_host,
            port=port,
            security=g.smtp_security,
            user=g.smtp_user,
            password=g.smtp_password,
            sender=g.smtp_from,
        )
    if g.wa_api_url:
        out["whatsapp_api"] = WhatsAppApi(
            url=g.wa_api_url, token=g.wa_api_token, country_code=g.country_code
        )
    return out

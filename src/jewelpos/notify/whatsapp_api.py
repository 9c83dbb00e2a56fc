"""WhatsApp Business API over HTTP (Cloud API shape): POST JSON with a bearer token."""

from __future__ import annotations

from dataclasses import dataclass

import requests

from jewelpos.domain.messages import international
from jewelpos.notify.base import Outgoing, SendResult, never_connected


@dataclass(frozen=True)
class WhatsAppApi:
    url: str
    token: str
    country_code: str = "91"
    timeout_s: float = 15.0

    @property
    def idempotent(self) -> bool:
        return False  # the API takes no idempotency key: a resend is a second message

    def send(self, message: Outgoing) -> SendResult:
        payload: dict[str, object] = {
            "messaging_product": "whatsapp",
            "to": international(message.recipient, country_code=self.country_code),
            "type": "text",
            "text": {"body": message.text},
            "biz_opaque_callback_data": message.reference,
        }
        headers = {"Authorization": f"Bearer {self.token}"}
        try:
            reply = requests.post(
                self.url,
                json=payload,  # type: ignore[arg-type]
                headers=headers,
                timeout=self.timeout_s,
            )
        except requests.ConnectTimeout as exc:
            return SendResult("retry", detail=f"WhatsApp API did not answer: {exc}")
        except requests.Timeout as exc:  # sent, no answer: it may have gone out
            return SendResult("unknown", detail=f"WhatsApp API stopped answering: {exc}")
        except requests.ConnectionError as exc:
            if never_connected(exc):
                return SendResult("retry", detail=f"WhatsApp API not reachable: {exc}")
            return SendResult("unknown", detail=f"WhatsApp API cut off while sending: {exc}")
        except requests.RequestException as exc:
            return SendResult("failed", detail=f"WhatsApp API address is wrong: {exc}")
        body = reply.text[:300]
        if reply.status_code >= 500 or reply.status_code in (408, 429):
            return SendResult("retry", detail=f"WhatsApp API busy ({reply.status_code}): {body}")
        if reply.status_code >= 400:
            return SendResult(
                "failed", detail=f"WhatsApp API refused ({reply.status_code}): {body}"
            )
        ref = ""
        try:
            data = reply.json()
            ref = str(data["messages"][0]["id"])[:120]
        except (ValueError, KeyError, IndexError, TypeError):
            pass
        return SendResult("sent", provider_ref=ref, detail=body)

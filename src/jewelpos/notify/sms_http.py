"""SMS through the shop's HTTP gateway: URL, method and parameter names are settings, with the
sender id, the DLT entity id and each message's DLT template id that Indian rules require."""

from __future__ import annotations

from dataclasses import dataclass

import requests

from jewelpos.domain.messages import international
from jewelpos.notify.base import Outgoing, SendResult, never_connected

_REF_KEYS = ("message_id", "messageId", "msgid", "id", "reference", "request_id")


@dataclass(frozen=True)
class SmsGateway:
    url: str
    method: str = "POST"
    param_to: str = "to"
    param_text: str = "text"
    param_sender: str = "sender"
    param_entity: str = "entity_id"
    param_template: str = "template_id"
    param_key: str = "apikey"
    param_ref: str = ""
    api_key: str = ""
    sender_id: str = ""
    entity_id: str = ""
    country_code: str = "91"
    timeout_s: float = 15.0

    @property
    def idempotent(self) -> bool:
        return bool(self.param_ref)

    def _params(self, m: Outgoing) -> dict[str, str]:
        params = {
            self.param_to: international(m.recipient, country_code=self.country_code),
            self.param_text: m.text,
        }
        for name, value in (
            (self.param_sender, self.sender_id),
            (self.param_entity, self.entity_id),
            (self.param_template, m.dlt_template_id),
            (self.param_key, self.api_key),
            (self.param_ref, m.reference),
        ):
            if name and value:
                params[name] = value
        return params

    def send(self, message: Outgoing) -> SendResult:
        params = self._params(message)
        method = self.method.upper()
        try:
            if method == "GET":
                reply = requests.get(self.url, params=params, timeout=self.timeout_s)
            else:
                reply = requests.post(self.url, data=params, timeout=self.timeout_s)
        except requests.ConnectTimeout as exc:
            return SendResult("retry", detail=f"SMS gateway did not answer: {exc}")
        except requests.Timeout as exc:  # sent, no answer: it may have gone out
            return SendResult("unknown", detail=f"SMS gateway stopped answering: {exc}")
        except requests.ConnectionError as exc:
            if never_connected(exc):
                return SendResult("retry", detail=f"SMS gateway not reachable: {exc}")
            return SendResult("unknown", detail=f"SMS gateway cut off while sending: {exc}")
        except requests.RequestException as exc:
            return SendResult("failed", detail=f"SMS gateway address is wrong: {exc}")
        body = reply.text[:300]
        if reply.status_code >= 500 or reply.status_code in (408, 429):
            return SendResult("retry", detail=f"SMS gateway busy ({reply.status_code}): {body}")
        if reply.status_code >= 400:
            return SendResult("failed", detail=f"SMS gateway refused ({reply.status_code}): {body}")
        return SendResult("sent", provider_ref=_reference(reply), detail=body)


def _reference(reply: requests.Response) -> str:
    try:
        data = reply.json()
    except ValueError:
        return ""
    if isinstance(data, dict):
        for key in _REF_KEYS:
            if key in data and data[key] not in (None, ""):
                return str(data[key])[:120]
    return ""

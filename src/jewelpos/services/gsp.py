"""The shop's GST Suvidha Provider (GSP) as an adapter: POST the IRN request as JSON to the URL
the shop configured, with its user name, password and GSTIN in headers; read back the IRN, the
acknowledgement and the signed QR. Accepts the IRP's own reply or one wrapped in ``Data`` or
``result`` (as most GSPs do), the inner part as an object or as JSON text."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import requests

from jewelpos.domain.errors import EnvironmentProblem, JewelPOSError, ValidationError

_IST = ZoneInfo("Asia/Kolkata")


class GspUnreachable(EnvironmentProblem):
    """The GSP did not answer (no network, wrong address, timeout): try again later."""

    code = "gsp_unreachable"


class GspRejected(JewelPOSError):
    """The GSP or the IRP refused the request; the message carries their error codes."""

    code = "gsp_rejected"


@dataclass(frozen=True)
class GspConfig:
    url: str
    username: str = ""
    password: str = ""
    gstin: str = ""
    timeout_s: float = 20.0


@dataclass(frozen=True)
class IrnResponse:
    irn: str
    ack_no: str
    ack_at: datetime
    """UTC (the IRP answers in Indian time)."""
    signed_qr: str
    signed_invoice: str


def _inner(body: Any) -> dict[str, Any]:
    for key in ("Data", "data", "result"):
        if isinstance(body, dict) and key in body and body[key]:
            value = body[key]
            return json.loads(value) if isinstance(value, str) else dict(value)
    return dict(body) if isinstance(body, dict) else {}


def _errors(body: Any) -> str:
    if not isinstance(body, dict):
        return "the GSP's answer was not JSON"
    details = body.get("ErrorDetails") or body.get("error") or body.get("errors") or []
    if isinstance(details, dict):
        details = [details]
    parts = []
    for d in details if isinstance(details, list) else [details]:
        if isinstance(d, dict):
            code = d.get("ErrorCode") or d.get("code") or ""
            msg = d.get("ErrorMessage") or d.get("message") or ""
            parts.append(f"{code} {msg}".strip())
        else:
            parts.append(str(d))
    return "; ".join(p for p in parts if p) or "no reason given"


def _ack_time(text: str) -> datetime:
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y %H:%M:%S"):
        try:
            return datetime.strptime(text.strip(), fmt).replace(tzinfo=_IST).astimezone(UTC)
        except ValueError:
            continue
    raise GspRejected(f"The GSP gave an acknowledgement time that cannot be read: {text}")


class GspClient:
    """Sends IRN requests to the configured GSP."""

    def __init__(self, config: GspConfig) -> None:
        if not config.url.startswith(("http://", "https://")):
            raise ValidationError("gsp_url", "give the GSP's web address (https://...)")
        self._config = config

    def generate_irn(self, request: dict[str, Any]) -> IrnResponse:
        """Register one document; GspUnreachable or GspRejected otherwise."""
        c = self._config
        headers = {
            "Content-Type": "application/json",
            "user_name": c.username,
            "password": c.password,
            "gstin": c.gstin,
        }
        try:
            reply = requests.post(c.url, json=request, headers=headers, timeout=c.timeout_s)
        except requests.RequestException as exc:
            raise GspUnreachable(f"The GSP at {c.url} did not answer: {exc}") from exc
        try:
            body = reply.json()
        except ValueError:
            body = None
        if reply.status_code >= 500:
            raise GspUnreachable(f"The GSP had a problem (HTTP {reply.status_code}); try again.")
        status = body.get("Status", body.get("success", 1)) if isinstance(body, dict) else 0
        inner = _inner(body)
        if reply.status_code >= 400 or str(status) in {"0", "False", "false"} or "Irn" not in inner:
            raise GspRejected(f"The GSP refused the e-invoice: {_errors(body)}")
        return IrnResponse(
            irn=str(inner["Irn"]),
            ack_no=str(inner.get("AckNo", "")),
            ack_at=_ack_time(str(inner.get("AckDt", ""))),
            signed_qr=str(inner.get("SignedQRCode", "")),
            signed_invoice=str(inner.get("SignedInvoice", "")),
        )

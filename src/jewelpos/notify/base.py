"""What every gateway adapter takes and gives back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

Outcome = Literal["sent", "delivered", "retry", "failed", "unknown"]
"""sent / delivered: the gateway took it (and said delivered); retry: it certainly did not
arrive and may be tried again (gateway down, busy); failed: it never will (bad number,
refused); unknown: the request may have arrived (cut off after it went out)."""


@dataclass(frozen=True)
class Outgoing:
    """One message for a gateway; ``reference`` is the same on every try of one message."""

    recipient: str
    text: str
    reference: str
    subject: str = ""
    dlt_template_id: str = ""


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    provider_ref: str = ""
    detail: str = ""


class Adapter(Protocol):
    """Sends one message; never raises for a network problem (says so in its result)."""

    @property
    def idempotent(self) -> bool:
        """Sending again with the same reference cannot deliver it twice (the gateway dedupes)."""
        ...

    def send(self, message: Outgoing) -> SendResult: ...


_NEVER_CONNECTED = (
    "Failed to establish a new connection",
    "Connection refused",
    "Name or service not known",
    "nodename nor servname",
    "getaddrinfo failed",
    "No route to host",
    "Network is unreachable",
)


def never_connected(exc: BaseException) -> bool:
    """The request cannot have reached the gateway (refused, no route, unknown host), so trying
    again is safe; any other cut-off may have delivered it."""
    text = str(exc)
    return any(part in text for part in _NEVER_CONNECTED)

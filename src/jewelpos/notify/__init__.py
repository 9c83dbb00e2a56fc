"""Gateway adapters: send one message over SMS (HTTP), e-mail (SMTP) or WhatsApp's API."""

from jewelpos.notify.base import Adapter, Outgoing, SendResult

__all__ = ["Adapter", "Outgoing", "SendResult"]

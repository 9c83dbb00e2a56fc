"""The registry of message kinds: each kind's default texts (English and Hindi) and whether it
is promotional (needs the customer's consent) or a service message. Modules add their own kinds
with ``register_kind``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.messages import LANGUAGES, placeholders_in


@dataclass(frozen=True)
class Kind:
    """A message kind: its default text per language and whether it is promotional."""

    name: str
    default_templates: Mapping[str, str] = field(default_factory=dict)
    promotional: bool = True
    """Promotional kinds (greetings, offers) go only to customers who consented."""

    def default_text(self, language: str) -> str:
        return self.default_templates.get(language) or self.default_templates.get("en", "")


KINDS: dict[str, Kind] = {}
"""Every known kind by name. Add to it only through ``register_kind``."""


def register_kind(
    name: str, default_templates: Mapping[str, str], *, promotional: bool = True
) -> Kind:
    """Add (or replace) a kind; its default texts may use only the known placeholders.

    A kind is promotional unless told otherwise: it goes only to customers who consented."""
    if not name or len(name) > 32:
        raise ValidationError("kind", "a message kind is a short name of at most 32 letters")
    if "en" not in default_templates:
        raise ValidationError("template", "every message kind needs an English text")
    for language, body in default_templates.items():
        if language not in LANGUAGES:
            raise ValidationError("language", f"{language} is not a message language (en or hi)")
        placeholders_in(body)
    kind = Kind(name, dict(default_templates), promotional)
    KINDS[name] = kind
    return kind


_SERVICE: dict[str, dict[str, str]] = {
    "thank_you": {
        "en": "Thank you for shopping at {shop}, {name}. Bill {order_no}, Rs {amount}. "
        "Tell us how we did with code {code}.",
        "hi": "{shop} से खरीदारी के लिए धन्यवाद, {name}। बिल {order_no}, ₹ {amount}। "
        "अपनी राय कोड {code} के साथ बताएँ।",
    },
    "instalment_due": {
        "en": "Dear {name}, your scheme instalment of Rs {amount} (passbook {order_no}) "
        "is due on {due_date}. - {shop}",
        "hi": "प्रिय {name}, आपकी योजना की किस्त ₹ {amount} (पासबुक {order_no}) "
        "{due_date} को देय है। - {shop}",
    },
    "cheque_due": {
        "en": "Dear {name}, your cheque of Rs {amount} for passbook {order_no} will be "
        "presented on {due_date}. Please keep funds in the account. - {shop}",
        "hi": "प्रिय {name}, पासबुक {order_no} का आपका ₹ {amount} का चेक {due_date} को "
        "बैंक में लगाया जाएगा। कृपया खाते में राशि रखें। - {shop}",
    },
    "maturity": {
        "en": "Dear {name}, your scheme (passbook {order_no}) matures on {due_date}. "
        "Visit {shop} to choose your jewellery.",
        "hi": "प्रिय {name}, आपकी योजना (पासबुक {order_no}) {due_date} को पूरी हो रही है। "
        "अपने गहने चुनने {shop} पधारें।",
    },
    "order_ready": {
        "en": "Dear {name}, your order {order_no} is ready. Please collect it from {shop}.",
        "hi": "प्रिय {name}, आपका ऑर्डर {order_no} तैयार है। कृपया {shop} से ले जाएँ।",
    },
    "order_not_collected": {
        "en": "Dear {name}, your order {order_no} has been ready since {due_date}. "
        "Please collect it from {shop}.",
        "hi": "प्रिय {name}, आपका ऑर्डर {order_no} {due_date} से तैयार है। कृपया {shop} से ले जाएँ।",
    },
    "karigar_due": {
        "en": "Dear {name}, job {order_no} is due on {due_date}. Please deliver it to {shop}.",
        "hi": "प्रिय {name}, काम {order_no} {due_date} को देना है। कृपया {shop} पहुँचाएँ।",
    },
    "repair_ready": {
        "en": "Dear {name}, your repair {order_no} is ready. Please collect it from {shop}.",
        "hi": "प्रिय {name}, आपकी मरम्मत {order_no} तैयार है। कृपया {shop} से ले जाएँ।",
    },
    "repair_not_collected": {
        "en": "Dear {name}, your repair {order_no} has been ready since {due_date}. "
        "Please collect it from {shop}.",
        "hi": "प्रिय {name}, आपकी मरम्मत {order_no} {due_date} से तैयार है। कृपया {shop} से ले जाएँ।",
    },
}
_PROMOTIONAL: dict[str, dict[str, str]] = {
    "birthday": {
        "en": "Happy birthday, {name}! Warm wishes from all of us at {shop}.",
        "hi": "जन्मदिन की हार्दिक शुभकामनाएँ, {name}! {shop} परिवार की ओर से।",
    },
    "anniversary": {
        "en": "Happy anniversary, {name}! Warm wishes from all of us at {shop}.",
        "hi": "विवाह वर्षगाँठ की हार्दिक शुभकामनाएँ, {name}! {shop} परिवार की ओर से।",
    },
}
for _name, _texts in _SERVICE.items():
    register_kind(_name, _texts, promotional=False)
for _name, _texts in _PROMOTIONAL.items():
    register_kind(_name, _texts, promotional=True)

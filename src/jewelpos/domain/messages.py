"""Message texts and timing rules: template placeholders, rendering, quiet hours, back-off."""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import datetime, time, timedelta, tzinfo

from jewelpos.domain.errors import ValidationError

PLACEHOLDERS: tuple[str, ...] = ("name", "amount", "order_no", "due_date", "shop", "code")
"""What a template may name in braces: the customer's (or family member's) name, an amount,
the order, bill or passbook number, a due date, the shop's name and a feedback code."""

CHANNELS: tuple[str, ...] = ("sms", "email", "whatsapp_link", "whatsapp_api")
LANGUAGES: tuple[str, ...] = ("en", "hi")

_FORMATTER = string.Formatter()


def placeholders_in(body: str, *, field: str = "template") -> tuple[str, ...]:
    """The placeholders a template names, in order; ValidationError for an unknown one or for
    braces that are not a plain ``{name}`` (write ``{{`` for a brace itself)."""
    found: list[str] = []
    try:
        parsed = list(_FORMATTER.parse(body))
    except ValueError:
        raise ValidationError(
            field, "a brace { or } is not closed; a placeholder looks like {name}"
        ) from None
    allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
    for _text, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            shown = "{" + (name or "") + "}"
            raise ValidationError(
                field,
                f"{shown} is not a placeholder this shop knows; use only {allowed}",
                placeholder=name or "",
            )
        found.append(name)
    return tuple(found)


def render(body: str, variables: Mapping[str, str]) -> str:
    """The template with each placeholder replaced (one not given becomes empty text)."""
    placeholders_in(body)
    values = {p: str(variables.get(p, "")) for p in PLACEHOLDERS}
    return body.format_map(values)


def parse_clock(text: str, *, field: str) -> time:
    """``HH:MM`` (24-hour) as a time; ValidationError in words otherwise."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValidationError(field, "type the time as hours:minutes, like 21:00") from None


def quiet_until(now: datetime, *, start: time, end: time, zone: tzinfo) -> datetime | None:
    """When the quiet hours around ``now`` end (aware UTC-comparable), or None outside them.

    ``start == end`` means no quiet hours; a window may run past midnight (21:00 to 09:00)."""
    if start == end:
        return None
    local = now.astimezone(zone)
    t = local.time().replace(tzinfo=None)
    if start < end:
        inside = start <= t < end
        end_day = local.date()
    else:  # over midnight
        inside = t >= start or t < end
        end_day = local.date() + timedelta(days=1) if t >= start else local.date()
    if not inside:
        return None
    return datetime.combine(end_day, end, tzinfo=zone)


BACKOFF_FIRST = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=6)
MAX_ATTEMPTS = 8
"""A message that failed this many times (about 1 + 2 + 4 ... minutes, about 4 hours) gives up."""


def backoff(attempts: int, *, first: timedelta = BACKOFF_FIRST) -> timedelta:
    """How long to wait after the ``attempts``-th failed try: doubling, at most BACKOFF_MAX."""
    wait: timedelta = first * (2 ** max(0, attempts - 1))
    return min(wait, BACKOFF_MAX)


def international(number: str, *, country_code: str = "91") -> str:
    """A mobile number as digits with the country code (an Indian 10-digit number gets 91)."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) == 10:
        return country_code + digits
    if len(digits) == 11 and digits.startswith("0"):
        return country_code + digits[1:]
    return digits


def whatsapp_link(number: str, text: str, *, country_code: str = "91") -> str:
    """WhatsApp's click-to-chat link: opens a chat with the number and the text typed in."""
    from urllib.parse import quote

    return f"https://wa.me/{international(number, country_code=country_code)}?text={quote(text)}"

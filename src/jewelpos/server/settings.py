"""Server settings from the environment (``jewelpos-server serve`` flags set them, so every
worker process reads the same values)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta

ENV_MAX_CLOCK_DRIFT_S = "JEWELPOS_MAX_CLOCK_DRIFT_S"
ENV_ENROL_PER_MINUTE = "JEWELPOS_ENROL_PER_MINUTE"
ENV_BODY_TIMEOUT_S = "JEWELPOS_BODY_TIMEOUT_S"
ENV_REPORTS_URL = "JEWELPOS_REPORTS_DATABASE_URL"


def _number(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    try:
        return float(raw) if raw else default
    except ValueError:
        return default


@dataclass(frozen=True)
class ServerSettings:
    """max_clock_drift: how far ahead of head office's clock a pushed version may be;
    enrol_per_minute: enrolment attempts allowed per client address and minute;
    body_timeout_s: longest wait for the next piece of a request body (slow clients get 408);
    reports_url: a separate database (e.g. a read replica) for reports ("" = the main one)."""

    max_clock_drift: timedelta = timedelta(minutes=10)
    enrol_per_minute: int = 10
    body_timeout_s: float = 30.0
    reports_url: str = ""

    @classmethod
    def from_env(cls) -> ServerSettings:
        return cls(
            max_clock_drift=timedelta(seconds=_number(ENV_MAX_CLOCK_DRIFT_S, 600)),
            enrol_per_minute=int(_number(ENV_ENROL_PER_MINUTE, 10)),
            body_timeout_s=_number(ENV_BODY_TIMEOUT_S, 30.0),
            reports_url=os.environ.get(ENV_REPORTS_URL, "").strip(),
        )

"""`jewelpos messages send` as a real subprocess: elsewhere it says why and sends nothing; at
the sending counter it queues today's greeting and sends it through the gateway once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from sqlalchemy import select  # noqa: E402

from factories import services_for, shop_db, user_named  # noqa: E402
from jewelpos.db.models import Device  # noqa: E402
from jewelpos.domain.clock import FixedClock  # noqa: E402
from jewelpos.services.customers import CustomerInput  # noqa: E402
from messaging_stubs import gateway  # noqa: E402

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _send(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jewelpos", "--data-dir", str(folder), "messages", "send", "--json"],
        env={**os.environ, "PYTHONPATH": SRC},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_messages_send_only_at_the_sending_counter(tmp_path: Path) -> None:
    """Before a counter is chosen: "not here", nothing sent. Chosen: today's birthday greeting
    is queued and sent once; a second run sends nothing more."""
    folder = tmp_path / "counter"
    services = services_for(shop_db(folder / "jewelpos.sqlite3"), FixedClock(datetime.now(UTC)))
    owner = user_named(services, "owner")
    today = datetime.now(UTC).astimezone(services.clock.zone).date()
    born = (
        date(1990, today.month, min(today.day, 28))
        if today.month == 2
        else today.replace(year=1990)
    )
    with gateway() as gw:
        c = services.customers.save(
            CustomerInput(name="Kavita Rao", mobile="9000000011", birthday=born), by=owner
        )
        services.profiles.set_consent(c.id, consent=True, dnd=False, by=owner)
        services.messages.config.save_gateways({"sms_url": gw.url}, by=owner)
        first = _send(folder)
        assert first.returncode == 0, first.stderr
        assert json.loads(first.stdout)["here"] is False
        with services.uow.read() as s:
            device = s.scalars(select(Device.id).where(Device.is_local.is_(True))).one()
        services.messages.config.save_messaging(
            {"sender": device, "quiet_start": "00:00", "quiet_end": "00:00"}, by=owner
        )
        services.engine.dispose()
        second = _send(folder)
        assert second.returncode == 0, second.stderr
        out = json.loads(second.stdout)
        assert (out["here"], out["queued"], out["sent"]) == (True, 1, 1)
        assert json.loads(_send(folder).stdout)["sent"] == 0
        assert [r["params"]["to"] for r in gw.requests] == ["919000000011"]

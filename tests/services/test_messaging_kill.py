"""A sending counter killed (SIGKILL) in the middle of a send, then restarted: the message is
never sent twice. Without a gateway reference it waits for a manager ("in doubt"); with one it
is sent again under the same reference, which the gateway drops."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from jewelpos.config import DB_FILE
from jewelpos.db.models import Device
from jewelpos.db.models_messaging import Message, MessageAttempt
from jewelpos.domain.clock import FixedClock
from jewelpos.services.customers import CustomerInput
from jewelpos.services.messaging import outbox

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from factories import services_for, shop_db, user_named  # noqa: E402
from messaging_stubs import gateway  # noqa: E402

SRC = str(Path(__file__).resolve().parents[2] / "src")


@pytest.mark.parametrize("with_reference", [False, True], ids=["no-reference", "reference"])
def test_kill_during_send_then_restart_never_sends_twice(
    tmp_path: Path, with_reference: bool
) -> None:
    """SIGKILL while the gateway holds the request; the restart resolves the claim safely."""
    data = tmp_path / "data"
    db = shop_db(data / DB_FILE)
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1)
    services = services_for(db, FixedClock(start))
    owner = user_named(services, "owner")
    with gateway(hang=True, ref_param="ref" if with_reference else "") as gw:
        with services.uow.read() as s:
            device = s.scalars(select(Device.id).where(Device.is_local.is_(True))).one()
        services.messages.config.save_messaging(
            {"sender": device, "quiet_start": "00:00", "quiet_end": "00:00"}, by=owner
        )
        services.messages.config.save_gateways(
            {"sms_url": gw.url, "sms_param_ref": "ref" if with_reference else ""}, by=owner
        )
        cid = services.customers.save(
            CustomerInput(name="Priya Sharma", mobile="9876543210"), by=owner
        ).id
        with services.uow.begin() as s:
            outbox.queue(
                s,
                kind="order_ready",
                key="O1",
                customer_id=cid,
                recipient="9876543210",
                channel="sms",
                variables={"name": "Priya", "order_no": "O-1"},
                now=start,
            )
        services.engine.dispose()
        env = {**os.environ, "PYTHONPATH": SRC}
        proc = subprocess.Popen(
            [sys.executable, "-m", "jewelpos", "--data-dir", str(data), "messages", "send"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            assert gw.received.wait(60), proc.stderr.read() if proc.stderr else ""
            with services.uow.read() as s:  # the claim was committed before the request
                m = s.scalars(select(Message)).one()
                assert (m.status, m.attempts) == ("sending", 1)
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait(30)
            if proc.stdout:
                proc.stdout.close()
            if proc.stderr:
                proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL
        gw.hang = False

        # a restart at once leaves a fresh claim alone (it might still be in progress)
        soon = services_for(db, FixedClock(datetime.now(UTC)))
        assert soon.messages.sender.send_due().recovered == 0
        soon.engine.dispose()
        # the restart after the claim went stale
        later = services_for(db, FixedClock(datetime.now(UTC) + timedelta(minutes=10)))
        run = later.messages.sender.send_due()
        assert run.recovered == 1
        later.messages.sender.send_due()
        with later.uow.read() as s:
            m = s.scalars(select(Message)).one()
            outcomes = sorted(s.scalars(select(MessageAttempt.outcome)))
        if with_reference:
            assert m.status == "sent"
            assert len(gw.requests) == 2 and len(gw.delivered) == 1
            assert {r["params"]["ref"] for r in gw.requests} == {m.id}
            assert outcomes == ["retry", "sent"]
        else:
            assert m.status == "unknown" and "check with the customer" in m.last_error
            assert len(gw.requests) == 1
            assert outcomes == ["unknown"]
            rows = later.messages.admin.list(status="unknown")
            assert [r.id for r in rows] == [m.id]
            later.messages.admin.mark_sent(m.id, by=owner)
            later.messages.sender.send_due()
            assert len(gw.requests) == 1
        later.engine.dispose()

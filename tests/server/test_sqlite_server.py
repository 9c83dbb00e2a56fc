"""The embedded default: jewelpos-server on SQLite (one small shop) migrates, applies a batch
exactly once and pulls it back, through the same store functions as on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from jewelpos.domain.ids import new_id
from jewelpos.server import store
from jewelpos.server.db import make_server_engine, upgrade
from jewelpos.sync.protocol import Change, EnrolRequest
from serverrows import full_row, invoice


def test_sqlite_server_applies_once_and_pulls(tmp_path: Path) -> None:
    """Same push twice: applied, then duplicate; the other counter pulls the row once."""
    engine = make_server_engine(f"sqlite:///{tmp_path / 'ho.sqlite3'}")
    try:
        upgrade(engine)
        upgrade(engine)  # a second upgrade is a no-op
        store.add_branch(engine, code="B1")
        auths = []
        for counter in ("C1", "C2"):
            code = store.make_enrol_code(engine, branch_code="B1", counter_code=counter)
            token = store.enrol(engine, EnrolRequest(code=code, device_id=new_id())).token
            auths.append(store.authenticate(engine, token))
        rid = new_id()
        change = Change(
            id=new_id(),
            table="invoice",
            row_id=rid,
            op="insert",
            version="1735700000000-0000-aa",
            payload=full_row("invoice", rid, **invoice("B1", "C1", 1)),
        )
        first = store.apply_push(engine, auths[0], [change])
        again = store.apply_push(engine, auths[0], [change])
        assert [r.result for r in first + again] == ["applied", "duplicate"]
        page = store.pull(engine, auths[1], stream="branch", cursor=0, limit=10)
        assert [r["row_id"] for r in page["rows"]] == [rid]
        assert store.pull(engine, auths[0], stream="branch", cursor=0, limit=10)["rows"] == []
    finally:
        engine.dispose()

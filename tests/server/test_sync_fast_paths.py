"""The push and pull fast paths answer exactly as the plain ones (field checks, pages, COPY)."""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from jewelpos.server import schemas, store
from jewelpos.server.db import make_server_engine
from jewelpos.server.models import applied_change
from syncsupport import PgCluster, server_cmd

_VALUES: list[Any] = [
    None,
    "",
    "x",
    "a" * 300,
    0,
    1,
    -1,
    2**40,
    True,
    False,
    1.0,
    0.0,
    "2025-01-01",
    "2025-01-01T00:00:00+00:00",
    "bad",
    "12.5",
    {},
    [],
    "final",
    "cancelled",
    "gold",
]
_GOOD = {
    "str": "x",
    "int": 5,
    "bool": True,
    "date": "2025-01-02",
    "datetime": "2025-01-02T03:04:05+00:00",
    "decimal": "1.5",
}


def test_fast_check_never_passes_a_row_the_full_check_refuses() -> None:
    """Random payloads for every allowed table: the compiled check says 'fine' only when the
    field-by-field check finds nothing wrong, and it does say 'fine' for good rows."""
    rnd = random.Random(10)
    passed = 0
    for name, schema in schemas.ALLOWED.items():
        fast = schemas._fast_check(schema)
        good = {f.name: _GOOD.get(f.kind, "x") for f in schema.fields.values() if f.required}
        assert fast(good) == (schemas._field_problem(name, schema, good) == "")
        for _ in range(400):
            payload: dict[str, Any] = {}
            for f in schema.fields.values():
                r = rnd.random()
                if r < 0.1:
                    continue
                payload[f.name] = rnd.choice(_VALUES) if r < 0.4 else _GOOD.get(f.kind, "x")
            if rnd.random() < 0.05:
                payload["not_a_column"] = 1
            if fast(payload):
                passed += 1
                assert schemas._field_problem(name, schema, payload) == "", (name, payload)
    assert passed > 0


@pytest.fixture
def fresh_url(pg: PgCluster) -> str:
    url = pg.createdb("f" + uuid.uuid4().hex[:12])
    server_cmd(url, "db", "upgrade")
    return url


def test_pull_page_walks_the_seq_index_before_statistics_exist(fresh_url: str) -> None:
    """Rows just loaded (no ANALYZE yet): a page is an index walk in seq order, not a scan of
    the whole rest of the stream and a sort."""
    engine = make_server_engine(fresh_url)
    version = "1735700000000-0000-ho"
    rows = [{"id": f"r{i:05d}", "name": f"Design {i}", "version": version} for i in range(30000)]
    store.put_master_rows(engine, "category", rows, version=version)
    with engine.connect() as conn:
        store._walk_seq_index(conn)
        plan = "\n".join(
            r[0]
            for r in conn.execute(
                text(
                    "EXPLAIN SELECT seq, payload::text FROM row_store "
                    "WHERE scope = 'master' AND seq > 10 ORDER BY seq LIMIT 501"
                )
            )
        )
    engine.dispose()
    assert "Index" in plan and "Sort" not in plan and "Bitmap" not in plan, plan


def test_pull_json_from_postgresql_is_the_same_page_as_pull(fresh_url: str) -> None:
    """The page whose rows PostgreSQL writes as JSON reads back as pull() gives it, for text
    with quotes, backslashes, control and non-ASCII characters, page by page."""
    engine = make_server_engine(fresh_url)
    version = "1735700000000-0000-ho"
    odd = 'सोना "q" \\ \n\t\u2028 é'
    rows = [
        {"id": f'id-{i}"x', "name": odd, "n": i, "f": 1.5, "b": None, "version": version}
        for i in range(7)
    ]
    store.put_master_rows(engine, "category", rows, version=version)
    auth = store.DeviceAuth("d", "b", "B1", "C1", "counter")
    for cursor, limit in ((0, 3), (3, 3), (6, 3), (7, 3), (0, 100)):
        made = json.loads(
            store.pull_json(engine, auth, stream="master", cursor=cursor, limit=limit)
        )
        plain = store.pull(engine, auth, stream="master", cursor=cursor, limit=limit)
        assert made == json.loads(json.dumps(plain)), (cursor, limit)
    engine.dispose()


def test_copy_insert_of_a_repeated_change_is_a_database_error(fresh_url: str) -> None:
    """A change id stored twice through COPY fails as SQLAlchemy's DBAPIError (the API's
    retryable 503), not as a bare driver error (a 500)."""
    engine = make_server_engine(fresh_url)
    row = {
        "change_id": "c1",
        "device_id": "d1",
        "table_name": "customer",
        "row_id": "r1",
        "result": "applied",
        "reason": "",
        "applied_at": datetime(2025, 6, 1, tzinfo=UTC),
    }
    with engine.begin() as conn:
        store._insert_many(conn, applied_change, [row])
    with pytest.raises(DBAPIError), engine.begin() as conn:
        store._insert_many(conn, applied_change, [row])
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT applied_at FROM applied_change")).scalar_one()
    engine.dispose()
    assert stored == datetime(2025, 6, 1, tzinfo=UTC)

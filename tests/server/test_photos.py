"""Photo files at head office (issue 11 point 7): uploaded by a device under the sha256 of
their bytes (checked), once however often sent, asked about in one call, fetched back whole."""

from __future__ import annotations

import hashlib
import io
import uuid
from datetime import UTC, datetime

import requests
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from PIL import Image
from sqlalchemy import Engine, func, insert, select

from jewelpos.domain.ids import new_id
from jewelpos.server import store
from jewelpos.server.db import MIGRATIONS_DIR, make_server_engine, upgrade
from jewelpos.server.models import metadata, photo_blob, row_store
from jewelpos.sync.protocol import MAX_PHOTO_UPLOAD_BYTES
from syncsupport import PgCluster, ServerProcess, unique_code


def _auth(server: ServerProcess, engine: Engine) -> dict[str, str]:
    branch = unique_code()
    store.add_branch(engine, code=branch)
    code = store.make_enrol_code(engine, branch_code=branch, counter_code="C1")
    r = requests.post(f"{server.base}/v1/enrol", json={"code": code, "device_id": new_id()})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buf, "JPEG")
    return buf.getvalue()


def test_a_photo_is_kept_once_by_its_hash_and_comes_back_byte_for_byte(
    server: ServerProcess, engine: Engine
) -> None:
    """Upload twice (both fine, stored once), ask which are missing, fetch the same bytes."""
    auth = _auth(server, engine)
    data = _jpeg((10, 120, 200))
    sha = hashlib.sha256(data).hexdigest()
    other = hashlib.sha256(b"never sent").hexdigest()
    url = f"{server.base}/v1/photos"
    r = requests.post(f"{url}/missing", json={"hashes": [sha, other]}, headers=auth)
    assert r.status_code == 200 and r.json() == {"missing": [sha, other]}
    assert requests.get(f"{url}/{sha}", headers=auth).status_code == 404

    first = requests.post(f"{url}/{sha}", data=data, headers=auth)
    again = requests.post(f"{url}/{sha}", data=data, headers=auth)
    assert (first.status_code, first.json()) == (200, {"stored": True})
    assert (again.status_code, again.json()) == (200, {"stored": False})
    with engine.connect() as conn:
        count = conn.execute(
            select(func.count()).select_from(photo_blob).where(photo_blob.c.sha256 == sha)
        ).scalar_one()
    assert count == 1

    r = requests.post(f"{url}/missing", json={"hashes": [sha, other]}, headers=auth)
    assert r.json() == {"missing": [other]}
    got = requests.get(f"{url}/{sha}", headers=auth)
    assert got.status_code == 200 and got.content == data
    assert got.headers["content-type"] == "image/jpeg"


def test_a_photo_that_is_not_what_it_is_named_or_too_big_or_unauthorised_is_refused(
    server: ServerProcess, engine: Engine
) -> None:
    """Wrong hash, not a JPEG, empty, over the limit, a bad name, no token: 4xx, nothing kept."""
    auth = _auth(server, engine)
    url = f"{server.base}/v1/photos"
    data = _jpeg((200, 10, 10))
    sha = hashlib.sha256(data).hexdigest()
    wrong = requests.post(f"{url}/{sha}", data=data + b"x", headers=auth)
    assert wrong.status_code == 400 and "sha256" in wrong.json()["detail"]
    text = b"not a picture"
    r = requests.post(f"{url}/{hashlib.sha256(text).hexdigest()}", data=text, headers=auth)
    assert r.status_code == 400 and "JPEG" in r.json()["detail"]
    empty = requests.post(f"{url}/{hashlib.sha256(b'').hexdigest()}", data=b"", headers=auth)
    assert empty.status_code == 400
    big = b"\xff\xd8\xff" + b"\0" * MAX_PHOTO_UPLOAD_BYTES
    r = requests.post(f"{url}/{hashlib.sha256(big).hexdigest()}", data=big, headers=auth)
    assert r.status_code == 413
    assert requests.post(f"{url}/NOTAHASH", data=data, headers=auth).status_code == 422
    assert requests.post(f"{url}/{sha}", data=data).status_code == 401
    assert requests.get(f"{url}/{sha}").status_code == 401
    r = requests.post(f"{url}/missing", json={"hashes": ["x" * 64]}, headers=auth)
    assert r.status_code == 422
    with engine.connect() as conn:
        assert (
            conn.execute(
                select(func.count()).select_from(photo_blob).where(photo_blob.c.sha256 == sha)
            ).scalar_one()
            == 0
        )


def test_orders_stored_before_s0004_become_shared_with_new_sequence_numbers(pg: PgCluster) -> None:
    """An order and its event kept for one branch before s0004 are shared after it, numbered
    after everything stored (so other branches pull them), in their old order; bills stay."""
    eng = make_server_engine(pg.createdb("t" + uuid.uuid4().hex[:12]))
    try:
        with eng.connect() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
            cfg.set_main_option("path_separator", "os")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "s0003")
            conn.commit()
        bid = store.add_branch(eng, code="B8")
        with eng.begin() as conn:
            store.allocate_seq(conn, 3)
            for seq, table in ((1, "customer_order"), (2, "order_event"), (3, "invoice")):
                conn.execute(
                    insert(row_store).values(
                        table_name=table, row_id=f"r{seq}", scope="branch", branch_id=bid,
                        origin_device="d", op="insert", version="1735700000000-0000-aaaa",
                        seq=seq, payload={"id": f"r{seq}"}, ref_key=None,
                        updated_at=datetime.now(UTC),
                    )
                )  # fmt: skip
        upgrade(eng)
        with eng.connect() as conn:
            rows = conn.execute(
                select(row_store.c.table_name, row_store.c.scope, row_store.c.seq).order_by(
                    row_store.c.seq
                )
            ).all()
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert [tuple(r) for r in rows] == [
            ("invoice", "branch", 3),
            ("customer_order", "shared", 4),
            ("order_event", "shared", 5),
        ]
        assert [d for d in diff if "photo_blob" in repr(d)] == []
        with eng.begin() as conn:
            assert store.allocate_seq(conn, 1) == 6
    finally:
        eng.dispose()

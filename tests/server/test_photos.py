"""Photo files at head office (issue 11 point 7): uploaded by a device under the sha256 of
their bytes (checked), once however often sent, asked about in one call, fetched back whole."""

from __future__ import annotations

import hashlib
import io

import requests
from PIL import Image
from sqlalchemy import Engine, func, select

from jewelpos.domain.ids import new_id
from jewelpos.server import store
from jewelpos.server.models import photo_blob
from jewelpos.sync.protocol import MAX_PHOTO_UPLOAD_BYTES
from syncsupport import ServerProcess, unique_code


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

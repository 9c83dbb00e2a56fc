"""Malformed requests (hypothesis-generated junk and near-valid changes) get 4xx, never 5xx,
from the real server on PostgreSQL, with a valid device token so the checks behind auth run;
schemathesis checks every answer against the published OpenAPI schema."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi import checks as oa_checks
from sqlalchemy import Engine

from jewelpos.domain.ids import new_id
from jewelpos.server import store
from syncsupport import ServerProcess, unique_code

FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
texts = st.text(max_size=70) | st.sampled_from(["customer", "invoice", "sync_outbox", "", "\x00"])


@st.composite
def near_valid_change(draw: st.DrawFn) -> dict[str, Any]:
    """A change whose fields are each sometimes right and sometimes junk of any type."""
    row_id = new_id()

    def maybe(good: Any) -> Any:
        return draw(st.one_of(st.just(good), json_values, texts))

    payload = draw(
        st.one_of(
            st.just({"id": row_id}),
            st.dictionaries(st.text(max_size=8), json_values, max_size=5).map(
                lambda d: {**d, "id": row_id}
            ),
            json_values,
        )
    )
    change = {
        "id": maybe(new_id()),
        "table": maybe("customer"),
        "row_id": maybe(row_id),
        "op": maybe("insert"),
        "version": maybe("1735700000000-0000-abc"),
        "payload": payload,
    }
    drop = draw(st.sets(st.sampled_from(sorted(change)), max_size=2))
    return {k: v for k, v in change.items() if k not in drop}


@pytest.fixture(scope="module")
def auth(server: ServerProcess, engine: Engine) -> dict[str, str]:
    branch = unique_code()
    store.add_branch(engine, code=branch)
    code = store.make_enrol_code(engine, branch_code=branch, counter_code="C1")
    r = requests.post(f"{server.base}/v1/enrol", json={"code": code, "device_id": new_id()})
    return {"Authorization": f"Bearer {r.json()['token']}"}


def _ok(r: requests.Response) -> None:
    assert r.status_code < 500, (r.status_code, r.text[:300])


@FUZZ
@given(body=json_values)
def test_push_junk_bodies_are_4xx(server: ServerProcess, auth: dict[str, str], body: Any) -> None:
    """Any JSON document as a push body: never a server error."""
    _ok(requests.post(f"{server.base}/v1/push", json=body, headers=auth, timeout=10))


@FUZZ
@given(changes=st.lists(near_valid_change(), min_size=1, max_size=4))
def test_near_valid_changes_are_answered_without_server_errors(
    server: ServerProcess, auth: dict[str, str], changes: list[dict[str, Any]]
) -> None:
    """Changes with junk in any field: 422 for the batch, or a result (maybe rejected) each."""
    r = requests.post(f"{server.base}/v1/push", json={"changes": changes}, headers=auth, timeout=10)
    _ok(r)
    if r.status_code == 200:
        assert len(r.json()["results"]) == len(changes)


@FUZZ
@given(raw=st.binary(max_size=200), gz=st.booleans())
def test_raw_and_gzip_junk_is_4xx(
    server: ServerProcess, auth: dict[str, str], raw: bytes, gz: bool
) -> None:
    """Bytes that are not JSON (or not gzip though labelled so): never a server error."""
    headers = {**auth, "Content-Type": "application/json"}
    if gz:
        headers["Content-Encoding"] = "gzip"
    data = gzip.compress(raw) if gz and raw[:1] == b"{" else raw
    _ok(requests.post(f"{server.base}/v1/push", data=data, headers=headers, timeout=10))


@FUZZ
@given(
    params=st.dictionaries(
        st.sampled_from(["stream", "cursor", "limit", "x"]),
        st.text(max_size=25) | st.integers(min_value=-(2**70), max_value=2**70).map(str),
    )
)
def test_pull_junk_params_are_4xx(
    server: ServerProcess, auth: dict[str, str], params: dict[str, str]
) -> None:
    """Any query string on pull: never a server error."""
    _ok(requests.get(f"{server.base}/v1/pull", params=params, headers=auth, timeout=10))


@FUZZ
@given(body=json_values | st.fixed_dictionaries({"code": texts, "device_id": texts}))
def test_enrol_junk_is_4xx(server: ServerProcess, body: Any) -> None:
    """Junk enrolment requests: never a server error (and never a token)."""
    r = requests.post(f"{server.base}/v1/enrol", json=body, timeout=10)
    _ok(r)
    assert r.status_code != 200


def test_gzip_bomb_is_refused(server: ServerProcess, auth: dict[str, str]) -> None:
    """A small gzip body that inflates past the limit is refused with 413."""
    bomb = gzip.compress(b'{"changes": [' + b" " * (20 * 1024 * 1024) + b"]}")
    r = requests.post(
        f"{server.base}/v1/push",
        data=bomb,
        headers={**auth, "Content-Encoding": "gzip", "Content-Type": "application/json"},
        timeout=30,
    )
    assert r.status_code == 413
    assert json.loads(r.text)["detail"]


CONFORMANCE = [
    schemathesis.checks.not_a_server_error,
    oa_checks.status_code_conformance,
    oa_checks.content_type_conformance,
    oa_checks.response_schema_conformance,
]


def test_published_schema_holds_for_generated_requests(
    server: ServerProcess, auth: dict[str, str]
) -> None:
    """schemathesis against the real server, with and without a token, every operation: no
    server error, and every answer (401/403/422... included) is declared with its body."""
    schema = schemathesis.openapi.from_url(f"{server.base}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 7
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            for headers in (auth, {}):
                case.call_and_validate(headers=headers, checks=CONFORMANCE)

        check()

"""HTTP side of sync (requests): enrol, push the outbox in bounded gzip batches, pull streams.

Every failure becomes a ``SyncError`` with a kind the worker and the UI understand (offline,
server, auth, revoked, protocol, not_enrolled) and a sentence for the cashier. Nothing here
marks work as done before the server has answered for it (see ``state.SyncStore``).
"""

from __future__ import annotations

import contextlib
import gzip
import json
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests
from pydantic import ValidationError as PydanticError

from jewelpos.db.models_sync import (
    STATE_BRANCH_CODE,
    STATE_BRANCH_HAS_DATA,
    STATE_BRANCH_ID,
    STATE_BRANCH_NAME,
    STATE_CLOCK_OFFSET_S,
    STATE_COUNTER_CODE,
    STATE_DEVICE_ID,
    STATE_ENROLLED_AT,
    STATE_LOCAL_BRANCH_ID,
    STATE_ROLE,
    STATE_SERVER_URL,
    STATE_TOKEN_STORE,
    pulled_to_end_key,
)
from jewelpos.domain.errors import JewelPOSError
from jewelpos.sync.protocol import (
    API_PREFIX,
    PULL_LIMIT_DEFAULT,
    STREAMS,
    EnrolMismatch,
    EnrolRequest,
    EnrolResponse,
    PushResponse,
)
from jewelpos.sync.state import OutboxChange, PushOutcome, SyncStore
from jewelpos.sync.tokens import TokenStore

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 60.0
USER_AGENT = "JewelPOS-counter/1"
SERVER_TIME_HEADER = "X-Server-Time"


def _utcnow() -> datetime:
    return datetime.now(UTC)


class SyncError(JewelPOSError):
    """A sync attempt failed; ``kind`` says whether retrying later can help."""

    code = "sync_failed"

    def __init__(self, kind: str, message: str, *, status: int | None = None) -> None:
        super().__init__(message, kind=kind)
        self.kind = kind
        self.status = status

    @property
    def retryable(self) -> bool:
        return self.kind in ("offline", "server", "protocol")


class CursorGone(SyncError):
    """HTTP 410: the stream's cursor is older than the server keeps."""


def _error_for(resp: requests.Response) -> SyncError:
    try:
        detail = resp.json().get("detail", "")
    except ValueError:
        detail = resp.text[:200]
    code = resp.status_code
    if code == 401:
        return SyncError(
            "auth", "Head office does not know this counter: enrol it again.", status=code
        )
    if code == 403:
        return SyncError(
            "revoked", "Head office has switched this counter off (revoked).", status=code
        )
    if code == 410:
        return CursorGone("gone", f"Head office needs a fresh download: {detail}", status=code)
    if code >= 500:
        return SyncError(
            "server", f"The head-office server has a problem ({code}); will retry.", status=code
        )
    return SyncError("protocol", f"Head office refused the request ({code}): {detail}", status=code)


class Transport:
    """Talks to one jewelpos-server with one device token (a requests.Session)."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        connect_timeout: float = CONNECT_TIMEOUT_S,
        read_timeout: float = READ_TIMEOUT_S,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}", "User-Agent": USER_AGENT})
        self.clock: Callable[[], datetime] = _utcnow
        self.clock_offset_s: float | None = None
        """Head office's clock minus this PC's (from the last answer's X-Server-Time)."""

    def close(self) -> None:
        self.session.close()

    def _send(self, method: str, path: str, **kw: Any) -> requests.Response:
        try:
            sent = self.clock()
            resp = self.session.request(
                method, f"{self.base_url}{API_PREFIX}{path}", timeout=self.timeout, **kw
            )
            self._note_clock(resp, sent, self.clock())
        except requests.Timeout:
            raise SyncError("offline", "Head office did not answer in time; will retry.") from None
        except requests.RequestException:
            raise SyncError(
                "offline", "Head office cannot be reached; bills are kept and will be sent."
            ) from None
        if resp.status_code != 200:
            raise _error_for(resp)
        return resp

    def _note_clock(self, resp: requests.Response, sent: datetime, got: datetime) -> None:
        try:
            theirs = datetime.fromisoformat(resp.headers.get(SERVER_TIME_HEADER, ""))
        except ValueError:
            return
        if theirs.tzinfo is None:
            return
        mine = sent + (got - sent) / 2  # the answer was stamped about half-way
        self.clock_offset_s = (theirs - mine).total_seconds()

    def push(self, changes: list[dict[str, Any]], *, unsent: int | None = None) -> PushResponse:
        """Send one batch; ``unsent`` (all this counter still has to send, this batch included)
        is shown to head office on its dashboard."""
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        return self.push_body(push_body([dumps(c) for c in changes]), unsent=unsent)

    def push_body(self, body: bytes, *, unsent: int | None = None) -> PushResponse:
        """Send one batch made by ``push_body`` (the module function)."""
        resp = self._send(
            "POST",
            "/push",
            data=body,
            headers={
                "Content-Type": "application/json",
                "Content-Encoding": "gzip",
                **({"X-Unsent-Count": str(unsent)} if unsent is not None else {}),
            },
        )
        try:
            return PushResponse.model_validate_json(resp.content)
        except PydanticError:
            raise SyncError("protocol", "Head office sent an answer we cannot read.") from None

    def pull(self, stream: str, cursor: int, limit: int = PULL_LIMIT_DEFAULT) -> dict[str, Any]:
        resp = self._send(
            "GET", "/pull", params={"stream": stream, "cursor": cursor, "limit": limit}
        )
        try:
            page = resp.json()
        except ValueError:
            page = None
        if (
            not isinstance(page, dict)
            or not isinstance(page.get("rows"), list)
            or not isinstance(page.get("next_cursor"), int)
            or not isinstance(page.get("has_more"), bool)
            or page["next_cursor"] < cursor
        ):
            raise SyncError("protocol", "Head office sent a page we cannot read.")
        return page

    def photos_missing(self, hashes: list[str]) -> list[str]:
        """Which of these photo hashes head office does not hold yet (one call)."""
        resp = self._send("POST", "/photos/missing", json={"hashes": hashes})
        try:
            missing = resp.json().get("missing")
        except (ValueError, AttributeError):
            missing = None
        if not isinstance(missing, list) or not all(isinstance(h, str) for h in missing):
            raise SyncError("protocol", "Head office sent an answer we cannot read.")
        return [h for h in missing if h in set(hashes)]

    def put_photo(self, sha256: str, data: bytes) -> None:
        """Upload one photo file (uploading one head office holds already is harmless)."""
        self._send("POST", f"/photos/{sha256}", data=data, headers={"Content-Type": "image/jpeg"})

    def get_photo(self, sha256: str) -> bytes | None:
        """One photo file, or None while head office does not hold it (404)."""
        try:
            return self._send("GET", f"/photos/{sha256}").content
        except SyncError as e:
            if e.status == 404:
                return None
            raise

    def me(self) -> dict[str, Any]:
        data: dict[str, Any] = self._send("GET", "/me").json()
        return data


def push_body(changes_json: Sequence[str]) -> bytes:
    """The gzipped request body of a push: each change already as JSON text."""
    text = '{"changes":[' + ",".join(changes_json) + "]}"
    return gzip.compress(text.encode("utf-8"), compresslevel=5)


def _encode(batch: Sequence[OutboxChange]) -> bytes:
    return push_body([c.wire_json() for c in batch])


def _fully_answered(batch: Sequence[OutboxChange], response: PushResponse) -> bool:
    answered = {r.id for r in response.results if r.result in ("applied", "duplicate", "rejected")}
    return all(c.id in answered for c in batch)


def push_all(
    store: SyncStore, transport: Transport, *, max_batches: int | None = None
) -> PushOutcome:
    """Push unsent changes oldest first until none are left (or ``max_batches``).

    One request at a time, in outbox order, as before; only the local work overlaps it: the
    next batch is read and encoded while a batch is on its way, and a batch's results are
    stored while the next one (sent only once the previous was fully answered) is on its way.
    A change is still marked sent only after head office answered for it.
    """
    sent = rejected = batches = 0

    def more() -> bool:
        return max_batches is None or batches < max_batches

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="jewelpos-push") as pool:
        batch = store.next_batch() if more() else []
        if not batch:
            keep_clock_offset(store, transport)
            return PushOutcome(sent=0, rejected=0)
        flight: Future[PushResponse] = pool.submit(
            transport.push_body, _encode(batch), unsent=store.unsent_count()
        )
        batches += 1
        try:
            while True:
                following: list[OutboxChange] = []
                body = b""
                unsent = 0
                if more():  # read and encode the next batch while this one travels
                    following = store.next_batch(after_seq=batch[-1].seq)
                    if following:
                        body = _encode(following)
                        unsent = max(0, store.unsent_count() - len(batch))
                response = flight.result()
                overlap = bool(following) and _fully_answered(batch, response)
                if overlap:  # the next goes now; this one's results are kept meanwhile
                    flight = pool.submit(transport.push_body, body, unsent=unsent)
                    batches += 1
                outcome = store.record_results(batch, response.results)
                sent += outcome.sent
                rejected += outcome.rejected
                if outcome.sent + outcome.rejected == 0:
                    raise SyncError(
                        "protocol", "Head office acknowledged none of the changes sent."
                    )
                if overlap:
                    batch = following
                    continue
                batch = store.next_batch() if more() else []  # what is left goes again first
                if not batch:
                    break
                flight = pool.submit(
                    transport.push_body, _encode(batch), unsent=store.unsent_count()
                )
                batches += 1
        except BaseException:
            if not flight.done():  # a batch on its way: its answer is not needed any more
                with contextlib.suppress(Exception):
                    flight.result()
            raise
    keep_clock_offset(store, transport)
    return PushOutcome(sent=sent, rejected=rejected)


def keep_clock_offset(store: SyncStore, transport: Transport) -> None:
    """Remember how far head office's clock is from this PC's (the status bar warns)."""
    if transport.clock_offset_s is not None:
        store.put({STATE_CLOCK_OFFSET_S: f"{transport.clock_offset_s:.1f}"})


def pull_all(
    store: SyncStore,
    transport: Transport,
    *,
    streams: tuple[str, ...] = STREAMS,
    limit: int = PULL_LIMIT_DEFAULT,
) -> int:
    """Pull every stream to its end; a 410 restarts that stream from 0 (unsent work untouched).

    The next page is fetched while the current one is applied (one helper thread); a page is
    only ever stored together with its own cursor, so a failure anywhere loses nothing.
    """
    total = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="jewelpos-pull") as pool:
        for stream in streams:
            restarted = False
            cursor = store.cursor(stream)
            ahead: Future[dict[str, Any]] | None = None
            while True:
                try:
                    page = ahead.result() if ahead else transport.pull(stream, cursor, limit)
                except CursorGone:
                    if restarted:
                        raise
                    store.reset_cursor(stream)
                    restarted, cursor, ahead = True, 0, None
                    continue
                ahead = None
                answered_at = _utcnow()
                rows = page["rows"]
                more = bool(page["has_more"] and rows)
                if more:
                    ahead = pool.submit(transport.pull, stream, page["next_cursor"], limit)
                try:
                    if rows:
                        total += store.apply_page(stream, rows, page["next_cursor"])
                except BaseException:
                    if ahead is not None:
                        ahead.cancel()
                        with contextlib.suppress(Exception):
                            ahead.result()
                    raise
                cursor = page["next_cursor"]
                if not more:
                    # everything head office held for this stream is here now (freshness of
                    # what it carries: services/scheme_redemption.py reads it)
                    store.put({pulled_to_end_key(stream): answered_at.isoformat()})
                    break
    keep_clock_offset(store, transport)
    return total


@dataclass(frozen=True)
class Enrolment:
    server_url: str
    branch_code: str
    counter_code: str
    device_id: str
    token_store: str
    branch_name: str = ""
    branch_has_data: bool = False
    local_branch_id: str = ""


class CodesDiffer(SyncError):
    """The enrolment code is for another branch/counter than this counter is set up as."""

    def __init__(
        self, message: str, *, branch_code: str, counter_code: str, local: tuple[str, str]
    ) -> None:
        super().__init__("mismatch", message, status=409)
        self.branch_code = branch_code
        self.counter_code = counter_code
        self.local = local


def server_base(url: str) -> str:
    """The server address as typed, made usable: ``192.168.1.5:8000`` -> ``http://...``."""
    base = url.strip().rstrip("/")
    if base and "://" not in base:
        base = "http://" + base
    return base


def request_enrolment(
    url: str,
    code: str,
    *,
    device_id: str,
    device_name: str = "",
    local_branch_id: str = "",
    expect: tuple[str, str] | None = None,
) -> tuple[str, EnrolResponse]:
    """Spend a one-time code at ``url``; (server base address, answer). Stores nothing.

    With ``expect`` (branch code, counter code) the server refuses a code for another counter
    without spending it (CodesDiffer).
    """
    base = server_base(url)
    try:
        req = EnrolRequest(
            code=code.strip(),
            device_id=device_id,
            device_name=device_name[:120],
            local_branch_id=local_branch_id,
            expect_branch_code=expect[0] if expect else "",
            expect_counter_code=expect[1] if expect else "",
        )
    except PydanticError:
        raise SyncError("auth", "The enrolment code is unknown, already used or expired.") from None
    try:
        resp = requests.post(
            f"{base}{API_PREFIX}/enrol",
            json=req.model_dump(exclude_defaults=True),
            timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
        )
    except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema, ValueError):
        raise SyncError("address", f"{base} is not a web address.") from None
    except requests.RequestException:
        raise SyncError("offline", f"Cannot reach head office at {base}.") from None
    if resp.status_code == 400:
        raise SyncError("auth", "The enrolment code is unknown, already used or expired.")
    if resp.status_code == 409 and expect:
        try:
            theirs = EnrolMismatch.model_validate_json(resp.content)
        except PydanticError:
            raise _error_for(resp) from None
        mine, server = f"{expect[0]}/{expect[1]}", f"{theirs.branch_code}/{theirs.counter_code}"
        raise CodesDiffer(
            f"This code is for counter {server} at head office, but this counter is set up "
            f"as {mine}: its bills would go into another invoice series. Nothing was changed. "
            f"Ask head office for a code for {mine} "
            f"(jewelpos-server enrol-code {expect[0]} {expect[1]}).",
            branch_code=theirs.branch_code,
            counter_code=theirs.counter_code,
            local=expect,
        )
    if resp.status_code != 200:
        raise _error_for(resp)
    try:
        return base, EnrolResponse.model_validate_json(resp.content)
    except PydanticError:
        raise SyncError("protocol", "Head office sent an answer we cannot read.") from None


def _keep_enrolment(
    store: SyncStore,
    data_dir: Path,
    base: str,
    answer: EnrolResponse,
    *,
    token_backend: str | None,
) -> Enrolment:
    where = TokenStore(data_dir, answer.device_id, backend=token_backend).save(answer.token)
    values: Mapping[str, str] = {
        STATE_SERVER_URL: base,
        STATE_BRANCH_ID: answer.branch_id,
        STATE_BRANCH_CODE: answer.branch_code,
        STATE_BRANCH_NAME: answer.branch_name,
        STATE_COUNTER_CODE: answer.counter_code,
        STATE_DEVICE_ID: answer.device_id,
        STATE_ROLE: answer.role,
        STATE_TOKEN_STORE: where,
        STATE_ENROLLED_AT: answer.server_time.isoformat(),
        STATE_BRANCH_HAS_DATA: "1" if answer.branch_has_data else "",
        STATE_LOCAL_BRANCH_ID: answer.local_branch_id,
    }
    store.put(values)
    return Enrolment(
        base,
        answer.branch_code,
        answer.counter_code,
        answer.device_id,
        where,
        answer.branch_name,
        branch_has_data=answer.branch_has_data,
        local_branch_id=answer.local_branch_id,
    )


def enrol_counter(
    db_path: Path,
    data_dir: Path,
    url: str,
    code: str,
    *,
    token_backend: str | None = None,
    check_codes: bool = True,
) -> Enrolment:
    """Spend a one-time code at ``url`` for this set-up counter; keep the token safely and
    remember the server.

    With ``check_codes`` (the default; `jewelpos sync enrol`) a code for another branch or
    counter than this counter's own codes is refused (CodesDiffer) and not spent: the counter's
    invoice series must be the one head office expects.
    """
    store = SyncStore(db_path)
    try:
        device_id, local_branch_id, name = store.local_identity()
        expect = store.local_codes() if check_codes else None
        base, answer = request_enrolment(
            url,
            code,
            device_id=device_id,
            device_name=name,
            local_branch_id=local_branch_id,
            expect=expect,
        )
        return _keep_enrolment(store, data_dir, base, answer, token_backend=token_backend)
    finally:
        store.close()


def enrol_before_setup(
    db_path: Path,
    data_dir: Path,
    url: str,
    code: str,
    *,
    device_id: str,
    token_backend: str | None = None,
) -> Enrolment:
    """Enrol a counter that is not set up yet (first-run setup) as device ``device_id``.

    Head office's answer (branch and counter codes, branch name) is kept in sync_state, where
    setup reads it: the counter is then created with that device id and those codes.
    """
    store = SyncStore(db_path)
    try:
        if store.has_local_device():
            raise SyncError("protocol", "This counter is already set up: use jewelpos sync enrol.")
        base, answer = request_enrolment(url, code, device_id=device_id, device_name="Counter")
        return _keep_enrolment(store, data_dir, base, answer, token_backend=token_backend)
    finally:
        store.close()


def initial_pull(db_path: Path, data_dir: Path, *, token_backend: str | None = None) -> int:
    """Pull every stream into a counter enrolled before setup (first-run setup of a counter
    joining an existing branch: head office's users, categories, rates and settings arrive
    before setup decides what it still has to create). Returns the rows applied."""
    store = SyncStore(db_path)
    try:
        transport = open_transport(store, data_dir, token_backend=token_backend)
        try:
            return pull_all(store, transport)
        finally:
            transport.close()
    finally:
        store.close()


def open_transport(
    store: SyncStore, data_dir: Path, *, token_backend: str | None = None
) -> Transport:
    """A transport from what enrolment stored; SyncError(not_enrolled) if there is none."""
    url = store.get(STATE_SERVER_URL)
    device_id = store.get(STATE_DEVICE_ID)
    token = TokenStore(data_dir, device_id, backend=token_backend).load() if device_id else None
    if not url or not token:
        raise SyncError(
            "not_enrolled", "This counter is not connected to head office (enrol it first)."
        )
    return Transport(url, token)

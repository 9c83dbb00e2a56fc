"""The head-office HTTP API (FastAPI): enrol, push, pull, who-am-I and consolidated reports.

Stateless: everything lives in the database, so several workers or hosts can serve one chain.
Bodies may be gzip-compressed (``Content-Encoding: gzip``, bounded when inflated); malformed
input is answered 4xx (pydantic validation plus explicit checks), never 5xx; a database that is
down is 503, so a counter backs off and retries.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Coroutine
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.concurrency import run_in_threadpool

from jewelpos.server import photos, releases, reports, reports_sales, store
from jewelpos.server.limits import BodyGuard, Throttle
from jewelpos.server.settings import ServerSettings
from jewelpos.sync.protocol import (
    API_PREFIX,
    MAX_BODY_BYTES,
    PULL_LIMIT_DEFAULT,
    PULL_LIMIT_MAX,
    SHA256_RE,
    DeviceInfo,
    EnrolMismatch,
    EnrolRequest,
    EnrolResponse,
    PhotoMissing,
    PhotoQuery,
    Problem,
    PullPage,
    PushRequest,
    PushResponse,
)

MAX_CURSOR = 2**62
Sha256 = Annotated[str, Path(pattern=SHA256_RE.pattern)]
"""A photo's name: the sha256 of its bytes."""


def _problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for error answers: every one has a ``Problem`` body."""
    words = {
        400: "malformed request",
        401: "no or unknown device token",
        403: "the device is revoked, or the call is not for its role",
        408: "the request body came too slowly",
        413: "the body is too large",
        422: "the request does not match the schema",
        429: "too many attempts from this address; try again in a minute",
        503: "the head-office database is unavailable; try again",
    }
    return {c: {"description": words[c], "model": Problem} for c in codes}


AUTHED = _problems(401, 403, 422, 503)
WITH_BODY = _problems(400, 408, 413)


def _inflate(body: bytes) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(body, MAX_BODY_BYTES + 1)
    except zlib.error:
        raise HTTPException(400, "the body is not valid gzip") from None
    if len(out) > MAX_BODY_BYTES or d.unconsumed_tail:
        raise HTTPException(413, "the body is too large")
    return out


class GzipRequest(Request):
    """A request whose body is inflated when sent with ``Content-Encoding: gzip``."""

    async def body(self) -> bytes:
        if not hasattr(self, "_body"):
            raw = await super().body()
            if len(raw) > MAX_BODY_BYTES:
                raise HTTPException(413, "the body is too large")
            if "gzip" in self.headers.get("content-encoding", "").lower():
                raw = _inflate(raw)
            self._body = raw
        return self._body


class GzipRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            return await original(GzipRequest(request.scope, request.receive))

        return handler


_bearer = HTTPBearer(auto_error=False)


def device_auth(
    request: Request,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> store.DeviceAuth:
    """The calling device from its bearer token (401 unknown, 403 revoked)."""
    if creds is None or creds.scheme.lower() != "bearer":
        raise HTTPException(401, "a device token is required", {"WWW-Authenticate": "Bearer"})
    try:
        return store.authenticate(request.app.state.engine, creds.credentials)
    except store.AuthError as e:
        raise HTTPException(e.status, e.message) from None


Auth = Annotated[store.DeviceAuth, Depends(device_auth)]


def create_app(
    engine: Engine,
    *,
    settings: ServerSettings | None = None,
    reports_engine: Engine | None = None,
) -> FastAPI:
    """The API bound to one database engine (``jewelpos-server serve`` makes the engine);
    reports read ``reports_engine`` (e.g. a read replica) when given."""
    settings = settings or ServerSettings()
    reports_db = reports_engine or engine
    app = FastAPI(title="JewelPOS head office", version="1")
    app.router.route_class = GzipRoute
    app.state.engine = engine
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=4)
    app.add_middleware(
        BodyGuard,
        max_bytes=MAX_BODY_BYTES,
        timeout_s=settings.body_timeout_s,
    )
    enrol_throttle = Throttle(settings.enrol_per_minute)
    from jewelpos.server.dashboard import make_router

    app.include_router(make_router(engine, reports_db, Throttle(settings.enrol_per_minute)))

    @app.exception_handler(OperationalError)
    async def _db_down(_request: Request, exc: OperationalError) -> JSONResponse:
        return JSONResponse({"detail": "the head-office database is unavailable"}, 503)

    @app.exception_handler(DBAPIError)
    async def _db_error(_request: Request, exc: DBAPIError) -> JSONResponse:
        # e.g. a serialisation failure: the client retries the same batch, which is idempotent
        return JSONResponse({"detail": "temporary database problem, try again"}, 503)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))} for e in exc.errors()
        ]
        return JSONResponse({"detail": errors}, 422)

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get(
        f"{API_PREFIX}/version",
        responses={
            **_problems(503),
            404: {"description": "head office has published no version", "model": Problem},
        },
    )
    def version() -> dict[str, Any]:
        """The version manifest (public: counters check it before enrolling too)."""
        manifest = releases.get_release(engine)
        if manifest is None:
            raise HTTPException(404, "no version published")
        return manifest

    @app.post(
        f"{API_PREFIX}/enrol",
        response_model=EnrolResponse,
        responses={
            **_problems(400, 408, 413, 422, 429, 503),
            400: {"description": "unknown, used or expired code", "model": Problem},
            409: {"description": "the code is for another counter", "model": EnrolMismatch},
        },
    )
    def enrol(req: EnrolRequest, request: Request) -> Any:
        address = request.client.host if request.client else "?"
        if not enrol_throttle.allow(address):
            return JSONResponse(
                {"detail": "too many enrolment attempts from this address; wait a minute"},
                429,
                headers={"Retry-After": "60"},
            )
        try:
            return store.enrol(engine, req)
        except store.EnrolMismatch as e:
            body = EnrolMismatch(
                detail=str(e), branch_code=e.branch_code, counter_code=e.counter_code
            )
            return JSONResponse(body.model_dump(), 409)
        except store.EnrolRefused as e:
            raise HTTPException(400, str(e)) from None

    @app.get(f"{API_PREFIX}/me", response_model=DeviceInfo, responses=AUTHED)
    def me(auth: Auth) -> DeviceInfo:
        return DeviceInfo(
            device_id=auth.device_id,
            branch_id=auth.branch_id,
            branch_code=auth.branch_code,
            counter_code=auth.counter_code,
            role=auth.role,
        )

    @app.post(f"{API_PREFIX}/push", response_model=PushResponse, responses={**AUTHED, **WITH_BODY})
    def push(
        req: PushRequest,
        auth: Auth,
        x_unsent_count: Annotated[int | None, Header(ge=0, le=2**31 - 1)] = None,
    ) -> PushResponse:
        results = store.apply_push(
            engine,
            auth,
            req.changes,
            max_drift=settings.max_clock_drift,
            unsent=x_unsent_count,
        )
        return PushResponse(results=results, server_time=store.utcnow())

    @app.get(
        f"{API_PREFIX}/pull",
        response_model=PullPage,
        responses={
            **AUTHED,
            410: {"description": "the cursor is older than the server keeps", "model": Problem},
        },
    )
    def pull(
        auth: Auth,
        stream: Literal["master", "shared", "branch", "conflicts"],
        cursor: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
        limit: Annotated[int, Query(ge=1, le=PULL_LIMIT_MAX)] = PULL_LIMIT_DEFAULT,
    ) -> Response:
        try:
            body = store.pull_json(engine, auth, stream=stream, cursor=cursor, limit=limit)
        except store.CursorTooOld as e:
            raise HTTPException(410, str(e)) from None
        # built by hand (payloads spliced in as stored): validating 10,000 rows through the
        # response model would cost more than the query; the shape is PullPage all the same
        return Response(body, media_type="application/json")

    @app.post(f"{API_PREFIX}/photos/missing", response_model=PhotoMissing, responses=AUTHED)
    def photos_missing(req: PhotoQuery, auth: Auth) -> PhotoMissing:
        """Which of these order or repair photos head office does not hold yet (one call)."""
        return PhotoMissing(missing=photos.missing(engine, req.hashes))

    @app.post(
        f"{API_PREFIX}/photos/{{sha256}}",
        responses={**AUTHED, **WITH_BODY},
        openapi_extra={"requestBody": {"content": {"image/jpeg": {"schema": {"type": "string"}}}}},
    )
    async def photo_upload(sha256: Sha256, auth: Auth, request: Request) -> dict[str, bool]:
        """Upload a photo (the body is its bytes; the sha256 of them must be its name).
        Uploading one head office holds already changes nothing."""
        data = await request.body()
        try:
            new = await run_in_threadpool(
                photos.keep, engine, sha256, data, branch_id=auth.branch_id, now=store.utcnow()
            )
        except photos.PhotoRefused as e:
            raise HTTPException(e.status, e.message) from None
        return {"stored": new}

    @app.get(
        f"{API_PREFIX}/photos/{{sha256}}",
        responses={
            **AUTHED,
            200: {"content": {"image/jpeg": {}}, "description": "the photo's bytes"},
            404: {"description": "head office does not hold this photo", "model": Problem},
        },
    )
    def photo_download(sha256: Sha256, auth: Auth) -> Response:
        data = photos.fetch(engine, sha256)
        if data is None:
            raise HTTPException(404, "head office does not hold this photo yet")
        return Response(data, media_type="image/jpeg")

    @app.get(f"{API_PREFIX}/reports/sales", responses=AUTHED)
    def sales(
        auth: Auth,
        day_from: date,
        day_to: date,
    ) -> list[dict[str, Any]]:
        if auth.role != store.ROLE_HEAD_OFFICE:
            raise HTTPException(403, "reports are for head office")
        return reports.sales_per_branch_day(reports_db, day_from=day_from, day_to=day_to)

    @app.get(f"{API_PREFIX}/reports/sales-by", responses=AUTHED)
    def sales_by(
        auth: Auth,
        by: Literal["category", "purity", "salesperson", "mode"],
        day_from: date,
        day_to: date,
    ) -> list[dict[str, Any]]:
        """Sales of live bills per branch by category, purity, salesperson or payment mode:
        bills, lines, net and fine weight (mg), making and taxable value (paise); for the
        payment mode the amount taken (paise)."""
        if auth.role != store.ROLE_HEAD_OFFICE:
            raise HTTPException(403, "reports are for head office")
        return reports_sales.sales_by(reports_db, by=by, day_from=day_from, day_to=day_to)

    @app.get(f"{API_PREFIX}/reports/scheme-liability", responses=AUTHED)
    def scheme_liability(
        auth: Auth,
        at: date,
        branch: Annotated[str | None, Query(pattern=r"^[0-9A-Za-z]{1,8}$")] = None,
    ) -> dict[str, Any]:
        """Savings-scheme liability (money and grams members hold) at the end of ``at``, for
        one home branch or the whole chain; the counter's `jewelpos schemes liability` JSON."""
        if auth.role != store.ROLE_HEAD_OFFICE:
            raise HTTPException(403, "reports are for head office")
        return reports.scheme_liability(reports_db, at=at, branch_code=branch)

    @app.get(f"{API_PREFIX}/reports/tally", responses=AUTHED)
    def tally(auth: Auth, day: date) -> list[dict[str, Any]]:
        if auth.role != store.ROLE_HEAD_OFFICE:
            raise HTTPException(403, "reports are for head office")
        return reports.counter_tally(reports_db, day=day)

    return app


def app_from_env() -> FastAPI:
    """The ASGI app for ``uvicorn --factory jewelpos.server.app:app_from_env`` ($DATABASE_URL)."""
    import os

    from jewelpos.server.db import ENV_POOL_SIZE, database_url, make_server_engine

    settings = ServerSettings.from_env()
    pool = int(os.environ.get(ENV_POOL_SIZE, "5") or 5)
    engine = make_server_engine(database_url(), pool_size=pool)
    reports_engine = (
        make_server_engine(settings.reports_url, pool_size=pool) if settings.reports_url else None
    )
    return create_app(engine, settings=settings, reports_engine=reports_engine)

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

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from jewelpos.server import releases, reports, store
from jewelpos.sync.protocol import (
    API_PREFIX,
    MAX_BODY_BYTES,
    PULL_LIMIT_DEFAULT,
    PULL_LIMIT_MAX,
    DeviceInfo,
    EnrolMismatch,
    EnrolRequest,
    EnrolResponse,
    PullPage,
    PushRequest,
    PushResponse,
)

MAX_CURSOR = 2**62


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


def create_app(engine: Engine) -> FastAPI:
    """The API bound to one database engine (``jewelpos-server serve`` makes the engine)."""
    app = FastAPI(title="JewelPOS head office", version="1")
    app.router.route_class = GzipRoute
    app.state.engine = engine
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=4)

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
        responses={404: {"description": "head office has published no version"}},
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
            400: {"description": "unknown, used or expired code"},
            409: {"description": "the code is for another counter", "model": EnrolMismatch},
        },
    )
    def enrol(req: EnrolRequest) -> Any:
        try:
            return store.enrol(engine, req)
        except store.EnrolMismatch as e:
            body = EnrolMismatch(
                detail=str(e), branch_code=e.branch_code, counter_code=e.counter_code
            )
            return JSONResponse(body.model_dump(), 409)
        except store.EnrolRefused as e:
            raise HTTPException(400, str(e)) from None

    @app.get(f"{API_PREFIX}/me", response_model=DeviceInfo)
    def me(auth: Auth) -> DeviceInfo:
        return DeviceInfo(
            device_id=auth.device_id,
            branch_id=auth.branch_id,
            branch_code=auth.branch_code,
            counter_code=auth.counter_code,
            role=auth.role,
        )

    @app.post(f"{API_PREFIX}/push", response_model=PushResponse)
    def push(req: PushRequest, auth: Auth) -> PushResponse:
        results = store.apply_push(engine, auth, req.changes)
        return PushResponse(results=results, server_time=store.utcnow())

    @app.get(
        f"{API_PREFIX}/pull",
        response_model=PullPage,
        responses={410: {"description": "the cursor is older than the server keeps"}},
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

    @app.get(f"{API_PREFIX}/reports/sales")
    def sales(
        auth: Auth,
        day_from: date,
        day_to: date,
    ) -> list[dict[str, Any]]:
        if auth.role != store.ROLE_HEAD_OFFICE:
            raise HTTPException(403, "reports are for head office")
        return reports.sales_per_branch_day(engine, day_from=day_from, day_to=day_to)

    @app.get(f"{API_PREFIX}/reports/tally")
    def tally(auth: Auth, day: date) -> list[dict[str, Any]]:
        if auth.role != store.ROLE_HEAD_OFFICE:
            raise HTTPException(403, "reports are for head office")
        return reports.counter_tally(engine, day=day)

    return app


def app_from_env() -> FastAPI:
    """The ASGI app for ``uvicorn --factory jewelpos.server.app:app_from_env`` ($DATABASE_URL)."""
    from jewelpos.server.db import database_url, make_server_engine

    return create_app(make_server_engine(database_url()))

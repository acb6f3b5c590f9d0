"""Starlette wiring: routing, auth, body validation, faults and JSONL streaming.

``EmulatorApp.__call__`` is the ASGI entry point. It counts requests, decides
request-level faults (a connection reset is carried out here, before Starlette
could answer with a 500) and hands everything else to one catch-all endpoint.
"""

from __future__ import annotations

import fnmatch
import json
import logging
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any

import anyio
import anyio.lowlevel
import attrs
import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route as StarletteRoute
from starlette.types import Message, Receive, Scope, Send

from . import _files
from ._engine import ApiError, Call, Json, Raw, Stream, bad_request, not_found
from ._faults import REQUEST_KINDS, STREAM_KINDS, FaultRule, Stats
from ._spec import Route
from ._store import AccountStore, TokenGrant, now_ms
from ._validate import check

if TYPE_CHECKING:
    from . import Emulator

PREFIX = "/v1"
PREFIXES = ("/api/v1", PREFIX)
"""``/api/v1/...`` is what the vendor's clients request on any host but api.chatbotkit.com."""
_RUNAS_IDS = ("x-runas-user-id", "x-runas-userid")
_RUNAS_EMAIL = "x-runas-child-user-email"
_CONTEXT = "chatbotkit.emulator"
_RAW_SEND = "chatbotkit.emulator.send"
_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
_SLOW = frozenset({"slow"})
_MALFORMED_LINE = b'{"type":"token","data":{"token":\n'


logger = logging.getLogger("chatbotkit.emulator")


@attrs.define
class _Matched:
    """What ``__call__`` learned about a request before Starlette runs."""

    sub: str
    methods: tuple[str, ...]
    params: dict[str, str]
    route: Route | None
    fault: FaultRule | None


def _authorization(scope: Scope) -> str:
    """The raw Authorization header: what a per-token rate limit is keyed by."""
    for name, value in scope.get("headers", ()):
        if name == b"authorization":
            return bytes(value).decode("latin-1")
    return ""


class ConnectionReset(Exception):
    """Internal signal: the emulator dropped the connection on purpose."""


def _dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def error_response(error: ApiError) -> Response:
    return Response(
        _dumps({"message": error.message, "code": error.code}),
        status_code=error.status,
        media_type="application/json",
        headers=error.headers,
    )


async def abort_connection(scope: Scope) -> bool:
    """Close the client's TCP connection without a (complete) response.

    Works with uvicorn's HTTP protocols (the ``send`` callable is bound to a
    request cycle holding the transport). Returns ``False`` when there is no socket
    to drop (in-process ASGI transports).
    """
    send = scope.get(_RAW_SEND)
    cycle: Any = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None or not hasattr(cycle, "disconnected"):
        return False
    transport.abort()
    for _ in range(50):
        if cycle.disconnected:
            break
        await anyio.lowlevel.checkpoint()
    cycle.disconnected = True
    return True


class _TrackedStream(StreamingResponse):
    """A JSONL streaming response counted in ``Stats.open_streams`` while it runs."""

    def __init__(self, lines: AsyncIterator[bytes], stats: Stats) -> None:
        super().__init__(
            lines, media_type="application/jsonl", headers={"cache-control": "no-cache"}
        )
        self._lines = lines
        self._stats = stats

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        stats = self._stats
        stats.open_streams += 1
        stats.streams_started += 1
        stats.peak_open_streams = max(stats.peak_open_streams, stats.open_streams)
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._stats.open_streams -= 1
            aclose = getattr(self._lines, "aclose", None)
            if aclose is not None:
                with anyio.CancelScope(shield=True):
                    await aclose()


async def _lines(
    events: AsyncIterator[dict[str, Any]],
    scope: Scope,
    fault: FaultRule | None,
    slow: FaultRule | None,
) -> AsyncIterator[bytes]:
    """Serialise events as JSONL lines, applying this stream's faults."""
    sent = 0
    try:
        async for event in events:
            line = _dumps(event) + b"\n"
            if slow is not None:
                await anyio.sleep(slow.delay)
            if fault is not None and sent == fault.after:
                if fault.kind == "cut":
                    yield line[: max(1, len(line) // 2)]
                    return
                if fault.kind == "malformed":
                    yield _MALFORMED_LINE
                elif fault.kind == "stream_reset":
                    await abort_connection(scope)
                    raise ConnectionReset()
            yield line
            sent += 1
    finally:
        aclose = getattr(events, "aclose", None)
        if aclose is not None:
            with anyio.CancelScope(shield=True):
                await aclose()


def _contains_reset(exc: BaseException) -> bool:
    if isinstance(exc, ConnectionReset):
        return True
    inner = getattr(exc, "exceptions", None)  # an exception group (3.11+ or backport)
    return isinstance(inner, tuple | list) and any(
        isinstance(e, BaseException) and _contains_reset(e) for e in inner
    )


class EmulatorApp(Starlette):
    """The emulator as a Starlette application (usable with ``httpx.ASGITransport``)."""

    def __init__(self, emulator: Emulator) -> None:
        super().__init__(routes=[StarletteRoute("/{rest:path}", self._endpoint, methods=_METHODS)])
        self.emulator = emulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        emu = self.emulator
        stats = emu.stats
        stats.requests += 1
        stats.open_requests += 1
        scope[_RAW_SEND] = send
        started = False

        async def counting_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                stats.by_status[int(message["status"])] += 1
            await send(message)

        try:
            matched = self._pre_route(scope)
            scope[_CONTEXT] = matched
            if matched is not None and matched.fault is not None and matched.fault.kind == "reset":
                if not await abort_connection(scope):
                    raise ConnectionReset()
                return
            await super().__call__(scope, receive, counting_send)
        except BaseException as exc:
            if not _contains_reset(exc):
                raise
            if getattr(getattr(send, "__self__", None), "transport", None) is None:
                # In-process (no socket to drop): raise what httpx raises on a real reset.
                if started:
                    raise httpx.RemoteProtocolError(
                        "peer closed connection without sending complete message body"
                    ) from None
                raise httpx.RemoteProtocolError(
                    "Server disconnected without sending a response."
                ) from None
        finally:
            stats.open_requests -= 1

    def _pre_route(self, scope: Scope) -> _Matched | None:
        """Match the route and decide request faults before Starlette runs."""
        path: str = scope.get("path", "")
        prefix = next((p for p in PREFIXES if path.startswith(p + "/")), None)
        if prefix is None:
            return None
        sub = path[len(prefix) :]
        emu = self.emulator
        match = emu.spec.match(sub)
        if match is None:
            return None
        template, params = match
        route = template.routes.get(scope["method"])
        fault = None
        if route is not None:
            emu.stats.by_route[route.operation_id] += 1
            who = _authorization(scope)
            fault = emu.faults.pick(REQUEST_KINDS, route.operation_id, sub, route.path, who)
            if fault is not None:
                emu.stats.faults[fault.kind] += 1
                emu.stats.faults_by_route[route.operation_id] += 1
        return _Matched(sub, tuple(sorted(template.routes)), params, route, fault)

    # ------------------------------------------------------------------ endpoint

    async def _endpoint(self, request: Request) -> Response:
        try:
            return await self._handle(request)
        except ApiError as error:
            return error_response(error)
        except Exception:
            logger.exception("emulator failure on %s %s", request.method, request.url.path)
            return error_response(ApiError(500, "INTERNAL_SERVER_ERROR", "emulator failure"))

    async def _handle(self, request: Request) -> Response:
        emu = self.emulator
        matched: _Matched | None = request.scope.get(_CONTEXT)
        path = request.url.path
        if matched is None and path.startswith((_files.UPLOAD_PATH, _files.BLOB_PATH)):
            return await self._capability(request)
        if matched is None:
            self._grant(request)  # a bad token is 401 before an unknown path is 404
            raise not_found(f"no such endpoint: {request.method} {request.url.path}")
        route, params, sub = matched.route, matched.params, matched.sub
        if route is None:
            allowed = ", ".join(matched.methods)
            raise ApiError(
                405,
                "METHOD_NOT_ALLOWED",
                f"{request.method} is not allowed on {request.url.path} (use {allowed})",
                {"Allow": allowed},
            )
        fault = matched.fault
        if fault is not None:
            headers = fault.retry_after_headers()
            code = fault.error_code()
            raise ApiError(
                fault.error_status(), code, fault.message or f"injected fault: {code}", headers
            )
        store, grant = self._authenticate(request, route, params, sub)
        body = await self._body(request, route)
        query = list(request.query_params.multi_items())
        self._check_query(route, query)
        uploaded = _files.uploaded_bytes(
            request.headers.get("content-type", ""), await request.body()
        )
        call = Call(
            route=route,
            params=params,
            query=query,
            body=body,
            store=store,
            grant=grant,
            stream="application/jsonl" in request.headers.get("accept", ""),
            origin=f"{request.url.scheme}://{request.url.netloc}",
            content=uploaded[0] if uploaded is not None else None,
            content_type=uploaded[1] if uploaded is not None else None,
            download_form=request.headers.get(_files.FORM_HEADER),
        )
        result = await emu.engine.handle(call)
        if isinstance(result, Json):
            return Response(
                _dumps(result.body), status_code=result.status, media_type="application/json"
            )
        if isinstance(result, Raw):
            return Response(
                result.content,
                status_code=result.status,
                media_type=result.media_type or None,
                headers=result.headers,
            )
        assert isinstance(result, Stream)
        stream_fault = emu.faults.pick(STREAM_KINDS, route.operation_id, sub, route.path)
        slow = emu.faults.pick(_SLOW, route.operation_id, sub, route.path)
        for picked in (stream_fault, slow):
            if picked is not None:
                emu.stats.faults[picked.kind] += 1
                emu.stats.faults_by_route[route.operation_id] += 1
        return _TrackedStream(_lines(result.events, request.scope, stream_fault, slow), emu.stats)

    # ------------------------------------------------------------------ pieces

    async def _capability(self, request: Request) -> Response:
        """Step 2 of an upload, or a shared download URL: the token in the path is the key."""
        engine = self.emulator.engine
        path = request.url.path
        if path.startswith(_files.UPLOAD_PATH):
            if request.method not in ("PUT", "POST"):
                raise ApiError(405, "METHOD_NOT_ALLOWED", "upload URLs take PUT", {"Allow": "PUT"})
            token = path[len(_files.UPLOAD_PATH) :]
            _files.store_upload(engine, token, await request.body())
            return Response(b"", status_code=200)
        if request.method != "GET":
            raise ApiError(405, "METHOD_NOT_ALLOWED", "download URLs take GET", {"Allow": "GET"})
        blob = _files.shared_blob(engine, path[len(_files.BLOB_PATH) :])
        return Response(blob.content, media_type=blob.media_type)

    def _grant(self, request: Request) -> tuple[AccountStore, TokenGrant]:
        """The valid, unexpired token of the request and its account (else 401)."""
        world = self.emulator.world
        header = request.headers.get("authorization", "").strip()
        scheme, _, token = header.partition(" ")
        token = token.strip()
        if not header:
            raise ApiError(401, "NOT_AUTHENTICATED", "missing Authorization header")
        if scheme.lower() not in ("token", "bearer") or not token:
            raise ApiError(401, "NOT_AUTHENTICATED", "expected 'Authorization: Bearer <token>'")
        grant = world.tokens.get(token)
        if grant is None:
            raise ApiError(401, "NOT_AUTHENTICATED", "invalid token")
        if grant.expires_at is not None and now_ms() > grant.expires_at:
            raise ApiError(401, "NOT_AUTHENTICATED", "token expired")
        store = world.account(grant.account_id)
        if store is None:
            raise ApiError(401, "NOT_AUTHENTICATED", "the token's account no longer exists")
        return store, grant

    def _authenticate(
        self, request: Request, route: Route, params: Mapping[str, str], sub: str
    ) -> tuple[AccountStore, TokenGrant]:
        world = self.emulator.world
        store, grant = self._grant(request)
        if grant.scope is not None and not grant.scope.intersection(params.values()):
            raise ApiError(
                401, "NOT_AUTHORIZED", "this session token is not valid for this resource"
            )
        if grant.allowed_routes is not None and not any(
            fnmatch.fnmatchcase(sub, pattern) or fnmatch.fnmatchcase(route.operation_id, pattern)
            for pattern in grant.allowed_routes
        ):
            raise ApiError(401, "NOT_AUTHORIZED", "this session token does not allow this route")
        partner = grant.partner
        run_as = self._run_as(request, store)
        if run_as is not None:
            if not grant.partner or grant.scope is not None:
                raise ApiError(401, "NOT_AUTHORIZED", "X-RunAs-User-Id needs a partner token")
            child = world.account(run_as)
            if child is None:
                raise ApiError(401, "NOT_AUTHORIZED", f"unknown sub-account {run_as!r}")
            store, partner = child, False
        if route.path.startswith("/partner/") and not partner:
            raise ApiError(401, "NOT_AUTHORIZED", "the partner API needs a partner token")
        return store, grant

    @staticmethod
    def _run_as(request: Request, store: AccountStore) -> str | None:
        """The sub-account the run-as headers name: by id (``X-RunAs-User-Id`` or the docs'
        ``X-RunAs-UserId``) or by e-mail; unknown -> 401, different accounts -> 400."""
        named: set[str] = set()
        for name in _RUNAS_IDS:
            for value in filter(None, (v.strip() for v in request.headers.getlist(name))):
                if store.get("partner.user", (), value) is None:
                    raise ApiError(401, "NOT_AUTHORIZED", f"unknown sub-account {value!r}")
                named.add(value)
        for value in request.headers.getlist(_RUNAS_EMAIL):
            email = value.strip().lower()
            if not email:
                continue
            found = [
                str(user["id"])
                for user in store.find("partner.user")
                if str(user.get("email", "")).lower() == email
            ]
            if not found:
                raise ApiError(401, "NOT_AUTHORIZED", f"no sub-account with e-mail {value!r}")
            named.update(found[:1])
        if len(named) > 1:
            raise bad_request("run-as headers name different sub-accounts")
        return next(iter(named), None)

    async def _body(self, request: Request, route: Route) -> dict[str, Any]:
        if request.method in ("GET", "HEAD"):
            return {}
        raw = await request.body()
        media = request.headers.get("content-type", "application/json").split(";")[0].strip()
        if media not in ("application/json", "") and not media.endswith("+json"):
            return {}  # uploads (multipart or raw bytes) are accepted as-is
        if not raw.strip():
            data: Any = {}
        else:
            try:
                data = json.loads(raw)
            except (ValueError, UnicodeDecodeError):
                raise bad_request("body: invalid JSON") from None
        if not isinstance(data, dict):
            raise bad_request("body: expected object")
        problem = check(data, route.request_schema)
        if problem:
            raise bad_request(problem)
        return data

    def _check_query(self, route: Route, query: list[tuple[str, str]]) -> None:
        for name, value in query:
            schema = route.query.get(name)
            if not schema or name == "meta":
                continue
            kind = schema.get("type")
            coerced: Any = value
            if kind in ("integer", "number"):
                try:
                    coerced = int(value) if kind == "integer" else float(value)
                except ValueError:
                    raise bad_request(f"{name}: expected {kind}") from None
            elif kind == "boolean":
                if value not in ("true", "false"):
                    raise bad_request(f"{name}: expected boolean")
                coerced = value == "true"
            problem = check(coerced, schema, name)
            if problem:
                raise bad_request(problem)

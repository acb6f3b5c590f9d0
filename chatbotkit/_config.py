"""Client defaults and how they are read from the environment."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal

import httpx

from ._check import header_safe, wrong_type
from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    from ._aiohttp import AiohttpTransport

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "AuthScheme",
    "Wire",
    "aiohttp_transport",
    "check_objects",
    "resolve_base_url",
    "resolve_token",
    "resolve_wire",
]

DEFAULT_BASE_URL = "https://api.chatbotkit.com/v1"
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=600.0, write=60.0, pool=60.0)
"""Connect fast-fails; read allows long completions and quiet streams (and is the longest
wait between two stream events); pool 60 s also covers the SDK's request queue (1,000 calls
on 50 connections drain in 20 round trips); never unbounded."""
DEFAULT_LIMITS = httpx.Limits(max_connections=50, max_keepalive_connections=50)
"""50 requests in flight, all 50 kept alive: a burst does not reconnect (keep-alive 20 of 100
meant 3,296 TCP connects for 4,140 requests), and httpcore's per-request pool bookkeeping,
quadratic in connections, stays cheap. Figures: README, "Connection pool"."""

AuthScheme = Literal["Token", "Bearer"]
Wire = Literal["httpcore", "aiohttp"]
"""What carries the bytes: httpx's default (httpcore, any async library) or aiohttp (asyncio)."""

_TOKEN_ENV = ("CHATBOTKIT_API_TOKEN", "CHATBOTKIT_API_SECRET")


def resolve_token(token: str | None) -> str:
    """The given token, else ``CHATBOTKIT_API_TOKEN``, else ``CHATBOTKIT_API_SECRET``."""
    if token is None:
        token = next((os.environ[name] for name in _TOKEN_ENV if os.environ.get(name)), None)
    elif not isinstance(token, str):
        raise wrong_type("token", "a str", token)  # never the value: it may be a secret
    if not token or not token.strip():
        raise ConfigurationError.missing_token()
    token = token.strip()
    if not header_safe(token):
        # h11 would reject the header later, quoting it; fail early without echoing it.
        raise ConfigurationError("The API token contains whitespace or non-ASCII characters")
    return token


def resolve_base_url(base_url: str | httpx.URL | None) -> str:
    """The given base URL, else ``CHATBOTKIT_API_BASE_URL``, else the public API."""
    if base_url is not None and not isinstance(base_url, str | httpx.URL):
        raise wrong_type("base_url", "a str or httpx.URL", base_url)
    url = str(base_url or os.environ.get("CHATBOTKIT_API_BASE_URL") or DEFAULT_BASE_URL)
    if not url.startswith(("http://", "https://")):
        raise ConfigurationError(f"base_url must be an http(s) URL, got {url!r}")
    return url.rstrip("/")


def resolve_wire(wire: str | None, *, http2: bool = False, transport: object | None = None) -> Wire:
    """The given wire, else ``CHATBOTKIT_WIRE``, else ``"httpcore"``; checked against the rest."""
    explicit = wire is not None
    if explicit and not isinstance(wire, str):
        raise wrong_type("wire", "'httpcore' or 'aiohttp'", wire)
    if wire is None:
        wire = os.environ.get("CHATBOTKIT_WIRE") or "httpcore"
    wire = wire.strip().lower()
    if wire not in ("httpcore", "aiohttp"):
        raise ConfigurationError(f"wire must be 'httpcore' or 'aiohttp', got {wire!r}")
    if wire == "httpcore":
        return "httpcore"
    if transport is not None:
        if explicit:
            raise ConfigurationError("Pass either wire='aiohttp' or a transport, not both")
        return "httpcore"  # the caller's own transport wins over the environment
    if http2:
        raise ConfigurationError("wire='aiohttp' speaks HTTP/1.1: drop http2=True or the wire")
    try:
        import sniffio

        library = sniffio.current_async_library()
    except Exception:  # no async library running yet: checked again on first request
        library = "asyncio"
    if library != "asyncio":
        raise ConfigurationError(
            f"wire='aiohttp' runs on asyncio only, not {library}; "
            "use the default wire (wire='httpcore') under trio"
        )
    return "aiohttp"


def check_objects(
    limits: object, http_client: object | None, transport: object | None, clock: object
) -> None:
    """The client's object arguments are what they name (typed errors, not AttributeErrors
    at the first request)."""
    for name, value, kind in (
        ("limits", limits, httpx.Limits),
        ("http_client", http_client, httpx.AsyncClient),
        ("transport", transport, httpx.AsyncBaseTransport),
    ):
        if (value is not None or name == "limits") and not isinstance(value, kind):
            raise wrong_type(name, f"an httpx.{kind.__name__}", value)
    if not all(callable(getattr(clock, method, None)) for method in ("now", "wall", "sleep")):
        raise wrong_type("clock", "a Clock (now, wall, sleep)", clock)


def aiohttp_transport(limits: httpx.Limits) -> AiohttpTransport:
    """Our aiohttp transport (imported now, not with ``chatbotkit``), or a clear error."""
    try:
        from ._aiohttp import AiohttpTransport
    except ImportError as exc:
        raise ConfigurationError(
            f"wire='aiohttp' needs aiohttp ({exc.name or exc} is missing): "
            "pip install 'chatbotkit-async[aiohttp]'"
        ) from None
    return AiohttpTransport(limits=limits)

"""Client defaults and how they are read from the environment."""

from __future__ import annotations

import os
from typing import Literal

import httpx

from ._exceptions import ConfigurationError

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "AuthScheme",
    "resolve_base_url",
    "resolve_token",
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

_TOKEN_ENV = ("CHATBOTKIT_API_TOKEN", "CHATBOTKIT_API_SECRET")


def resolve_token(token: str | None) -> str:
    """The given token, else ``CHATBOTKIT_API_TOKEN``, else ``CHATBOTKIT_API_SECRET``."""
    if token is None:
        token = next((os.environ[name] for name in _TOKEN_ENV if os.environ.get(name)), None)
    if not token or not token.strip():
        raise ConfigurationError.missing_token()
    token = token.strip()
    if any(ord(char) < 0x21 or ord(char) > 0x7E for char in token):
        # h11 would reject the header later, quoting it; fail early without echoing it.
        raise ConfigurationError("The API token contains whitespace or non-ASCII characters")
    return token


def resolve_base_url(base_url: str | httpx.URL | None) -> str:
    """The given base URL, else ``CHATBOTKIT_API_BASE_URL``, else the public API."""
    url = str(base_url or os.environ.get("CHATBOTKIT_API_BASE_URL") or DEFAULT_BASE_URL)
    if not url.startswith(("http://", "https://")):
        raise ConfigurationError(f"base_url must be an http(s) URL, got {url!r}")
    return url.rstrip("/")

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
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=600.0, write=60.0, pool=30.0)
"""Connect fast-fails; read allows long completions and quiet streams; never unbounded."""
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
"""Sized for concurrent services: 100 requests in flight, 20 idle connections kept."""

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

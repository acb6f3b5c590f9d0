"""The header names that carry secrets (the token, the run-as account), in one place for everyone."""

from __future__ import annotations

__all__ = ["EMAIL_HEADER", "HEADER", "RUNAS_HEADERS", "SECRET_HEADERS"]

HEADER = "X-RunAs-User-Id"
"""The run-as header ChatBotKit's own clients send (a child account by id)."""
EMAIL_HEADER = "X-RunAs-Child-User-Email"
RUNAS_HEADERS = (HEADER, "X-RunAs-UserId", EMAIL_HEADER)
"""Every run-as header the API takes (HTTP header names are case-insensitive)."""
SECRET_HEADERS = frozenset({"authorization", *(name.lower() for name in RUNAS_HEADERS)})
"""Lower-case names never shown in an error, never sent to another origin."""

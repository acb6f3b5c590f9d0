"""Small types shared by the client, the generated namespaces and the paginator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
import httpx

__all__ = ["Body", "Headers", "Query", "RequestOptions"]

Headers: TypeAlias = Mapping[str, str]
"""Extra HTTP headers for one call (merged over the client's, case-insensitively)."""
Query: TypeAlias = Mapping[str, Any]
"""Extra query parameters for one call (merged over the operation's)."""
Body: TypeAlias = Mapping[str, Any]
"""Extra JSON body fields for one call, in wire (camelCase) form."""


@attrs.frozen
class RequestOptions:
    """The per-call options every namespace method accepts (``None`` means "not given")."""

    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: float | httpx.Timeout | None = None

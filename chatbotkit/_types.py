"""Small types shared by the client, the generated namespaces and the paginator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
import httpx

from ._check import mapping_of, wrong_type

__all__ = ["Body", "Headers", "Query", "RequestOptions"]

Headers: TypeAlias = Mapping[str, str]
"""Extra HTTP headers for one call (merged over the client's, case-insensitively)."""
Query: TypeAlias = Mapping[str, Any]
"""Extra query parameters for one call (merged over the operation's)."""
Body: TypeAlias = Mapping[str, Any]
"""Extra JSON body fields for one call, in wire (camelCase) form."""


def _mapping(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    mapping_of(value, attribute.name)  # type: ignore[arg-type]


def _headers(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    headers: Mapping[Any, Any] = mapping_of(value, attribute.name) or {}  # type: ignore[arg-type]
    for name, text in headers.items():
        if not (isinstance(name, str) and isinstance(text, str)):
            raise wrong_type(attribute.name, "a mapping of str to str", text)


@attrs.frozen
class RequestOptions:
    """The per-call options every namespace method accepts (``None`` means "not given")."""

    extra_headers: Headers | None = attrs.field(default=None, validator=_headers)
    extra_query: Query | None = attrs.field(default=None, validator=_mapping)
    extra_body: Body | None = attrs.field(default=None, validator=_mapping)
    timeout: float | httpx.Timeout | None = None

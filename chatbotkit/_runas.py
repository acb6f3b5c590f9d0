"""Partner sub-accounts: which account a request runs as (``X-RunAs-UserId``).

Three ways to choose, strongest first; a request's account is fixed when its
``httpx.Request`` is built, so retries, streams and later paginator pages keep it:

1. ``cbk.as_user(child_id)``: a view of the client (same pool) pinned to the child. Used
   as ``async with``, it refuses every call after the block with :class:`RunAsScopeError`.
2. ``with cbk.run_as(child_id):`` (or ``async with``): every call that this client, or a
   client derived from it by ``with_options``, makes in the current context. Context
   variables: tasks started inside inherit it, sibling tasks do not see it, nesting restores
   the outer value, other clients are unaffected. ``run_as(None)`` runs as the partner.
3. ``CHATBOTKIT_API_RUNAS_USERID``, read when the client is constructed.

Per-call ``extra_headers={"X-RunAs-UserId": ...}`` still override all three. When none of
the three chose an account, requests keep whatever ``X-RunAs-UserId`` the caller's
``default_headers`` carry (nothing is removed behind the caller's back).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from contextvars import ContextVar, Token
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING

import attrs
import httpx

from chatbotkit_gen.types import UNSET, Unset

from ._exceptions import APIError, ChatBotKitError, ConfigurationError

if TYPE_CHECKING:
    from ._client import AsyncChatBotKit

__all__ = [
    "HEADER",
    "RUNAS_ENV",
    "Binding",
    "RunAs",
    "RunAsScopeError",
    "as_user",
    "capture",
    "partner_client_for",
]

HEADER = "X-RunAs-UserId"
RUNAS_ENV = "CHATBOTKIT_API_RUNAS_USERID"

Account = str | None
"""A sub-account id, or ``None`` for the partner (token owner) itself."""


class RunAsScopeError(ChatBotKitError):
    """A sub-account view was used after its ``async with`` block ended; nothing was sent."""


class _Family:
    """Identity shared by a client and its ``with_options``/``as_user`` derivatives.

    ``run_as`` keys its context variable by this, so it never leaks into another client.
    """

    __slots__ = ()


class _Keep:
    """No account chosen: a request keeps the ``X-RunAs-UserId`` its headers already carry."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()
Choice = Account | _Keep
"""What a request runs as: a sub-account, the partner (``None``), or ``KEEP``."""


_RUN_AS: ContextVar[Mapping[_Family, Account]] = ContextVar("chatbotkit_run_as")
"""Each client family's ``run_as`` account in the current context (replaced, never mutated)."""
_NONE: Mapping[_Family, Account] = MappingProxyType({})


@attrs.define(slots=True)
class _Scope:
    """The life of one ``as_user`` view; ``closed`` after its block exits."""

    user_id: str
    closed: bool = False


@attrs.frozen(slots=True)
class Binding:
    """How one client picks the account of each request it builds."""

    family: _Family = attrs.field(factory=_Family)
    default: Account = None
    """``CHATBOTKIT_API_RUNAS_USERID`` at construction (``None``: the partner)."""
    pinned: Choice | Unset = UNSET
    """Set on ``as_user`` views and captured clients: wins over ``run_as`` and the default."""
    scope: _Scope | None = None

    @classmethod
    def from_env(cls) -> Binding:
        """A new family whose default comes from ``CHATBOTKIT_API_RUNAS_USERID``."""
        value = os.environ.get(RUNAS_ENV, "").strip()
        return cls(default=_checked(value, RUNAS_ENV) if value else None)

    def account(self) -> Choice:
        """The account a request built now runs as; raises if this view has ended."""
        if self.scope is not None and self.scope.closed:
            raise RunAsScopeError(
                f"The as_user({self.scope.user_id!r}) view was used after its 'async with'"
                " block ended; no request was sent"
            )
        if not isinstance(self.pinned, Unset):
            return self.pinned
        chosen: Choice = _RUN_AS.get(_NONE).get(self.family, KEEP)
        if not isinstance(chosen, _Keep):
            return chosen
        return KEEP if self.default is None else self.default

    def apply(self, headers: httpx.Headers) -> None:
        """Set (or, for the partner, remove) ``X-RunAs-UserId`` on a request being built."""
        user_id = self.account()
        if isinstance(user_id, _Keep):
            return
        if user_id is None:
            headers.pop(HEADER, None)
        else:
            headers[HEADER] = user_id

    def close(self) -> None:
        """End an ``as_user`` view (no-op for other clients)."""
        if self.scope is not None:
            self.scope.closed = True


class RunAs:
    """``with``/``async with`` block running a client family as one account (single use)."""

    __slots__ = ("_family", "_token", "_user_id")

    def __init__(self, family: _Family, user_id: Account) -> None:
        self._family = family
        self._user_id = None if user_id is None else _checked(user_id, "run_as")
        self._token: Token[Mapping[_Family, Account]] | None = None

    def __enter__(self) -> None:
        if self._token is not None:
            raise RuntimeError("A run_as(...) block can be entered only once at a time")
        self._token = _RUN_AS.set({**_RUN_AS.get(_NONE), self._family: self._user_id})

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        token, self._token = self._token, None
        if token is not None:
            _RUN_AS.reset(token)

    async def __aenter__(self) -> None:
        self.__enter__()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.__exit__(exc_type, exc, tb)

    def __repr__(self) -> str:
        return f"RunAs({self._user_id!r})"


def as_user(client: AsyncChatBotKit, user_id: str) -> AsyncChatBotKit:
    """A view of ``client`` (same pool and family) whose every request runs as ``user_id``."""
    user_id = _checked(user_id, "as_user")
    binding = attrs.evolve(client._options.runas, pinned=user_id, scope=_Scope(user_id))
    return _rebind(client, binding)


def capture(client: AsyncChatBotKit) -> AsyncChatBotKit:
    """``client`` fixed to the account in effect now (for requests built later: pages)."""
    account = client._options.runas.account()  # also refuses an ended view right away
    return _rebind(client, attrs.evolve(client._options.runas, pinned=account, scope=None))


async def partner_client_for(
    client: AsyncChatBotKit, user_id: str, *, name: str | Unset = UNSET
) -> AsyncChatBotKit:
    """Mint an API token for sub-account ``user_id`` and return a client using it.

    The token is minted as the partner (whatever ``run_as`` is in effect). The new client
    shares ``client``'s pool (close the parent to free it) and is its own family: it never
    sends ``X-RunAs-UserId``, which a sub-account token may not use.
    """
    user_id = _checked(user_id, "partner_client_for")
    partner = _rebind(client, attrs.evolve(client._options.runas, pinned=None, scope=None))
    minted = await partner.partner.user.token.create(user_id, name=name)
    token = minted.token
    if not isinstance(token, str) or not token:
        raise APIError(f"The token minted for sub-account {user_id!r} came back without a token")
    scheme = client._options.authorization.partition(" ")[0]
    authorization = f"{scheme} {_checked(token, 'minted token', show=False)}"
    return client._derive(
        attrs.evolve(client._options, runas=Binding(), authorization=authorization)
    )


def _rebind(client: AsyncChatBotKit, binding: Binding) -> AsyncChatBotKit:
    return client._derive(attrs.evolve(client._options, runas=binding))


def _checked(user_id: str, where: str, *, show: bool = True) -> str:
    """A usable header value: non-empty visible ASCII (h11 would reject anything else)."""
    if not isinstance(user_id, str) or not user_id.strip():
        raise ConfigurationError(f"{where}: a sub-account id must be a non-empty string")
    user_id = user_id.strip()
    if any(ord(char) < 0x21 or ord(char) > 0x7E for char in user_id):
        shown = f" {user_id!r}" if show else ""
        raise ConfigurationError(f"{where}: invalid characters in{shown}")
    return user_id

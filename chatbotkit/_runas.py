"""Partner sub-accounts: which account a request runs as, fixed when the request is built."""

# A child is named by id (``X-RunAs-User-Id``, the vendor clients' header) or by e-mail
# (``X-RunAs-Child-User-Email``). Three ways to choose, strongest first; a request's account
# is fixed when its ``httpx.Request`` is built, so retries, streams and later pages keep it:
#
# 1. ``cbk.as_user(child_id)`` / ``cbk.as_user(email=...)``: a view of the client (same pool)
#    pinned to the child. Used as ``async with``, it refuses every call after the block with
#    :class:`RunAsScopeError`.
# 2. ``with cbk.run_as(child_id):`` / ``run_as(email=...)`` (or ``async with``): every call
#    that this client, or a client derived from it by ``with_options``, makes in the current
#    context. Context variables: tasks started inside inherit it, sibling tasks do not see
#    it, nesting restores the outer value, other clients are unaffected. ``run_as(None)``
#    runs as the partner.
# 3. ``CHATBOTKIT_API_RUNAS_USERID`` or ``CHATBOTKIT_API_RUNAS_CHILD_USER_EMAIL``, read when
#    the client is constructed (both set: :class:`ConfigurationError`).
#
# A run-as header in the caller's per-call ``extra_headers`` (any spelling: ``X-RunAs-User-Id``,
# the docs' ``X-RunAs-UserId``, or the e-mail header) overrides all three and replaces ours,
# never sent twice. One in ``default_headers`` wins over the environment variable and yields
# to ``as_user``/``run_as`` (replaced, never sent alongside).

from __future__ import annotations

import os
from collections.abc import Mapping, MutableMapping
from contextvars import ContextVar, Token
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING

import attrs

from chatbotkit_gen.types import UNSET, Unset

from ._check import header_safe
from ._exceptions import APIError, ChatBotKitError, ConfigurationError, UsageError
from ._headers import EMAIL_HEADER, HEADER, RUNAS_HEADERS

if TYPE_CHECKING:
    from ._client import AsyncChatBotKit

__all__ = [
    "EMAIL_HEADER",
    "HEADER",
    "RUNAS_EMAIL_ENV",
    "RUNAS_ENV",
    "RUNAS_HEADERS",
    "Binding",
    "Child",
    "RunAs",
    "RunAsScopeError",
    "as_user",
    "capture",
    "partner_client_for",
]

RUNAS_ENV = "CHATBOTKIT_API_RUNAS_USERID"
RUNAS_EMAIL_ENV = "CHATBOTKIT_API_RUNAS_CHILD_USER_EMAIL"


@attrs.frozen(slots=True)
class Child:
    """A sub-account, named by its id or by its e-mail address."""

    value: str = attrs.field(repr=False)
    """Kept out of reprs, as errors keep the run-as account out of their messages."""
    by_email: bool = False

    @property
    def header(self) -> str:
        return EMAIL_HEADER if self.by_email else HEADER

    def __str__(self) -> str:
        return self.value

    @classmethod
    def of(cls, user_id: str | None, email: str | None, where: str) -> Child | None:
        """The child named by exactly one of ``user_id`` and ``email`` (neither: None)."""
        if user_id is not None and email is not None:
            raise ConfigurationError(f"{where}: give a user_id or an email, not both")
        if email is not None:
            email = _checked(email, where, "email")
            if "@" not in email:
                raise ConfigurationError(f"{where}: {email!r} is not an e-mail address")
            return cls(email, by_email=True)
        return None if user_id is None else cls(_checked(user_id, where, "user_id"))


Account = Child | None
"""A sub-account, or ``None`` for the partner (token owner) itself."""


def clear(headers: MutableMapping[str, str]) -> None:
    """Remove every run-as header (any spelling) from ``headers``."""
    for name in RUNAS_HEADERS:
        headers.pop(name, None)


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

    child: Child
    closed: bool = False


@attrs.frozen(slots=True)
class Binding:
    """How one client picks the account of each request it builds."""

    family: _Family = attrs.field(factory=_Family)
    default: Account = None
    """The run-as environment variable at construction (``None``: the partner)."""
    pinned: Choice | Unset = UNSET
    """Set on ``as_user`` views and captured clients: wins over ``run_as`` and the default."""
    scope: _Scope | None = None

    @classmethod
    def from_env(cls) -> Binding:
        """A new family whose default comes from the run-as environment variables."""
        user_id = os.environ.get(RUNAS_ENV, "").strip() or None
        email = os.environ.get(RUNAS_EMAIL_ENV, "").strip() or None
        if user_id and email:
            raise ConfigurationError(f"Set {RUNAS_ENV} or {RUNAS_EMAIL_ENV}, not both")
        return cls(default=Child.of(user_id, email, RUNAS_EMAIL_ENV if email else RUNAS_ENV))

    def account(self) -> Choice:
        """The account a request built now runs as; raises if this view has ended."""
        if self.scope is not None and self.scope.closed:
            raise RunAsScopeError(
                f"The as_user({self.scope.child.value!r}) view was used after its 'async with'"
                " block ended; no request was sent"
            )
        if not isinstance(self.pinned, Unset):
            return self.pinned
        chosen: Choice = _RUN_AS.get(_NONE).get(self.family, KEEP)
        if not isinstance(chosen, _Keep):
            return chosen
        return KEEP if self.default is None else self.default

    def apply(self, headers: MutableMapping[str, str]) -> None:
        """Set the chosen run-as header (the partner: none) on a request being built (case
        insensitive in ``httpx.Headers``; a plain dict holds only the SDK's own headers)."""
        child = self.account()
        if isinstance(child, _Keep):
            return
        if child is self.default and any(name in headers for name in RUNAS_HEADERS):
            return  # the caller's default_headers win over the environment variable
        clear(headers)
        if child is not None:
            headers[child.header] = child.value

    def close(self) -> None:
        """End an ``as_user`` view (no-op for other clients)."""
        if self.scope is not None:
            self.scope.closed = True


class RunAs:
    """``with``/``async with`` block running a client family as one account (single use)."""

    __slots__ = ("_child", "_family", "_token")

    def __init__(self, family: _Family, user_id: str | None, email: str | None = None) -> None:
        self._family = family
        self._child = Child.of(user_id, email, "run_as")
        self._token: Token[Mapping[_Family, Account]] | None = None

    def __enter__(self) -> None:
        if self._token is not None:
            raise UsageError("A run_as(...) block can be entered only once at a time")
        self._token = _RUN_AS.set({**_RUN_AS.get(_NONE), self._family: self._child})

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
        return f"RunAs({self._child!r})"


def as_user(
    client: AsyncChatBotKit, user_id: str | None = None, *, email: str | None = None
) -> AsyncChatBotKit:
    """A view of ``client`` (same pool and family) whose every request runs as the child."""
    child = Child.of(user_id, email, "as_user")
    if child is None:
        raise ConfigurationError("as_user: give a sub-account id or email=")
    binding = attrs.evolve(client._options.runas, pinned=child, scope=_Scope(child))
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
    sends a run-as header, which a sub-account token may not use.
    """
    user_id = _checked(user_id, "partner_client_for", "user_id")
    partner = _rebind(client, attrs.evolve(client._options.runas, pinned=None, scope=None))
    minted = await partner.partner.user.token.create(user_id, name=name)
    token = minted.token
    if not isinstance(token, str) or not token:
        raise APIError(f"The token minted for sub-account {user_id!r} came back without a token")
    scheme = client._options.authorization.partition(" ")[0]
    authorization = f"{scheme} {_checked(token, 'minted token', 'token', show=False)}"
    return client._derive(
        attrs.evolve(client._options, runas=Binding(), authorization=authorization)
    )


def _rebind(client: AsyncChatBotKit, binding: Binding) -> AsyncChatBotKit:
    return client._derive(attrs.evolve(client._options, runas=binding))


def _checked(user_id: str, where: str, parameter: str, *, show: bool = True) -> str:
    """A usable header value: non-empty visible ASCII (h11 would reject anything else)."""
    if not isinstance(user_id, str) or not user_id.strip():
        raise ConfigurationError(f"{where}: {parameter} must be a non-empty string")
    user_id = user_id.strip()
    if not header_safe(user_id):
        shown = f" {user_id!r}" if show else ""
        raise ConfigurationError(f"{where}: invalid characters in{shown}")
    return user_id

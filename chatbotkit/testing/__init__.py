"""Test code that uses the SDK against a local emulator, the way moto serves boto users.

In-process (no sockets, no port)::

    from chatbotkit.testing import FaultRule, emulated

    async with emulated() as api:
        bot = await api.client.bot.create(name="Support")
        api.inject(FaultRule.rate_limit("createBot", count=1))

On loopback, with ``CHATBOTKIT_API_TOKEN`` and ``CHATBOTKIT_API_BASE_URL`` set for code
that builds its own client from the environment::

    with emulated_server() as server:
        await my_app.run()  # AsyncChatBotKit() inside talks to server.base_url

pytest fixtures: ``pytest_plugins = ["chatbotkit.testing.pytest_plugin"]`` in a conftest.py.
Needs the emulator extra: ``pip install 'chatbotkit-async[emulator]'``.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import attrs

from .._client import AsyncChatBotKit
from ..emulator import IN_PROCESS_BASE_URL, Emulator, EmulatorConfig, FaultRule, Faults
from ..emulator._extra import require_extra

require_extra("chatbotkit.testing")

from ..emulator import EmulatorServer, run_emulator_server  # noqa: E402  (needs the extra)

__all__ = [
    "TOKEN_ENV",
    "URL_ENV",
    "EmulatedAPI",
    "Emulator",
    "EmulatorConfig",
    "EmulatorServer",
    "FaultRule",
    "Faults",
    "emulated",
    "emulated_server",
]

TOKEN_ENV = "CHATBOTKIT_API_TOKEN"
URL_ENV = "CHATBOTKIT_API_BASE_URL"


@attrs.define(frozen=True, slots=True, repr=False)
class EmulatedAPI:
    """An in-process emulator and an ``AsyncChatBotKit`` wired to it."""

    emulator: Emulator
    client: AsyncChatBotKit

    @property
    def faults(self) -> Faults:
        """The emulator's live fault rules (``add``, ``set``, ``clear``)."""
        return self.emulator.faults

    def inject(self, *rules: FaultRule) -> None:
        """Add fault rules for the requests that follow (e.g. ``FaultRule.server_error(count=1)``)."""
        for rule in rules:
            self.emulator.faults.add(rule)

    def __repr__(self) -> str:
        return f"EmulatedAPI(base_url={self.client.base_url!r}, faults={len(self.faults.rules)})"


def _emulator(emulator: Emulator | EmulatorConfig | None, faults: Iterable[FaultRule]) -> Emulator:
    """The given emulator, or a new one (from a config), with ``faults`` added."""
    if not isinstance(emulator, Emulator):
        emulator = Emulator(emulator)
    for rule in faults:
        emulator.faults.add(rule)
    return emulator


@asynccontextmanager
async def emulated(
    emulator: Emulator | EmulatorConfig | None = None,
    *,
    faults: Iterable[FaultRule] = (),
    **client_options: Any,
) -> AsyncIterator[EmulatedAPI]:
    """An ``AsyncChatBotKit`` talking to an in-process emulator over ASGI; closed on exit.

    ``client_options`` go to ``AsyncChatBotKit`` (``max_retries=0``, ``timeout=...``);
    ``token``, ``base_url`` and ``transport`` are set here.
    """
    emu = _emulator(emulator, faults)
    client = AsyncChatBotKit(
        token=emu.token,
        base_url=IN_PROCESS_BASE_URL,
        transport=emu.transport(),
        **client_options,
    )
    async with client:
        yield EmulatedAPI(emulator=emu, client=client)


@contextmanager
def emulated_server(
    emulator: Emulator | EmulatorConfig | None = None,
    *,
    faults: Iterable[FaultRule] = (),
    set_env: bool = True,
) -> Iterator[EmulatorServer]:
    """Serve an emulator on 127.0.0.1 (a free port) in a background thread; stop it on exit.

    With ``set_env`` (default) ``CHATBOTKIT_API_TOKEN`` and ``CHATBOTKIT_API_BASE_URL``
    point at it inside the block and are restored afterwards, so ``AsyncChatBotKit()``
    built anywhere in the code under test talks to the emulator.
    """
    with run_emulator_server(_emulator(emulator, faults)) as server:
        if not set_env:
            yield server
            return
        saved = {name: os.environ.get(name) for name in (TOKEN_ENV, URL_ENV)}
        os.environ[TOKEN_ENV], os.environ[URL_ENV] = server.token, server.base_url
        try:
            yield server
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value

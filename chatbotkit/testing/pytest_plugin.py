"""pytest fixtures over ``chatbotkit.testing``; opt in from a conftest.py::

    pytest_plugins = ["chatbotkit.testing.pytest_plugin"]

- ``chatbotkit_emulator``: a fresh ``Emulator`` per test (override
  ``chatbotkit_emulator_config`` to configure it); inject faults through its ``faults``.
- ``chatbotkit_client``: an ``AsyncChatBotKit`` wired to it in-process (ASGI, no port).
  An async fixture: it runs under pytest-asyncio's auto mode or in ``@pytest.mark.anyio``
  tests (asyncio and trio); in pytest-asyncio's strict mode use ``emulated()`` in a
  ``@pytest_asyncio.fixture`` of your own.
- ``chatbotkit_server``: the emulator served on 127.0.0.1 with ``CHATBOTKIT_API_TOKEN`` and
  ``CHATBOTKIT_API_BASE_URL`` set for the test (sync: works in sync and async tests).

Not registered as an entry point: installing the SDK adds no plugin to anyone's pytest.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from .._client import AsyncChatBotKit
from . import (
    TOKEN_ENV,
    URL_ENV,
    Emulator,
    EmulatorConfig,
    EmulatorServer,
    emulated,
    emulated_server,
)

__all__ = [
    "chatbotkit_client",
    "chatbotkit_emulator",
    "chatbotkit_emulator_config",
    "chatbotkit_server",
]


@pytest.fixture
def chatbotkit_emulator_config() -> EmulatorConfig:
    """The settings ``chatbotkit_emulator`` starts from; override it to change them."""
    return EmulatorConfig()


@pytest.fixture
def chatbotkit_emulator(chatbotkit_emulator_config: EmulatorConfig) -> Emulator:
    """A fresh emulator: empty data, no faults (the parsed spec is cached per process)."""
    return Emulator(chatbotkit_emulator_config)


@pytest.fixture
async def chatbotkit_client(chatbotkit_emulator: Emulator) -> AsyncIterator[AsyncChatBotKit]:
    """An ``AsyncChatBotKit`` bound to ``chatbotkit_emulator`` in-process; closed after the test."""
    async with emulated(chatbotkit_emulator) as api:
        yield api.client


@pytest.fixture
def chatbotkit_server(
    chatbotkit_emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> Iterator[EmulatorServer]:
    """``chatbotkit_emulator`` on a loopback port, the client env vars pointing at it."""
    with emulated_server(chatbotkit_emulator, set_env=False) as server:
        monkeypatch.setenv(TOKEN_ENV, server.token)
        monkeypatch.setenv(URL_ENV, server.base_url)
        yield server

"""Fixtures for the emulator tests: an emulator of the shared ``spec_path`` and an in-process client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from chatbotkit.emulator import Emulator


@pytest.fixture
def emu(spec_path: Path) -> Emulator:
    return Emulator(spec=spec_path, task_duration=0.12, task_steps=3, subscribe_timeout=0.3)


@pytest.fixture
async def client(emu: Emulator) -> AsyncIterator[httpx.AsyncClient]:
    async with emu.client() as c:
        yield c

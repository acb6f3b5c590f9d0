"""Fixtures for the emulator tests: the spec to use, an emulator, an in-process client."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from chatbotkit.emulator import Emulator
from tests._paths import OPENAPI as REPO_SPEC


@pytest.fixture(scope="session")
def spec_path() -> Path:
    """$CHATBOTKIT_EMULATOR_SPEC if set, else the repo's openapi.yaml (committed: never skipped)."""
    override = os.environ.get("CHATBOTKIT_EMULATOR_SPEC")
    if override:
        return Path(override)
    assert REPO_SPEC.is_file(), f"{REPO_SPEC} is missing: run make spec"
    return REPO_SPEC


@pytest.fixture
def emu(spec_path: Path) -> Emulator:
    return Emulator(spec=spec_path, task_duration=0.12, task_steps=3, subscribe_timeout=0.3)


@pytest.fixture
async def client(emu: Emulator) -> AsyncIterator[httpx.AsyncClient]:
    async with emu.client() as c:
        yield c

"""Fixtures for the emulator tests: the spec to use, an emulator, an in-process client."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from chatbotkit.emulator import Emulator

ROOT = Path(__file__).resolve().parents[2]
REPO_SPEC = ROOT / "openapi.yaml"
PUBLISHED_SPEC = ROOT.parent / "shared" / "spec" / "chatbotkit-v1.json"


def available_specs() -> list[Path]:
    """The repo's openapi.yaml and the published spec, whichever exist."""
    return [p for p in (REPO_SPEC, PUBLISHED_SPEC) if p.is_file()]


@pytest.fixture(scope="session")
def spec_path() -> Path:
    """$CHATBOTKIT_EMULATOR_SPEC if set, else the repo's openapi.yaml, else the published spec."""
    override = os.environ.get("CHATBOTKIT_EMULATOR_SPEC")
    if override:
        return Path(override)
    specs = available_specs()
    if not specs:
        pytest.skip("no OpenAPI spec available")
    return specs[0]


@pytest.fixture
def emu(spec_path: Path) -> Emulator:
    return Emulator(spec=spec_path, task_duration=0.12, task_steps=3, subscribe_timeout=0.3)


@pytest.fixture
async def client(emu: Emulator) -> AsyncIterator[httpx.AsyncClient]:
    async with emu.client() as c:
        yield c

"""Fixtures shared by the whole suite: the spec the emulator serves, and no CHATBOTKIT_* settings leaking in."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests._paths import OPENAPI

ISOLATED_ENV = (
    "CHATBOTKIT_API_RUNAS_USERID",
    "CHATBOTKIT_API_RUNAS_CHILD_USER_EMAIL",
    "CHATBOTKIT_API_BASE_URL",
)
"""Settings a developer's shell may carry that would change what a test's client sends."""


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ISOLATED_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def spec_path() -> Path:
    """$CHATBOTKIT_EMULATOR_SPEC if set, else the repo's openapi.yaml (committed: never skipped)."""
    override = os.environ.get("CHATBOTKIT_EMULATOR_SPEC")
    if override:
        return Path(override)
    assert OPENAPI.is_file(), f"{OPENAPI} is missing: run make spec"
    return OPENAPI

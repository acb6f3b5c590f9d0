"""Locations shared by the tests: the repo, its openapi.yaml and the published spec beside it."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
OPENAPI = ROOT / "openapi.yaml"
SHARED_SPEC = ROOT.parent / "shared" / "spec"
PUBLISHED = SHARED_SPEC / "chatbotkit-v1.json"
SPEC_FILES = [p for p in (OPENAPI, PUBLISHED) if p.is_file()]
"""openapi.yaml, and the published spec where it sits beside the repo (always in CI)."""


@functools.cache
def openapi() -> dict[str, Any]:
    """The committed openapi.yaml, parsed once per test run."""
    return yaml.load(OPENAPI.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)  # type: ignore[no-any-return]


def published_spec(name: str = "chatbotkit-v1.json") -> Path:
    """The published spec; a missing file skips locally but fails in CI, where it must exist."""
    path = SHARED_SPEC / name
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing in CI")
        pytest.skip(f"{path} not present (it sits beside the repo in CI)")
    return path

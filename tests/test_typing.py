"""mypy --strict accepts tests/typing/usage.py, names.py and blocking.py and rejects each line of wrong.py."""

from __future__ import annotations

import subprocess
import sys

from tests._paths import ROOT


def mypy(*paths: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_typed_usage_passes_mypy_strict() -> None:
    """The async client, and the blocking one whose resources are generated with it."""
    result = mypy("tests/typing/usage.py", "tests/typing/blocking.py")
    assert result.returncode == 0, result.stdout


def test_guessable_names_and_narrowing_by_event_type_pass_mypy_strict() -> None:
    """``Bot``, ``Conversation``, ``IdResult`` and ``event.type == "token"`` type-check."""
    result = mypy("tests/typing/names.py")
    assert result.returncode == 0, result.stdout


def test_wrong_usage_fails_mypy_strict() -> None:
    result = mypy("tests/typing/wrong.py")
    assert result.returncode == 1, result.stdout
    for line in (10, 11, 12, 13, 17):
        assert f"wrong.py:{line}: error" in result.stdout, result.stdout


def test_serialization_helpers_pass_mypy_strict() -> None:
    result = mypy("tests/typing/serialize.py")
    assert result.returncode == 0, result.stdout

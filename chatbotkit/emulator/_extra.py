"""The emulator's optional dependencies: one check, one message naming the extra."""

from __future__ import annotations

from importlib.util import find_spec

EXTRA_MODULES = ("starlette", "uvicorn", "yaml")
INSTALL_HINT = "pip install 'chatbotkit-async[emulator]'"


def missing_modules() -> list[str]:
    """The emulator extra's top-level modules that cannot be imported here."""
    return [name for name in EXTRA_MODULES if find_spec(name) is None]


def require_extra(what: str = "the ChatBotKit emulator") -> None:
    """Raise ``ModuleNotFoundError`` naming the extra to install when part of it is missing."""
    missing = missing_modules()
    if missing:
        raise ModuleNotFoundError(
            f"{what} needs the 'emulator' extra ({', '.join(missing)} not installed): {INSTALL_HINT}",
            name=missing[0],
        )

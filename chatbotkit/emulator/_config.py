"""Emulator settings (constructor, CLI flags and environment share this type)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import attrs

from ._faults import FaultRule

TOKEN_ENV = "CHATBOTKIT_EMULATOR_TOKEN"
FAULTS_ENV = "CHATBOTKIT_EMULATOR_FAULTS"


def _tokens(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _faults(value: FaultRule | str | Iterable[FaultRule | str] | None) -> tuple[FaultRule, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, FaultRule | str) else list(value)
    return tuple(v if isinstance(v, FaultRule) else FaultRule.parse(v) for v in items)


@attrs.define(frozen=True)
class EmulatorConfig:
    """How the emulator behaves.

    Lists default to 25 items per page and cap ``take`` at 100. A reply longer than
    ``max_tokens_per_reply`` ends with ``end.reason == "length"`` (``None``: no cap).
    Task runs last ``task_duration`` seconds split into ``task_steps`` steps.
    ``token_delay`` sleeps between streamed completion tokens. A subscription
    (task events, channel messages) waits ``subscribe_timeout`` seconds for activity
    before it ends; a function call through a channel waits ``function_timeout`` seconds
    for the caller's result.
    """

    spec: str | Path | None = None
    tokens: tuple[str, ...] = attrs.field(default=(), converter=_tokens)
    seed: int = 0
    default_take: int = 25
    max_take: int = 100
    max_tokens_per_reply: int | None = None
    token_delay: float = 0.0
    extra_events: bool = False
    task_duration: float = 0.2
    task_steps: int = 3
    subscribe_timeout: float = 1.0
    function_timeout: float = 30.0
    download_form: str = "bytes"
    """How downloads answer unless a request's ``X-Emulator-Download`` says: ``bytes``,
    ``redirect`` (302 to the bytes) or ``url`` (JSON ``{"url"}``)."""
    faults: tuple[FaultRule, ...] = attrs.field(default=(), converter=_faults)

    @classmethod
    def from_env(cls, **overrides: object) -> EmulatorConfig:
        """Defaults completed from ``CHATBOTKIT_EMULATOR_TOKEN``/``_FAULTS`` (``;``-separated)."""
        fields: dict[str, object] = {}
        token = os.environ.get(TOKEN_ENV)
        if token:
            fields["tokens"] = tuple(t for t in token.split(",") if t)
        faults = os.environ.get(FAULTS_ENV)
        if faults:
            fields["faults"] = tuple(f for f in faults.split(";") if f.strip())
        fields.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**fields)  # type: ignore[arg-type]

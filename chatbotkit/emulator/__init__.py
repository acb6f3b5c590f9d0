"""A stateful local ChatBotKit API server driven by the OpenAPI spec.

In-process::

    emu = Emulator()
    async with emu.client() as client:          # httpx.AsyncClient over ASGITransport
        bot = (await client.post("/bot/create", json={"name": "b"})).json()

Over loopback: ``python -m chatbotkit.emulator --port 8765`` or, in tests,
``with run_emulator_server() as server: server.base_url, server.token``.

This is an optional extra (starlette, uvicorn, pyyaml); ``import chatbotkit`` does
not import it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from ._config import EmulatorConfig
from ._engine import Engine
from ._extra import require_extra
from ._faults import FaultError, FaultKind, FaultRule, Faults, Stats
from ._spec import Route, Spec, SpecError, load_spec
from ._store import AccountStore, World, new_token, now_ms
from ._tasks import TaskRunner

if TYPE_CHECKING:
    from ._server import EmulatorServer, run_emulator_server

__all__ = [
    "AccountStore",
    "Emulator",
    "EmulatorConfig",
    "EmulatorServer",
    "FaultError",
    "FaultKind",
    "FaultRule",
    "Faults",
    "Route",
    "Spec",
    "SpecError",
    "Stats",
    "load_spec",
    "run_emulator_server",
]

IN_PROCESS_BASE_URL = "http://emulator.local/v1"


def __getattr__(name: str) -> Any:
    """The server names import uvicorn: loaded on first use, so a missing extra is named."""
    if name in ("EmulatorServer", "run_emulator_server"):
        require_extra()
        from . import _server

        return getattr(_server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Emulator:
    """One emulated ChatBotKit API: spec, accounts and data, faults and counters.

    ``Emulator(config)`` or ``Emulator(spec=..., max_tokens_per_reply=5, ...)``
    (keyword arguments override ``EmulatorConfig`` fields). ``app`` is the ASGI app,
    ``token`` a valid root (partner) API token.
    """

    def __init__(self, config: EmulatorConfig | None = None, **overrides: Any) -> None:
        require_extra()
        from ._app import EmulatorApp

        config = config or EmulatorConfig()
        if overrides:
            config = attrs.evolve(config, **overrides)
        if not config.tokens:
            config = attrs.evolve(config, tokens=(new_token(),))
        self.config = config
        self.spec: Spec = load_spec(config.spec)
        self.stats = Stats()
        self.faults = Faults(config.faults, seed=config.seed)
        self.tasks = TaskRunner(config.task_duration, config.task_steps)
        self.world = World.create(config.tokens, config.seed)
        self.engine = Engine(self.spec, self.world, config, self.tasks)
        self.app = EmulatorApp(self)

    # ------------------------------------------------------------------ access

    @property
    def token(self) -> str:
        """The first root (partner) API token."""
        return self.config.tokens[0]

    @property
    def state(self) -> World:
        """Every account, record and token (live objects: mutate with care)."""
        return self.world

    def account(self, account: str | None = None) -> AccountStore:
        """The data store of an account: the root account by default, or a sub-account id."""
        store = self.world.account(account or "root")
        if store is None:
            raise KeyError(f"no account {account!r}")
        return store

    def count(self, collection: str, *, account: str | None = None) -> int:
        """How many records a collection (e.g. ``"bot"``, ``"dataset.record"``) holds."""
        return self.account(account).count(collection)

    def records(self, collection: str, *, account: str | None = None) -> list[dict[str, Any]]:
        """Copies of every record of a collection, in creation order."""
        return [dict(r) for r in self.account(account).find(collection)]

    def put(
        self,
        collection: str,
        record: Mapping[str, Any],
        *,
        parents: Iterable[str] = (),
        account: str | None = None,
    ) -> dict[str, Any]:
        """Seed a record (e.g. a read-only ``platform.doc``); fills id and timestamps."""
        ms = now_ms()
        stored = {"createdAt": ms, "updatedAt": ms, **record}
        stored.setdefault("id", self.world.ids())
        return self.account(account).put(collection, tuple(parents), stored)

    def reset(self, *, faults: bool = True) -> None:
        """Forget all data, minted tokens, task runs and counters (and faults).

        Ids keep counting, so ids issued before the reset are never reused.
        """
        self.world = World.create(self.config.tokens, self.config.seed, ids=self.world.ids)
        self.engine.world = self.world
        self.tasks.clear()
        self.stats.clear()
        if faults:
            self.faults.set(*self.config.faults)
            self.faults.reseed()

    # ------------------------------------------------------------------ clients

    @property
    def headers(self) -> dict[str, str]:
        """Headers authenticating as the root account."""
        return {"Authorization": f"Bearer {self.token}"}

    def transport(self, **kwargs: Any) -> httpx.ASGITransport:
        """An in-process httpx transport to this emulator (no sockets)."""
        return httpx.ASGITransport(app=self.app, **kwargs)

    def client(self, *, token: str | None = None, **kwargs: Any) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` bound to the in-process app, authenticated."""
        headers = {"Authorization": f"Token {token or self.token}", **kwargs.pop("headers", {})}
        return httpx.AsyncClient(
            transport=self.transport(),
            base_url=kwargs.pop("base_url", IN_PROCESS_BASE_URL),
            headers=headers,
            **kwargs,
        )

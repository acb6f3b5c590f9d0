"""Serve an emulator with uvicorn on a loopback port (background thread or CLI)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import attrs
import uvicorn

if TYPE_CHECKING:
    from . import Emulator


def uvicorn_config(emulator: Emulator, host: str, port: int, **kwargs: Any) -> uvicorn.Config:
    """uvicorn settings suited to the emulator: h11, no lifespan, quiet, big backlog."""
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "lifespan": "off",
        "http": "h11",
        "loop": "asyncio",
        "ws": "none",
        "log_level": "warning",
        "access_log": False,
        "log_config": None,
        "backlog": 4096,
        "timeout_keep_alive": 5,
        "timeout_graceful_shutdown": 2,
    }
    options.update(kwargs)
    return uvicorn.Config(emulator.app, **options)


@attrs.define(eq=False)
class EmulatorServer:
    """A running loopback server: where it listens and how to authenticate."""

    emulator: Emulator
    host: str
    port: int
    server: uvicorn.Server

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The API base URL, ``http://127.0.0.1:<port>/v1``."""
        return self.url + "/v1"

    @property
    def token(self) -> str:
        return self.emulator.token

    @property
    def open_connections(self) -> int:
        """TCP connections uvicorn currently holds (keep-alive ones included)."""
        return len(self.server.server_state.connections)


@contextmanager
def run_emulator_server(
    emulator: Emulator | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    startup_timeout: float = 10.0,
    **overrides: Any,
) -> Iterator[EmulatorServer]:
    """Run uvicorn in a background thread on a free port; stop it on exit.

    ``overrides`` configure a new ``Emulator`` when none is given.
    """
    if emulator is None:
        from . import Emulator

        emulator = Emulator(**overrides)
    elif overrides:
        raise TypeError("pass either an emulator or emulator settings, not both")
    config = uvicorn_config(emulator, host, port)
    with serve_in_thread(config, "emulator", startup_timeout) as server:
        bound = server.servers[0].sockets[0].getsockname()[1]
        yield EmulatorServer(emulator=emulator, host=host, port=int(bound), server=server)


@contextmanager
def serve_in_thread(
    config: uvicorn.Config, what: str, startup_timeout: float = 10.0
) -> Iterator[uvicorn.Server]:
    """Run a uvicorn ``what`` server in a background thread until it has started; stop it
    on exit (the emulator's, and the tests' FastAPI app)."""
    server = uvicorn.Server(config)
    errors: list[BaseException] = []

    def serve() -> None:
        try:
            server.run()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=serve, name=f"chatbotkit-{what}", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if errors or not thread.is_alive():
            raise RuntimeError(
                f"{what} server failed to start: {errors[0] if errors else 'exited'}"
            )
        if time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"{what} server did not start in time")
        time.sleep(0.01)
    try:
        yield server
    finally:
        server.should_exit = True
        thread.join(5)
        if thread.is_alive():
            server.force_exit = True
            thread.join(5)

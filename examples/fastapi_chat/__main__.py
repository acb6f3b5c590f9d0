"""``make demo-web``: serve the chat app on http://127.0.0.1:8000 (``PORT`` overrides).

With ``CHATBOTKIT_API_TOKEN`` set it talks to the real API; without, it starts the local
emulator on loopback (replies streamed with a small delay per token, so you see them arrive).
"""

from __future__ import annotations

import os
from contextlib import ExitStack

import uvicorn

from .app import create_app


def main() -> None:
    port = int(os.environ.get("PORT", "8000"))
    with ExitStack() as stack:
        options: dict[str, object] = {}
        if not os.environ.get("CHATBOTKIT_API_TOKEN"):
            from chatbotkit.emulator import Emulator, run_emulator_server

            server = stack.enter_context(run_emulator_server(Emulator(token_delay=0.05)))
            options = {"token": server.token, "base_url": server.base_url}
            print(f"No CHATBOTKIT_API_TOKEN: using the local emulator at {server.base_url}")
        print(f"Chat page: http://127.0.0.1:{port}/", flush=True)
        uvicorn.run(create_app(**options), host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    main()

"""``chatbotkit chat``: a terminal chat on the blocking client, streaming tokens as they arrive."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._sync_client import ChatBotKit

__all__ = ["chat"]

PROMPT = "you> "
REPLY = "bot> "


def chat(
    client: ChatBotKit,
    *,
    bot: str | None = None,
    conversation: str | None = None,
    model: str | None = None,
) -> int:
    """Read a line, stream the reply, repeat until end of input (exit code 0).

    Ctrl+C while a reply streams cancels that reply (its request is cancelled) and returns
    to the prompt; at the prompt it quits. An API error in a turn is shown and the chat goes on.
    """
    from chatbotkit_gen.types import UNSET

    from ._exceptions import APIError, StreamError

    if conversation is None:
        created = client.conversation.create(
            bot_id=bot if bot is not None else UNSET, model=model if model is not None else UNSET
        )
        conversation = created.id
    print(f"conversation {conversation} (Ctrl+D to quit)", file=sys.stderr, flush=True)
    while True:
        try:
            text = input(PROMPT)
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            return 0
        if not text.strip():
            continue
        sys.stdout.write(REPLY)
        sys.stdout.flush()
        try:
            with client.conversation.complete.stream(conversation, text=text) as reply:
                for token in reply.text_stream:
                    sys.stdout.write(token)
                    sys.stdout.flush()
        except KeyboardInterrupt:
            sys.stdout.write(" [stopped]")
        except (APIError, StreamError) as exc:
            code = getattr(exc, "code", None)
            print(f"\nerror: {code + ': ' if code else ''}{exc}", file=sys.stderr, flush=True)
        sys.stdout.write("\n")
        sys.stdout.flush()

"""The emulator's deterministic "language model".

A reply echoes the user's words and adds a tail picked from a fixed vocabulary by
a hash of the input, so the same text always yields the same reply. Tokens are
words; every token after the first carries its leading space, so joining tokens
gives the text. The reply always ends in "café" so multi-byte UTF-8 crosses the wire.
"""

from __future__ import annotations

import hashlib
import re

MODEL_NAME = "emulator"

VOCABULARY = (
    "the", "emulator", "answers", "with", "a", "deterministic", "reply", "about",
    "your", "message", "and", "thanks", "for", "asking", "here", "is", "more",
    "detail", "on", "that", "topic", "café",
)  # fmt: skip

_MAX_ECHO = 48
_MAX_TOKENS_OPTION = re.compile(r"(?:^|/)maxTokens=(\d+)")


def tokenize(text: str) -> list[str]:
    """Split text into word tokens, keeping each later word's leading space."""
    words = text.split()
    return [w if i == 0 else " " + w for i, w in enumerate(words)]


def count_tokens(text: str) -> int:
    """Token count of a text, as the model counts it (words)."""
    return len(text.split())


def reply_tokens(text: str) -> list[str]:
    """The full reply to ``text`` as a token list."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    tail_len = 3 + digest[0] % 5
    tail = [VOCABULARY[b % len(VOCABULARY)] for b in digest[1 : 1 + tail_len]]
    words = ["You", "said:", *text.split()[:_MAX_ECHO], "—", *tail, "at", "the", "café"]
    return tokenize(" ".join(words))


def budget_from_model(model: object) -> int | None:
    """The ``maxTokens=N`` option of a ChatBotKit model string, if any."""
    if not isinstance(model, str):
        return None
    m = _MAX_TOKENS_OPTION.search(model)
    return int(m.group(1)) if m else None

"""The ``chatbotkit`` logger; ``CHATBOTKIT_LOG=debug|info`` attaches a stderr handler once."""

# Request lines carry method, path, status and elapsed time only: never headers (the API
# token travels in ``Authorization``) and never query strings (see ``sanitize_url``).

from __future__ import annotations

import logging
import os

__all__ = ["logger", "setup_logging"]

logger = logging.getLogger("chatbotkit")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
_configured = False


def setup_logging() -> None:
    """Honour ``CHATBOTKIT_LOG`` (like ``OPENAI_LOG``); idempotent, no-op when unset."""
    global _configured
    if _configured:
        return
    _configured = True
    level = _LEVELS.get(os.environ.get("CHATBOTKIT_LOG", "").strip().lower())
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)

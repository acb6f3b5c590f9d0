"""Checked with ``mypy --strict`` by tests/test_typing.py: the serialization helpers' types."""

from __future__ import annotations

import datetime
import json

import chatbotkit
from chatbotkit import UNSET, Unset, to_datetime, to_dict, to_json


async def usage() -> None:
    async with chatbotkit.AsyncChatBotKit() as cbk:
        bot = await cbk.bot.fetch("b1")
        text: str = json.dumps(to_dict(bot)) + to_json([bot], indent=2)
        created: datetime.datetime = to_datetime(bot.created_at)
        maybe: datetime.datetime | None = to_datetime(bot.name if bot.name else UNSET)
        unset: Unset = UNSET
        print(text, created, maybe, unset)

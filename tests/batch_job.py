"""A batch job run in a subprocess by the crash tests and the 10,000-item bench run.

``python tests/batch_job.py BASE_URL TOKEN JOURNAL N [--concurrency C] [--progress]
[--on-uncertain retry|skip]``: one conversation per item through ``create_once`` (then a
fetch, so an item has work after its create), journaled; prints the final counters as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from chatbotkit import AsyncChatBotKit, BatchProgress, create_once


async def item(cbk: AsyncChatBotKit, name: str) -> str:
    conversation_id = await create_once(cbk.conversation, name=name)
    await cbk.conversation.fetch(conversation_id)
    return conversation_id


async def main(args: argparse.Namespace) -> BatchProgress:
    names = (f"item-{i:05d}" for i in range(args.n))  # a generator: pulled lazily
    async with AsyncChatBotKit(token=args.token, base_url=args.base_url) as cbk:
        job = cbk.batch(
            names,
            item,
            concurrency=args.concurrency,
            journal=args.journal,
            key=lambda name: f"crash-test:{name}",
            on_uncertain=args.on_uncertain,
            progress=True if args.progress else None,
            total=args.n,
        )
        await job
        return job.progress


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("token")
    parser.add_argument("journal")
    parser.add_argument("n", type=int)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--progress", action="store_true")
    parser.add_argument("--on-uncertain", default="retry", choices=["retry", "skip"])
    try:
        final = asyncio.run(main(parser.parse_args()))
    except KeyboardInterrupt:  # the batch already left its summary line
        sys.exit(130)
    print(
        json.dumps(
            {
                "done": final.done,
                "resumed": final.resumed,
                "failed": final.failed,
                "uncertain": final.uncertain,
            }
        )
    )

"""S8: what a batch's rate limiter buys, under random 429s and under a real rate limit.

``cbk.batch(range(n), create, concurrency=64)`` against an emulator process with one of
two faults: ``rate_limit`` (30% of creates get 429 whatever the rate: a fault, not a
limit) and ``token_bucket`` (a real per-token limit with a true ``Retry-After``). Three
limiters: none (``rate_limiter=False``), the earlier AIMD one (``strategy="aimd"``) and the
default (``strategy="probe"``). Each cell: items/s and 429 responses seen by the client,
median of the runs. Also the done-means run: 10,000 items of ``tests/batch_job.py``
(journaled ``create_once`` + fetch) against the token bucket, then lost and duplicated.

Run alone (``python bench/limiter.py [--big]``, ``BENCH_QUICK=1`` for small counts) or
from ``bench/run.py``, which appends the section (without the 10,000-item run, minutes
long at the emulator's limit) to ``bench/results.md``. ``--ab N``: N alternating runs of
no limiter and the default under random 429s, medians (the noise check the README quotes).
``--sim``: the same cells in virtual time (``tests/_ratesim.py``), deterministic and instant.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from clients import count_conversations  # noqa: E402
from run import TOKEN, emulator  # noqa: E402

QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
N = 400 if QUICK else 1000
REPS = 1 if QUICK else 3
BIG = 10_000
MODES = {
    "random 30% 429": "rate_limit:route=createConversation,rate=0.3,retry_after=0.05",
    "token bucket 40/s, burst 10": "token_bucket:capacity=10,refill=40",
}
BIG_FAULT = "token_bucket:route=createConversation,capacity=20,refill=60"
LIMITERS = ("none", "aimd (earlier)", "probe (default)")


class Counting(httpx.AsyncBaseTransport):
    """Counts the 429 responses the client receives."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.throttled = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        self.throttled += response.status_code == 429
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


async def one_cell(base_url: str, limiter: str) -> dict[str, float]:
    import chatbotkit

    transport = Counting()
    chosen: Any = False
    if limiter.startswith("aimd"):
        chosen = chatbotkit.AdaptiveRateLimiter(strategy="aimd")
    elif limiter.startswith("probe"):
        chosen = chatbotkit.AdaptiveRateLimiter()
    async with chatbotkit.AsyncChatBotKit(
        token=TOKEN, base_url=base_url, transport=transport
    ) as cbk:

        async def create(client: Any, i: int) -> str:
            return str((await client.conversation.create(name=f"item-{i}")).id)

        started = time.perf_counter()
        results = await cbk.batch(range(N), create, concurrency=64, rate_limiter=chosen)
        elapsed = time.perf_counter() - started
    stored, distinct = await count_conversations(base_url, TOKEN)
    return {
        "rate": N / elapsed,
        "throttled": transport.throttled,
        "failed": len(results.failed),
        "lost": N - distinct,
        "duplicated": stored - distinct,
    }


def big_run(fault: str) -> str:
    """The done-means run: 10,000 journaled items against the token bucket."""
    with emulator(fault) as url, tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        out = subprocess.run(
            [
                sys.executable,
                str(ROOT / "tests" / "batch_job.py"),
                url,
                TOKEN,
                str(Path(tmp) / "job.sqlite"),
                str(BIG),
                "--concurrency",
                "64",
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=1800,
        )
        elapsed = time.perf_counter() - started
        if out.returncode != 0:
            return f"- {BIG:,} items: error: {out.stderr.strip()[-300:]}"
        final = json.loads(out.stdout.strip().splitlines()[-1])
        stored, distinct = asyncio.run(count_conversations(url, TOKEN))
    return (
        f"- {BIG:,} items of `tests/batch_job.py` (journal, `create_once` + fetch, concurrency 64,"
        f" default limiter) against `{fault}`: {elapsed:.0f} s ({BIG / elapsed:.0f} items/s),"
        f" done {final['done']:,}, failed {final['failed']}, lost {BIG - distinct},"
        f" duplicated {stored - distinct}."
    )


def section(big: bool = False) -> str:
    rows = [
        f"| fault ({N:,} creates, concurrency 64) | " + " | ".join(LIMITERS) + " |",
        "|---|" + "---|" * len(LIMITERS),
    ]
    for mode, fault in MODES.items():
        cells = []
        for limiter in LIMITERS:
            runs = []
            for _ in range(REPS):
                with emulator(fault) as url:
                    runs.append(asyncio.run(one_cell(url, limiter)))
            rate = statistics.median(r["rate"] for r in runs)
            throttled = statistics.median(r["throttled"] for r in runs)
            bad = sum(r["failed"] + r["lost"] + r["duplicated"] for r in runs)
            low, high = min(r["rate"] for r in runs), max(r["rate"] for r in runs)
            cells.append(
                f"{rate:.0f} items/s ({low:.0f}-{high:.0f}); 429s {throttled:,.0f}"
                + (f"; failed/lost/dup {bad}" if bad else "")
            )
            print(f"S8 {mode} / {limiter}: {cells[-1]}", file=sys.stderr, flush=True)
        rows.append(f"| {mode} | " + " | ".join(cells) + " |")
    big = big_run(BIG_FAULT) if big else "- The 10,000-item run: `python bench/limiter.py --big`."
    return "\n".join(
        [
            "## S8 batch rate limiters",
            "",
            f"Median of {REPS} run(s) per cell (min-max); 429s are responses the client got.",
            "",
            *rows,
            "",
            big,
            "",
        ]
    )


def alternating(runs: int) -> str:
    """``runs`` alternating runs of no limiter and the default under random 429s: medians."""
    rates: dict[str, list[float]] = {"none": [], "probe (default)": []}
    for _ in range(runs):
        for limiter in rates:
            with emulator(MODES["random 30% 429"]) as url:
                rates[limiter].append(asyncio.run(one_cell(url, limiter))["rate"])
    return "; ".join(
        f"{name}: median {statistics.median(r):.0f} items/s ({', '.join(f'{x:.0f}' for x in r)})"
        for name, r in rates.items()
    )


def simulated() -> str:
    """The README's virtual-time cells: no limiter against the default."""
    sys.path.insert(0, str(ROOT / "tests"))
    from _ratesim import Server, run

    import chatbotkit

    cells = [
        ("random 30% 429s, 1,000 creates", {"random_429": 0.3}, 1000),
        ("token bucket 40/s burst 10, 1,000 creates", {"bucket": (10, 40)}, 1000),
        ("token bucket 60/s burst 20, 10,000 creates", {"bucket": (20, 60)}, 10_000),
        ("40/s bucket + random 5%", {"bucket": (10, 40), "random_429": 0.05}, 1000),
        ("40/s bucket + random 20%", {"bucket": (10, 40), "random_429": 0.2}, 1000),
    ]
    rows = ["| virtual time, concurrency 64 | none | default |", "|---|---|---|"]
    for label, fault, items in cells:
        none = run(Server(**fault), None, items=items)  # type: ignore[arg-type]
        ours = run(Server(**fault), chatbotkit.AdaptiveRateLimiter(), items=items)  # type: ignore[arg-type]
        rows.append(
            f"| {label} | {none.items_per_s:.1f} items/s, {none.throttled:,} 429s"
            f" | {ours.items_per_s:.1f} items/s, {ours.throttled:,} 429s |"
        )
    return "\n".join(rows)


if __name__ == "__main__":
    if "--sim" in sys.argv:
        print(simulated())
    elif "--ab" in sys.argv:
        after = sys.argv[sys.argv.index("--ab") + 1 :]
        print(alternating(int(after[0]) if after and after[0].isdigit() else 5))
    else:
        print(section(big="--big" in sys.argv))

"""One benchmark client per (scenario, implementation); run in a fresh process.

``python bench/clients.py IMPL SCENARIO --base-url URL [--n N] ...`` prints one JSON
line: the metrics, or ``{"na": reason}`` when the implementation cannot run it yet.
IMPL is ``raw`` (httpx + stdlib json), ``official`` (PyPI ``chatbotkit==0.6.0``, run
from its own venv) or ``ours`` (``chatbotkit.AsyncChatBotKit``); ``raw-aiohttp`` and
``ours-aiohttp`` are the same over the aiohttp wire (``chatbotkit._aiohttp``), and
``aiohttp`` is raw ``aiohttp.ClientSession`` + stdlib json. Both SDKs share
the import name ``chatbotkit``, so nothing here imports it at module level.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sys
import time
import traceback
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

BOT_ID = "bot_9f3kq2vd8s7x1m4n"
CONVO_ID = "cnv_000000000001"
TOKEN = "bench-token"
TIME_LIMIT = 120.0
WIRE = "httpcore"  # set from IMPL: "raw-aiohttp" and "ours-aiohttp" use the aiohttp wire
BATCH_WORKERS = 64  # every loop is bounded in count and in time


class NotYet(Exception):
    """The implementation lacks what the scenario needs (yet)."""


def rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def deadline() -> float:
    return time.perf_counter() + TIME_LIMIT


def check_time(limit: float) -> None:
    if time.perf_counter() > limit:
        raise TimeoutError("bench loop exceeded its time limit")


# --------------------------------------------------------------------------- clients


def raw_client(base_url: str, token: str, **kwargs: Any) -> httpx.AsyncClient:
    if WIRE == "aiohttp":
        from chatbotkit._aiohttp import AiohttpTransport

        kwargs["transport"] = AiohttpTransport()  # httpx's default limits, as the SDK's
    return httpx.AsyncClient(
        base_url=base_url, headers={"Authorization": f"Bearer {token}"}, **kwargs
    )


class ApiPrefixTransport(httpx.AsyncBaseTransport):
    """Maps the official SDK's ``/api/v1/...`` paths to the emulator's ``/v1/...``."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/v1/"):
            request.url = request.url.copy_with(path=request.url.path[4:])
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def official_client(base_url: str, token: str, *, emulator: bool = False) -> Any:
    import chatbotkit

    if not hasattr(chatbotkit, "ChatBotKit"):
        raise NotYet("the official SDK is not importable here")
    # Its paths are /api/v1/...; it strips /api only for api.chatbotkit.com. The bench
    # server ignores /api (no extra cost measured); the emulator needs the rewrite.
    transport = ApiPrefixTransport() if emulator else None
    return chatbotkit.ChatBotKit(
        base_url=base_url.removesuffix("/v1"), token=token, transport=transport
    )


def ours_client(base_url: str, token: str) -> Any:
    import chatbotkit

    cls = getattr(chatbotkit, "AsyncChatBotKit", None)
    if cls is None:
        raise NotYet("chatbotkit.AsyncChatBotKit does not exist yet")
    return cls(token=token, base_url=base_url, wire=WIRE)


# --------------------------------------------------------------------------- S1/S2 fetch


async def fetch_loop(
    fetch: Callable[[], Awaitable[Any]], n: int, concurrency: int
) -> dict[str, Any]:
    for _ in range(max(20, n // 100)):  # warm-up: connections, caches
        await fetch()
    limit = deadline()
    remaining = n

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            check_time(limit)
            await fetch()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - start
    return {"value": n / elapsed, "elapsed": elapsed, "n": n}


async def fetch_raw(args: argparse.Namespace) -> dict[str, Any]:
    async with raw_client(args.base_url, args.token) as client:

        async def fetch() -> Any:
            response = await client.get(f"/bot/{BOT_ID}/fetch")
            response.raise_for_status()
            return json.loads(response.content)

        return await fetch_loop(fetch, args.n, args.concurrency)


async def fetch_official(args: argparse.Namespace) -> dict[str, Any]:
    async with official_client(args.base_url, args.token) as cbk:
        return await fetch_loop(lambda: cbk.bot.fetch(BOT_ID), args.n, args.concurrency)


async def fetch_ours(args: argparse.Namespace) -> dict[str, Any]:
    async with ours_client(args.base_url, args.token) as cbk:
        return await fetch_loop(lambda: cbk.bot.fetch(BOT_ID), args.n, args.concurrency)


# --------------------------------------------------------------------------- S3 streams


async def stream_loop(one: Callable[[], Awaitable[int]], n: int) -> dict[str, Any]:
    await one()  # warm-up
    limit = deadline()
    events = 0
    start = time.perf_counter()
    for _ in range(n):
        check_time(limit)
        events += await one()
    elapsed = time.perf_counter() - start
    return {"value": events / elapsed, "elapsed": elapsed, "n": n, "events": events}


async def stream_raw(args: argparse.Namespace) -> dict[str, Any]:
    async with raw_client(args.base_url, args.token) as client:

        async def one() -> int:
            count = 0
            async with client.stream(
                "POST",
                f"/conversation/{CONVO_ID}/complete",
                json={"text": "Hi"},
                headers={"Accept": "application/jsonl"},
            ) as response:
                response.raise_for_status()
                tail = b""
                async for chunk in response.aiter_bytes():
                    lines = (tail + chunk).split(b"\n")
                    tail = lines.pop()
                    for line in lines:
                        if line:
                            json.loads(line)
                            count += 1
                if tail.strip():
                    json.loads(tail)
                    count += 1
            return count

        return await stream_loop(one, args.n)


async def stream_official(args: argparse.Namespace) -> dict[str, Any]:
    async with official_client(args.base_url, args.token) as cbk:

        async def one() -> int:
            count = 0
            async for _event in cbk.conversation.complete(CONVO_ID, {"text": "Hi"}).stream():
                count += 1
            return count

        return await stream_loop(one, args.n)


async def stream_ours(args: argparse.Namespace) -> dict[str, Any]:
    async with ours_client(args.base_url, args.token) as cbk:

        async def one() -> int:
            count = 0
            async with cbk.conversation.complete.stream(CONVO_ID, text="Hi") as stream:
                async for _event in stream:
                    count += 1
            return count

        return await stream_loop(one, args.n)


# --------------------------------------------------------------------------- S4 lists


async def list_run(items: Callable[[], Any], n: int) -> dict[str, Any]:
    """Drain an async iterator of items; items/s and peak RSS growth over the baseline."""
    base = rss_kib()
    limit = deadline()
    count = 0
    start = time.perf_counter()
    async for _item in items():
        count += 1
        if count % 1000 == 0:
            check_time(limit)
    elapsed = time.perf_counter() - start
    if count != n:
        raise RuntimeError(f"expected {n} items, got {count}")
    return {
        "value": count / elapsed,
        "elapsed": elapsed,
        "n": count,
        "rss_mib": (rss_kib() - base) / 1024,
    }


async def pages_raw(args: argparse.Namespace) -> dict[str, Any]:
    async with raw_client(args.base_url, args.token) as client:

        async def items() -> Any:
            cursor = ""
            while True:
                response = await client.get(
                    "/conversation/list", params={"cursor": cursor, "take": 100}
                )
                response.raise_for_status()
                page = json.loads(response.content)
                if not page["items"]:
                    return
                for item in page["items"]:
                    yield item
                cursor = page["cursor"]

        await client.get(f"/bot/{BOT_ID}/fetch")  # warm-up: connection
        return await list_run(items, args.n)


async def pages_official(args: argparse.Namespace) -> dict[str, Any]:
    async with official_client(args.base_url, args.token) as cbk:

        async def items() -> Any:
            cursor = ""
            while True:
                page = await cbk.conversation.list({"cursor": cursor, "take": 100})
                if not page.items:
                    return
                for item in page.items:
                    yield item
                cursor = page.cursor

        await cbk.bot.fetch(BOT_ID)
        return await list_run(items, args.n)


async def pages_ours(args: argparse.Namespace) -> dict[str, Any]:
    async with ours_client(args.base_url, args.token) as cbk:
        await cbk.bot.fetch(BOT_ID)
        await cbk.conversation.list(take=1)  # warm-up: loads the list's endpoint and models
        return await list_run(lambda: cbk.conversation.list(take=100), args.n)


async def jsonl_raw(args: argparse.Namespace) -> dict[str, Any]:
    async with raw_client(args.base_url, args.token) as client:

        async def items() -> Any:
            async with client.stream(
                "GET", "/conversation/list", headers={"Accept": "application/jsonl"}
            ) as response:
                response.raise_for_status()
                tail = b""
                async for chunk in response.aiter_bytes():
                    lines = (tail + chunk).split(b"\n")
                    tail = lines.pop()
                    for line in lines:
                        if line:
                            yield json.loads(line)["data"]

        await client.get(f"/bot/{BOT_ID}/fetch")
        return await list_run(items, args.n)


async def jsonl_official(args: argparse.Namespace) -> dict[str, Any]:
    async with official_client(args.base_url, args.token) as cbk:

        async def items() -> Any:
            async for event in cbk.conversation.list({"take": 100}).stream():
                yield event.data

        await cbk.bot.fetch(BOT_ID)
        return await list_run(items, args.n)


async def jsonl_ours(args: argparse.Namespace) -> dict[str, Any]:
    async with ours_client(args.base_url, args.token) as cbk:

        async def items() -> Any:
            async with cbk.conversation.list().stream() as stream:
                async for item in stream:
                    yield item

        await cbk.bot.fetch(BOT_ID)
        await cbk.conversation.list(take=1)  # warm-up: loads the list's endpoint and models
        return await list_run(items, args.n)


# --------------------------------------------------------------------------- S6 batch (emulator)


async def count_conversations(base_url: str, token: str) -> tuple[int, int]:
    """(conversations, distinct names) in the emulator, read with raw httpx."""
    names: list[str] = []
    async with raw_client(base_url, token, timeout=60) as client:
        cursor = ""
        for _ in range(10_000):
            r = await client.get("/conversation/list", params={"cursor": cursor, "take": 100})
            if r.status_code == 429:  # a rate-limit fault mode is on: wait as told, ask again
                await asyncio.sleep(float(r.headers.get("retry-after-ms", "100")) / 1000)
                continue
            r.raise_for_status()
            page = r.json()
            if not page["items"]:
                break
            names += [item.get("name") for item in page["items"]]
            cursor = page["cursor"]
    return len(names), len(set(names))


async def batch_report(
    args: argparse.Namespace, run: Callable[[], Awaitable[int]]
) -> dict[str, Any]:
    limit_start = time.perf_counter()
    retries = await asyncio.wait_for(run(), TIME_LIMIT)
    elapsed = time.perf_counter() - limit_start
    stored, distinct = await count_conversations(args.base_url, args.token)
    return {
        "value": elapsed,
        "elapsed": elapsed,
        "n": args.n,
        "retries": retries,
        "lost": max(0, args.n - distinct),
        "duplicated": stored - distinct,
    }


async def batch_raw(args: argparse.Namespace) -> dict[str, Any]:
    """A hand-written floor: 64 workers, retry 429 after retry-after-ms / Retry-After (20 tries)."""
    async with raw_client(args.base_url, args.token, timeout=30) as client:
        retries = 0
        queue = list(range(args.n))

        async def worker() -> None:
            nonlocal retries
            while queue:
                i = queue.pop()
                for _attempt in range(20):
                    r = await client.post("/conversation/create", json={"name": f"item-{i}"})
                    if r.status_code != 429:
                        r.raise_for_status()
                        break
                    retries += 1
                    wait_ms = r.headers.get("retry-after-ms")
                    wait = (
                        float(wait_ms) / 1000 if wait_ms else float(r.headers.get("retry-after", 1))
                    )
                    await asyncio.sleep(wait)

        async def run() -> int:
            await asyncio.gather(*(worker() for _ in range(BATCH_WORKERS)))
            return retries

        return await batch_report(args, run)


async def batch_official(args: argparse.Namespace) -> dict[str, Any]:
    """The official SDK has no retries and no batch helper: 64 workers, failures are lost."""
    import chatbotkit

    async with official_client(args.base_url, args.token, emulator=True) as cbk:
        queue = list(range(args.n))

        async def worker() -> None:
            while queue:
                i = queue.pop()
                try:
                    await cbk.conversation.create({"name": f"item-{i}"})
                except chatbotkit.APIError:
                    pass

        async def run() -> int:
            await asyncio.gather(*(worker() for _ in range(BATCH_WORKERS)))
            return 0

        return await batch_report(args, run)


async def batch_ours(args: argparse.Namespace) -> dict[str, Any]:
    """``cbk.batch(items, fn, concurrency=64)``: the client retries the 429s itself.

    ``max_retries=8`` as in the README's batch example (a 30% 429 rate makes 3 failed
    attempts in a row common over hundreds of items); retries are read from the batch's
    rate limiter (``AdaptiveRateLimiter.retries``).
    """
    import chatbotkit

    async with ours_client(args.base_url, args.token) as cbk:
        limiter = chatbotkit.AdaptiveRateLimiter()

        async def create(client: Any, i: int) -> Any:
            return await client.conversation.create(name=f"item-{i}")

        async def run() -> int:
            results = await cbk.with_options(max_retries=8).batch(
                range(args.n), create, concurrency=BATCH_WORKERS, rate_limiter=limiter
            )
            failed = results.failed
            if failed:
                raise RuntimeError(f"{len(failed)} items failed: {failed[0].error!r}")
            return int(limiter.retries)

        return await batch_report(args, run)


# --------------------------------------------------------------------------- S7 streams (emulator)


async def emu_streams(
    args: argparse.Namespace, one: Callable[[str], Awaitable[int]]
) -> dict[str, Any]:
    async with raw_client(args.base_url, args.token) as client:
        r = await client.post("/conversation/create", json={"name": "s7"})
        r.raise_for_status()
        convo = r.json()["id"]
    errors = 0
    events = 0

    async def guarded() -> None:
        nonlocal errors, events
        try:
            got = await one(convo)  # not `events += await ...`: that loses updates
        except Exception:
            errors += 1
        else:
            events += got
            errors += got == 0

    start = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*(guarded() for _ in range(args.n))), TIME_LIMIT)
    elapsed = time.perf_counter() - start
    return {
        "value": events / elapsed,
        "elapsed": elapsed,
        "n": args.n,
        "errors": errors,
        "events": events,
    }


async def emu_streams_raw(args: argparse.Namespace) -> dict[str, Any]:
    async with raw_client(args.base_url, args.token, timeout=60) as client:

        async def one(convo: str) -> int:
            count = 0
            async with client.stream(
                "POST",
                f"/conversation/{convo}/complete",
                json={"text": "Hi"},
                headers={"Accept": "application/jsonl"},
            ) as response:
                response.raise_for_status()
                async for line in response.aiter_lines():
                    if line:
                        json.loads(line)
                        count += 1
            return count

        return await emu_streams(args, one)


async def emu_streams_official(args: argparse.Namespace) -> dict[str, Any]:
    async with official_client(args.base_url, args.token, emulator=True) as cbk:

        async def one(convo: str) -> int:
            count = 0
            async for _event in cbk.conversation.complete(convo, {"text": "Hi"}).stream():
                count += 1
            return count

        return await emu_streams(args, one)


async def emu_streams_ours(args: argparse.Namespace) -> dict[str, Any]:
    async with ours_client(args.base_url, args.token) as cbk:

        async def one(convo: str) -> int:
            count = 0
            async with cbk.conversation.complete.stream(convo, text="Hi") as stream:
                async for _event in stream:
                    count += 1
            return count

        return await emu_streams(args, one)


# --------------------------------------------------------------------------- raw aiohttp


def aiohttp_session(token: str) -> Any:
    import aiohttp

    return aiohttp.ClientSession(headers={"Authorization": f"Bearer {token}"})


async def fetch_aiohttp(args: argparse.Namespace) -> dict[str, Any]:
    async with aiohttp_session(args.token) as session:
        url = f"{args.base_url}/bot/{BOT_ID}/fetch"

        async def fetch() -> Any:
            async with session.get(url) as response:
                response.raise_for_status()
                return json.loads(await response.read())

        return await fetch_loop(fetch, args.n, args.concurrency)


async def jsonl_lines(response: Any) -> Any:
    """Complete JSONL lines of an aiohttp response, split as the raw httpx clients do."""
    tail = b""
    async for chunk in response.content.iter_any():
        lines = (tail + chunk).split(b"\n")
        tail = lines.pop()
        for line in lines:
            if line:
                yield line
    if tail.strip():
        yield tail


async def stream_aiohttp(args: argparse.Namespace) -> dict[str, Any]:
    async with aiohttp_session(args.token) as session:
        url = f"{args.base_url}/conversation/{CONVO_ID}/complete"

        async def one() -> int:
            count = 0
            headers = {"Accept": "application/jsonl"}
            async with session.post(url, json={"text": "Hi"}, headers=headers) as response:
                response.raise_for_status()
                async for line in jsonl_lines(response):
                    json.loads(line)
                    count += 1
            return count

        return await stream_loop(one, args.n)


async def pages_aiohttp(args: argparse.Namespace) -> dict[str, Any]:
    async with aiohttp_session(args.token) as session:

        async def items() -> Any:
            cursor = ""
            while True:
                params = {"cursor": cursor, "take": 100}
                async with session.get(f"{args.base_url}/conversation/list", params=params) as r:
                    r.raise_for_status()
                    page = json.loads(await r.read())
                if not page["items"]:
                    return
                for item in page["items"]:
                    yield item
                cursor = page["cursor"]

        return await list_run(items, args.n)


async def jsonl_aiohttp(args: argparse.Namespace) -> dict[str, Any]:
    async with aiohttp_session(args.token) as session:

        async def items() -> Any:
            headers = {"Accept": "application/jsonl"}
            async with session.get(f"{args.base_url}/conversation/list", headers=headers) as r:
                r.raise_for_status()
                async for line in jsonl_lines(r):
                    yield json.loads(line)["data"]

        return await list_run(items, args.n)


IMPLS = ["raw", "raw-aiohttp", "aiohttp", "official", "ours", "ours-aiohttp"]
IMPLS += [f"{impl}+stdjson" for impl in ("ours", "ours-aiohttp")]  # as if without [speedups]
SCENARIOS: dict[str, dict[str, Callable[[argparse.Namespace], Awaitable[dict[str, Any]]]]] = {
    "fetch": {
        "raw": fetch_raw,
        "official": fetch_official,
        "ours": fetch_ours,
        "aiohttp": fetch_aiohttp,
    },
    "stream": {
        "raw": stream_raw,
        "official": stream_official,
        "ours": stream_ours,
        "aiohttp": stream_aiohttp,
    },
    "pages": {
        "raw": pages_raw,
        "official": pages_official,
        "ours": pages_ours,
        "aiohttp": pages_aiohttp,
    },
    "jsonl": {
        "raw": jsonl_raw,
        "official": jsonl_official,
        "ours": jsonl_ours,
        "aiohttp": jsonl_aiohttp,
    },
    "batch": {"raw": batch_raw, "official": batch_official, "ours": batch_ours},
    "emu_streams": {
        "raw": emu_streams_raw,
        "official": emu_streams_official,
        "ours": emu_streams_ours,
    },
}


def main() -> None:
    global TIME_LIMIT, WIRE
    parser = argparse.ArgumentParser()
    parser.add_argument("impl", choices=IMPLS)
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--token", default=TOKEN)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--cpu", type=int, default=None)
    parser.add_argument("--time-limit", type=float, default=TIME_LIMIT)
    args = parser.parse_args()
    TIME_LIMIT = args.time_limit
    name, _, json_mode = args.impl.partition("+")
    if json_mode == "stdjson":
        sys.modules["msgspec"] = None  # type: ignore[assignment]  # the SDK falls back to stdlib json
    impl, _, wire = name.partition("-")
    WIRE = wire or "httpcore"
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {args.cpu})
        except OSError:
            pass
    try:
        run = SCENARIOS[args.scenario].get(impl)
        if run is None:
            raise NotYet(f"{args.impl} is not measured in this scenario")
        result = asyncio.run(run(args))
    except NotYet as exc:
        result = {"na": str(exc)}
    except TimeoutError:
        result = {"error": f"did not finish within the bench time limit ({TIME_LIMIT:.0f} s)"}
    except Exception as exc:
        if impl != "ours":
            traceback.print_exc()
            sys.exit(1)
        # ours is being written: a failing call means "not yet", not a failed run
        result = {"na": f"{type(exc).__name__}: {exc}"[:300]}
        traceback.print_exc()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()

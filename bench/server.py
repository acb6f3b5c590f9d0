"""A minimal loopback HTTP/1.1 keep-alive server for `make bench`.

Every response is precomputed bytes, so the server costs as little as possible per
request and client cost dominates. It parses just the request line, Content-Length
and Accept, and skips the body. Routes (any `/api` and `/v1` prefixes are ignored):

- ``GET  /bot/{id}/fetch``: a realistic bot record (JSON);
- ``POST /conversation/{id}/complete``: with ``Accept: application/jsonl`` a chunked
  stream of ``TOKENS`` token events (one chunk per line), then ``message`` and
  ``result``; otherwise the result as JSON;
- ``GET  /conversation/list?cursor=&take=``: cursor pages (cursor = id of the last
  item; an empty page with cursor ``""`` ends the list, like the emulator); with
  ``Accept: application/jsonl`` every item as ``{"type":"item","data":...}`` lines.

One listening port per list size (``--sizes 20000,100000``), all on 127.0.0.1; the
ports are printed as one JSON line. The server exits when its stdin closes (the
orchestrator ended) or after ``--max-lifetime`` seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import threading
from urllib.parse import parse_qs

TOKENS = 2000
TAKE = 100
_CRLF = b"\r\n"


def dumps(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def json_response(body: bytes, status: bytes = b"200 OK") -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\ncontent-type: application/json\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )


def jsonl_response(lines: list[bytes]) -> bytes:
    """A chunked JSONL body, one chunk per line (as a streaming server would send it)."""
    parts = [
        b"HTTP/1.1 200 OK\r\ncontent-type: application/jsonl\r\ntransfer-encoding: chunked\r\n\r\n"
    ]
    for line in lines:
        data = line + b"\n"
        parts.append(b"%x\r\n%s\r\n" % (len(data), data))
    parts.append(b"0\r\n\r\n")
    return b"".join(parts)


BOT = {
    "id": "bot_9f3kq2vd8s7x1m4n",
    "name": "Support Assistant",
    "description": "Answers customer questions about orders, shipping and returns.",
    "alias": "support",
    "backstory": (
        "You are a friendly and concise support assistant for an online store. "
        "Answer using the knowledge base; when unsure, say so and offer to hand over "
        "to a human agent. Never invent order numbers or tracking links."
    ),
    "model": "gpt-4o-mini",
    "datasetId": "dts_4h7w2p9c1x8z5b3q",
    "skillsetId": "sks_2m8v4k1r7t9y3c6d",
    "blueprintId": None,
    "moderation": True,
    "privacy": False,
    "visibility": "private",
    "meta": {"team": "support", "locale": "en-GB", "version": 7, "tags": ["store", "faq"]},
    "createdAt": 1767225600000,
    "updatedAt": 1769904000000,
}


def conversation(i: int) -> dict[str, object]:
    return {
        "id": f"cnv_{i:012d}",
        "name": f"Conversation {i}",
        "description": "Customer asked about a delayed parcel and a refund.",
        "botId": BOT["id"],
        "model": "gpt-4o-mini",
        "contactId": f"con_{i % 997:08d}",
        "privacy": False,
        "moderation": False,
        "meta": {"channel": "widget", "index": i},
        "createdAt": 1767225600000 + i * 1000,
        "updatedAt": 1767225600000 + i * 1000,
    }


def completion_stream() -> tuple[bytes, bytes]:
    token = dumps({"type": "token", "data": {"token": "word "}})
    text = "word " * TOKENS
    message = dumps(
        {
            "type": "message",
            "data": {"id": "msg_result0001", "type": "bot", "text": text, "meta": {}},
        }
    )
    result = {
        "id": "msg_result0001",
        "text": text,
        "usage": {"token": TOKENS + 40},
        "end": {"reason": "stop"},
    }
    stream = jsonl_response([token] * TOKENS + [message, dumps({"type": "result", "data": result})])
    return stream, json_response(dumps(result))


class Dataset:
    """Precomputed list pages (take=100) and the JSONL stream of `size` items."""

    def __init__(self, size: int) -> None:
        self.items = [conversation(i) for i in range(size)]
        self.pages: dict[tuple[str, int], bytes] = {}
        self.index = {item["id"]: n for n, item in enumerate(self.items)}
        for start in range(0, size + 1, TAKE):  # + the final empty page
            cursor = "" if start == 0 else str(self.items[start - 1]["id"])
            self.pages[(cursor, TAKE)] = self._page(start, TAKE)
        self.stream = jsonl_response([dumps({"type": "item", "data": it}) for it in self.items])

    def _page(self, start: int, take: int) -> bytes:
        page = self.items[start : start + take]
        return json_response(dumps({"items": page, "cursor": page[-1]["id"] if page else ""}))

    def page(self, cursor: str, take: int) -> bytes:
        key = (cursor, take)
        found = self.pages.get(key)
        if found is None:
            if cursor and cursor not in self.index:
                return json_response(
                    dumps({"code": "BAD_REQUEST", "message": "unknown cursor"}), b"400 Bad Request"
                )
            start = self.index[cursor] + 1 if cursor else 0
            found = self.pages[key] = self._page(start, take)
        return found


class App:
    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.bot = json_response(dumps(BOT))
        self.stream, self.result = completion_stream()
        self.not_found = json_response(
            dumps({"code": "NOT_FOUND", "message": "no route"}), b"404 Not Found"
        )

    def respond(self, method: bytes, target: bytes, jsonl: bool) -> bytes:
        path, _, query = target.partition(b"?")
        while path.startswith((b"/api/", b"/v1/")):
            path = path[path.index(b"/", 1) :]
        if path.endswith(b"/fetch") and path.startswith(b"/bot/"):
            return self.bot
        if path.endswith(b"/complete") and path.startswith(b"/conversation/"):
            return self.stream if jsonl else self.result
        if path == b"/conversation/list":
            if jsonl:
                return self.dataset.stream
            params = parse_qs(query.decode(), keep_blank_values=True)
            cursor = params.get("cursor", [""])[0]
            take = int(params.get("take", [str(TAKE)])[0] or TAKE)
            return self.dataset.page(cursor, take)
        return self.not_found


class Connection(asyncio.Protocol):
    def __init__(self, app: App) -> None:
        self.app = app
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        buf = self.buffer + data if self.buffer else data
        transport = self.transport
        assert transport is not None
        while True:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buf[:end]
            lower = head.lower()
            length = 0
            at = lower.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = lower.find(_CRLF, at + 2)
                length = int(lower[at + 17 : stop if stop >= 0 else len(lower)])
            if len(buf) < end + 4 + length:
                break
            buf = buf[end + 4 + length :]
            line_end = head.find(_CRLF)
            request_line = head if line_end < 0 else head[:line_end]
            method, target, _ = request_line.split(b" ", 2)
            transport.write(self.app.respond(method, target, b"application/jsonl" in lower))
            if b"\r\nconnection: close" in lower:
                transport.close()
                break
        self.buffer = buf


async def serve(sizes: list[int], max_lifetime: float) -> None:
    loop = asyncio.get_running_loop()
    ports: dict[str, int] = {}
    servers = []
    for size in sizes:
        app = App(Dataset(size))
        server = await loop.create_server(
            lambda app=app: Connection(app), "127.0.0.1", 0, backlog=1024, reuse_address=True
        )
        servers.append(server)
        ports[str(size)] = server.sockets[0].getsockname()[1]
    print(json.dumps({"ports": ports, "pid": os.getpid()}), flush=True)
    done = asyncio.Event()

    def watch_stdin() -> None:  # the orchestrator holds our stdin: EOF means it ended
        try:
            while sys.stdin.buffer.read(1024):
                pass
        finally:
            loop.call_soon_threadsafe(done.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    loop.call_later(max_lifetime, done.set)
    await done.wait()
    for server in servers:
        server.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="20000")
    parser.add_argument("--max-lifetime", type=float, default=1800.0)
    parser.add_argument("--cpu", type=int, default=None, help="pin to this CPU")
    args = parser.parse_args()
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {args.cpu})
        except OSError:
            pass
    asyncio.run(serve([int(s) for s in args.sizes.split(",")], args.max_lifetime))


if __name__ == "__main__":
    main()

"""Accounts, their records and ids.

Every account (the root partner account and each sub-account) owns a separate
``AccountStore``; nothing is shared between stores, so data cannot cross accounts.
Records live in buckets keyed by collection name and the ids of their parents
(``("dataset.record", ("<datasetId>",))``); insertion order is creation order.
"""

from __future__ import annotations

import copy
import random
import secrets
import threading
import time
from collections.abc import Iterator
from typing import Any

import attrs

Record = dict[str, Any]
BucketKey = tuple[str, tuple[str, ...]]

_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"


_clock_lock = threading.Lock()
_last_ms = 0


def now_ms() -> int:
    """Wall-clock milliseconds (the unit of ``createdAt``), never going backwards."""
    global _last_ms
    with _clock_lock:
        _last_ms = max(_last_ms, time.time_ns() // 1_000_000)
        return _last_ms


def new_token() -> str:
    """A fresh random API token."""
    return "emu_" + secrets.token_hex(16)


def _base36(n: int, width: int) -> str:
    out = []
    while n:
        n, r = divmod(n, 36)
        out.append(_ALPHABET[r])
    return "".join(reversed(out)).rjust(width, "0")


class IdFactory:
    """cuid-like ids (``c`` + 9 counter chars + 8 random chars) that sort by creation."""

    def __init__(self, seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self._counter = 0
        self._rng = random.Random(seed)

    def __call__(self) -> str:
        with self._lock:
            self._counter += 1
            tail = "".join(self._rng.choice(_ALPHABET) for _ in range(8))
            return "c" + _base36(self._counter, 9) + tail


@attrs.define
class Pending:
    """A bot reply cut short by a token budget, waiting for a continuation."""

    message_id: str
    remaining: list[str]


@attrs.define(eq=False)
class AccountStore:
    """All records of one account plus its per-conversation completion state."""

    account_id: str
    buckets: dict[BucketKey, dict[str, Record]] = attrs.field(factory=dict)
    pending: dict[str, Pending] = attrs.field(factory=dict)
    lock: threading.RLock = attrs.field(factory=threading.RLock)

    def bucket(self, collection: str, parents: tuple[str, ...] = ()) -> dict[str, Record]:
        """The (possibly empty) record dict of one collection under given parents."""
        return self.buckets.get((collection, parents), {})

    def get(self, collection: str, parents: tuple[str, ...], record_id: str) -> Record | None:
        return self.buckets.get((collection, parents), {}).get(record_id)

    def put(self, collection: str, parents: tuple[str, ...], record: Record) -> Record:
        with self.lock:
            self.buckets.setdefault((collection, parents), {})[record["id"]] = record
        return record

    def delete(self, collection: str, parents: tuple[str, ...], record_id: str) -> Record | None:
        """Remove a record and, recursively, every nested record under it."""
        with self.lock:
            record = self.buckets.get((collection, parents), {}).pop(record_id, None)
            if record is not None:
                own = (*parents, record_id)
                prefix = collection + "."
                for key in [k for k in self.buckets if k[0].startswith(prefix)]:
                    if key[1][: len(own)] == own:
                        del self.buckets[key]
                self.pending.pop(record_id, None)
            return record

    def find(self, collection: str) -> Iterator[Record]:
        """Every record of a collection, whatever its parents."""
        for (name, _), bucket in list(self.buckets.items()):
            if name == collection:
                yield from list(bucket.values())

    def count(self, collection: str) -> int:
        return sum(len(b) for (name, _), b in self.buckets.items() if name == collection)

    def snapshot(self) -> dict[str, list[Record]]:
        """A deep copy of every record, grouped by collection (for debugging/tests)."""
        out: dict[str, list[Record]] = {}
        with self.lock:
            for (name, _), bucket in self.buckets.items():
                out.setdefault(name, []).extend(copy.deepcopy(list(bucket.values())))
        return out


@attrs.define
class TokenGrant:
    """What a bearer token may do: act as an account, optionally scoped or expiring."""

    token: str
    account_id: str
    partner: bool = False
    scope: frozenset[str] | None = None
    allowed_routes: tuple[str, ...] | None = None
    expires_at: int | None = None
    token_id: str | None = None
    kind: str = "api"


@attrs.define
class Blob:
    """The bytes stored for one file (a file, an attachment, a space storage path)."""

    content: bytes
    media_type: str


@attrs.define
class UploadSlot:
    """Step 1 of an upload announced ``size`` bytes for ``key``; step 2 sends them."""

    key: tuple[str, ...]
    size: int
    media_type: str


@attrs.define
class FileStore:
    """Uploaded bytes by ``(account, collection, *parents, id)`` and the capability URLs
    (``/_emulator/upload/<token>``, ``/_emulator/blob/<token>``) that reach them unauthenticated."""

    blobs: dict[tuple[str, ...], Blob] = attrs.field(factory=dict)
    slots: dict[str, UploadSlot] = attrs.field(factory=dict)
    shares: dict[str, tuple[str, ...]] = attrs.field(factory=dict)


@attrs.define(eq=False)
class World:
    """Every account plus the token registry; ``root`` is the partner account."""

    ids: IdFactory
    root: AccountStore
    accounts: dict[str, AccountStore]
    tokens: dict[str, TokenGrant]
    lock: threading.RLock = attrs.field(factory=threading.RLock)
    files: FileStore = attrs.field(factory=FileStore)

    @classmethod
    def create(
        cls, tokens: tuple[str, ...], seed: int | None, ids: IdFactory | None = None
    ) -> World:
        ids = ids or IdFactory(seed)
        root = AccountStore(account_id="root")
        world = cls(ids=ids, root=root, accounts={"root": root}, tokens={})
        for token in tokens:
            world.tokens[token] = TokenGrant(
                token=token, account_id="root", partner=True, kind="root"
            )
        return world

    def account(self, account_id: str) -> AccountStore | None:
        return self.accounts.get(account_id)

    def add_account(self, account_id: str) -> AccountStore:
        with self.lock:
            store = self.accounts.get(account_id)
            if store is None:
                store = self.accounts[account_id] = AccountStore(account_id=account_id)
            return store

    def drop_account(self, account_id: str) -> None:
        """Delete a sub-account, its data, its own sub-accounts and every token for it."""
        with self.lock:
            store = self.accounts.pop(account_id, None)
            if store is not None:
                for child in list(store.find("partner.user")):
                    self.drop_account(str(child["id"]))
            for token, grant in list(self.tokens.items()):
                if grant.account_id == account_id:
                    del self.tokens[token]

    def mint(self, grant: TokenGrant) -> TokenGrant:
        with self.lock:
            self.tokens[grant.token] = grant
        return grant

    def revoke(self, token_id: str) -> None:
        with self.lock:
            for token, grant in list(self.tokens.items()):
                if grant.token_id == token_id:
                    del self.tokens[token]

"""A batch's crash-safe record of which items started and finished (stdlib ``sqlite3``)."""

# One row per item key: ``started`` is committed before the item's call is made; ``done``
# (with the result in wire form, JSON) or ``failed`` rides in the same transaction as the next
# item's start (in a steady batch that is microseconds later), or in the flush at the end. WAL with ``synchronous=NORMAL`` makes every commit survive the process being
# killed (SIGKILL); only an operating-system crash or power loss can lose the last commits.
# A row left ``started`` by a crash (an item in flight, or one whose end was not committed
# yet) is an *uncertain* item: its call may or may not have reached the server.

from __future__ import annotations

import json
import os
import sqlite3
import time
from typing import Any, Literal

import attrs

from ._exceptions import ChatBotKitError

__all__ = ["Journal", "JournalEntry", "JournalError", "encode"]

State = Literal["started", "done", "failed"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('started', 'done', 'failed')),
    result TEXT,
    error TEXT,
    runs INTEGER NOT NULL DEFAULT 1,
    updated REAL NOT NULL
)
"""


class JournalError(ChatBotKitError):
    """The journal cannot be opened or written, or a result has no wire (JSON) form."""


@attrs.frozen
class JournalEntry:
    """What an earlier run recorded for one key."""

    state: State
    result: Any = None
    error: str | None = None


class Journal:
    """An open journal file: ``started`` commits (with pending ends) before it returns."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA busy_timeout=5000")
            self._db.execute(_SCHEMA)
        except sqlite3.Error as exc:
            raise JournalError(f"cannot open batch journal {self.path!r}: {exc}") from exc
        self._pending: list[tuple[str, tuple[object, ...]]] = []

    def lookup(self, key: str) -> JournalEntry | None:
        """The recorded state of ``key``, or None if no run has started it."""
        row = self._run("SELECT state, result, error FROM items WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        state, result, error = row
        try:
            return JournalEntry(state, None if result is None else json.loads(result), error)
        except ValueError as exc:  # a row written by something else
            raise JournalError(
                f"batch journal {self.path!r}: {key!r} has a result that is not JSON"
            ) from exc

    def started(self, key: str, position: int) -> None:
        """Record that ``key``'s call is about to be made (committed before it is)."""
        self._pending.append(
            (
                "INSERT INTO items (key, position, state, updated) VALUES (?, ?, 'started', ?)"
                " ON CONFLICT (key) DO UPDATE SET state = 'started', position = excluded.position,"
                " runs = runs + 1, error = NULL, updated = excluded.updated",
                (key, position, time.time()),
            )
        )
        self.flush()

    def done(self, key: str, wire: str) -> None:
        """Record ``key`` finished with ``wire`` (its result as JSON text); committed with
        the next start or :meth:`flush`."""
        self._pending.append(
            (
                "UPDATE items SET state = 'done', result = ?, updated = ? WHERE key = ?",
                (wire, time.time(), key),
            )
        )

    def failed(self, key: str, error: str) -> None:
        """Record that ``key``'s call raised (a later run calls it again); committed with
        the next start or :meth:`flush`."""
        self._pending.append(
            (
                "UPDATE items SET state = 'failed', error = ?, updated = ? WHERE key = ?",
                (error, time.time(), key),
            )
        )

    def flush(self) -> None:
        """Commit every pending write in one transaction."""
        pending, self._pending = self._pending, []
        if not pending:
            return
        try:
            with self._db:  # BEGIN ... COMMIT (ROLLBACK on error)
                self._db.execute("BEGIN")
                for sql, params in pending:
                    self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise JournalError(f"batch journal {self.path!r}: {exc}") from exc

    def counts(self) -> dict[str, int]:
        """Rows per state, for reports."""
        rows = self._run("SELECT state, COUNT(*) FROM items GROUP BY state", ()).fetchall()
        return {state: count for state, count in rows}

    def close(self) -> None:
        """Commit what is pending and close the file."""
        try:
            self.flush()
        finally:
            self._db.close()

    def _run(self, sql: str, params: tuple[object, ...]) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise JournalError(f"batch journal {self.path!r}: {exc}") from exc


def encode(value: object) -> str:
    """``value`` in wire form (models, lists of them, enums... as ``to_dict`` gives them) as
    JSON text; :class:`JournalError` if it has none."""
    from ._serialize import encode as to_wire

    try:
        return json.dumps(to_wire(value), separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError, RecursionError) as exc:
        raise JournalError(
            f"a batch result must have a wire (JSON) form to be journaled: {exc}"
        ) from exc

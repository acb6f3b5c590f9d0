"""Batch progress: the counters (:class:`BatchProgress`) and the stderr displays."""

# ``progress=True`` draws a bar on stderr when it is a terminal: ``rich``'s when it is
# installed (``pip install 'chatbotkit-async[progress]'``), else one built-in line redrawn in
# place. Either way the batch ends with a one-line summary on stderr. ``progress=callable``
# gets a :class:`BatchProgress` on every change instead (for logs or a web UI).

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

import attrs

__all__ = ["BatchProgress", "ProgressSink", "make_display"]

_REDRAW = 0.1
"""Seconds between two redraws of a terminal bar."""


@attrs.frozen
class BatchProgress:
    """A batch's counters at one moment.

    ``done`` succeeded (``resumed`` of them came from the journal without a call), ``failed``
    raised, ``uncertain`` were started by an earlier run that did not finish them and were
    skipped (or were cut off by cancellation), ``in_flight`` are running, ``total`` is the
    input's length when known. ``state`` is running, finished or cancelled.
    """

    done: int = 0
    failed: int = 0
    uncertain: int = 0
    in_flight: int = 0
    resumed: int = 0
    total: int | None = None
    elapsed: float = 0.0
    state: str = "running"

    @property
    def rate(self) -> float:
        """Items finished per second by this run (journal hits not counted)."""
        finished = self.done - self.resumed + self.failed
        return finished / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def not_started(self) -> int | None:
        """Items not reached yet (None when the total is unknown)."""
        if self.total is None:
            return None
        return max(0, self.total - self.done - self.failed - self.uncertain - self.in_flight)

    @property
    def eta(self) -> float | None:
        """Seconds left at the current rate (None when unknown)."""
        left = self.not_started
        if left is None or self.rate <= 0:
            return None
        return (left + self.in_flight) / self.rate

    def summary(self) -> str:
        """One line: ``batch finished: 9,990 done (120 from journal), 10 failed, ...``."""
        parts = [f"{self.done:,} done"]
        if self.resumed:
            parts[0] += f" ({self.resumed:,} from journal)"
        parts += [f"{self.failed:,} failed", f"{self.uncertain:,} uncertain"]
        if self.not_started is not None:
            parts.append(f"{self.not_started:,} not started")
        return f"batch {self.state}: {', '.join(parts)} in {_clock(self.elapsed)}"


ProgressSink = Callable[[BatchProgress], Any]


def _clock(seconds: float | None) -> str:
    if seconds is None or not math.isfinite(seconds):
        return "--:--"
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _stats(p: BatchProgress) -> str:
    return f"{p.failed:,} failed · {p.in_flight} in flight · {p.rate:,.1f}/s · ETA {_clock(p.eta)}"


class _Throttled:
    """A terminal display: draws at most 10 times a second, and always the last state."""

    _last = -math.inf

    def __call__(self, p: BatchProgress) -> None:
        now = time.monotonic()
        if p.state == "running" and now - self._last < _REDRAW:
            return
        self._last = now
        self.draw(p)

    def draw(self, p: BatchProgress) -> None:
        raise NotImplementedError


class LineDisplay(_Throttled):
    """The built-in bar: one line on a terminal, redrawn in place."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def draw(self, p: BatchProgress) -> None:
        if p.total:
            filled = round(20 * (p.done + p.failed + p.uncertain) / p.total)
            bar = f"[{'#' * filled}{'.' * (20 - filled)}] {p.done + p.failed:,}/{p.total:,}"
        else:
            bar = f"{p.done + p.failed:,}"
        self._stream.write(f"\r{bar} done · {_stats(p)}\x1b[K")
        if p.state != "running":
            self._stream.write("\n")
        self._stream.flush()


class RichDisplay(_Throttled):
    """The bar drawn by ``rich`` (the ``progress`` extra)."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._progress = Progress(
            TextColumn("batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[stats]}"),
            console=Console(file=stream),
            auto_refresh=False,
        )
        self._task = self._progress.add_task("batch", total=None, stats="")
        self._progress.start()

    def draw(self, p: BatchProgress) -> None:
        self._progress.update(
            self._task, completed=p.done + p.failed, total=p.total, stats=_stats(p)
        )
        self._progress.refresh()
        if p.state != "running":
            self._progress.stop()


def make_display(progress: bool | ProgressSink | None) -> tuple[ProgressSink | None, bool]:
    """The sink for ``progress=`` and whether the batch prints its summary line on stderr."""
    if progress is None or progress is False:
        return None, False
    if progress is not True:
        return progress, False
    stream = sys.stderr
    if not stream.isatty():  # no bar: only the closing summary line
        return None, True
    try:
        return RichDisplay(stream), True
    except ImportError:
        return LineDisplay(stream), True

"""JSON decoding of response bodies and stream lines: msgspec when installed, else stdlib.

``pip install 'chatbotkit-async[speedups]'`` adds msgspec, whose C decoder parses faster than
``json.loads`` (``bench/callgrind.md``: the ``+stdjson`` rows are without it). The result never
differs from ``json.loads``:
msgspec accepts a subset of what the stdlib accepts (no NaN, no lone surrogates, no BOM,
bounded nesting) and gives the same values there (integers of any size stay ``int``); for
anything it refuses, the stdlib decides, so the value or the error is the stdlib's own.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["BACKEND", "FAST", "Decode", "loads"]

Decode = Callable[[bytes], Any]


def _fast_decoder() -> Decode | None:
    """msgspec's JSON decoder, or ``None`` without the ``speedups`` extra."""
    try:
        from msgspec.json import Decoder
    except ImportError:
        return None
    return Decoder().decode


FAST = _fast_decoder()
"""msgspec's decoder (``None`` without the extra). It raises ValueError or RecursionError on
whatever it refuses: a caller then asks the stdlib, which gives the value or words the error."""

BACKEND = "json" if FAST is None else "msgspec"
"""Which decoder parses JSON in this process (``"msgspec"`` with the ``speedups`` extra)."""


def _loads_fast(data: bytes) -> Any:
    """``json.loads(data)``: msgspec first, the stdlib for anything msgspec refuses."""
    try:
        return FAST(data)  # type: ignore[misc]  # only used when FAST is set
    except (ValueError, RecursionError):  # msgspec.DecodeError is a ValueError
        return json.loads(data)


loads: Decode = json.loads if FAST is None else _loads_fast
"""``json.loads`` for bytes, through msgspec when installed (same values, same errors)."""

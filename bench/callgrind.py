"""Instructions per operation, counted by ``valgrind --tool=callgrind`` (stable when the
machine is noisy, unlike wall-clock time).

``python bench/callgrind.py [fetch|stream|pages|jsonl ...]`` runs each client of
``bench/clients.py`` twice under callgrind against the bench server, with a small and a
larger count, and prints the difference divided by the extra operations: the steady-state
cost of one request (or stream), start-up and warm-up excluded. Ratios are against raw
httpx on the same wire. ``CALLGRIND_KEEP=1`` keeps the output files in bench/.work for
``callgrind_annotate``. ``--write`` also writes the table to bench/callgrind.md (the
figures the README quotes): ``python bench/callgrind.py --write fetch stream pages jsonl``.
"""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run  # the bench orchestrator: server, paths, environment

COUNTS = {"fetch": (40, 140), "stream": (2, 5), "pages": (2000, 6000), "jsonl": (2000, 6000)}
IMPLS = tuple(
    os.environ.get(
        "CALLGRIND_IMPLS", "raw,ours,ours+stdjson,raw-aiohttp,ours-aiohttp,ours-aiohttp+stdjson"
    ).split(",")
)
LIST_SIZES = [2000, 6000]


def instructions(
    impl: str, scenario: str, ports: dict[int, int], n: int, *, counted: bool = True
) -> int:
    """Instructions of one client process (``counted=False``: a plain run, to write bytecode)."""
    url = f"http://127.0.0.1:{ports.get(n, ports[LIST_SIZES[-1]])}/v1"  # lists: n items
    out = run.WORK / f"callgrind.{impl}.{scenario}.{n}.out"
    args = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] if counted else []
    args += [str(run.DEV_PY), str(run.CLIENTS), impl, scenario, "--base-url", url]
    args += ["--n", str(n), "--token", run.TOKEN, "--time-limit", "3000"]
    done = subprocess.run(args, capture_output=True, text=True, cwd=run.WORK, env=run.clean_env())
    if not counted:
        return 0
    if done.returncode != 0:
        raise RuntimeError(f"{impl} {scenario}: {done.stderr.strip().splitlines()[-1:]}")
    match = re.search(r"^summary: (\d+)", out.read_text(), re.M)
    if not os.environ.get("CALLGRIND_KEEP"):
        out.unlink()
    if match is None:
        raise RuntimeError(f"no summary in {out}")
    return int(match.group(1))


UNITS = {
    "fetch": "per bot.fetch",
    "stream": "per stream of 2,002 events",
    "pages": "per item, pages of 100",
    "jsonl": "per item",
}


def main() -> int:
    args = sys.argv[1:]
    write = "--write" in args
    scenarios = [a for a in args if a != "--write"] or ["fetch", "stream"]
    run.WORK.mkdir(parents=True, exist_ok=True)
    lines = [
        "| scenario | impl | instructions per op | vs raw httpx, same wire |",
        "|---|---|---|---|",
    ]
    print("\n".join(lines), flush=True)
    with run.bench_server(LIST_SIZES) as ports:
        for scenario in scenarios:
            small, large = COUNTS[scenario]
            per_op: dict[str, float] = {}
            for impl in IMPLS:
                # Bytecode first: else the first counted run also compiles changed modules.
                instructions(impl, scenario, ports, small, counted=False)
                extra = instructions(impl, scenario, ports, large) - instructions(
                    impl, scenario, ports, small
                )
                per_op[impl] = extra / (large - small)
                aiohttp = impl.partition("+")[0].endswith("aiohttp")
                raw = per_op.get("raw-aiohttp" if aiohttp else "raw")
                ratio = f"{per_op[impl] / raw:.2f}" if raw else "-"
                lines.append(
                    f"| {scenario} ({UNITS[scenario]}) | {impl} | {per_op[impl]:,.0f} | {ratio} |"
                )
                print(lines[-1], flush=True)
    if write:
        head = [
            "# Instructions per operation (`bench/callgrind.py`)",
            "",
            f"Written by `python bench/callgrind.py --write {' '.join(scenarios)}`"
            f" ({time.strftime('%Y-%m-%d %H:%M')}; Python {platform.python_version()}).",
            "Each client runs twice under `valgrind --tool=callgrind` against the bench server,",
            "with a small and a larger count; the difference divided by the extra operations is the",
            "steady-state cost of one operation (start-up, imports and warm-up excluded). Instruction",
            "counts do not depend on the machine's load, unlike `make bench`'s wall-clock figures.",
            "Ratios are against raw httpx on the same wire (`raw`: httpcore; `raw-aiohttp`: httpx",
            "over `chatbotkit._aiohttp.AiohttpTransport`); clients as in `bench/clients.py`.",
            "`ours` decodes JSON with msgspec (the `speedups` extra, installed in the dev venv);",
            "`+stdjson` is the same client with msgspec hidden, as installed without the extra.",
            "",
        ]
        (run.BENCH / "callgrind.md").write_text("\n".join(head + lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

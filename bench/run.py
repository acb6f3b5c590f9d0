"""`make bench`: our SDK against raw httpx (the floor) and the official SDK, on both wires.

Starts the loopback bench server (bench/server.py) pinned to one CPU, runs every
(scenario, implementation) in fresh client processes pinned to the other, takes the
median of the processes (min-max shown) and writes bench/results.md.

``BENCH_QUICK=1`` runs fewer processes with smaller counts (a fast check);
``BENCH_ONLY=S2,S3`` runs only those scenarios (written to bench/results-partial.md).
The wire is a dimension: raw httpx and ours each run over httpcore (the default) and
over our aiohttp transport, next to raw aiohttp. Cells of our SDK read ``n/a (not yet)``
while the client lacks what a scenario needs; ``-`` marks a combination not measured.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORK = BENCH / ".work"
CLIENTS = BENCH / "clients.py"
SERVER = BENCH / "server.py"
DEV_PY = Path(sys.executable)
OFFICIAL_VENV = BENCH / ".venv-official"
RUNTIME_VENV = WORK / "venv-runtime"
OFFICIAL_REQ = "chatbotkit==0.6.0"
# As ours has: without it httpcore re-tries a failing `import sniffio` on every request.
OFFICIAL_REQS = [OFFICIAL_REQ, "sniffio>=1.3"]
RUNTIME_REQS = [
    "httpx>=0.27,<0.29",
    "attrs>=23.1",
    "anyio>=4.4",
    "python-dateutil>=2.8",
    "sniffio>=1.3",
]
TOKEN = "bench-token"
# S5: ours loads its client lazily on first attribute access, so import the client class.
RAW_IMPORT = "import httpx"
OURS_IMPORT = "from chatbotkit import AsyncChatBotKit"
OFFICIAL_IMPORT = "from chatbotkit import ChatBotKit"
IMPLS = ("raw", "raw-aiohttp", "aiohttp", "official", "ours", "ours-aiohttp")
HEADS = {
    "raw": "raw httpx",
    "raw-aiohttp": "raw httpx, aiohttp wire",
    "aiohttp": "raw aiohttp",
    "official": "official 0.6.0",
    "ours": "ours",
    "ours-aiohttp": "ours, aiohttp wire",
}
NOT_MEASURED = "not measured"
ONLY = {x.strip() for x in os.environ.get("BENCH_ONLY", "").split(",") if x.strip()}


def wanted(scenario: str) -> bool:
    return not ONLY or scenario in ONLY


QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
REPS = int(os.environ.get("BENCH_REPS", "0")) or (2 if QUICK else 5)
N = {
    "fetch": 1000 if QUICK else 5000,
    "stream": 20 if QUICK else 200,
    "list": 5000 if QUICK else 20000,
    "list_big": 20000 if QUICK else 100000,
    "import": 3 if QUICK else 10,
    "batch": 500 if QUICK else 2000,
    "emu_streams": 50 if QUICK else 200,
}
# S6 waits what the emulator's 429s ask (retry-after-ms: 50); the limit only stops a runaway.
S6_REPS = 2 if QUICK else 5
S6_LIMIT = 60.0 if QUICK else 120.0
CLIENT_TIMEOUT = 240.0


# --------------------------------------------------------------------------- CPUs


def cpus() -> tuple[int | None, int | None]:
    """(client CPU, server CPU): two distinct CPUs when we may use two, else no pinning."""
    try:
        allowed = sorted(os.sched_getaffinity(0))
    except AttributeError:
        return None, None
    if len(allowed) < 2:
        return None, None
    return allowed[0], allowed[1]


CLIENT_CPU, SERVER_CPU = cpus()


def pin(cpu: int | None) -> Callable[[], None] | None:
    if cpu is None:
        return None

    def preexec() -> None:
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {cpu})

    return preexec


# --------------------------------------------------------------------------- environments


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def ensure_venv(venv: Path, requirements: list[str]) -> tuple[Path | None, str]:
    """The venv's python (created on demand), or (None, why not)."""
    python = venv_python(venv)
    marker = venv / ".bench-installed"
    want = "\n".join(requirements)
    if python.exists() and marker.exists() and marker.read_text() == want:
        return python, ""
    print(f"bench: creating {venv.relative_to(ROOT)} ({', '.join(requirements)})", flush=True)
    try:
        if not python.exists():
            subprocess.run(
                [sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True
            )
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                *requirements,
            ],
            check=True,
            capture_output=True,
            text=True,
            timeout=600,
        )
    except (subprocess.SubprocessError, OSError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        return None, f"could not create {venv.name}: {detail.strip().splitlines()[-1:]}"
    marker.write_text(want)
    return python, ""


def env_for(impl: str, pythons: dict[str, Path | None]) -> Path | None:
    return pythons["official"] if impl == "official" else pythons["dev"]


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")
    }
    env.update(extra)
    return env


VERSIONED = ("httpx", "httpcore", "h11", "anyio", "sniffio", "attrs", "aiohttp", "chatbotkit")
"""The packages whose versions each environment reports (the Environments table's columns)."""
VERSIONS_SNIPPET = f"""
import json, platform, importlib.metadata as md
out = {{"python": platform.python_version()}}
for name in {VERSIONED!r}:
    try:
        out[name] = md.version(name)
    except md.PackageNotFoundError:
        out[name] = "absent"
print(json.dumps(out))
"""


def versions(python: Path, env: dict[str, str] | None = None) -> dict[str, str]:
    try:
        out = subprocess.run(
            [str(python), "-c", VERSIONS_SNIPPET],
            capture_output=True,
            text=True,
            cwd=WORK,
            env=env,
            timeout=60,
        )
        return json.loads(out.stdout)
    except (subprocess.SubprocessError, OSError, ValueError):
        return {}


# --------------------------------------------------------------------------- processes


@contextlib.contextmanager
def bench_server(sizes: list[int]) -> Iterator[dict[str, int]]:
    proc = subprocess.Popen(
        [
            sys.executable,
            str(SERVER),
            "--sizes",
            ",".join(map(str, sizes)),
            "--max-lifetime",
            "1800",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=pin(SERVER_CPU),
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("bench server did not start")
        yield {int(k): v for k, v in json.loads(line)["ports"].items()}
    finally:
        assert proc.stdin is not None
        proc.stdin.close()  # the server exits on stdin EOF
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def emulator(*faults: str) -> Iterator[str]:
    """A loopback emulator process (`python -m chatbotkit.emulator`); yields its base URL."""
    port = free_port()
    args = [
        str(DEV_PY),
        "-m",
        "chatbotkit.emulator",
        "--port",
        str(port),
        "--token",
        TOKEN,
        "--seed",
        "1",
    ]
    for fault in faults:
        args += ["--fault", fault]
    proc = subprocess.Popen(
        args,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=pin(SERVER_CPU),
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}/v1"
    try:
        limit = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                assert proc.stderr is not None
                raise RuntimeError(f"emulator exited: {proc.stderr.read().decode()[-500:]}")
            try:
                urllib.request.urlopen(f"{base}/conversation/list", timeout=1)
                break
            except urllib.error.HTTPError:
                break  # it answers (401 without a token): up
            except OSError:
                if time.monotonic() > limit:
                    raise RuntimeError("emulator did not start") from None
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_client(
    python: Path,
    impl: str,
    scenario: str,
    base_url: str,
    n: int,
    concurrency: int = 1,
    time_limit: float = 120.0,
) -> dict[str, Any]:
    args = [str(python), str(CLIENTS), impl, scenario, "--base-url", base_url, "--n", str(n)]
    args += ["--concurrency", str(concurrency), "--token", TOKEN, "--time-limit", str(time_limit)]
    try:
        out = subprocess.run(
            args,
            capture_output=True,
            text=True,
            timeout=CLIENT_TIMEOUT,
            cwd=WORK,  # never /work/main: '' on sys.path must not shadow the official SDK
            env=clean_env(),
            preexec_fn=pin(CLIENT_CPU),
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {CLIENT_TIMEOUT:.0f}s"}
    lines = out.stdout.strip().splitlines()
    if out.returncode != 0 or not lines:
        return {"error": (out.stderr.strip().splitlines() or ["no output"])[-1][:300]}
    return json.loads(lines[-1])


class Cell:
    """The results of one (row, implementation): values of each process, or why none."""

    def __init__(self) -> None:
        self.runs: list[dict[str, Any]] = []
        self.na = ""
        self.error = ""

    def add(self, result: dict[str, Any]) -> None:
        if "na" in result:
            self.na = self.na or result["na"]
        elif "error" in result:
            self.error = self.error or result["error"]
        else:
            self.runs.append(result)

    def values(self, key: str = "value") -> list[float]:
        return [float(r[key]) for r in self.runs if key in r]

    def median(self, key: str = "value") -> float | None:
        values = self.values(key)
        return statistics.median(values) if values else None


def repeat(cells: dict[str, Cell], reps: int, run: Callable[[str], dict[str, Any]]) -> None:
    """Run every implementation `reps` times, interleaved (drift hits all alike)."""
    for _ in range(reps):
        for impl, cell in cells.items():
            if cell.na or cell.error:
                continue
            cell.add(run(impl))


# --------------------------------------------------------------------------- S5 imports


def ours_missing(python: Path, env: dict[str, str]) -> str:
    """Why our client cannot be measured yet, or "" when `chatbotkit.AsyncChatBotKit` exists."""
    check = "import chatbotkit, sys; sys.exit(0 if hasattr(chatbotkit, 'AsyncChatBotKit') else 3)"
    out = subprocess.run(
        [str(python), "-c", check], env=env, cwd=WORK, capture_output=True, text=True
    )
    if out.returncode == 0:
        return ""
    if out.returncode == 3:
        return "chatbotkit.AsyncChatBotKit does not exist yet"
    return (out.stderr.strip().splitlines() or ["import chatbotkit failed"])[-1][:300]


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        args, check=True, env=env, cwd=WORK, capture_output=True, preexec_fn=pin(CLIENT_CPU)
    )
    return time.perf_counter() - start


def importtime_total(python: Path, statement: str, env: dict[str, str]) -> float:
    """Sum of the top-level cumulative `-X importtime` entries, in ms."""
    out = subprocess.run(
        [str(python), "-X", "importtime", "-c", statement],
        env=env,
        cwd=WORK,
        capture_output=True,
        text=True,
        check=True,
    )
    total = 0
    for line in out.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit() and not parts[2][1:].startswith(" "):
            total += int(parts[1].strip())
    return total / 1000


def import_cost(python: Path, statement: str, env: dict[str, str], reps: int) -> dict[str, Any]:
    """Best of `reps` of (python -c statement) minus bare python, and the -X importtime
    total of the statement minus that of bare python (lazy imports included)."""
    try:
        timed([str(python), "-c", statement], env)  # warm-up: writes bytecode
        bare = min(timed([str(python), "-c", "pass"], env) for _ in range(reps))
        full = min(timed([str(python), "-c", statement], env) for _ in range(reps))
        base = min(importtime_total(python, "pass", env) for _ in range(3))
        total = min(importtime_total(python, statement, env) for _ in range(3))
        return {"value": (full - bare) * 1000, "importtime": total - base}
    except subprocess.CalledProcessError as exc:
        err = (exc.stderr or b"").decode(errors="replace").strip().splitlines()
        return {"error": (err or ["import failed"])[-1][:300]}


# --------------------------------------------------------------------------- table

# Issue 17: the SDK within 1.05x of raw httpx on the default wire (1.10x on the aiohttp wire).
TARGETS = {"S1": 1.05, "S2": 1.05, "S3": 1.05, "S4p": 1.05, "S4j": 1.05}
AIO_TARGET = 1.10  # ours over the aiohttp wire vs raw httpx over the same wire
GAIN_TARGETS = {"S2": 3.5, "S3": 2.5}  # throughput of ours on aiohttp / raw httpx


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit in ("req/s", "events/s", "items/s"):
        return f"{value:,.0f}"
    if unit in ("ms", "s"):
        return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"
    return f"{value:,.1f}"


def cell_text(
    cell: Cell, unit: str, key: str = "value", extra: Callable[[Cell], str] | None = None
) -> str:
    if cell.na == NOT_MEASURED:
        return "-"
    if cell.na:
        return "n/a (not yet)"
    if cell.error:
        return "error"
    values = cell.values(key)
    if not values:
        return "n/a"
    text = fmt(statistics.median(values), unit)
    if len(values) > 1:
        text += f" ({fmt(min(values), unit)}-{fmt(max(values), unit)})"
    if extra:
        text += f"; {extra(cell)}"
    return text


def cost_ratio(ours: Cell, other: Cell, higher_is_better: bool, key: str = "value") -> float | None:
    a, b = ours.median(key), other.median(key)
    if a is None or b is None or a == 0 or b == 0 or ours.na or other.na:
        return None
    return b / a if higher_is_better else a / b


def ratio_text(value: float | None, target: float | None = None) -> str:
    if value is None:
        return "n/a"
    text = f"{value:.2f}"
    if target is not None:
        text += f" (target <= {target:.2f}: {'pass' if value <= target else 'MISS'})"
    return text


class Report:
    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.notes: list[str] = []

    def row(
        self,
        name: str,
        unit: str,
        cells: dict[str, Cell],
        *,
        higher_is_better: bool = True,
        target: float | None = None,
        key: str = "value",
        extra: Callable[[Cell], str] | None = None,
        absolute_target: float | None = None,
        gain_target: float | None = None,
    ) -> None:
        if all(cell.na == NOT_MEASURED for cell in cells.values()):
            return  # a BENCH_ONLY run leaves this row out
        texts = [cell_text(cells[i], unit, key, extra) for i in IMPLS]
        vs_raw = ratio_text(cost_ratio(cells["ours"], cells["raw"], higher_is_better, key), target)
        aio_target = AIO_TARGET if target is not None else None
        vs_raw_aio = ratio_text(
            cost_ratio(cells["ours-aiohttp"], cells["raw-aiohttp"], higher_is_better, key),
            aio_target,
        )
        gain = cost_ratio(cells["raw"], cells["ours-aiohttp"], higher_is_better, key)
        gain_text = ratio_text(gain)
        if gain is not None and gain_target is not None:
            gain_text += (
                f" (target >= {gain_target:.1f}: {'pass' if gain >= gain_target else 'MISS'})"
            )
        if absolute_target is not None:
            ours = cells["ours"].median(key)
            if ours is not None and not cells["ours"].na:
                mark = "pass" if ours <= absolute_target else "MISS"
                vs_raw += f" (target ours <= {absolute_target:.0f} {unit}: {mark})"
            else:
                vs_raw += f" (target ours <= {absolute_target:.0f} {unit})"
        vs_official = ratio_text(
            cost_ratio(cells["ours"], cells["official"], higher_is_better, key)
        )
        self.rows.append([f"{name} ({unit})", *texts, vs_raw, vs_raw_aio, gain_text, vs_official])
        for impl in IMPLS:
            cell = cells[impl]
            if cell.na == NOT_MEASURED:
                continue
            if cell.na:
                self.notes.append(f"- {name}, {impl}: n/a: {cell.na}")
            elif cell.error:
                self.notes.append(f"- {name}, {impl}: error: {cell.error}")

    def markdown(self) -> str:
        head = [
            "scenario",
            *(HEADS[i] for i in IMPLS),
            "ours/raw",
            "ours/raw, aiohttp wire",
            "gain: raw httpx / ours on aiohttp",
            "ours/official",
        ]
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines)


def cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


# --------------------------------------------------------------------------- main


def load_average() -> str:
    with contextlib.suppress(OSError, AttributeError):
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return "unknown"


def main() -> int:
    started = time.perf_counter()
    load_before = load_average()
    WORK.mkdir(parents=True, exist_ok=True)
    official_py, official_why = ensure_venv(OFFICIAL_VENV, OFFICIAL_REQS)
    runtime_py, runtime_why = ensure_venv(RUNTIME_VENV, RUNTIME_REQS)
    pythons: dict[str, Path | None] = {"dev": DEV_PY, "official": official_py}
    report = Report()
    raw_json: dict[str, Any] = {"quick": QUICK, "reps": REPS, "n": N, "rows": {}}

    def cells(*measured: str) -> dict[str, Cell]:
        made = {impl: Cell() for impl in IMPLS}
        for impl in IMPLS:
            if measured and impl not in measured:
                made[impl].na = NOT_MEASURED
        if official_py is None and not made["official"].na:
            made["official"].na = official_why
        return made

    def keep(name: str, made: dict[str, Cell]) -> dict[str, Cell]:
        if not wanted(name.split()[0]):
            for cell in made.values():
                cell.na = NOT_MEASURED
        raw_json["rows"][name] = {
            i: {"runs": c.runs, "na": c.na, "error": c.error} for i, c in made.items()
        }
        return made

    def progress(text: str) -> None:
        print(f"bench [{time.perf_counter() - started:5.0f}s] {text}", flush=True)

    sizes = [N["list"], N["list_big"]]
    with bench_server(sizes) as ports:
        base = f"http://127.0.0.1:{ports[N['list']]}/v1"
        big = f"http://127.0.0.1:{ports[N['list_big']]}/v1"

        def client(
            scenario: str, url: str, n: int, concurrency: int = 1
        ) -> Callable[[str], dict[str, Any]]:
            def run(impl: str) -> dict[str, Any]:
                python = env_for(impl, pythons)
                assert python is not None
                return run_client(python, impl, scenario, url, n, concurrency)

            return run

        progress(f"S1 {N['fetch']} sequential bot.fetch")
        s1 = keep("S1", cells())
        repeat(s1, REPS, client("fetch", base, N["fetch"]))
        report.row(f"S1 {N['fetch']:,} sequential bot.fetch", "req/s", s1, target=TARGETS["S1"])

        progress(f"S2 {N['fetch']} bot.fetch at concurrency 64")
        s2 = keep("S2", cells())
        repeat(s2, REPS, client("fetch", base, N["fetch"], 64))
        report.row(
            f"S2 {N['fetch']:,} bot.fetch, concurrency 64",
            "req/s",
            s2,
            target=TARGETS["S2"],
            gain_target=GAIN_TARGETS["S2"],
        )

        progress(f"S3 {N['stream']} completion streams")
        s3 = keep("S3", cells())
        repeat(s3, REPS, client("stream", base, N["stream"]))
        report.row(
            f"S3 {N['stream']} completion streams x 2,002 events",
            "events/s",
            s3,
            target=TARGETS["S3"],
            gain_target=GAIN_TARGETS["S3"],
        )

        for kind, label, target in (
            ("pages", "cursor pages of 100", "S4p"),
            ("jsonl", "JSONL list stream", "S4j"),
        ):
            progress(f"S4 {kind} {N['list']} + {N['list_big']} items")
            small = keep(f"S4 {kind}", cells())
            repeat(small, REPS, client(kind, base, N["list"]))
            large = keep(f"S4 {kind} big", cells())
            repeat(large, 1, client(kind, big, N["list_big"]))  # memory stays flat: one run
            report.row(f"S4 {N['list']:,} items, {label}", "items/s", small, target=TARGETS[target])
            report.row(
                f"S4 {label}: peak RSS growth, {N['list']:,} items",
                "MiB",
                small,
                key="rss_mib",
                higher_is_better=False,
            )
            report.row(
                f"S4 {label}: peak RSS growth, {N['list_big']:,} items",
                "MiB",
                large,
                key="rss_mib",
                higher_is_better=False,
            )

    # S5: import cost, PYTHONDONTWRITEBYTECODE unset, cwd outside the repo.
    progress("S5 import chatbotkit (cold)")
    reps = N["import"]
    runtime_env = clean_env(PYTHONPATH=str(ROOT))
    s5 = keep("S5", cells("raw", "official", "ours"))
    s5_dev = keep("S5 dev", cells("raw", "official", "ours"))
    ours_why = ours_missing(DEV_PY, clean_env())
    if not wanted("S5"):
        pass
    elif runtime_py is not None:
        s5["raw"].add(import_cost(runtime_py, RAW_IMPORT, clean_env(), reps))
        if not ours_why:
            s5["ours"].add(import_cost(runtime_py, OURS_IMPORT, runtime_env, reps))
    else:
        s5["raw"].na = s5["ours"].na = runtime_why
    if wanted("S5"):
        s5_dev["raw"].add(import_cost(DEV_PY, RAW_IMPORT, clean_env(), reps))
    if not wanted("S5"):
        pass
    elif not ours_why:
        s5_dev["ours"].add(import_cost(DEV_PY, OURS_IMPORT, clean_env(), reps))
    else:  # importing a stub package measures nothing
        s5["ours"].na = s5_dev["ours"].na = ours_why
    if official_py is not None and wanted("S5"):
        for made in (s5, s5_dev):
            made["official"].add(import_cost(official_py, OFFICIAL_IMPORT, clean_env(), reps))
    report.row(
        f"S5 import, runtime-only venv, best of {reps}",
        "ms",
        s5,
        higher_is_better=False,
        absolute_target=110,
    )
    report.row(
        "S5 import, -X importtime total (runtime-only venv)",
        "ms",
        s5,
        key="importtime",
        higher_is_better=False,
    )
    report.row(
        f"S5 import, dev venv (click/rich present), best of {reps}",
        "ms",
        s5_dev,
        higher_is_better=False,
    )

    # S6/S7: against the emulator (its own process, the other CPU).
    emulator_why = ""
    try:
        import chatbotkit.emulator  # noqa: F401
    except ImportError as exc:
        emulator_why = f"no chatbotkit.emulator yet ({exc})"

    progress(f"S6 batch of {N['batch']} with 30% 429")
    s6 = keep("S6", cells("raw", "official", "ours", "ours-aiohttp"))
    fault = "rate_limit:route=createConversation,rate=0.3,retry_after=0.05"
    if emulator_why:
        for c in s6.values():
            c.na = emulator_why
    else:

        def batch(impl: str) -> dict[str, Any]:
            python = env_for(impl, pythons)
            assert python is not None
            try:
                with emulator(fault) as url:
                    return run_client(python, impl, "batch", url, N["batch"], time_limit=S6_LIMIT)
            except RuntimeError as exc:
                return {"error": str(exc)}

        repeat(s6, S6_REPS, batch)

    def batch_extra(cell: Cell) -> str:
        retries = cell.median("retries")
        lost, dup = cell.values("lost"), cell.values("duplicated")
        shown = "in client" if retries is not None and retries < 0 else fmt(retries, "n")
        return f"retries {shown}, lost {max(lost, default=0):.0f}, duplicated {max(dup, default=0):.0f}"

    report.row(
        f"S6 batch of {N['batch']:,} creates, 30% 429 (time)",
        "s",
        s6,
        higher_is_better=False,
        extra=batch_extra,
    )

    progress(f"S7 {N['emu_streams']} concurrent completion streams (emulator)")
    s7 = keep("S7", cells("raw", "raw-aiohttp", "official", "ours", "ours-aiohttp"))
    if not wanted("S7"):
        pass
    elif emulator_why:
        for c in s7.values():
            c.na = emulator_why
    else:
        try:
            with emulator() as url:
                repeat(s7, REPS, client("emu_streams", url, N["emu_streams"]))
        except RuntimeError as exc:
            for c in s7.values():
                c.error = c.error or str(exc)

    def errors_extra(cell: Cell) -> str:
        return f"errors {max(cell.values('errors'), default=0):.0f}"

    report.row(
        f"S7 {N['emu_streams']} concurrent completion streams (emulator)",
        "events/s",
        s7,
        extra=errors_extra,
    )

    # S8: the batch rate limiters under random 429s and a real limit (bench/limiter.py).
    s8 = ""
    if not emulator_why and wanted("S8"):
        progress("S8 batch rate limiters")
        import limiter

        s8 = limiter.section()

    # ----------------------------------------------------------------- output
    envs = {"dev venv (raw, ours S1-S4, S6-S7)": versions(DEV_PY, clean_env())}
    if official_py is not None:
        envs["official venv"] = versions(official_py, clean_env())
    if runtime_py is not None:
        envs["runtime-only venv (S5 headline; ours via PYTHONPATH)"] = versions(
            runtime_py, runtime_env
        )
    mode = (
        f"BENCH_QUICK=1: {REPS} processes per cell, reduced counts"
        if QUICK
        else f"full: {REPS} processes per cell"
    )
    pinning = (
        f"client CPU {CLIENT_CPU}, server CPU {SERVER_CPU}"
        if CLIENT_CPU is not None
        else "no CPU pinning (fewer than 2 CPUs)"
    )
    keys = ("python", *VERSIONED)
    out = [
        "# `make bench` results",
        "",
        f"Generated by `bench/run.py` ({mode}; {time.strftime('%Y-%m-%d %H:%M:%S')}, {time.perf_counter() - started:.0f} s).",
        "Cells: median of the processes (min-max). Ratios are cost ratios (time per request/event/item,",
        "or MiB, or ms): above 1 means ours is costlier. S5 is `python -c 'import X'` minus `python -c pass`,",
        "best of N after a warm-up run that writes bytecode, PYTHONDONTWRITEBYTECODE unset; statements:",
        f"raw `{RAW_IMPORT}`, official `{OFFICIAL_IMPORT}`, ours `{OURS_IMPORT}` (its lazy loads included).",
        "",
        report.markdown(),
        "",
    ]
    if report.notes:
        out += ["Notes:", "", *report.notes, ""]
    out += [
        "- Raw httpx is `httpx.AsyncClient` + stdlib `json` (streams: `aiter_bytes`, split on `\\n`, `json.loads`).",
        "- Ours runs in the dev venv, which has the `speedups` extra: JSON is decoded by msgspec (same values as the",
        "  stdlib). `bench/callgrind.md` also counts ours without it (`+stdjson`).",
        "- S6 raw is a hand-written retry loop (64 workers, waits retry-after-ms); the official SDK has no retries",
        "  or batch helper, so its 429s are lost items; ours is `cbk.with_options(max_retries=8).batch(items, fn,",
        "  concurrency=64)` with retries counted by its `AdaptiveRateLimiter`. Faults: `"
        + fault
        + "`; the emulator",
        f"  sends `Retry-After` in whole seconds and the exact `retry-after-ms`, which raw and ours wait. S6: {S6_REPS} processes per cell.",
        "- Ours S4 warms up with one `conversation.list(take=1)` (loads the endpoint and models it imports lazily);",
        "  the JSONL row is `async with cbk.conversation.list().stream() as items: async for item in items`.",
        "- The dev venv has click/rich (from openapi-python-client): httpx then imports its CLI, ~50 ms more;",
        "  the runtime-only venv (httpx attrs anyio python-dateutil sniffio) is what users get.",
        "- The official venv has sniffio, as ours does (without it httpcore retries a failing `import sniffio`",
        "  on every request, which would inflate its cost).",
        "- Wire columns: `raw httpx, aiohttp wire` is `httpx.AsyncClient(transport=chatbotkit._aiohttp.AiohttpTransport())`;",
        "  `raw aiohttp` is `aiohttp.ClientSession` + stdlib `json`; `ours, aiohttp wire` is",
        '  `AsyncChatBotKit(wire="aiohttp")`. `ours/raw, aiohttp wire` is the SDK\'s cost over the same wire',
        f"  (target <= {AIO_TARGET:.2f}); `gain` is ours on aiohttp against raw httpx on httpcore (higher is better).",
        "- The machine is shared with other work (up to 8 parallel sessions): compare min-max ranges.",
        "- Instructions per operation (independent of load): `bench/callgrind.md`, written by",
        "  `python bench/callgrind.py --write fetch stream pages jsonl`.",
        "",
        *([s8] if s8 else []),
        "## Environments",
        "",
        "| environment | " + " | ".join(keys) + " |",
        "|---|" + "---|" * len(keys),
    ]
    for name, v in envs.items():
        out.append(f"| {name} | " + " | ".join(v.get(k, "?") for k in keys) + " |")
    out += [
        "",
        f"Machine: {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu_model()}, "
        f"{platform.system()} {platform.release()}; {pinning}.",
        f"Load average (1/5/15 min) at the start: {load_before}; at the end: {load_average()}"
        " (other work on the machine makes cells noisy: compare min-max ranges).",
        "",
    ]
    text = "\n".join(out)
    print(text)
    # A BENCH_ONLY subset never overwrites the full table.
    (BENCH / ("results-partial.md" if ONLY else "results.md")).write_text(text)
    (WORK / "results.json").write_text(json.dumps(raw_json, indent=1))
    failed = [n for n in report.notes if ": error:" in n and ", ours:" not in n]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

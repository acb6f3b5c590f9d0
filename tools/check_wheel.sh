#!/usr/bin/env bash
# make check-wheel: the installed wheel is the product, so prove it outside the repository.
#
# Builds the sdist and, from it, the wheel (python -m build); installs the wheel with the
# [emulator] extra into a clean venv (runtime deps only: no dev tools); then, from a temp dir
# holding copies of examples/ and tests/typing/usage.py: imports every public name, serves
# `python -m chatbotkit.emulator` from the installed package and runs examples/demo.py against
# it, and type-checks with the dev venv's mypy --strict pointed at the clean venv's python
# (so mypy sees what users install: py.typed markers, no repository on the path). Last, with
# the extra uninstalled, `python -m chatbotkit.emulator` must name it and exit 2.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEV="$ROOT/.venv/bin"
OUT="$ROOT/build/check-wheel"
START=$(date +%s)
step() { printf '\n== check-wheel [%3ss] %s\n' "$(($(date +%s) - START))" "$*"; }

step "clean $OUT"
rm -rf "$OUT" && mkdir -p "$OUT"
WORK="$(mktemp -d)"
EMULATOR_PID=""
cleanup() {
    if [ -n "$EMULATOR_PID" ]; then kill "$EMULATOR_PID" 2>/dev/null || true; wait "$EMULATOR_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

step "build the sdist, then the wheel from it"
"$DEV/python" -m build --outdir "$OUT/dist" "$ROOT" >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
WHEEL="$(ls "$OUT"/dist/*.whl)"
ls "$OUT"/dist/*.tar.gz "$WHEEL" | sed 's|.*/|  |'

step "install the wheel with [emulator] into a clean venv"
"$DEV/python" -m venv --without-pip "$OUT/venv"
PY="$OUT/venv/bin/python"
PIP=("$DEV/python" -m pip --python "$PY")  # the dev venv's pip drives the clean venv: no pip in it
"${PIP[@]}" install --quiet --no-compile "${WHEEL}[emulator]" 2>&1 | grep -v "is ignored: it is neither a file nor a directory" || true
"${PIP[@]}" show --quiet chatbotkit-async >/dev/null
DEV_TOOLS="$("${PIP[@]}" list --format=freeze | grep -iE '^(mypy|pytest|ruff|hypothesis|openapi-python-client|build)==' || true)"
[ -z "$DEV_TOOLS" ] || { echo "dev tools in the clean venv: $DEV_TOOLS"; exit 1; }

cp -r "$ROOT/examples" "$WORK/examples"
cp "$ROOT/tests/typing/usage.py" "$WORK/usage.py"
cp "$ROOT/tests/typing/blocking.py" "$WORK/blocking.py"
cd "$WORK"

step "import every public name from the installed package"
"$PY" - <<'PY'
import importlib
import pkgutil
from importlib import resources
from pathlib import Path

import chatbotkit

# Every public module (no _private part; the pytest plugin needs pytest, a dev tool here).
names = ["chatbotkit"] + [
    info.name
    for info in pkgutil.walk_packages(chatbotkit.__path__, "chatbotkit.")
    if not any(part.startswith("_") for part in info.name.split("."))
    and info.name != "chatbotkit.testing.pytest_plugin"
]
checked = 0
for name in names:
    module = importlib.import_module(name)
    assert "site-packages" in (module.__file__ or ""), f"{name} is not the installed one: {module.__file__}"
    for public in getattr(module, "__all__", ()):
        getattr(module, public)
        checked += 1
for required in ("chatbotkit.testing", "chatbotkit.emulator"):
    assert required in names, f"{required} is missing"
for package in ("chatbotkit", "chatbotkit_gen"):
    importlib.import_module(package)
    assert (resources.files(package) / "py.typed").is_file(), f"{package} ships no py.typed"
assert (resources.files("chatbotkit.emulator") / "openapi.json").is_file(), "no packaged spec"
print(f"  {checked} public names of {', '.join(names)}; py.typed in chatbotkit and chatbotkit_gen;"
      f" installed at {Path(chatbotkit.__file__).parent}")
PY

step "serve python -m chatbotkit.emulator from the installed package; run examples/demo.py on it"
PORT="$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
TOKEN="check-wheel-token"
env -u CHATBOTKIT_EMULATOR_SPEC "$PY" -m chatbotkit.emulator --port "$PORT" --token "$TOKEN" --token-delay 0 \
    >"$OUT/emulator.log" 2>&1 &
EMULATOR_PID=$!
"$PY" - "$PORT" <<'PY'
import sys, time, urllib.request, urllib.error
deadline = time.monotonic() + 30
while True:
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/v1/bot/list", timeout=1)
    except urllib.error.HTTPError:
        break  # it answers (401 without a token)
    except OSError:
        if time.monotonic() > deadline:
            sys.exit("the emulator did not start")
        time.sleep(0.1)
PY
sed 's/^/  /' "$OUT/emulator.log"
grep -q "(packaged) (335 operations)\|(packaged) ([0-9]* operations)" "$OUT/emulator.log"
CHATBOTKIT_API_TOKEN="$TOKEN" CHATBOTKIT_API_BASE_URL="http://127.0.0.1:$PORT/v1" \
    "$PY" examples/demo.py >"$OUT/demo.log" 2>&1 || { cat "$OUT/demo.log"; exit 1; }
tail -n 1 "$OUT/demo.log" | grep -qx "== Done" || { cat "$OUT/demo.log"; exit 1; }
echo "  demo: $(grep -c '^== ' "$OUT/demo.log") steps, ended with '== Done'"

step "the installed chatbotkit command and the blocking client, on the same emulator"
export CHATBOTKIT_API_TOKEN="$TOKEN" CHATBOTKIT_API_BASE_URL="http://127.0.0.1:$PORT/v1"
"$OUT/venv/bin/chatbotkit" bot create --name from-the-wheel >/dev/null
"$OUT/venv/bin/chatbotkit" bot list | "$PY" -c 'import json, sys; ids = [json.loads(line)["id"] for line in sys.stdin]; assert ids; print(f"  chatbotkit bot list | (jq .id): {len(ids)} ids")'
"$PY" -c 'import chatbotkit; print("  ChatBotKit().bot.list().collect():", len(chatbotkit.ChatBotKit().bot.list().collect()), "bots")'
unset CHATBOTKIT_API_TOKEN CHATBOTKIT_API_BASE_URL

step "with the [speedups] extra: msgspec decodes JSON; the demo again on the same emulator"
"$PY" -c 'import chatbotkit._json as j; assert j.BACKEND == "json", j.BACKEND'  # so far: stdlib
"${PIP[@]}" install --quiet --no-compile "${WHEEL}[speedups]" 2>&1 | grep -v "is ignored: it is neither a file nor a directory" || true
"$PY" -c 'import chatbotkit._json as j; assert j.BACKEND == "msgspec", j.BACKEND; print("  JSON decoder:", j.BACKEND)'
CHATBOTKIT_API_TOKEN="$TOKEN" CHATBOTKIT_API_BASE_URL="http://127.0.0.1:$PORT/v1" \
    "$PY" examples/demo.py >"$OUT/demo-speedups.log" 2>&1 || { cat "$OUT/demo-speedups.log"; exit 1; }
tail -n 1 "$OUT/demo-speedups.log" | grep -qx "== Done" || { cat "$OUT/demo-speedups.log"; exit 1; }
echo "  demo with msgspec: ended with '== Done'"

step "mypy --strict on examples/, usage.py and blocking.py against the installed package"
# The FastAPI example needs its own app dependency (an application's, not a dev tool).
"${PIP[@]}" install --quiet --no-compile fastapi 2>&1 | grep -v "is ignored: it is neither a file nor a directory" || true
# The cache outlives a run (mypy re-checks a file whose hash changed); CI starts without it.
MYPY=("$DEV/mypy" --python-executable "$PY" --cache-dir "$ROOT/build/.check-wheel-mypy-cache" --no-error-summary)
"${MYPY[@]}" --strict examples usage.py blocking.py
cat >reveal.py <<'PYTHON'
import chatbotkit


async def main() -> None:
    async with chatbotkit.AsyncChatBotKit() as cbk:
        reveal_type(await cbk.bot.fetch("b1"))
PYTHON
REVEALED="$("${MYPY[@]}" --strict reveal.py || true)"
echo "  ${REVEALED#*: }"
echo "$REVEALED" | grep -q 'Revealed type is "' || { echo "no reveal_type output"; exit 1; }
if echo "$REVEALED" | grep -q 'Any\|error:'; then echo "a fetched bot is not typed"; exit 1; fi

step "without the [emulator] extra: the SDK imports, python -m chatbotkit.emulator names the extra"
kill "$EMULATOR_PID" && wait "$EMULATOR_PID" 2>/dev/null || true
EMULATOR_PID=""
"${PIP[@]}" uninstall --quiet --yes starlette uvicorn pyyaml
"$PY" -c 'import chatbotkit; chatbotkit.AsyncChatBotKit; import chatbotkit.emulator'
# LOG COMMAND...: the command exits 2 naming the extra to install, without a traceback.
names_the_extra() {
    local log="$1" status
    shift
    "$@" >"$log" 2>&1 && status=0 || status=$?
    sed 's/^/  /' "$log"
    [ "$status" -eq 2 ] || { echo "$*: exit status $status, expected 2"; exit 1; }
    grep -q "pip install 'chatbotkit-async\[emulator\]'" "$log" || { echo "$*: no install hint"; exit 1; }
    if grep -q Traceback "$log"; then exit 1; fi
}
names_the_extra "$OUT/no-extra.log" "$PY" -m chatbotkit.emulator --port 0
names_the_extra "$OUT/no-extra-cli.log" "$OUT/venv/bin/chatbotkit" emulator --port 0

step "ok: the installed wheel is typed, importable and serves the emulator"

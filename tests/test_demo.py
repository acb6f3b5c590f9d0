"""`make demo` without a token: the demo runs every step against the emulator and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys

from tests._paths import ROOT


def test_demo_runs_end_to_end_against_the_emulator() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOTKIT_")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "running against the local emulator at http://127.0.0.1:" in out
    assert "ended by stop]" in out  # the streamed completion reached its result
    assert " 6.  bot: " in out  # three exchanges paged two at a time
    assert "order_status returned {'order': 'A17'" in out  # the channel tool ran
    assert "shipping_quote returned {'city': 'Oslo'" in out  # the activity tool ran
    assert "'status':'shipped'" in out.replace('"', "'")  # the answer quotes the results
    assert "2 tool calls" in out and "exit code 0]" in out
    assert out.count("task event: TaskWorkflowOperationEndEvent") >= 2
    assert "uploaded 26890 bytes, downloaded 26890: same: True" in out  # two-step upload
    assert "the parent's list has it: False" in out  # the child's bot stays in the child
    assert out.rstrip().endswith("== Done")

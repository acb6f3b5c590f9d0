"""The progress bar and the Ctrl+C summary as a user sees them: the job runs in a real
terminal (tmux), gets Ctrl+C mid-batch, and the pane is captured. Skipped only where tmux is
missing; in CI (CI=true, where .ci/run installs it) that is a failure."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chatbotkit.emulator import Emulator, run_emulator_server
from tests._paths import OPENAPI

JOB = Path(__file__).with_name("batch_job.py")
TMUX = shutil.which("tmux")

pytestmark = pytest.mark.skipif(
    TMUX is None and not os.environ.get("CI"), reason="tmux is not installed (apt-get install tmux)"
)


def tmux(*args: str) -> str:
    if TMUX is None:
        pytest.fail("no tmux in CI: .ci/run installs Debian's tmux")
    return subprocess.run([TMUX, *args], capture_output=True, text=True, check=True).stdout


def wait_for(session: str, text: str, seconds: float = 30) -> str:
    deadline = time.monotonic() + seconds
    while True:
        pane = tmux("capture-pane", "-p", "-t", session)
        if text in pane or time.monotonic() > deadline:
            return pane
        time.sleep(0.05)


@pytest.mark.parametrize("display", ["builtin", "rich"])
def test_progress_bar_then_ctrl_c_leaves_one_summary_line(tmp_path: Path, display: str) -> None:
    if display == "rich":
        pytest.importorskip("rich")
    session = f"cbk-batch-{display}-{tmp_path.name}"[:60]
    with run_emulator_server(Emulator(spec=OPENAPI)) as server:
        hide_rich = '-c \'import sys; sys.modules["rich"] = None; '
        runner = (
            f"{sys.executable} {JOB}"
            if display == "rich"
            else (
                f"{sys.executable} {hide_rich}import runpy; sys.argv = sys.argv[1:]; "
                f'runpy.run_path(sys.argv[0], run_name="__main__")\' {JOB}'
            )
        )
        command = (
            f"{runner} {server.base_url} {server.token} {tmp_path / 'job.sqlite'} 100000"
            " --progress; echo EXIT=$?; sleep 30"
        )
        tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "20", command)
        try:
            running = wait_for(session, "in flight")
            assert "in flight" in running, running
            time.sleep(0.5)
            tmux("send-keys", "-t", session, "C-c")
            pane = wait_for(session, "EXIT=")
        finally:
            subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    print(pane)
    assert "EXIT=130" in pane, pane
    assert "failed" in pane and "/s" in pane and "ETA" in pane  # the bar's counters
    summary = [line for line in pane.splitlines() if line.startswith("batch cancelled:")]
    assert len(summary) == 1, pane
    assert " done, 0 failed, " in summary[0] and " uncertain, " in summary[0]
    assert "not started" in summary[0]
    assert "Traceback" not in pane and "Error" not in pane

"""A real subprocess running a journaled batch is SIGKILLed at a random point and re-run:
the emulator (served on loopback in this process) ends with exactly one resource per item."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chatbotkit.emulator import Emulator, run_emulator_server
from tests._paths import OPENAPI

JOB = Path(__file__).with_name("batch_job.py")
ROOT = JOB.parents[1]
N = 100

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def done_rows(journal: Path) -> int:
    if not journal.exists():
        return 0
    with sqlite3.connect(journal) as db:
        try:
            return int(db.execute("SELECT COUNT(*) FROM items WHERE state = 'done'").fetchone()[0])
        except sqlite3.OperationalError:  # the table is not created yet
            return 0


def job(base_url: str, token: str, journal: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(JOB), base_url, token, str(journal), str(N), *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_sigkill_mid_batch_then_resume_creates_exactly_one_per_item(tmp_path: Path) -> None:
    journal = tmp_path / "job.sqlite"
    threshold = random.Random().randint(N // 5, N * 3 // 4)  # a random point, logged on failure
    with run_emulator_server(Emulator(spec=OPENAPI)) as server:
        emu = server.emulator
        first = job(server.base_url, server.token, journal)
        deadline = time.monotonic() + 60
        # Kill while some item has its conversation but no "done" row: the hard case.
        while not (
            emu.count("conversation") >= threshold
            and emu.count("conversation") > done_rows(journal)
        ):
            assert first.poll() is None, f"finished before the kill: {first.communicate()}"
            assert time.monotonic() < deadline, "the job made no progress"
            time.sleep(0.001)
        os.kill(first.pid, signal.SIGKILL)
        first.communicate(timeout=10)
        assert first.returncode == -signal.SIGKILL
        created_before = emu.count("conversation")
        done_at_kill = done_rows(journal)
        orphans = created_before - done_at_kill
        assert orphans >= 1, (threshold, created_before)

        second = job(server.base_url, server.token, journal, "--on-uncertain", "retry")
        out, err = second.communicate(timeout=120)
        assert second.returncode == 0, err
        final = json.loads(out.splitlines()[-1])

        names = sorted(record["name"] for record in emu.records("conversation"))
        keys = {record["meta"]["idempotencyKey"] for record in emu.records("conversation")}
    assert names == [f"item-{i:05d}" for i in range(N)], f"threshold {threshold}"
    assert len(keys) == N
    assert final["done"] == N and final["failed"] == 0
    assert final["resumed"] == done_at_kill  # finished items were not called again
    assert done_rows(journal) == N

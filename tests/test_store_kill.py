"""SIGKILL at random moments: every note whose add_note() had returned is on disk afterwards,
and a running meeting clock is where it was (and has kept running) after a reopen."""

import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from sus_desktop.core.clock import SystemClock
from sus_desktop.core.factory import new_meeting
from sus_desktop.core.run import Runner
from sus_desktop.storage.store import Store

CHILD = Path(__file__).with_name("store_kill_child.py")


def run_and_kill(db: Path, meeting_id: str, delay: float) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), meeting_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(5)
    reader.join(5)
    assert proc.returncode == -signal.SIGKILL
    ids = [line.strip() for line in lines]
    assert not any(i.startswith("unhealthy") for i in ids), ids[-1:]
    return [i for i in ids if i]  # the last line may be cut by the kill: drop partial ids below


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writer_loses_no_acknowledged_note(tmp_path):
    db = tmp_path / "s.sqlite3"
    rng = random.Random(20250313)
    printed: set[str] = set()
    for round_ in range(6):
        ids = run_and_kill(db, "m-kill", rng.uniform(0.05, 0.6))
        store = Store(db)
        assert store.healthy and store.problem is None, store.problem
        reopened = store.load_meeting("m-kill")
        stored = {n.id for n in reopened.notes}
        store.close()
        # The clock: every acknowledged run command is in the log, and a running clock has
        # kept counting since the last command (the time the app was dead counts).
        logged = [int(i.split()[1]) for i in ids if i.startswith("log ") and len(i.split()) == 2]
        if logged:
            assert len(reopened.log) >= max(logged)
        runner = Runner(reopened, SystemClock())
        if runner.running:
            since_last = time.time() - reopened.log[-1].at
            assert runner.phase_times()[0] >= since_last - 0.05
        ids = [i for i in ids if not i.startswith("log ")]
        whole = [i for i in ids if len(i) == 13]  # "n" + 12 hex; a cut-off last line is shorter
        printed.update(whole)
        assert printed <= stored, f"round {round_}: lost {sorted(printed - stored)[:5]}"
        assert len(stored) - len(printed) <= round_ + 1  # at most one unacknowledged per kill
    assert len(printed) > 50  # the child really did write between kills
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_running_clock_is_restored_after_reopen(tmp_path):
    db = tmp_path / "s.sqlite3"
    store = Store(db)
    m = new_meeting("Ur", time.strftime("%Y-%m-%d"))
    store.attach(m)
    runner = Runner(m, SystemClock())
    runner.start()
    runner.next()
    runner.next()
    runner.add_minutes(3)
    step = runner.step_index()
    time.sleep(0.2)
    elapsed_before = runner.phase_times()[0]
    budget = runner.phase_times()[3]
    assert elapsed_before >= 0.2
    store.close()
    del m, runner

    closed_at = time.time()
    time.sleep(0.5)  # the app is closed; the meeting goes on
    store = Store(db)
    m2 = store.load_meeting(store.list_meetings()[0].id)
    assert store.list_meetings()[0].state == "i gang"
    runner2 = Runner(m2, SystemClock())
    assert runner2.running and runner2.step_index() == step
    elapsed, _, _, budget2 = runner2.phase_times()
    gap = time.time() - closed_at
    assert budget2 == budget
    # Timestamps are stored to the millisecond.
    assert elapsed >= elapsed_before + 0.5 - 0.01
    assert elapsed <= elapsed_before + gap + 0.05
    store.close()

"""One app per data folder, with real processes: a second start hands its file to the running
window and exits 0; a lock left by kill -9 does not block; other data folders run apart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sus_desktop.core.factory import new_meeting
from sus_desktop.storage.meetingfile import export_meeting
from sus_desktop.ui.common import single_instance
from sus_desktop.ui.common.single_instance import (
    LOCK_NAME,
    NotResponding,
    claim_or_hand_over,
    make_request,
    server_name,
)

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses kill -9")


def env_for(folder: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "SUS_DESKTOP_QUIT_WHEN_IDLE"}
    env.update(
        PYTHONPATH=str(ROOT), SUS_DESKTOP_DATA_DIR=str(folder), QT_QPA_PLATFORM="offscreen", **extra
    )
    return env


def start_app(folder: Path, *args, cwd=None, log: Path | None = None, **extra):
    out = open(log or folder.parent / f"app-{time.monotonic_ns()}.log", "wb")  # noqa: SIM115
    return subprocess.Popen(
        [sys.executable, "-m", "sus_desktop", *args],
        cwd=cwd or ROOT,
        env=env_for(folder, **extra),
        stdout=out,
        stderr=subprocess.STDOUT,
    )


def run_app(folder: Path, *args, cwd=None, timeout=30, **extra):
    return subprocess.run(
        [sys.executable, "-m", "sus_desktop", *args],
        cwd=cwd or ROOT,
        env=env_for(folder, **extra),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def stored_schools(folder: Path) -> list[str]:
    """What `sus-desktop meetings` (read-only, works while the app runs) lists."""
    res = run_app(folder, "meetings")
    return [line.split("\t")[1] for line in res.stdout.splitlines()]


def wait_for(predicate, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def listening(folder: Path) -> bool:
    return single_instance.send(server_name(folder), make_request(None))


def meeting_file(path: Path, school: str) -> Path:
    m = new_meeting(school, "2025-03-13")
    m.add_note(f"Fra {school}")
    return export_meeting(m, path)


def stop(proc) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(10)


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "data"
    f.mkdir()
    return f


def test_server_name_is_one_per_folder_however_it_is_written(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (tmp_path / "link").symlink_to(a)
    assert server_name(a) == server_name(Path(str(a) + "/")) == server_name(tmp_path / "link")
    assert server_name(a) == server_name(tmp_path / "b" / ".." / "a")
    assert server_name(a) != server_name(b)


def test_second_start_hands_its_file_to_the_running_window_and_exits_0(folder, tmp_path):
    elsewhere = tmp_path / "mail"
    elsewhere.mkdir()
    app = start_app(folder)
    try:
        assert wait_for(lambda: listening(folder)), "the first start never listened"
        handed = []
        for k in range(3):
            meeting_file(elsewhere / f"m{k}.sus.json", f"Skole {k}")
            t = time.monotonic()
            # A relative path from another working folder: the running app must find it.
            res = run_app(folder, f"m{k}.sus.json", cwd=elsewhere)
            handed.append(time.monotonic() - t)
            assert res.returncode == 0, res.stderr
            assert wait_for(lambda k=k: f"Skole {k}" in stored_schools(folder))
            assert app.poll() is None  # the first window is still the one running
        assert sorted(stored_schools(folder)) == ["Skole 0", "Skole 1", "Skole 2"]
        print(f"hand-over: {', '.join(f'{s:.2f}' for s in handed)} s")
    finally:
        stop(app)


def test_two_starts_at_once_leave_exactly_one_app(folder):
    apps = [start_app(folder), start_app(folder)]
    try:
        # One of them hands over (to the other, once it listens) and exits 0.
        assert wait_for(lambda: any(a.poll() is not None for a in apps), timeout=30)
        time.sleep(0.5)
        codes = sorted(a.poll() for a in apps if a.poll() is not None)
        assert codes == [0]
        assert sum(a.poll() is None for a in apps) == 1
    finally:
        for a in apps:
            stop(a)


def test_a_lock_left_by_kill_9_does_not_block_the_next_start(folder, tmp_path):
    app = start_app(folder)
    assert wait_for(lambda: listening(folder))
    app.send_signal(signal.SIGKILL)
    app.wait(10)
    assert (folder / LOCK_NAME).exists()  # left behind by the dead process
    path = meeting_file(tmp_path / "efter.sus.json", "Efter nedbrud")
    res = run_app(folder, str(path), SUS_DESKTOP_QUIT_WHEN_IDLE="1")
    assert res.returncode == 0, res.stderr
    assert "idle-at" in res.stdout  # it opened its own window instead of handing over
    assert stored_schools(folder) == ["Efter nedbrud"]
    assert not (folder / LOCK_NAME).exists()  # released on a normal exit


def test_other_data_folders_run_their_own_app(folder, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    app = start_app(folder)
    try:
        assert wait_for(lambda: listening(folder))
        res = run_app(other, SUS_DESKTOP_QUIT_WHEN_IDLE="1")
        assert res.returncode == 0 and "idle-at" in res.stdout
    finally:
        stop(app)


HOLDER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
print(lock.tryLock(0), flush=True)
time.sleep(60)
"""


def test_a_holder_that_does_not_answer_is_reported_not_waited_for_forever(folder):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder / LOCK_NAME)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "True"
        t = time.monotonic()
        with pytest.raises(NotResponding):
            claim_or_hand_over(folder, make_request(None), timeout=1.0)
        assert time.monotonic() - t < 5
    finally:
        stop(holder)


def test_an_empty_lock_file_from_a_power_cut_does_not_block(folder):
    lock = folder / LOCK_NAME
    lock.write_bytes(b"")
    old = time.time() - 60
    os.utime(lock, (old, old))
    instance = claim_or_hand_over(folder, make_request(None), timeout=1.0)
    assert instance is not None and instance.lock is not None
    instance.release()


def test_a_folder_that_cannot_hold_a_lock_still_starts(tmp_path):
    missing = tmp_path / "not-there"  # the lock file cannot be created here
    instance = claim_or_hand_over(missing, make_request(None), timeout=1.0)
    assert instance is not None and instance.lock is None


# --- the running window's side ------------------------------------------------------------------


def test_a_request_brings_the_window_forward_and_opens_the_file(qtbot, tmp_path):
    from test_ui_support import LAPTOP, FakeDialogs, FakeScreenProvider

    from sus_desktop.core.clock import FakeClock
    from sus_desktop.storage.store import Store
    from sus_desktop.ui.app import build_main_window, serve_request

    store = Store(tmp_path / "s.sqlite3")
    ctl = build_main_window(store, FakeClock(), FakeScreenProvider([LAPTOP]), FakeDialogs())
    qtbot.addWidget(ctl.window)
    ctl.window.showMinimized()
    path = meeting_file(tmp_path / "x.sus.json", "Sendt over")
    serve_request(ctl, make_request(path))
    assert not ctl.window.isMinimized() and ctl.window.isVisible()
    assert ctl.current is not None and ctl.current.session.meeting.info.school == "Sendt over"
    assert "Sendt over" in ctl.window.windowTitle()
    ctl.shutdown()
    store.close()

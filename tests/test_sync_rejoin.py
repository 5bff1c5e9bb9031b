"""Back in the shared meeting after a restart (issue 15), over 127.0.0.1 only: a referent's
window that was joined reopens the meeting as a referent and reconnects by itself (closed, or
killed with SIGKILL as a real app process); a facilitator's window that was sharing shares
again with the same code and port, and a referent reconnects without doing anything; "Forlad
mødet" and "Stop deling" end it. Every wait is bounded; every process is killed at the end."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

pytest.importorskip("pycrdt")
pytest.importorskip("websockets")
pytest.importorskip("spake2")

from test_sync_network import CODE, ROOT, Proc

from sus_desktop.core.clock import SystemClock

WAIT_MS = 20_000


@pytest.fixture
def app(qtbot, tmp_path, screens, dialogs):
    """`app()` builds a window on one store file (the laptop's), as a start of the app does;
    each is shut down at the end, as the app does when it closes."""
    from sus_desktop.storage.store import Store
    from sus_desktop.ui.app import build_main_window, reopen_last

    made = []

    def start(reopen: bool = True):
        store = Store(tmp_path / "laptop.sqlite3")
        ctl = build_main_window(store, SystemClock(), screens, dialogs=dialogs)
        qtbot.addWidget(ctl.window)
        ctl.window.show()
        made.append(ctl)
        if reopen:
            reopen_last(ctl)
        return ctl

    def close(ctl) -> None:
        ctl.shutdown()
        ctl.store.close()
        made.remove(ctl)

    start.close = close
    yield start
    for ctl in list(made):
        close(ctl)


def _status(ctl) -> str:
    lbl = ctl.window.findChild(type(ctl.window.store_label), "sync_status")
    return lbl.text() if lbl is not None and lbl.isVisible() else ""


def _type(qtbot, ctl, text: str) -> None:
    notes = ctl.current.panels.notes
    qtbot.keyClicks(notes.edit, text)
    notes.submit()


def _seen(qtbot, proc: Proc, pred) -> None:
    """Wait for a process's event while the Qt loop runs (a window's replica answers on the
    Qt thread: a blocking wait would stall the sync it waits for)."""

    def seen() -> bool:
        while not proc.events.empty():
            proc.seen.append(proc.events.get_nowait())
        hit = next((e for e in proc.seen if pred(e)), None)
        if hit is not None:
            proc.seen.remove(hit)
        return hit is not None

    qtbot.waitUntil(seen, timeout=WAIT_MS)


def _host_has(qtbot, proc: Proc, text: str) -> None:
    _seen(qtbot, proc, lambda e: e.get("event") == "note" and e.get("text") == text)


def test_a_referent_window_closed_and_started_again_rejoins(qtbot, app, host, meeting_file):
    from sus_desktop.core.commands import REFERENT

    ctl = app()
    assert ctl.current is None  # nothing open yet
    ctl.sync_ui().join(f"127.0.0.1:{host.port}", CODE)
    qtbot.waitUntil(lambda: "Forbundet" in _status(ctl), timeout=WAIT_MS)
    _type(qtbot, ctl, "Før genstarten")
    _host_has(qtbot, host, "Før genstarten")
    app.close(ctl)  # the laptop is closed; the host adds a note meanwhile
    host.send(op="note", id="n-while", text="Mens referenten var væk", item="i4")
    host.wait(lambda e: e.get("event") == "note" and e.get("id") == "n-while")

    ctl = app()  # started again: no dialog, no code typed
    cur = ctl.current
    assert cur is not None and cur.session.meeting.id == meeting_file[1].id
    assert cur.session.core.author.role == REFERENT  # the clock stays the host's
    qtbot.waitUntil(lambda: "Afbrudt" in _status(ctl) or "Forbundet" in _status(ctl), timeout=5000)
    qtbot.waitUntil(lambda: "Forbundet" in _status(ctl), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: any(n.id == "n-while" for n in cur.session.meeting.live_notes()), timeout=WAIT_MS
    )
    assert not ctl.window.run_actions.toggle.isVisible()
    _type(qtbot, ctl, "Efter genstarten")
    _host_has(qtbot, host, "Efter genstarten")

    # "Forlad mødet": the next start opens the meeting, but joins nothing.
    leave = ctl.window.findChild(type(ctl.sync.leave_action), "leave_meeting")
    assert leave.isVisible()
    leave.trigger()
    assert _status(ctl) == ""
    app.close(ctl)
    ctl = app()
    qtbot.wait(300)
    assert ctl.current is not None and ctl.sync is None and _status(ctl) == ""


def test_a_sharing_window_restarted_shares_again_and_the_referent_reconnects(qtbot, app, tmp_path):
    ctl = app(reopen=False)
    meeting = ctl.new_meeting()
    sync = ctl.sync_ui()
    sync.bind, sync.port, sync.new_code = "127.0.0.1", 0, lambda: CODE
    ctl.window.share_action.trigger()
    qtbot.waitUntil(lambda: sync.dialog is not None and sync.dialog.isVisible(), timeout=WAIT_MS)
    port = sync.port
    address = f"127.0.0.1:{port}"
    ref = Proc(["join", address, CODE], tmp_path / "ref")
    try:
        _seen(qtbot, ref, lambda e: e.get("state") == "Forbundet")
        app.close(ctl)  # the facilitator's laptop restarts
        _seen(qtbot, ref, lambda e: str(e.get("state", "")).startswith("Afbrudt"))
        ctl = app()
        assert ctl.current.session.meeting.id == meeting.id
        # Nothing done on the referent's side: it reconnects to the same port and code.
        _seen(qtbot, ref, lambda e: e.get("state") == "Forbundet")
        qtbot.waitUntil(lambda: "referenter: 1" in _status(ctl), timeout=WAIT_MS)
        assert "kode 246810" in _status(ctl) and ctl.sync.port == port
        assert ctl.sync.dialog is None  # shared again quietly; the status bar says so
        ref.send(op="note", id="n-back", text="Efter facilitatorens genstart", item="i4")
        qtbot.waitUntil(lambda: any(n.id == "n-back" for n in meeting_notes(ctl)), timeout=WAIT_MS)

        # "Stop deling": the next start does not share.
        ctl.sync.dialog = None
        ctl.window.share_action.trigger()
        ctl.sync.dialog.stop_button.click()
        app.close(ctl)
        ctl = app()
        qtbot.wait(300)
        assert ctl.current is not None and ctl.sync is None and _status(ctl) == ""
    finally:
        ref.stop()


def meeting_notes(ctl):
    return ctl.current.session.meeting.live_notes()


def _stored_notes(data) -> int:
    """The referent's stored notes, read as IT would while the app runs."""
    env = {**os.environ, "SUS_DESKTOP_DATA_DIR": str(data)}
    res = subprocess.run(
        [sys.executable, "-m", "sus_desktop", "meetings"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=30,
    )
    lines = [line.split("\t") for line in res.stdout.splitlines() if line.strip()]
    return int(lines[0][-1]) if lines else -1


def _app_process(data, *args) -> subprocess.Popen:
    env = {**os.environ, "SUS_DESKTOP_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "sus_desktop", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _until(pred, seconds: float = 30.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.2)
    return False


def test_a_referent_app_killed_with_sigkill_rejoins_when_started_again(tmp_path, host):
    data = tmp_path / "ref-laptop"
    before = 1  # the host's meeting has one note
    proc = _app_process(data, "join", f"127.0.0.1:{host.port}", "--code", CODE)
    try:
        assert _until(lambda: _stored_notes(data) == before), "never joined"
        time.sleep(1.0)  # the app's settings are written within a second
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        host.send(op="note", id="n-killed", text="Mens appen var død", item="i4")
        host.wait(lambda e: e.get("event") == "note" and e.get("id") == "n-killed")
        assert _stored_notes(data) == before
        proc = _app_process(data)  # started again, no arguments
        assert _until(lambda: _stored_notes(data) == before + 1), "did not rejoin by itself"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)

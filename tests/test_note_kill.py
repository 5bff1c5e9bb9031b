"""A note typed right before the app is killed (SIGKILL) is there after a restart."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

try:
    from sus_desktop.storage.store import Store
except ImportError as exc:  # the storage helper's module is not there yet
    Store = None
    REASON = f"sus_desktop.storage.store is not importable yet: {exc}"
else:
    REASON = ""

CHILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from sus_desktop.core.clock import FakeClock
    from sus_desktop.core.factory import new_meeting
    from sus_desktop.core.run import Runner
    from sus_desktop.core.capture import NoteCapture
    from sus_desktop.storage.store import Store

    store = Store({path!r})
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    anna = m.add_participant("Anna", "Skoleleder")
    store.attach(m)
    clock = FakeClock()
    runner = Runner(m, clock)
    runner.start()
    cap = NoteCapture(m, runner, clock)
    cap.pick(anna.id)
    note = cap.submit("Sidste note før strømmen gik")
    print(m.id, note.id, anna.id, flush=True)
    time.sleep(60)
""")


@pytest.mark.skipif(Store is None, reason=REASON or "store missing")
def test_note_survives_sigkill(tmp_path):
    path = tmp_path / "store.sqlite"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT), path=str(path))],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        mid, nid, pid = line.split()
        proc.send_signal(signal.SIGKILL)  # no atexit, no close, no flush
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    store = Store(path)
    try:
        m = store.load_meeting(mid)
        note = m.note(nid)
        assert note is not None and note.text == "Sidste note før strømmen gik"
        assert note.participant == pid
    finally:
        store.close()


WINDOW_CHILD = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, {root!r})
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["SUS_DESKTOP_DATA_DIR"] = {data!r}
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sus_desktop.core.clock import SystemClock
    from sus_desktop.storage.store import Store
    from sus_desktop.ui.app import build_main_window

    app = QApplication([])
    ctl = build_main_window(Store(), SystemClock())
    ctl.window.show()
    m = ctl.new_meeting("")
    anna = m.add_participant("Anna Holm", "Skoleleder")
    ctl.current.session.runner.start()
    edit = ctl.current.panels.notes.edit
    edit.setFocus()
    QTest.keyClicks(edit, "@Anna Pausen er et relationsrum")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    app.processEvents()
    print(m.id, anna.id, flush=True)
    time.sleep(60)
""")


def test_note_typed_in_the_window_survives_sigkill_right_after_enter(tmp_path):
    """The referent presses Enter and the laptop dies: the note, its speaker and the running
    clock are all there when the app opens again."""
    data = tmp_path / "data"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", WINDOW_CHILD.format(root=str(ROOT),
                                                                      data=str(data))],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        mid, pid = line.split()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    store = Store(data / "sus-desktop.sqlite3")
    m = store.load_meeting(mid)
    store.close()
    assert [(n.text, n.participant) for n in m.notes] == [("Pausen er et relationsrum", pid)]
    assert m.notes[0].item == m.agenda[0].id
    assert [e.event for e in m.log] == ["start"]

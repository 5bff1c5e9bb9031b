"""Two laptops in the window (issue 15), over 127.0.0.1 only: a real host process
(sus_desktop.sync.peer, as in test_sync_network.py) and the assembled window joining it as a
referent, and the window sharing its own meeting with a referent process. Every wait is
bounded; every process is killed at the end."""

from __future__ import annotations

import pytest

pytest.importorskip("pycrdt")
pytest.importorskip("websockets")
pytest.importorskip("spake2")

from test_sync_network import CODE, Proc

from sus_desktop.core.clock import SystemClock

WAIT_MS = 20_000


@pytest.fixture
def window(qtbot, tmp_path, screens, dialogs):
    """The assembled window on the real clock (the host's log entries carry real times)."""
    from sus_desktop.storage.store import Store
    from sus_desktop.ui.app import build_main_window

    store = Store(tmp_path / "window.sqlite3")
    ctl = build_main_window(store, SystemClock(), screens, dialogs=dialogs)
    qtbot.addWidget(ctl.window)
    ctl.window.show()
    ctl.window.activateWindow()
    yield ctl
    ctl.shutdown()
    store.close()


def _seen(qtbot, proc: Proc, pred) -> dict:
    """Wait for a process's event while the Qt loop runs (the window's replica answers
    on the Qt thread: a blocking wait would stall the sync it waits for)."""
    import queue

    found: list[dict] = []

    def check() -> bool:
        while True:
            try:
                proc.seen.append(proc.events.get_nowait())
            except queue.Empty:
                break
        hit = next((e for e in proc.seen if pred(e)), None)
        if hit is not None:
            proc.seen.remove(hit)
            found.append(hit)
        return hit is not None

    qtbot.waitUntil(check, timeout=WAIT_MS)
    return found[0]


def _status(ctl) -> str:
    lbl = ctl.window.findChild(type(ctl.window.store_label), "sync_status")
    return lbl.text() if lbl is not None and lbl.isVisible() else ""


def test_a_referent_window_joins_types_and_mirrors_the_clock(
    qtbot, host, window, dialogs, meeting_file
):
    _path, m = meeting_file
    window.window.start_view.join_button.click()
    dlg = window.sync.join_dialog
    dlg.address_edit.setText(f"127.0.0.1:{host.port}")
    dlg.code_edit.setText(CODE[:3] + " " + CODE[3:])  # as the host's dialog shows it
    dlg._check()
    qtbot.waitUntil(lambda: "Forbundet" in _status(window), timeout=WAIT_MS)
    cur = window.current
    assert cur.session.meeting.id == m.id
    assert window.window.tabs.currentIndex() == 1  # the run view
    notes = cur.panels.notes
    qtbot.waitUntil(lambda: notes.edit.hasFocus(), timeout=5000)
    ra = window.window.run_actions
    assert not ra.toggle.isVisible() and not ra.next.isVisible()  # the clock is the host's

    assert _spiral_button(cur).isHidden()  # and the spiral
    assert "Velkomst" in " ".join(notes.row_texts())

    # A note typed here reaches the host.
    qtbot.keyClicks(notes.edit, "Pausen er et relationsrum")
    notes.submit()
    got = _seen(
        qtbot, host, lambda e: e.get("event") == "note" and "relationsrum" in e.get("text", "")
    )
    assert got["text"] == "Pausen er et relationsrum"

    # The facilitator starts the clock: the referent's run view shows the running phase.
    assert "Kører" not in cur.run_view.state_label.text()
    host.send(op="run", cmd="start")
    qtbot.waitUntil(lambda: "Kører" in cur.run_view.state_label.text(), timeout=WAIT_MS)
    assert cur.run_view.countdown_label.text()
    # ...and the core refuses a clock command from this laptop.
    from sus_desktop.core.commands import PauseClock

    cur.session.execute(PauseClock())
    assert any("facilitatorens bærbare" in text for _t, text in dialogs.errors)
    assert "Kører" in cur.run_view.state_label.text()

    # The host goes away: the status line says so (noticed by keepalive).
    host.kill9()
    qtbot.waitUntil(lambda: "Afbrudt" in _status(window), timeout=WAIT_MS)
    assert "dine noter gemmes" in _status(window)


def test_a_wrong_code_says_so_and_joins_nothing(qtbot, host, window, dialogs):
    window.sync_ui().join(f"127.0.0.1:{host.port}", "135790")
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=WAIT_MS)
    assert "Koden er forkert" in dialogs.errors[-1][1]
    assert window.current is None
    assert window.store.list_meetings() == []
    assert _status(window) == ""


def test_the_window_shares_its_meeting_with_a_referent(qtbot, tmp_path, window, meeting_file):
    _path, _m = meeting_file
    meeting = window.new_meeting()
    sync = window.sync_ui()
    sync.bind, sync.port, sync.new_code = "127.0.0.1", 0, lambda: CODE
    window.window.share_action.trigger()
    qtbot.waitUntil(lambda: sync.dialog is not None and sync.dialog.isVisible(), timeout=WAIT_MS)
    assert sync.dialog.code_label.text() == "246 810"
    address = sync.dialog.address_label.text()
    assert address.startswith("127.0.0.1:")
    assert (
        "hotspot"
        in sync.dialog.findChild(type(sync.dialog.code_label), "share_network_note").text()
    )
    ref = Proc(["join", address, CODE], tmp_path / "ref")
    try:
        _seen(qtbot, ref, lambda e: e.get("state") == "Forbundet")
        qtbot.waitUntil(lambda: "referenter: 1" in _status(window), timeout=WAIT_MS)
        ref.send(op="note", id="n-ref", text="Fra referentens bærbare", item="i4")
        qtbot.waitUntil(lambda: any(n.id == "n-ref" for n in meeting.live_notes()), timeout=WAIT_MS)
        # The facilitator's own note reaches the referent.
        notes = window.current.panels.notes
        qtbot.keyClicks(notes.edit, "Facilitatorens note")
        notes.submit()
        _seen(qtbot, ref, lambda e: e.get("text") == "Facilitatorens note")
        sync.dialog.stop_button.click()
        assert sync.mode is None and _status(window) == ""
        _seen(qtbot, ref, lambda e: str(e.get("state", "")).startswith("Afbrudt"))
    finally:
        ref.stop()


def _spiral_button(cur):
    """The spiral panel's "next speaker" button (the panel built now if it was not)."""
    from PySide6.QtWidgets import QPushButton

    from sus_desktop.core.modes import Panel

    return cur.panels.panel(Panel.SPIRAL).findChild(QPushButton, "next_button")

"""Handing the clock to another laptop (issue 15, roles): one holder per meeting, kept in the
meeting's details, so the rule holds on every laptop, survives a restart and a meeting file,
and reaches the other laptops through the replicated Doc."""

from __future__ import annotations

import json

import pytest

from sus_desktop.core.clock import FakeClock
from sus_desktop.core.commands import (
    FACILITATOR,
    REFERENT,
    Author,
    CommandError,
    HandOverClock,
    MarkSpeaker,
    SetInfo,
    SpiralNextTurn,
    StartNow,
    TakeClock,
    holds_clock,
)
from sus_desktop.core.factory import new_meeting
from sus_desktop.core.session import Session

HOST = Author("pc-host", FACILITATOR)
REF = Author("pc-ref", REFERENT)
T0 = 1_700_000_000.0


def _meeting():
    m = new_meeting("Sødalskolen")
    m.add_participant("Mette Sørensen", "Skoleleder")
    return m


def test_the_holder_runs_the_clock_and_nobody_else():
    m = _meeting()
    host, ref = Session(m, FakeClock(T0), HOST), Session(m, FakeClock(T0), REF)
    with pytest.raises(CommandError, match="facilitatorens bærbare"):
        ref.execute(StartNow())
    with pytest.raises(CommandError):  # a referent cannot give itself the clock
        ref.execute(HandOverClock(to_laptop="pc-ref"))
    with pytest.raises(CommandError):  # nor write the holder as a detail
        ref.execute(SetInfo(fields={"clock_holder": "pc-ref"}))
    with pytest.raises(CommandError):
        ref.execute(TakeClock())

    host.execute(HandOverClock(to_laptop="pc-ref"))
    assert m.info.clock_holder == "pc-ref"
    assert holds_clock(m, REF) and not holds_clock(m, HOST)
    with pytest.raises(CommandError, match="Uret styres fra en anden bærbar"):
        host.execute(StartNow())
    assert not host.runner.started
    with pytest.raises(CommandError):
        host.execute(MarkSpeaker(participant_id=m.participants[0].id))
    ref.execute(StartNow())
    assert ref.runner.started
    ref.execute(MarkSpeaker(participant_id=m.participants[0].id))
    spiral_phase = next(p.id for i in m.agenda for p in i.phases if p.mode == "spiral")
    ref.execute(SpiralNextTurn(phase_id=spiral_phase))
    # A laptop whose id is unknown (no sharing yet) never holds a handed-over clock.
    with pytest.raises(CommandError):
        Session(m, FakeClock(T0), Author("", FACILITATOR)).execute(StartNow())

    # The new holder hands it back; the old one's commands are refused again.
    ref.execute(HandOverClock(to_laptop="pc-host"))
    with pytest.raises(CommandError):
        ref.execute(SpiralNextTurn(phase_id=spiral_phase))
    host.execute(HandOverClock(to_laptop="pc-ref"))
    # The hosting laptop may take it back (the other laptop left for good); the UI asks first.
    host.execute(TakeClock())
    assert m.info.clock_holder == "pc-host" and holds_clock(m, HOST) and not holds_clock(m, REF)


def test_the_holder_survives_the_store_and_the_meeting_file(tmp_path):
    from sus_desktop.storage.meetingfile import export_meeting, import_meeting
    from sus_desktop.storage.store import Store

    m = _meeting()
    store = Store(tmp_path / "a.sqlite3")
    store.attach(m)
    store.save_meeting(m)
    Session(m, FakeClock(T0), HOST).execute(HandOverClock(to_laptop="pc-ref"))
    store.close()
    again = Store(tmp_path / "a.sqlite3")
    assert again.load_meeting(m.id).info.clock_holder == "pc-ref"
    again.close()

    path = export_meeting(m, tmp_path / "m.sus.json")
    data = json.loads(path.read_text("utf-8"))
    assert data["meeting"]["clock_holder"] == "pc-ref"
    assert import_meeting(path).info.clock_holder == "pc-ref"
    # A file from before the hand-over existed: no holder, the host runs the clock.
    del data["meeting"]["clock_holder"]
    path.write_text(json.dumps(data), "utf-8")
    old = import_meeting(path)
    assert old.info.clock_holder == "" and holds_clock(old, HOST) and not holds_clock(old, REF)


def test_the_schema_describes_the_holder():
    from pathlib import Path

    schema = json.loads(
        (
            Path(__file__).resolve().parents[1] / "resources/schema/sus-meeting.schema.json"
        ).read_text("utf-8")
    )
    assert "clock_holder" in schema["$defs"]["meeting"]["properties"]


# --- two replicas in one process ------------------------------------------------------------


def _link(a, b) -> None:
    """Each replica's updates straight into the other (what the transport does), after the
    two-step sync handshake."""
    from pycrdt import create_update_message

    a.listeners.append(lambda u, src: src is not b and b.receive(create_update_message(u), a))
    b.listeners.append(lambda u, src: src is not a and a.receive(create_update_message(u), b))
    for x, y in ((a, b), (b, a)):
        reply = y.receive(x.sync_step1(), x)  # step 1 -> step 2
        if reply is not None:
            x.receive(reply, y)


def test_the_hand_over_replicates_both_ways(tmp_path):
    pytest.importorskip("pycrdt")
    from sus_desktop.core.serialize import meeting_from_dict, meeting_to_dict
    from sus_desktop.sync.replica import Replica
    from sus_desktop.sync.updatelog import UpdateLog

    ma = _meeting()
    mb = meeting_from_dict(json.loads(json.dumps(meeting_to_dict(ma))), keep_id=True)
    sa, sb = Session(ma, FakeClock(T0), HOST), Session(mb, FakeClock(T0), REF)
    ra = Replica(ma, UpdateLog(tmp_path / "a.sqlite3"), sa)
    rb = Replica(mb, UpdateLog(tmp_path / "b.sqlite3"), sb)
    _link(ra, rb)
    # Each laptop is listed on the other (the facilitator's menu offers the referent's).
    assert rb.laptops()["pc-host"]["role"] == FACILITATOR
    assert ra.laptops()["pc-ref"]["role"] == REFERENT

    sa.execute(HandOverClock(to_laptop="pc-ref"))
    assert mb.info.clock_holder == "pc-ref"
    with pytest.raises(CommandError):
        sa.execute(StartNow())
    sb.execute(StartNow())
    assert sa.runner.started and sa.runner.state.running  # the referent's clock, mirrored

    sb.execute(HandOverClock(to_laptop="pc-host"))
    assert ma.info.clock_holder == "pc-host" and holds_clock(ma, HOST)
    with pytest.raises(CommandError):
        sb.execute(StartNow())

    # A restart of the referent's laptop: the Doc from its log, the holder from its store.
    rb.close()
    from sus_desktop.sync import docmap

    rb2 = Replica(mb, UpdateLog(tmp_path / "b.sqlite3"), sb)
    assert str(docmap.roots(rb2.doc)["info"]["clock_holder"]) == "pc-host"
    for r in (ra, rb2):
        r.close()
        r.log.close()


# --- the window, joined to a host process over 127.0.0.1 ------------------------------------


def test_a_referent_window_given_the_clock_shows_its_controls(qtbot, tmp_path, screens, dialogs):
    pytest.importorskip("websockets")
    pytest.importorskip("spake2")
    from test_sync_network import CODE, Proc
    from test_sync_window import WAIT_MS, _seen, _status

    from sus_desktop.core.clock import SystemClock
    from sus_desktop.core.commands import StartClock
    from sus_desktop.storage.meetingfile import export_meeting
    from sus_desktop.storage.store import Store
    from sus_desktop.sync.peer import laptop_id
    from sus_desktop.ui.app import build_main_window

    path = export_meeting(_meeting(), tmp_path / "møde.sus.json")
    host = Proc(["host", str(path), CODE, "0"], tmp_path / "host")
    store = Store(tmp_path / "window.sqlite3")
    ctl = build_main_window(store, SystemClock(), screens, dialogs=dialogs)
    qtbot.addWidget(ctl.window)
    ctl.window.show()
    try:
        port = host.wait(lambda e: e.get("event") == "listening")["port"]
        sync = ctl.sync_ui()
        sync.join(f"127.0.0.1:{port}", CODE)
        qtbot.waitUntil(lambda: "Forbundet" in _status(ctl), timeout=WAIT_MS)
        w, ra = ctl.window, ctl.window.run_actions
        cur = ctl.current
        # A referent: the clock mirrored, no toolbar, no spiral buttons, no "give" menu.
        assert not ra.toggle.isVisible() and not w.toolbar.isVisible()
        assert _spiral_button(cur).isHidden()
        assert not sync.give_menu.menuAction().isVisible()
        assert cur.panels.talk.read_only and cur.panels.talk.hint.isHidden()
        host_pc = next(iter(sync.laptops()))  # the host's laptop, listed through the Doc

        host.send(op="handover", to=laptop_id(store))
        qtbot.waitUntil(lambda: ra.toggle.isVisible(), timeout=WAIT_MS)
        # Now this window is the facilitator's: toolbar, spiral and talk controls, its layout.
        assert w.toolbar.isVisible() and ra.next.isVisible()
        assert not _spiral_button(cur).isHidden()
        assert not cur.panels.talk.read_only and cur.panels.talk.hint.isVisibleTo(cur.panels.talk)
        assert sync.give_menu.menuAction().isVisible() and "uret styres" not in _status(ctl)
        assert cur.run_view.layout_mode == ctl.settings.run_layout
        cur.session.execute(StartClock())
        assert cur.session.runner.state.running and not dialogs.errors
        # The former host's clock commands are refused now, in Danish.
        host.send(op="run", cmd="pause")
        refused = _seen(qtbot, host, lambda e: e.get("event") == "refused")
        assert "Uret styres fra en anden bærbar" in refused["message"]
        assert cur.session.runner.state.running

        # Handed back: this window mirrors the clock again.
        sync.hand_over_to(host_pc, ask=False)
        qtbot.waitUntil(lambda: not ra.toggle.isVisible(), timeout=WAIT_MS)
        assert not w.toolbar.isVisible() and cur.run_view.layout_mode == "referent"
        assert "uret styres fra" in _status(ctl) and "(facilitator)" in _status(ctl)
        # The host's pause counts once the hand-back has reached it (asked again until then).
        for _ in range(40):
            host.send(op="run", cmd="pause")
            try:
                qtbot.waitUntil(lambda: not cur.session.runner.state.running, timeout=500)
                break
            except qtbot.TimeoutError:
                continue
        assert not cur.session.runner.state.running
    finally:
        ctl.shutdown()
        store.close()
        host.stop()


def _spiral_button(cur):
    """The spiral panel's "next speaker" button (the panel built now if it was not)."""
    from PySide6.QtWidgets import QPushButton

    from sus_desktop.core.modes import Panel

    return cur.panels.panel(Panel.SPIRAL).findChild(QPushButton, "next_button")

"""Meetings found on the network (issue 15): the host announces itself by UDP broadcast, and
"Deltag i møde…" lists what it hears. Over 127.0.0.1 only: the host process here is bound to
loopback, so it announces to 127.0.0.1 (the environment may not deliver broadcast); each test
uses its own discovery port, so tests running side by side do not hear each other. Every
process is killed at the end; every wait is bounded."""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from sus_desktop.sync import discovery
from sus_desktop.sync.discovery import Announcement, build, parse

ROOT = Path(__file__).resolve().parents[1]
CODE = "246810"
FP = "3f" * 32
TITLE = "Sødalskolen – 13. marts 2025"


def _free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def port(monkeypatch) -> int:
    p = _free_udp_port()
    monkeypatch.setenv(discovery.PORT_ENV, str(p))
    return p


def _send(port: int, data: bytes) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(data, ("127.0.0.1", port))


# --- the datagram ------------------------------------------------------------------------


def test_a_datagram_round_trips_and_carries_no_more_than_it_should():
    data = build(TITLE, "LÆRER-PC", 8765, FP.upper())
    assert len(data) <= discovery.MAX_DATAGRAM
    got = parse(data, "192.168.1.20")
    assert got == Announcement(TITLE, "LÆRER-PC", "192.168.1.20", 8765, FP)
    assert got.endpoint == "192.168.1.20:8765"
    assert set(json.loads(data)) == {"app", "v", "title", "host", "port", "fp"}
    # As Qt reports a sender on a dual-stack socket.
    assert parse(data, "::ffff:10.0.0.7").address == "10.0.0.7"


def test_a_title_is_cut_and_cleaned_when_built():
    data = build("Skole\x07\u202e  " + "x" * 500, "pc\n", 1, FP)
    got = parse(data, "10.0.0.1")
    assert got.title.startswith("Skole x") and len(got.title) == discovery.MAX_TITLE
    assert got.host == "pc"


def _datagram(**changes) -> bytes:
    obj = {"app": "sus-desktop", "v": 1, "title": TITLE, "host": "pc", "port": 8765, "fp": FP}
    obj.update(changes)
    return json.dumps({k: v for k, v in obj.items() if v is not ...}).encode()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello",
        b"\xff\xfe{}",
        b"[1, 2]",
        b"null",
        b"[" * 500 + b"]" * 500,  # deep, within the size limit
        b" " * 2000 + _datagram(),  # too large
        _datagram(app="other-app"),
        _datagram(v=2),
        _datagram(v=True),
        _datagram(v="1"),
        _datagram(port=0),
        _datagram(port=70000),
        _datagram(port=True),
        _datagram(port="8765"),
        _datagram(port=8765.0),
        _datagram(fp="3f" * 31),
        _datagram(fp="zz" * 32),
        _datagram(fp=None),
        _datagram(title=""),
        _datagram(title="   "),
        _datagram(title="a\nb"),
        _datagram(title="x" * 121),
        _datagram(title=5),
        _datagram(host="h" * 65),
        _datagram(host=None),
        _datagram(host=...),
        _datagram(code=CODE),  # an unknown field: not ours
    ],
)
def test_junk_is_refused(data):
    assert parse(data, "192.168.1.20") is None


@pytest.mark.parametrize("sender", ["", "not-an-ip", "0.0.0.0", "255.255.255.255", "224.0.0.1"])
def test_a_datagram_from_no_real_sender_is_refused(sender):
    assert parse(_datagram(), sender) is None


def test_the_title_is_school_and_date_as_the_window_shows_them():
    from sus_desktop.core.factory import new_meeting

    m = new_meeting("Sødalskolen")
    m.info.date = "2025-03-13"
    assert discovery.meeting_title(m) == TITLE
    m.info.school = ""
    m.info.date = ""
    assert discovery.meeting_title(m) == m.info.title


def test_targets_are_every_broadcast_and_this_machine_unless_bound_to_loopback():
    assert discovery.announce_targets("127.0.0.1") == ["127.0.0.1"]
    targets = discovery.announce_targets("0.0.0.0")
    assert targets[0] == "255.255.255.255" and targets[-1] == "127.0.0.1"
    assert all(t.endswith(".255") for t in targets[1:-1]) or len(targets) == 2


def test_the_announcer_sends_about_once_a_second_until_closed(port):
    import asyncio

    got: list[bytes] = []
    rx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    rx.bind(("127.0.0.1", port))
    rx.settimeout(0.1)

    async def run() -> None:
        a = discovery.Announcer(build(TITLE, "pc", 8765, FP), "127.0.0.1", interval=0.2)
        a.start()
        await asyncio.sleep(0.9)
        a.close()
        await asyncio.sleep(0.5)

    asyncio.run(run())
    while True:
        try:
            got.append(rx.recv(2048))
        except OSError:
            break
    rx.close()
    assert 3 <= len(got) <= 6  # sent at 0, 0.2, ... 0.8 s; none after closing
    assert parse(got[0], "127.0.0.1").title == TITLE


# --- the join dialog -----------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def join_dialog(qtbot, port):
    from sus_desktop.ui.sync.join_dialog import JoinDialog

    clock = Clock()
    dlg = JoinDialog("", clock=clock)
    dlg.fake_clock = clock
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    dlg.close()


def test_the_dialog_lists_what_it_hears_ignores_junk_and_drops_the_silent(qtbot, join_dialog, port):
    dlg = join_dialog
    assert dlg.listening
    assert "Søger" in dlg.found_note.text()
    for junk in (b"junk", _datagram(v=9), _datagram(port=-1), b"{" * 3000):
        _send(port, junk)
    _send(port, build(TITLE, "LÆRER-PC", 8765, FP))
    qtbot.waitUntil(lambda: dlg.found_list.count() == 1, timeout=3000)
    text = dlg.found_list.item(0).text()
    assert TITLE in text and "LÆRER-PC" in text and "127.0.0.1:8765" in text
    assert "Vælg mødet" in dlg.found_note.text()

    # Heard again: listed once.
    _send(port, build(TITLE, "LÆRER-PC", 8765, FP))
    qtbot.wait(200)
    assert dlg.found_list.count() == 1

    # A second meeting appears, listed by title.
    dlg.fake_clock.now += 3
    _send(port, build("Bakkeskolen – 14. marts 2025", "", 9000, "ab" * 32))
    qtbot.waitUntil(lambda: dlg.found_list.count() == 2, timeout=3000)
    texts = [dlg.found_list.item(i).text() for i in range(dlg.found_list.count())]
    assert texts[0] == "Bakkeskolen – 14. marts 2025\n127.0.0.1:9000"
    assert texts[1].startswith(TITLE)

    # Five seconds unheard, and it is gone; the other stays until it too falls silent.
    dlg.fake_clock.now += 1.5
    dlg.prune()
    assert dlg.found_list.count() == 2
    dlg.fake_clock.now += 1
    dlg.prune()
    assert [dlg.found_list.item(i).text() for i in range(dlg.found_list.count())] == [texts[0]]
    dlg.fake_clock.now += 3
    dlg.prune()
    assert dlg.found_list.count() == 0
    # Nothing found: the dialog says why that may be, and what helps.
    note = dlg.found_note.text()
    assert "Skriv adressen" in note and "client isolation" in note and "hotspot" in note


def test_choosing_a_meeting_fills_the_address_and_keeps_its_fingerprint(qtbot, join_dialog, port):
    dlg = join_dialog
    _send(port, build(TITLE, "pc", 8765, FP))
    qtbot.waitUntil(lambda: dlg.found_list.count() == 1, timeout=3000)
    dlg.found_list.setCurrentRow(0)
    assert dlg.address_edit.text() == "127.0.0.1:8765"
    assert dlg.fingerprint() == FP
    assert dlg.code_edit.hasFocus()
    dlg.address_edit.setText("10.0.0.9:8765")  # typed over: nothing pinned
    assert dlg.fingerprint() is None


def test_two_windows_on_one_laptop_both_listen(qtbot, join_dialog, port):
    from sus_desktop.ui.sync.join_dialog import JoinDialog

    other = JoinDialog("")
    qtbot.addWidget(other)
    assert join_dialog.listening and other.listening
    other.close()


# --- a real host process, and the window joining it ----------------------------------------


class HostProc:
    """`python -m sus_desktop host FILE --code CODE --port 0 --bind 127.0.0.1`."""

    def __init__(self, path: Path, data: Path, port: int) -> None:
        env = {
            **os.environ,
            "SUS_DESKTOP_DATA_DIR": str(data),
            discovery.PORT_ENV: str(port),
            "PYTHONUNBUFFERED": "1",
        }
        args = [str(path), "--code", CODE, "--port", "0", "--bind", "127.0.0.1"]
        self.p = subprocess.Popen(
            [sys.executable, "-m", "sus_desktop", "host", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=ROOT,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.p.stdout:
            self.lines.put(line)

    def wait_listening(self, timeout: float = 30.0) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                assert self.p.poll() is None, "the host process ended"
                continue
            if "deles på" in line:
                return line
        raise AssertionError("the host never said it was listening")

    def stop(self) -> None:
        if self.p.poll() is None:
            self.p.kill()
        self.p.wait(timeout=10)


@pytest.fixture
def meeting_file(tmp_path):
    from sus_desktop.core.factory import new_meeting
    from sus_desktop.storage.meetingfile import export_meeting

    m = new_meeting("Sødalskolen")
    m.info.date = "2025-03-13"
    m.add_participant("Mette Sørensen", "Skoleleder")
    m.add_note("Velkomst", item="i1", created_at=1_700_000_000)
    return export_meeting(m, tmp_path / "møde.sus.json"), m


@pytest.fixture
def host(tmp_path, meeting_file, port):
    pytest.importorskip("pycrdt")
    pytest.importorskip("websockets")
    pytest.importorskip("spake2")
    h = HostProc(meeting_file[0], tmp_path / "host", port)
    h.said = h.wait_listening()
    yield h
    h.stop()


@pytest.fixture
def window(qtbot, tmp_path, screens, dialogs):
    from sus_desktop.core.clock import SystemClock
    from sus_desktop.storage.store import Store
    from sus_desktop.ui.app import build_main_window

    store = Store(tmp_path / "window.sqlite3")
    ctl = build_main_window(store, SystemClock(), screens, dialogs=dialogs)
    ctl.window.show()
    yield ctl
    # Closed here, not by qtbot (which deletes the window before this runs): leave the meeting
    # and let the link close before the sync's loop stops.
    task = getattr(ctl.sync, "_task", None)
    if task is not None:
        ctl.sync.stop()
        qtbot.waitUntil(task.done, timeout=10_000)
    ctl.shutdown()
    ctl.window.close()
    ctl.window.deleteLater()
    store.close()


def _status(ctl) -> str:
    lbl = ctl.window.findChild(type(ctl.window.store_label), "sync_status")
    return lbl.text() if lbl is not None and lbl.isVisible() else ""


def test_the_host_announces_its_title_port_and_certificate_but_never_the_code(host, port):
    rx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    rx.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    rx.bind(("127.0.0.1", port))
    rx.settimeout(3.0)
    try:
        data, (sender, _p) = rx.recvfrom(4096)
    finally:
        rx.close()
    assert CODE.encode() not in data and CODE[:3].encode() + b" " not in data
    got = parse(data, sender)
    assert got is not None and got.title == TITLE and got.address == "127.0.0.1"
    assert f"port {got.port}," in host.said
    assert got.fingerprint.startswith(host.said.split("fingeraftryk: ")[1][:16])


def test_a_host_process_is_listed_within_3_s_and_choosing_it_joins(
    qtbot, host, window, meeting_file, shots
):
    _path, m = meeting_file
    window.window.start_view.join_button.click()
    dlg = window.sync.join_dialog
    qtbot.waitUntil(lambda: dlg.found_list.count() == 1, timeout=3000)
    text = dlg.found_list.item(0).text()
    assert TITLE in text and "127.0.0.1:" in text
    dlg.grab().save(str(shots / "join-dialog-found.png"))
    dlg.found_list.setCurrentRow(0)
    address = dlg.address_edit.text()
    assert address.startswith("127.0.0.1:") and address in text
    fp = dlg.fingerprint()
    qtbot.keyClicks(dlg.code_edit, "246 810")
    dlg._check()
    qtbot.waitUntil(lambda: "Forbundet" in _status(window), timeout=20_000)
    assert window.current.session.meeting.id == m.id
    assert window.store.get_setting(f"sync_pin:{address}") == fp


def test_a_listed_meeting_whose_certificate_differs_is_not_joined(
    qtbot, host, window, dialogs, port
):
    """Someone on the network announces the host's port with another certificate: the join
    pins the announced one and refuses the host's (the code alone would have let it in)."""
    window.window.start_view.join_button.click()
    dlg = window.sync.join_dialog
    qtbot.waitUntil(lambda: dlg.found_list.count() == 1, timeout=3000)
    real = dlg.meetings()[0]
    dlg.heard(Announcement("Falsk møde", "x", "127.0.0.1", real.port, "00" * 32))
    assert dlg.found_list.count() == 2
    row = next(i for i in range(2) if "Falsk" in dlg.found_list.item(i).text())
    dlg.found_list.setCurrentRow(row)
    qtbot.keyClicks(dlg.code_edit, CODE)
    dlg._check()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=20_000)
    assert "Kunne ikke forbinde" in dialogs.errors[-1][1]
    assert window.current is None
    assert window.store.list_meetings() == []

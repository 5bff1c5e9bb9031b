"""The SQLite store: what reaches the disk, how little a change costs, and that nothing is lost
when the disk refuses."""

import os
import sqlite3
import stat
import sys

import platformdirs
import pytest

from sus_desktop import paths
from sus_desktop.core.agenda import builtin_agenda
from sus_desktop.core.factory import new_meeting
from sus_desktop.core.meeting import LogEntry, Meeting
from sus_desktop.core.run import Runner
from sus_desktop.core.serialize import meeting_to_dict
from sus_desktop.storage import store as store_mod
from sus_desktop.storage.store import MeetingSummary, Store, StoreError

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def fresh(store: Store, meeting_id: str) -> Meeting:
    """The meeting as a second process would see it: a new connection to the same file."""
    other = Store(store.path)
    try:
        return other.load_meeting(meeting_id)
    finally:
        other.close()


def same(a: Meeting, b: Meeting) -> bool:
    return meeting_to_dict(a) == meeting_to_dict(b)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "data" / "s.sqlite3")
    yield s
    s.close()


# --- paths ----------------------------------------------------------------------------------


@posix
def test_data_dir_comes_from_the_environment_and_is_private(_data_dir):
    assert not _data_dir.exists()
    assert paths.data_dir() == _data_dir
    assert stat.S_IMODE(_data_dir.stat().st_mode) == 0o700
    assert paths.store_path() == _data_dir / "sus-desktop.sqlite3"


def test_data_dir_defaults_to_the_platform_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("SUS_DESKTOP_DATA_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "appdata"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "appdata"))
    expected = platformdirs.user_data_dir("SUS Desktop", "SUS Desktop")
    if not expected.startswith(str(tmp_path)):
        pytest.skip("platform folder not redirectable here")
    assert paths.data_dir() == type(paths.data_dir())(expected)
    assert paths.data_dir().is_dir()


@posix
def test_default_store_is_created_private_in_the_data_dir(_data_dir):
    s = Store()
    assert s.path == _data_dir / "sus-desktop.sqlite3"
    assert stat.S_IMODE(s.path.stat().st_mode) == 0o600
    s.close()


def test_sqlite_settings_suit_network_shares(store):
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not WAL
    assert conn.execute("PRAGMA user_version").fetchone()[0] == store_mod.SCHEMA_VERSION
    conn.close()
    assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


# --- meetings -------------------------------------------------------------------------------


def rich_meeting(clock) -> Meeting:
    m = new_meeting("Vestre Skole", "2025-03-13")
    a = m.add_participant("Anne", "Skoleleder")
    m.add_participant("Bo", "PPR", present=False)
    m.add_note("første", item=m.agenda[0].id, participant=a.id, created_at=clock.now())
    m.add_action("Send data", "Anne", "uge 14", m.agenda[4].id)
    Runner(m, clock).start()
    m.set_extra("talk", {"Anne": 12.5})
    return m


def test_save_and_load_give_back_the_same_meeting(store, clock):
    m = rich_meeting(clock)
    store.save_meeting(m)
    back = fresh(store, m.id)
    assert back.id == m.id and same(back, m)


def test_load_of_an_unknown_meeting_is_a_key_error(store):
    with pytest.raises(KeyError):
        store.load_meeting("m-nope")


def test_attach_persists_every_kind_of_change_at_once(store, clock):
    m = new_meeting("Skole", "2025-03-13")
    store.attach(m)
    assert same(fresh(store, m.id), m)
    a = m.add_participant("Anne", "PPR")
    b = m.add_participant("Bo")
    m.move_participant(b.id, 0)
    m.update_participant(a.id, present=False)
    m.update_info(school="Østre Skole", theme="Trivsel")
    n1 = m.add_note("a", item=m.agenda[0].id, participant=a.id, created_at=clock.now())
    n2 = m.add_note("b", created_at=clock.now())
    n3 = m.add_note("c", created_at=clock.now())
    m.update_note(n1.id, text="a, rettet")
    removed = m.remove_note(n2.id)
    assert same(fresh(store, m.id), m)
    m.restore_note(removed, 1)  # undo puts it back in the middle
    act = m.add_action("Gør noget", "Bo")
    m.update_action(act.id, due="fredag")
    runner = Runner(m, clock)
    runner.start()
    clock.advance(60)
    runner.next()
    runner.add_minutes(2)
    items = m.agenda
    items[2].minutes = 20
    m.agenda_changed()
    m.set_extra("talk", {"x": 1})
    m.set_extra("followup", [1, 2])
    del m.extra["followup"]
    m.set_extra("followup", None)  # overwrite with null survives too
    m.remove_participant(b.id)
    back = fresh(store, m.id)
    assert same(back, m)
    assert [n.id for n in back.notes] == [n1.id, n2.id, n3.id]
    assert back.agenda[2].minutes == 20 and back.info.school == "Østre Skole"


def test_undoing_deletes_in_any_order_keeps_the_note_order(store, clock):
    m = new_meeting("Skole")
    store.attach(m)
    notes = [m.add_note(t, created_at=clock.now()) for t in "abcde"]
    b = m.remove_note(notes[1].id)
    a = m.remove_note(notes[0].id)
    m.add_note("f", created_at=clock.now())
    a.id, b.id = "n-z", "n-a"  # so that a tie in position would sort b first
    m.restore_note(b, 0)
    m.restore_note(a, 0)
    assert [n.text for n in fresh(store, m.id).notes] == list("abcdef")


def test_a_note_change_writes_only_that_note(store, clock):
    m = new_meeting("Skole")
    for i in range(50):
        m.add_note(f"n{i}", created_at=clock.now())
    store.attach(m)
    before = store._conn.total_changes
    note = m.add_note("ny", created_at=clock.now())
    assert store._conn.total_changes - before == 2  # the note row + meeting's updated_at
    before = store._conn.total_changes
    m.update_note(note.id, text="rettet")
    assert store._conn.total_changes - before == 2
    before = store._conn.total_changes
    m.append_log(LogEntry(clock.now(), "start", m.agenda[0].id))
    assert store._conn.total_changes - before <= 3  # one log row + the meeting's state/time


def test_list_meetings_sorts_by_date_then_last_change_and_shows_state(store, clock):
    old = new_meeting("Gammel", "2024-09-01")
    a = new_meeting("A", "2025-03-13")
    b = new_meeting("B", "2025-03-13")
    for m in (old, a, b):
        store.attach(m)
    a.add_note("senest ændret")  # a is now newer than b on the same date
    runner = Runner(a, clock)
    runner.start()
    r_old = Runner(old, clock)
    r_old.start()
    r_old.finish()
    rows = store.list_meetings()
    assert [r.school for r in rows] == ["A", "B", "Gammel"]
    assert [r.state for r in rows] == ["i gang", "ny", "afsluttet"]
    runner.pause()
    assert store.list_meetings()[0] == MeetingSummary(
        a.id,
        "A",
        "2025-03-13",
        "Skoleudviklingssamtale",
        "pause",
        store.list_meetings()[0].updated_at,
    )


def test_delete_meeting(store):
    m = new_meeting("Slet")
    store.attach(m)
    store.delete_meeting(m.id)
    assert store.list_meetings() == []
    m.add_note("efter sletning")  # detached: no resurrection
    assert store.list_meetings() == []
    with pytest.raises(KeyError):
        store.load_meeting(m.id)


def test_settings_hold_json_values(store):
    assert store.get_setting("last_meeting", "ingen") == "ingen"
    store.set_setting("last_meeting", "m123")
    store.set_setting("warn", {"yellow": 0.8, "red": [1, 2]})
    other = Store(store.path)
    assert other.get_setting("last_meeting") == "m123"
    assert other.get_setting("warn") == {"yellow": 0.8, "red": [1, 2]}
    other.close()


def test_agenda_templates(store):
    info, items = builtin_agenda()
    items[0].title = "Velkommen og kaffe"
    store.save_template("Min dagsorden", info, items)
    store.save_template("alfa", info, items[:2])
    assert store.list_templates() == ["alfa", "Min dagsorden"]
    info2, items2 = Store(store.path).load_template("Min dagsorden")
    assert items2[0].title == "Velkommen og kaffe" and info2.theme == info.theme
    assert [i.minutes for i in items2] == [5, 5, 25, 45, 30, 9, 1]
    store.delete_template("alfa")
    assert store.list_templates() == ["Min dagsorden"]
    with pytest.raises(KeyError):
        store.load_template("alfa")


# --- when the disk refuses ------------------------------------------------------------------


def test_full_disk_keeps_notes_in_memory_and_writes_them_on_retry(store, clock):
    """A real SQLITE_FULL: the file may not grow past its current size."""
    m = new_meeting("Skole")
    store.attach(m)
    events = []
    store.on_health_changed.append(lambda ok, problem: events.append((ok, problem)))
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count={pages}")
    texts = ["x" * 5000 + str(i) for i in range(5)]
    for t in texts:
        m.add_note(t, created_at=clock.now())  # must not raise into the UI
    assert not store.healthy and store.pending >= 1
    assert events and events[0][0] is False
    assert store.problem.startswith("Kan ikke gemme i datamappen")
    assert "disken er fuld" in store.problem and "Dine noter er ikke tabt" in store.problem
    assert not store.retry()  # still full
    store._conn.execute("PRAGMA max_page_count=1073741823")
    assert store.retry() and store.healthy and store.problem is None and store.pending == 0
    assert events[-1] == (True, None)
    assert [n.text for n in fresh(store, m.id).notes] == texts


class Flaky:
    """A connection whose writes fail while `broken` (read-only share, unplugged stick)."""

    def __init__(self, conn):
        self.conn, self.broken = conn, False

    def execute(self, sql, *args):
        if self.broken and sql.startswith("BEGIN"):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return self.conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.conn, name)


def test_every_kind_of_change_survives_an_outage(store, clock):
    m = rich_meeting(clock)
    store.attach(m)
    flaky = store._conn = Flaky(store._conn)
    flaky.broken = True
    n = m.add_note("under udfald", created_at=clock.now())
    m.update_note(m.notes[0].id, text="rettet under udfald")
    m.remove_note(n.id)
    m.add_note("igen", created_at=clock.now())
    m.add_participant("Cecilie", "MED")
    m.update_info(location="Aulaen")
    Runner(m, clock).pause()
    m.set_extra("talk", {"Anne": 99})
    store.set_setting("last_meeting", m.id)
    assert not store.healthy and "skrivebeskyttet" in store.problem
    assert store.get_setting("last_meeting") == m.id  # readable while pending
    assert not same(fresh(store, m.id), m)
    flaky.broken = False
    assert store.retry()
    assert same(fresh(store, m.id), m)
    assert Store(store.path).get_setting("last_meeting") == m.id


def test_save_meeting_during_outage_is_kept_too(store):
    flaky = store._conn = Flaky(store._conn)
    flaky.broken = True
    m = new_meeting("Ny under udfald")
    store.save_meeting(m)
    assert not store.healthy
    flaky.broken = False
    store.retry()
    assert same(fresh(store, m.id), m)


def test_close_reports_unsaved_changes(store):
    flaky = store._conn = Flaky(store._conn)
    m = new_meeting("x")
    store.attach(m)
    flaky.broken = True
    m.add_note("ikke gemt")
    assert store.close() is False


@posix
@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root ignores chmod; covered by the Flaky and full-disk tests",
)
def test_read_only_data_dir(tmp_path, clock):
    folder = tmp_path / "share"
    s = Store(folder / "s.sqlite3")
    m = new_meeting("x")
    s.attach(m)
    os.chmod(folder, 0o500)  # no room for the rollback journal
    try:
        m.add_note("skrivebeskyttet", created_at=clock.now())
        assert not s.healthy
    finally:
        os.chmod(folder, 0o700)
    assert s.retry()
    assert fresh(s, m.id).notes[0].text == "skrivebeskyttet"
    s.close()


def test_unopenable_store_starts_anyway_and_recovers(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    s = Store(blocker / "s.sqlite3")
    assert not s.healthy and s.problem.startswith("Kan ikke gemme i datamappen")
    m = new_meeting("Skole")
    s.attach(m)
    m.add_note("gemt i hukommelsen")
    assert s.list_meetings() == []
    blocker.unlink()
    assert s.retry() and s.healthy
    assert fresh(s, m.id).notes[0].text == "gemt i hukommelsen"
    s.close()


# --- corrupt files --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "garbage", [b"this is not sqlite at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_corrupt_store_is_moved_aside_not_deleted(tmp_path, garbage):
    path = tmp_path / "s.sqlite3"
    path.write_bytes(garbage)
    (tmp_path / "s.sqlite3-journal").write_bytes(b"stale")
    s = Store(path)
    aside = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name and "journal" not in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == garbage
    assert not (tmp_path / "s.sqlite3-journal").exists()
    assert s.healthy and "beskadiget" in s.problem and aside[0].name in s.problem
    m = new_meeting("Ny start")
    s.attach(m)
    assert fresh(s, m.id).info.school == "Ny start"
    s.close()


def test_damaged_pages_are_detected(tmp_path, clock):
    path = tmp_path / "s.sqlite3"
    s = Store(path)
    m = rich_meeting(clock)
    for i in range(300):
        m.add_note(f"note {i} " * 20)
    s.save_meeting(m)
    s.close()
    data = bytearray(path.read_bytes())
    data[8192:12288] = b"\x00\x13" * 2048  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    s2 = Store(path)
    assert s2.problem and "beskadiget" in s2.problem
    # Since issue 12 what is readable is salvaged: the meeting is back, minus the damaged page.
    assert [x.id for x in s2.list_meetings()] == [m.id]
    back = s2.load_meeting(m.id)
    assert 0 < len(back.notes) <= len(m.notes)
    assert all(n.text == m.note(n.id).text for n in back.notes)
    assert len(list(tmp_path.glob("s.sqlite3.corrupt-*"))) == 1
    s2.close()


def test_no_qt_in_storage():
    code = (
        "import sys, sus_desktop.storage.store, sus_desktop.storage.meetingfile, "
        "sus_desktop.paths; sys.exit('PySide6' in sys.modules)"
    )
    import subprocess

    assert (
        subprocess.run(
            [sys.executable, "-c", code], cwd=store_mod.__file__.rsplit("sus_desktop", 1)[0]
        ).returncode
        == 0
    )


def test_user_actions_during_an_outage_say_so_in_danish(store):
    flaky = store._conn = Flaky(store._conn)
    info, items = builtin_agenda()
    flaky.broken = True
    with pytest.raises(StoreError, match="Dagsordenen «Min» kunne ikke gemmes"):
        store.save_template("Min", info, items)
    with pytest.raises(StoreError, match="Mødet kunne ikke slettes"):
        store.delete_meeting("m1")

"""A damaged store: the user is told what happened, what can be read is salvaged row by row
into the new store, a damaged row is skipped and reported instead of refusing the meeting,
and no setting can stop a start."""

from __future__ import annotations

import sqlite3

from sus_desktop.core.factory import new_meeting
from sus_desktop.storage.store import Store


def stored(tmp_path, clock, notes=596):
    path = tmp_path / "sus.sqlite3"
    s = Store(path)
    m = new_meeting("Sødalskolen", "2025-03-13")
    s.attach(m)
    m.add_participant("Anne", "Skoleleder")
    for i in range(notes):
        m.add_note(f"note {i}", item=m.agenda[0].id, created_at=clock.now())
    s.set_setting("last_meeting", m.id)
    s.save_template("Vores", m.agenda_info, m.agenda)
    s.close()
    return path, m


def test_a_damaged_header_is_set_aside_and_every_note_salvaged(tmp_path, clock):
    path, m = stored(tmp_path, clock)
    with open(path, "r+b") as f:  # 6 header bytes changed
        f.write(b"XXXXXX")
    s = Store(path)
    assert s.notice and "beskadiget" in s.notice and "1 møde(r)" in s.notice
    assert list(tmp_path.glob("sus.sqlite3.corrupt-*"))  # never deleted
    back = s.load_meeting(m.id)
    assert len(back.notes) == 596 and back.participants[0].name == "Anne"
    assert s.get_setting("last_meeting") == m.id and s.list_templates() == ["Vores"]


def test_a_file_with_nothing_readable_says_so(tmp_path):
    path = tmp_path / "sus.sqlite3"
    path.write_bytes(b"\x00" * 8192)
    s = Store(path)
    assert s.notice and "Intet kunne læses" in s.notice
    assert s.list_meetings() == []


def test_a_damaged_row_is_skipped_and_reported_not_the_whole_meeting(tmp_path, clock):
    path, m = stored(tmp_path, clock, notes=5)
    conn = sqlite3.connect(path)
    row_id = m.notes[2].id
    conn.execute("UPDATE rows SET json=? WHERE row_id=?", ('{"id": "x"}}', row_id))
    conn.execute("UPDATE rows SET json=CAST(X'7B22FF22' AS TEXT) WHERE row_id=?", (m.notes[3].id,))
    conn.commit()
    conn.close()
    back = Store(path).load_meeting(m.id)
    assert [n.text for n in back.notes] == ["note 0", "note 1", "note 4"]
    assert back.problems and all("note" in p for p in back.problems)


def test_a_damaged_setting_cannot_stop_a_start(tmp_path, clock):
    path, m = stored(tmp_path, clock, notes=1)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE settings SET json='{{{' WHERE key='last_meeting'")
    conn.execute(
        "INSERT OR REPLACE INTO settings(key, json) VALUES ('draft:' || ?, 'nej')", (m.id,)
    )
    conn.commit()
    conn.close()
    s = Store(path)
    assert s.get_setting("last_meeting", "") == ""
    assert s.get_draft(m.id) == ""


def test_the_window_says_what_happened_to_a_damaged_store(tmp_path, clock, qtbot):
    from test_ui_support import LAPTOP, FakeDialogs

    from sus_desktop.ui.app import build_main_window
    from sus_desktop.ui.projector.screens import FakeScreenProvider

    path, m = stored(tmp_path, clock, notes=3)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE rows SET json='{' WHERE row_id=?", (m.notes[1].id,))
    conn.commit()
    conn.close()
    with open(path, "r+b") as f:
        f.write(b"XXXXXX")
    dialogs = FakeDialogs()
    store = Store(path)
    ctl = build_main_window(store, clock, FakeScreenProvider([LAPTOP]), dialogs)
    qtbot.addWidget(ctl.window)
    qtbot.waitUntil(lambda: bool(dialogs.infos))
    assert "beskadiget" in dialogs.infos[0][1]
    assert ctl.window.start_view.table.rowCount() == 1  # the meeting is listed, not "Ingen møder"
    ctl.open_stored(m.id)
    qtbot.waitUntil(lambda: len(dialogs.infos) == 2)
    assert "sprunget over" in dialogs.infos[1][1]
    assert [n.text for n in ctl.current.session.meeting.notes] == ["note 0", "note 2"]
    ctl.shutdown()
    store.close()

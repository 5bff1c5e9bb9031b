"""The note list with thousands of notes: Enter adds one row (no rebuild), whatever the
filter, after the note is committed to the store, and the list follows the newest note."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from sus_desktop.core.factory import new_meeting
from sus_desktop.ui.run.notes_panel import NotePanel
from sus_desktop.ui.session import MeetingSession


def meeting_with_notes(n: int, clock):
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    people = [m.add_participant(f"Deltager {k + 1}", "Lærer") for k in range(12)]
    for k in range(n):
        m.add_note(
            f"Note {k}: " + "noget der blev sagt " * 5,
            item=m.agenda[k % 7].id,
            participant=people[k % 12].id,
            created_at=clock.now(),
        )
    return m


class Signals:
    def __init__(self, model) -> None:
        self.events: list[str] = []
        model.modelReset.connect(lambda: self.events.append("reset"))
        model.rowsInserted.connect(lambda _p, a, b: self.events.append(f"insert {a}-{b}"))
        model.rowsRemoved.connect(lambda _p, a, b: self.events.append(f"remove {a}-{b}"))


@pytest.fixture
def running_panel(qtbot, clock, tmp_path):
    from sus_desktop.storage.store import Store

    store = Store(tmp_path / "store.sqlite3")
    m = meeting_with_notes(5000, clock)
    store.save_meeting(m)
    s = MeetingSession(m, clock, store)
    s.runner.start()
    p = NotePanel(s)
    qtbot.addWidget(p)
    p.resize(420, 700)
    p.show()
    qtbot.waitExposed(p)
    yield p, store, tmp_path / "store.sqlite3"
    s.close()
    store.close()


@pytest.mark.parametrize("which", ["item", "all"])
def test_enter_with_5000_notes_adds_one_row_after_the_commit(qtbot, running_panel, which):
    p, store, path = running_panel
    p.filter.setCurrentIndex(p.filter.findData(which))
    before = len(p.row_texts())
    assert before == (5000 if which == "all" else 715)  # item 1 holds every 7th note
    seen = Signals(p.model)
    committed = []

    def on_insert(_parent, first, last):  # the row appears: is the note on disk yet?
        nid = p.model.note_id(first)
        with sqlite3.connect(path) as other:
            committed.append(
                other.execute("SELECT COUNT(*) FROM rows WHERE row_id=?", (nid,)).fetchone()[0]
            )

    p.model.rowsInserted.connect(on_insert)
    qtbot.keyClicks(p.edit, "Pauserne er for korte")
    qtbot.keyClick(p.edit, Qt.Key.Key_Return)
    assert seen.events == [f"insert {before}-{before}"]  # no reset, no rebuild
    assert committed == [1]
    rows = p.row_texts()
    assert len(rows) == before + 1 and rows[-1].endswith("Pauserne er for korte")
    bar = p.list.verticalScrollBar()
    assert bar.value() == bar.maximum()  # the newest note is in view


def test_filter_search_delete_and_names_update_rows_in_place(qtbot, clock):
    from test_ui_notes import FakeStore

    m = meeting_with_notes(40, clock)
    s = MeetingSession(m, clock, FakeStore())
    s.runner.start()
    p = NotePanel(s)
    qtbot.addWidget(p)
    p.filter.setCurrentIndex(p.filter.findData("all"))
    assert len(p.row_texts()) == 40
    p.search.setText("note 3")  # Note 3, Note 30 … 39
    assert [r.split("\n")[1][:7] for r in p.row_texts()] == ["Note 3:"] + [
        f"Note 3{k}" for k in range(10)
    ]
    p.search.setText("")
    seen = Signals(p.model)
    victim = m.notes[5]
    m.remove_note(victim.id)  # what a delete command does (marks it deleted)
    assert seen.events == ["remove 5-5"]
    assert all("Note 5:" not in r for r in p.row_texts())
    m.restore_note(victim)  # undo: the same row comes back in its place
    assert seen.events == ["remove 5-5", "insert 5-5"]
    m.update_note(victim.id, text="Rettet tekst")
    assert p.row_texts()[5].endswith("Rettet tekst") and seen.events[-1] == "insert 5-5"
    # a participant renamed: every line shows the new name
    m.update_participant(m.participants[0].id, name="Anna Holm")
    assert "Anna Holm" in p.row_texts()[0]


def test_a_long_note_shows_whole_wrapped_to_the_width_and_as_a_tooltip(qtbot, clock):
    """A referent reads back what they typed: the row is as tall as the wrapped text (it was
    one line with "…"), is measured again when the list gets wider, and the tooltip holds it."""
    from PySide6.QtGui import QFontMetrics
    from test_ui_notes import FakeStore

    m = meeting_with_notes(3, clock)
    s = MeetingSession(m, clock, FakeStore())
    s.runner.start()
    p = NotePanel(s)
    qtbot.addWidget(p)
    p.resize(320, 600)
    p.show()
    qtbot.waitExposed(p)
    long_text = "Skolen vil arbejde med " + "feedback i alle fag og på alle årgange " * 8 + "SLUT"
    qtbot.keyClicks(p.edit, long_text)
    qtbot.keyClick(p.edit, Qt.Key.Key_Return)
    row = p.model.rowCount() - 1
    ix = p.model.index(row)
    assert p.model.data(ix, Qt.ItemDataRole.ToolTipRole).endswith(long_text)

    def needed(width: int) -> int:
        fm = QFontMetrics(p.list.font())
        flags = Qt.TextFlag.TextWordWrap.value
        return fm.boundingRect(0, 0, width, 10_000, flags, p.model.data(ix)).height()

    def shown() -> int:
        return p.list.visualRect(ix).height()

    width = p.list.viewport().width()
    assert shown() >= needed(width - 8) > 5 * QFontMetrics(p.list.font()).lineSpacing()
    bar = p.list.verticalScrollBar()
    assert bar.value() == bar.maximum()  # the newest note is in view
    tall = shown()
    p.resize(900, 600)
    qtbot.waitUntil(lambda: p.list.viewport().width() > 800)
    assert needed(p.list.viewport().width() - 8) <= shown() < tall

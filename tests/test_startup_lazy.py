"""Reopening a running meeting builds what its first frame shows and writes nothing: the
Forberedelse and Referat tabs and the start screen are built when first shown, and show
the meeting as before once they are; the store file is byte for byte what it was."""

from __future__ import annotations

import hashlib

from sus_desktop.core.commands import AddParticipant
from sus_desktop.ui.app import build_main_window, last_meeting
from sus_desktop.ui.common.settings import LAST_MEETING


def running_meeting_in_store(store, clock):
    from sus_desktop.core.factory import new_meeting
    from sus_desktop.core.run import Runner

    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    for k in range(3):
        m.add_participant(f"Deltager {k + 1}", "Lærer")
    clock.set(Runner(m, clock).planned_start())
    Runner(m, clock).start()
    for k in range(20):
        m.add_note(f"Note {k}", item=m.agenda[0].id, created_at=clock.now())
    store.save_meeting(m)
    store.set_setting(LAST_MEETING, m.id)
    return m


def reopen(qtbot, store, clock, screens, dialogs):
    meeting = last_meeting(store)
    ctl = build_main_window(store, clock, screens, dialogs=dialogs, start=meeting is None)
    qtbot.addWidget(ctl.window)
    ctl.open_meeting(meeting)
    ctl.window.show()
    qtbot.waitExposed(ctl.window)
    return ctl


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reopening_a_running_meeting_writes_nothing(qtbot, store, clock, screens, dialogs):
    running_meeting_in_store(store, clock)
    store.close()
    before = digest(store.path)
    from sus_desktop.storage.store import Store

    again = Store(store.path)
    ctl = reopen(qtbot, again, clock, screens, dialogs)
    assert ctl.window.tabs.currentWidget() is ctl.current.run_view
    qtbot.wait(50)
    ctl.shutdown()
    assert again.close()
    assert digest(store.path) == before


def test_hidden_tabs_and_the_start_screen_are_built_when_shown(
    qtbot, store, clock, screens, dialogs
):
    m = running_meeting_in_store(store, clock)
    ctl = reopen(qtbot, store, clock, screens, dialogs)
    tabs, cur = ctl.window.tabs, ctl.current
    assert [tabs.tabText(n) for n in range(tabs.count())] == [
        "Forberedelse",
        "Afvikling",
        "Referat",
    ]
    assert not cur.prep_page.is_built and not cur.minutes_page.is_built
    assert ctl.window._start_view is None  # the start screen: not built for a reopen
    # The run view is on screen with the notes of the current item.
    assert cur.panels.notes.list.isVisible() and len(cur.panels.notes.row_texts()) == 20

    tabs.setCurrentIndex(0)  # as a click on the tab
    qtbot.waitUntil(lambda: tabs.widget(0) is cur.prep)
    prep = tabs.currentWidget()
    assert prep is cur.prep and prep.isVisible()
    table = prep.participants.table
    assert [table.model().index(r, 0).data() for r in range(table.model().rowCount())] == [
        "Deltager 1",
        "Deltager 2",
        "Deltager 3",
    ]
    # Last year's follow-up is under the participants, as before.
    assert prep.isAncestorOf(cur.panels.followup_prep) and cur.panels.followup_prep.isVisible()
    # A change made before the tab was built shows too: the page reads the meeting.
    cur.session.execute(AddParticipant(name="Mette Kragh", role="Skoleleder"))
    assert table.model().rowCount() == 4

    tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: tabs.widget(2) is cur.minutes)
    assert tabs.currentWidget() is cur.minutes and cur.minutes.sections_list.count() > 0

    ctl.close_meeting()  # to the start screen: built now, and lists the meeting
    sv = ctl.window.start_view
    assert ctl.window.stack.currentWidget() is sv and sv.isVisible()
    assert sv.table.rowCount() == 1 and sv.table.item(0, 0).text() == "Sødalskolen"
    assert m.id  # the meeting stays in the store

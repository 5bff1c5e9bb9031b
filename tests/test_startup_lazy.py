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


# --- what a reopen imports ------------------------------------------------------------
# Modules a reopened running meeting's first frame does not show: each is imported where it
# is first used (a click, a key, a tab). Asserted in a fresh process, after the first paint.
NOT_AT_REOPEN = {
    "sus_desktop.ui.run.followup_panel",  # the tab beside the notes, and the preparation's
    "sus_desktop.ui.run.rebalance_dialog",  # Ctrl+R
    "sus_desktop.ui.run.run_questions",  # Space / Right, asked only when a key is pressed
    "sus_desktop.ui.common.quit_guard",  # closing the window
    "sus_desktop.ui.common.settings_dialog",
    "sus_desktop.ui.start.start_view",
    "sus_desktop.ui.prep.prep_view",
    "sus_desktop.ui.minutes.minutes_view",
    "sus_desktop.ui.sync.sync_controller",  # sharing: a meeting never shared
    "sus_desktop.ui.projector.projector_window",  # no projector open
    "sus_desktop.ui.modes.spiral_panel",  # the modes not current at the first item
    "sus_desktop.ui.modes.reflection_view",
    "sus_desktop.ui.modes.decision_panel",
    "sus_desktop.storage.meetingfile",
    "sus_desktop.export",
    "sus_desktop.sync",
    "sus_desktop.core.factory",
}
# Qt classes only the deferred modules use (creating a PySide6 class builds its enums).
QT_NOT_AT_REOPEN = {
    "QTableWidget",  # the follow-up
    "QTableWidgetItem",
    "QDialogButtonBox",  # the rebalance dialog
    "QFormLayout",
    "QRadioButton",
    "QSpinBox",
    "QMessageBox",  # ui/common/dialogs.py: each imported where asked
    "QFileDialog",
    "QInputDialog",  # editing a note (double-click): ui/run/notes_panel.py
    "QDialog",
    "QCompleter",  # the "@name" completion, built at the first "@"
    "QStringListModel",
    "QTextCursor",  # moving the note field's cursor (a restored draft, a completion)
    "QAbstractSpinBox",  # run_actions.is_text_input asks by class name at each focus change
}

_REPORT = """
import json, sys

def report(path):
    mods = sorted(m for m in sys.modules if m.startswith("sus_desktop"))
    qt = sorted(
        name
        for m in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
        if m in sys.modules
        for name, value in vars(sys.modules[m]).items()
        if isinstance(value, type)
    )
    with open(path, "w") as f:
        json.dump({"modules": mods, "qt": qt}, f)
"""

# The real start: `sus-desktop` with no arguments, quitting at the first idle (the
# benchmark's probe), which reports what is loaded by then.
_RUN_APP = (
    _REPORT
    + """
from sus_desktop.ui.common import startup_probe

def _report(self, _base=startup_probe.FirstPaintProbe._report):
    report(sys.argv[1])
    _base(self)

startup_probe.FirstPaintProbe._report = _report
from sus_desktop.cli import main
sys.exit(main([]))
"""
)

# The controller opening a running meeting, as the tests build the window.
_CONTROLLER = (
    _REPORT
    + """
from PySide6.QtWidgets import QApplication
from sus_desktop.core.clock import SystemClock
from sus_desktop.storage.store import Store
from sus_desktop.ui.app import build_main_window, last_meeting
from sus_desktop.ui.projector.screens import QtScreenProvider

app = QApplication([])
store = Store()
meeting = last_meeting(store)
ctl = build_main_window(store, SystemClock(), QtScreenProvider(), start=meeting is None)
ctl.open_meeting(meeting)
ctl.window.show()
for _ in range(5):
    app.processEvents()
assert ctl.window.tabs.currentWidget() is ctl.current.run_view
report(sys.argv[1])
ctl.shutdown()
store.close()
"""
)


def _data_folder_with_running_meeting(folder):
    from sus_desktop.core.clock import SystemClock
    from sus_desktop.core.factory import new_meeting
    from sus_desktop.core.run import Runner
    from sus_desktop.paths import STORE_NAME
    from sus_desktop.storage.store import Store

    store = Store(folder / STORE_NAME)
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    people = [m.add_participant(f"Deltager {k + 1}", "Lærer") for k in range(4)]
    Runner(m, SystemClock()).start()
    for k in range(40):
        m.add_note(f"Note {k}", item=m.agenda[0].id, participant=people[k % 4].id)
    store.save_meeting(m)
    store.set_setting(LAST_MEETING, m.id)
    store.close()


def _loaded_at_reopen(tmp_path, code) -> dict:
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    folder = tmp_path / "data"
    folder.mkdir()
    _data_folder_with_running_meeting(folder)
    out = tmp_path / "loaded.json"
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, SUS_DESKTOP_DATA_DIR=str(folder), QT_QPA_PLATFORM="offscreen")
    env["SUS_DESKTOP_QUIT_WHEN_IDLE"] = "1"
    env["PYTHONPATH"] = os.pathsep.join([str(root), env.get("PYTHONPATH", "")])
    res = subprocess.run(
        [sys.executable, "-c", code, str(out)],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    return json.loads(out.read_text())


def _too_early(loaded: dict) -> list[str]:
    return sorted(
        m
        for m in loaded["modules"]
        if any(m == name or m.startswith(name + ".") for name in NOT_AT_REOPEN)
    ) + sorted(QT_NOT_AT_REOPEN & set(loaded["qt"]))


def test_a_reopen_through_run_app_loads_only_what_the_first_frame_shows(tmp_path):
    loaded = _loaded_at_reopen(tmp_path, _RUN_APP)
    assert "sus_desktop.ui.run.run_view" in loaded["modules"]  # the run view was shown
    assert "sus_desktop.ui.run.notes_panel" in loaded["modules"]
    assert _too_early(loaded) == []


def test_the_controller_reopening_a_meeting_loads_only_what_the_first_frame_shows(tmp_path):
    loaded = _loaded_at_reopen(tmp_path, _CONTROLLER)
    assert "sus_desktop.ui.run.run_view" in loaded["modules"]
    assert _too_early(loaded) == []


def test_what_a_reopen_leaves_unloaded_works_when_first_used(qtbot, store, clock, screens, dialogs):
    """The first Space, the first Ctrl+R and the first look at the follow-up tab, each
    loading its module then."""
    from PySide6.QtWidgets import QDialog

    running_meeting_in_store(store, clock)
    ctl = reopen(qtbot, store, clock, screens, dialogs)
    cur, ra = ctl.current, ctl.window.run_actions
    runner = cur.session.runner
    assert runner.running

    ra.toggle.trigger()  # Space: pause
    assert not runner.running and ra.toggle.text() == "Fortsæt"
    ra.toggle.trigger()
    assert runner.running

    ra.rebalance.trigger()  # Ctrl+R: the proposal opens over the window
    dlg = cur.run.active_dialog
    assert isinstance(dlg, QDialog)
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.windowTitle() == "Genberegn resten af mødet" and dlg.summary.text()
    dlg.reject()
    qtbot.waitUntil(lambda: cur.run.active_dialog is None)

    side = ctl.window.findChild(type(ctl.window.tabs), "notes_tabs")
    assert side.tabText(1) == "Opfølgning på sidste samtale"
    side.setCurrentIndex(1)  # as a click on the tab
    qtbot.waitUntil(lambda: side.widget(1) is cur.panels.followup_run)
    panel = cur.panels.followup_run
    qtbot.waitUntil(lambda: panel.isVisible() and panel.table.isVisible())
    assert panel.import_button.text() == "Importér sidste års mødefil…"
    assert side.currentWidget() is panel

"""Start screen and preparation view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sus_desktop.core.clock import FakeClock
from sus_desktop.ui.app import build_main_window, reopen_last


def test_new_meeting_in_one_click_and_recent_list(app_ctl, qtbot):
    sv = app_ctl.window.start_view
    assert sv.empty_label.isVisibleTo(sv)
    assert sv.template_combo.currentText() == "Standard: SUS 2025 (120 min)"
    qtbot.mouseClick(sv.new_button, Qt.MouseButton.LeftButton)
    m = app_ctl.current.session.meeting
    assert [i.minutes for i in m.agenda] == [5, 5, 25, 45, 30, 9, 1]
    assert app_ctl.window.tabs.tabText(0) == "Forberedelse"
    m.update_info(school="Sødalskolen")
    app_ctl.window.home_action.trigger()
    assert sv.table.rowCount() == 1
    assert sv.table.item(0, 0).text() == "Sødalskolen"
    assert sv.table.item(0, 1).text() == "13. marts 2025"
    assert sv.table.item(0, 2).text() == "Ikke startet"


def test_delete_asks_first(app_ctl, dialogs):
    app_ctl.new_meeting("")
    app_ctl.close_meeting()
    sv = app_ctl.window.start_view
    dialogs.answers["confirm"] = False
    sv.delete_button.click()
    assert sv.table.rowCount() == 1 and len(dialogs.confirms) == 1
    dialogs.answers["confirm"] = True
    sv.delete_button.click()
    assert sv.empty_label.isVisibleTo(sv)


def test_export_and_import_meeting_file(app_ctl, dialogs, tmp_path):
    m = app_ctl.new_meeting("")
    m.update_info(school="Engdalskolen")
    dialogs.answers["save_path"] = tmp_path / "x.sus.json"
    app_ctl.window.export_action.trigger()
    assert (tmp_path / "x.sus.json").exists()
    app_ctl.close_meeting()
    dialogs.answers["open_path"] = tmp_path / "x.sus.json"
    app_ctl.window.start_view.import_button.click()
    assert app_ctl.current.session.meeting.info.school == "Engdalskolen"
    bad = tmp_path / "bad.sus.json"
    bad.write_text("{ not json", encoding="utf-8")
    assert app_ctl.import_file(bad) is None
    assert dialogs.errors and "Filen" in dialogs.errors[-1][1]


def test_template_save_and_new_from_template(app_ctl, dialogs):
    m = app_ctl.new_meeting("")
    m.agenda[6].minutes = 3
    m.agenda_changed()
    dialogs.answers["text"] = "Min skole"
    app_ctl.current.prep.agenda.save_template_button.click()
    app_ctl.close_meeting()
    sv = app_ctl.window.start_view
    sv.template_combo.setCurrentIndex(sv.template_combo.findData("Min skole"))
    sv.new_button.click()
    assert app_ctl.current.session.meeting.agenda[6].minutes == 3


def test_totals_and_phase_mismatch_live(app_ctl):
    app_ctl.new_meeting("")
    ed = app_ctl.current.prep.agenda
    assert ed.total_label.text() == "Dagsorden: 120 min · Tid til rådighed: 13.00–15.00 (120 min)"
    # item 4's summary phase is optional in the source: information, not a warning (issue 11)
    assert ed.mismatch_label.text() == (
        "ℹ Punkt 4: faserne 42 min uden den valgfri fase, 47 min med (punktet har 45 min)"
    )
    assert "⚠" not in ed.mismatch_label.text()
    m = app_ctl.current.session.meeting
    phase = m.agenda[3].phases[3]
    ed.select(phase.id)
    assert ed.form_stack.currentWidget() is ed.phase_page
    ed.phase_minutes.setValue(3)
    assert ed.mismatch_label.isHidden()  # 2 + 25 + 15 + 3 = 45
    assert m.agenda[3].phases[3].minutes == 3
    assert ed.phase_minutes.text() == "3 min"  # whole minutes without ",0"
    ed.phase_minutes.setValue(2.5)
    comma = ed.phase_minutes.locale().decimalPoint()  # "," in the app (Danish locale)
    assert ed.phase_minutes.text() == f"2{comma}5 min" and m.agenda[3].phases[3].minutes == 2.5
    ed.phase_minutes.setValue(3)
    ed.select(m.agenda[2].id)
    ed.item_minutes.setValue(30)
    assert ed.item_minutes.text() == "30 min"
    assert ed.total_label.text().startswith("Dagsorden: 125 min")
    assert "5 min for meget" in ed.total_label.text()
    assert "⚠ Punkt 3: faserne 25 min mod 30 min" in ed.mismatch_label.text()
    app_ctl.current.prep.details.end.setTime(app_ctl.current.prep.details.end.time().addSecs(600))
    assert "13.00–15.10 (130 min)" in ed.total_label.text()


def test_agenda_editing(app_ctl, dialogs):
    app_ctl.new_meeting("")
    ed = app_ctl.current.prep.agenda
    m = app_ctl.current.session.meeting
    first = m.agenda[0].id
    ed.select(first)
    ed.down_button.click()
    assert [i.number for i in m.agenda] == [1, 2, 3, 4, 5, 6, 7]
    assert m.agenda[1].id == first
    assert ed.model.index(1, 0).data() == "2. Velkomst og præsentationsrunde"
    ed.up_button.click()
    assert m.agenda[0].id == first
    item = ed.add_item()
    assert m.agenda[1] is item and ed.item_title.text() == "Nyt punkt"
    ed.item_title.setText("Kaffe")
    ed.item_title.editingFinished.emit()
    assert item.title == "Kaffe"
    ed.item_fixed.setChecked(True)
    assert item.fixed and ed.model.index(1, 3).data() == "Fast"
    ed.add_phase()
    assert len(item.phases) == 1
    ed.phase_mode.setCurrentIndex(ed.phase_mode.findText("Spiralsamtale"))
    ed.phase_questions.setPlainText("Hvad så?\n\nHvad nu?")
    # Each keystroke is a command now; a focus-out changes nothing more (simulated below).
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(ed.phase_questions, QFocusEvent(QEvent.Type.FocusOut))
    assert item.phases[0].questions == ["Hvad så?", "Hvad nu?"]
    assert item.phases[0].mode.value == "spiral"
    ed.select(item.id)
    ed.remove()
    assert item not in m.agenda
    # Drag and drop is a model move.
    last = m.agenda[-1].id
    ed.model.move_to(last, 0, ed.model.index(-1, -1))
    assert m.agenda[0].id == last
    dialogs.answers["confirm"] = False
    ed.reset_button.click()
    assert m.agenda[0].id == last
    dialogs.answers["confirm"] = True
    ed.reset_button.click()
    assert m.agenda[0].title == "Velkomst og præsentationsrunde"


def test_details_and_participants(app_ctl):
    app_ctl.new_meeting("")
    prep = app_ctl.current.prep
    m = app_ctl.current.session.meeting
    assert prep.details.focus.placeholderText() == "Formulér læringsfokus gerne som et spørgsmål"
    assert prep.details.date.text() == "13. marts 2025"
    assert prep.details.start.text() == "13.00"
    prep.details.school.setText("Sødalskolen")
    prep.details.school.editingFinished.emit()
    assert m.info.school == "Sødalskolen"
    pv = prep.participants
    pv.add()
    model = pv.model
    model.setData(model.index(0, 0), "Anna")
    model.setData(model.index(0, 1), "Skoleleder")
    model.setData(model.index(0, 2), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    p = m.participants[0]
    assert (p.name, p.role, p.present) == ("Anna", "Skoleleder", False)
    assert model.index(0, 2).data() == "Nej"
    editor = pv.table.itemDelegateForColumn(1).createEditor(pv.table, None, model.index(0, 1))
    assert editor.isEditable() and editor.findText("PUF-konsulent") >= 0


def test_reopen_restores_running_clock(qtbot, store, screens, dialogs):
    clock = FakeClock()
    ctl = build_main_window(store, clock, screens, dialogs=dialogs)
    qtbot.addWidget(ctl.window)
    ctl.new_meeting("")
    clock.set(ctl.current.session.runner.planned_start())
    ctl.current.session.runner.start()
    clock.advance(100)
    ctl.shutdown()  # the app closes with the clock running
    clock.advance(20)
    ctl2 = build_main_window(store, clock, screens, dialogs=dialogs)
    qtbot.addWidget(ctl2.window)
    assert reopen_last(ctl2)
    assert ctl2.window.tabs.currentIndex() == 1
    assert ctl2.current.run_view.countdown_label.text() == "3:00"
    assert ctl2.current.session.runner.running
    ctl2.shutdown()


def test_store_problem_shown(app_ctl):
    app_ctl.store.healthy, app_ctl.store.problem = False, "disken er fuld"
    app_ctl._show_store_health()
    assert "Kunne ikke gemme: disken er fuld" in app_ctl.window.store_label.text()
    assert app_ctl.window.store_retry.isVisibleTo(app_ctl.window)


def test_full_disk_warns_keeps_notes_and_writes_them_when_it_can(app_ctl, qtbot, monkeypatch):
    """A full data disk: a visible warning, nothing typed is dropped, and the notes reach the
    disk by themselves once there is room again (no click needed)."""
    import sus_desktop.ui.app_controller as ac
    from sus_desktop.storage.store import Store

    monkeypatch.setattr(ac, "STORE_RETRY_MS", 50)
    store = app_ctl.store
    meeting = app_ctl.new_meeting("")
    app_ctl._store_retry_timer.setInterval(50)
    conn = store._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count={pages}")
    panel = app_ctl.current.panels.notes
    texts = [f"Note nummer {i} " + "x" * 4000 for i in range(4)]
    for t in texts:
        panel.edit.setPlainText(t)
        qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    label = app_ctl.window.store_label
    assert label.text().startswith("⚠") and "disken er fuld" in label.text()
    assert [n.text for n in meeting.notes][-4:] == texts  # still in the meeting
    conn.execute("PRAGMA max_page_count=1073741823")  # room again
    qtbot.waitUntil(lambda: store.healthy, timeout=3000)
    assert label.text() == "Alt er gemt automatisk."
    other = Store(store.path)
    assert [n.text for n in other.load_meeting(meeting.id).notes][-4:] == texts
    other.close()


def test_bad_meeting_files_leave_the_store_untouched(app_ctl, dialogs, tmp_path):
    """Opening a corrupt, foreign, newer or truncated file: a Danish message, no crash, and
    the meetings already in the store are exactly as before."""
    import json

    from sus_desktop.core.serialize import meeting_to_dict
    from sus_desktop.storage.meetingfile import dumps_meeting

    m = app_ctl.new_meeting("")
    m.update_info(school="Sødalskolen")
    m.add_note("Vigtig note", item=m.agenda[0].id, created_at=1741870800.0)
    app_ctl.close_meeting()
    before = [
        meeting_to_dict(app_ctl.store.load_meeting(s.id)) for s in app_ctl.store.list_meetings()
    ]
    good = dumps_meeting(m)
    newer = json.loads(good)
    newer["version"] = 3
    cases = {
        "korrupt.sus.json": b"\x00\xff{{{",
        "fremmed.sus.json": b'{"hej": 1}',
        "nyere.sus.json": json.dumps(newer).encode(),
        "halv.sus.json": good[: len(good) // 2].encode(),
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        dialogs.errors.clear()
        assert app_ctl.import_file(path) is None
        assert dialogs.errors, name
        title, text = dialogs.errors[-1]
        assert any(w in text for w in ("SUS-mødefil", "nyere version", "beskadiget")), text
    after = [
        meeting_to_dict(app_ctl.store.load_meeting(s.id)) for s in app_ctl.store.list_meetings()
    ]
    assert after == before

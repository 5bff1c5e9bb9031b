"""The spiral panel: buttons and keys drive the round; N/P never fire while typing."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from sus_desktop.core.agenda import Mode
from sus_desktop.core.factory import new_meeting
from sus_desktop.ui.modes.mode_widgets import mode_widget_for
from sus_desktop.ui.modes.reflection_view import ReflectionView
from sus_desktop.ui.modes.spiral_panel import SpiralPanel
from sus_desktop.ui.run.notes_panel import NotePanel
from sus_desktop.ui.session import MeetingSession


def make_session(clock, names=("Anna", "Bo", "Cecilie", "Dorte")):
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    for n in names:
        m.add_participant(n, "Skoleleder" if n == "Anna" else "Lærer")
    s = MeetingSession(m, clock)
    item = next(i for i in m.agenda if i.number == 4)
    phase = next(p for p in item.phases if p.mode == Mode.SPIRAL)
    s.runner.jump(item.id, phase.id)
    s.runner.start()
    return s


def pid(s, name):
    return next(p.id for p in s.meeting.participants if p.name == name)


@pytest.fixture
def window(qtbot, clock):
    """A window with the spiral panel and the note panel side by side."""
    s = make_session(clock)
    w = QWidget()
    lay = QHBoxLayout(w)
    spiral = SpiralPanel(s)
    notes = NotePanel(s)
    lay.addWidget(spiral)
    lay.addWidget(notes)
    qtbot.addWidget(w)
    w.resize(1100, 650)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow(), timeout=2000)
    yield s, spiral, notes, w


def test_buttons_drive_the_round_and_speakers_signal(qtbot, window, clock):
    s, spiral, _, _w = window
    seen = []
    spiral.speakers_changed.connect(lambda c, n: seen.append((c, n)))
    assert spiral.speakers() == ("", "Anna")
    qtbot.mouseClick(spiral.next_button, Qt.MouseButton.LeftButton)
    assert spiral.current_label.text() == "Anna" and spiral.next_label.text() == "Næste: Bo"
    assert spiral.round_label.text() == "Runde 1"
    assert "6:15 tilbage af 6:15" in spiral.time_label.text()  # 25 min / 4
    clock.advance(400)
    spiral.refresh_time()
    assert "Tiden er gået" in spiral.time_label.text() and spiral.turn_signal.count == 1
    assert spiral.current_label.text() == "Anna"  # never cut off
    qtbot.mouseClick(spiral.next_button, Qt.MouseButton.LeftButton)
    assert spiral.current_label.text() == "Bo"
    qtbot.mouseClick(spiral.pass_button, Qt.MouseButton.LeftButton)
    assert seen[-1] == ("Cecilie", "Dorte")
    log = spiral.spiral.log()
    assert [(t.participant, t.passed) for t in log] == [
        (pid(s, "Anna"), False),
        (pid(s, "Bo"), True),
    ]
    qtbot.mouseClick(spiral.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(spiral.next_button, Qt.MouseButton.LeftButton)
    assert spiral.round_signal.count == 1
    assert spiral.cue.isVisible() and not spiral.next_button.isEnabled()
    assert spiral.speakers() == ("", "Bo")
    assert "står over" in spiral.order_list.item(1).text()
    qtbot.mouseClick(spiral.round_button, Qt.MouseButton.LeftButton)
    # the new round waits for "Næste taler": its first speaker is next, not yet speaking
    assert spiral.round_label.text() == "Runde 2" and spiral.next_label.text() == "Næste: Bo"
    qtbot.mouseClick(spiral.next_button, Qt.MouseButton.LeftButton)
    assert spiral.current_label.text() == "Bo"
    assert not spiral.cue.isVisible()


def test_bare_keys_only_outside_text_fields(qtbot, window):
    s, spiral, notes, _w = window
    qtbot.keyClick(spiral.order_list, Qt.Key.Key_N)
    assert spiral.speakers()[0] == "Anna"
    notes.edit.setFocus()
    qtbot.keyClicks(notes.edit, "NuPrøver vi")
    assert notes.edit.toPlainText() == "NuPrøver vi"
    assert spiral.speakers()[0] == "Anna"  # N and P were typed, not acted on
    qtbot.keyClick(notes.edit, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert spiral.speakers()[0] == "Bo"
    qtbot.keyClick(notes.edit, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert spiral.speakers()[0] == "Cecilie"
    assert spiral.spiral.log()[-1].passed
    qtbot.keyClick(notes.edit, Qt.Key.Key_P)  # a plain P where the referent types is a letter
    assert spiral.speakers()[0] == "Cecilie"
    assert notes.edit.toPlainText() == "NuPrøver vip"
    spiral.order_list.setFocus()
    qtbot.keyClick(spiral.order_list, Qt.Key.Key_P)
    assert spiral.speakers()[0] == "Dorte"


def test_notes_typed_during_the_round_follow_the_speaker(qtbot, window, clock):
    s, spiral, notes, _w = window
    spiral.next_speaker()
    qtbot.keyClicks(notes.edit, "Anna om pauser")
    qtbot.keyClick(notes.edit, Qt.Key.Key_Return)
    qtbot.keyClick(spiral.order_list, Qt.Key.Key_N)
    qtbot.keyClicks(notes.edit, "Bo om skolegården")
    qtbot.keyClick(notes.edit, Qt.Key.Key_Return)
    while not spiral.spiral.round_complete:
        spiral.next_speaker()
    spiral.new_round()
    spiral.next_speaker()  # the first turn of a new round starts with N
    assert "Runde 2 · Bo" in notes.attribution.text()
    qtbot.keyClicks(notes.edit, "Bo igen")
    qtbot.keyClick(notes.edit, Qt.Key.Key_Return)
    got = [(n.text, n.participant, n.round) for n in s.meeting.notes]
    assert got == [
        ("Anna om pauser", pid(s, "Anna"), 1),
        ("Bo om skolegården", pid(s, "Bo"), 1),
        ("Bo igen", pid(s, "Bo"), 2),
    ]


def test_late_arrival_and_talk_time(qtbot, window, clock):
    s, spiral, _, _w = window
    spiral.next_speaker()
    clock.advance(65)
    late = s.meeting.add_participant("Frede", "Forældrerepræsentant", present=False)
    spiral.refresh()
    assert "fraværende" in spiral.order_list.item(4).text()
    spiral.add_late(late.id)
    spiral.next_speaker()
    assert "Anna" in spiral.order_list.item(0).text() and "1:05" in spiral.order_list.item(0).text()
    names = []
    while not spiral.spiral.round_complete:
        names.append(spiral.speakers()[0])
        spiral.next_speaker()
    assert names == ["Bo", "Cecilie", "Dorte", "Frede"]


def test_reorder_from_list(qtbot, window):
    s, spiral, _, _w = window
    order = list(reversed(spiral.spiral.order()))
    spiral.spiral.set_order(order)
    spiral.refresh()
    assert spiral.order_list.item(0).text().strip().startswith("Dorte")
    assert spiral.speakers() == ("", "Dorte")


def test_mode_widgets(qtbot, clock):
    s = make_session(clock)
    w = mode_widget_for(Mode.SPIRAL, s)
    qtbot.addWidget(w)
    assert isinstance(w, SpiralPanel)
    r = mode_widget_for(Mode.REFLECTION, s)
    qtbot.addWidget(r)
    assert isinstance(r, ReflectionView)
    for mode in (Mode.DECISION, Mode.EVALUATION):
        d = mode_widget_for(mode, s)
        qtbot.addWidget(d)
        assert d is not None
    assert mode_widget_for(Mode.PRESENTATION, s) is None


def test_screenshots(qtbot, window, clock, shots):
    s, spiral, notes, _w = window
    spiral.next_speaker()
    clock.advance(100)
    notes.submit_text = None
    qtbot.keyClicks(notes.edit, "Pauserne er for korte")
    qtbot.keyClick(notes.edit, Qt.Key.Key_Return)
    spiral.next_speaker()
    clock.advance(420)
    spiral.refresh_time()
    qtbot.keyClicks(notes.edit, "@Ce")
    assert spiral.window().grab().save(str(shots / "notes_spiral.png"))


def test_reflection_countdown_signal_and_handoff(qtbot, clock, shots):
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    m.update_info(learning_focus="Deltagelsesmuligheder for alle børn")
    s = MeetingSession(m, clock)
    item = next(i for i in m.agenda if i.number == 4)
    s.runner.jump(item.id, item.phases[0].id)
    s.runner.start()
    v = ReflectionView(s)
    qtbot.addWidget(v)
    v.resize(1000, 520)
    v.show()
    assert "Hvad bliver du optaget af?" in v.questions.text()
    assert not v.numbers.isVisible() and v.disk.isVisible()  # number-free by default
    clock.advance(60)
    v.refresh()
    assert abs(v.disk.fraction - 0.5) < 1e-6 and not v.done_label.isVisible()
    assert v.grab().save(str(shots / "notes_reflection.png"))
    clock.advance(61)
    v.refresh()
    v.refresh()
    assert v.signal.count == 1 and v.done_label.isVisible() and v.disk.fraction == 0
    qtbot.wait(1600)  # mid-glow
    assert v.grab().save(str(shots / "notes_reflection_end.png"))
    qtbot.mouseClick(v.go_button, Qt.MouseButton.LeftButton)
    assert s.runner.current_step().phase.mode == Mode.SPIRAL


def test_turn_clock_ticks_by_itself_only_while_the_meeting_is_paused(qtbot, window):
    """One wake-up a second: the session's tick drives the turn time while the meeting
    clock runs; with the meeting paused the panel's own timer takes over."""
    s, spiral, _, _w = window
    spiral.next_speaker()
    assert spiral.spiral.turn_running and s.runner.running
    assert not spiral._timer.isActive()
    s.runner.pause()
    assert spiral._timer.isActive()
    s.runner.toggle()
    assert s.runner.running and not spiral._timer.isActive()

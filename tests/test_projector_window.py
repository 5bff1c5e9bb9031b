"""What the room sees on the projector: readable digits, all of item 5's questions at every
size, the right colours whatever the state it is opened in, pause, end, silent reflection,
and the facilitator's additions (message, blank screen, time of day, next item)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QPushButton

from sus_desktop.core.agenda import builtin_agenda
from sus_desktop.core.factory import new_meeting
from sus_desktop.core.run import Runner
from sus_desktop.ui.common.settings import Settings
from sus_desktop.ui.common.theme import AMBER, RED
from sus_desktop.ui.projector.projector_controller import ProjectorController
from sus_desktop.ui.projector.projector_window import ProjectorWindow, digits_font
from sus_desktop.ui.projector.screens import FakeScreen, FakeScreenProvider
from sus_desktop.ui.run.run_presenter import present

LAPTOP = FakeScreen("laptop", QRect(0, 0, 1280, 800))
BEAMER = FakeScreen("beamer", QRect(1280, 0, 1920, 1080))
SIZES = [(1920, 1080), (1280, 720), (960, 540)]
DECISION_QUESTIONS = builtin_agenda()[1][4].phases[0].questions


class DictStore(dict):
    def get_setting(self, key, default=None):
        return self.get(key, default)

    def set_setting(self, key, value) -> None:
        self[key] = value


@pytest.fixture
def meeting(clock):
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    r = Runner(m, clock)
    clock.set(r.planned_start())
    return m, r


@pytest.fixture
def window(qtbot):
    w = ProjectorWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def shown(w, d, size=None):
    if size is not None:
        w.resize(*size)
    w.show_display(d)
    w.layout().activate()
    w.content.layout().activate()
    QApplication.processEvents()
    return w


def texts(w) -> str:
    return " ".join(lbl.text() for lbl in w.findChildren(QLabel) if lbl.isVisibleTo(w))


def colour_at(w, x=4, y=4) -> str:
    return w.grab().toImage().pixelColor(x, y).name().upper()


def at_step(runner, clock, item_no, phase_no=0, seconds=0.0):
    item = runner.meeting.agenda[item_no - 1]
    runner.start()
    runner.jump(item.id, item.phases[phase_no].id if item.phases else None)
    clock.advance(seconds)


def step_budget(runner) -> float:
    return runner.phase_times()[3]


def fully_inside(w, widget) -> bool:
    g = widget.geometry().translated(
        widget.parentWidget().mapTo(w, widget.geometry().topLeft()) - widget.geometry().topLeft()
    )
    return w.rect().contains(g)


# --- size -------------------------------------------------------------------------------
@pytest.mark.parametrize("size", SIZES)
def test_countdown_glyphs_are_a_quarter_of_the_height(window, meeting, clock, size):
    m, r = meeting
    at_step(r, clock, 5, 0, 1)  # item 5, where the seven questions also take room
    w = shown(window, present(r), size)
    glyphs = QFontMetrics(w.countdown_label.font()).tightBoundingRect("0:00").height()
    assert glyphs >= 0.25 * w.height(), (size, glyphs)
    assert fully_inside(w, w.countdown_label)
    assert QFontMetrics(w.countdown_label.font()).horizontalAdvance("+88:88") <= w.width()


@pytest.mark.parametrize("size", SIZES)
def test_all_seven_decision_questions_fit(window, meeting, clock, size):
    m, r = meeting
    at_step(r, clock, 5, 0, 60)
    w = shown(window, present(r), size)
    q = w.questions_label
    assert q.isVisibleTo(w) and len(DECISION_QUESTIONS) == 7
    for question in DECISION_QUESTIONS:
        assert question in q.text()
    assert q.heightForWidth(q.width()) <= q.height()  # nothing cut at the bottom
    assert fully_inside(w, q)
    # below the questions there is only the footer: nothing overlaps them
    assert q.geometry().bottom() <= w.next_label.geometry().top()
    assert q.geometry().top() >= w.progress.geometry().bottom()
    assert q.font().pixelSize() >= 0.016 * w.height()  # shrunk only as far as needed


def test_questions_shrink_only_as_needed(window, meeting, clock):
    m, r = meeting
    at_step(r, clock, 6, 0, 1)  # evaluation: three short questions keep the full size
    w = shown(window, present(r), (1920, 1080))
    assert w.questions_label.font().pixelSize() == int(0.045 * 1080)
    at_step(r, clock, 5, 0, 1)
    shown(w, present(r))
    assert w.questions_label.font().pixelSize() < int(0.045 * 1080)


def test_digits_font_has_a_plain_zero():
    """The old monospace font's dotted zero read like ⊙: the centre of the 0 is empty."""
    font = digits_font(200)
    fm = QFontMetrics(font)
    box = fm.tightBoundingRect("0")
    img = QImage(box.width() + 20, box.height() + 20, QImage.Format.Format_RGB32)
    img.fill(QColor("black"))
    p = QPainter(img)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(10 - box.left(), 10 - box.top(), "0")
    p.end()
    centre = img.pixelColor(img.width() // 2, img.height() // 2)
    assert centre.lightness() < 40
    # tabular digits: the countdown does not wobble as it ticks
    assert len({fm.horizontalAdvance(d) for d in "0123456789"}) == 1


# --- colours and states, whenever it is opened ------------------------------------------
def open_in(qtbot, display):
    """The projector opened (built) after the phase is already in that state."""
    ctl = ProjectorController(FakeScreenProvider([LAPTOP, BEAMER]), Settings(DictStore()))
    ctl.show_display(display)
    ctl.show()
    qtbot.addWidget(ctl.window)
    return ctl.window


def test_opened_in_amber_or_red_shows_it_at_once(qtbot, meeting, clock):
    m, r = meeting
    r.start()
    clock.advance(4 * 60 + 30)
    w = open_in(qtbot, present(r))
    assert colour_at(w) == AMBER.upper()
    assert "Sidste minut" in texts(w)
    clock.advance(90)
    w = open_in(qtbot, present(r))
    assert colour_at(w) == RED.upper()
    assert w.countdown_label.text() == "+1:00"
    assert "⚠ Over tid" in texts(w) and "over tid" not in texts(w).replace("⚠ Over tid", "")


def test_opened_when_paused_shows_a_pause_and_a_dimmed_countdown(qtbot, meeting, clock):
    m, r = meeting
    r.start()
    clock.advance(30)
    running = open_in(qtbot, present(r))
    bright = running.countdown_label.colour()
    r.pause()
    clock.advance(5)
    w = open_in(qtbot, present(r))
    assert w.pause_sign.isVisibleTo(w) and w.badge_label.text() == "Pause"
    assert w.countdown_label.text() == "4:30"
    assert w.countdown_label.colour() != bright
    # what the room sees: no digit pixel at full white while paused, some while running
    assert _brightest(w.countdown_label) < 200 <= _brightest(running.countdown_label)
    # the pause sign is drawn (no font glyph needed): it has foreground pixels
    assert _brightest(w.pause_sign) > 200
    r.toggle()
    w.show_display(present(r))
    assert not w.pause_sign.isVisibleTo(w) and w.badge_label.text() != "Pause"


def _brightest(widget) -> int:
    """The brightest pixel the room sees where `widget` is (grabbed from its window)."""
    win = widget.window()
    img = win.grab(QRect(widget.mapTo(win, widget.rect().topLeft()), widget.size())).toImage()
    return max(
        img.pixelColor(x, y).lightness()
        for x in range(0, img.width(), 2)
        for y in range(0, img.height(), 2)
    )


def test_finished_meeting_says_so_without_overtime(qtbot, meeting, clock):
    m, r = meeting
    r.start()
    clock.advance(7 * 60)  # item 1 runs 2 minutes over
    r.finish()
    w = open_in(qtbot, present(r))
    shown_text = texts(w)
    assert "Mødet er afsluttet" in shown_text
    assert "Over tid" not in shown_text and "over tid" not in shown_text
    assert not w.countdown_label.isVisibleTo(w) and not w.progress.isVisibleTo(w)
    assert colour_at(w) == "#000000"


def test_not_started_shows_the_planned_start(qtbot, meeting):
    m, r = meeting
    w = open_in(qtbot, present(r))
    assert w.countdown_label.text() == "5:00"
    assert "Planlagt start kl. 13.00" in texts(w)


# --- silent reflection --------------------------------------------------------------------
def test_reflection_is_silent_on_the_projector(qtbot, meeting, clock):
    m, r = meeting
    at_step(r, clock, 4, 0, 0)  # individual reflection, 2 minutes
    budget = step_budget(r)
    for seconds in (1, budget - 30, budget + 90):  # calm, "amber", "red"
        w = open_in(qtbot, present(r, now=clock.now() + seconds))
        assert colour_at(w) == "#000000", seconds
        seen = texts(w)
        assert "Over tid" not in seen and "Sidste minut" not in seen, seconds
        assert not w.countdown_label.isVisibleTo(w)  # no ticking number
        assert not w.progress.isVisibleTo(w)
        assert w.disk.isVisibleTo(w)
        assert "Hvad bliver du optaget af?" in w.questions_label.text()
    assert "Tiden er gået" in seen  # when it is up, said calmly
    assert w.disk.fraction == 0.0


def test_reflection_numbers_when_the_facilitator_asks(qtbot, meeting, clock):
    m, r = meeting
    at_step(r, clock, 4, 0, 0)
    ctl = ProjectorController(FakeScreenProvider([LAPTOP, BEAMER]), Settings(DictStore()))
    ctl.set_reflection_view(numbers=True)
    ctl.show_display(present(r, now=clock.now() + 200))  # 80 s past the 2 minutes
    ctl.show()
    qtbot.addWidget(ctl.window)
    w = ctl.window
    assert w.countdown_label.isVisibleTo(w) and w.countdown_label.text() == "0:00"
    assert colour_at(w) == "#000000"
    ctl.set_reflection_view(numbers=False, disk=False)
    assert not w.countdown_label.isVisibleTo(w) and not w.disk.isVisibleTo(w)


@pytest.mark.parametrize("size", SIZES)
def test_reflection_questions_large_and_whole(window, meeting, clock, size):
    m, r = meeting
    at_step(r, clock, 4, 0, 10)
    w = shown(window, present(r), size)
    q = w.questions_label
    assert q.font().pixelSize() >= 0.05 * w.height()
    assert q.heightForWidth(q.width()) <= q.height() and fully_inside(w, q)


# --- what the facilitator adds --------------------------------------------------------------
def test_next_item_and_time_of_day(qtbot, meeting, clock):
    m, r = meeting
    r.start()
    ctl = ProjectorController(FakeScreenProvider([LAPTOP, BEAMER]), Settings(DictStore()))
    ctl.show_display(present(r))
    ctl.show()
    qtbot.addWidget(ctl.window)
    w = ctl.window
    assert w.next_label.text() == "Næste: Punkt 2 · Rammesætning af mødet, kl. 13.05"
    assert not w.clock_label.isVisibleTo(w)
    ctl.set_show_clock(True)
    assert w.clock_label.isVisibleTo(w) and w.clock_label.text() == "13.00"
    assert ctl.settings.get("projector_clock") is True
    clock.advance(3 * 60)
    ctl.show_display(present(r))
    assert w.clock_label.text() == "13.03"
    r.jump(m.agenda[6].id)  # the last item: nothing after it
    ctl.show_display(present(r))
    assert w.next_label.text() == "" and not w.next_label.isVisibleTo(w)


@pytest.mark.parametrize("size", SIZES)
def test_message_to_the_room_until_cleared(qtbot, meeting, clock, size):
    m, r = meeting
    at_step(r, clock, 5, 0, 60)
    ctl = ProjectorController(FakeScreenProvider([LAPTOP, BEAMER]), Settings(DictStore()))
    ctl.show_display(present(r))
    ctl.show()
    qtbot.addWidget(ctl.window)
    w = shown(ctl.window, present(r), size)
    ctl.show_message("Afrund venligst")
    w.layout().activate()
    w.content.layout().activate()
    msg = w.message_label
    assert msg.isVisibleTo(w) and msg.text() == "Afrund venligst"
    assert msg.font().pixelSize() >= 0.09 * w.height()  # large
    assert msg.heightForWidth(msg.width()) <= msg.height() and fully_inside(w, msg)
    assert w.countdown_label.isVisibleTo(w)  # the clock stays
    clock.advance(30)
    ctl.show_display(present(r))  # ticks do not clear it
    assert msg.isVisibleTo(w)
    ctl.show_message(None)
    assert not msg.isVisibleTo(w) and w.questions_label.isVisibleTo(w)


def test_blank_screen_and_clicker_keys(qtbot, meeting, clock):
    m, r = meeting
    r.start()
    main = QMainWindow()
    main.projector_blank_action = main.addAction("sort")
    main.projector_blank_action.setCheckable(True)
    field, button = QLineEdit(), QPushButton("x")
    holder = QLabel()
    main.setCentralWidget(holder)
    field.setParent(holder)
    button.setParent(holder)
    button.move(0, 40)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    ctl = ProjectorController(FakeScreenProvider([LAPTOP, BEAMER]), Settings(DictStore()))
    ctl.bind_window(main)
    ctl.show_display(present(r))
    ctl.show()
    w = ctl.window
    qtbot.addWidget(w)
    ctl.set_blank(True)
    assert colour_at(w) == "#000000" and colour_at(w, w.width() // 2, w.height() // 3) == "#000000"
    assert not any(x.isVisibleTo(w) for x in w.findChildren(QLabel))
    ctl.set_blank(False)
    assert w.countdown_label.isVisibleTo(w)

    field.setFocus()
    qtbot.keyClicks(field, "b.")  # typing: letters, not the blank screen
    assert field.text() == "b." and not ctl.blank
    button.setFocus()
    qtbot.keyClick(button, "b")
    assert ctl.blank and main.projector_blank_action.isChecked()
    qtbot.keyClick(button, ".")
    assert not ctl.blank
    ctl.close()

"""A clock tick on the projector lays out nothing and repaints only what changed, in every
way the room sees it: the countdown (the changed digits' box and the bar's moved strip), the
silent reflection's disk (the wedge that shrank, not the disk and the window behind it), with
the time of day and "Næste: ..." in the footer, in the spiral round with its speakers line; and
what the room sees is the clock's time every second."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from sus_desktop.core.factory import new_meeting
from sus_desktop.core.run import Runner
from sus_desktop.ui.projector.projector_window import ProjectorWindow
from sus_desktop.ui.run.run_presenter import present

GEOMETRY = (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Move)
TICKING = {"projector_countdown", "projector_progress", "projector_disk"}
SIZE = (1280, 720)


class Spy(QObject):
    """Geometry events and painted rectangles of one window's widgets."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.geometry: list[tuple[str, str]] = []
        self.painted: list[tuple[str, QRect]] = []

    def eventFilter(self, obj, e) -> bool:
        if isinstance(obj, QWidget) and obj.window() is self.window:
            if e.type() in GEOMETRY:
                self.geometry.append((obj.objectName() or type(obj).__name__, e.type().name))
            elif e.type() == QEvent.Type.Paint:
                self.painted.append((obj.objectName() or type(obj).__name__, QRect(e.rect())))
        return False

    def clear(self) -> None:
        self.geometry.clear()
        self.painted.clear()


def _settle(n: int = 5) -> None:
    for _ in range(n):
        QApplication.processEvents()


@pytest.fixture
def runner(clock):
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    r = Runner(m, clock)
    clock.set(r.planned_start())
    return r


def _open(qtbot, runner, clock, item_no: int, phase_no: int = 0, seconds: float = 10.3):
    item = runner.meeting.agenda[item_no - 1]
    runner.start()
    runner.jump(item.id, item.phases[phase_no].id if item.phases else None)
    clock.advance(seconds)
    w = ProjectorWindow()
    qtbot.addWidget(w)
    w.resize(*SIZE)
    w.show()
    w.show_display(present(runner))
    _settle(10)
    return w


def _ticks(w, runner, clock, n: int, spy: Spy) -> list[list[tuple[str, QRect]]]:
    """n clock ticks as the session makes them; what each painted."""
    app = QApplication.instance()
    app.installEventFilter(spy)
    per_tick = []
    try:
        for _ in range(n):
            spy.painted.clear()
            clock.advance(1.0)
            w.show_display(present(runner))
            _settle()
            per_tick.append(list(spy.painted))
    finally:
        app.removeEventFilter(spy)
    return per_tick


def test_a_countdown_tick_repaints_the_changed_digit_and_the_bars_strip(qtbot, runner, clock):
    w = _open(qtbot, runner, clock, 1, seconds=11.3)  # 4:49: the next ticks change one digit
    w.set_show_clock(True)  # the time of day and "Næste: ..." in the footer too
    _settle()
    assert w.clock_label.isVisibleTo(w) and w.next_label.isVisibleTo(w)
    spy = Spy(w)
    shown = []
    per_tick = []
    for _ in range(4):
        per_tick += _ticks(w, runner, clock, 1, spy)
        shown.append(w.countdown_label.text())
    assert shown == ["4:48", "4:47", "4:46", "4:45"]  # the room sees the clock move
    assert spy.geometry == []
    fm = QFontMetrics(w.countdown_label.font())
    text_width = fm.horizontalAdvance("4:45")
    for painted in per_tick:
        names = {name for name, _ in painted}
        assert names <= TICKING and "projector_countdown" in names, names
        for name, rect in painted:
            if name == "projector_countdown":  # one digit of "4:48", not the whole text
                assert 0 < rect.width() < text_width // 2, rect
            if name == "projector_progress":  # the strip the fill moved by
                assert rect.width() <= 8, rect


def test_a_reflection_tick_repaints_the_shrinking_wedge_only(qtbot, runner, clock):
    w = _open(qtbot, runner, clock, 4)  # item 4: individual reflection, a calm disk
    disk = w.disk
    assert disk.isVisibleTo(w) and not w.countdown_label.isVisibleTo(w)
    before = disk.fraction
    spy = Spy(w)
    per_tick = _ticks(w, runner, clock, 5, spy)
    assert disk.fraction < before  # it does shrink, every second
    assert spy.geometry == []
    whole = disk.width() * disk.height()
    for painted in per_tick:
        assert painted, "the disk did not change"
        assert {name for name, _ in painted} == {"projector_disk"}, painted
        area = sum(r.width() * r.height() for _, r in painted)
        assert area < whole / 4, (painted, disk.size())


@pytest.mark.parametrize("ticks", [37, 65])  # 2 minutes: past 3 o'clock, past 6 o'clock
def test_the_reflection_disk_looks_the_same_after_partial_repaints(qtbot, runner, clock, ticks):
    """Repainting only the wedge leaves on screen (the window's backing store) the same
    picture as painting the whole disk."""
    w = _open(qtbot, runner, clock, 4, seconds=3.0)
    disk = w.disk
    _ticks(w, runner, clock, ticks, Spy(w))
    assert disk.fraction == pytest.approx(1 - (3 + ticks) / 120, abs=0.01)

    def on_screen():
        at = disk.mapTo(w, QPoint(0, 0))
        return w.screen().grabWindow(w.winId(), at.x(), at.y(), disk.width(), disk.height())

    partial = on_screen().toImage()
    disk.update()
    _settle()
    whole = on_screen().toImage()
    assert whole == disk.grab().toImage()  # what is read is what the disk paints
    assert partial == whole


def test_reflection_numbers_tick_without_layout(qtbot, runner, clock):
    w = _open(qtbot, runner, clock, 4)
    w.set_reflection_view(numbers=True, disk=True)
    _settle()
    spy = Spy(w)
    per_tick = _ticks(w, runner, clock, 3, spy)
    assert w.countdown_label.isVisibleTo(w)
    assert spy.geometry == []
    for painted in per_tick:
        assert {name for name, _ in painted} <= TICKING


def test_a_spiral_round_ticks_without_layout(qtbot, runner, clock):
    item = runner.meeting.agenda[3]
    phase_no = next(k for k, p in enumerate(item.phases) if p.mode.value == "spiral")
    w = _open(qtbot, runner, clock, 4, phase_no)
    w.set_speakers("Deltager 1", "Deltager 2")
    _settle()
    assert "Ordet har: Deltager 1" in w.speakers_label.text()
    spy = Spy(w)
    w.set_speakers("Deltager 1", "Deltager 2")  # told again, unchanged: nothing happens
    per_tick = _ticks(w, runner, clock, 3, spy)
    assert spy.geometry == []
    for painted in per_tick:
        assert {name for name, _ in painted} <= TICKING, painted


@pytest.mark.parametrize("size", [(960, 540), (1920, 1080), (700, 700)])
def test_after_a_resize_the_ticks_draw_the_digits_where_a_whole_repaint_does(
    qtbot, runner, clock, size
):
    """The countdown keeps where each text goes between ticks; a new size (or font) starts
    over: what is on screen after a resize and some ticks is the whole countdown freshly
    painted."""
    w = _open(qtbot, runner, clock, 1, seconds=11.3)
    _ticks(w, runner, clock, 3, Spy(w))
    w.resize(*size)
    _settle(10)
    _ticks(w, runner, clock, 12, Spy(w))  # one digit, then two ("4:40" -> "4:39")
    digits = w.countdown_label
    assert digits.text() == "4:34"
    at = digits.mapTo(w, QPoint(0, 0))
    shown = w.screen().grabWindow(w.winId(), at.x(), at.y(), digits.width(), digits.height())
    assert shown.toImage() == digits.grab().toImage()

"""A clock tick lays out nothing: the running clock in the real window (run view shown, 12
participants, 300 notes, projector open) changes no widget's geometry outside the clock
display, and posts no layout request anywhere in the window or on the projector; and it
repaints only the clock display (the countdowns, the meeting line, the bars), nothing else."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from sus_desktop.core.factory import new_meeting

GEOMETRY = (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Move)
# What a tick may repaint: the clock display of the run view and of the projector.
TICKING = {
    "countdown_label",
    "item_countdown_label",
    "meeting_line",
    "phase_progress",
    "projector_countdown",
    "projector_progress",
}


class GeometryEvents(QObject):
    """Counts layout requests, resizes and moves of the widgets of some top-level windows,
    and which widgets are painted."""

    def __init__(self, windows) -> None:
        super().__init__()
        self.windows = list(windows)
        self.seen: list[tuple[str, str]] = []
        self.painted: list[QWidget] = []

    def eventFilter(self, obj, e) -> bool:
        if isinstance(obj, QWidget) and obj.window() in self.windows:
            if e.type() in GEOMETRY:
                self.seen.append((_name(obj), e.type().name))
            elif e.type() == QEvent.Type.Paint:
                self.painted.append(obj)
        return False


def _outside_the_clock(painted) -> set[str]:
    """Painted widgets that are neither a ticking widget nor behind one (a parent)."""
    ticking = [w for w in painted if w.objectName() in TICKING]
    behind = set()
    for w in ticking:
        p = w.parentWidget()
        while p is not None:
            behind.add(id(p))
            p = p.parentWidget()
    return {_name(w) for w in painted if w.objectName() not in TICKING and id(w) not in behind}


def _name(w: QWidget) -> str:
    names = []
    while w is not None:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(names))


def _settle(n: int = 5) -> None:
    for _ in range(n):
        QApplication.processEvents()


def _open_running(app_ctl, clock, store):
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    people = [m.add_participant(f"Deltager {k + 1}", "Lærer") for k in range(12)]
    for k in range(300):
        m.add_note(
            f"Note {k}: " + "noget der blev sagt " * 6,
            item=m.agenda[k % 7].id,
            participant=people[k % 12].id,
            created_at=clock.now(),
        )
    store.save_meeting(m)
    opened = app_ctl.open_meeting(m)
    app_ctl.window.resize(1366, 768)
    app_ctl._show_tab(1)
    app_ctl.window.projector_action.setChecked(True)
    runner = opened.session.runner
    clock.set(runner.planned_start())
    runner.start()
    clock.advance(10.3)  # 4:50 left of item 1: the next ticks keep the text's shape
    opened.session.tick.emit()
    _settle(20)
    return opened


def _windows(app_ctl):
    return [app_ctl.window] + [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not app_ctl.window
    ]


def test_ticks_change_no_geometry(app_ctl, clock, store):
    opened = _open_running(app_ctl, clock, store)
    run_view = opened.run_view
    assert app_ctl.window.tabs.currentWidget() is run_view and run_view.isVisible()
    windows = _windows(app_ctl)
    projector = app_ctl.projector.window
    assert projector in windows and projector.isVisible()  # the projector is open too
    counter = GeometryEvents(windows)
    QApplication.instance().installEventFilter(counter)
    try:
        shown = []
        for _ in range(5):
            clock.advance(1.0)
            opened.session._on_timer()  # what the session's timer does at a boundary
            _settle()
            shown.append(
                (
                    run_view.countdown_label.text(),
                    run_view.item_countdown_label.text(),
                    run_view.meeting_line.text(),
                    projector.countdown_label.text(),
                )
            )
        # the clock did move on screen, every second, on the projector too
        assert [s[0] for s in shown] == ["4:49", "4:48", "4:47", "4:46", "4:45"]
        assert [s[3] for s in shown] == ["4:49", "4:48", "4:47", "4:46", "4:45"]
        assert shown[-1][1].startswith("Punkt 1: 4:45 tilbage")
        assert shown[-1][2].startswith("Mødetid 0:15 ·")
        assert counter.seen == []
        # only the clock display was repainted, and nothing behind it: its widgets are
        # opaque (a tick does not repaint the window and the panes down to each label)
        assert _outside_the_clock(counter.painted) == set()
        assert {_name(w) for w in counter.painted if w.objectName() not in TICKING} == set()
        assert {w.objectName() for w in counter.painted} >= {
            "countdown_label",
            "item_countdown_label",
            "meeting_line",
            "projector_countdown",
        }

        # The filter does see a label that re-lays out the window: this test can fail.
        probe = QLabel("1", run_view.notes_area)
        probe.show()
        _settle()
        counter.seen.clear()
        counter.painted.clear()
        probe.setText("a much longer text than before")
        _settle()
        assert any(kind == "LayoutRequest" for _, kind in counter.seen)
        assert _outside_the_clock(counter.painted)  # ... and a repaint outside the clock
    finally:
        QApplication.instance().removeEventFilter(counter)


def test_a_speakers_time_ticks_without_layout(app_ctl, clock, store):
    """Item 1 is a round: the talk panel shows each speaker's time, which ticks with the clock
    without laying out the panel or the window."""
    from sus_desktop.core.commands import MarkSpeaker

    opened = _open_running(app_ctl, clock, store)
    talk = app_ctl.window.findChild(QWidget, "talk_panel")
    assert talk is not None and talk.isVisible()
    speaker = opened.session.meeting.present_participants()[0]
    opened.session.execute(MarkSpeaker(participant_id=speaker.id))
    clock.advance(1.0)
    opened.session._on_timer()
    _settle(10)
    counter = GeometryEvents(_windows(app_ctl))
    QApplication.instance().installEventFilter(counter)
    try:
        times = []
        for _ in range(3):
            clock.advance(1.0)
            opened.session._on_timer()
            _settle()
            times.append(talk.times[speaker.id].text())
        assert times == ["▶ 0:02 · 100 %", "▶ 0:03 · 100 %", "▶ 0:04 · 100 %"]
        assert counter.seen == []
    finally:
        QApplication.instance().removeEventFilter(counter)


class PaintedRects(QObject):
    """The rectangles painted in the named widgets."""

    def __init__(self, widgets) -> None:
        super().__init__()
        self.widgets = {id(w): w.objectName() for w in widgets}
        self.rects: dict[str, list] = {}

    def eventFilter(self, obj, e) -> bool:
        if e.type() == QEvent.Type.Paint and id(obj) in self.widgets:
            self.rects.setdefault(self.widgets[id(obj)], []).append(e.rect())
        return False


def test_a_tick_repaints_the_large_digits_that_changed(app_ctl, clock, store):
    """4:49 → 4:48 repaints the last digit's box, not the whole countdown (run view and
    projector); 4:40 → 4:39 the last two; the digits shown are those of the clock."""
    opened = _open_running(app_ctl, clock, store)
    run_label = opened.run_view.countdown_label
    big = app_ctl.projector.window.countdown_label
    spy = PaintedRects([run_label, big])

    def tick(n: int = 1) -> dict[str, int]:
        for _ in range(n):
            spy.rects.clear()
            clock.advance(1.0)
            opened.session._on_timer()
            _settle()
        return {name: rects[-1].width() for name, rects in spy.rects.items()}

    QApplication.instance().installEventFilter(spy)
    try:
        run_label.update()
        big.update()
        _settle()
        whole = {name: rects[-1].width() for name, rects in spy.rects.items()}
        tick()
        one_digit = tick()
        assert run_label.text() == big.text() == "4:48"
        two_digits = tick(9)
        assert run_label.text() == big.text() == "4:39"
    finally:
        QApplication.instance().removeEventFilter(spy)
    for name in ("countdown_label", "projector_countdown"):
        assert 0 < one_digit[name] < two_digits[name] < whole[name] / 2, name

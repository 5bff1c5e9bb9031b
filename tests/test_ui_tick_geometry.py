"""A clock tick lays out nothing: the running clock in the real window (run view shown, 12
participants, 300 notes, projector open) changes no widget's geometry outside the clock
display, and posts no layout request anywhere in the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from sus_desktop.core.factory import new_meeting

GEOMETRY = (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Move)


class GeometryEvents(QObject):
    """Counts layout requests, resizes and moves of the widgets of some top-level windows."""

    def __init__(self, windows) -> None:
        super().__init__()
        self.windows = list(windows)
        self.seen: list[tuple[str, str]] = []

    def eventFilter(self, obj, e) -> bool:
        if e.type() in GEOMETRY and isinstance(obj, QWidget) and obj.window() in self.windows:
            self.seen.append((_name(obj), e.type().name))
        return False


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


def test_ticks_change_no_geometry(app_ctl, clock, store):
    opened = _open_running(app_ctl, clock, store)
    run_view = opened.run_view
    assert app_ctl.window.tabs.currentWidget() is run_view and run_view.isVisible()
    windows = [app_ctl.window] + [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not app_ctl.window
    ]
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
                )
            )
        # the clock did move on screen, every second
        assert [s[0] for s in shown] == ["4:49", "4:48", "4:47", "4:46", "4:45"]
        assert shown[-1][1].startswith("Punkt 1: 4:45 tilbage")
        assert shown[-1][2].startswith("Mødetid 0:15 ·")
        assert counter.seen == []

        # The filter does see a label that re-lays out the window: this test can fail.
        probe = QLabel("1", run_view.notes_area)
        probe.show()
        _settle()
        counter.seen.clear()
        probe.setText("a much longer text than before")
        _settle()
        assert any(kind == "LayoutRequest" for _, kind in counter.seen)
    finally:
        QApplication.instance().removeEventFilter(counter)

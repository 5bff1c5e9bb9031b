"""The run view's lines that a tick formats only when a minute moves (the time of day, what
comes next and when, the projected end) still show the runner's times at every second: through
a phase, an overrun (where the projected times move with the clock), a pause and the next
item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_ui_support import tick

from sus_desktop.core import danish
from sus_desktop.ui.common import fmt


def _expected(runner, now):
    sched = runner.schedule(now)
    current = runner.current_step().item.id
    ids = [t.item.id for t in sched]
    nxt = sched[ids.index(current) + 1]
    return (
        f"kl. {danish.clock(now)}",
        f"ca. kl. {danish.clock(nxt.projected_start)}",
        f"Forventet slut {danish.clock(runner.projected_end(now))} "
        f"(planlagt {danish.clock(runner.planned_end())})",
        f"Mødetid {danish.elapsed(runner.meeting_elapsed(now))} ·",
    )


def test_minute_lines_follow_the_runner_every_second(running, clock, qtbot):
    v = running.current.run_view
    runner = running.current.session.runner
    qtbot.keyClick(running.window, Qt.Key.Key_Space)
    seen_ends = set()
    # Item 1 (5 min) with a pause of 2 min at 2:30 left: paused, the projected times move
    # with the clock at the half minute, not with the time of day; then 2 min over its time.
    for second in range(9 * 60):
        if second in (150, 270):
            qtbot.keyClick(running.window, Qt.Key.Key_Space)
        tick(running, clock, 1.0)
        clock_text, next_at, end, elapsed = _expected(runner, clock.now())
        assert v.clock_label.text() == clock_text
        assert next_at in v.next_label.text()
        assert end in v.meeting_line.text()
        assert v.meeting_line.text().startswith(elapsed)
        assert v.behind_label.text() == fmt.behind(runner.behind_seconds(clock.now()))
        seen_ends.add(end)
    assert len(seen_ends) >= 3  # the projected end did move, minute by minute
    assert "bagud" in v.behind_label.text()
    runner.next_item()  # and a new item's lines at once
    tick(running, clock, 1.0)
    clock_text, next_at, end, elapsed = _expected(runner, clock.now())
    assert next_at in v.next_label.text() and end in v.meeting_line.text()
    assert v.next_label.text().startswith("Derefter: Punkt 3")

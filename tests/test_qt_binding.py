"""The Qt binding itself must hold up for a two-hour meeting.

PySide6 6.12.0 drops a reference to `True` on every Signal.emit() from Python that reaches a
Python slot. The clock ticks once a second, so the count reached zero within minutes and the
app aborted ("Fatal Python error: bool_dealloc"). pyproject.toml keeps that version out; these
tests fail on any version that brings the bug back, well before the count reaches zero.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from sus_desktop.core.factory import new_meeting
from sus_desktop.ui.session import MeetingSession


class _Emitter(QObject):
    plain = Signal()
    text = Signal(str)


def test_emitting_to_python_slots_keeps_true_and_false_alive(qapp):
    e = _Emitter()
    got = []
    e.plain.connect(lambda: got.append(1))
    e.text.connect(got.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):  # few enough that a buggy binding fails here instead of aborting
        e.plain.emit()
        e.text.emit("x")
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(got) == 400
    assert after == before


def test_a_two_hour_meeting_of_ticks_leaves_true_alone(qapp, clock):
    """Every second of a running meeting the session emits `tick` to its views."""
    session = MeetingSession(new_meeting("Skolen"), clock)
    seen = []
    session.tick.connect(lambda: seen.append(1))
    session.runner.start()
    before = sys.getrefcount(True)
    for minute in range(120):
        for _ in range(60):
            clock.advance(1)
            session.tick.emit()
        drift = sys.getrefcount(True) - before
        # Checked each minute: a buggy binding fails here long before True is freed.
        assert abs(drift) < 30, f"True lost {-drift} references in {minute + 1} min of ticks"
    session.close()
    assert len(seen) >= 7200

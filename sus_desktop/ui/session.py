"""One open meeting as the UI sees it: the core objects plus Qt signals.

The session re-emits the meeting's change notifications as a Qt signal and wakes the UI once
per second boundary while the clock runs (never a busy loop, never counting ticks: every
repaint reads the clock).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from sus_desktop.core.clock import Clock
from sus_desktop.core.meeting import Meeting
from sus_desktop.core.run import Runner


class MeetingSession(QObject):
    changed = Signal(str)  # a meeting change kind: info, participants, agenda, note, log, ...
    tick = Signal()  # the displayed seconds changed (or the run state did)

    def __init__(self, meeting: Meeting, clock: Clock, store=None, parent=None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.clock = clock
        self.store = store
        self.runner = Runner(meeting, clock)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer)
        self.wakeups = 0  # counted for the CPU benchmark
        meeting.subscribe(self._on_meeting_changed)
        if store is not None:
            store.attach(meeting)
        self._schedule()

    def close(self) -> None:
        self._timer.stop()
        self.meeting.unsubscribe(self._on_meeting_changed)
        if self.store is not None:
            self.store.detach(self.meeting)

    # --- the note draft: per meeting, kept by the store, never replicated ------------------
    def load_draft(self) -> str:
        if self.store is None:
            return ""
        return self.store.get_draft(self.meeting.id)

    def save_draft(self, text: str) -> None:
        if self.store is not None:
            self.store.set_draft(self.meeting.id, text)

    def _on_meeting_changed(self, kind: str, _ident) -> None:
        self.changed.emit(kind)
        if kind in ("log", "agenda"):
            self.tick.emit()
            self._schedule()

    def _on_timer(self) -> None:
        self.wakeups += 1
        self.tick.emit()
        self._schedule()

    def ms_to_next_boundary(self) -> int:
        """Milliseconds until a displayed time changes (phase, item, meeting time, projected
        clock times), or the wall minute if nothing moves."""
        from sus_desktop.ui.run.display_boundary import seconds_to_next_change

        s = seconds_to_next_change(self.runner, self.clock.now())
        return max(5, int(math.ceil(s * 1000)) + 2)

    def _schedule(self) -> None:
        self._timer.start(self.ms_to_next_boundary())

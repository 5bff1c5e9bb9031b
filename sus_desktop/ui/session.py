"""One open meeting as the UI sees it: the core session plus Qt signals.

Screens send commands through `execute` and redraw on `changed`, which carries the typed
changes of each command (a ChangeSet). The store is attached to the meeting before any screen
listens, so a change is on disk before it is drawn. The session also wakes the UI once per
displayed-second boundary while the clock runs (never a busy loop, never counting ticks:
every repaint reads the clock).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from sus_desktop.core.changes import Change, ChangeKind, ChangeSet
from sus_desktop.core.clock import Clock
from sus_desktop.core.commands import Author, Command, CommandError
from sus_desktop.core.meeting import Meeting
from sus_desktop.core.session import Session

_TICKING = (ChangeKind.LOG, ChangeKind.ITEM, ChangeKind.PHASE)


class MeetingSession(QObject):
    changed = Signal(object)  # ChangeSet: what one command (or one core mutation) changed
    refused = Signal(str)  # a command the core refused, with its Danish reason
    tick = Signal()  # the displayed seconds changed (or the run state did)

    def __init__(
        self, meeting: Meeting, clock: Clock, store=None, parent=None, author: Author | None = None
    ) -> None:
        super().__init__(parent)
        self.core = Session(meeting, clock, author)
        self.meeting = meeting
        self.clock = clock
        self.store = store
        self.runner = self.core.runner
        self.capture = self.core.capture
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer)
        self.wakeups = 0  # counted for the CPU benchmark
        if store is not None:
            store.attach(meeting)  # first: the store commits before any screen redraws
        meeting.subscribe(self._on_meeting_changed)
        self._schedule()

    def execute(self, cmd: Command):
        """Apply a command; a refusal is announced on `refused` (and returns None)."""
        try:
            return self.core.execute(cmd)
        except CommandError as exc:
            self.refused.emit(str(exc))
            return None

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

    def _on_meeting_changed(self, changes: list[Change]) -> None:
        cs = ChangeSet(changes)
        self.changed.emit(cs)
        if cs.has(*_TICKING):
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

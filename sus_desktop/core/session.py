"""One open meeting in the core: the meeting, its clock and mode objects, and the one door
through which every change goes (`execute`).

The Qt layer wraps a `Session` (ui/session.py) and redraws on the changes it announces; the
store is attached to the meeting and writes each command's changes in one transaction before
any screen hears of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sus_desktop.core.capture import NoteCapture
from sus_desktop.core.changes import Change
from sus_desktop.core.clock import Clock
from sus_desktop.core.commands import Author, Command
from sus_desktop.core.followup import FollowUp
from sus_desktop.core.meeting import Meeting
from sus_desktop.core.run import Runner
from sus_desktop.core.spiral import SpiralRound
from sus_desktop.core.talktime import TalkTime

Executed = Callable[[Command, list[Change]], None]


class Session:
    def __init__(self, meeting: Meeting, clock: Clock, author: Author | None = None) -> None:
        self.meeting = meeting
        self.clock = clock
        self.author = author or Author()
        stamped = next((e for e in reversed(meeting.log) if e.boot is not None), None)
        if stamped is not None:  # reopened in the same boot: elapsed time from the boot clock
            clock.align(stamped.at, stamped.boot, stamped.boot_id)
        self.runner = Runner(meeting, clock)
        self.talk = TalkTime(meeting)
        self.followup = FollowUp(meeting)
        self.capture = NoteCapture(meeting, self.runner, clock, self.spiral)
        self.deleted_notes: list[str] = []  # the undo stack of note deletes
        self._executed: list[Executed] = []

    def spiral(self, phase_id: str | None) -> SpiralRound:
        return SpiralRound(self.meeting, self.clock, self.runner, phase_id, talk=self.talk)

    # --- the one door -------------------------------------------------------------------
    def on_executed(self, listener: Executed) -> None:
        """Called after each command with its changes (a later issue replicates these)."""
        self._executed.append(listener)

    def execute(self, cmd: Command) -> Any:
        if cmd.author is None:
            cmd.author = self.author
        if not cmd.at:
            cmd.at = self.clock.now()
        with self.meeting.batch() as changes:
            result = cmd.apply(self)
            done = list(changes)
        for listener in list(self._executed):
            listener(cmd, done)
        return result

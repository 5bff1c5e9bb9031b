"""Follow-up on the previous conversation (the law asks each conversation to follow up on the
previous ones): last meeting's decision notes and actions become entries with a status.

Entries are typed (`FollowUpEntry`), each stored on its own. Importing the same previous
meeting twice does not duplicate entries (keyed on the source id).
"""

from __future__ import annotations

from dataclasses import replace

from sus_desktop.core.ids import new_id
from sus_desktop.core.meeting import Meeting, NoteKind
from sus_desktop.core.mode_state import DONE, DROPPED, ONGOING, OPEN, STATUSES, FollowUpEntry
from sus_desktop.core.text import clean_line, clean_text

__all__ = ["FollowUp", "OPEN", "DONE", "ONGOING", "DROPPED", "STATUSES", "LABELS"]

# Danish labels for the minutes (the UI has its own, translatable, in run/followup_panel.py).
LABELS = {OPEN: "Åben", DONE: "Udført", ONGOING: "I gang", DROPPED: "Droppet"}


class FollowUp:
    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting

    def entries(self) -> list[FollowUpEntry]:
        return list(self.meeting.follow_up)

    def entry(self, entry_id: str) -> FollowUpEntry | None:
        return next((e for e in self.meeting.follow_up if e.id == entry_id), None)

    def import_from(self, previous: Meeting) -> list[FollowUpEntry]:
        """Add entries for `previous`'s decision notes and actions. Returns the new entries."""
        seen = {e.source_id for e in self.meeting.follow_up}
        new: list[FollowUpEntry] = []
        origin = previous.info.date
        for n in previous.notes:
            if n.kind == NoteKind.DECISION and n.id not in seen and n.text.strip():
                new.append(FollowUpEntry(new_id("f"), "decision", n.id, n.text, origin=origin))
        for a in previous.actions:
            if a.id not in seen and a.what.strip():
                new.append(
                    FollowUpEntry(new_id("f"), "action", a.id, a.what, a.who, a.due, origin=origin)
                )
        for e in new:
            self.meeting.put_follow_up(e)
        return new

    def set_status(self, entry_id: str, status: str, note: str | None = None) -> None:
        if status not in STATUSES:
            raise ValueError(status)
        e = self.entry(entry_id)
        if e is None:
            raise KeyError(entry_id)
        changed = replace(e, status=status)
        if note is not None:
            changed.note = clean_text(note).strip()
        self.meeting.put_follow_up(changed)

    def set_note(self, entry_id: str, note: str) -> None:
        e = self.entry(entry_id)
        if e is None:
            raise KeyError(entry_id)
        self.set_status(entry_id, e.status, note)

    def add(self, text: str, who: str = "", due: str = "") -> FollowUpEntry:
        """A follow-up point typed by hand (no source meeting file)."""
        entry = FollowUpEntry(
            new_id("f"), "manual", None, clean_text(text).strip(), clean_line(who), clean_line(due)
        )
        self.meeting.put_follow_up(entry)
        return entry

    def remove(self, entry_id: str) -> None:
        self.meeting.remove_follow_up(entry_id)

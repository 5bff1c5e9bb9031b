"""Follow-up on the previous conversation (the law asks each conversation to follow up on the
previous ones): last meeting's decision notes and actions become entries with a status.

Entries live in ``meeting.extra["follow_up"]`` as a list of plain dicts:
``{id, source ("decision"/"action"), source_id, text, who, due, status, note}`` with status one
of "åben", "done", "ongoing", "dropped". Importing the same previous meeting twice does not
duplicate entries (keyed on the source id).
"""

from __future__ import annotations

import copy

from sus_desktop.core.ids import new_id
from sus_desktop.core.meeting import Meeting, NoteKind
from sus_desktop.core.text import clean_line, clean_text

EXTRA_KEY = "follow_up"
OPEN, DONE, ONGOING, DROPPED = "åben", "done", "ongoing", "dropped"
STATUSES = [OPEN, DONE, ONGOING, DROPPED]
# Danish labels for the UI and the minutes (wrap in tr() where shown).
LABELS = {OPEN: "Åben", DONE: "Udført", ONGOING: "I gang", DROPPED: "Droppet"}


class FollowUp:
    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting

    def entries(self) -> list[dict]:
        data = self.meeting.extra.get(EXTRA_KEY)
        return copy.deepcopy(data) if isinstance(data, list) else []

    def entry(self, entry_id: str) -> dict | None:
        return next((e for e in self.entries() if e["id"] == entry_id), None)

    def _save(self, entries: list[dict]) -> None:
        self.meeting.set_extra(EXTRA_KEY, entries)

    def import_from(self, previous: Meeting) -> list[dict]:
        """Add entries for `previous`'s decision notes and actions. Returns the new entries."""
        entries = self.entries()
        seen = {e.get("source_id") for e in entries}
        new: list[dict] = []
        origin = previous.info.date
        for n in previous.notes:
            if n.kind == NoteKind.DECISION and n.id not in seen and n.text.strip():
                new.append({"id": new_id("f"), "source": "decision", "source_id": n.id,
                            "text": n.text, "who": "", "due": "", "status": OPEN, "note": "",
                            "from": origin})
        for a in previous.actions:
            if a.id not in seen and a.what.strip():
                new.append({"id": new_id("f"), "source": "action", "source_id": a.id,
                            "text": a.what, "who": a.who, "due": a.due, "status": OPEN,
                            "note": "", "from": origin})
        if new:
            self._save(entries + new)
        return new

    def set_status(self, entry_id: str, status: str, note: str | None = None) -> None:
        if status not in STATUSES:
            raise ValueError(status)
        entries = self.entries()
        for e in entries:
            if e["id"] == entry_id:
                e["status"] = status
                if note is not None:
                    e["note"] = clean_text(note).strip()
                self._save(entries)
                return
        raise KeyError(entry_id)

    def set_note(self, entry_id: str, note: str) -> None:
        e = self.entry(entry_id)
        if e is None:
            raise KeyError(entry_id)
        self.set_status(entry_id, e["status"], note)

    def add(self, text: str, who: str = "", due: str = "") -> dict:
        """A follow-up point typed by hand (no source meeting file)."""
        entry = {"id": new_id("f"), "source": "manual", "source_id": None,
                 "text": clean_text(text).strip(), "who": clean_line(who), "due": clean_line(due),
                 "status": OPEN, "note": "", "from": ""}
        self._save(self.entries() + [entry])
        return entry

    def remove(self, entry_id: str) -> None:
        self._save([e for e in self.entries() if e["id"] != entry_id])

"""The meeting: its details, participants, agenda, notes, actions and run log.

`Meeting` is the one place where meeting data changes. Every mutation goes through a method
here and announces itself to listeners (the store, the UI), so that no change can be made
that is neither saved nor shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Callable

from sus_desktop.core.agenda import AgendaInfo, AgendaItem, renumber
from sus_desktop.core.ids import new_id
from sus_desktop.core.text import clean_line, clean_text

ROLES = ["Skoleleder", "Ledelsesteam", "Børn og Unge-chef", "PUF-konsulent", "PPR",
         "Skolebestyrelse", "Forældrerepræsentant", "Elevråd", "MED", "Referent", "Andet"]


class NoteKind(str, Enum):
    NOTE = "note"
    DECISION = "decision"
    ACTION = "action"
    EVALUATION = "evaluation"


@dataclass
class MeetingInfo:
    title: str = "Skoleudviklingssamtale"
    school: str = ""
    date: str = ""  # YYYY-MM-DD
    start_time: str = "13:00"  # HH:MM
    end_time: str = ""  # HH:MM, the time available; empty = start + agenda total
    location: str = ""
    theme: str = ""
    learning_focus: str = ""


@dataclass
class Participant:
    name: str
    role: str = ""
    present: bool = True
    id: str = field(default_factory=lambda: new_id("u"))


@dataclass
class Note:
    text: str
    item: str | None = None
    phase: str | None = None
    participant: str | None = None
    round: int | None = None
    kind: NoteKind = NoteKind.NOTE
    created_at: float = 0.0  # epoch seconds
    id: str = field(default_factory=lambda: new_id("n"))
    theme: str = ""  # a "#tema" typed in the note or assigned afterwards; groups the minutes
    deleted: bool = False  # deleted notes stay (a concurrent edit elsewhere must not be lost)


@dataclass
class Action:
    what: str
    who: str = ""
    due: str = ""
    item: str | None = None
    id: str = field(default_factory=lambda: new_id("a"))


@dataclass
class LogEntry:
    at: float  # epoch seconds
    event: str  # start, pause, resume, next, previous, jump, extend, finish
    item: str | None = None
    phase: str | None = None
    minutes: float | None = None


Listener = Callable[[str, str | None], None]


class Meeting:
    """Aggregate root. Listeners get (kind, id) for every change.

    kinds: info, participants, agenda, note, note_removed, action, action_removed, log.
    """

    def __init__(self, id: str | None = None, info: MeetingInfo | None = None,
                 agenda_info: AgendaInfo | None = None, agenda: list[AgendaItem] | None = None,
                 participants: list[Participant] | None = None, notes: list[Note] | None = None,
                 actions: list[Action] | None = None, log: list[LogEntry] | None = None,
                 extra: dict | None = None) -> None:
        self.id = id or new_id("m")
        self.info = info or MeetingInfo()
        self.agenda_info = agenda_info or AgendaInfo()
        self.agenda: list[AgendaItem] = agenda or []
        self.participants: list[Participant] = participants or []
        self.notes: list[Note] = notes or []
        self.actions: list[Action] = actions or []
        self.log: list[LogEntry] = log or []
        self.extra: dict = extra or {}  # sections owned by later features (follow-up, talk time)
        self._listeners: list[Listener] = []

    # --- observation ------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, kind: str, ident: str | None = None) -> None:
        for listener in list(self._listeners):
            listener(kind, ident)

    # --- lookups ----------------------------------------------------------------------
    def item(self, item_id: str | None) -> AgendaItem | None:
        return next((i for i in self.agenda if i.id == item_id), None)

    def participant(self, pid: str | None) -> Participant | None:
        return next((p for p in self.participants if p.id == pid), None)

    def note(self, note_id: str) -> Note | None:
        return next((n for n in self.notes if n.id == note_id), None)

    def present_participants(self) -> list[Participant]:
        return [p for p in self.participants if p.present]

    def live_notes(self) -> list[Note]:
        """The notes a user sees: deleted ones stay stored but are left out everywhere."""
        return [n for n in self.notes if not n.deleted]

    def notes_for_item(self, item_id: str) -> list[Note]:
        return [n for n in self.notes if n.item == item_id and not n.deleted]

    # --- details ----------------------------------------------------------------------
    def update_info(self, **fields) -> None:
        for key, value in fields.items():
            if not hasattr(self.info, key):
                raise AttributeError(key)
            value = clean_text(value).strip() if key == "learning_focus" else clean_line(value)
            setattr(self.info, key, value)
        self._emit("info")

    # --- participants -----------------------------------------------------------------
    def add_participant(self, name: str, role: str = "", present: bool = True) -> Participant:
        p = Participant(clean_line(name), clean_line(role), present)
        self.participants.append(p)
        self._emit("participants", p.id)
        return p

    def update_participant(self, pid: str, **fields) -> None:
        p = self.participant(pid)
        if p is None:
            raise KeyError(pid)
        for key, value in fields.items():
            setattr(p, key, value if key == "present" else clean_line(value))
        self._emit("participants", pid)

    def remove_participant(self, pid: str) -> None:
        self.participants = [p for p in self.participants if p.id != pid]
        self._emit("participants", pid)

    def move_participant(self, pid: str, new_index: int) -> None:
        p = self.participant(pid)
        if p is None:
            raise KeyError(pid)
        self.participants.remove(p)
        self.participants.insert(max(0, min(new_index, len(self.participants))), p)
        self._emit("participants", pid)

    # --- agenda -----------------------------------------------------------------------
    def set_agenda(self, items: list[AgendaItem], info: AgendaInfo | None = None) -> None:
        renumber(items)
        self.agenda = items
        if info is not None:
            self.agenda_info = info
        self._emit("agenda")

    def agenda_changed(self) -> None:
        """Call after editing AgendaItem/Phase objects in place (the agenda editor does)."""
        renumber(self.agenda)
        self._emit("agenda")

    # --- notes ------------------------------------------------------------------------
    def add_note(self, text: str, *, item: str | None = None, phase: str | None = None,
                 participant: str | None = None, round: int | None = None,
                 kind: NoteKind = NoteKind.NOTE, created_at: float = 0.0) -> Note:
        note = Note(clean_text(text).strip(), item, phase, participant, round, NoteKind(kind),
                    created_at)
        self.notes.append(note)
        self._emit("note", note.id)
        return note

    def update_note(self, note_id: str, **fields) -> None:
        note = self.note(note_id)
        if note is None:
            raise KeyError(note_id)
        for key, value in fields.items():
            if key == "text":
                value = clean_text(value).strip()
            elif key == "kind":
                value = NoteKind(value)
            setattr(note, key, value)
        self._emit("note", note_id)

    def remove_note(self, note_id: str) -> Note | None:
        note = self.note(note_id)
        if note is not None:
            self.notes.remove(note)
            self._emit("note_removed", note_id)
        return note

    def restore_note(self, note: Note, index: int | None = None) -> None:
        """Undo of a delete: puts the same note (same id) back."""
        self.notes.insert(len(self.notes) if index is None else index, note)
        self._emit("note", note.id)

    # --- actions ----------------------------------------------------------------------
    def add_action(self, what: str, who: str = "", due: str = "", item: str | None = None) -> Action:
        action = Action(clean_text(what).strip(), clean_line(who), clean_line(due), item)
        self.actions.append(action)
        self._emit("action", action.id)
        return action

    def update_action(self, action_id: str, **fields) -> None:
        action = next((a for a in self.actions if a.id == action_id), None)
        if action is None:
            raise KeyError(action_id)
        for key, value in fields.items():
            setattr(action, key, value if key == "item" else clean_text(value).strip())
        self._emit("action", action_id)

    def remove_action(self, action_id: str) -> None:
        self.actions = [a for a in self.actions if a.id != action_id]
        self._emit("action_removed", action_id)

    # --- run log ----------------------------------------------------------------------
    def append_log(self, entry: LogEntry) -> None:
        self.log.append(entry)
        self._emit("log", None)

    def set_extra(self, key: str, value) -> None:
        self.extra[key] = value
        self._emit("extra", key)


# --- time helpers --------------------------------------------------------------------

def to_iso(ts: float) -> str:
    return datetime.fromtimestamp(ts).astimezone().isoformat(timespec="milliseconds")


def from_iso(text: str) -> float:
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.astimezone()
    return dt.timestamp()

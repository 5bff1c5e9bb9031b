"""The meeting: its details, participants, agenda, notes, actions, run log and mode state.

`Meeting` is the one place where meeting data changes. Every mutation goes through a method
here and announces a typed `Change` (kind and id) to listeners (the store, the UI), so that no
change can be made that is neither saved nor shown. Commands (core/commands.py) are the only
callers outside the core.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from sus_desktop.core.agenda import AgendaInfo, AgendaItem, Phase, renumber
from sus_desktop.core.changes import Change, ChangeKind
from sus_desktop.core.ids import new_id
from sus_desktop.core.lazy_dataclass import LazyDataclass, lazy_dataclass
from sus_desktop.core.mode_state import FollowUpEntry, MinutesSection, SpiralState, TalkState
from sus_desktop.core.text import clean_line, clean_text

ROLES = [
    "Skoleleder",
    "Ledelsesteam",
    "Børn og Unge-chef",
    "PUF-konsulent",
    "PPR",
    "Skolebestyrelse",
    "Forældrerepræsentant",
    "Elevråd",
    "MED",
    "Referent",
    "Andet",
]


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
    # The laptop id that runs the clock, spiral and talk time (issue 15); "" = the laptop
    # that created or hosts the meeting. Changed only by HandOverClock / TakeClock.
    clock_holder: str = ""


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


@lazy_dataclass
class Action(LazyDataclass):
    what: str
    who: str = ""
    due: str = ""
    item: str | None = None
    id: str = field(default_factory=lambda: new_id("a"))
    source: str | None = None  # the action note it was parsed from (never parsed twice)


@dataclass
class LogEntry:
    at: float  # epoch seconds
    event: str  # start, pause, resume, next, previous, jump, extend, finish
    item: str | None = None
    phase: str | None = None
    minutes: float | None = None
    id: str = field(default_factory=lambda: new_id("l"))
    # Seconds on the boot-time clock when logged, and that boot's id: within one boot a
    # restart measures elapsed time with it, immune to wall-clock corrections.
    boot: float | None = None
    boot_id: str = ""


Listener = Callable[[list[Change]], None]


class Meeting:
    """Aggregate root. Every mutation announces one `Change` per entity it touched.

    The mutators are the core's own building blocks: the UI never calls them, it sends
    commands (core/commands.py), which validate and then call these.
    """

    def __init__(
        self,
        id: str | None = None,
        info: MeetingInfo | None = None,
        agenda_info: AgendaInfo | None = None,
        agenda: list[AgendaItem] | None = None,
        participants: list[Participant] | None = None,
        notes: list[Note] | None = None,
        actions: list[Action] | None = None,
        log: list[LogEntry] | None = None,
        extra: dict | None = None,
        spirals: dict[str, SpiralState] | None = None,
        talk: TalkState | None = None,
        follow_up: list[FollowUpEntry] | None = None,
        minutes: dict[str, MinutesSection] | None = None,
    ) -> None:
        self.id = id or new_id("m")
        self.info = info or MeetingInfo()
        self.agenda_info = agenda_info or AgendaInfo()
        self.agenda: list[AgendaItem] = agenda or []
        self.participants: list[Participant] = participants or []
        self.all_notes: list[Note] = notes or []  # deleted ones included
        self.actions: list[Action] = actions or []
        self.log: list[LogEntry] = log or []
        self.spirals: dict[str, SpiralState] = spirals or {}  # phase id -> its spiral round
        self.talk: TalkState = talk or TalkState()
        self.follow_up: list[FollowUpEntry] = follow_up or []
        self.minutes: dict[str, MinutesSection] = minutes or {}
        self.extra: dict = extra or {}  # sections a file had that this version does not use
        self.problems: list[str] = []  # what a file or the store had that could not be used
        self._listeners: list[Listener] = []
        self._batch: list[Change] | None = None
        self._depth = 0
        self.version = 0  # counts announced changes: a cache key for derived values

    # --- observation ------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def announce(self, change: Change) -> None:
        if self._batch is not None:
            if change not in self._batch:
                self._batch.append(change)
            return
        self._deliver([change])

    def _deliver(self, changes: list[Change]) -> None:
        self.version += 1  # what was computed from the meeting before is stale now
        for listener in list(self._listeners):
            listener(changes)

    @contextmanager
    def batch(self) -> Iterator[list[Change]]:
        """Changes made inside are announced together at the end (one store transaction per
        command); nested batches join the outer one."""
        if self._batch is None:
            self._batch = []
        self._depth += 1
        try:
            yield self._batch
        finally:
            self._depth -= 1
            if self._depth == 0:
                changes, self._batch = self._batch, None
                if changes:
                    self._deliver(changes)

    def _emit(self, kind: ChangeKind, ident: str | None = None, removed: bool = False) -> None:
        self.announce(Change(kind, ident, removed))

    # --- lookups ----------------------------------------------------------------------
    @property
    def notes(self) -> list[Note]:
        """The notes a user sees; deleted ones stay in `all_notes`."""
        return [n for n in self.all_notes if not n.deleted]

    def live_notes(self) -> list[Note]:
        return self.notes

    def item(self, item_id: str | None) -> AgendaItem | None:
        return next((i for i in self.agenda if i.id == item_id), None)

    def phase(self, phase_id: str | None) -> tuple[AgendaItem | None, Phase | None]:
        for item in self.agenda:
            for phase in item.phases:
                if phase.id == phase_id:
                    return item, phase
        return None, None

    def participant(self, pid: str | None) -> Participant | None:
        return next((p for p in self.participants if p.id == pid), None)

    def note(self, note_id: str) -> Note | None:
        """A live note (None for a deleted one)."""
        n = self._any_note(note_id)
        return n if n is not None and not n.deleted else None

    def _any_note(self, note_id: str) -> Note | None:
        return next((n for n in reversed(self.all_notes) if n.id == note_id), None)

    def action(self, action_id: str) -> Action | None:
        return next((a for a in self.actions if a.id == action_id), None)

    def present_participants(self) -> list[Participant]:
        return [p for p in self.participants if p.present]

    # --- details ----------------------------------------------------------------------
    def update_info(self, **fields) -> None:
        for key in fields:
            if not hasattr(self.info, key):
                raise AttributeError(key)
        for key, value in fields.items():
            value = clean_text(value).strip() if key == "learning_focus" else clean_line(value)
            if getattr(self.info, key) != value:
                setattr(self.info, key, value)
                self._emit(ChangeKind.INFO, key)

    # --- participants -----------------------------------------------------------------
    def add_participant(
        self,
        name: str,
        role: str = "",
        present: bool = True,
        id: str | None = None,
        index: int | None = None,
    ) -> Participant:
        p = Participant(clean_line(name), clean_line(role), present)
        if id:
            p.id = id
        n = len(self.participants) if index is None else max(0, min(index, len(self.participants)))
        self.participants.insert(n, p)
        self._emit(ChangeKind.PARTICIPANT, p.id)
        return p

    def update_participant(self, pid: str, **fields) -> None:
        p = self.participant(pid)
        if p is None:
            raise KeyError(pid)
        for key, value in fields.items():
            if key not in ("name", "role", "present"):
                raise AttributeError(key)
            setattr(p, key, bool(value) if key == "present" else clean_line(value))
        self._emit(ChangeKind.PARTICIPANT, pid)

    def remove_participant(self, pid: str) -> None:
        if self.participant(pid) is None:
            return
        self.participants = [p for p in self.participants if p.id != pid]
        self._emit(ChangeKind.PARTICIPANT, pid, removed=True)

    def move_participant(self, pid: str, new_index: int) -> None:
        p = self.participant(pid)
        if p is None:
            raise KeyError(pid)
        self.participants.remove(p)
        self.participants.insert(max(0, min(new_index, len(self.participants))), p)
        self._emit(ChangeKind.PARTICIPANT, pid)

    # --- agenda -----------------------------------------------------------------------
    def set_agenda(self, items: list[AgendaItem], info: AgendaInfo | None = None) -> None:
        """Replace the whole agenda (a template, the built-in one): every entity announced."""
        old = [(ChangeKind.ITEM, i.id) for i in self.agenda]
        old += [(ChangeKind.PHASE, p.id) for i in self.agenda for p in i.phases]
        renumber(items)
        self.agenda = items
        new = {i.id for i in items} | {p.id for i in items for p in i.phases}
        for kind, ident in old:
            if ident not in new:
                self._emit(kind, ident, removed=True)
        for item in items:
            self._emit(ChangeKind.ITEM, item.id)
            for phase in item.phases:
                self._emit(ChangeKind.PHASE, phase.id)
        if info is not None:
            self.agenda_info = info
            self._emit(ChangeKind.INFO, "agenda_info")

    def agenda_changed(self) -> None:
        """Announce every agenda entity after edits in place (prefer core/agenda_edit.py,
        which announces only what it touched)."""
        renumber(self.agenda)
        for item in self.agenda:
            self._emit(ChangeKind.ITEM, item.id)
            for phase in item.phases:
                self._emit(ChangeKind.PHASE, phase.id)

    # --- notes ------------------------------------------------------------------------
    def add_note(
        self,
        text: str,
        *,
        item: str | None = None,
        phase: str | None = None,
        participant: str | None = None,
        round: int | None = None,
        kind: NoteKind = NoteKind.NOTE,
        created_at: float = 0.0,
        theme: str = "",
        id: str | None = None,
    ) -> Note:
        note = Note(
            clean_text(text).strip(),
            item,
            phase,
            participant,
            round,
            NoteKind(kind),
            created_at,
            theme=clean_line(theme),
        )
        if id:
            note.id = id
        self.all_notes.append(note)
        self._emit(ChangeKind.NOTE, note.id)
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
            elif key == "theme":
                value = clean_line(value)
            elif key not in ("item", "phase", "participant", "round"):
                raise AttributeError(key)
            setattr(note, key, value)
        self._emit(ChangeKind.NOTE, note_id)

    def remove_note(self, note_id: str) -> Note | None:
        """Marks the note deleted (kept, so that an edit made elsewhere meanwhile survives)."""
        note = self.note(note_id)
        if note is not None:
            note.deleted = True
            self._emit(ChangeKind.NOTE, note_id)
        return note

    def restore_note(self, note: Note, index: int | None = None) -> None:
        """Undo of a delete: the same note (same id) back in its place."""
        if not any(n is note for n in self.all_notes):
            live = [n for n in self.all_notes if not n.deleted]
            at = len(self.all_notes)
            if index is not None and index < len(live):
                at = self.all_notes.index(live[index])
            self.all_notes.insert(at, note)
        note.deleted = False
        self._emit(ChangeKind.NOTE, note.id)

    # --- actions ----------------------------------------------------------------------
    def add_action(
        self,
        what: str,
        who: str = "",
        due: str = "",
        item: str | None = None,
        id: str | None = None,
        source: str | None = None,
    ) -> Action:
        action = Action(
            clean_text(what).strip(), clean_line(who), clean_line(due), item, source=source
        )
        if id:
            action.id = id
        self.actions.append(action)
        self._emit(ChangeKind.ACTION, action.id)
        return action

    def update_action(self, action_id: str, **fields) -> None:
        action = self.action(action_id)
        if action is None:
            raise KeyError(action_id)
        for key, value in fields.items():
            if key not in ("what", "who", "due", "item"):
                raise AttributeError(key)
            setattr(action, key, value if key == "item" else clean_text(value).strip())
        self._emit(ChangeKind.ACTION, action_id)

    def remove_action(self, action_id: str) -> None:
        if self.action(action_id) is None:
            return
        self.actions = [a for a in self.actions if a.id != action_id]
        self._emit(ChangeKind.ACTION, action_id, removed=True)

    # --- run log ----------------------------------------------------------------------
    def append_log(self, entry: LogEntry) -> None:
        self.log.append(entry)
        self._emit(ChangeKind.LOG, entry.id)

    # --- mode state -------------------------------------------------------------------
    def set_spiral(self, phase_id: str, state: SpiralState) -> None:
        self.spirals[phase_id] = state
        self._emit(ChangeKind.SPIRAL, phase_id)

    def set_talk(self, state: TalkState) -> None:
        self.talk = state
        self._emit(ChangeKind.TALK)

    def put_follow_up(self, entry: FollowUpEntry) -> None:
        for n, e in enumerate(self.follow_up):
            if e.id == entry.id:
                self.follow_up[n] = entry
                break
        else:
            self.follow_up.append(entry)
        self._emit(ChangeKind.FOLLOW_UP, entry.id)

    def remove_follow_up(self, entry_id: str) -> None:
        self.follow_up = [e for e in self.follow_up if e.id != entry_id]
        self._emit(ChangeKind.FOLLOW_UP, entry_id, removed=True)

    def set_minutes_section(self, section: MinutesSection) -> None:
        self.minutes[section.key] = section
        self._emit(ChangeKind.MINUTES, section.key)

    def set_extra(self, key: str, value) -> None:
        """A section this version does not use, kept as it came (tests and old files)."""
        self.extra[key] = value
        self._emit(ChangeKind.EXTRA, key)


# --- time helpers --------------------------------------------------------------------


def to_iso(ts: float) -> str:
    return datetime.fromtimestamp(ts).astimezone().isoformat(timespec="milliseconds")


def from_iso(text: str) -> float:
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.astimezone()
    return dt.timestamp()

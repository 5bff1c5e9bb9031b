"""Every change a user can make, as a named command: validated here, applied to the meeting,
announced as typed changes (core/changes.py).

A command is a small dataclass with a stable id, its author (laptop and role) and a time, so
that the stream can be logged and later replicated to a second laptop. The UI builds commands
and hands them to `Session.execute`; nothing outside the core calls the meeting's mutators.
`apply` returns what the caller may want back (the new note, the next speaker), never a
change list: changes are collected by the session from the meeting itself, so no command can
forget to announce one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from sus_desktop.core import agenda_edit
from sus_desktop.core.agenda import AgendaInfo, AgendaItem
from sus_desktop.core.capture import parse_action
from sus_desktop.core.ids import new_id
from sus_desktop.core.lazy_dataclass import LazyDataclass, lazy_dataclass
from sus_desktop.core.meeting import Meeting, NoteKind
from sus_desktop.core.mode_state import MinutesSection

if TYPE_CHECKING:
    from sus_desktop.core.session import Session

FACILITATOR, REFERENT = "facilitator", "referent"

# Commands compare by identity (each has its own id): no generated __eq__. Their repr is the
# base class's (the same text a generated one gives), and a class without a docstring gets
# its name as one: dataclass would otherwise build each one's signature. And a command class
# becomes a dataclass when it is first used (made, or its fields asked for), not at import
# (core/lazy_dataclass.py): the 50-odd of them cost ~8 ms at every start, and a start uses a
# handful.
_command = lazy_dataclass(kw_only=True, eq=False, repr=False)

if TYPE_CHECKING:
    from typing import TypeVar

    from typing_extensions import dataclass_transform

    _C = TypeVar("_C", bound=type)

    @dataclass_transform(kw_only_default=True, eq_default=False, field_specifiers=(field,))
    def command(cls: _C) -> _C: ...

else:

    def command(cls):
        if cls.__dict__.get("__doc__") is None:  # not cls.__doc__: that makes the dataclass
            cls.__doc__ = cls.__name__
        return _command(cls)


class CommandError(ValueError):
    """A command that cannot be applied; the message is Danish and fit to show."""


@dataclass(frozen=True)
class Author:
    laptop: str = ""  # a stable id of the installation that issued the command
    role: str = FACILITATOR


@command
class Command(LazyDataclass):
    id: str = field(default_factory=lambda: new_id("c"))
    author: Author | None = None  # stamped by the session when None
    at: float = 0.0  # epoch seconds, stamped by the session when 0

    def apply(self, s: Session) -> Any:
        raise NotImplementedError

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)
        return f"{type(self).__qualname__}({shown})"


# --- details ----------------------------------------------------------------------------------


@command
class SetInfo(Command):
    fields: dict

    def apply(self, s: Session) -> None:
        if "clock_holder" in self.fields:
            raise CommandError("Uret gives videre med «Giv uret til …».")
        s.meeting.update_info(**self.fields)


# --- participants -------------------------------------------------------------------------------


@command
class AddParticipant(Command):
    name: str
    role: str = ""
    present: bool = True
    index: int | None = None
    participant_id: str | None = None

    def apply(self, s: Session):
        return s.meeting.add_participant(
            self.name, self.role, self.present, id=self.participant_id, index=self.index
        )


@command
class UpdateParticipant(Command):
    participant_id: str
    fields: dict

    def apply(self, s: Session) -> None:
        s.meeting.update_participant(self.participant_id, **self.fields)


@command
class RemoveParticipant(Command):
    participant_id: str

    def apply(self, s: Session) -> None:
        s.meeting.remove_participant(self.participant_id)


@command
class MoveParticipant(Command):
    participant_id: str
    index: int

    def apply(self, s: Session) -> None:
        s.meeting.move_participant(self.participant_id, self.index)


# --- agenda -----------------------------------------------------------------------------------


@command
class ReplaceAgenda(Command):
    items: list[AgendaItem]
    info: AgendaInfo | None = None

    def apply(self, s: Session) -> None:
        if not self.items:
            raise CommandError("En dagsorden skal have mindst ét punkt.")
        s.meeting.set_agenda(self.items, self.info)


@command
class AddAgendaItem(Command):
    after_id: str | None
    title: str

    def apply(self, s: Session):
        return agenda_edit.add_item(s.meeting, self.after_id, self.title)


@command
class AddPhase(Command):
    at_id: str  # an item (append) or a phase (insert after it)
    title: str

    def apply(self, s: Session):
        return agenda_edit.add_phase(s.meeting, self.at_id, self.title)


@command
class MoveAgendaEntry(Command):
    entry_id: str  # an item or a phase (phases move within their item)
    delta: int = 0
    index: int | None = None  # absolute place; wins over delta

    def apply(self, s: Session) -> bool:
        if self.index is not None:
            return agenda_edit.move_to(s.meeting, self.entry_id, self.index)
        return agenda_edit.move(s.meeting, self.entry_id, self.delta)


@command
class RemoveAgendaEntry(Command):
    entry_id: str

    def apply(self, s: Session) -> bool:
        item, phase = agenda_edit.find(s.meeting, self.entry_id)
        if item is not None and phase is None and len(s.meeting.agenda) == 1:
            raise CommandError("Dagsordenens sidste punkt kan ikke fjernes.")
        return agenda_edit.remove(s.meeting, self.entry_id)


@command
class SetAgendaFields(Command):
    entry_id: str
    fields: dict

    def apply(self, s: Session) -> bool:
        return agenda_edit.set_fields(s.meeting, self.entry_id, **self.fields)


# --- notes ------------------------------------------------------------------------------------


@command
class AddNote(Command):
    """A note with its attribution as the laptop that typed it saw it (item, phase, speaker,
    round): the facilitator may have moved on before a second laptop's note arrives."""

    text: str
    kind: NoteKind = NoteKind.NOTE
    item: str | None = None
    phase: str | None = None
    participant: str | None = None
    round: int | None = None
    theme: str = ""
    note_id: str | None = None

    def apply(self, s: Session):
        if not self.text.strip():
            return None
        note = s.meeting.add_note(
            self.text,
            item=self.item,
            phase=self.phase,
            participant=self.participant,
            round=self.round,
            kind=NoteKind(self.kind),
            created_at=self.at,
            theme=self.theme,
            id=self.note_id,
        )
        if note.kind == NoteKind.ACTION:
            _action_from_note(s.meeting, note)
        return note


def _action_from_note(meeting: Meeting, note) -> None:
    """An action note ("Hvad; Hvem; Hvornår") becomes one action, parsed once."""
    if any(a.source == note.id for a in meeting.actions):
        return
    what, who, due = parse_action(note.text)
    if what:
        meeting.add_action(what, who, due, note.item, source=note.id)


@command
class EditNote(Command):
    note_id: str
    text: str

    def apply(self, s: Session) -> None:
        if self.text.strip():
            s.meeting.update_note(self.note_id, text=self.text)


@command
class MoveNote(Command):
    """Another item/phase/participant/round/kind/theme (only the given fields)."""

    note_id: str
    fields: dict

    def apply(self, s: Session) -> None:
        fields = dict(self.fields)
        bad = set(fields) - {"item", "phase", "participant", "round", "kind", "theme"}
        if bad:
            raise CommandError(f"Noten kan ikke flyttes efter {sorted(bad)}.")
        note = s.meeting.note(self.note_id)
        if note is None:
            return
        if "item" in fields and "phase" not in fields:
            item = s.meeting.item(fields["item"])
            if item is not None and note.phase not in {p.id for p in item.phases}:
                fields["phase"] = None
        s.meeting.update_note(self.note_id, **fields)
        if fields.get("kind") == NoteKind.ACTION:
            _action_from_note(s.meeting, note)


SPEAKER_CHECK = "speaker_check:"  # meeting.extra key + note id: a speaker to confirm


@command
class FlagNoteSpeaker(Command):
    """The facilitator's laptop found a note typed after its speaker's turn had ended (the
    typing laptop had not yet heard of the next turn): the laptop that typed it asks."""

    note_id: str
    participant: str  # who had the floor when the note was typed
    round: int | None
    laptop: str = ""

    def apply(self, s: Session) -> None:
        note, key = s.meeting.note(self.note_id), SPEAKER_CHECK + self.note_id
        if note is not None and key not in s.meeting.extra:
            check = {"from": note.participant, "to": self.participant, "round": self.round}
            s.meeting.set_extra(key, {**check, "laptop": self.laptop, "state": "open"})


@command
class ResolveNoteSpeaker(Command):
    """The typist's answer to a FlagNoteSpeaker: move the note to that speaker, or keep it."""

    note_id: str
    accept: bool

    def apply(self, s: Session) -> None:
        key = SPEAKER_CHECK + self.note_id
        check = s.meeting.extra.get(key)
        if not isinstance(check, dict) or check.get("state") != "open":
            return
        if self.accept and s.meeting.note(self.note_id) is not None:
            s.meeting.update_note(self.note_id, participant=check["to"], round=check["round"])
        s.meeting.set_extra(key, {**check, "state": "accepted" if self.accept else "kept"})


@command
class DeleteNote(Command):
    note_id: str

    def apply(self, s: Session):
        note = s.meeting.remove_note(self.note_id)
        if note is not None:
            s.deleted_notes.append(note.id)
        return note


@command
class UndoDeleteNote(Command):
    """Brings back the last deleted note (one undo stack per open meeting)."""

    def apply(self, s: Session):
        while s.deleted_notes:
            note = s.meeting._any_note(s.deleted_notes.pop())
            if note is not None and note.deleted:
                s.meeting.restore_note(note)
                return note
        return None


# --- actions ----------------------------------------------------------------------------------


@command
class AddAction(Command):
    what: str
    who: str = ""
    due: str = ""
    item: str | None = None

    def apply(self, s: Session):
        return s.meeting.add_action(self.what, self.who, self.due, self.item)


@command
class UpdateAction(Command):
    action_id: str
    fields: dict

    def apply(self, s: Session) -> None:
        s.meeting.update_action(self.action_id, **self.fields)


@command
class RemoveAction(Command):
    action_id: str

    def apply(self, s: Session) -> None:
        s.meeting.remove_action(self.action_id)


@command
class ActionsFromNotes(Command):
    """Every action note not yet an action becomes one (each note parsed once)."""

    def apply(self, s: Session) -> int:
        before = len(s.meeting.actions)
        for note in s.meeting.notes:
            if note.kind == NoteKind.ACTION:
                _action_from_note(s.meeting, note)
        return len(s.meeting.actions) - before


# --- the clock --------------------------------------------------------------------------------


def holds_clock(meeting: Meeting, author: Author | None) -> bool:
    """Whether this author's laptop runs the clock, spiral and talk time (issue 15): the
    meeting's replicated holder when the clock was handed over, else the laptop that hosts
    it (never a joined referent). One holder per meeting: two laptops never both run it."""
    holder = meeting.info.clock_holder
    if holder:
        return author is not None and author.laptop == holder
    return author is None or author.role != REFERENT


def _facilitator_only(cmd: Command, s: Session) -> None:
    if holds_clock(s.meeting, cmd.author):
        return
    if s.meeting.info.clock_holder:
        raise CommandError(
            "Uret styres fra en anden bærbar lige nu. Bed den om at give dig uret "
            "(Fil → Giv uret til …)."
        )
    raise CommandError("Uret og talerækken styres fra facilitatorens bærbare.")


@command
class HandOverClock(Command):
    """The clock holder hands the clock, spiral and talk time to another laptop in the
    meeting; this laptop then mirrors them as a referent does."""

    to_laptop: str

    def apply(self, s: Session) -> None:
        _facilitator_only(self, s)
        to = self.to_laptop.strip()
        if not to:
            raise CommandError("Vælg den bærbare, der skal have uret.")
        s.meeting.update_info(clock_holder=to)


@command
class TakeClock(Command):
    """The hosting (facilitator's) laptop takes the clock back, e.g. when the laptop it was
    handed to has left the meeting for good. The UI asks first; a referent cannot take it."""

    def apply(self, s: Session) -> None:
        author = self.author or Author()
        if author.role == REFERENT or not author.laptop:
            raise CommandError("Kun facilitatorens bærbare kan tage uret tilbage.")
        s.meeting.update_info(clock_holder=author.laptop)


@command
class RunCommand(Command):
    """Run control; a pause or a new phase also ends the open speaking segment."""

    def apply(self, s: Session) -> None:
        _facilitator_only(self, s)
        before = s.runner.state.pos
        self.run(s)
        st = s.runner.state
        if s.talk.current() is not None and (not st.running or st.pos != before):
            s.talk.speaking(None, self.at)

    def run(self, s: Session) -> None:
        raise NotImplementedError


@command
class StartClock(RunCommand):
    def run(self, s: Session) -> None:
        s.runner.start()


@command
class StartNow(RunCommand):
    """ "Start nu": the plan moves to now (today's date, this minute), then the clock starts."""

    def run(self, s: Session) -> None:
        from sus_desktop.core import danish

        if s.runner.started:
            return
        s.meeting.update_info(date=danish.iso_date(self.at), start_time=danish.hhmm(self.at))
        s.runner.start()


@command
class PauseClock(RunCommand):
    def run(self, s: Session) -> None:
        s.runner.pause()


@command
class ToggleClock(RunCommand):
    def run(self, s: Session) -> None:
        s.runner.toggle()


@command
class NextPhase(RunCommand):
    def run(self, s: Session) -> None:
        s.runner.next()


@command
class PreviousPhase(RunCommand):
    def run(self, s: Session) -> None:
        s.runner.previous()


@command
class NextItem(RunCommand):
    def run(self, s: Session) -> None:
        s.runner.next_item()


@command
class JumpTo(RunCommand):
    item_id: str
    phase_id: str | None = None

    def run(self, s: Session) -> None:
        try:
            s.runner.jump(self.item_id, self.phase_id)
        except KeyError as exc:
            raise CommandError("Punktet findes ikke længere på dagsordenen.") from exc


@command
class ExtendPhase(RunCommand):
    minutes: float
    item_id: str | None = None  # with phase_id: another step than the current one
    phase_id: str | None = None

    def run(self, s: Session) -> None:
        key = (self.item_id, self.phase_id) if self.item_id is not None else None
        s.runner.add_minutes(self.minutes, key=key)


@command
class FinishMeeting(RunCommand):
    def run(self, s: Session) -> None:
        s.runner.finish()


@command
class ApplyRebalance(RunCommand):
    cuts: list[tuple[str, float]]  # (item id, minutes taken from it)

    def run(self, s: Session) -> None:
        for item_id, minutes in self.cuts:
            s.runner.add_minutes(-minutes, key=(item_id, None))


# --- the spiral round -------------------------------------------------------------------------


@command
class SpiralCommand(Command):
    phase_id: str

    def apply(self, s: Session):
        _facilitator_only(self, s)
        return self.run(s.spiral(self.phase_id))

    def run(self, sp):
        raise NotImplementedError


@command
class SpiralNextTurn(SpiralCommand):
    """ "Næste taler": ends the running turn and starts the next one (or the first)."""

    def run(self, sp):
        return sp.next_turn(self.at) if sp.turn_running else sp.start_turn(self.at)


@command
class SpiralPass(SpiralCommand):
    def run(self, sp):
        return sp.pass_turn(self.at)


@command
class SpiralNewRound(SpiralCommand):
    reverse: bool | None = None
    same_start: bool | None = None

    def run(self, sp):
        return sp.new_round(self.reverse, self.same_start, self.at)


@command
class SpiralSkip(SpiralCommand):
    participant_id: str

    def run(self, sp):
        sp.skip(self.participant_id)


@command
class SpiralSetOrder(SpiralCommand):
    order: list[str]

    def run(self, sp):
        sp.set_order(self.order)


@command
class SpiralShuffle(SpiralCommand):
    seed: int | None = None

    def run(self, sp):
        sp.shuffle(random.Random(self.seed))


@command
class SpiralSetOptions(SpiralCommand):
    reverse: bool | None = None
    same_start: bool | None = None

    def run(self, sp):
        sp.set_options(self.reverse, self.same_start)


@command
class SpiralLateArrival(SpiralCommand):
    """Someone arrives late: marked present (added first when only a name is given) and
    speaks last in the round under way."""

    participant_id: str | None = None
    name: str = ""

    def apply(self, s: Session):
        pid = self.participant_id
        if pid is None:
            if not self.name.strip():
                raise CommandError("Skriv navnet på den, der kommer.")
            pid = s.meeting.add_participant(self.name, present=False).id
        s.spiral(self.phase_id).add_late(pid)
        return pid


# --- speaking time ----------------------------------------------------------------------------


@command
class MarkSpeaker(Command):
    participant_id: str | None  # None: nobody speaks

    def apply(self, s: Session) -> None:
        _facilitator_only(self, s)
        if self.participant_id is not None and s.meeting.participant(self.participant_id) is None:
            raise CommandError("Deltageren findes ikke.")
        s.talk.speaking(self.participant_id, self.at)


# --- follow-up --------------------------------------------------------------------------------


@command
class ImportFollowUp(Command):
    previous: Meeting

    def apply(self, s: Session):
        return s.followup.import_from(self.previous)


@command
class SetFollowUpStatus(Command):
    entry_id: str
    status: str
    note: str | None = None

    def apply(self, s: Session) -> None:
        try:
            s.followup.set_status(self.entry_id, self.status, self.note)
        except ValueError as exc:
            raise CommandError(f"Ukendt status «{self.status}».") from exc


@command
class SetFollowUpNote(Command):
    entry_id: str
    note: str

    def apply(self, s: Session) -> None:
        s.followup.set_note(self.entry_id, self.note)


@command
class AddFollowUp(Command):
    text: str
    who: str = ""
    due: str = ""

    def apply(self, s: Session):
        return s.followup.add(self.text, self.who, self.due)


@command
class RemoveFollowUp(Command):
    entry_id: str

    def apply(self, s: Session) -> None:
        s.followup.remove(self.entry_id)


# --- the minutes ------------------------------------------------------------------------------


@command
class EditMinutesSection(Command):
    key: str
    text: str | None = None
    names: bool | None = None
    included: bool | None = None

    def apply(self, s: Session) -> None:
        from sus_desktop.core.text import clean_text

        # A section first stored by a setting (names, included) still shows the draft.
        old = s.meeting.minutes.get(self.key) or MinutesSection(self.key, edited=False)
        new = MinutesSection(
            self.key,
            old.text if self.text is None else clean_text(self.text),
            old.names if self.names is None else bool(self.names),
            old.included if self.included is None else bool(self.included),
            edited=old.edited or self.text is not None,
        )
        if new != old or self.key not in s.meeting.minutes:
            s.meeting.set_minutes_section(new)


@command
class RebuildMinutesSection(Command):
    """ "Byg igen fra noterne": the section's text goes back to the draft, which follows the
    notes again (the UI asks first when there is edited text to lose). `names`: with or
    without speaker names (None: as it was)."""

    key: str
    names: bool | None = None

    def apply(self, s: Session) -> None:
        old = s.meeting.minutes.get(self.key) or MinutesSection(self.key, edited=False)
        new = MinutesSection(
            self.key,
            "",
            old.names if self.names is None else bool(self.names),
            old.included,
            edited=False,
        )
        if new != old or self.key not in s.meeting.minutes:
            s.meeting.set_minutes_section(new)

"""Live note capture for the referent: attribution of what is typed, and search.

Moving, editing and deleting notes are commands (core/commands.py).

Attribution of a submitted note (documented choices):

- item and phase: the runner's current step.
- participant, first match wins:
  1. a leading ``@Navn`` in the text (case-insensitive; a full name, or a unique prefix of a
     name or first name among the participants, present ones preferred). It is removed from
     the text and applies to that note only.
  2. the mode's rule (core/modes.py): in a spiral the speaker of the running turn; in the
     decision nobody (a decision is the meeting's); otherwise on to 3.
  3. the participant picked with ``pick()`` / ``pick_by_index()``. A pick is *sticky*: it
     stays for the following notes until it is changed, cleared (``pick(None)``) or the phase
     changes (a referent writing several notes about one speaker should not re-pick, but a
     pick made in item 3 must not leak into item 4).
  4. nobody (None).
- round: the spiral round number while the current phase is a spiral phase and a round has
  started; otherwise None.

A "#tema" in the text sets the note's theme (the minutes group by it); the word stays in the
sentence. Empty or whitespace-only text is never saved. Search is case-insensitive and takes diacritics
as typed ("ø" does not match "o").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sus_desktop.core.meeting import Meeting, Note, NoteKind, Participant
from sus_desktop.core.modes import Credit, Mode
from sus_desktop.core.modes import spec as mode_spec

_SEPARATORS = " \t:,;-–"


@dataclass
class Attribution:
    item: str | None
    phase: str | None
    participant: str | None
    round: int | None
    mode: Mode | None = None


def parse_action(text: str) -> tuple[str, str, str]:
    """ "Hvad; Hvem; Hvornår" → (what, who, due). Missing parts are empty strings."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) > 3:
        parts = [";".join(parts[:-2]).strip(), parts[-2], parts[-1]]
    parts += [""] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


def match_participant(query: str, participants: list[Participant]) -> Participant | None:
    """A unique participant whose name (or a word of it) starts with `query`, case-insensitive."""
    q = query.casefold().strip()
    if not q:
        return None
    exact = [p for p in participants if p.name.casefold() == q]
    if len(exact) == 1:
        return exact[0]
    hits = [
        p
        for p in participants
        if p.name.casefold().startswith(q)
        or any(w.startswith(q) for w in p.name.casefold().split())
    ]
    if len(hits) == 1:
        return hits[0]
    present = [p for p in hits if p.present]
    return present[0] if len(present) == 1 else None


def split_mention(text: str, participants: list[Participant]) -> tuple[Participant | None, str]:
    """A leading "@Navn" → (participant, rest of the text). No unique match: (None, text)."""
    stripped = text.lstrip()
    if not stripped.startswith("@"):
        return None, text
    body = stripped[1:]
    low = body.casefold()
    # a full name (may contain spaces), longest first
    for p in sorted(participants, key=lambda p: -len(p.name)):
        name = p.name.casefold()
        if (
            name
            and low.startswith(name)
            and (len(low) == len(name) or low[len(name)] in _SEPARATORS)
        ):
            return p, body[len(name) :].lstrip(_SEPARATORS)
    m = re.match(r"([^\s:,;]+)", body)
    if not m:
        return None, text
    found = match_participant(m.group(1), participants)
    if found is None:
        return None, text
    return found, body[m.end() :].lstrip(_SEPARATORS)


_THEME = re.compile(r"(?<![\w#])#([^\W\d_][\w-]*)")


def split_theme(text: str) -> tuple[str, str]:
    """The first #tema names the note's theme. Inside a sentence the word stays without its #
    ("Pauser #trivsel er vigtige" -> "Pauser trivsel er vigtige"); a tag that opens or closes
    the note is taken out ("#barrierer For få voksne" -> "For få voksne")."""
    m = _THEME.search(text)
    if not m:
        return text, ""
    word = m.group(1)

    def keep_or_drop(x: re.Match) -> str:
        edge = not text[: x.start()].strip() or not text[x.end() :].strip()
        return "" if edge else x.group(1)

    rest = (
        " ".join(_THEME.sub(keep_or_drop, text).split())
        if "\n" not in text
        else _THEME.sub(keep_or_drop, text).strip()
    )
    return rest, word[:1].upper() + word[1:]


def search_notes(notes: list[Note], query: str) -> list[Note]:
    q = query.casefold().strip()
    if not q:
        return list(notes)
    return [n for n in notes if q in n.text.casefold()]


class NoteCapture:
    def __init__(self, meeting: Meeting, runner, clock, spiral=None) -> None:
        self.meeting = meeting
        self.runner = runner
        self.clock = clock
        self.spiral = spiral  # a SpiralRound, or a callable(phase_id) -> SpiralRound | None
        self._pick: tuple[str, object] | None = None  # (participant id, step key when picked)

    # --- where are we ------------------------------------------------------------------
    def _step(self):
        return self.runner.current_step() if self.runner is not None else None

    def _step_key(self):
        step = self._step()
        return step.key if step else None

    def spiral_for_current(self):
        step = self._step()
        if step is None or step.phase is None or step.phase.mode != Mode.SPIRAL:
            return None  # the spiral's round number and turns belong to its own phase
        sp = self.spiral(step.phase.id) if callable(self.spiral) else self.spiral
        if sp is None or sp.phase_id != step.phase.id:
            return None
        return sp

    # --- the pick ----------------------------------------------------------------------
    def pick(self, participant_id: str | None) -> None:
        if participant_id is not None and self.meeting.participant(participant_id) is None:
            raise KeyError(participant_id)
        self._pick = (participant_id, self._step_key()) if participant_id else None

    def pick_by_index(self, n: int) -> str | None:
        """1-based over the present participants (Ctrl+1…9). Out of range: no change."""
        present = self.meeting.present_participants()
        if 1 <= n <= len(present):
            self.pick(present[n - 1].id)
            return present[n - 1].id
        return self.picked()

    def picked(self) -> str | None:
        if self._pick is None:
            return None
        pid, key = self._pick
        if key != self._step_key() or self.meeting.participant(pid) is None:
            self._pick = None
            return None
        return pid

    # --- attribution -------------------------------------------------------------------
    def attribution(self, text: str = "") -> Attribution:
        step = self._step()
        item = step.item.id if step else None
        phase = step.phase.id if step and step.phase else None
        mode = step.phase.mode if step and step.phase else None
        mention, _ = split_mention(text, self.meeting.participants) if text else (None, text)
        sp = self.spiral_for_current()
        rnd = sp.round_number if sp is not None and sp.round_number > 0 else None
        declared = mode_spec(mode)
        credit = declared.credit if declared is not None else Credit.PICK
        if mention is not None:
            who = mention.id
        elif credit == Credit.SPEAKER and sp is not None and sp.turn_running:
            who = sp.current_speaker()
        elif credit == Credit.NOBODY:
            who = None  # a decision is the meeting's, not a person's
        else:
            who = self.picked()
        return Attribution(item, phase, who, rnd, mode)

    def compose(self, text: str, kind: NoteKind = NoteKind.NOTE):
        """The AddNote command for `text` as typed now, or None for nothing to save.

        Attribution is fixed here, on the laptop where the note is typed: a leading "@Navn"
        names the speaker (and is removed), a "#tema" anywhere sets the note's theme."""
        from sus_desktop.core.commands import AddNote

        if not text or not text.strip():
            return None
        att = self.attribution(text)
        _, rest = split_mention(text, self.meeting.participants)
        rest, theme = split_theme(rest)
        if not rest.strip():
            return None
        return AddNote(
            text=rest,
            kind=NoteKind(kind),
            item=att.item,
            phase=att.phase,
            participant=att.participant,
            round=att.round,
            theme=theme,
        )

    def submit(self, text: str, kind: NoteKind = NoteKind.NOTE) -> Note | None:
        """Compose and add at once (the core's own use and tests; the UI executes commands)."""
        cmd = self.compose(text, kind)
        if cmd is None:
            return None
        return self.meeting.add_note(
            cmd.text,
            item=cmd.item,
            phase=cmd.phase,
            participant=cmd.participant,
            round=cmd.round,
            kind=cmd.kind,
            created_at=self.clock.now(),
            theme=cmd.theme,
        )

    # --- browsing ----------------------------------------------------------------------
    def notes(
        self,
        item: str | None = None,
        participant: str | None = None,
        query: str = "",
        kind: NoteKind | None = None,
    ) -> list[Note]:
        out = self.meeting.notes
        if item is not None:
            out = [n for n in out if n.item == item]
        if participant is not None:
            out = [n for n in out if n.participant == participant]
        if kind is not None:
            out = [n for n in out if n.kind == NoteKind(kind)]
        return search_notes(out, query)

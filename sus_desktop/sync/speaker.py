"""Notes filed under a speaker whose turn had already ended (issue 15).

A referent's laptop that has not yet heard that the facilitator moved on (the seconds before
a dropped link is noticed, or a whole outage) files what it types under the old speaker. Each
note carries the turn it was typed in (replica.py: the speaker this laptop showed, its time
and this laptop's clock offset to the host). On the facilitator's laptop, which holds the
spiral's turns on its own clock, a note is flagged when

- it was filed under the speaker its laptop showed as speaking (a note filed on purpose
  under someone else, with "@Navn" or a pick, is left alone),
- that speaker's turn in the note's round had ended on the facilitator's clock when the note
  was typed (typed time + offset), and someone else had the floor then.

The flag is a core command (FlagNoteSpeaker); the laptop that typed the note asks its
referent, whose answer is ResolveNoteSpeaker. A note from a laptop that never measured its
offset is not judged (offline laptops have no time sync).
"""

from __future__ import annotations

from collections.abc import Iterable

from pycrdt import Doc

from sus_desktop.core.commands import REFERENT, SPEAKER_CHECK, FlagNoteSpeaker
from sus_desktop.core.meeting import Meeting
from sus_desktop.core.mode_state import SpiralState
from sus_desktop.sync.docmap import note_turn


def speaker_at(state: SpiralState, t: float) -> tuple[str, int] | None:
    """Who had the floor at `t` (facilitator's clock) and in which round."""
    for turn in state.log:
        if turn.started_at <= t < turn.ended_at:
            return turn.participant, turn.round
    started = state.turn_started_at
    if state.current is not None and started is not None and t >= started:
        return state.current, state.round
    return None


def _ended(state: SpiralState, participant: str, rnd: int | None, t: float) -> bool:
    return any(
        turn.participant == participant
        and (rnd is None or turn.round == rnd)
        and turn.ended_at <= t
        for turn in state.log
    )


def mismatches(
    meeting: Meeting, doc: Doc, note_ids: Iterable[str], judge: str = ""
) -> list[FlagNoteSpeaker]:
    """Flags for the notes another laptop typed under a speaker whose turn had ended on this
    (the judging, clock-holding) laptop's clock."""
    out = []
    for nid in note_ids:
        note = meeting.note(nid)
        if note is None or not note.participant or SPEAKER_CHECK + nid in meeting.extra:
            continue
        stamp = note_turn(doc, nid)
        if not stamp or stamp.get("offset") is None:
            continue
        typed_here = bool(judge) and stamp.get("laptop") == judge
        if typed_here or (not judge and stamp.get("role") != REFERENT):
            continue
        shown = stamp.get("speaker")
        if not (shown == stamp.get("participant") == note.participant):
            continue  # filed on purpose under someone, or moved since
        state = meeting.spirals.get(note.phase or "")
        if state is None or note.phase != stamp.get("phase"):
            continue
        t = float(stamp.get("typed_at") or 0.0) + float(stamp["offset"])
        then = speaker_at(state, t)
        if then is None or then[0] == note.participant:
            continue
        if _ended(state, note.participant, note.round, t):
            who, rnd = then
            laptop = str(stamp.get("laptop") or "")
            out.append(FlagNoteSpeaker(note_id=nid, participant=who, round=rnd, laptop=laptop))
    return out

"""Speaking time per participant, for the facilitator's eyes only (never projected or exported
by default).

Closed totals and the open segment (who speaks now, since when) live in the meeting's typed
`TalkState`; every change goes through `Meeting.set_talk`, so a restart keeps counting an
open segment from its start.
"""

from __future__ import annotations

from sus_desktop.core.meeting import Meeting
from sus_desktop.core.mode_state import TalkState


class TalkTime:
    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting

    def current(self) -> str | None:
        return self.meeting.talk.speaker

    def speaking(self, participant_id: str | None, now: float) -> None:
        """Mark who speaks from `now` on (None = nobody). Closes the open segment."""
        t = self.meeting.talk
        if t.speaker == participant_id:
            return
        totals = dict(t.totals)
        if t.speaker is not None:
            totals[t.speaker] = totals.get(t.speaker, 0.0) + max(0.0, now - float(t.since or now))
        self.meeting.set_talk(TalkState(totals, participant_id, now if participant_id else None))

    def totals(self, now: float) -> dict[str, float]:
        t = self.meeting.talk
        totals = dict(t.totals)
        if t.speaker is not None:
            totals[t.speaker] = totals.get(t.speaker, 0.0) + max(0.0, now - float(t.since or now))
        return totals

    def shares(self, now: float) -> dict[str, float]:
        """Fraction of all counted speaking time per participant (0..1)."""
        totals = self.totals(now)
        total = sum(totals.values())
        return {k: (v / total if total else 0.0) for k, v in totals.items()}

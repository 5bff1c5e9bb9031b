"""Speaking time per participant, for the facilitator's eyes only (never projected or exported
by default).

Closed totals live in ``meeting.extra["talk_time"]`` as ``{participant_id: seconds}``; the open
segment (who speaks now, since when) in ``meeting.extra["talk_time_open"]`` as
``{"participant": id, "since": epoch}`` or ``None``. Both are plain JSON, saved through
``Meeting.set_extra``, so a restart keeps counting an open segment from its start.
"""

from __future__ import annotations

from sus_desktop.core.meeting import Meeting

TOTALS_KEY = "talk_time"
OPEN_KEY = "talk_time_open"


class TalkTime:
    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting

    def _totals(self) -> dict[str, float]:
        data = self.meeting.extra.get(TOTALS_KEY)
        return {str(k): float(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _open(self) -> dict | None:
        data = self.meeting.extra.get(OPEN_KEY)
        return data if isinstance(data, dict) and data.get("participant") else None

    def current(self) -> str | None:
        o = self._open()
        return o["participant"] if o else None

    def speaking(self, participant_id: str | None, now: float) -> None:
        """Mark who speaks from `now` on (None = nobody). Closes the open segment."""
        o = self._open()
        if o is not None and o["participant"] == participant_id:
            return
        if o is not None:
            totals = self._totals()
            pid = o["participant"]
            totals[pid] = totals.get(pid, 0.0) + max(0.0, now - float(o["since"]))
            self.meeting.set_extra(TOTALS_KEY, totals)
        self.meeting.set_extra(OPEN_KEY, {"participant": participant_id, "since": now}
                               if participant_id else None)

    def totals(self, now: float) -> dict[str, float]:
        totals = self._totals()
        o = self._open()
        if o is not None:
            pid = o["participant"]
            totals[pid] = totals.get(pid, 0.0) + max(0.0, now - float(o["since"]))
        return totals

    def shares(self, now: float) -> dict[str, float]:
        """Fraction of all counted speaking time per participant (0..1)."""
        totals = self.totals(now)
        total = sum(totals.values())
        return {k: (v / total if total else 0.0) for k, v in totals.items()}

    def reset(self) -> None:
        self.meeting.set_extra(TOTALS_KEY, {})
        self.meeting.set_extra(OPEN_KEY, None)

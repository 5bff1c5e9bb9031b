"""The spiral round (spiralsamtale): every present participant speaks in turn, round after round.

All state lives in a typed ``SpiralState`` per phase (``meeting.spirals[phase_id]``) and every
change goes through ``Meeting.set_spiral`` (so the store saves it at once and a restart continues the round).
All time comes from the clock; nothing counts ticks.

Rules (documented choices):

- The facilitator's *order* is a list of participant ids. A round's *queue* is that order,
  rotated to the round's start person and walked in the round's direction. Absent participants
  stay in the order but are skipped when their turn comes; ``skip()`` takes someone out of the
  current round only.
- Reordering mid-round re-sorts only the people still waiting; whoever has spoken keeps their
  turn.
- A late arrival is appended to the end of the facilitator's order and to the end of the
  current round's queue (they speak last in this round, and from the next round on take their
  place at the end of the order). Someone who was absent when their turn came and then
  arrives is handled the same way.
- A new round starts, by default, with the person after the one who started the previous round,
  in the same direction. Options: ``reverse`` (flip the direction) and ``same_start`` (start
  with the same person as last round). With ``reverse`` and not ``same_start`` the start is the
  previous start's neighbour in the new direction.
- Time box of a turn = the phase's remaining time at the turn's start divided by the turns left
  in the round (the current one included). It is a soft signal (``turn_over``), never a
  cut-off. ``time_boxes(now)`` gives the current remaining box and an even share of what is
  left for everyone still waiting, so boxes follow turns that end early or late and their sum
  never exceeds the phase's remaining time.
- A turn's elapsed time is wall time since the turn started (pausing the meeting clock does not
  pause a speaker).
- Action names: ``next_turn()`` is the "Næste taler" (N) action; ``next_speaker()`` is the
  query "who is next".
"""

from __future__ import annotations

import random
from dataclasses import replace

from sus_desktop.core.meeting import Meeting
from sus_desktop.core.mode_state import SpiralState, Turn


def rotated(order: list[str], start: str | None, direction: int) -> list[str]:
    seq = list(order) if direction >= 0 else list(reversed(order))
    if start in seq:
        i = seq.index(start)
        seq = seq[i:] + seq[:i]
    return seq


class SpiralRound:
    def __init__(
        self, meeting: Meeting, clock, runner=None, phase_id: str | None = None, talk=None
    ) -> None:
        self.meeting = meeting
        self.clock = clock
        self.runner = runner
        self.talk = talk  # optional TalkTime: follows the speaker
        if phase_id is None and runner is not None:
            step = runner.current_step()
            phase_id = step.phase.id if step and step.phase else (step.item.id if step else None)
        self.phase_id = phase_id or "spiral"

    # --- state -------------------------------------------------------------------------
    @property
    def s(self) -> SpiralState:
        """The phase's state, its order in step with the participant list. Never changes the
        stored state: a changed copy is returned, and only a command saves it."""
        stored = self.meeting.spirals.get(self.phase_id)
        ids = [p.id for p in self.meeting.participants]
        if stored is None:
            return SpiralState(order=ids)
        known = set(ids)
        order = [pid for pid in stored.order if pid in known]
        order += [pid for pid in ids if pid not in set(order)]
        if order == stored.order:
            return stored
        return replace(
            stored,
            order=order,
            queue=list(stored.queue),
            done=list(stored.done),
            log=list(stored.log),
        )

    def _save(self, state: SpiralState) -> None:
        self.meeting.set_spiral(self.phase_id, state)

    def _now(self, now: float | None) -> float:
        return self.clock.now() if now is None else now

    def _present(self, pid: str | None) -> bool:
        p = self.meeting.participant(pid)
        return p is not None and p.present

    # --- queries -----------------------------------------------------------------------
    @property
    def round_number(self) -> int:
        return int(self.s.round)

    @property
    def direction(self) -> int:
        return int(self.s.direction)

    @property
    def started(self) -> bool:
        return self.round_number > 0

    @property
    def turn_running(self) -> bool:
        return self.s.current is not None

    @property
    def round_complete(self) -> bool:
        return bool(self.s.round_complete)

    def order(self) -> list[str]:
        return list(self.s.order)

    def queue(self) -> list[str]:
        """Present participants still waiting in this round, in speaking order."""
        s = self.s
        if not self.started:
            return [p for p in rotated(s.order, s.round_start, s.direction) if self._present(p)]
        if s.round_complete:
            return []
        return [p for p in s.queue if self._present(p)]

    def done(self) -> list[str]:
        return list(self.s.done)

    def current_speaker(self) -> str | None:
        return self.s.current

    def next_speaker(self) -> str | None:
        """Who speaks after the current speaker (or first, when no turn is running)."""
        q = self.queue()
        if q:
            return q[0]
        if self.round_complete or (self.started and not q):
            upcoming = self._next_round_queue(self.s)
            return upcoming[0] if upcoming else None
        return None

    def log(self) -> list[Turn]:
        return list(self.s.log)

    def phase_remaining(self, now: float | None = None) -> float:
        if self.runner is None:
            return 0.0
        now = self._now(now)
        for step in self.runner.steps():
            if (step.phase.id if step.phase else step.item.id) == self.phase_id:
                return max(0.0, self.runner.budget_of(step) - self.runner.elapsed_of(step.key, now))
        return 0.0

    def turn_elapsed(self, now: float | None = None) -> float:
        s = self.s
        if s.current is None or s.turn_started_at is None:
            return 0.0
        return max(0.0, self._now(now) - float(s.turn_started_at))

    def time_box(self) -> float:
        """The current turn's time box, fixed at the turn's start."""
        return float(self.s.turn_box) if self.turn_running else 0.0

    def turn_remaining(self, now: float | None = None) -> float:
        if not self.turn_running:
            return 0.0
        now = self._now(now)
        return min(max(0.0, self.time_box() - self.turn_elapsed(now)), self.phase_remaining(now))

    def turn_over(self, now: float | None = None) -> bool:
        """Soft signal: the speaker has used their time box. Nothing is cut off."""
        return self.turn_running and self.turn_elapsed(now) >= self.time_box()

    def time_boxes(self, now: float | None = None) -> list[tuple[str, float]]:
        """(participant, seconds) for the current turn (what is left of it) and each waiting."""
        now = self._now(now)
        remaining = self.phase_remaining(now)
        out: list[tuple[str, float]] = []
        speaker = self.current_speaker()
        if speaker is not None:
            cur = self.turn_remaining(now)
            out.append((speaker, cur))
            remaining -= cur
        waiting = self.queue()
        share = max(0.0, remaining) / len(waiting) if waiting else 0.0
        out.extend((p, share) for p in waiting)
        return out

    # --- order -------------------------------------------------------------------------
    def set_order(self, order: list[str]) -> None:
        s = self.s
        known = set(s.order)
        new = [p for p in order if p in known]
        new += [p for p in s.order if p not in new]
        s.order = new
        self._resort_queue(s)
        self._save(s)

    def move(self, pid: str, new_index: int) -> None:
        order = self.order()
        if pid not in order:
            raise KeyError(pid)
        order.remove(pid)
        order.insert(max(0, min(new_index, len(order))), pid)
        self.set_order(order)

    def shuffle(self, rng: random.Random | None = None) -> None:
        order = self.order()
        (rng or random.Random()).shuffle(order)
        self.set_order(order)

    def _resort_queue(self, s: SpiralState) -> None:
        if s.round > 0 and not s.round_complete:
            members = set(s.queue)
            seq = rotated(s.order, s.round_start, s.direction)
            s.queue = [p for p in seq if p in members]

    def skip(self, pid: str) -> None:
        """Leave someone out of the current round (no pass recorded)."""
        s = self.s
        if pid in s.queue:
            s.queue.remove(pid)
            self._save(s)

    def add_late(self, pid: str) -> None:
        """A late arrival: marked present, speaks last in this round (see module docs)."""
        p = self.meeting.participant(pid)
        if p is None:
            raise KeyError(pid)
        if not p.present:
            self.meeting.update_participant(pid, present=True)
        s = self.s
        if pid not in s.order:
            s.order.append(pid)
        else:
            s.order.remove(pid)
            s.order.append(pid)
        if s.round > 0 and not s.round_complete and pid != s.current and pid not in s.done:
            if pid in s.queue:
                s.queue.remove(pid)
            s.queue.append(pid)
        self._save(s)

    # --- turns -------------------------------------------------------------------------
    def start_turn(self, now: float | None = None) -> str | None:
        """Start the next turn (starting round 1 if needed). Returns the speaker."""
        now = self._now(now)
        s = self.s
        if s.current is not None:
            return s.current
        if s.round == 0:
            self._begin_round(s, 1, rotated(s.order, s.round_start, s.direction))
        elif s.round_complete:
            return None
        speaker = self._pop_next(s)
        if speaker is None:
            s.round_complete = True
            self._save(s)
            self._talk(None, now)
            return None
        k = 1 + len([p for p in s.queue if self._present(p)])
        s.current, s.turn_started_at = speaker, now
        s.turn_box = self.phase_remaining(now) / k
        self._save(s)
        self._talk(speaker, now)
        return speaker

    def next_turn(self, now: float | None = None) -> str | None:
        """ "Næste taler": end the running turn and start the next one. None = round complete."""
        now = self._now(now)
        s = self.s
        if s.current is not None:
            self._end_turn(s, now, passed=False)
        elif s.round > 0 and s.round_complete:
            return None
        self._save(s)
        return self.start_turn(now)

    def pass_turn(self, now: float | None = None) -> str | None:
        """ "Står over": record a pass for the current (or next) speaker and move on."""
        now = self._now(now)
        s = self.s
        if s.current is None:
            if s.round_complete:
                return None
            if s.round == 0:
                self._begin_round(s, 1, rotated(s.order, s.round_start, s.direction))
            speaker = self._pop_next(s)
            if speaker is None:
                s.round_complete = True
                self._save(s)
                return None
            s.current, s.turn_started_at = speaker, now
        self._end_turn(s, now, passed=True)
        self._save(s)
        return self.start_turn(now)

    def new_round(
        self, reverse: bool | None = None, same_start: bool | None = None, now: float | None = None
    ) -> str | None:
        """Begin the next round (ending a running turn first) and return who speaks first.
        The first turn does not start by itself: "Næste taler" starts it, so a key pressed
        as in the round before never skips the first speaker."""
        now = self._now(now)
        s = self.s
        opts = self._set_options(s, reverse, same_start)
        if s.current is not None:
            self._end_turn(s, now, passed=False)
            self._talk(None, now)
        if s.round == 0:
            self._begin_round(s, 1, rotated(s.order, s.round_start, s.direction))
        else:
            queue = self._next_round_queue(s)
            if opts.reverse:
                s.direction = -s.direction
            self._begin_round(s, s.round + 1, queue)
        self._save(s)
        return self.next_speaker()

    def set_options(self, reverse: bool | None = None, same_start: bool | None = None) -> None:
        s = self.s
        self._set_options(s, reverse, same_start)
        self._save(s)

    @staticmethod
    def _set_options(s: SpiralState, reverse: bool | None, same_start: bool | None) -> SpiralState:
        if reverse is not None:
            s.reverse = bool(reverse)
        if same_start is not None:
            s.same_start = bool(same_start)
        return s

    def options(self) -> dict:
        s = self.s
        return {"reverse": s.reverse, "same_start": s.same_start}

    # --- internals ---------------------------------------------------------------------
    def _next_round_queue(self, s: SpiralState) -> list[str]:
        direction = -s.direction if s.reverse else s.direction
        present = [p for p in s.order if self._present(p)]
        if not present:
            return []
        last = s.round_start
        if s.same_start:
            start = last
        else:
            seq = rotated(s.order, last, direction)
            start = next((p for p in seq[1:] if self._present(p)), last)
        return [p for p in rotated(s.order, start, direction) if self._present(p)]

    def _begin_round(self, s: SpiralState, number: int, queue: list[str]) -> None:
        queue = [p for p in queue if self._present(p)]
        s.round = number
        s.queue = queue
        s.done = []
        s.round_complete = False
        s.round_start = queue[0] if queue else s.round_start

    def _pop_next(self, s: SpiralState) -> str | None:
        while s.queue:
            pid = s.queue.pop(0)
            if self._present(pid):
                return pid
        return None

    def _end_turn(self, s: SpiralState, now: float, passed: bool) -> None:
        pid = s.current
        if pid is None:
            return
        s.log.append(Turn(pid, s.round, float(s.turn_started_at or now), now, passed))
        s.done.append(pid)
        s.current, s.turn_started_at, s.turn_box = None, None, 0.0

    def _talk(self, pid: str | None, now: float) -> None:
        if self.talk is not None:
            self.talk.speaking(pid, now)

"""The run state machine: where the meeting is, and how much time each part has used.

The state is a pure function of the meeting's log (start, pause, resume, next, previous,
jump, extend, finish, each with a timestamp), so a meeting reopened after a crash is exactly
where it was: if the clock was running, it has kept running while the app was closed.
Remaining time is always computed from the clock's reading `now`, never from ticks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from sus_desktop.core.agenda import AgendaItem, Phase
from sus_desktop.core.clock import Clock
from sus_desktop.core.danish import parse_hhmm
from sus_desktop.core.meeting import LogEntry, Meeting

Key = tuple[str, "str | None"]
FAR_FROM_PLAN = (
    30 * 60.0
)  # a start further than this from the typed one moves the plan  # (item id, phase id or None for an item without phases)


@dataclass
class Step:
    item: AgendaItem
    phase: Phase | None

    @property
    def key(self) -> Key:
        return (self.item.id, self.phase.id if self.phase else None)

    @property
    def planned_seconds(self) -> float:
        return (self.phase.minutes if self.phase else self.item.minutes) * 60.0


def steps_of(agenda: list[AgendaItem]) -> list[Step]:
    out: list[Step] = []
    for item in agenda:
        if item.phases:
            out.extend(Step(item, p) for p in item.phases)
        else:
            out.append(Step(item, None))
    return out


@dataclass
class RunState:
    started_at: float | None = None
    finished_at: float | None = None
    running: bool = False
    pos: Key | None = None
    segment_start: float | None = None
    elapsed: dict = field(default_factory=dict)  # Key -> seconds used (closed segments)
    added: dict = field(default_factory=dict)  # Key -> seconds added (+) or taken (−)
    first_entered: dict = field(default_factory=dict)  # item id -> epoch
    last_left: dict = field(default_factory=dict)  # item id -> epoch

    def _close(self, at: float) -> None:
        if self.running and self.pos is not None and self.segment_start is not None:
            used = max(0.0, at - self.segment_start)
            self.elapsed[self.pos] = self.elapsed.get(self.pos, 0.0) + used
            self.last_left[self.pos[0]] = at
        self.segment_start = at if self.running else None

    def _enter(self, key: Key | None, at: float) -> None:
        self.pos = key
        if self.running and key is not None:
            self.first_entered.setdefault(key[0], at)
            self.segment_start = at

    def apply(self, e: LogEntry) -> None:
        key = (e.item, e.phase) if e.item is not None else self.pos
        if e.event == "start":
            if self.started_at is None:
                self.started_at = e.at
            self.finished_at = None
            self.running = True
            self._enter(key, e.at)
        elif e.event == "pause":
            self._close(e.at)
            self.running = False
            self.segment_start = None
        elif e.event == "resume":
            if self.started_at is not None and not self.running:
                self.running = True
                self.finished_at = None
                self._enter(self.pos, e.at)
        elif e.event in ("next", "previous", "jump"):
            self._close(e.at)
            self.finished_at = None
            self._enter(key, e.at)
        elif e.event == "extend" and key is not None:
            self.added[key] = self.added.get(key, 0.0) + (e.minutes or 0.0) * 60.0
        elif e.event == "finish":
            self._close(e.at)
            self.running = False
            self.segment_start = None
            self.finished_at = e.at


@dataclass
class ItemTimes:
    item: AgendaItem
    planned_start: float
    planned_end: float
    projected_start: float
    projected_end: float
    state: str  # done, running, paused, next, pending


class Runner:
    """Commands and queries on a meeting's clock. Commands are appended to the meeting log."""

    def __init__(self, meeting: Meeting, clock: Clock) -> None:
        self.meeting = meeting
        self.clock = clock
        self._state = RunState()
        self._applied: list[LogEntry] = []
        # (meeting version and log length, from, until (10-ms steps), schedule)
        self._schedule_cache: tuple[tuple, int, int, list[ItemTimes]] | None = None
        self._steps_cache: tuple[int, list[Step]] | None = None
        # What the log and the agenda fix until either changes (the current step, the budgets,
        # the keys an item has time on), asked a few times per repaint: (state, meeting
        # version, entries applied, {what: value}).
        self._fixed: tuple[RunState, int, int, dict] | None = None

    @property
    def state(self) -> RunState:
        """The run state replayed from the log; follows entries appended by anyone (another
        window's runner, a merged file), replaying from the start if the log was reordered."""
        log = self.meeting.log
        n = len(self._applied)
        if len(log) == n and (not n or log[-1] is self._applied[-1]):
            return self._state  # nothing appended: asked ~100 times a repaint
        if len(log) < n or (n and log[n - 1] is not self._applied[-1]):
            self._state, self._applied, n = RunState(), [], 0
        for entry in log[n:]:
            self._state.apply(entry)
            self._applied.append(entry)
        return self._state

    # --- structure ------------------------------------------------------------------
    def steps(self) -> list[Step]:
        """The agenda's steps, built again only after the meeting changed."""
        if self._steps_cache is None or self._steps_cache[0] != self.meeting.version:
            self._steps_cache = (self.meeting.version, steps_of(self.meeting.agenda))
        return self._steps_cache[1]

    def step_index(self) -> int:
        steps = self.steps()
        if not steps:
            return -1
        pos = self.state.pos
        for n, s in enumerate(steps):
            if s.key == pos:
                return n
        if pos is not None:  # the phase was removed; fall back to its item
            for n, s in enumerate(steps):
                if s.item.id == pos[0]:
                    return n
        return 0

    def _fixed_values(self) -> dict:
        """A dict kept while the state, the agenda and the log stay as they are."""
        st = self.state
        version = self.meeting.version
        fixed = self._fixed
        if (
            fixed is None
            or fixed[0] is not st
            or fixed[1] != version
            or fixed[2] != len(self._applied)
        ):
            fixed = self._fixed = (st, version, len(self._applied), {})
        return fixed[3]

    def current_step(self) -> Step | None:
        fixed = self._fixed_values()
        if "step" not in fixed:
            steps = self.steps()
            i = self.step_index()
            fixed["step"] = steps[i] if i >= 0 else None
        return fixed["step"]

    # --- commands -------------------------------------------------------------------
    def _log(self, event: str, key: Key | None = None, minutes: float | None = None) -> None:
        boot, boot_id = self.clock.boot_stamp()
        entry = LogEntry(
            self.clock.now(),
            event,
            key[0] if key else None,
            key[1] if key else None,
            minutes,
            boot=boot,
            boot_id=boot_id,
        )
        self.meeting.append_log(entry)  # the state follows the log (see `state`)

    @property
    def started(self) -> bool:
        return self.state.started_at is not None

    @property
    def running(self) -> bool:
        return self.state.running

    @property
    def finished(self) -> bool:
        return self.state.finished_at is not None

    def start(self) -> None:
        step = self.current_step()
        if step is None or self.running:
            return
        if not self.started:
            self._log("start", step.key)
        else:
            self._log("resume")

    def pause(self) -> None:
        if self.running:
            self._log("pause")

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def next(self) -> None:
        steps, i = self.steps(), self.step_index()
        if i < 0 or self.finished:
            return
        if i + 1 < len(steps):
            self._log("next", steps[i + 1].key)
        elif self.started:
            self._log("finish")

    def previous(self) -> None:
        steps, i = self.steps(), self.step_index()
        if i < 0:
            return
        if self.finished:
            self._log("previous", steps[i].key)
        elif i > 0:
            self._log("previous", steps[i - 1].key)

    def next_item(self) -> None:
        steps, i = self.steps(), self.step_index()
        if i < 0:
            return
        current = steps[i].item.id
        later = [s for s in steps[i:] if s.item.id != current]
        if later:
            self._log("jump", later[0].key)
        elif self.started and not self.finished:
            self._log("finish")

    def jump(self, item_id: str, phase_id: str | None = None) -> None:
        for s in self.steps():
            if s.item.id == item_id and (phase_id is None or s.key[1] == phase_id):
                if s.key != self.state.pos or self.finished:
                    self._log("jump", s.key)
                return
        raise KeyError((item_id, phase_id))

    def finish(self) -> None:
        if self.started and not self.finished:
            self._log("finish")

    def add_minutes(self, minutes: float, key: Key | None = None) -> None:
        """+/− minutes on the current phase (or on `key`); a budget never goes below zero."""
        step = self.current_step() if key is None else None
        if key is None:
            if step is None:
                return
            key = step.key
        planned = self._planned_for_key(key)
        have = planned + self.state.added.get(key, 0.0)
        minutes = max(minutes, -have / 60.0)
        if abs(minutes) > 1e-9:
            self._log("extend", key, minutes)

    def _planned_for_key(self, key: Key) -> float:
        for s in self.steps():
            if s.key == key:
                return s.planned_seconds
        if key[1] is None:  # item-level adjustment on an item with phases
            item = self.meeting.item(key[0])
            return item.minutes * 60.0 if item else 0.0
        return 0.0

    # --- time queries ---------------------------------------------------------------
    def elapsed_of(self, key: Key, now: float | None = None) -> float:
        now = self.clock.now() if now is None else now
        st = self.state
        used = st.elapsed.get(key, 0.0)
        if st.running and st.pos == key and st.segment_start is not None:
            used += max(0.0, now - st.segment_start)
        return used

    def budget_of(self, step: Step) -> float:
        return max(0.0, step.planned_seconds + self.state.added.get(step.key, 0.0))

    def phase_times(self, now: float | None = None) -> tuple[float, float, float, float]:
        """(elapsed, remaining, overrun, budget) for the current step."""
        step = self.current_step()
        if step is None:
            return (0.0, 0.0, 0.0, 0.0)
        elapsed = self.elapsed_of(step.key, now)
        budget = self.budget_of(step)
        return (elapsed, max(0.0, budget - elapsed), max(0.0, elapsed - budget), budget)

    def item_budget(self, item: AgendaItem) -> float:
        fixed = self._fixed_values()
        key = ("budget", item.id, item.minutes)
        if key not in fixed:
            added = sum(v for k, v in self.state.added.items() if k[0] == item.id)
            fixed[key] = max(0.0, item.minutes * 60.0 + added)
        return fixed[key]

    def item_elapsed(self, item: AgendaItem, now: float | None = None) -> float:
        now = self.clock.now() if now is None else now
        st = self.state
        fixed = self._fixed_values()
        key = ("keys", item.id)
        keys = fixed.get(key)
        if keys is None:
            keys = {k for k in st.elapsed if k[0] == item.id}
            if st.pos and st.pos[0] == item.id:
                keys.add(st.pos)
            fixed[key] = keys
        return sum(self.elapsed_of(k, now) for k in keys)

    def item_times(self, now: float | None = None) -> tuple[float, float, float, float]:
        """(elapsed, remaining, overrun, budget) for the current item."""
        step = self.current_step()
        if step is None:
            return (0.0, 0.0, 0.0, 0.0)
        elapsed = self.item_elapsed(step.item, now)
        budget = self.item_budget(step.item)
        return (elapsed, max(0.0, budget - elapsed), max(0.0, elapsed - budget), budget)

    def meeting_elapsed(self, now: float | None = None) -> float:
        """Wall time since the start, pauses included."""
        if self.state.started_at is None:
            return 0.0
        now = self.clock.now() if now is None else now
        end = self.state.finished_at if self.state.finished_at is not None else now
        return max(0.0, end - self.state.started_at)

    # --- schedule -------------------------------------------------------------------
    def planned_start(self) -> float:
        """The start as typed (date and time in the details)."""
        return planned_start_epoch(
            self.meeting.info.date, self.meeting.info.start_time, self.clock.now()
        )

    def reference_start(self) -> float:
        """The start the plan is measured from: the typed start, or, once the meeting has
        started far from it (another day, another hour), the actual start. A meeting begun at
        00.05 for a 13.00 plan is not "774 min foran" all meeting."""
        planned = self.planned_start()
        started = self.state.started_at
        if started is not None and abs(started - planned) > FAR_FROM_PLAN:
            return started
        return planned

    def planned_end(self) -> float:
        return self.reference_start() + sum(i.minutes for i in self.meeting.agenda) * 60.0

    def schedule(self, now: float | None = None) -> list[ItemTimes]:
        """Each item's planned and projected times at `now`. One repaint asks for it several
        times (the view, the schedule, the projector, the rebalance hint): readings within
        10 ms of each other, with no change to the meeting in between, share one result."""
        now = self.clock.now() if now is None else now
        meeting = self.meeting
        key = (meeting.version, len(meeting.log))
        cached = self._schedule_cache
        if cached is not None and cached[0] == key and cached[1] <= round(now * 100) < cached[2]:
            return cached[3]
        out = self._schedule(now)
        self._schedule_cache = (key, round(now * 100), self._steady_until(now), out)
        return out

    def steady_for(self, now: float, seconds: float) -> bool:
        """Whether the schedule stands still from `now` for `seconds` more (the current item
        running within its time): none of its clock times moves with the clock."""
        cached = self._schedule_cache
        if cached is None or cached[0] != (self.meeting.version, len(self.meeting.log)):
            return False
        return cached[1] <= round(now * 100) and round((now + seconds) * 100) < cached[2]

    def _steady_until(self, now: float) -> int:
        """Until when (in 10-ms steps, exclusive) the schedule made at `now` stays the same:
        while the current item runs within its time, its projected end and everything after
        it stand still (the item's time left shrinks as the clock moves); otherwise the
        reading's own 10 ms."""
        step = now_step = round(now * 100)
        st = self.state
        if st.running and st.finished_at is None and self.meeting.info.date:
            current = self.current_step()
            if current is not None:
                left = self.item_budget(current.item) - self.item_elapsed(current.item, now)
                if left > 0.02:  # (a margin for the rounding to 10 ms)
                    step = now_step + int(left * 100) - 1
        return max(step, now_step + 1)

    def _schedule(self, now: float) -> list[ItemTimes]:
        agenda = self.meeting.agenda
        step = self.current_step()
        current_index = next((n for n, i in enumerate(agenda) if step and i.id == step.item.id), 0)
        planned = self.reference_start()
        out: list[ItemTimes] = []
        st = self.state  # read once: the loop below asked for it a dozen times per item
        finished_at = st.finished_at
        started, finished, running = st.started_at is not None, finished_at is not None, st.running
        if not started:
            cursor = max(now, planned)
        elif finished_at is not None:
            cursor = finished_at
        else:
            cursor = now
        for n, item in enumerate(agenda):
            p_start, planned = planned, planned + item.minutes * 60.0
            budget = self.item_budget(item)
            if finished or (started and n < current_index):
                entered = st.first_entered.get(item.id)
                if entered is None:  # skipped
                    a_start = a_end = st.first_entered.get(agenda[current_index].id, cursor)
                else:
                    a_start, a_end = entered, st.last_left.get(item.id, entered)
                out.append(ItemTimes(item, p_start, planned, a_start, a_end, "done"))
                continue
            if started and n == current_index:
                elapsed = self.item_elapsed(item, now)
                start = st.first_entered.get(item.id, now)
                end = now + max(0.0, budget - elapsed)
                cursor = end
                out.append(
                    ItemTimes(
                        item, p_start, planned, start, end, "running" if running else "paused"
                    )
                )
                continue
            state = "next" if n == current_index + (1 if started else 0) else "pending"
            out.append(ItemTimes(item, p_start, planned, cursor, cursor + budget, state))
            cursor += budget
        return out

    def projected_end(self, now: float | None = None) -> float:
        sched = self.schedule(now)
        if not sched:
            return self.planned_start()
        finished_at = self.state.finished_at
        return sched[-1].projected_end if finished_at is None else finished_at

    def behind_seconds(self, now: float | None = None) -> float:
        """Positive: the meeting will end late; negative: ahead of plan."""
        return self.projected_end(now) - self.planned_end()


def target_end(runner: Runner) -> float:
    """The end the meeting should keep: the time available if set, else the planned end.
    Asked at every tick (the run view's "behind" hint), so it lives with the runner."""
    info = runner.meeting.info
    if info.end_time:
        end_min, start_min = parse_hhmm(info.end_time), parse_hhmm(info.start_time)
        if end_min is None or start_min is None:
            return runner.planned_end()
        span = (end_min - start_min) % (24 * 60)
        return runner.reference_start() + span * 60.0
    return runner.planned_end()


def planned_start_epoch(date: str, start_time: str, fallback: float) -> float:
    """Local epoch of the meeting's date and start time (today's date when none is set)."""
    cached = _planned_start_on(date, start_time) if date else None
    return cached if cached is not None else _planned_start_uncached(date, start_time, fallback)


@lru_cache(maxsize=64)
def _planned_start_on(date: str, start_time: str) -> float | None:
    # Asked several times a second by the schedule; None for a date that does not parse.
    try:
        _day(date)
    except ValueError:
        return None
    return _planned_start_uncached(date, start_time, 0.0)


def _day(date: str) -> datetime:
    """`datetime.strptime(date, "%Y-%m-%d")`; the usual form without loading `_strptime`
    (and its locale setup), ~3 ms of every start that reopens a meeting."""
    if len(date) == 10 and date[4] == date[7] == "-":
        digits = date[:4] + date[5:7] + date[8:]
        if digits.isascii() and digits.isdigit():
            return datetime(int(date[:4]), int(date[5:7]), int(date[8:]))
    return datetime.strptime(date, "%Y-%m-%d")


def _planned_start_uncached(date: str, start_time: str, fallback: float) -> float:
    start = parse_hhmm(start_time) if isinstance(start_time, str) else None
    hh, mm = divmod(13 * 60 if start is None else start, 60)
    try:
        day = _day(date) if date else datetime.fromtimestamp(fallback)
        return day.replace(hour=hh, minute=mm, second=0, microsecond=0).timestamp()
    except (ValueError, OverflowError, OSError):
        # Not a date, or one no clock can reach (year 1, year 9999): the day of `fallback`.
        day = datetime.fromtimestamp(fallback)
        return day.replace(hour=hh, minute=mm, second=0, microsecond=0).timestamp()

"""What the run view and the projector show, computed from the runner at one clock reading.

The presenter holds the conditional logic (warning levels, texts); the views only lay out
the `RunDisplay` they are given.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from sus_desktop.core import danish
from sus_desktop.core.modes import Mode, Projection
from sus_desktop.core.modes import spec as mode_spec
from sus_desktop.core.run import Runner
from sus_desktop.ui.common import fmt
from sus_desktop.ui.common.labels import mode_hint
from sus_desktop.ui.common.settings import DEFAULT_WARN_SECONDS

NORMAL, WARN, OVER = "normal", "warn", "over"
WARN_ICON = "◔"
OVER_ICON = "⚠"


@dataclass
class RunDisplay:
    started: bool = False
    running: bool = False
    finished: bool = False
    item_id: str | None = None
    phase_id: str | None = None
    item_number: int = 0
    item_title: str = ""
    item_label: str = ""
    phase_title: str = ""
    phase_label: str = ""
    mode: Mode | None = None
    countdown: str = "00:00"
    countdown_caption: str = ""
    level: str = NORMAL
    badge: str = ""
    state_text: str = ""
    progress: float = 0.0  # share of the phase budget used, 0..1
    item_countdown: str = ""
    meeting_elapsed: str = ""
    projected_end: str = ""
    planned_end: str = ""
    behind_text: str = ""
    behind_seconds: float = 0.0
    goal: str = ""
    process: str = ""
    questions: list[str] = field(default_factory=list)
    # Silent reflection: no warning colours, no running number for the room (the projector
    # shows a calm disk from `remaining_fraction`).
    calm: bool = False
    remaining_fraction: float = 1.0  # share of the phase budget left, 0..1
    remaining_seconds: float = 0.0
    next_title: str = ""  # the item after the current one, e.g. "Punkt 6 · Samtale om samtalen"
    next_at: str = ""  # its projected start, "14.45"
    starts_at: str = ""  # the planned start, "13.00"
    time_of_day: str = ""  # "14.32", at the clock reading the display was made for

    @property
    def paused(self) -> bool:
        return self.started and not self.running and not self.finished


def warn_badge(warn_seconds: int) -> str:
    if warn_seconds == 60:
        return f"{WARN_ICON} " + QCoreApplication.translate("RunPresenter", "Sidste minut")
    return f"{WARN_ICON} " + QCoreApplication.translate("RunPresenter", "Sidste %n min").replace(
        "%n", danish.minutes(warn_seconds / 60)
    )


LONG_PHASE_MINUTES = 20  # phases this long warn twice as early by default


def phase_warn_seconds(phase, base_seconds: int = DEFAULT_WARN_SECONDS) -> int:
    """The warning time of a phase: its own `warn_minutes` when set, else the setting's time
    (1 min by default), doubled for long phases (a 25-min spiral needs more than a minute)."""
    own = getattr(phase, "warn_minutes", None)
    if own is not None:
        return int(round(own * 60))
    if phase is not None and phase.minutes >= LONG_PHASE_MINUTES:
        return 2 * base_seconds
    return base_seconds


def present(
    runner: Runner, warn_seconds: int = DEFAULT_WARN_SECONDS, now: float | None = None
) -> RunDisplay:
    now = runner.clock.now() if now is None else now
    d, step, warn_seconds = _step_part(runner, warn_seconds)
    if step is None:
        return d
    item = step.item

    elapsed, remaining, over, budget = runner.phase_times(now)
    if over > 0:
        d.level, d.countdown = OVER, danish.overrun(over)
        # the badge says "Over tid"; the caption says over what (never the same words twice)
        d.countdown_caption = QCoreApplication.translate("RunPresenter", "ud over %n min").replace(
            "%n", danish.minutes(budget / 60)
        )
        d.badge = f"{OVER_ICON} " + QCoreApplication.translate("RunPresenter", "Over tid")
    else:
        d.countdown = danish.countdown(remaining)
        d.countdown_caption = QCoreApplication.translate(
            "RunPresenter", "tilbage af %n min"
        ).replace("%n", danish.minutes(budget / 60))
        if d.started and not d.finished and warn_seconds > 0 and remaining <= warn_seconds:
            d.level, d.badge = WARN, warn_badge(warn_seconds)
    d.progress = min(1.0, elapsed / budget) if budget > 0 else (1.0 if elapsed > 0 else 0.0)
    d.remaining_seconds = remaining
    d.remaining_fraction = max(0.0, min(1.0, remaining / budget)) if budget > 0 else 0.0
    if d.finished:  # the last phase's overrun is history, not an alarm
        d.level, d.badge, d.countdown_caption = NORMAL, "", ""

    i_elapsed, i_remaining, i_over, i_budget = runner.item_times(now)
    if i_over > 0:
        d.item_countdown = (
            QCoreApplication.translate("RunPresenter", "Punkt %1: %2 over tid")
            .replace("%1", str(item.number))
            .replace("%2", danish.overrun(i_over))
        )
    else:
        d.item_countdown = (
            QCoreApplication.translate("RunPresenter", "Punkt %1: %2 tilbage af %3 min")
            .replace("%1", str(item.number))
            .replace("%2", danish.countdown(i_remaining))
            .replace("%3", danish.minutes(i_budget / 60))
        )

    d.meeting_elapsed = danish.elapsed(runner.meeting_elapsed(now))
    _clock_part(d, runner, item, now)
    return d


# The clock times of the last display (projected and planned end, what comes next), made
# again only for another schedule (the runner keeps one while nothing in it moves), and the
# time of day only for another minute: most ticks change neither.
_clock_cache: tuple | None = None
_minute_cache: tuple[int, str] | None = None
_CLOCK_FIELDS = (
    "projected_end",
    "planned_end",
    "behind_seconds",
    "behind_text",
    "starts_at",
    "next_title",
    "next_at",
)


def _clock_part(d: RunDisplay, runner: Runner, item, now: float) -> None:
    global _clock_cache, _minute_cache
    sched = runner.schedule(now)
    key = (runner, item.id, d.finished, QCoreApplication.translate("fmt", "Til tiden"))
    cached = _clock_cache
    if cached is not None and cached[0] is sched and cached[1] == key:
        for name, value in zip(_CLOCK_FIELDS, cached[2]):
            setattr(d, name, value)
    else:
        projected, planned = runner.projected_end(now), runner.planned_end()
        d.projected_end = danish.clock(projected)
        d.planned_end = danish.clock(planned)
        d.behind_seconds = projected - planned  # as Runner.behind_seconds, without asking twice
        d.behind_text = fmt.behind(d.behind_seconds)
        d.starts_at = danish.clock(runner.planned_start())
        _fill_next(d, runner, item, now)
        _clock_cache = (sched, key, tuple(getattr(d, name) for name in _CLOCK_FIELDS))
    minute = math.floor(now / 60)  # local minutes turn with the epoch's (whole-minute offsets)
    if _minute_cache is None or _minute_cache[0] != minute:
        _minute_cache = (minute, danish.clock(now))
    d.time_of_day = _minute_cache[1]


_step_cache: tuple | None = None  # (key, display, step, warn seconds): the last one made


def _step_part(runner: Runner, warn_seconds: int):
    """What does not move with the clock (the state, the item, the phase, its texts): made
    again only after the meeting or its log changed; a tick copies it."""
    global _step_cache
    meeting = runner.meeting
    key = (
        runner,
        meeting.version,
        len(meeting.log),
        warn_seconds,
        QCoreApplication.translate("RunPresenter", "Punkt %1 · %2"),  # the language
    )
    if _step_cache is None or _step_cache[0] != key:
        d, step, phase_warn = _make_step_part(runner, warn_seconds)
        _step_cache = (key, d, step, phase_warn)
    _, shown, step, phase_warn = _step_cache
    d = object.__new__(RunDisplay)
    d.__dict__.update(shown.__dict__)
    d.questions = list(shown.questions)
    return d, step, phase_warn


def _make_step_part(runner: Runner, warn_seconds: int):
    d = RunDisplay(started=runner.started, running=runner.running, finished=runner.finished)
    step = runner.current_step()
    if d.finished:
        d.state_text = QCoreApplication.translate("RunPresenter", "Mødet er afsluttet")
    elif d.running:
        d.state_text = QCoreApplication.translate("RunPresenter", "▶ Kører")
    elif d.started:
        d.state_text = QCoreApplication.translate("RunPresenter", "❚❚ På pause")
    else:
        d.state_text = QCoreApplication.translate(
            "RunPresenter", "Ikke startet – tryk Mellemrum for at starte"
        )
    if step is None:
        d.item_label = QCoreApplication.translate("RunPresenter", "Dagsordenen er tom")
        return d, None, warn_seconds
    item, phase = step.item, step.phase
    d.item_id, d.phase_id = item.id, phase.id if phase else None
    d.item_number, d.item_title = item.number, item.title
    d.item_label = (
        QCoreApplication.translate("RunPresenter", "Punkt %1 · %2")
        .replace("%1", str(item.number))
        .replace("%2", item.title)
    )
    d.phase_title = phase.title if phase else item.title
    if phase is not None and len(item.phases) > 1:
        n = item.phases.index(phase) + 1
        d.phase_label = (
            QCoreApplication.translate("RunPresenter", "Fase %1 af %2 · %3")
            .replace("%1", str(n))
            .replace("%2", str(len(item.phases)))
            .replace("%3", phase.title)
        )
    else:
        d.phase_label = d.phase_title
    d.mode = phase.mode if phase else None
    hint = mode_hint(d.mode)  # what the mode asks of the room, as core/modes.py declares it
    if hint:
        d.phase_label += " · " + hint
    spec = mode_spec(d.mode)
    d.calm = spec is not None and spec.projection == Projection.CALM
    d.goal, d.process = item.goal, item.process
    d.questions = list(phase.questions) if phase else []
    return d, step, phase_warn_seconds(phase, warn_seconds)


def _fill_next(d: RunDisplay, runner: Runner, item, now: float) -> None:
    """The item after the current one and when it is expected to start."""
    if d.finished:
        return
    sched = runner.schedule(now)
    ids = [t.item.id for t in sched]
    if item.id not in ids or ids.index(item.id) + 1 >= len(sched):
        return
    nxt = sched[ids.index(item.id) + 1]
    d.next_title = (
        QCoreApplication.translate("RunPresenter", "Punkt %1 · %2")
        .replace("%1", str(nxt.item.number))
        .replace("%2", nxt.item.title)
    )
    d.next_at = danish.clock(nxt.projected_start)

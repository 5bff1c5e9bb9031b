"""Child for bench_cpu: one process whose CPU the OS reports while a clock runs.

    python -m tests.bench.cpu_child SECONDS app [--projector] [--spiral]
    python -m tests.bench.cpu_child SECONDS bare

`app`: the real window (1366×768) with a running meeting (12 participants, 300 notes) and the
Afvikling tab current and visible (checked: the child fails otherwise), optionally the
projector open, optionally in item 4's spiral round with a turn running. `bare`: the floor, a
bare PySide6 window whose QLabel shows a clock that changes every second.

Measures after a settling second, inside the event loop: process CPU (getrusage: user +
system, all threads), context switches of all threads (getrusage) (each one is a thread
waking up or being preempted), and how often the shown clock changed. Prints JSON.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

SETTLE_MS = 1500
SIZE = (1366, 768)


def context_switches() -> int:
    """Voluntary + involuntary context switches of every thread of this process, those that
    ended included (the OS's count: each is a thread going to sleep or being preempted)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_nvcsw + r.ru_nivcsw


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


class Measure:
    """Starts after the window settled, stops after SECONDS, then quits the app."""

    def __init__(self, app: QApplication, seconds: float, shown_text, extra) -> None:
        self.app, self.seconds, self.shown_text, self.extra = app, seconds, shown_text, extra
        self.changes = 0
        self._last = None
        self._timer = QTimer(singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.start)
        self._timer.start(SETTLE_MS)

    def watch(self) -> None:
        text = self.shown_text()
        if text != self._last:
            self._last = text
            self.changes += 1

    def start(self) -> None:
        self.changes = 0
        self._last = self.shown_text()
        if os.environ.get("SUS_BENCH_PROFILE"):
            import cProfile

            self.profile = cProfile.Profile()
            self.profile.enable()
        self.cpu0, self.cs0, self.t0 = cpu_seconds(), context_switches(), time.perf_counter()
        self._timer.timeout.disconnect(self.start)
        self._timer.timeout.connect(self.stop)
        self._timer.start(int(self.seconds * 1000))

    def stop(self) -> None:
        wall = time.perf_counter() - self.t0
        cpu, cs = cpu_seconds() - self.cpu0, context_switches()
        out = {
            "wall_s": wall,
            "cpu_s": cpu,
            "clock_changes": self.changes,
            "context_switches": cs - self.cs0,
            "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "platform": QApplication.platformName(),
        }
        out.update(self.extra())
        print(json.dumps(out), flush=True)
        if getattr(self, "profile", None) is not None:  # SUS_BENCH_PROFILE: where time goes
            self.profile.disable()
            self.profile.dump_stats(os.environ["SUS_BENCH_PROFILE"])
        os._exit(0)  # skip the teardown of Qt objects: not part of the figure


def bare(seconds: float) -> None:
    app = QApplication([])
    w = QWidget()
    w.resize(*SIZE)
    label = QLabel(time.strftime("%H.%M.%S"))
    QVBoxLayout(w).addWidget(label)
    timer = QTimer(singleShot=True, timerType=Qt.TimerType.PreciseTimer)

    def tick() -> None:
        label.setText(time.strftime("%H.%M.%S"))
        m.watch()
        timer.start(max(1, int((1.0 - time.time() % 1.0) * 1000) + 2))

    timer.timeout.connect(tick)
    w.show()
    m = Measure(app, seconds, label.text, lambda: {"view_shown": w.isVisible()})
    tick()
    app.exec()


def app_run(seconds: float, projector: bool, spiral: bool) -> None:
    from sus_desktop.core.clock import SystemClock
    from sus_desktop.core.factory import new_meeting
    from sus_desktop.storage.store import Store
    from sus_desktop.ui.app import build_main_window
    from sus_desktop.ui.common import language

    app = QApplication([])
    app._tr = language.install(app, language.DANISH)
    store = Store()
    clock = SystemClock()
    meeting = new_meeting("Benchskolen", time.strftime("%Y-%m-%d"), time.strftime("%H:%M"))
    people = [meeting.add_participant(f"Deltager {k + 1}", "Lærer") for k in range(12)]
    for k in range(300):
        meeting.add_note(
            f"Note {k}: " + "noget der blev sagt " * 8,
            item=meeting.agenda[k % 7].id,
            participant=people[k % 12].id,
            created_at=time.time(),
        )
    store.save_meeting(meeting)
    ctl = build_main_window(store, clock)
    ctl.window.resize(*SIZE)
    ctl.window.show()
    opened = ctl.open_meeting(meeting)
    ctl._show_tab(1)  # Afvikling
    if projector:
        ctl.window.projector_action.setChecked(True)
    runner = opened.session.runner
    runner.start()
    if spiral:  # item 4's spiral round, its panel shown, a turn running
        from sus_desktop.core.modes import Panel

        item = meeting.agenda[3]
        phase = next(p for p in item.phases if p.mode.value == "spiral")
        runner.jump(item.id, phase.id)
        app.processEvents()
        ctl.current.panels.panel(Panel.SPIRAL).next_speaker()
    run_view = opened.run_view
    session = opened.session
    w0 = session.wakeups

    def checks() -> dict:
        shown = (
            ctl.window.tabs.currentWidget() is run_view
            and run_view.isVisible()
            and not run_view.visibleRegion().isEmpty()
            and runner.running
        )
        if not shown:
            print("the run view is not shown", file=sys.stderr, flush=True)
            os._exit(3)
        return {
            "view_shown": True,
            "app_wakeups": session.wakeups - w0,
            "projector_shown": bool(
                projector
                and any(
                    w.isVisible() and w.objectName() == "projector"
                    for w in QApplication.topLevelWidgets()
                )
            ),
        }

    m = Measure(app, seconds, run_view.countdown_label.text, checks)
    session.tick.connect(m.watch)
    app.exec()


def main() -> None:
    seconds, mode = float(sys.argv[1]), sys.argv[2]
    if mode == "bare":
        bare(seconds)
    else:
        app_run(seconds, "--projector" in sys.argv, "--spiral" in sys.argv)


if __name__ == "__main__":
    main()

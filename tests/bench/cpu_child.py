"""Child for bench_cpu: the real window with the run view and the projector open, the clock
running on the real clock, a meeting of 1,000 notes; prints CPU use and wake-ups as JSON.

    python -m tests.bench.cpu_child SECONDS [spiral]   # spiral: in item 4's spiral round"""

import json
import os
import resource
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from sus_desktop.core.clock import SystemClock
from sus_desktop.core.factory import new_meeting
from sus_desktop.storage.store import Store
from sus_desktop.ui.app import build_main_window, install_danish
from sus_desktop.ui.modes.spiral_panel import SpiralPanel


def main() -> None:
    seconds = float(sys.argv[1])
    app = QApplication([])
    app._tr = install_danish(app)
    store = Store()
    clock = SystemClock()
    meeting = new_meeting("Benchskolen", time.strftime("%Y-%m-%d"), time.strftime("%H:%M"))
    for k in range(8):
        meeting.add_participant(f"Deltager {k + 1}", "Lærer")
    for k in range(1000):
        meeting.add_note(f"Note {k}: " + "noget der blev sagt " * 8, item=meeting.agenda[k % 7].id,
                         created_at=time.time())
    store.save_meeting(meeting)
    ctl = build_main_window(store, clock)
    ctl.window.resize(1400, 900)
    ctl.window.show()
    opened = ctl.open_meeting(meeting)
    ctl.window.projector_action.setChecked(True)
    runner = opened.session.runner
    runner.start()
    if len(sys.argv) > 2 and sys.argv[2] == "spiral":  # item 4's spiral round, its panel shown
        item = meeting.agenda[3]
        phase = next(p for p in item.phases if p.mode.value == "spiral")
        runner.jump(item.id, phase.id)
        app.processEvents()
        panel = ctl.window.findChild(SpiralPanel)
        panel.next_speaker()  # a turn running: its time box counts down on the projector
    for _ in range(20):  # settle: layouts, first paints
        app.processEvents()
    session = opened.session
    w0 = session.wakeups
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    profile_to = os.environ.get("SUS_BENCH_PROFILE")  # where the time goes, for tuning
    if profile_to:
        import cProfile

        prof = cProfile.Profile()
        prof.runcall(app.exec)
        prof.dump_stats(profile_to)
    else:
        app.exec()
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    print(json.dumps({"cpu_s": cpu, "wall_s": wall, "wakeups": session.wakeups - w0,
                      "maxrss_kb": r1.ru_maxrss}), flush=True)
    ctl.shutdown()
    ctl.window.close()
    os._exit(0)  # skip interpreter teardown of Qt objects


if __name__ == "__main__":
    main()

"""Start-up: process start to the first window shown and the event loop idle, against a bare
PySide6 window measured the same way in the same run. Also the app's peak memory."""

from __future__ import annotations

import compileall

from tests.bench.common import ROOT, child_env, median, run_child

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800); w.show()
QTimer.singleShot(0, lambda: (print(f"idle-at {time.time():.6f}", flush=True), app.quit()))
app.exec()
"""


def to_idle(res: dict) -> float:
    """Seconds from spawning the process to its first idle event loop (exit not counted)."""
    line = next(l for l in res["stdout"].splitlines() if l.startswith("idle-at "))
    return float(line.split()[1]) - res["spawned_at"]


def run(short: bool = False) -> dict:
    # An installed app has bytecode (pip compiles it); a checkout under
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module at each start.
    compileall.compile_dir(str(ROOT / "sus_desktop"), quiet=1)
    n = 3 if short else 7
    bare, app = [], []
    for _ in range(n):  # interleaved, so that load on the machine hits both alike
        bare.append(run_child(["-c", BARE], child_env()))
        app.append(run_child(["-m", "sus_desktop"], child_env(SUS_DESKTOP_QUIT_WHEN_IDLE="1")))
    bare_s = median([to_idle(r) for r in bare])
    app_s = median([to_idle(r) for r in app])
    return {
        "startup_bare_s": round(bare_s, 3),
        "startup_app_s": round(app_s, 3),
        "startup_ratio": round(app_s / bare_s, 2),
        "startup_peak_rss_mb": round(max(r["peak_rss_mb"] for r in app), 1),
    }


if __name__ == "__main__":
    print(run())

"""Start-up: process start to the first window painted and the event loop idle, against a bare
PySide6 window measured the same way in the same run. Also the app's peak memory."""

from __future__ import annotations

import compileall
import tempfile

from tests.bench.common import ROOT, child_env, median, run_child

PROBE = ROOT / "sus_desktop" / "ui" / "startup_probe.py"

# The bare window reports through the app's own probe (first paint done, loop idle); the
# probe's module is loaded from its file so that no other app code is imported.
BARE = f"""
import importlib.util
from PySide6.QtWidgets import QApplication, QMainWindow
spec = importlib.util.spec_from_file_location("probe", {str(PROBE)!r})
probe = importlib.util.module_from_spec(spec); spec.loader.exec_module(probe)
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800)
p = probe.FirstPaintProbe(w, app)
w.show()
app.exec()
"""


# What the `sus-desktop` script that pip installs runs.
LAUNCHER = "import sys; from sus_desktop.cli import main; sys.exit(main())"


def to_idle(res: dict) -> float:
    """Seconds from spawning the process to its first idle event loop (exit not counted)."""
    line = next(l for l in res["stdout"].splitlines() if l.startswith("idle-at "))
    return float(line.split()[1]) - res["spawned_at"]


def app_env() -> dict:
    """The app as a user starts it: its data folder found the platform's way (a fresh one)."""
    env = child_env(SUS_DESKTOP_QUIT_WHEN_IDLE="1")
    del env["SUS_DESKTOP_DATA_DIR"]
    env["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="sus-bench-xdg-")
    return env


def run(short: bool = False) -> dict:
    # An installed app has bytecode (pip compiles it); a checkout under
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module at each start.
    compileall.compile_dir(str(ROOT / "sus_desktop"), quiet=1)
    n = 3 if short else 7
    bare, app = [], []
    for _ in range(n):  # interleaved, so that load on the machine hits both alike
        bare.append(run_child(["-c", BARE], child_env()))
        app.append(run_child(["-c", LAUNCHER], app_env()))
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

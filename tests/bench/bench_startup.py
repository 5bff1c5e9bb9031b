"""Start-up: process start to the first window painted and the event loop idle, against a bare
PySide6 window measured the same way in the same run. Also the app's peak memory."""

from __future__ import annotations

import compileall
import tempfile
import time
from pathlib import Path

from tests.bench.common import ROOT, child_env, median, run_child

PROBE = ROOT / "sus_desktop" / "ui" / "common" / "startup_probe.py"
# The second floor for a reopen: the run view's screen in stock Qt widgets, no app code.
STOCK_RUN_VIEW = ROOT / "tests" / "bench" / "stock_run_view.py"

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


def _idle_line(res: dict) -> list[str]:
    return next(l for l in res["stdout"].splitlines() if l.startswith("idle-at ")).split()


def to_idle(res: dict) -> float:
    """Seconds from spawning the process to its first idle event loop (exit not counted)."""
    return float(_idle_line(res)[1]) - res["spawned_at"]


def cpu_to_idle(res: dict) -> float:
    """The process's CPU seconds (all threads) up to its first idle event loop: the same
    work measured without the time it waited while other programs used the machine."""
    return float(_idle_line(res)[3])


def app_env(first_start: bool = False) -> dict:
    """The app as a user starts it, its data folder found the platform's way: a folder from
    an earlier start (the everyday case), or an empty one (the very first start)."""
    env = child_env(SUS_DESKTOP_QUIT_WHEN_IDLE="1")
    del env["SUS_DESKTOP_DATA_DIR"]
    env["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="sus-bench-xdg-")
    if not first_start:
        run_child(["-c", LAUNCHER], env)  # creates the store; not measured
    return env


def reopen_env(n_notes: int = 60, n_people: int = 8) -> dict:
    """The everyday restart: the last meeting (running, with participants and notes) reopens."""
    from sus_desktop.core.clock import SystemClock
    from sus_desktop.core.factory import new_meeting
    from sus_desktop.core.run import Runner
    from sus_desktop.paths import STORE_NAME
    from sus_desktop.storage.store import Store
    from sus_desktop.ui.common.settings import LAST_MEETING

    env = child_env(SUS_DESKTOP_QUIT_WHEN_IDLE="1")
    store = Store(Path(env["SUS_DESKTOP_DATA_DIR"]) / STORE_NAME)
    meeting = new_meeting("Benchskolen", "2025-03-13")
    people = [meeting.add_participant(f"Deltager {k}", "Lærer") for k in range(n_people)]
    Runner(meeting, SystemClock()).start()
    for k in range(n_notes):
        meeting.add_note(
            f"Note {k}: " + "tekst " * 30,
            item=meeting.agenda[k % 5].id,
            participant=people[k % n_people].id,
            created_at=time.time(),
        )
    store.save_meeting(meeting)
    store.set_setting(LAST_MEETING, meeting.id)
    store.close()
    return env


def _row(
    out: dict,
    name: str,
    value: str,
    floor_name: str,
    floor: str,
    ratio: str,
    target_ratio: float | None = None,
) -> dict:
    """One line of the printed comparison: a figure beside its floor from the same run."""
    row = {
        "name": name,
        "unit": "s",
        "value": out[value],
        "floor_name": floor_name,
        "floor": out[floor],
        "ratio": out[ratio],
    }
    if target_ratio is not None:
        row["target_ratio"] = target_ratio
    return row


def run(short: bool = False) -> dict:
    # An installed app has bytecode (pip compiles it); a checkout under
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module at each start.
    compileall.compile_dir(str(ROOT / "sus_desktop"), quiet=1)
    n = 5 if short else 11
    everyday = app_env()
    bare, app, first, reopen = [], [], [], []
    cpu: list[tuple[float, float]] = []  # (app, bare) CPU seconds to idle
    for _ in range(n):  # interleaved, so that load on the machine hits both alike
        rb = run_child(["-c", BARE], child_env())
        ra = run_child(["-c", LAUNCHER], everyday)
        bare.append(to_idle(rb))
        app.append(to_idle(ra))
        cpu.append((cpu_to_idle(ra), cpu_to_idle(rb)))
    for _ in range(n):
        first.append(to_idle(run_child(["-c", LAUNCHER], app_env(first_start=True))))
        reopen.append(to_idle(run_child(["-c", LAUNCHER], reopen_env())))
    # Reopening a running meeting of 12 participants and 300 / 5,000 notes, each start paired
    # with a bare window started just before it.
    big: dict[int, list[tuple[float, float]]] = {300: [], 5000: []}
    big_cpu: dict[int, list[tuple[float, float]]] = {300: [], 5000: []}
    written: dict[int, list[float]] = {300: [], 5000: []}
    # (stock screen, bare window) and (app, stock screen), each from one round
    stock: dict[int, list[tuple[float, float]]] = {300: [], 5000: []}
    over_stock: dict[int, list[float]] = {300: [], 5000: []}
    for n_notes in big:
        env = reopen_env(n_notes, 12)
        for _ in range(n):
            rb = run_child(["-c", BARE], child_env())
            rs = run_child([str(STOCK_RUN_VIEW), str(n_notes)], child_env())
            res = run_child(["-c", LAUNCHER], env)
            big[n_notes].append((to_idle(res), to_idle(rb)))
            stock[n_notes].append((to_idle(rs), to_idle(rb)))
            over_stock[n_notes].append(to_idle(res) / to_idle(rs))
            big_cpu[n_notes].append((cpu_to_idle(res), cpu_to_idle(rb)))
            written[n_notes].append(res["written_kb"])
    peak = max(run_child(["-c", LAUNCHER], everyday)["peak_rss_mb"] for _ in range(2))
    out = {
        "startup_bare_s": round(median(bare), 3),
        "startup_app_s": round(median(app), 3),
        # Each app start is paired with the bare start just before it: the median of those
        # ratios, so that the machine speeding up or slowing down between runs cancels out.
        "startup_ratio": round(median([a / b for a, b in zip(app, bare)]), 2),
        # The same in CPU time (process start to idle, all threads), for a busy machine.
        "startup_cpu_s": round(median([a for a, _ in cpu]), 3),
        "startup_cpu_bare_s": round(median([b for _, b in cpu]), 3),
        "startup_cpu_ratio": round(median([a / b for a, b in cpu]), 2),
        "startup_peak_rss_mb": round(peak, 1),
        # No targets, for information: the first start ever (creates the store), and a
        # restart that reopens a running meeting (builds the meeting views).
        "startup_first_start_s": round(median(first), 3),
        "startup_reopen_meeting_s": round(median(reopen), 3),
        **{
            k: v
            for n_notes, pairs in big.items()
            for k, v in {
                f"reopen_{n_notes}_notes_s": round(median([a for a, _ in pairs]), 3),
                f"reopen_{n_notes}_notes_bare_s": round(median([b for _, b in pairs]), 3),
                f"reopen_{n_notes}_notes_ratio": round(median([a / b for a, b in pairs]), 2),
                f"reopen_{n_notes}_notes_cpu_ratio": round(
                    median([a / b for a, b in big_cpu[n_notes]]), 2
                ),
                # what a reopening start wrote to disk (the OS's count); a rewrite of the meeting
                # is ~0.4 kB a note
                f"reopen_{n_notes}_notes_written_kb": round(median(written[n_notes]), 1),
                # the same screen in stock Qt widgets, without the app, against the bare window
                f"stock_run_view_{n_notes}_notes_s": round(
                    median([a for a, _ in stock[n_notes]]), 3
                ),
                f"stock_run_view_{n_notes}_notes_ratio": round(
                    median([a / b for a, b in stock[n_notes]]), 2
                ),
                f"reopen_{n_notes}_notes_over_stock_ratio": round(median(over_stock[n_notes]), 2),
            }.items()
        },
    }
    bare = "tomt PySide6-vindue"
    out["_rows"] = [
        _row(
            out,
            "opstart til første vindue i tomgang (startskærmen)",
            "startup_app_s",
            bare,
            "startup_bare_s",
            "startup_ratio",
            1.3,
        ),
    ]
    for n_notes in big:
        reopen, stock_s = f"reopen_{n_notes}_notes", f"stock_run_view_{n_notes}_notes"
        out["_rows"] += [
            _row(
                out,
                f"genåbning af kørende møde, 12 deltagere, {n_notes} noter",
                f"{reopen}_s",
                bare,
                f"{reopen}_bare_s",
                f"{reopen}_ratio",
                1.5 if n_notes == 300 else 2.0,
            ),
            _row(
                out,
                f"samme skærm af standard-Qt-widgets uden app-kode, {n_notes} noter",
                f"{stock_s}_s",
                bare,
                f"{reopen}_bare_s",
                f"{stock_s}_ratio",
            ),
            _row(
                out,
                f"genåbning af kørende møde, {n_notes} noter, mod samme skærm i standard-Qt",
                f"{reopen}_s",
                "standard-Qt-skærmen",
                f"{stock_s}_s",
                f"{reopen}_over_stock_ratio",
            ),
        ]
    return out


if __name__ == "__main__":
    print(run())

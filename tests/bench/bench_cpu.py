"""CPU of a running meeting as a user has it on screen, beside the floor: a bare PySide6 window
whose QLabel shows a 1-s clock, measured in the same run, on Qt's offscreen platform and under
a real X server (Xvfb, when installed).

Each child is measured by the OS (getrusage in the child: CPU and the context switches of all
its threads); the X server's own CPU is read from /proc/<pid>/stat around each child. Runs are
interleaved (bare, app, app with projector, ...) so that load on the machine hits all alike.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from tests.bench.common import child_env, median, run_child

CONFIGS = [("bare", ["bare"]), ("app", ["app"]), ("app_projector", ["app", "--projector"])]


class Xvfb:
    """A virtual X server of the size of a common laptop screen, for the run of the bench."""

    def __init__(self) -> None:
        exe = shutil.which("Xvfb")
        if exe is None:
            raise FileNotFoundError("Xvfb")
        r, w = os.pipe()
        self.proc = subprocess.Popen(
            [exe, "-displayfd", str(w), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            pass_fds=(w,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(w)
        with os.fdopen(r) as f:
            number = f.readline().strip()
        if not number:
            self.close()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def _one(args: list[str], seconds: float, env: dict, xserver: Xvfb | None) -> dict:
    x0 = xserver.cpu_seconds() if xserver else 0.0
    res = run_child(["-m", "tests.bench.cpu_child", str(seconds), *args], env)
    data = json.loads(res["stdout"].strip().splitlines()[-1])
    if xserver:
        data["xserver_cpu_s"] = xserver.cpu_seconds() - x0  # includes the settling second
    return data


def measure(platform: str, seconds: float, rounds: int) -> dict:
    xserver = None
    extra = {}
    if platform == "xvfb":
        xserver = Xvfb()
        extra = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": xserver.display}
    try:
        got: dict[str, list[dict]] = {name: [] for name, _ in CONFIGS}
        for _ in range(rounds):
            for name, args in CONFIGS:
                got[name].append(_one(args, seconds, child_env(**extra), xserver))
    finally:
        if xserver:
            xserver.close()
    out = {}
    for name, runs in got.items():
        key = f"cpu_{platform}_{name}"
        out[f"{key}_percent"] = round(median([100 * r["cpu_s"] / r["wall_s"] for r in runs]), 3)
        if all(r["context_switches"] is not None for r in runs):
            out[f"{key}_thread_wakeups_per_s"] = round(
                median([r["context_switches"] / r["wall_s"] for r in runs]), 1
            )
        out[f"{key}_clock_changes_per_s"] = round(
            median([r["clock_changes"] / r["wall_s"] for r in runs]), 2
        )
        if xserver:
            out[f"{key}_xserver_percent"] = round(
                median([100 * r["xserver_cpu_s"] / (r["wall_s"] + 1.5) for r in runs]), 3
            )
        if name != "bare":
            assert all(r["view_shown"] for r in runs)  # the child checked the run view
            out[f"{key}_ratio"] = round(
                median(
                    [
                        (100 * a["cpu_s"] / a["wall_s"]) / max(100 * b["cpu_s"] / b["wall_s"], 1e-6)
                        for a, b in zip(runs, got["bare"])
                    ]
                ),
                2,
            )
        if name == "app":
            out["peak_rss_mb"] = round(max(r["maxrss_kb"] for r in runs) / 1024, 1)
    return out


def run(short: bool = False) -> dict:
    seconds = 10.0 if short else 60.0
    rounds = 1 if short else 2
    out = {"cpu_seconds_measured": seconds, "cpu_rounds": rounds}
    rows = []
    platforms = ["offscreen"] + (["xvfb"] if shutil.which("Xvfb") else [])
    for platform in platforms:
        try:
            out.update(measure(platform, seconds, rounds))
        except (OSError, RuntimeError) as exc:
            print(f"cpu: {platform} skipped ({exc})")
            continue
        bare = out[f"cpu_{platform}_bare_percent"]
        for name, label in (
            ("app", "kørende møde, afvikling vist"),
            ("app_projector", "kørende møde, afvikling og projektor"),
        ):
            rows.append(
                {
                    "name": f"CPU {platform}: {label}",
                    "unit": "% af en kerne",
                    "value": out[f"cpu_{platform}_{name}_percent"],
                    "floor_name": "tomt PySide6-vindue med 1-s ur",
                    "floor": bare,
                    "ratio": out[f"cpu_{platform}_{name}_ratio"],
                    "target_ratio": 2.0,
                }
            )
            wk = f"cpu_{platform}_{name}_thread_wakeups_per_s"
            if wk in out:
                rows.append(
                    {
                        "name": f"trådopvågninger {platform}: {label}",
                        "unit": "pr. s",
                        "value": out[wk],
                        "floor_name": "tomt vindue med 1-s ur",
                        "floor": out[f"cpu_{platform}_bare_thread_wakeups_per_s"],
                        "ratio": round(
                            out[wk] / max(out[f"cpu_{platform}_bare_thread_wakeups_per_s"], 1e-6), 2
                        ),
                    }
                )
    # The spiral round (its turn clock rides on the session tick), offscreen, for information.
    spiral = _one(["app", "--spiral"], max(10.0, seconds / 2), child_env(), None)
    out["cpu_offscreen_spiral_percent"] = round(100 * spiral["cpu_s"] / spiral["wall_s"], 3)
    out["_rows"] = rows
    return out


if __name__ == "__main__":
    print(run(short=True))

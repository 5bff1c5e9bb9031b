"""Shared helpers for the benchmarks: child processes with their own CPU and memory figures."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def child_env(**extra: str) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["SUS_DESKTOP_DATA_DIR"] = tempfile.mkdtemp(prefix="sus-bench-")
    env.update(extra)
    return env


def run_child(args: list[str], env: dict) -> dict:
    """Run a Python child; return wall seconds, CPU seconds, peak RSS (MB) and its stdout."""
    spawned_at = time.time()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    out = proc.stdout.read()
    err = proc.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"child {args} failed: {err[-2000:]}")
    rss_mb = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return {
        "spawned_at": spawned_at,
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_rss_mb": rss_mb,
        "stdout": out,
        # what the child wrote to disk, as the OS counts it (512-byte blocks on Linux)
        "written_kb": usage.ru_oublock * 512 / 1024,
    }


def median(values: list[float]) -> float:
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def install_danish(app) -> object:
    """The app's Danish translations, wherever the app installs them from."""
    try:
        from sus_desktop.ui.common import language
    except ImportError:
        from sus_desktop.ui.app import install_danish as install

        return install(app)
    return language.install(app, language.DANISH)

"""Two laptops on 127.0.0.1 (issue 15): note latency referent → host, clock offset, 1,000
offline notes merged, idle CPU with sync on, and that start-up loads no sync code.

    python -m tests.bench.bench_sync [--short]

Figures only; the limits are the issue's (200 ms, 100 ms, 1 s, 0.6 % of a core)."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = "112233"


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def startup_loads_no_sync() -> list[str]:
    code = (
        "import sys; import sus_desktop.cli, sus_desktop.ui.app\n"
        "sus_desktop.cli._preload_qt_free_modules()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sus_desktop.sync', 'pycrdt',"
        " 'websockets', 'spake2'))))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60
    )
    return eval(out.stdout.strip() or "['?']")


def offline_merge(n: int = 1000, store: bool = True) -> tuple[float, int]:
    """A referent's n offline notes reach a host that has the meeting: seconds to apply
    (Doc, log, Meeting, store), and the bytes sent."""
    from pycrdt import create_update_message

    from sus_desktop.core.clock import SystemClock
    from sus_desktop.core.commands import AddNote, Author
    from sus_desktop.core.factory import new_meeting
    from sus_desktop.core.session import Session
    from sus_desktop.storage.store import Store
    from sus_desktop.sync.docmap import meeting_from_doc
    from sus_desktop.sync.replica import Replica
    from sus_desktop.sync.updatelog import UpdateLog

    d = Path(tempfile.mkdtemp())
    hm = new_meeting("Skolen")
    hs = Store(d / "h.sqlite3")
    if store:  # without: the sync's own part (Doc, update log, Meeting) apart from the rows
        hs.attach(hm)
    host = Replica(hm, UpdateLog(d / "hl.sqlite3"), Session(hm, SystemClock()))
    snap = host.doc.get_update()
    from pycrdt import Doc

    doc = Doc()
    doc.apply_update(snap)
    rm = meeting_from_doc(doc)
    rs = Store(d / "r.sqlite3")
    rs.attach(rm)
    session = Session(rm, SystemClock(), Author("ref", "referent"))
    ref = Replica(rm, UpdateLog(d / "rl.sqlite3"), session, initial=snap)
    for k in range(n):
        session.execute(AddNote(text=f"Offline note {k} om pauser og fællesskaber", item="i4"))
    update = ref.doc.get_update(host.doc.get_state())
    t = time.perf_counter()
    host.receive(create_update_message(update))
    took = time.perf_counter() - t
    assert len(hm.notes) == n
    hs.close()
    rs.close()
    return took, len(update)


class Peer:
    def __init__(self, args, data):
        import json
        import queue
        import threading

        self.json = json
        env = {**os.environ, "SUS_DESKTOP_DATA_DIR": str(data), "PYTHONUNBUFFERED": "1"}
        self.p = subprocess.Popen(
            [sys.executable, "-m", "sus_desktop.sync.peer", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
            env=env,
        )
        self.q: queue.Queue = queue.Queue()
        threading.Thread(
            target=lambda: [self.q.put((time.time(), json.loads(x))) for x in self.p.stdout],
            daemon=True,
        ).start()

    def send(self, **cmd):
        self.p.stdin.write(self.json.dumps(cmd) + "\n")
        self.p.stdin.flush()

    def wait(self, pred, timeout=20.0):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            t, e = self.q.get(timeout=max(0.01, end - time.monotonic()))
            if pred(e):
                return t, e
        raise TimeoutError

    def stop(self):
        self.p.kill()
        self.p.wait(timeout=10)


def live(short: bool) -> dict:
    from sus_desktop.core.factory import new_meeting
    from sus_desktop.storage.meetingfile import export_meeting

    d = Path(tempfile.mkdtemp())
    path = export_meeting(new_meeting("Skolen"), d / "m.sus.json")
    host = Peer(["host", str(path), CODE, "0"], d / "h")
    ref = None
    try:
        port = host.wait(lambda e: e.get("event") == "listening")[1]["port"]
        ref = Peer(["join", f"127.0.0.1:{port}", CODE], d / "r")
        ref.wait(lambda e: e.get("state") == "Forbundet")
        lat = []
        for k in range(10 if short else 40):
            t0 = time.time()
            ref.send(op="note", id=f"n{k}", text=f"Note {k}", item="i4")
            _, e = host.wait(lambda e, k=k: e.get("id") == f"n{k}")
            lat.append((e["t"] - t0) * 1000)
        ref.send(op="dump")
        offset = ref.wait(lambda e: e.get("event") == "dump")[1]["offset"]
        secs = 10 if short else 30
        c0 = (_cpu_s(host.p.pid), _cpu_s(ref.p.pid))
        time.sleep(secs)
        c1 = (_cpu_s(host.p.pid), _cpu_s(ref.p.pid))
        return {
            "sync_note_latency_ms_median": round(statistics.median(lat), 1),
            "sync_note_latency_ms_max": round(max(lat), 1),
            "sync_clock_offset_ms": round(abs(offset) * 1000, 2),
            "sync_idle_cpu_host_pct": round((c1[0] - c0[0]) / secs * 100, 3),
            "sync_idle_cpu_referent_pct": round((c1[1] - c0[1]) / secs * 100, 3),
        }
    finally:
        for p in (host, ref):
            if p is not None:
                p.stop()


def run(short: bool = False) -> dict:
    out = live(short)
    took, size = offline_merge(1000)
    out["sync_1000_offline_notes_merge_s"] = round(took, 3)
    out["sync_1000_offline_notes_kb"] = round(size / 1024, 1)
    out["sync_1000_offline_notes_merge_without_store_rows_s"] = round(
        offline_merge(1000, store=False)[0], 3
    )
    loaded = startup_loads_no_sync()
    out["sync_modules_loaded_at_startup"] = len(loaded)
    for k, v in out.items():
        print(f"sync: {k} = {v}")
    if loaded:
        print(f"sync: loaded at start-up: {loaded}")
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--short", action="store_true")
    run(ap.parse_args().short)

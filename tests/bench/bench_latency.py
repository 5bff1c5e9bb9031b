"""Keystroke-to-durable latency of a note: from the note being submitted to its row being
committed (synchronous=FULL, fsync) in the store, for the 1st to the 300th note of a meeting."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def run(short: bool = False) -> dict:
    from sus_desktop.core.factory import new_meeting
    from sus_desktop.storage.store import Store

    n = 100 if short else 300
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite3")
        meeting = new_meeting("Benchskolen", "2025-03-13")
        store.save_meeting(meeting)
        store.attach(meeting)
        item = meeting.agenda[3]
        samples = []
        for k in range(n):
            t0 = time.perf_counter()
            meeting.add_note(f"Note nummer {k}: " + "tekst " * 40, item=item.id,
                             created_at=time.time())
            samples.append((time.perf_counter() - t0) * 1000)
        store.close()
        reopened = Store(Path(tmp) / "bench.sqlite3")
        assert len(reopened.load_meeting(meeting.id).notes) == n
        reopened.close()
    samples.sort()
    return {
        "note_durable_median_ms": round(samples[len(samples) // 2], 2),
        "note_durable_p99_ms": round(samples[int(len(samples) * 0.99) - 1], 2),
        "note_durable_max_ms": round(samples[-1], 2),
    }


if __name__ == "__main__":
    print(run())

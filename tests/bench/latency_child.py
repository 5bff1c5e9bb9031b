"""Child for bench_latency: Enter in the real note panel of the real window, to the note's
transaction committed (synchronous=FULL: fsync) and to the list showing it.

    python -m tests.bench.latency_child NOTES FILTER SAMPLES     # FILTER: item | all

The meeting (12 participants, NOTES notes) is stored, then opened in the window with the
Afvikling tab shown and the clock running. Each sample types a note (not timed), then times
the Return key: to the end of the store's commit (the store's write is wrapped to read the
clock when it returns), and to Return handled (the list updated). Counts the store's
transactions per Enter (notes and settings such as the draft). Prints JSON.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main() -> None:
    n_notes, which, samples = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    from sus_desktop.core.clock import SystemClock
    from sus_desktop.core.factory import new_meeting
    from sus_desktop.storage.store import Store
    from sus_desktop.ui.app import build_main_window
    from tests.bench.common import install_danish

    app = QApplication([])
    app._tr = install_danish(app)
    store = Store()
    meeting = new_meeting("Benchskolen", time.strftime("%Y-%m-%d"), time.strftime("%H:%M"))
    people = [meeting.add_participant(f"Deltager {k + 1}", "Lærer") for k in range(12)]
    for k in range(n_notes):
        meeting.add_note(
            f"Note {k}: " + "noget der blev sagt " * 8,
            item=meeting.agenda[k % 7].id,
            participant=people[k % 12].id,
            created_at=time.time(),
        )
    store.save_meeting(meeting)
    ctl = build_main_window(store, SystemClock())
    ctl.window.resize(1366, 768)
    ctl.window.show()
    opened = ctl.open_meeting(meeting)
    ctl._show_tab(1)
    opened.session.runner.start()
    panel = opened.panels.notes
    panel.filter.setCurrentIndex(panel.filter.findData(which))
    for _ in range(20):
        app.processEvents()
    assert opened.run_view.isVisible() and panel.isVisible()
    import gc

    gc.collect()
    gc.freeze()  # as the app does once started (ui/app.py): the loaded meeting is not re-scanned
    shown_before = panel.model.rowCount()

    committed: list[float] = []
    transactions = {"notes": 0, "settings": 0}
    persist = store._persist

    def timed_persist(*args, **kw):
        result = persist(*args, **kw)
        committed.append(time.perf_counter())
        transactions["notes"] += 1
        return result

    store._persist = timed_persist  # the attach listener looks it up on each change
    set_setting = store.set_setting

    def counted_setting(*args, **kw):
        transactions["settings"] += 1
        return set_setting(*args, **kw)

    store.set_setting = counted_setting

    to_disk, to_shown = [], []
    panel.edit.setFocus()
    for k in range(samples):
        QTest.keyClicks(panel.edit, f"Ny note {k} om pauserne og trivslen")
        panel.save_draft()  # the throttled draft save is not part of Enter
        for _ in range(3):
            app.processEvents()
        committed.clear()
        transactions.update(notes=0, settings=0)
        t0 = time.perf_counter()
        QTest.keyClick(panel.edit, Qt.Key.Key_Return)
        t1 = time.perf_counter()
        app.processEvents()  # anything the Enter left for the event loop, before the next
        assert committed, "the note was not written"
        to_disk.append((committed[0] - t0) * 1000)
        to_shown.append((t1 - t0) * 1000)
    assert panel.model.rowCount() == shown_before + samples
    print(
        json.dumps(
            {
                "notes": n_notes,
                "filter": which,
                "to_disk_ms": to_disk,
                "to_shown_ms": to_shown,
                "transactions_per_enter": transactions,
            }
        ),
        flush=True,
    )
    os._exit(0)


if __name__ == "__main__":
    main()

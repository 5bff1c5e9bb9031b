"""For the start-up benchmark: report when the first window has painted and the loop is idle.

The bare PySide6 window the app is measured against uses the same probe, so both count the
same thing: process start to pixels on screen with nothing left to do.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaintProbe(QObject):
    """Prints `idle-at <epoch seconds> cpu <CPU seconds>` once the window's first paint is
    done, then quits."""

    def __init__(self, window: QWidget, app: QApplication) -> None:
        super().__init__(window)
        self._app = app
        self._seen = False
        window.installEventFilter(self)  # the window only: an app-wide filter would cost time

    def eventFilter(self, obj, event) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            # Children paint in the same pass; a zero timer runs once that pass is over.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        # Wall time, and the process's CPU time so far (all threads): the CPU figure holds
        # when other programs compete for the machine.
        print(f"idle-at {time.time():.6f} cpu {time.process_time():.6f}", flush=True)
        self._app.quit()

"""The gentle end signal: a soft visual pulse plus, optionally, the system beep.

QtMultimedia is not part of PySide6-Essentials, so the sound is `QApplication.beep()`. The
visual part is a level 0…1 that rises and fades a few times over ~3 s; widgets paint a soft
glow with it (never a flashing alarm: the room is silent and reflecting).
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication


def pulse_level(t: float, duration: float, pulses: int) -> float:
    """Glow level at `t` seconds after firing: `pulses` soft sine bumps, each a little weaker."""
    if t <= 0 or t >= duration or pulses <= 0:
        return 0.0
    x = t / duration * pulses
    n = int(x)
    return (1.0 - 0.25 * n) * math.sin(math.pi * (x - n)) ** 2


class GentleSignal(QObject):
    level_changed = Signal(float)  # 0 = nothing, 1 = full glow
    fired = Signal()

    FRAME_MS = 40

    def __init__(
        self, parent=None, *, sound: bool = True, duration_ms: int = 3000, pulses: int = 3
    ) -> None:
        super().__init__(parent)
        self.sound = sound
        self.level = 0.0
        self.count = 0  # how often it fired (tests, and to fire once per phase)
        self.duration = duration_ms / 1000.0
        self.pulses = pulses
        self._started: float | None = None
        # QVariantAnimation was tried and crashed the interpreter at exit (bool refcount error
        # in PySide6 6.12); a frame timer that reads a clock each frame is just as smooth.
        self._timer = QTimer(self)
        self._timer.setInterval(self.FRAME_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._frame)

    def _frame(self) -> None:
        t = time.monotonic() - (self._started or 0.0)
        self.level = pulse_level(t, self.duration, self.pulses)
        self.level_changed.emit(self.level)
        if t >= self.duration:
            self._timer.stop()

    def fire(self) -> None:
        self.count += 1
        if self.sound:
            QApplication.beep()
        self._started = time.monotonic()
        self._timer.start()
        self.fired.emit()

    def stop(self) -> None:
        self._timer.stop()
        self.level = 0.0
        self.level_changed.emit(0.0)

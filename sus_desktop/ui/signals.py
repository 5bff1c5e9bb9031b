"""The gentle end signal: a soft visual pulse plus, optionally, the system beep.

QtMultimedia is not part of PySide6-Essentials, so the sound is `QApplication.beep()`. The
visual part is a level 0…1 that rises and fades a few times over ~3 s; widgets paint a soft
glow with it (never a flashing alarm: the room is silent and reflecting).
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QObject, QVariantAnimation, Signal
from PySide6.QtWidgets import QApplication


class GentleSignal(QObject):
    level_changed = Signal(float)  # 0 = nothing, 1 = full glow
    fired = Signal()

    def __init__(self, parent=None, *, sound: bool = True, duration_ms: int = 3000,
                 pulses: int = 3) -> None:
        super().__init__(parent)
        self.sound = sound
        self.level = 0.0
        self.count = 0  # how often it fired (tests, and to fire once per phase)
        self._anim = QVariantAnimation(self)
        self._anim.setDuration(duration_ms)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(0.0)
        for n in range(pulses):
            # rise and fall `pulses` times, each a little softer
            peak = (n + 0.5) / pulses
            self._anim.setKeyValueAt(peak, 1.0 - 0.25 * n)
            if n + 1 < pulses:
                self._anim.setKeyValueAt((n + 1) / pulses, 0.15)
        self._anim.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._anim.valueChanged.connect(self._on_value)

    def _on_value(self, value) -> None:
        self.level = float(value)
        self.level_changed.emit(self.level)

    def fire(self) -> None:
        self.count += 1
        if self.sound:
            QApplication.beep()
        self._anim.stop()
        self._anim.start()
        self.fired.emit()

    def stop(self) -> None:
        self._anim.stop()
        self._on_value(0.0)

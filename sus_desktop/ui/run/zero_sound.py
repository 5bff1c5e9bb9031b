"""An optional, gentle sound when a phase's time reaches zero: the system's beep, once per
phase (QtMultimedia is not in PySide6-Essentials). Off by default; never in a silent
reflection (calm phases), whose end the room sees as a soft glow instead."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

SOUND_AT_ZERO = "sound_at_zero"  # the setting's key; absent = off


class ZeroSound:
    def __init__(self, settings) -> None:
        self.settings = settings
        self.count = 0  # how often it sounded (tests)
        self._sounded: set[tuple] = set()
        self._last_left: dict[tuple, float] = {}

    @property
    def enabled(self) -> bool:
        return bool(self.settings.get(SOUND_AT_ZERO))

    def set_enabled(self, on: bool) -> None:
        self.settings.set(SOUND_AT_ZERO, bool(on))

    def on_display(self, d) -> None:
        """Sound when the phase's remaining time goes from above zero to zero while running."""
        key = (d.item_id, d.phase_id)
        before = self._last_left.get(key)
        self._last_left[key] = d.remaining_seconds
        if (
            not d.running
            or d.calm
            or key in self._sounded
            or before is None
            or before <= 0
            or d.remaining_seconds > 0
        ):
            return
        self._sounded.add(key)
        if self.enabled:
            self.count += 1
            QApplication.beep()

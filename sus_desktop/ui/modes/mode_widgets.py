"""The mode widget for a phase's facilitation mode, for the run view's `mode_area`."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sus_desktop.core.agenda import Mode


def mode_widget_for(mode: Mode | str | None, session, parent=None) -> QWidget | None:
    if mode is None:
        return None
    mode = Mode(mode)
    if mode == Mode.REFLECTION:
        from sus_desktop.ui.modes.reflection_view import ReflectionView
        return ReflectionView(session, parent)
    if mode == Mode.SPIRAL:
        from sus_desktop.ui.modes.spiral_panel import SpiralPanel
        return SpiralPanel(session, parent)
    if mode == Mode.DECISION:
        from sus_desktop.ui.modes.decision_panel import DecisionPanel
        return DecisionPanel(session, parent)
    if mode == Mode.EVALUATION:
        from sus_desktop.ui.modes.decision_panel import EvaluationPrompts
        return EvaluationPrompts(session, parent)
    return None

"""The facilitator's panel for each `Panel` a mode declares (core/modes.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sus_desktop.core.modes import Panel

# The panels that have a widget (a mode whose panel is not here has none).
KINDS = frozenset({Panel.TALK, Panel.REFLECTION, Panel.SPIRAL, Panel.DECISION, Panel.EVALUATION})


def panel_widget(panel: Panel, session, parent=None) -> QWidget | None:
    """One widget per panel kind; modes that name the same panel share it."""
    if panel == Panel.TALK:
        from sus_desktop.ui.modes.talk_panel import TalkPanel

        return TalkPanel(session, parent)
    if panel == Panel.REFLECTION:
        from sus_desktop.ui.modes.reflection_view import ReflectionView

        return ReflectionView(session, parent)
    if panel == Panel.SPIRAL:
        from sus_desktop.ui.modes.spiral_panel import SpiralPanel

        return SpiralPanel(session, parent)
    if panel == Panel.DECISION:
        from sus_desktop.ui.modes.decision_panel import DecisionPanel

        return DecisionPanel(session, parent)
    if panel == Panel.EVALUATION:
        from sus_desktop.ui.modes.decision_panel import EvaluationPrompts

        return EvaluationPrompts(session, parent)
    return None


def mode_widget_for(mode, session, parent=None) -> QWidget | None:
    """A fresh panel for `mode` as its declaration names it (None: the mode has none)."""
    from sus_desktop.core.modes import spec

    s = spec(mode)
    return panel_widget(s.panel, session, parent) if s else None

"""Plugs the live-meeting panels (notes, facilitation modes, follow-up) into an open meeting.

Kept apart from `AppController` so that the controller only opens and closes meetings, and
each panel stays a self-contained widget built from the session.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from sus_desktop.core.agenda import Mode
from sus_desktop.ui.run.followup_panel import FollowUpPanel
from sus_desktop.ui.modes.mode_widgets import mode_widget_for
from sus_desktop.ui.run.notes_panel import NotePanel
from sus_desktop.ui.modes.talk_panel import TalkPanel

MODES_WITH_PANELS = (Mode.REFLECTION, Mode.SPIRAL, Mode.DECISION, Mode.EVALUATION)
TALK_TIME_MODES = (Mode.ROUND, Mode.DIALOGUE)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LivePanels", text)


class LivePanels:
    """The panels of one open meeting; built once when the meeting opens."""

    def __init__(self, opened, projector) -> None:
        session, run_view, prep = opened.session, opened.run_view, opened.prep
        self.notes = NotePanel(session)
        self.followup_run = FollowUpPanel(session)
        side = QTabWidget(objectName="notes_tabs")
        side.addTab(self.notes, _tr("Noter"))
        side.addTab(self.followup_run, _tr("Opfølgning på sidste samtale"))
        run_view.set_notes_widget(side)
        self.modes = {}
        for mode in MODES_WITH_PANELS:
            widget = mode_widget_for(mode, session)
            if widget is not None:
                run_view.register_mode_widget(mode, widget)
                self.modes[mode] = widget
        # Rounds and free dialogue share one talk-time panel (one page per mode in the stack).
        self.talk = TalkPanel(session)
        run_view.register_mode_widget(Mode.ROUND, self.talk)
        run_view.register_mode_widget(Mode.DIALOGUE, self.talk)
        spiral = self.modes.get(Mode.SPIRAL)
        if spiral is not None and hasattr(spiral, "speakers_changed"):
            spiral.speakers_changed.connect(projector.set_speakers)
            projector.set_speakers(*spiral.speakers())
        # Last year's decisions and actions are followed up in the preparation too.
        self.followup_prep = FollowUpPanel(session)
        _add_below(prep, self.followup_prep)


def _add_below(prep: QWidget, panel: QWidget) -> None:
    """Put the follow-up panel under the participants in the preparation's left column."""
    participants = getattr(prep, "participants", None)
    column = participants.parentWidget() if participants is not None else None
    if column is None or not isinstance(column.layout(), QVBoxLayout):
        prep.layout().addWidget(panel)
        return
    layout = column.layout()
    index = layout.indexOf(participants)
    split = QSplitter()
    split.setOrientation(split.orientation().Vertical)
    layout.removeWidget(participants)
    split.addWidget(participants)
    split.addWidget(panel)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    layout.insertWidget(index, split, 1)

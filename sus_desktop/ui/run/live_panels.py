"""Plugs the live-meeting panels (notes, facilitation modes, follow-up) into an open meeting.

Kept apart from `AppController` so that the controller only opens and closes meetings, and
each panel stays a self-contained widget built from the session.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSplitter, QTableWidget, QTabWidget, QVBoxLayout, QWidget

from sus_desktop.core.modes import MODES, Mode, Panel
from sus_desktop.ui.modes.mode_widgets import panel_widget
from sus_desktop.ui.run.followup_panel import FollowUpPanel
from sus_desktop.ui.run.notes_panel import NotePanel


class LivePanels:
    """The panels of one open meeting; built once when the meeting opens."""

    def __init__(self, opened, projector) -> None:
        session, run_view, prep = opened.session, opened.run_view, opened.prep
        self.notes = NotePanel(session)
        self.followup_run = FollowUpPanel(session)
        side = QTabWidget(objectName="notes_tabs")
        side.addTab(self.notes, QCoreApplication.translate("LivePanels", "Noter"))
        side.addTab(
            self.followup_run,
            QCoreApplication.translate("LivePanels", "Opfølgning på sidste samtale"),
        )
        run_view.set_notes_widget(side)
        # One widget per panel the modes declare; modes naming the same panel share it.
        self.panels: dict[Panel, QWidget] = {}
        self.modes: dict[Mode, QWidget] = {}
        for mode, spec in MODES.items():
            if spec.panel not in self.panels:
                widget = panel_widget(spec.panel, session)
                if widget is None:
                    continue
                self.panels[spec.panel] = widget
            run_view.register_mode_widget(mode, self.panels[spec.panel])
            self.modes[mode] = self.panels[spec.panel]
        for widget in self.panels.values():
            _fit_the_centre(widget)
        self.talk = self.panels.get(Panel.TALK)
        reflection = self.panels.get(Panel.REFLECTION)
        if reflection is not None:  # the room sees the time as the facilitator chose

            def mirror(_=None, r=reflection) -> None:
                projector.set_reflection_view(r.show_numbers.isChecked(), r.show_disk.isChecked())

            reflection.show_numbers.toggled.connect(mirror)
            reflection.show_disk.toggled.connect(mirror)
            mirror()
        spiral = self.panels.get(Panel.SPIRAL)
        if spiral is not None:
            spiral.speakers_changed.connect(projector.set_speakers)
            projector.set_speakers(*spiral.speakers())
        # Last year's decisions and actions are followed up in the preparation too.
        self.followup_prep = FollowUpPanel(session)
        _add_below(prep, self.followup_prep)


ACTION_ROWS = 5  # the decision's actions table shows at least this many rows


def _fit_the_centre(panel: QWidget) -> None:
    """A mode panel lives in the run view's centre pane, which scrolls: its texts wrap to the
    pane's width (a long phase title must not make it scroll sideways), and a table keeps room
    for several rows (item 5's actions showed about two)."""
    for label in panel.findChildren(QLabel):
        label.setWordWrap(True)
    for table in panel.findChildren(QTableWidget):
        rows = table.verticalHeader().defaultSectionSize() * ACTION_ROWS
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + rows + 4)


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

"""Plugs the live-meeting panels (notes, facilitation modes, follow-up) into an open meeting.

Kept apart from `AppController` so that the controller only opens and closes meetings, and
each panel stays a self-contained widget built from the session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from sus_desktop.core.modes import MODES, Mode, Panel
from sus_desktop.ui.common.lazy_page import LazyPage
from sus_desktop.ui.modes.mode_widgets import KINDS as _KINDS
from sus_desktop.ui.modes.mode_widgets import panel_widget
from sus_desktop.ui.run.notes_panel import NotePanel

if TYPE_CHECKING:
    from sus_desktop.ui.run.followup_panel import FollowUpPanel


class LivePanels:
    """The panels of one open meeting. The notes are built when the meeting opens; the
    follow-up (a tab beside the notes, and in the preparation) when first shown or asked for;
    a facilitation mode's panel when its mode first becomes current (or is asked for with
    `panel()`), so that a reopened meeting builds, and imports, only what it shows."""

    def __init__(self, session, run_view, projector) -> None:
        self._session, self._run_view, self._projector = session, run_view, projector
        self.notes = NotePanel(session)
        side = QTabWidget(objectName="notes_tabs")
        side.addTab(self.notes, QCoreApplication.translate("LivePanels", "Noter"))
        self._followup_run = LazyPage(lambda: _followup(session), "followup", side)
        side.addTab(
            self._followup_run,
            QCoreApplication.translate("LivePanels", "Opfølgning på sidste samtale"),
        )
        self._followup_prep: FollowUpPanel | None = None
        run_view.set_notes_widget(side)
        self.built: list[Callable[[QWidget], None]] = []  # called with each mode panel built
        self._read_only: tuple[bool, tuple[str, ...]] | None = None  # set_read_only's last word
        # One place per panel the modes declare; modes naming the same panel share it. The
        # run view shows the place; it gives way to the panel once that is built.
        self._built: dict[Panel, QWidget] = {}
        self._places: dict[Panel, _Place] = {}
        self._modes: dict[Panel, list[Mode]] = {}
        for mode, spec in MODES.items():
            if spec.panel not in _KINDS:
                continue
            if spec.panel not in self._places:
                self._places[spec.panel] = _Place(spec.panel)
            self._modes.setdefault(spec.panel, []).append(mode)
            run_view.register_mode_widget(mode, self._places[spec.panel])
        run_view.mode_area.currentChanged.connect(self._current_changed)

    # --- last year's follow-up ---------------------------------------------------------
    @property
    def followup_run(self) -> FollowUpPanel:
        """The follow-up beside the notes (built now if its tab was not shown yet)."""
        return self._followup_run.page()

    @property
    def followup_prep(self) -> FollowUpPanel:
        """The follow-up in the preparation, under the participants: built with the
        preparation (AppController places it), or when asked for."""
        if self._followup_prep is None:
            self._followup_prep = _followup(self._session)
        return self._followup_prep

    # --- the mode panels ---------------------------------------------------------------
    def panel(self, kind: Panel) -> QWidget | None:
        """The panel of `kind`, built now if it was not (None: no mode has such a panel)."""
        if kind in self._built:
            return self._built[kind]
        if kind not in self._places:
            return None
        return self._build(kind)

    def built_panels(self) -> list[QWidget]:
        """The mode panels built so far (the others are built as they are first shown)."""
        return list(self._built.values())

    @property
    def talk(self) -> QWidget | None:
        return self.panel(Panel.TALK)

    def set_read_only(self, on: bool, facilitator_controls: tuple[str, ...] = ()) -> None:
        """A referent's view: the panels read-only and the facilitator's buttons (by object
        name) hidden, in the panels built so far and in those built later."""
        self._read_only = (on, tuple(facilitator_controls))
        for panel in self._built.values():
            self._apply_read_only(panel)

    def _apply_read_only(self, panel: QWidget) -> None:
        if self._read_only is None:
            return
        on, names = self._read_only
        for name in names:
            for widget in panel.findChildren(QWidget, name):
                widget.setVisible(not on)
        if hasattr(panel, "set_read_only"):
            panel.set_read_only(on)

    def _current_changed(self, _index: int) -> None:
        place = self._run_view.mode_area.currentWidget()
        if isinstance(place, _Place) and place.kind not in self._built:
            self._build(place.kind)

    def _build(self, kind: Panel) -> QWidget:
        widget = panel_widget(kind, self._session)
        assert widget is not None
        self._built[kind] = widget
        _fit_the_centre(widget)
        self._connect(kind, widget)
        self._apply_read_only(widget)
        for callback in self.built:
            callback(widget)
        # The panel takes its place in the run view (shown at once if the place was).
        area, place = self._run_view.mode_area, self._places.pop(kind)
        current = area.currentWidget() is place
        for mode in self._modes[kind]:
            self._run_view.register_mode_widget(mode, widget)
        if current:
            area.setCurrentWidget(widget)
        area.removeWidget(place)
        place.deleteLater()
        return widget

    def _connect(self, kind: Panel, widget: QWidget) -> None:
        projector = self._projector
        if kind == Panel.REFLECTION:  # the room sees the time as the facilitator chose

            def mirror(_=None, r=widget) -> None:
                projector.set_reflection_view(r.show_numbers.isChecked(), r.show_disk.isChecked())

            widget.show_numbers.toggled.connect(mirror)
            widget.show_disk.toggled.connect(mirror)
            mirror()
        elif kind == Panel.SPIRAL:
            widget.speakers_changed.connect(projector.set_speakers)
            projector.set_speakers(*widget.speakers())


def _followup(session) -> FollowUpPanel:
    # Imported here: a reopened meeting shows the notes tab, not the follow-up.
    from sus_desktop.ui.run.followup_panel import FollowUpPanel

    return FollowUpPanel(session)


class _Place(QWidget):
    """Holds a mode panel's page in the run view until the panel is built."""

    def __init__(self, kind: Panel) -> None:
        super().__init__(objectName=f"{kind.value}_place")
        self.kind = kind


ACTION_ROWS = 5  # the decision's actions table shows at least this many rows


def _fit_the_centre(panel: QWidget) -> None:
    """A mode panel lives in the run view's centre pane, which scrolls: its texts wrap to the
    pane's width (a long phase title must not make it scroll sideways), and a table keeps room
    for several rows (item 5's actions showed about two)."""
    for label in panel.findChildren(QLabel):
        label.setWordWrap(True)
    for table in panel.findChildren(QTableView):  # (the base: QTableWidget loads with its panel)
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
    from PySide6.QtWidgets import QSplitter  # with the preparation, not at start-up

    split = QSplitter()
    split.setOrientation(split.orientation().Vertical)
    layout.removeWidget(participants)
    split.addWidget(participants)
    split.addWidget(panel)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    layout.insertWidget(index, split, 1)

"""Wires the main window to the store, the clock and the open meeting.

One `AppController` per window; it is passed what it needs (store, clock, screens, dialogs)
rather than reaching for a global app object.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from sus_desktop.core import danish
from sus_desktop.ui.common.dialogs import Dialogs
from sus_desktop.ui.common.settings import LAST_MEETING, RUN_LAYOUT, Settings
from sus_desktop.ui.main_window import MainWindow
from sus_desktop.ui.projector.projector_controller import ProjectorController
from sus_desktop.ui.projector.screens import ScreenProvider

# The core and the meeting views load with the first meeting: the start screen comes first.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from sus_desktop.core.meeting import Meeting
    from sus_desktop.ui.common.lazy_page import LazyPage
    from sus_desktop.ui.common.settings_dialog import SettingsDialog
    from sus_desktop.ui.minutes.minutes_view import MinutesView
    from sus_desktop.ui.prep.prep_view import PreparationView
    from sus_desktop.ui.run.run_controller import RunController
    from sus_desktop.ui.run.run_view import RunView
    from sus_desktop.ui.session import MeetingSession
    from sus_desktop.ui.start.start_view import StartView

STORE_RETRY_MS = 3000


class OpenMeeting:
    """Everything that exists while one meeting is open.

    The preparation and the Referat tab are built when first shown or asked for (`prep`,
    `minutes`): a reopened running meeting shows the run view, and its first frame costs
    only what it shows."""

    def __init__(
        self,
        session: MeetingSession,
        prep_page: LazyPage,
        run_view: RunView,
        run: RunController,
        minutes_page: LazyPage,
    ) -> None:
        self.session, self.run_view, self.run = session, run_view, run
        self.prep_page, self.minutes_page = prep_page, minutes_page
        self.panels = None  # LivePanels, set once the meeting is open

    @property
    def prep(self) -> PreparationView:
        return self.prep_page.page()

    @property
    def minutes(self) -> MinutesView:
        return self.minutes_page.page()


class AppController(QObject):
    def __init__(
        self,
        store,
        clock,
        screens: ScreenProvider,
        window: MainWindow | None = None,
        dialogs: Dialogs | None = None,
        start: bool = True,
    ) -> None:
        """`start`: show the start screen (False: a meeting is about to be opened)."""
        super().__init__()
        self.store, self.clock = store, clock
        self.window = window or MainWindow()
        self.dialogs = dialogs or Dialogs(self.window)
        self.settings = Settings(store)
        self.projector = ProjectorController(screens, self.settings, self)
        self.current: OpenMeeting | None = None
        self.exports = None  # ExportActions, built below
        self._shut = False
        w = self.window
        self.sync = None  # SyncController (ui/sync), built when a meeting is shared or joined
        w.start_view_built.append(self._wire_start_view)
        w.join_action.triggered.connect(lambda: self.sync_ui().ask_join())
        w.share_action.triggered.connect(lambda: self.sync_ui().share())
        w.new_action.triggered.connect(lambda: self.new_meeting(""))
        w.import_action.triggered.connect(lambda: self.import_file())
        w.export_action.triggered.connect(lambda: self.export_current())
        w.save_template_action.triggered.connect(lambda: self.save_template())
        w.home_action.triggered.connect(lambda: self.close_meeting())
        w.settings_action.triggered.connect(lambda: self.edit_settings())
        w.quit_action.triggered.connect(w.close)
        w.prep_tab_action.triggered.connect(lambda: self._show_tab(0))
        w.run_tab_action.triggered.connect(lambda: self._show_tab(1))
        w.projector_action.toggled.connect(self._projector_toggled)
        w.projector_next_screen_action.triggered.connect(self._projector_next_screen)
        w.projector_theme_action.triggered.connect(self.projector.toggle_theme)
        from sus_desktop.ui.run.zero_sound import ZeroSound

        self.zero_sound = ZeroSound(self.settings)
        w.sound_action.setChecked(self.zero_sound.enabled)
        w.sound_action.toggled.connect(self.zero_sound.set_enabled)
        w.tabs.currentChanged.connect(self._on_tab)
        w.run_actions.write_note.triggered.connect(self._write_note)
        # The run view's layout: the facilitator's (clock first) or the referent's (notes first).
        self.layout_action = QAction(
            self.tr("Referentvisning (noter først)"),
            w,
            checkable=True,
            objectName="referent_layout_action",
        )
        self.layout_action.setToolTip(
            self.tr(
                "Skift mellem facilitatorens visning (uret først) og referentens (noterne først)"
            )
        )
        self.layout_action.setChecked(self.settings.run_layout == "referent")
        self.layout_action.toggled.connect(self._layout_toggled)
        _insert_before(w, w.projector_action, self.layout_action)
        w.store_retry.clicked.connect(self._retry_store)
        self._store_retry_timer = QTimer(self, interval=STORE_RETRY_MS)
        self._store_retry_timer.timeout.connect(self._retry_store)
        self._health_listener = lambda ok, problem: self._show_store_health()
        store.on_health_changed.append(self._health_listener)
        self._show_store_health()
        if store.notice:  # e.g. a damaged data file was set aside and salvaged: say so once
            QTimer.singleShot(
                0,
                self,
                lambda: self.dialogs.info(self.tr("Datafilen var beskadiget"), store.notice),
            )
        from sus_desktop.ui.export_actions import ExportActions

        self.exports = ExportActions(self)
        self._meeting_enabled(False)
        if start:
            self.refresh_start()
            w.show_start()

    # --- start screen -------------------------------------------------------------
    def _wire_start_view(self, sv: StartView) -> None:
        sv.new_requested.connect(self.new_meeting)
        sv.open_requested.connect(self.open_stored)
        sv.delete_requested.connect(self.delete_meeting)
        sv.import_requested.connect(lambda: self.import_file())
        sv.export_requested.connect(self.export_stored)
        sv.join_requested.connect(lambda: self.sync_ui().ask_join())

    def refresh_start(self) -> None:
        sv = self.window.start_view
        try:
            sv.set_templates(self.store.list_templates())
            sv.set_meetings(self.store.list_meetings())
        except Exception:
            sv.set_templates([])
            sv.set_meetings([])

    def new_meeting(self, template: str = "") -> Meeting:
        from sus_desktop.core.agenda import builtin_agenda
        from sus_desktop.core.factory import new_meeting

        agenda = self.store.load_template(template) if template else builtin_agenda()
        today = datetime.fromtimestamp(self.clock.now()).date().isoformat()
        meeting = new_meeting(day=today, agenda=agenda, with_end=True)
        self.store.save_meeting(meeting)
        self.open_meeting(meeting)
        self._show_tab(0)
        return meeting

    def open_stored(self, meeting_id: str) -> None:
        try:
            meeting = self.store.load_meeting(meeting_id)
        except Exception as exc:
            self.dialogs.error(self.tr("Mødet kunne ikke åbnes"), str(exc))
            return
        self.open_meeting(meeting)

    def delete_meeting(self, meeting_id: str) -> None:
        summary = next((s for s in self.store.list_meetings() if s.id == meeting_id), None)
        name = (summary.school or summary.title) if summary else ""
        if not self.dialogs.confirm(
            self.tr("Slet møde"),
            self.tr(
                "Vil du slette mødet «%1»? Noter og referat slettes også. Det kan ikke fortrydes."
            ).replace("%1", name),
            self.tr("Slet"),
        ):
            return
        if self.current and self.current.session.meeting.id == meeting_id:
            self.close_meeting()
        self.store.delete_meeting(meeting_id)
        self.refresh_start()

    def import_file(self, path: Path | None = None) -> Meeting | None:
        from sus_desktop.storage.meetingfile import MeetingFileError, import_meeting

        path = path if isinstance(path, Path) else self.dialogs.open_meeting_path()
        if path is None:
            return None
        try:
            meeting = import_meeting(path, keep_id=True)  # the id lets later copies merge
        except MeetingFileError as exc:
            self.dialogs.error(self.tr("Mødefilen kunne ikke åbnes"), str(exc))
            return None
        if self.store.has_meeting(meeting.id):  # this meeting from another laptop: merged
            from sus_desktop.sync.filemerge import merge_into_store

            self.close_meeting(show_start=False)
            meeting = merge_into_store(self.store, meeting)
        else:
            self.store.save_meeting(meeting)
        self.open_meeting(meeting)
        return meeting

    def export_stored(self, meeting_id: str) -> None:
        if self.current and self.current.session.meeting.id == meeting_id:
            self.export_current()
            return
        try:
            meeting = self.store.load_meeting(meeting_id)
        except Exception as exc:
            self.dialogs.error(self.tr("Mødet kunne ikke åbnes"), str(exc))
            return
        self._export(meeting)

    def export_current(self) -> None:
        if self.current:
            self._export(self.current.session.meeting)
        else:
            mid = self.window.start_view.selected_id()
            if mid:
                self.export_stored(mid)

    def _export(self, meeting: Meeting) -> None:
        from sus_desktop.storage.meetingfile import (
            MeetingFileError,
            export_meeting,
            suggested_file_name,
        )

        path = self.dialogs.save_meeting_path(
            suggested_file_name(meeting.info.school, meeting.info.date)
        )
        if path is None:
            return
        try:
            export_meeting(meeting, path)
        except MeetingFileError as exc:
            self.dialogs.error(self.tr("Mødefilen kunne ikke gemmes"), str(exc))

    # --- two laptops (issue 15) --------------------------------------------------------
    def sync_ui(self):
        if self.sync is None:  # the sync code loads only when used
            from sus_desktop.ui.sync.sync_controller import SyncController

            self.sync = SyncController(self)
        return self.sync

    # --- the open meeting ------------------------------------------------------------
    def open_meeting(self, meeting: Meeting, author=None) -> OpenMeeting:
        """`author`: who this laptop is in the meeting (a joined referent); None: the
        facilitator."""
        self.close_meeting(show_start=False)
        w = self.window
        from sus_desktop.ui.common.lazy_page import LazyPage
        from sus_desktop.ui.run.live_panels import LivePanels
        from sus_desktop.ui.run.run_controller import RunController
        from sus_desktop.ui.run.run_view import RunView
        from sus_desktop.ui.session import MeetingSession

        if author is None and meeting.info.clock_holder:  # the clock was handed over (issue 15)
            from sus_desktop.core.commands import Author

            pc = self.store.get_setting("sync_laptop_id")
            author = Author(pc if isinstance(pc, str) else "")
        resume = None
        if author is None:  # shared or joined when the app last ran: go on (ui/sync/rejoin.py)
            from sus_desktop.ui.sync import rejoin

            resume = rejoin.pending(self.store, meeting.id)
            author = rejoin.author_for(resume)
        session = MeetingSession(meeting, self.clock, self.store, self, author=author)
        prep_page = LazyPage(lambda: self._build_prep(session), "preparation", w.tabs)
        minutes_page = LazyPage(lambda: self._build_minutes(session), "minutes", w.tabs)
        run_view = RunView()
        from sus_desktop.ui.run.schedule_model import ScheduleModel

        run_view.schedule_view.setModel(ScheduleModel(session, run_view))
        _fit_schedule_columns(run_view)
        run_view.set_layout_mode(self.settings.run_layout)
        run = RunController(session, run_view, w.run_actions, self.settings, self)
        run.dialogs = self.dialogs  # "start nu", and asking before a finish or a reopen
        run.displayed.connect(self.projector.show_display)
        run.displayed.connect(self.zero_sound.on_display)
        # The run view first: the first tab added is shown, and a shown page is built.
        w.tabs.addTab(run_view, self.tr("Afvikling"))
        w.tabs.insertTab(0, prep_page, self.tr("Forberedelse"))
        w.tabs.addTab(minutes_page, self.tr("Referat"))
        self.current = OpenMeeting(session, prep_page, run_view, run, minutes_page)
        # The panels see the preparation's place, not the preparation: it is built later.
        self.current.panels = panels = LivePanels(session, run_view, self.projector)
        # Last year's decisions and actions are followed up in the preparation too: built
        # with it, under the participants.
        prep_page.built.append(lambda prep: _place_followup(prep, panels.followup_prep))
        from sus_desktop.ui.common.accessible_names import name_controls

        name_controls(run_view)  # every control a screen reader reaches has a name
        panels.built.append(name_controls)  # a mode's panel is built when first shown
        for page in (prep_page, minutes_page):
            page.built.append(name_controls)
        run.mode_pages_changed()
        session.changed.connect(self._update_title)
        self._update_title()
        self._meeting_enabled(True)
        if self.settings.get(LAST_MEETING) != meeting.id:  # reopening writes nothing
            self.settings.set(LAST_MEETING, meeting.id)
        self._show_tab(1 if session.runner.started else 0)
        w.show_workspace()
        run.refresh()
        session.refused.connect(
            lambda text: self.dialogs.error(self.tr("Det kan ikke lade sig gøre"), text)
        )
        if meeting.info.clock_holder:  # another laptop may hold the clock: mirror it
            self.sync_ui().apply_role()
        if meeting.problems:  # rows or sections that could not be used: skipped, kept, told
            QTimer.singleShot(
                0,
                self,
                lambda: self.dialogs.info(
                    self.tr("Noget i mødet kunne ikke læses"), "\n".join(meeting.problems)
                ),
            )
        if resume is not None:
            QTimer.singleShot(0, self, lambda: self._resume_sync(meeting, resume))
        return self.current

    def _resume_sync(self, meeting: Meeting, resume: dict) -> None:
        if self.current is not None and self.current.session.meeting is meeting:
            self.sync_ui().rejoin(resume)

    def _build_prep(self, session: MeetingSession) -> PreparationView:
        from sus_desktop.ui.prep.prep_view import PreparationView

        prep = PreparationView(session)
        prep.agenda.save_template_requested.connect(self.save_template)
        prep.agenda.reset_requested.connect(self.reset_agenda)
        return prep

    def _build_minutes(self, session: MeetingSession) -> MinutesView:
        from sus_desktop.ui.minutes.minutes_view import MinutesView

        return MinutesView(session, self.dialogs)

    def close_meeting(self, show_start: bool = True) -> None:
        if self.sync is not None:
            self.sync.stop()  # stop sharing, or leave the joined meeting
        cur, self.current = self.current, None
        w = self.window
        if cur is not None:
            cur.run.close()
            cur.session.close()
            while w.tabs.count():
                page = w.tabs.widget(0)
                w.tabs.removeTab(0)
                page.deleteLater()
            cur.session.deleteLater()
            if show_start:
                self.settings.set(LAST_MEETING, "")
        self._meeting_enabled(False)
        if show_start:
            w.projector_action.setChecked(False)
            self.refresh_start()
            w.setWindowTitle(self.tr("SUS Desktop"))
            w.show_start()

    def _update_title(self, *_args) -> None:
        if self.current:
            info = self.current.session.meeting.info
            parts = [p for p in (info.school, danish.date_text(info.date)) if p]
            self.window.setWindowTitle(" – ".join(parts + [self.tr("SUS Desktop")]))

    def _meeting_enabled(self, on: bool) -> None:
        w = self.window
        for a in w.run_actions.all + [
            w.export_action,
            w.save_template_action,
            w.home_action,
            w.prep_tab_action,
            w.run_tab_action,
            w.projector_action,
            w.share_action,
        ]:
            a.setEnabled(on)
        if self.exports is not None:
            self.exports.set_enabled(on)
        w.set_run_toolbar_visible(on)
        if w.toolbar is not None and self.layout_action not in w.toolbar.actions():
            w.toolbar.addSeparator()
            w.toolbar.addAction(self.layout_action)
        w.run_actions.set_bare_keys_allowed(on and w.tabs.currentIndex() == 1)

    def _show_tab(self, index: int) -> None:
        if self.current:
            self.window.tabs.setCurrentIndex(index)
            self._on_tab(index)

    def _write_note(self) -> None:
        if self.current is not None and self.current.panels is not None:
            self.current.panels.notes.edit.setFocus()

    def _on_tab(self, index: int) -> None:
        self.window.run_actions.set_bare_keys_allowed(self.current is not None and index == 1)
        if self.current is not None and index == 1:
            self.window.setFocus()  # leave any text field of the preparation view

    # --- agenda templates -------------------------------------------------------------
    def save_template(self) -> None:
        if not self.current:
            return
        m = self.current.session.meeting
        name = self.dialogs.ask_text(
            self.tr("Gem som skabelon"), self.tr("Skabelonens navn:"), m.info.school
        )
        if not name:
            return
        if name in self.store.list_templates() and not self.dialogs.confirm(
            self.tr("Gem som skabelon"),
            self.tr(
                "Der findes allerede en skabelon med navnet «%1». Vil du erstatte den?"
            ).replace("%1", name),
            self.tr("Erstat"),
        ):
            return
        self.store.save_template(name, m.agenda_info, m.agenda)

    def reset_agenda(self) -> None:
        if not self.current:
            return
        if not self.dialogs.confirm(
            self.tr("Nulstil dagsorden"),
            self.tr(
                "Vil du erstatte dagsordenen med standarddagsordenen for SUS 2025? Dine"
                " ændringer i punkter og faser går tabt."
            ),
            self.tr("Nulstil"),
        ):
            return
        from sus_desktop.core.agenda import builtin_agenda
        from sus_desktop.core.commands import ReplaceAgenda

        info, items = builtin_agenda()
        self.current.session.execute(ReplaceAgenda(items=items, info=info))

    # --- settings and projector ---------------------------------------------------------
    def edit_settings(self) -> SettingsDialog:
        from sus_desktop.ui.common.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.settings, self.window)
        dlg.accepted.connect(self._settings_changed)
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        dlg.open()
        return dlg

    def _settings_changed(self) -> None:
        if self.projector._window is not None:
            self.projector._window.set_theme(self.settings.projector_theme)
        if self.current:
            self.current.run.refresh()

    def _layout_toggled(self, referent: bool) -> None:
        mode = "referent" if referent else "facilitator"
        self.settings.set(RUN_LAYOUT, mode)
        if self.current:
            self.current.run_view.set_layout_mode(mode)

    def _projector_toggled(self, on: bool) -> None:
        self.projector.show() if on else self.projector.hide()
        if on and self.current:
            self.current.run.refresh()

    def _projector_next_screen(self) -> None:
        self.window.projector_action.setChecked(True)
        self.projector.move_to_next_screen()

    # --- store health ------------------------------------------------------------------
    def _show_store_health(self) -> None:
        healthy, problem = self.store.healthy, self.store.problem
        w = self.window
        if healthy:
            self._store_retry_timer.stop()
            w.store_label.setText(self.tr("Alt er gemt automatisk."))
            w.store_label.setStyleSheet("")
            w.store_retry.hide()
        else:
            # Write what is held in memory as soon as the disk takes it again.
            if not self._store_retry_timer.isActive():
                self._store_retry_timer.start()
            w.store_label.setText(
                "⚠ "
                + self.tr("Kunne ikke gemme: %1. Ændringerne holdes i hukommelsen.").replace(
                    "%1", problem or ""
                )
            )
            w.store_label.setStyleSheet("color: #B71C1C; font-weight: bold;")
            w.store_retry.show()

    def _retry_store(self) -> None:
        self.store.retry()
        self._show_store_health()

    def shutdown(self) -> None:
        """Stop timers and hide the projector (the meeting stays open for next start)."""
        self._store_retry_timer.stop()
        if self.sync is not None:
            self.sync.shutdown()
        listeners = self.store.on_health_changed
        if self._health_listener in listeners:
            listeners.remove(self._health_listener)
        cur = self.current
        if cur is not None and not self._shut:
            cur.run.close()
            cur.session.close()
        if not self._shut:
            self.projector.close()
        self._shut = True


def _insert_before(window: MainWindow, anchor: QAction, action: QAction) -> None:
    """Put `action` in the menu that holds `anchor` (the View menu), just before it."""
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if menu is not None and anchor in menu.actions():
            menu.insertAction(anchor, action)
            menu.insertSeparator(anchor)
            return
    window.addAction(action)


def _fit_schedule_columns(view: RunView) -> None:
    from PySide6.QtWidgets import QHeaderView

    h = view.schedule_view.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    view.schedule_view.setColumnHidden(0, True)  # the title carries the number: room for it


def _place_followup(prep: PreparationView, followup: QWidget) -> None:
    """Last year's decisions under the participants, once the preparation is built."""
    from sus_desktop.ui.run.live_panels import _add_below

    _add_below(prep, followup)

"""The main window (layout only): menus, toolbar, start screen and the meeting workspace.

All decisions live in `AppController`; this class only builds widgets and actions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QStackedWidget, QTabWidget

from sus_desktop.ui.run.run_actions import RunActions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QToolBar

    from sus_desktop.ui.start.start_view import StartView


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("SUS Desktop"))
        # 1400×860 where there is room; on a 1280×800 (or 1366×768) laptop the first start
        # must not open wider or taller than the screen (no saved geometry yet).
        room = self.screen().availableGeometry()
        self.resize(min(1400, room.width()), min(860, room.height()))

        # The start screen is built when first shown: a reopened meeting never needs it.
        self._start_view: StartView | None = None
        self.start_view_built: list[Callable[[StartView], None]] = []
        self.tabs = QTabWidget(objectName="workspace")
        self.tabs.setDocumentMode(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        def act(text, shortcut=None, checkable=False) -> QAction:
            a = QAction(text, self)
            if shortcut:  # setShortcuts: setShortcut's overloads load the whole Qt namespace
                a.setShortcuts([QKeySequence(shortcut)])
            a.setCheckable(checkable)
            self.addAction(a)
            return a

        self.new_action = act(self.tr("Nyt møde"), "Ctrl+N")
        self.import_action = act(self.tr("Åbn mødefil…"), "Ctrl+O")
        # One owner per key (tests/test_keys_owners.py): Ctrl+E marks a note as Evaluering and
        # Ctrl+1…9 pick a participant in the note panel, so export and the tabs go elsewhere.
        self.export_action = act(self.tr("Eksportér mødefil…"), "Ctrl+Shift+E")
        # Two laptops, one meeting (issue 15): wired by AppController, built by ui/sync.
        self.share_action = act(self.tr("Del møde…"))
        self.join_action = act(self.tr("Deltag i møde…"))
        self.save_template_action = act(self.tr("Gem dagsorden som skabelon…"))
        self.home_action = act(self.tr("Til startskærmen"), "Ctrl+W")
        self.settings_action = act(self.tr("Indstillinger…"), "Ctrl+,")
        self.quit_action = act(self.tr("Afslut"), "Ctrl+Q")
        self.prep_tab_action = act(self.tr("Forberedelse"), "Ctrl+PgUp")
        self.run_tab_action = act(self.tr("Afvikling"), "Ctrl+PgDown")
        self.projector_action = act(self.tr("Vis projektor"), "F5", checkable=True)
        self.projector_next_screen_action = act(
            self.tr("Flyt projektor til næste skærm"), "Shift+F5"
        )
        self.projector_theme_action = act(self.tr("Projektor: skift lyst/mørkt tema"))
        # Wired by ProjectorController.bind_window; B and "." blank it outside text fields.
        self.projector_blank_action = act(self.tr("Projektor: sort skærm"), checkable=True)
        self.projector_clock_action = act(self.tr("Projektor: vis klokkeslæt"), checkable=True)
        self.projector_round_off_action = act(self.tr("Projektor: vis «Afrund venligst»"))
        self.projector_message_action = act(self.tr("Projektor: besked til rummet…"))
        self.projector_clear_message_action = act(self.tr("Projektor: fjern beskeden"))
        self.sound_action = act(self.tr("Blid lyd, når tiden er gået"), checkable=True)

        self.run_actions = RunActions(self)
        ra = self.run_actions

        m = self.menuBar().addMenu(self.tr("&Filer"))
        for a in (
            self.new_action,
            self.import_action,
            self.export_action,
            None,
            self.share_action,
            self.join_action,
            None,
            self.save_template_action,
            None,
            self.home_action,
            self.settings_action,
            None,
            self.quit_action,
        ):
            m.addSeparator() if a is None else m.addAction(a)
        m = self.menuBar().addMenu(self.tr("&Afvikling"))
        for a in (
            ra.toggle,
            ra.next,
            ra.previous,
            ra.next_item,
            None,
            ra.plus,
            ra.minus,
            ra.rebalance,
            None,
            self.sound_action,
            None,
            ra.finish,
        ):
            m.addSeparator() if a is None else m.addAction(a)
        m = self.menuBar().addMenu(self.tr("&Vis"))
        for a in (
            self.prep_tab_action,
            self.run_tab_action,
            None,
            self.projector_action,
            self.projector_next_screen_action,
            self.projector_theme_action,
            None,
            self.projector_blank_action,
            self.projector_clock_action,
            self.projector_round_off_action,
            self.projector_message_action,
            self.projector_clear_message_action,
        ):
            m.addSeparator() if a is None else m.addAction(a)

        self.toolbar: QToolBar | None = None  # built when a meeting first opens

        self.store_label = QLabel(objectName="store_status")
        self.store_retry = QPushButton(self.tr("Prøv at gemme igen"), objectName="store_retry")
        self.statusBar().addWidget(self.store_label, 1)
        self.statusBar().addPermanentWidget(self.store_retry)
        self.store_retry.hide()
        from sus_desktop.ui.run.focus_indicator import FocusIndicator

        self.focus_indicator = FocusIndicator(self.run_actions)
        self.statusBar().addPermanentWidget(self.focus_indicator)

    close_guard = None  # set by the app: a callable that returns False to stay open

    @property
    def start_view(self) -> StartView:
        if self._start_view is None:
            from sus_desktop.ui.start.start_view import StartView

            sv = self._start_view = StartView()
            self.stack.insertWidget(0, sv)
            for callback in self.start_view_built:
                callback(sv)
        return self._start_view

    def closeEvent(self, event) -> None:
        if self.close_guard is not None and not self.close_guard():
            event.ignore()  # unsaved changes and the user chose to stay
            return
        super().closeEvent(event)

    def set_run_toolbar_visible(self, visible: bool) -> None:
        if visible and self.toolbar is None:
            self.toolbar = self._build_toolbar()
        if self.toolbar is not None:
            self.toolbar.setVisible(visible)

    def _build_toolbar(self) -> QToolBar:
        from PySide6.QtCore import Qt  # not at module level: see run_actions._keys
        from PySide6.QtWidgets import QToolBar, QWidget

        ra = self.run_actions
        bar = QToolBar(self.tr("Afvikling"), objectName="run_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        for a in (
            ra.toggle,
            ra.previous,
            ra.next,
            ra.next_item,
            None,
            ra.minus,
            ra.plus,
            None,
            ra.rebalance,
            None,
            self.projector_action,
        ):
            bar.addSeparator() if a is None else bar.addAction(a)
        self.addToolBar(bar)
        for button in bar.findChildren(QWidget):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return bar

    def show_start(self) -> None:
        self.stack.setCurrentWidget(self.start_view)

    def show_workspace(self) -> None:
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        from_start = focus is not None and self.stack.currentWidget() is not self.tabs
        self.stack.setCurrentWidget(self.tabs)
        if from_start:
            # Keyboard focus from the start screen goes to the tabs, not into a page (Qt
            # would pick the next widget in creation order, which depends on what was built
            # lazily when).
            self.tabs.tabBar().setFocus()

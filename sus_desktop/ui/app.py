"""Starting the desktop app: QApplication, Danish translations, store, main window."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from sus_desktop.resources import resource_path
from sus_desktop.ui.app_controller import AppController
from sus_desktop.ui.projector.screens import QtScreenProvider, ScreenProvider
from sus_desktop.ui.common.settings import LAST_MEETING, Settings


def build_main_window(store, clock, screens: ScreenProvider | None = None,
                      dialogs=None) -> AppController:
    """The window and its controller, without opening anything (tests use this)."""
    return AppController(store, clock, screens or QtScreenProvider(), dialogs=dialogs)


def install_danish(app: QApplication) -> QTranslator | None:
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_da", folder):
        app.installTranslator(translator)
        return translator
    return None


def reopen_last(controller: AppController) -> bool:
    """Reopen the meeting that was open when the app last closed (its clock kept running)."""
    last = Settings(controller.store).get(LAST_MEETING)
    if not last:
        return False
    try:
        meeting = controller.store.load_meeting(str(last))
    except Exception:  # noqa: BLE001 - deleted or unreadable: just show the start screen
        return False
    controller.open_meeting(meeting)
    return True


def _resume_gc() -> None:
    """After start-up: its objects live as long as the app, so the collector leaves them be."""
    gc.freeze()
    gc.enable()


def run_app(open_path: Path | None = None, argv: list[str] | None = None, clock=None) -> int:
    from sus_desktop.core.clock import SystemClock
    from sus_desktop.storage.store import Store

    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv[:1]))
    app.setApplicationName("SUS Desktop")
    app.setApplicationDisplayName("SUS Desktop")
    app.setWindowIcon(QIcon(str(resource_path("icons", "sus-desktop.svg"))))
    app._sus_translator = install_danish(app)  # keep a reference: Qt does not own it
    store = Store()
    controller = build_main_window(store, clock or SystemClock())
    app._sus_controller = controller  # kept alive for the event loop, not a global lookup
    if open_path is not None:
        controller.import_file(Path(open_path))
    else:
        reopen_last(controller)
    if os.environ.get("SUS_DESKTOP_QUIT_WHEN_IDLE"):  # the start-up benchmark
        from sus_desktop.ui.common.startup_probe import FirstPaintProbe

        FirstPaintProbe(controller.window, app)
    controller.window.show()
    QTimer.singleShot(0, _resume_gc)
    code = app.exec()
    # Tear down in order while Qt is still alive rather than leave it to interpreter
    # finalization, where PySide6 has crashed before (see tests/test_qt_binding.py).
    controller.shutdown()
    controller.window.close()
    controller.window.deleteLater()
    del app._sus_controller, controller
    app.processEvents()
    gc.collect()
    close = getattr(store, "close", None)
    if close:
        close()
    return code

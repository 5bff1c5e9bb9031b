"""Starting the desktop app: store, last meeting, QApplication, translations, main window.

Importing this module loads no Qt. `run_app` reads the meeting to reopen before it builds
the window, so that a reopened meeting's window is built once, without the start screen.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sus_desktop.ui.common.settings import LAST_MEETING, Settings

if TYPE_CHECKING:
    from sus_desktop.core.meeting import Meeting
    from sus_desktop.ui.app_controller import AppController
    from sus_desktop.ui.projector.screens import ScreenProvider


def build_main_window(
    store, clock, screens: ScreenProvider | None = None, dialogs=None, start: bool = True
) -> AppController:
    """The window and its controller, without opening anything (tests use this).
    `start`: show the start screen (False: the caller opens a meeting next)."""
    from sus_desktop.ui.app_controller import AppController
    from sus_desktop.ui.projector.screens import QtScreenProvider

    return AppController(store, clock, screens or QtScreenProvider(), dialogs=dialogs, start=start)


def last_meeting(store) -> Meeting | None:
    """The meeting that was open when the app last closed, or None (none, or unreadable)."""
    last = Settings(store).get(LAST_MEETING)
    if not last:
        return None
    try:
        return store.load_meeting(str(last))
    except Exception:
        return None


def reopen_last(controller: AppController) -> bool:
    """Reopen the meeting that was open when the app last closed (its clock kept running)."""
    meeting = last_meeting(controller.store)
    if meeting is None:
        return False
    controller.open_meeting(meeting)
    return True


def _resume_gc() -> None:
    """After start-up: its objects live as long as the app, so the collector leaves them be."""
    gc.freeze()
    gc.enable()


LISTEN_DELAY_MS = 300  # after the first paint: later starts wait for it (and retry) anyway


def run_app(
    open_path: Path | None = None,
    argv: list[str] | None = None,
    clock=None,
    join: tuple[str, str] | None = None,
) -> int:
    """`join`: (address, code) of a shared meeting to open as a referent
    (`sus-desktop join ADRESSE:PORT --code KODE`)."""
    from sus_desktop import paths
    from sus_desktop.core.clock import SystemClock
    from sus_desktop.storage.store import Store
    from sus_desktop.ui.common import single_instance

    # One app per data folder, settled before the store is opened: a second start hands its
    # request to the running window and leaves without a QApplication.
    try:
        folder = paths.data_dir()
    except OSError:
        folder = None  # the store reports the folder's problem itself
    instance = None
    if folder is not None:
        try:
            instance = single_instance.claim_or_hand_over(
                folder, single_instance.make_request(open_path, argv)
            )
        except single_instance.NotResponding:
            return _tell_not_responding(folder, argv)
        if instance is None:
            return 0
    store = Store()
    meeting = last_meeting(store) if open_path is None and join is None else None
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from sus_desktop.resources import resource_path
    from sus_desktop.ui.common import language

    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv[:1]))
    app.setApplicationName("SUS Desktop")
    app.setApplicationDisplayName("SUS Desktop")
    app.setWindowIcon(QIcon(str(resource_path("icons", "sus-desktop.svg"))))
    try:
        choice = store.get_setting(language.SETTING)
    except Exception:
        choice = None
    # Keep references: Qt does not own translators.
    app._sus_translators = language.install(app, language.resolve(choice))
    controller = build_main_window(store, clock or SystemClock(), start=meeting is None)
    app._sus_controller = controller  # kept alive for the event loop, not a global lookup
    controller.window.close_guard = lambda c=controller: _may_quit(c)
    if open_path is not None:
        controller.import_file(Path(open_path))
    elif join is not None:
        QTimer.singleShot(0, lambda c=controller: c.sync_ui().join(*join))
    elif meeting is not None:
        controller.open_meeting(meeting)
    if os.environ.get("SUS_DESKTOP_QUIT_WHEN_IDLE"):  # the start-up benchmark
        from sus_desktop.ui.common.startup_probe import FirstPaintProbe

        FirstPaintProbe(controller.window, app)
    controller.window.show()
    QTimer.singleShot(0, _resume_gc)
    if instance is not None:
        QTimer.singleShot(
            LISTEN_DELAY_MS,
            lambda c=controller: instance.listen(lambda request: serve_request(c, request)),
        )
    code = app.exec()
    # Tear down in order while Qt is still alive rather than leave it to interpreter
    # finalization, where PySide6 has crashed before (see tests/test_qt_binding.py).
    controller.window.close_guard = None  # the user has decided, or the app was told to quit
    if instance is not None:
        instance.stop_listening()  # later starts wait for the lock, then start afresh
    controller.shutdown()
    controller.window.close()
    controller.window.deleteLater()
    del app._sus_controller, controller
    app.processEvents()
    gc.collect()
    store.close()
    if instance is not None:
        instance.release()  # after the store is closed: the next start may open it
    return code


def _may_quit(controller: AppController) -> bool:
    from sus_desktop.ui.common.quit_guard import QuitGuard  # only when the window closes

    return QuitGuard.for_controller(controller).may_quit()


def serve_request(controller: AppController, request: dict) -> None:
    """A later start's request: come to the front and open its meeting file."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sus_desktop.ui.common.single_instance import bring_to_front

    modal = QApplication.activeModalWidget()
    if modal is not None:  # a question is open: answer it first, then the file opens
        bring_to_front(modal)
        QTimer.singleShot(500, lambda: serve_request(controller, request))
        return
    bring_to_front(controller.window)
    path = request.get("open")
    if isinstance(path, str) and path:
        controller.import_file(Path(path))


def _tell_not_responding(folder: Path, argv: list[str] | None) -> int:
    """Another start holds the data folder but does not answer: say so, start nothing."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from sus_desktop.ui.common import language

    text = QCoreApplication.translate(
        "run_app",
        "SUS Desktop kører allerede med datamappen %1, men svarer ikke. Vent lidt, "
        "eller luk det andet SUS Desktop-vindue, og prøv igen.",
    ).replace("%1", str(folder))
    print(f"sus-desktop: {text}", file=sys.stderr)
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv[:1]))
    app._sus_translators = language.install(app, language.DANISH)
    QMessageBox.warning(None, "SUS Desktop", text)
    return 1

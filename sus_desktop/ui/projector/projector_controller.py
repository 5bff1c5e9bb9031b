"""Places the projector window on a screen and keeps it there as screens come and go, and
holds what the facilitator puts on it besides the clock: a message, a blank screen, the time.

The projector goes on a screen other than the one the facilitator's window is on; with one
screen it is a normal window. It never takes the keyboard focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QKeySequence, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from sus_desktop.ui.common.settings import PROJECTOR_SCREEN, PROJECTOR_THEME, Settings
from sus_desktop.ui.projector.screens import ScreenProvider, choose_screen, next_screen

if TYPE_CHECKING:  # the projector window and what it shows load when first needed
    from sus_desktop.ui.projector.projector_window import ProjectorWindow
    from sus_desktop.ui.run.run_presenter import RunDisplay

PROJECTOR_CLOCK = "projector_clock"  # setting: show the time of day on the projector
BLANK_KEYS = ("B", ".")  # a presenter clicker's "black screen" keys
WINDOW_SIZE = (960, 540)  # the projector as a window on the laptop


class ProjectorController(QObject):
    placed = Signal(str)  # screen name, "" for a normal window

    def __init__(self, provider: ScreenProvider, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.provider = provider
        self.settings = settings
        self._window: ProjectorWindow | None = None  # built when first needed: faster start
        self._last_display: RunDisplay | None = None
        self._last_speakers: tuple[str, str] | None = None
        self.screen = None  # the screen the projector is on, None = a normal window
        self.wanted = False
        self.message = ""
        self.blank = False
        self.show_clock = bool(settings.get(PROJECTOR_CLOCK))
        self.reflection_numbers, self.reflection_disk = False, True
        self.main_window: QWidget | None = None
        self._ask_text = None
        self._focus_hooked = False
        provider.screens_changed.connect(self._on_screens_changed)
        window = getattr(parent, "window", None)  # the app controller's main window
        if isinstance(window, QWidget):
            dialogs = getattr(parent, "dialogs", None)
            self.bind_window(window, getattr(dialogs, "ask_text", None))

    @property
    def window(self) -> ProjectorWindow:
        if self._window is None:
            from sus_desktop.ui.projector.projector_window import ProjectorWindow

            w = self._window = ProjectorWindow()
            w.set_theme(self.settings.projector_theme)
            w.fullscreen_toggled.connect(self._toggle_fullscreen)
            w.activated.connect(self._give_focus_back)
            w.message = self.message
            w.blank = self.blank
            w.show_clock = self.show_clock
            w.reflection_numbers, w.reflection_disk = self.reflection_numbers, self.reflection_disk
            if self._last_speakers is not None:
                w.set_speakers(*self._last_speakers)
            w.show_display(self._last_display if self._last_display is not None else w.display)
        return self._window

    def _give_focus_back(self) -> None:
        """The flags keep the focus off the projector on X11, Windows and macOS; a platform
        that activates it anyway (offscreen, some Wayland compositors) gets the keys back
        to the facilitator's window at once."""
        main = self.main_window
        if main is not None and main.isVisible():
            main.activateWindow()

    # --- the main window's actions ------------------------------------------------------
    def bind_window(self, main_window: QWidget, ask_text=None) -> None:
        """Remember the facilitator's window (the projector avoids its screen) and wire the
        projector actions it offers (see MainWindow): blank, clock, messages."""
        self.main_window = main_window
        self._ask_text = ask_text
        blank = getattr(main_window, "projector_blank_action", None)
        if blank is not None:
            blank.toggled.connect(self.set_blank)
            QApplication.instance().focusChanged.connect(self._update_blank_keys)
            self._focus_hooked = True
            self._update_blank_keys()
        clock = getattr(main_window, "projector_clock_action", None)
        if clock is not None:
            clock.setChecked(self.show_clock)
            clock.toggled.connect(self.set_show_clock)
        round_off = getattr(main_window, "projector_round_off_action", None)
        if round_off is not None:
            round_off.triggered.connect(lambda: self.show_message(self.tr("Afrund venligst")))
        message = getattr(main_window, "projector_message_action", None)
        if message is not None:
            message.triggered.connect(self.ask_message)
        clear = getattr(main_window, "projector_clear_message_action", None)
        if clear is not None:
            clear.triggered.connect(lambda: self.show_message(None))

    def _update_blank_keys(self, *_args) -> None:
        """B and "." blank the projector, like a presenter clicker's key, but only while the
        focus is not in a text field: there they are letters."""
        from sus_desktop.ui.run.run_actions import is_text_input

        action = getattr(self.main_window, "projector_blank_action", None)
        if action is None:
            return
        try:
            typing = is_text_input(QApplication.focusWidget())
            keys = [] if typing else [QKeySequence(k) for k in BLANK_KEYS]
            if list(action.shortcuts()) != keys:
                action.setShortcuts(keys)
        except RuntimeError:  # the main window is already gone
            pass

    def ask_message(self) -> None:
        if self._ask_text is None:
            return
        text = self._ask_text(
            self.tr("Besked til rummet"),
            self.tr("Tekst på projektoren (tom for ingen besked):"),
            self.message,
        )
        if text is not None:
            self.show_message(text)

    # --- what is on the screen besides the clock -------------------------------------------
    def show_message(self, text: str | None) -> None:
        """A message to the room, shown large until cleared with None or ""."""
        self.message = (text or "").strip()
        if self._window is not None:
            self._window.set_message(self.message)
        clear = getattr(self.main_window, "projector_clear_message_action", None)
        if clear is not None:
            clear.setEnabled(bool(self.message))

    def set_blank(self, on: bool) -> None:
        """A black screen, e.g. while someone shows slides; the clock runs on behind it."""
        self.blank = bool(on)
        if self._window is not None:
            self._window.set_blank(self.blank)
        action = getattr(self.main_window, "projector_blank_action", None)
        if action is not None and action.isChecked() != self.blank:
            action.setChecked(self.blank)

    def set_show_clock(self, on: bool) -> None:
        self.show_clock = bool(on)
        self.settings.set(PROJECTOR_CLOCK, self.show_clock)
        if self._window is not None:
            self._window.set_show_clock(self.show_clock)

    def set_reflection_view(self, numbers: bool, disk: bool = True) -> None:
        """Mirror the reflection view's "Vis tid i tal" / "Vis skive" choices."""
        self.reflection_numbers, self.reflection_disk = bool(numbers), bool(disk)
        if self._window is not None:
            self._window.set_reflection_view(self.reflection_numbers, self.reflection_disk)

    # --- visibility -------------------------------------------------------------
    def show(self) -> None:
        self.wanted = True
        self.place(self._choose())

    def hide(self) -> None:
        self.wanted = False
        if self._window is not None:
            self._window.hide()

    def toggle(self) -> None:
        self.hide() if self.wanted else self.show()

    def close(self) -> None:
        self.wanted = False
        if self._focus_hooked:
            self._focus_hooked = False
            QApplication.instance().focusChanged.disconnect(self._update_blank_keys)
        if self._window is not None:
            self._window.close()
            self._window.deleteLater()
            self._window = None

    # --- placement --------------------------------------------------------------
    def facilitator_screen(self):
        return self.provider.screen_of(self.main_window)

    def _choose(self):
        return choose_screen(
            self.provider.screens(),
            self.provider.primary(),
            str(self.settings.get(PROJECTOR_SCREEN) or ""),
            avoid=self.facilitator_screen(),
        )

    def place(self, screen) -> None:
        self.screen = screen
        w = self.window
        if screen is None:
            self._place_as_window(w)
            self.placed.emit("")
            return
        if isinstance(screen, QScreen):
            if w.isFullScreen():
                w.showNormal()
            w.winId()  # a native window now, so it can be put on the screen before it shows
            if w.windowHandle() is not None:
                w.windowHandle().setScreen(screen)
            w.setGeometry(screen.geometry())
            w.showFullScreen()  # on Wayland this may land elsewhere: "Flyt til næste skærm"
        else:
            w.setGeometry(QRect(screen.geometry()))
            w.show()
        self.placed.emit(screen.name())

    def _place_as_window(self, w: ProjectorWindow) -> None:
        """A normal window in the lower right of the facilitator's screen, never full-screen
        over the facilitator's own window."""
        if w.isFullScreen() or w.isMaximized():
            w.showNormal()
        home = self.facilitator_screen()
        if home is None:
            w.resize(*WINDOW_SIZE)
            w.show()
            return
        if isinstance(home, QScreen):
            w.winId()
            if w.windowHandle() is not None:
                w.windowHandle().setScreen(home)
        g = home.availableGeometry()
        width, height = min(WINDOW_SIZE[0], g.width() // 2), min(WINDOW_SIZE[1], g.height() // 2)
        w.setGeometry(g.right() - width - 24, g.bottom() - height - 48, width, height)
        w.show()

    def move_to_next_screen(self) -> None:
        target = next_screen(self.provider.screens(), self.screen, avoid=self.facilitator_screen())
        self.settings.set(PROJECTOR_SCREEN, target.name() if target is not None else "")
        self.wanted = True
        self.place(target)

    def _on_screens_changed(self) -> None:
        if not self.wanted:
            return
        names = [s.name() for s in self.provider.screens()]
        home = self.facilitator_screen()
        if (
            self.screen is not None
            and self.screen.name() in names
            and (home is None or home.name() != self.screen.name())
        ):
            return  # still where it was, and not over the facilitator's window
        target = self._choose()
        if target is None and self.screen is None:
            return  # already a window on the laptop: leave it where the user put it
        self.place(target)

    def _toggle_fullscreen(self) -> None:
        if self.window.isFullScreen():
            self.window.showNormal()
        elif isinstance(self.screen, QScreen):
            self.window.showFullScreen()

    # --- look and content ---------------------------------------------------------
    def toggle_theme(self) -> str:
        current = self._window.theme_name if self._window else self.settings.projector_theme
        name = "light" if current == "dark" else "dark"
        if self._window is not None:
            self._window.set_theme(name)
        self.settings.set(PROJECTOR_THEME, name)
        return name

    def show_display(self, d: RunDisplay) -> None:
        self._last_display = d
        if self._window is not None:
            self._window.show_display(d)

    def set_speakers(self, current: str, next: str) -> None:
        self._last_speakers = (current, next)
        if self._window is not None:
            self._window.set_speakers(current, next)

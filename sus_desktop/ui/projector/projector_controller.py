"""Places the projector window on a screen and keeps it there as screens come and go."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QScreen

from sus_desktop.ui.projector.screens import ScreenProvider, choose_screen, next_screen
from sus_desktop.ui.common.settings import PROJECTOR_SCREEN, PROJECTOR_THEME, Settings

if TYPE_CHECKING:  # the projector window and what it shows load when first needed
    from sus_desktop.ui.projector.projector_window import ProjectorWindow
    from sus_desktop.ui.run.run_presenter import RunDisplay


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
        provider.screens_changed.connect(self._on_screens_changed)

    @property
    def window(self) -> ProjectorWindow:
        if self._window is None:
            from sus_desktop.ui.projector.projector_window import ProjectorWindow

            w = self._window = ProjectorWindow()
            w.set_theme(self.settings.projector_theme)
            w.fullscreen_toggled.connect(self._toggle_fullscreen)
            if self._last_display is not None:
                w.show_display(self._last_display)
            if self._last_speakers is not None:
                w.set_speakers(*self._last_speakers)
        return self._window

    # --- visibility -------------------------------------------------------------
    def show(self) -> None:
        self.wanted = True
        self.place(choose_screen(self.provider.screens(), self.provider.primary(),
                                 str(self.settings.get(PROJECTOR_SCREEN) or "")))

    def hide(self) -> None:
        self.wanted = False
        if self._window is not None:
            self._window.hide()

    def toggle(self) -> None:
        self.hide() if self.wanted else self.show()

    def close(self) -> None:
        self.wanted = False
        if self._window is not None:
            self._window.close()
            self._window.deleteLater()
            self._window = None

    # --- placement --------------------------------------------------------------
    def place(self, screen) -> None:
        self.screen = screen
        w = self.window
        if screen is None:
            w.showNormal()
            primary = self.provider.primary()
            if primary is not None:
                g = primary.availableGeometry()
                w.resize(min(960, g.width()), min(540, g.height()))
            self.placed.emit("")
            return
        if isinstance(screen, QScreen):
            w.showNormal()
            w.setScreen(screen)
            w.setGeometry(screen.geometry())
            w.showFullScreen()  # on Wayland this may land elsewhere: "Flyt til næste skærm"
        else:
            w.setGeometry(QRect(screen.geometry()))
            w.show()
        self.placed.emit(screen.name())

    def move_to_next_screen(self) -> None:
        screens = self.provider.screens()
        target = next_screen(screens, self.screen)
        if target is not None and len(screens) > 1 and self.screen is None:
            # From a normal window the first move goes to a non-primary screen.
            target = choose_screen(screens, self.provider.primary()) or target
        self.settings.set(PROJECTOR_SCREEN, target.name() if target is not None else "")
        self.wanted = True
        self.place(target)

    def _on_screens_changed(self) -> None:
        if not self.wanted:
            return
        names = [s.name() for s in self.provider.screens()]
        if self.screen is not None and self.screen.name() in names:
            return  # still where it was
        self.place(choose_screen(self.provider.screens(), self.provider.primary(),
                                 str(self.settings.get(PROJECTOR_SCREEN) or "")))

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

    def set_speakers(self, current: str, next: str) -> None:  # noqa: A002
        self._last_speakers = (current, next)
        if self._window is not None:
            self._window.set_speakers(current, next)

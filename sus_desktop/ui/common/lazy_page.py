"""A tab that builds its page the first time it is shown (or asked for).

A reopened meeting shows the run view: the preparation and the minutes editor are built,
with their modules, only when their tab is first opened, so that the first frame costs only
what it shows. Once built, the page takes the placeholder's tab, so that the tab widget
holds the page itself, as if it had been added at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds the place of a page in `tabs`; `page()` builds it (once) and puts it in its tab."""

    def __init__(self, build: Callable[[], QWidget], object_name: str, tabs: QTabWidget) -> None:
        super().__init__()
        self.setObjectName(f"{object_name}_placeholder")
        self._build: Callable[[], QWidget] | None = build
        self._tabs = tabs
        self._page: QWidget | None = None
        self.built: list[Callable[[QWidget], None]] = []  # called with the page once built
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        """The page, built now if it was not; it then stands in the tab of this placeholder."""
        self._ensure_built()
        self._hand_over()
        assert self._page is not None
        return self._page

    def showEvent(self, event) -> None:
        # Built inside the placeholder while Qt is showing it; the tab is handed over as
        # soon as that is done (changing the tabs from inside their own show is unsafe).
        if self._ensure_built():
            QTimer.singleShot(0, self, self._hand_over)
        super().showEvent(event)

    def _ensure_built(self) -> bool:
        if self._page is not None:
            return False
        build, self._build = self._build, None  # drop what the factory holds
        assert build is not None
        page = self._page = build()
        self.layout().addWidget(page, 1)
        for callback in self.built:  # before it is shown: what they add is shown with it
            callback(page)
        self.built = []
        if self.isVisible():  # built while being shown: show it now, not one event later
            page.show()
        return True

    def _hand_over(self) -> None:
        tabs, page = self._tabs, self._page
        index = tabs.indexOf(self)
        if page is None or index < 0:
            return  # not built yet, or handed over (or the meeting was closed)
        current = tabs.currentIndex() == index
        focus = QApplication.focusWidget()  # moving the page hides it for a moment
        focus = focus if focus is not None and page.isAncestorOf(focus) else None
        # The same tab, text and index before and after: nobody needs to hear of it.
        tabs.blockSignals(True)
        try:
            tabs.insertTab(index, page, tabs.tabIcon(index), tabs.tabText(index))
            tabs.setTabToolTip(index, tabs.tabToolTip(index + 1))
            if current:
                tabs.setCurrentIndex(index)
            tabs.removeTab(index + 1)
        finally:
            tabs.blockSignals(False)
        if focus is not None:
            focus.setFocus()
        self.setParent(None)  # empty now; kept (hidden) by whoever asks it for the page

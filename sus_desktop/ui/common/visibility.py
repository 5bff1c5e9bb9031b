"""Whether a widget is a page nobody can see right now (a hidden tab or stack page).

Per-second refreshes skip such widgets and catch up in their showEvent: the clock must not
cost battery for panels that are not on screen. A widget without a parent (a test, a
standalone window) is never offstage."""

from PySide6.QtWidgets import QWidget


def offstage(widget: QWidget) -> bool:
    return widget.parentWidget() is not None and not widget.isVisibleTo(widget.window())

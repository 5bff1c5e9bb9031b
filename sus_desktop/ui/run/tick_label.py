"""A label for text that changes every second without re-laying out the window.

`QLabel.setText` calls `updateGeometry()` on every new text; the layout request climbs to the
top-level window, which then lays out (and repaints) every sibling once a second. A
`TickLabel` tells Qt only about the *shape* of its text (every digit replaced by the font's
widest digit): while the shape stays the same ("24:59" → "24:58") a new text is only
repainted; a new shape ("10:00" → "9:59", a new phase's caption) is laid out once.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QLabel

_DIGIT = re.compile(r"\d")


class TickLabel(QLabel):
    def __init__(self, text: str = "", parent=None, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._text = ""
        self._widest = "0"
        self.setText(text)

    def text(self) -> str:
        return self._text

    dimmed = False  # drawn faint (a paused clock), whatever colour the style sheet gives

    def set_dimmed(self, on: bool) -> None:
        if on != self.dimmed:
            self.dimmed = on
            self.update()

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        shape = _DIGIT.sub(self._widest, text)
        if shape != super().text():
            super().setText(shape)  # a new shape: Qt lays it out once (and reads it aloud)
        else:
            self.update(self.contentsRect())  # same shape: only these pixels change
        self.setAccessibleName(text)

    def changeEvent(self, e) -> None:
        super().changeEvent(e)
        if e.type() == e.Type.FontChange:
            fm = QFontMetrics(self.font())
            self._widest = max("0123456789", key=fm.horizontalAdvance)
            text, self._text = self._text, ""
            self.setText(text)

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        self.drawFrame(p)
        r = self.contentsRect()
        m = self.margin()
        r.adjust(m, m, -m, -m)
        flags = self.alignment()
        if self.wordWrap():
            flags |= Qt.TextFlag.TextWordWrap
        # The palette carries the style sheet's colour; painting directly skips the style.
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        colour = self.palette().color(group, self.foregroundRole())
        if self.dimmed:
            colour.setAlphaF(0.4)
        p.setPen(colour)
        p.drawText(r, flags, self._text)

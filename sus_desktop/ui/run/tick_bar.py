"""The phase's progress bar, repainted only when its filled width moves by a pixel.

`QProgressBar.setValue` repaints synchronously (`repaint()`, not `update()`): every second
the bar and the styled panel behind it were painted once more, apart from the clock's own
paint. This bar only asks for an update, so a tick is painted in one pass.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from sus_desktop.ui.common.theme import Colours

BORDER = 2.0
RADIUS = 4.0


class TickBar(QWidget):
    def __init__(self, parent=None, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._min, self._max, self._value = 0, 100, 0
        self._frame, self._chunk = QColor("#111111"), QColor("#1565C0")

    def setRange(self, lo: int, hi: int) -> None:
        self._min, self._max = lo, max(lo, hi)
        self.update()

    def minimum(self) -> int:
        return self._min

    def maximum(self) -> int:
        return self._max

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        value = max(self._min, min(self._max, int(value)))
        if value == self._value:
            return
        before = self._filled_px()
        self._value = value
        if self._filled_px() != before:
            self.update()

    def set_colours(self, c: Colours) -> None:
        self._frame, self._chunk = QColor(c.foreground), QColor(c.accent)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(100, 14)

    def _inner(self) -> QRectF:
        half = BORDER / 2
        return QRectF(self.rect()).adjusted(half, half, -half, -half)

    def _filled_px(self) -> int:
        span = self._max - self._min
        share = (self._value - self._min) / span if span else 0.0
        return int(round(share * (self._inner().width() - BORDER)))

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = self._inner()
        filled = self._filled_px()
        if filled > 0:
            p.fillRect(
                QRectF(
                    frame.left() + BORDER / 2,
                    frame.top() + BORDER / 2,
                    filled,
                    frame.height() - BORDER,
                ),
                self._chunk,
            )
        p.setPen(QPen(self._frame, BORDER))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(frame, RADIUS, RADIUS)

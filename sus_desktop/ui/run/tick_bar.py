"""The phase's progress bar, repainted only when its filled width moves by a pixel.

`QProgressBar.setValue` repaints synchronously (`repaint()`, not `update()`): every second
the bar and the styled panel behind it were painted once more, apart from the clock's own
paint. This bar only asks for an update of the pixels that changed, so a tick is painted in
one pass; it is opaque (it paints the panel's colour itself: nothing behind it is painted
again) and its rounded frame is an image made once per size and colour, not a path stroked
every second.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from sus_desktop.ui.common.theme import Colours
from sus_desktop.ui.run.solid_fill import fill

BORDER = 2.0
RADIUS = 4.0


class TickBar(QWidget):
    def __init__(self, parent=None, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._min, self._max, self._value = 0, 100, 0
        self._frame, self._chunk = QColor("#111111"), QColor("#1565C0")
        self._background = QColor("#F4F6F8")
        self._frame_image: QPixmap | None = None  # the rounded frame; None: to be made
        self._inner_rect: QRectF | None = None  # the frame's line, kept until a resize
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

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
        after = self._filled_px()
        if after != before:  # only the strip between the old and the new end
            x = int(self._inner().left() + BORDER / 2)
            self.update(
                QRect(x + min(before, after) - 1, 0, abs(after - before) + 2, self.height())
            )

    def set_colours(self, c: Colours) -> None:
        self._frame, self._chunk = QColor(c.foreground), QColor(c.accent)
        self._background = QColor(c.background)  # the panel's colour, painted by the bar
        self._frame_image = None
        self.update()

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self._frame_image = self._inner_rect = None

    def sizeHint(self) -> QSize:
        return QSize(100, 14)

    def _inner(self) -> QRectF:
        if self._inner_rect is None:
            half = BORDER / 2
            self._inner_rect = QRectF(self.rect()).adjusted(half, half, -half, -half)
        return self._inner_rect

    def _filled_px(self) -> int:
        span = self._max - self._min
        share = (self._value - self._min) / span if span else 0.0
        return int(round(share * (self._inner().width() - BORDER)))

    def _frame_pixmap(self) -> QPixmap:
        if self._frame_image is None:
            dpr = self.devicePixelRatioF()
            pm = QPixmap(
                max(1, math.ceil(self.width() * dpr)), max(1, math.ceil(self.height() * dpr))
            )
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(self._frame, BORDER))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(self._inner(), RADIUS, RADIUS)
            p.end()
            self._frame_image = pm
        return self._frame_image

    def paintEvent(self, e) -> None:
        p = QPainter(self)
        rect = e.rect()
        fill(p, rect, self._background)
        frame = self._inner()
        filled = self._filled_px()
        if filled > 0:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            fill(
                p,
                QRectF(
                    frame.left() + BORDER / 2,
                    frame.top() + BORDER / 2,
                    filled,
                    frame.height() - BORDER,
                ),
                self._chunk,
            )
        # only the part of the frame's image that is repainted (a tick: a strip of a pixel)
        pm = self._frame_pixmap()
        dpr = pm.devicePixelRatio()
        target = QRectF(rect)
        p.drawPixmap(
            target,
            pm,
            QRectF(target.x() * dpr, target.y() * dpr, target.width() * dpr, target.height() * dpr),
        )

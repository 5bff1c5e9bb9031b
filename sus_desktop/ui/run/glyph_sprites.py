"""Large clock digits drawn from images of each character, rendered once.

Qt's raster engine caches glyph images only up to 64 px; larger text (the run view's 96-px
countdown, the projector's digits) is filled as outlines at every paint, which made one
second's repaint of the countdown cost more than all the rest of a tick. `GlyphSprites`
renders each character once per font, colour and pixel ratio, then paints a text as a row of
those images at the font's advances (the digits are tabular: nothing to kern).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPixmap

CACHED_UP_TO_PX = 64  # Qt draws text this small from its own glyph cache
PAD = 2  # pixels around each character's box, for antialiasing
PRERENDERED = "0123456789:+"


def large(font: QFont) -> bool:
    """Whether Qt would draw this font's text as outlines (slow) instead of cached glyphs."""
    px = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
    return px > CACHED_UP_TO_PX


class GlyphSprites:
    def __init__(self) -> None:
        self._key: tuple | None = None
        # character -> (image, x and y of its corner from the pen position, advance)
        self._sprites: dict[str, tuple[QPixmap, int, int, float]] = {}
        self._advances: dict[str, float] = {}
        self._fm: QFontMetricsF | None = None
        self._font_key = None
        self._font: QFont | None = None  # the font object last asked with (its key is dear)

    def _metrics(self, font: QFont) -> QFontMetricsF:
        if self._fm is None or font is not self._font:
            key = font.key()
            if key != self._font_key or self._fm is None:
                self._font_key, self._fm, self._advances = key, QFontMetricsF(font), {}
            self._font = font
        return self._fm

    def _sprite(self, ch: str, font: QFont, colour: QColor, dpr: float):
        fm = self._fm
        box = fm.boundingRect(ch)
        w, h = math.ceil(box.width()) + 2 * PAD, math.ceil(box.height()) + 2 * PAD
        pm = QPixmap(max(1, math.ceil(w * dpr)), max(1, math.ceil(h * dpr)))
        pm.setDevicePixelRatio(dpr)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.setFont(font)
        p.setPen(colour)
        dx, dy = math.floor(box.left()) - PAD, math.floor(box.top()) - PAD
        p.drawText(QPointF(-dx, -dy), ch)  # the pen position, inside the image
        p.end()
        got = self._sprites[ch] = (pm, dx, dy, fm.horizontalAdvance(ch))
        return got

    def draw(self, p: QPainter, baseline: QPointF, text: str, font: QFont, colour: QColor) -> None:
        """Paint `text` with its baseline's left end at `baseline`, as `drawText` would."""
        device = p.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        self._metrics(font)
        key = (self._font_key, colour.rgba(), dpr)
        if key != self._key:
            self._key, self._sprites = key, {}
            for ch in PRERENDERED:  # the first minutes show every digit: not one a second
                self._sprite(ch, font, colour, dpr)
        sprites = self._sprites
        x, y = baseline.x(), round(baseline.y())
        for ch in text:
            got = sprites.get(ch) or self._sprite(ch, font, colour, dpr)
            p.drawPixmap(round(x) + got[1], y + got[2], got[0])
            x += got[3]

    def changed_span(self, old: str, new: str, font: QFont) -> tuple[float, float] | None:
        """From where to where (pen offsets from the text's start) `new` is drawn differently
        from `old`: the characters that changed, when every other one stays where it was
        (the same length, each changed character as wide as the one it replaces: tabular
        digits). None: the text may move."""
        if len(old) != len(new) or old == new:
            return None
        fm = self._metrics(font)
        adv = self._advances
        x, start, end = 0.0, -1.0, 0.0
        for a, b in zip(old, new):
            wa = adv.get(a)
            if wa is None:
                wa = adv[a] = fm.horizontalAdvance(a)
            if a != b:
                wb = adv.get(b)
                if wb is None:
                    wb = adv[b] = fm.horizontalAdvance(b)
                if wa != wb:
                    return None
                if start < 0:
                    start = x
                end = x + wa
            x += wa
        return start, end

    def width(self, text: str, font: QFont) -> float:
        """The width `draw` gives `text`: the sum of its characters' advances."""
        fm = self._metrics(font)
        adv = self._advances
        total = 0.0
        for ch in text:
            a = adv.get(ch)
            if a is None:
                a = adv[ch] = fm.horizontalAdvance(ch)
            total += a
        return total

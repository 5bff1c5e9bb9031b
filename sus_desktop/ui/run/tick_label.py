"""A label for text that changes every second without re-laying out the window.

`QLabel.setText` calls `updateGeometry()` on every new text; the layout request climbs to the
top-level window, which then lays out (and repaints) every sibling once a second. A
`TickLabel` tells Qt only about the *shape* of its text (every digit replaced by the font's
widest digit): while the shape stays the same ("24:59" → "24:58") a new text is only
repainted, and only inside the box of the shape (not the label's whole width, nor the
parents beside it); a new shape ("10:00" → "9:59", a new phase's caption) is laid out once.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QLabel

from sus_desktop.ui.run.glyph_sprites import GlyphSprites, large
from sus_desktop.ui.run.solid_fill import fill

NO_BRUSH = Qt.BrushStyle.NoBrush


def _shape_table(widest: str) -> dict[int, int]:
    """A str.translate table taking every digit to the widest one (the clock's texts are
    formatted by core/danish.py: ASCII digits)."""
    return str.maketrans("0123456789", widest * 10)


class TickLabel(QLabel):
    def __init__(self, text: str = "", parent=None, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._text = ""
        self._shape = ""  # what QLabel holds: the text with every digit the widest one
        self._widest = "0"
        self._to_shape = _shape_table("0")  # every digit to the widest one
        self._drawn = QRect()  # where the current text is painted (empty: not known)
        self._sprites: GlyphSprites | None = None  # for a font too large for Qt's glyph cache
        self._font = self.font()
        self._fm = QFontMetrics(self._font)
        self._looks: tuple | None = None  # (area, flags, colour) for painting; None: stale
        self._painted: tuple | None = None  # (looks, text, x) of the last sprites painted
        self.setText(text)

    def text(self) -> str:
        return self._text

    dimmed = False  # drawn faint (a paused clock), whatever colour the style sheet gives
    background: QColor | None = None  # painted by the label itself (opaque): see below

    on_window = False  # painted in the palette's window colour (a pane with no fill of its own)

    def set_background(self, colour: QColor | None) -> None:
        """On a panel of one known colour, the label paints that colour itself and is opaque:
        a new second repaints the label, not the styled panel behind it too."""
        self.background = colour
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, colour is not None)
        self.update()

    def set_on_window(self) -> None:
        """On a pane that shows the window's own colour (no fill, no style sheet): the label
        paints that colour itself and is opaque, so a new second repaints the label alone,
        not the window and every pane down to the label (eight widgets in the run view)."""
        self.on_window = True
        self._looks = None
        self.set_background(self.palette().color(QPalette.ColorRole.Window))

    def set_dimmed(self, on: bool) -> None:
        if on != self.dimmed:
            self.dimmed = on
            self._looks = None
            self.update()

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        old, self._text = self._text, text
        shape = text.translate(self._to_shape)
        if shape != self._shape:
            self._shape = shape
            self._looks = None  # whether it wraps may change
            super().setText(shape)  # a new shape: Qt lays it out once (and reads it aloud)
            self._drawn = QRect()
        else:  # same shape: only the pixels of the text change, all inside the shape's box
            if not self._drawn.isValid():
                self._drawn = self._text_rect()
            self.update(self._changed_rect(old) or self._drawn)
        self.setAccessibleName(text)

    def setAlignment(self, a) -> None:
        super().setAlignment(a)
        self._forget()

    def setWordWrap(self, on: bool) -> None:
        super().setWordWrap(on)
        self._forget()

    def _forget(self) -> None:
        self._looks, self._drawn = None, QRect()

    def _paint_looks(self) -> tuple:
        """Where and how the text is painted, kept until the label's size, font, palette,
        alignment or dimming changes."""
        if self._looks is None:
            r = self.contentsRect()
            m = self.margin()
            r.adjust(m, m, -m, -m)
            flags = self.alignment()
            if self.wordWrap() and self._fm.horizontalAdvance(self._shape) > r.width():
                flags |= Qt.TextFlag.TextWordWrap  # (one line needs no line breaking)
            # The palette carries the style sheet's colour; painting directly skips the style.
            group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
            colour = self.palette().color(group, self.foregroundRole())
            if self.dimmed:
                colour.setAlphaF(0.4)
            if self.on_window:  # the palette may have changed (a dark theme)
                self.background = self.palette().color(group, QPalette.ColorRole.Window)
            self._looks = (r, flags, colour, self.frameWidth() > 0)
        return self._looks

    def _text_rect(self) -> QRect:
        """The box of the shape as painted, widened by a little for glyphs that overhang it.
        Every text of this shape fits in it (its digits are at most as wide as the widest),
        so it is measured once per shape, not every second. Wrapped text: the whole label."""
        area, flags, _, _ = self._paint_looks()
        if flags & Qt.TextFlag.TextWordWrap:
            return self.contentsRect()
        fm = self._fm
        pad = 2 + fm.height() // 8
        box = fm.boundingRect(area, flags, self._shape)
        return box.adjusted(-pad, -pad, pad, pad).intersected(self.rect())

    def _changed_rect(self, old: str) -> QRect | None:
        """Large digits (sprites at tabular advances): a tick repaints the box of the
        characters that changed ("24:58" → "24:57": the last digit), not the whole text's."""
        painted = self._painted
        if self._sprites is None or painted is None or painted[1] != old:
            return None  # not painted as sprites from the text before: the shape's box
        if painted[0] is not self._looks or self.wordWrap() or "\n" in self._text:
            return None
        span = self._sprites.changed_span(old, self._text, self._font)
        if span is None:
            return None
        x = painted[2]  # the text starts where it did (each character keeps its place)
        pad = 2 + self._fm.height() // 8
        d = self._drawn
        left = math.floor(x + span[0]) - pad
        right = math.ceil(x + span[1]) + pad
        return QRect(left, d.top(), right - left + 1, d.height()).intersected(d)

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self._forget()

    def changeEvent(self, e) -> None:
        super().changeEvent(e)
        kind = e.type()
        if kind == e.Type.FontChange:
            self._font = self.font()  # one object, so the sprites know it is the same font
            self._fm = fm = QFontMetrics(self._font)
            self._widest = max("0123456789", key=fm.horizontalAdvance)
            self._to_shape = _shape_table(self._widest)
            self._sprites = GlyphSprites() if large(self.font()) else None
            self._forget()
            text, self._text = self._text, ""
            self.setText(text)
        elif kind in (e.Type.PaletteChange, e.Type.EnabledChange, e.Type.StyleChange):
            self._looks = None

    def paintEvent(self, e) -> None:
        r, flags, colour, framed = self._paint_looks()
        p = QPainter(self)
        if self.background is not None:
            fill(p, e.rect(), self.background)
        if framed:
            p.setBrush(NO_BRUSH)
            self.drawFrame(p)
        if self._sprites is not None and not self.wordWrap() and "\n" not in self._text:
            self._draw_sprites(p, r, colour)  # large digits: images, not outlines
            return
        p.setPen(colour)
        p.drawText(r, flags, self._text)

    def _draw_sprites(self, p: QPainter, r, colour) -> None:
        font = self._font
        width = self._sprites.width(self._text, font)
        fm = self._fm
        a = self.alignment()
        x = self._sprite_x(r, width)
        self._painted = (self._looks, self._text, x)
        if a & Qt.AlignmentFlag.AlignBottom:
            y = r.bottom() + 1 - fm.descent()
        elif a & Qt.AlignmentFlag.AlignTop:
            y = r.top() + fm.ascent()
        else:
            y = r.top() + (r.height() - fm.height()) / 2 + fm.ascent()
        self._sprites.draw(p, QPointF(x, y), self._text, font, colour)

    def _sprite_x(self, r, width: float) -> float:
        """Where the sprites' text starts in `r`, as the alignment puts it."""
        a = self.alignment()
        if a & Qt.AlignmentFlag.AlignRight:
            return r.right() + 1 - width
        if a & Qt.AlignmentFlag.AlignHCenter:
            return r.left() + (r.width() - width) / 2
        return r.left()

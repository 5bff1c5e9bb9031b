"""The projector window (layout only): the clock for the room, readable at 8 metres.

It is given `RunDisplay`s, which carry no notes: the projector cannot show notes.
The countdown's digits are sized from the window (their glyphs are about 26 % of its height);
the questions take the room that is left, their font shrunk until every question fits.
It never takes the keyboard focus: the facilitator's keys stay with the main window.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sus_desktop.core.modes import Projection
from sus_desktop.core.modes import spec as mode_spec
from sus_desktop.ui.common import theme
from sus_desktop.ui.run.glyph_sprites import GlyphSprites, large
from sus_desktop.ui.run.run_presenter import NORMAL, RunDisplay
from sus_desktop.ui.run.tick_bar import TickBar

DIGITS_PX_SHARE = 0.35  # the digits' font size as a share of the window height: glyphs ≈ 26 %
CALM_PX_SHARE = 0.13  # reflection's optional number ("Vis tid i tal"): small and quiet
DISK_SHARE = 0.30  # reflection's disk: diameter as a share of the window height
WIDEST = "+88:88"
MIN_PX = 9
# Proportional sans fonts with a plain zero and tabular digits: the monospace fonts' dotted
# zero read like ⊙ across a room.
DIGITS_FAMILIES = ["DejaVu Sans", "Segoe UI", "Arial", "Helvetica Neue", "Helvetica"]
_TO_ZERO = str.maketrans("0123456789", "0" * 10)  # a text's shape (ASCII digits: core/danish)
QUESTION_SHOWS = {Projection.QUESTIONS, Projection.CALM}  # what core/modes.py declares per mode


def _projection(mode) -> Projection:
    s = mode_spec(mode)
    return s.projection if s else Projection.COUNTDOWN


def digits_font(px: int) -> QFont:
    f = QFont(DIGITS_FAMILIES)
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setBold(True)
    f.setPixelSize(max(MIN_PX, int(px)))
    try:  # tabular digits: the countdown does not wobble as it ticks
        f.setFeature(QFont.Tag("tnum"), 1)
    except (AttributeError, TypeError):  # Qt before 6.7
        pass
    return f


class BigText(QWidget):
    """One line of large text, painted centred on the box of "0:00". Unlike QLabel.setText,
    a new text only repaints this widget, and only where the old or the new text is drawn:
    no layout pass over the window every second, and no repaint of the whole width."""

    def __init__(self, text: str = "", object_name: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._text = text
        self._colour = QColor("#FFFFFF")
        self._background: QColor | None = None  # None: transparent (not yet told)
        self._drawn: QRect | None = None  # where the current text is painted (None: unknown)
        self._sprites = GlyphSprites()  # the digits are far above Qt's glyph-cache size
        self._fm: tuple | None = None
        self._advances: tuple = (None, {})  # (the metrics, each shape's width)
        # Kept until a resize or a new font: where each shape is drawn, and each tick's
        # repaint box by (shape, first and last changed character): a tick asks Qt nothing.
        self._origins: dict[str, QPointF] = {}
        self._tick_rects: dict[tuple, QRect] = {}
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        old = self._text
        if text == old:
            return
        shape = text.translate(_TO_ZERO)  # the digits are tabular: one shape, one box
        self._text = text
        if shape != old.translate(_TO_ZERO) or self._drawn is None:
            before, self._drawn = self._drawn, self._text_rect()
            self.update(before.united(self._drawn) if before is not None else self.rect())
            return
        first = last = -1
        for i, (a, b) in enumerate(zip(old, text)):
            if a != b:
                last = i
                if first < 0:
                    first = i
        key = (shape, first, last)
        rect = self._tick_rects.get(key)
        if rect is None:
            rect = self._changed_rect(old)
            if rect is None:  # the text may move: where it was drawn (as before)
                rect = self._drawn
            else:
                self._tick_rects[key] = rect
        self.update(rect)

    def colour(self) -> str:
        return self._colour.name().upper()

    def set_background(self, colour: str) -> None:
        """The window's colour behind the digits, painted here: the label is opaque, so a
        tick does not repaint the styled window behind it."""
        c = QColor(colour)
        if c != self._background:
            self._background = c
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
            self.update()

    def set_colour(self, colour: str) -> None:
        if QColor(colour) != self._colour:
            self._colour = QColor(colour)
            self.update()

    def glyph_height(self) -> int:
        return self._metrics()[2].height()

    def _metrics(self) -> tuple:
        """(font, metrics, the box of "0:00", drawn from sprites), kept until the font
        changes."""
        if self._fm is None:
            font = self.font()
            fm = QFontMetrics(font)
            self._fm = (font, fm, fm.tightBoundingRect("0:00"), large(font))
        return self._fm

    def _origin(self) -> QPointF:
        shape = self._text.translate(_TO_ZERO)
        at = self._origins.get(shape)
        if at is None:
            _font, fm, box, _sprites = self._metrics()  # one baseline for all: no jumping
            y = (self.height() - box.height()) / 2 - box.top()
            x = (self.width() - self._advance(fm)) / 2
            at = QPointF(x, y)
            if self._advances[1] is not None:  # tabular digits: one place per shape
                self._origins[shape] = at
        return at

    def _advance(self, fm: QFontMetrics) -> int:
        """The text's width: its shape's (tabular digits), measured once per shape and font."""
        if self._advances[0] is not fm:
            tabular = len({fm.horizontalAdvance(c) for c in "0123456789"}) == 1
            self._advances = (fm, {} if tabular else None)
        widths = self._advances[1]
        if widths is None:  # digits of their own widths: each text measured
            return fm.horizontalAdvance(self._text)
        shape = self._text.translate(_TO_ZERO)
        if shape not in widths:
            widths[shape] = fm.horizontalAdvance(shape)
        return widths[shape]

    def _text_rect(self) -> QRect:
        """The painted text's box, widened by a little for glyphs that overhang it."""
        fm = self._metrics()[1]
        at = self._origin()
        pad = 2 + fm.height() // 8
        box = QRect(int(at.x()), int(at.y()) - fm.ascent(), self._advance(fm), fm.height())
        return box.adjusted(-pad, -pad, pad, pad).intersected(self.rect())

    def _changed_rect(self, old: str) -> QRect | None:
        """A tick's repaint: the box of the characters that changed ("24:58" → "24:57": the
        last digit), when the others stay where they were (sprites at tabular advances)."""
        font, fm, _box, sprites = self._metrics()
        if not sprites:
            return None
        span = self._sprites.changed_span(old, self._text, font)
        d = self._drawn
        if span is None or d is None:
            return None
        x = self._origin().x()
        pad = 2 + fm.height() // 8
        left = math.floor(x + span[0]) - pad
        right = math.ceil(x + span[1]) + pad
        return QRect(left, d.top(), right - left + 1, d.height()).intersected(d)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._forget_places()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fm = None
            self._forget_places()

    def _forget_places(self) -> None:
        self._drawn = None
        self._origins = {}
        self._tick_rects = {}

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        if self._background is not None:
            p.fillRect(_event.rect(), self._background)
        font, _fm, _box, sprites = self._metrics()
        at = self._origin()
        if sprites:
            self._sprites.draw(p, at, self._text, font, self._colour)
        else:
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            p.setFont(font)
            p.setPen(self._colour)
            p.drawText(at, self._text)
        p.end()


class PauseSign(QWidget):
    """Two bars, drawn: the ⏸ character is an empty box in many fonts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("projector_pause_sign")
        self.colour = QColor("#FFFFFF")

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.colour)
        s = min(self.width(), self.height())
        x0, y0 = (self.width() - s) / 2, (self.height() - s) / 2
        bar = s * 0.3
        for x in (x0 + s * 0.12, x0 + s * 0.88 - bar):
            p.drawRoundedRect(QRectF(x, y0 + s * 0.08, bar, s * 0.84), bar * 0.2, bar * 0.2)
        p.end()


class CalmDisk(QWidget):
    """Reflection's time as a quiet disk whose sector shrinks to nothing; no numbers.
    Opaque (it paints the window's colour itself), and a new fraction repaints only the
    box of the wedge between the old and the new edge: a tick does not repaint the disk
    and the window behind it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("projector_disk")
        self.fraction = 1.0
        self.fill = QColor("#4FC3F7")
        self.rim = QColor("#FFFFFF")
        self._background: QColor | None = None  # None: transparent (not yet told)

    def set_background(self, colour: str) -> None:
        c = QColor(colour)
        if c != self._background:
            self._background = c
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
            self.update()

    def set_fraction(self, f: float) -> None:
        f = max(0.0, min(1.0, f))
        if abs(f - self.fraction) > 1e-4:
            old, self.fraction = self.fraction, f
            if self.isVisible():  # hidden (not a reflection): shown whole when it shows
                self.update(self._wedge_rect(old, f))

    def _disk_rect(self) -> QRectF:
        s = min(self.width(), self.height()) - 8
        return QRectF((self.width() - s) / 2, (self.height() - s) / 2, s, s)

    def _pie_rect(self, r: QRectF) -> QRectF:
        inset = r.width() * 0.04
        return r.adjusted(inset, inset, -inset, -inset)

    def _wedge_rect(self, a: float, b: float) -> QRect:
        """The box of the pie's part between fractions a and b (clockwise from 12 o'clock),
        widened for the antialiased edges. Qt draws the pie's arc as curves of a quarter
        each from 12 o'clock, and the last, partial one differs with the span: the box
        starts at the quarter the changed edge is in, so the arc is the same as a whole
        repaint would draw."""
        pie = self._pie_rect(self._disk_rect())
        c, radius = pie.center(), pie.width() / 2
        lo, hi = 360.0 * min(a, b), 360.0 * max(a, b)
        lo = 90.0 * math.floor(lo / 90.0)
        xs, ys = [c.x()], [c.y()]
        for t in (lo, hi, *(k for k in (90.0, 180.0, 270.0) if lo < k < hi)):
            xs.append(c.x() + radius * math.sin(math.radians(t)))
            ys.append(c.y() - radius * math.cos(math.radians(t)))
        pad = 3
        left, top = math.floor(min(xs)) - pad, math.floor(min(ys)) - pad
        right, bottom = math.ceil(max(xs)) + pad, math.ceil(max(ys)) + pad
        return QRect(left, top, right - left + 1, bottom - top + 1).intersected(self.rect())

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        if self._background is not None:
            p.fillRect(event.rect(), self._background)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self._disk_rect()
        s = r.width()
        p.setPen(QPen(self.rim, max(2.0, s * 0.015)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(r)
        if self.fraction > 0:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.fill)
            p.drawPie(self._pie_rect(r), 90 * 16, -round(360 * 16 * self.fraction))
        p.end()


class ProjectorWindow(QWidget):
    fullscreen_toggled = Signal()
    activated = Signal()  # a platform gave it the focus despite the flags: give it back

    def __init__(self, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("SUS – projektor"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.theme_name = "dark"
        self.level = NORMAL
        self.display = RunDisplay()
        self.message = ""
        self.blank = False
        self.show_clock = False
        self.reflection_numbers = False  # "Vis tid i tal"
        self.reflection_disk = True
        self._style_key: tuple | None = None
        self._fit_key: tuple | None = None
        self._shown_key: tuple | None = None
        self._minute_key: tuple | None = None  # the texts that move by the minute, as shown

        self.content = QWidget(objectName="projector_content")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.content)

        def label(name: str, wrap: bool = True) -> QLabel:
            lbl = QLabel(objectName=name)
            lbl.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lbl.setWordWrap(wrap)
            lbl.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            lbl.setTextFormat(Qt.TextFormat.PlainText)
            return lbl

        self.item_label = label("projector_item")
        self.phase_label = label("projector_phase")
        self.message_label = label("projector_message")
        self.finished_label = label("projector_finished")
        self.countdown_label = BigText("00:00", "projector_countdown")
        self.disk = CalmDisk()
        self.pause_sign = PauseSign()
        self.badge_label = QLabel(objectName="projector_badge")
        self.caption_label = QLabel(objectName="projector_caption")
        for lbl in (self.badge_label, self.caption_label):
            lbl.setTextFormat(Qt.TextFormat.PlainText)
            lbl.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.progress = TickBar(objectName="projector_progress")  # repainted by the pixel
        self.progress.setRange(0, 1000)
        self.progress.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.speakers_label = label("projector_speakers")
        self.questions_label = label("projector_questions")
        self.questions_label.setTextFormat(Qt.TextFormat.RichText)
        self.questions_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.next_label = label("projector_next", wrap=False)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.clock_label = QLabel(objectName="projector_clock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        lay = self._layout = QVBoxLayout(self.content)
        lay.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        lay.addWidget(self.item_label)
        lay.addWidget(self.phase_label)
        lay.addStretch(1)
        lay.addWidget(self.message_label)
        lay.addWidget(self.finished_label)
        lay.addWidget(self.countdown_label)
        lay.addWidget(self.disk, 0, Qt.AlignmentFlag.AlignHCenter)
        status = self._status = QHBoxLayout()
        status.addStretch(1)
        status.addWidget(self.pause_sign)
        status.addWidget(self.badge_label)
        status.addWidget(self.caption_label)
        status.addStretch(1)
        lay.addLayout(status)
        lay.addWidget(self.progress)
        lay.addWidget(self.speakers_label)
        lay.addWidget(self.questions_label, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(1)
        footer = self._footer = QHBoxLayout()
        footer.addWidget(self.next_label, 1)
        footer.addWidget(self.clock_label)
        lay.addLayout(footer)

        for w in (
            self.message_label,
            self.finished_label,
            self.disk,
            self.pause_sign,
            self.speakers_label,
            self.questions_label,
            self.clock_label,
        ):
            w.hide()
        self.resize(960, 540)
        self.show_display(self.display)

    # --- content --------------------------------------------------------------
    def show_display(self, d: RunDisplay) -> None:
        """A tick changes the digits, the bar and the footer's times: those are set and
        nothing else; any other change arranges and fits the window again."""
        self.display = d
        calm = d.calm and not d.finished
        countdown = _calm_time(d.remaining_seconds) if calm else d.countdown
        self.countdown_label.setText(countdown)
        self.disk.set_fraction(d.remaining_fraction)
        self.progress.setValue(round(d.progress * 1000))
        minute = (d.next_title, d.next_at, d.time_of_day, d.item_label)  # (the language too)
        if minute != self._minute_key:  # what comes next and the time of day: by the minute
            self._minute_key = minute
            if d.next_title:
                self.next_label.setText(
                    self.tr("Næste: %1, kl. %2")
                    .replace("%1", d.next_title)
                    .replace("%2", d.next_at)
                )
            else:
                self.next_label.setText("")
            self.clock_label.setText(d.time_of_day)
        badge, caption = self._badge(d, calm), self._caption(d, calm)
        key = (
            d.item_label,
            d.phase_title,
            d.item_title,
            d.item_id,
            d.finished,
            d.paused,
            calm,
            d.level,
            d.mode,
            tuple(d.questions),
            badge,
            caption,
            bool(d.next_title),
            bool(d.time_of_day),
            len(countdown) > len(WIDEST),
            self.message,
        )
        if key == self._shown_key:
            return
        self._shown_key = key
        self.item_label.setText(d.item_label)
        self.phase_label.setText(d.phase_title if d.phase_title != d.item_title else "")
        self.finished_label.setText(self.tr("Mødet er afsluttet"))
        self.badge_label.setText(badge)
        self.caption_label.setText(caption)
        self.questions_label.setText(
            _questions_html(d.questions, self._question_gap()) if self._shows_questions() else ""
        )
        self.message_label.setText(self.message)
        self._arrange()

    def _badge(self, d: RunDisplay, calm: bool) -> str:
        if d.finished:
            return ""
        if d.paused:
            return self.tr("Pause")
        return "" if calm else d.badge

    def _caption(self, d: RunDisplay, calm: bool) -> str:
        if d.finished or not d.item_id:
            return ""
        if not d.started:
            return (
                self.tr("Planlagt start kl. %1").replace("%1", d.starts_at) if d.starts_at else ""
            )
        if d.paused and d.badge and not calm:
            return d.badge  # paused over time: "Pause" and "⚠ Over tid", not colour alone
        if calm:
            if d.remaining_seconds <= 0:
                return self.tr("Tiden er gået")
            return self.tr("Tænk stille over spørgsmålene")
        if d.level != NORMAL and d.badge and d.countdown.startswith("+"):
            return ""  # "⚠ Over tid" says it; "over tid" again would be doubled
        return d.countdown_caption

    def _shows_questions(self) -> bool:
        d = self.display
        return (
            bool(d.questions)
            and _projection(d.mode) in QUESTION_SHOWS
            and not d.finished
            and not self.message
        )

    def set_speakers(self, current: str, next: str) -> None:
        """Filled by the spiral-round panel: who has the floor, and who is next."""
        parts = []
        if current:
            parts.append(self.tr("Ordet har: %1").replace("%1", current))
        if next:
            parts.append(self.tr("Næste: %1").replace("%1", next))
        text = "   ·   ".join(parts)
        if text != self.speakers_label.text():  # told again, unchanged: nothing to arrange
            self.speakers_label.setText(text)
            self._arrange()

    def set_message(self, text: str) -> None:
        self.message = text or ""
        self.show_display(self.display)  # the message is part of the key: arranged again

    def set_blank(self, on: bool) -> None:
        self.blank = bool(on)
        self._arrange()

    def set_show_clock(self, on: bool) -> None:
        self.show_clock = bool(on)
        self._arrange()

    def set_reflection_view(self, numbers: bool, disk: bool) -> None:
        self.reflection_numbers, self.reflection_disk = bool(numbers), bool(disk)
        self._arrange()

    def set_theme(self, name: str) -> None:
        self.theme_name = name if name in theme.PROJECTOR else "dark"
        self._apply_style()

    def colours(self) -> theme.Colours:
        return theme.PROJECTOR[self.theme_name][self.level]

    # --- what is shown ------------------------------------------------------------
    def _arrange(self) -> None:
        d = self.display
        calm = d.calm and not d.finished
        quiet = d.finished or bool(self.message)  # the message or the end is the whole story
        self.content.setVisible(not self.blank)
        self.item_label.setVisible(not d.finished and bool(d.item_label))
        self.phase_label.setVisible(not d.finished and bool(self.phase_label.text()))
        self.message_label.setVisible(bool(self.message))
        self.finished_label.setVisible(d.finished)
        self.countdown_label.setVisible(not d.finished and (not calm or self.reflection_numbers))
        self.disk.setVisible(calm and self.reflection_disk)
        self.pause_sign.setVisible(d.paused)
        self.badge_label.setVisible(bool(self.badge_label.text()))
        self.caption_label.setVisible(bool(self.caption_label.text()))
        self.progress.setVisible(not d.finished and not calm and bool(d.item_id))
        speakers = _projection(d.mode) == Projection.SPEAKERS
        self.speakers_label.setVisible(speakers and not quiet)
        if speakers and not self.speakers_label.text():
            self.speakers_label.setText(self.tr("Spiralsamtale"))
        self.questions_label.setVisible(self._shows_questions())
        self.next_label.setVisible(bool(self.next_label.text()))
        self.clock_label.setVisible(self.show_clock and bool(self.clock_label.text()))
        self.level = NORMAL if (calm or d.finished) else d.level
        self._apply_style()
        self._fit()

    def _apply_style(self) -> None:
        c = self.colours()
        key = (self.theme_name, self.level, self.blank, self.display.paused)
        if key == self._style_key:
            return
        self._style_key = key
        background = theme.BLANK if self.blank else c.background
        self.setStyleSheet(
            f"QWidget#projector {{ background-color: {background}; }}"
            f" QWidget#projector QLabel {{ color: {c.foreground}; background: transparent; }}"
        )
        self.progress.set_colours(c)
        self.countdown_label.set_background(background)
        paused = self.display.paused
        self.countdown_label.set_colour(
            theme.mix(c.foreground, c.background, theme.PAUSED_SHARE) if paused else c.foreground
        )
        self.pause_sign.colour = QColor(c.foreground)
        self.pause_sign.update()
        base = theme.PROJECTOR[self.theme_name][NORMAL]
        self.disk.fill, self.disk.rim = QColor(base.accent), QColor(base.foreground)
        self.disk.set_background(background)
        self.disk.update()

    # --- sizes ----------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _question_gap(self) -> int:
        return max(2, int(0.28 * self.questions_label.font().pixelSize()))

    def _fit(self) -> None:
        """Fonts from the window's height; the questions (or the message) get the room left."""
        h, w = max(1, self.height()), max(1, self.width())
        visible = tuple(x.isVisibleTo(self) for x in self.content.findChildren(QWidget))
        key = (
            h,
            w,
            visible,
            self.item_label.text(),
            self.phase_label.text(),
            self.message,
            tuple(self.display.questions),
            self.speakers_label.text(),
            self.badge_label.text(),
            self.caption_label.text(),
            self.display.calm,
        )
        if key == self._fit_key:
            return
        side, edge = max(12, int(0.03 * w)), max(8, int(0.025 * h))
        spacing = max(4, int(0.012 * h))
        lay = self._layout
        lay.setContentsMargins(side, edge, side, edge)
        lay.setSpacing(spacing)
        self._status.setSpacing(max(6, int(0.015 * w)))
        inner = w - 2 * side

        calm = self.display.calm and not self.display.finished
        digits = digits_font(int((CALM_PX_SHARE if calm else DIGITS_PX_SHARE) * h))
        widest = max(WIDEST, self.countdown_label.text(), key=len)
        advance = QFontMetrics(digits).horizontalAdvance(widest)
        if advance > 0.96 * inner:  # a narrow window: fit the width instead
            digits.setPixelSize(max(MIN_PX, int(digits.pixelSize() * 0.96 * inner / advance)))
        self.countdown_label.setFont(digits)
        self.countdown_label.setFixedHeight(
            self.countdown_label.glyph_height() + 2 * int(0.012 * h)
        )
        self.disk.setFixedSize(int(min(DISK_SHARE * h, inner)), int(min(DISK_SHARE * h, inner)))
        _set_px(self.item_label, 0.055 * h, bold=True)
        _set_px(self.phase_label, 0.045 * h)
        _set_px(self.finished_label, 0.10 * h, bold=True)
        _set_px(self.badge_label, 0.05 * h, bold=True)
        _set_px(self.caption_label, 0.045 * h)
        _set_px(self.speakers_label, 0.05 * h, bold=True)
        _set_px(self.next_label, 0.03 * h)
        _set_px(self.clock_label, 0.03 * h, bold=True)
        icon = int(0.045 * h)
        self.pause_sign.setFixedSize(icon, icon)
        self.progress.setFixedHeight(max(6, int(0.022 * h)))
        for lbl in (self.item_label, self.phase_label, self.finished_label, self.speakers_label):
            lbl.setFixedHeight(lbl.heightForWidth(inner) if lbl.text() else 0)
        for lbl in (self.badge_label, self.caption_label, self.next_label, self.clock_label):
            lbl.setFixedHeight(lbl.sizeHint().height())

        # Room left for the one flexible block (a message, or the phase's questions).
        flex = (
            self.message_label
            if self.message_label.isVisibleTo(self)
            else self.questions_label
            if self.questions_label.isVisibleTo(self)
            else None
        )
        used, count = 2 * edge, 0
        for i in range(lay.count()):
            item = lay.itemAt(i)
            wdg, sub = item.widget(), item.layout()
            if wdg is not None:
                if wdg is not flex and wdg.isVisibleTo(self):
                    used, count = used + wdg.maximumHeight(), count + 1
            elif sub is not None and self._any_visible(sub):
                sub.invalidate()
                used, count = used + sub.sizeHint().height(), count + 1
        if flex is not None:
            count += 1
        room = h - used - spacing * max(0, count - 1)
        if flex is self.message_label:
            self._fit_label(self.message_label, inner, room, 0.12 * h, bold=True)
        elif flex is self.questions_label:
            preferred = (0.058 if _projection(self.display.mode) == Projection.CALM else 0.045) * h
            self._fit_label(self.questions_label, int(inner * 0.94), room, preferred)
        self._fit_key = key

    def _any_visible(self, sub) -> bool:
        return any(
            sub.itemAt(j).widget() is not None and sub.itemAt(j).widget().isVisibleTo(self)
            for j in range(sub.count())
        )

    def _fit_label(
        self, lbl: QLabel, width: int, room: int, preferred: float, bold: bool = False
    ) -> None:
        """The largest font up to `preferred` at which all of `lbl` fits in width × room."""
        px = max(MIN_PX, int(preferred))
        while True:
            _set_px(lbl, px, bold)
            if lbl is self.questions_label:  # the gap between questions follows the font
                lbl.setText(_questions_html(self.display.questions, self._question_gap()))
            needed = lbl.heightForWidth(width)
            if needed <= room or px <= MIN_PX:
                break
            px = max(MIN_PX, min(px - 1, int(px * 0.95)))
        lbl.setFixedSize(width, max(0, min(needed, max(room, needed))))

    def mouseDoubleClickEvent(self, event) -> None:
        self.fullscreen_toggled.emit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.activated.emit()


def _set_px(label: QLabel, px: float, bold: bool = False) -> None:
    f = label.font()
    if f.pixelSize() == max(MIN_PX, int(px)) and f.bold() == bold:
        return
    f.setPixelSize(max(MIN_PX, int(px)))
    f.setBold(bold)
    label.setFont(f)


def _calm_time(seconds: float) -> str:
    """Reflection's number, when asked for: what is left, never an overrun."""
    s = max(0, int(-(-seconds // 1)))
    return f"{s // 60}:{s % 60:02d}"


def _questions_html(questions: list[str], gap: int) -> str:
    """The questions as a bulleted list with a hanging indent. A table, not <ul>: a list's
    fixed 40 px indent clips the bullet once the font is large."""
    rows = "".join(
        f"<tr><td style='padding-right:{gap}px; padding-bottom:{gap}px'>•</td>"
        f"<td style='padding-bottom:{gap}px'>{_esc(q)}</td></tr>"
        for q in questions
    )
    return f"<table cellspacing='0' cellpadding='0'>{rows}</table>"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

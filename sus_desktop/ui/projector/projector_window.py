"""The projector window (layout only): the clock for the room, readable at 8 metres.

It is given `RunDisplay`s, which carry no notes: the projector cannot show notes.
The countdown's digits are sized from the window: about 30 % of its height.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from sus_desktop.core.agenda import Mode
from sus_desktop.ui.common import theme
from sus_desktop.ui.run.run_presenter import NORMAL, RunDisplay
from sus_desktop.ui.run.tick_label import TickLabel

DIGITS_SHARE = 0.30  # digits' pixel size as a share of the window height
WIDEST = "+88:88"


class ProjectorWindow(QWidget):
    fullscreen_toggled = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("SUS – projektor"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.theme_name = "dark"
        self.level = NORMAL
        self._mode: Mode | None = None

        self.item_label = QLabel(objectName="projector_item")
        self.phase_label = QLabel(objectName="projector_phase")
        self.badge_label = QLabel(objectName="projector_badge")
        self.countdown_label = TickLabel("00:00", objectName="projector_countdown")  # no relayout per second
        self.caption_label = QLabel(objectName="projector_caption")
        self.progress = QProgressBar(objectName="projector_progress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.questions_label = QLabel(objectName="projector_questions")
        self.speakers_label = QLabel(objectName="projector_speakers")
        for label in (self.item_label, self.phase_label, self.badge_label, self.countdown_label,
                      self.caption_label, self.questions_label, self.speakers_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for label in (self.item_label, self.phase_label, self.questions_label):
            label.setWordWrap(True)
        self.questions_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.countdown_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addWidget(self.item_label)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.badge_label)
        layout.addWidget(self.countdown_label, 4)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.speakers_label)
        layout.addWidget(self.questions_label, 2)
        self.speakers_label.hide()
        self.questions_label.hide()
        self.badge_label.setText(" ")
        self.resize(960, 540)
        self._apply_style()
        self._resize_fonts()

    # --- content --------------------------------------------------------------
    def show_display(self, d: RunDisplay) -> None:
        self.item_label.setText(d.item_label)
        self.phase_label.setText(d.phase_title if d.phase_title != d.item_title else "")
        self.badge_label.setText(d.badge or " ")
        self.countdown_label.setText(d.countdown)
        self.caption_label.setText(d.countdown_caption)
        self.progress.setValue(int(round(d.progress * 1000)))
        if d.mode != self._mode:
            self._mode = d.mode
            self._resize_fonts()  # reflection shows its questions larger
        reflect = d.mode in (Mode.REFLECTION, Mode.EVALUATION, Mode.DECISION) and bool(d.questions)
        self.questions_label.setText("\n".join(f"• {q}" for q in d.questions) if reflect else "")
        self.questions_label.setVisible(reflect)
        self.speakers_label.setVisible(d.mode == Mode.SPIRAL)
        if d.mode == Mode.SPIRAL and not self.speakers_label.text():
            self.speakers_label.setText(self.tr("Spiralsamtale"))
        if d.level != self.level:
            self.level = d.level
            self._apply_style()

    def set_speakers(self, current: str, next: str) -> None:  # noqa: A002 - the brief's name
        """Filled by the spiral-round panel: who has the floor, and who is next."""
        parts = []
        if current:
            parts.append(self.tr("Ordet har: %1").replace("%1", current))
        if next:
            parts.append(self.tr("Næste: %1").replace("%1", next))
        self.speakers_label.setText("   ·   ".join(parts))

    def set_theme(self, name: str) -> None:
        self.theme_name = name if name in theme.PROJECTOR else "dark"
        self._apply_style()

    def colours(self) -> theme.Colours:
        return theme.PROJECTOR[self.theme_name][self.level]

    # --- look -----------------------------------------------------------------
    def _apply_style(self) -> None:
        c = self.colours()
        self.setStyleSheet(
            f"QWidget#projector {{ background-color: {c.background}; }}"
            f" QWidget#projector QLabel {{ color: {c.foreground}; background: transparent; }}"
            + theme.progress_style(c))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._resize_fonts()

    def _resize_fonts(self) -> None:
        h, w = max(1, self.height()), max(1, self.width())
        digits = QFont(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        digits.setStyleHint(QFont.StyleHint.Monospace)
        digits.setBold(True)
        px = int(h * DIGITS_SHARE)
        digits.setPixelSize(max(8, px))
        width = QFontMetrics(digits).horizontalAdvance(WIDEST)
        if width > 0.94 * (w - 80):  # a very narrow window: fit the width instead
            px = int(px * 0.94 * (w - 80) / width)
            digits.setPixelSize(max(8, px))
        self.countdown_label.setFont(digits)
        self.countdown_label.setMinimumHeight(int(px * 1.1))
        self._set_px(self.item_label, 0.065 * h, bold=True)
        self._set_px(self.phase_label, 0.05 * h)
        self._set_px(self.badge_label, 0.06 * h, bold=True)
        self._set_px(self.caption_label, 0.045 * h)
        self._set_px(self.speakers_label, 0.05 * h, bold=True)
        # In silent reflection the questions are what the room reads; elsewhere they are a prompt.
        self._set_px(self.questions_label, (0.058 if self._mode == Mode.REFLECTION else 0.04) * h)
        self.progress.setFixedHeight(max(8, int(0.025 * h)))

    @staticmethod
    def _set_px(label: QLabel, px: float, bold: bool = False) -> None:
        f = label.font()
        f.setPixelSize(max(8, int(px)))
        f.setBold(bold)
        label.setFont(f)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.fullscreen_toggled.emit()

"""Individual reflection: the questions large, a silent number-free shrinking disk (Time Timer
style), then a gentle signal and the hand-off into the round.

Remaining time is read from the runner (clock-based) on every repaint; the view never counts
ticks. Numbers can be switched on for the facilitator ("Vis tid i tal").
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sus_desktop.core.agenda import Mode
from sus_desktop.core.changes import ChangeKind, ChangeSet
from sus_desktop.core.commands import NextPhase
from sus_desktop.ui.common.flow_layout import FlowLayout
from sus_desktop.ui.common.visibility import offstage
from sus_desktop.ui.modes.end_cue import GentleSignal
from sus_desktop.ui.modes.key_button import KeyButton

WIDE = 620  # px: from here the questions and the disk stand side by side
DISK_STACKED = 200  # px: the disk's height below the questions


class TimerDisk(QWidget):
    """A red disk whose sector shrinks clockwise-anticlockwise to nothing, like a Time Timer."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fraction = 1.0  # remaining / total
        self.glow = 0.0
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Tid tilbage til refleksion"))

    def set_fraction(self, f: float) -> None:
        f = max(0.0, min(1.0, f))
        if abs(f - self.fraction) > 1e-4:
            self.fraction = f
            self.update()

    def set_glow(self, level: float) -> None:
        self.glow = level
        self.update()

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 44  # room for the glow ring
        r = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        if self.glow > 0.01:
            g = QColor(255, 193, 7, int(200 * self.glow))
            p.setPen(QPen(g, 8 + 10 * self.glow))
            p.drawEllipse(r.adjusted(-2, -2, 2, 2))
        p.setPen(QPen(QColor("#9E9E9E"), 2))
        p.setBrush(QBrush(QColor("#FAFAFA")))
        p.drawEllipse(r)
        if self.fraction > 0:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(QColor("#C62828")))
            # from 12 o'clock clockwise (negative span), shrinking back towards 12 like a Time Timer
            p.drawPie(r.adjusted(6, 6, -6, -6), 90 * 16, -int(round(360 * 16 * self.fraction)))
        p.setBrush(QBrush(QColor("#424242")))
        p.setPen(Qt.PenStyle.NoPen)
        c = r.center()
        p.drawEllipse(c, side * 0.04, side * 0.04)
        p.end()


def mmss(seconds: float) -> str:
    s = max(0, int(math.ceil(seconds - 1e-9)))
    return f"{s // 60}:{s % 60:02d}"


class ReflectionView(QWidget):
    finished = Signal()  # the reflection time is up (once per entry into the phase)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reflection_view")
        self.session = session
        self.signal = GentleSignal(self, sound=True)
        self._signalled_for: str | None = None
        lay = QVBoxLayout(self)
        # The run view's centre pane is 350-500 px wide on a laptop: the questions sit above
        # the disk there (side by side they set a minimum width wider than the pane, and it
        # scrolled sideways); from WIDE px on they stand beside it. Every text wraps.
        self.title = QLabel(objectName="reflection_title")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.lead = QLabel(objectName="reflection_lead")
        self.lead.setWordWrap(True)
        self.lead.setStyleSheet("font-size: 12pt; color: #424242;")
        self.questions = QLabel(objectName="reflection_questions")
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.questions.setStyleSheet("font-size: 16pt;")
        self.questions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A long word ("skoleudviklingssamtalen") must not set the width: a label's minimum
        # is its longest word; below that it is clipped by a few pixels rather than scrolled.
        for label in (self.title, self.lead, self.questions):
            label.setMinimumWidth(120)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.lead)
        left.addSpacing(8)
        left.addWidget(self.questions, 1)
        self.disk = TimerDisk()
        self.signal.level_changed.connect(self.disk.set_glow)
        self.numbers = QLabel(objectName="reflection_numbers")
        self.numbers.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.numbers.setStyleSheet("font-size: 18pt;")
        self.done_label = QLabel(
            self.tr("Tiden er gået – tag et øjeblik til at samle tankerne"),
            objectName="reflection_done",
        )
        self.done_label.setWordWrap(True)
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_label.setStyleSheet("font-size: 14pt; color: #1B5E20;")
        self.show_numbers = QCheckBox(self.tr("Vis tid i tal"), objectName="show_numbers")
        self.show_disk = QCheckBox(self.tr("Vis skive"), objectName="show_disk", checked=True)
        self.show_numbers.toggled.connect(self.refresh)
        self.show_disk.toggled.connect(self.refresh)
        self.go_button = KeyButton(self.tr("Videre til runden"), objectName="go_button")
        self.go_button.setMinimumHeight(40)
        self.go_button.clicked.connect(self.go_on)
        right = QVBoxLayout()
        right.addWidget(self.disk, 1)
        right.addWidget(self.numbers)
        right.addWidget(self.done_label)
        # The choices are what the room sees; the countdown above is the facilitator's own.
        opts = FlowLayout(spacing=10)
        opts.setContentsMargins(0, 0, 0, 0)
        self.room_label = QLabel(self.tr("På projektoren:"), objectName="reflection_room")
        opts.addWidget(self.room_label)
        for box in (self.show_disk, self.show_numbers):
            box.setToolTip(
                self.tr(
                    "Det, rummet ser på projektoren. Din egen nedtælling ovenfor"
                    " ses kun på din skærm."
                )
            )
        opts.addWidget(self.show_disk)
        opts.addWidget(self.show_numbers)
        # the flow puts each widget at the row's top: the label as tall as a box, centred
        self.room_label.setMinimumHeight(self.show_disk.sizeHint().height())
        self.room_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        opts_row = QWidget()
        opts_row.setLayout(opts)
        right.addWidget(opts_row)
        right.addWidget(self.go_button)
        right.addStretch(0)  # below a capped disk: spare height under the button, not above
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row.addLayout(left, 3)
        self.row.addLayout(right, 2)
        lay.addLayout(self.row)
        self._arrange(0)  # narrow until the first resize says otherwise
        session.tick.connect(self._on_tick)
        session.changed.connect(self._on_changed)
        self.refresh()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        """Side by side from WIDE px, else the questions above a smaller disk. Changed only
        when the width crosses WIDE (a resize, never a tick)."""
        side = width >= WIDE
        direction = QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            # beside: the questions take 3/5; above: they take what they need, the disk the rest
            self.row.setStretch(0, 3 if side else 0)
            self.row.setStretch(1, 2 if side else 1)
            self.disk.setMaximumHeight(16777215 if side else DISK_STACKED)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.agenda or changes.has(ChangeKind.LOG, ChangeKind.INFO):
            self.refresh()

    def step(self):
        """The current step if it is a reflection phase, else the agenda's first one."""
        runner = self.session.runner
        cur = runner.current_step()
        if cur is not None and cur.phase is not None and cur.phase.mode == Mode.REFLECTION:
            return cur, True
        for s in runner.steps():
            if s.phase is not None and s.phase.mode == Mode.REFLECTION:
                return s, False
        return None, False

    def times(self) -> tuple[float, float]:
        """(remaining, budget) in seconds."""
        step, current = self.step()
        if step is None:
            return 0.0, 0.0
        runner = self.session.runner
        budget = runner.budget_of(step)
        used = runner.elapsed_of(step.key)
        return max(0.0, budget - used), budget

    def _on_tick(self) -> None:
        if not offstage(self):  # a hidden page waits for its showEvent
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        step, current = self.step()
        if step is None:
            self.title.setText(self.tr("Individuel refleksion"))
            self.questions.setText("")
            return
        self.title.setText(step.phase.title)
        focus = self.session.meeting.info.learning_focus.strip()
        self.lead.setText(
            self.tr("Med afsæt i samtalens læringsfokus: %1").replace("%1", focus)
            if focus
            else self.tr("Tænk stille over spørgsmålene. Skriv gerne stikord.")
        )
        qs = "".join(f"<p style='margin-bottom:14px'>{_esc(q)}</p>" for q in step.phase.questions)
        self.questions.setText(qs)
        remaining, budget = self.times()
        self.disk.set_fraction(remaining / budget if budget else 0.0)
        self.disk.setVisible(self.show_disk.isChecked())
        self.numbers.setVisible(self.show_numbers.isChecked())
        self.numbers.setText(mmss(remaining))
        over = current and budget > 0 and remaining <= 0
        self.done_label.setVisible(bool(over))
        self.go_button.setDefault(bool(over))
        self.go_button.setEnabled(current)
        if over and self._signalled_for != step.phase.id:
            self._signalled_for = step.phase.id
            self.signal.fire()
            self.finished.emit()
        elif current and remaining > 0:
            self._signalled_for = None  # time was added: signal again when it runs out

    def go_on(self) -> None:
        step, current = self.step()
        if current:
            self.session.execute(NextPhase())


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""Who speaks now, in rounds and free dialogue: one click (or Alt+1…9) marks the speaker and
the app sums each participant's speaking time. Shown to the facilitator only — the projector
never gets it, and the public minutes never print it.

The meeting's theme is participation for all; the totals let the facilitator see whether
that holds for the adults in the room too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sus_desktop.core.changes import ChangeKind, ChangeSet
from sus_desktop.core.commands import MarkSpeaker
from sus_desktop.ui.common.visibility import offstage
from sus_desktop.ui.run.tick_label import TickLabel


def mmss(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 60}:{s % 60:02d}"


class TalkPanel(QWidget):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("talk_panel")
        self.session = session
        self.talk = session.core.talk  # read-only here: marking a speaker is a command
        # The session ticks only while the meeting clock runs; someone can speak during a
        # pause too, and without a tick of its own the time jumped (3:34, then 6:12).
        self._timer = QTimer(self, interval=1000)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_tick)
        self.title = QLabel(self.tr("Taletid (kun for facilitator)"))
        self.title.setStyleSheet("font-weight: bold;")
        self.hint = QLabel(self.tr("Klik på den, der taler nu (Alt+1…9). Klik igen for stilhed."))
        self.hint.setWordWrap(True)
        self.grid = QGridLayout()
        self.stop = QPushButton(self.tr("Ingen taler"))
        self.stop.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stop.clicked.connect(lambda: self.mark(None))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.stop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.hint)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        self.times: dict[str, QLabel] = {}
        self._still = False  # shown while nobody speaks: the ticks have nothing to change
        self.read_only = False  # another laptop holds the clock: the speaker is mirrored
        for n in range(1, 10):
            sc = QShortcut(QKeySequence(f"Alt+{n}"), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(lambda n=n: self._mark_index(n - 1))
        session.changed.connect(self._on_changed)
        session.tick.connect(self._on_tick)
        self.rebuild()

    def set_read_only(self, on: bool) -> None:
        """A referent's window: who speaks and for how long, nothing to click."""
        self.read_only = on
        self.title.setText(self.tr("Taletid") if on else self.tr("Taletid (kun for facilitator)"))
        self.hint.setVisible(not on)
        self.stop.setVisible(not on)
        for b in self.buttons.values():
            b.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, on)
        for sc in self.findChildren(QShortcut):
            sc.setEnabled(not on)

    # --- commands ---------------------------------------------------------------
    def mark(self, participant_id: str | None) -> None:
        if participant_id is not None and participant_id == self.talk.current():
            participant_id = None  # a second click on the speaker means silence
        self.session.execute(MarkSpeaker(participant_id=participant_id))
        self.refresh()

    def _mark_index(self, index: int) -> None:
        if offstage(self) or not self.isVisible():
            return
        present = self.session.meeting.present_participants()
        if 0 <= index < len(present):
            self.mark(present[index].id)

    # --- keeping up with the meeting ------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        # (A pause or a new phase ending the speaking segment is the core's rule: RunCommand.)
        if changes.has(ChangeKind.PARTICIPANT):
            self.rebuild()
        elif changes.has(ChangeKind.LOG, ChangeKind.TALK):
            self.refresh()

    def _on_tick(self) -> None:
        # Nobody speaking, no total moves: nothing to redraw (a mark or a pause is a change,
        # `_on_changed`).
        if self._still or offstage(self):
            return
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def rebuild(self) -> None:
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.buttons.clear()
        self.times.clear()
        for row, p in enumerate(self.session.meeting.present_participants()):
            label = f"{row + 1}  {p.name}" if row < 9 else p.name
            b = QPushButton(label)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setToolTip(p.role)
            b.clicked.connect(lambda _=False, pid=p.id: self.mark(pid))
            b.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, self.read_only)
            t = TickLabel()  # a speaker's time ticks without laying out the panel
            t.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(b, row, 0)
            self.grid.addWidget(t, row, 1)
            self.buttons[p.id], self.times[p.id] = b, t
        self.refresh()

    def refresh(self) -> None:
        now = self.session.clock.now()
        totals = self.talk.totals(now)
        total = sum(totals.values())
        current = self.talk.current()
        for pid, b in self.buttons.items():
            speaking = pid == current
            b.setChecked(speaking)
            seconds = totals.get(pid, 0.0)
            share = f" · {round(100 * seconds / total)} %" if total else ""
            # The speaker is marked by a symbol too, not by the checked colour alone.
            self.times[pid].setText(("▶ " if speaking else "") + mmss(seconds) + share)
        self.stop.setEnabled(current is not None)
        self._still = current is None
        if current is not None and not self.session.runner.running:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()

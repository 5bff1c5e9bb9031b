"""The facilitator's spiral-round panel: order, current and next speaker, turn time box.

Layout only; the rules are in `sus_desktop.core.spiral`. Keys: N = Næste taler, P = Står
over, R = Ny runde, except in a text field (so the referent can type "N"), plus Alt+N, Alt+P
and Alt+R which work everywhere in the panel's window. Speaking time per participant is shown
in the order list (facilitator only; never on the projector).
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sus_desktop.core.agenda import Mode
from sus_desktop.core.changes import ChangeKind, ChangeSet
from sus_desktop.core.commands import (
    SpiralLateArrival,
    SpiralNewRound,
    SpiralNextTurn,
    SpiralPass,
    SpiralSetOptions,
    SpiralSetOrder,
    SpiralShuffle,
    SpiralSkip,
)
from sus_desktop.core.spiral import SpiralRound
from sus_desktop.ui.common.flow_layout import FlowLayout
from sus_desktop.ui.common.visibility import offstage
from sus_desktop.ui.modes.end_cue import GentleSignal
from sus_desktop.ui.modes.key_button import KeyButton


def mmss(seconds: float) -> str:
    s = max(0, int(math.ceil(seconds - 1e-9)))
    return f"{s // 60}:{s % 60:02d}"


class SpiralPanel(QWidget):
    speakers_changed = Signal(str, str)  # (current name, next name) for the projector

    def __init__(self, session, parent=None, phase_id: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spiral_panel")
        self.session = session
        self.meeting = session.meeting
        self.talk = session.core.talk  # read-only here
        self._phase_id = phase_id
        self.spiral = self._make_spiral()
        self.turn_signal = GentleSignal(self, sound=False)
        self.round_signal = GentleSignal(self, sound=False)
        self.turn_signal.level_changed.connect(self._glow)
        self.round_signal.level_changed.connect(self._glow)
        self._signalled_turn: tuple | None = None
        self._last_speakers: tuple[str, str] | None = None
        self._was_complete = self.spiral.round_complete
        self._filling = False
        self._build()
        self._timer = QTimer(self, interval=1000)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh_time)
        self._make_keys()
        session.changed.connect(self._on_changed)
        session.tick.connect(self._on_tick)
        self.refresh()

    def _make_spiral(self) -> SpiralRound:
        phase_id = self._phase_id or self._current_spiral_phase()
        return self.session.core.spiral(phase_id)

    def _current_spiral_phase(self) -> str | None:
        step = self.session.runner.current_step()
        if step is not None and step.phase is not None and step.phase.mode == Mode.SPIRAL:
            return step.phase.id
        for s in self.session.runner.steps():  # not there yet: the agenda's first spiral phase
            if s.phase is not None and s.phase.mode == Mode.SPIRAL:
                return s.phase.id
        return None

    def _make_keys(self) -> None:
        """N/P and Alt+N/Alt+P as window shortcuts of this panel. Qt enables them only while
        the panel is shown, and a text field takes a plain N or P for itself before shortcuts
        see it, so the referent can still type "N" in a note."""
        for keys, slot in (
            ("N", self.next_speaker),
            ("Alt+N", self.next_speaker),
            ("P", self.pass_turn),
            ("Alt+P", self.pass_turn),
            ("R", self.new_round),
            ("Alt+R", self.new_round),
            ("Alt+S", self.late_button.showMenu),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(slot)

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        """Laid out for the run view's centre pane of a laptop (350-500 px wide, a few hundred
        tall): every row wraps instead of scrolling sideways, and the order list shows every
        participant (the pane scrolls up and down instead)."""
        lay = QVBoxLayout(self)
        lay.setSpacing(6)
        top = QHBoxLayout()
        self.round_label = QLabel(objectName="round_label")
        self.round_label.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.round_label.setWordWrap(True)  # narrow pane: wraps, and takes the row (no gap)
        self.cue = QLabel(self.tr("✓ Runde færdig"), objectName="round_complete")
        self.cue.setStyleSheet(
            "font-size: 14pt; font-weight: bold; color: #1B5E20;"
            " border: 2px solid #1B5E20; border-radius: 6px; padding: 2px 10px;"
        )
        self.cue.hide()
        top.addWidget(self.round_label, 1)
        top.addWidget(self.cue, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)

        self.speaker_box = QWidget(objectName="speaker_box")
        sb = QVBoxLayout(self.speaker_box)
        sb.setContentsMargins(8, 4, 8, 4)
        sb.setSpacing(2)
        self.current_title = QLabel(self.tr("Taler nu"))
        self.current_label = QLabel(objectName="current_speaker")
        self.current_label.setStyleSheet("font-size: 24pt; font-weight: bold;")
        self.current_label.setWordWrap(True)
        # Its text changes every second: no word wrap (a wrapping label's height follows
        # its text, and a tick would lay out the panel).
        self.time_label = QLabel(objectName="turn_time")
        self.time_label.setStyleSheet("font-size: 18pt;")
        self.next_label = QLabel(objectName="next_speaker")
        self.next_label.setStyleSheet("font-size: 14pt;")
        self.next_label.setWordWrap(True)
        for w in (self.current_title, self.current_label, self.time_label, self.next_label):
            sb.addWidget(w)
        lay.addWidget(self.speaker_box)

        # Buttons, options and list tools wrap like words: three buttons and two long
        # checkboxes in a row set a minimum width wider than the pane (sideways scrolling).
        self.next_button = KeyButton(objectName="next_button")
        self.next_button.setToolTip(self.tr("N eller Alt+N"))
        self.next_button.clicked.connect(self.next_speaker)
        self.pass_button = KeyButton(self.tr("Står over (P)"), objectName="pass_button")
        self.pass_button.setToolTip(self.tr("P eller Alt+P: deltageren siger pas i denne runde"))
        self.pass_button.clicked.connect(self.pass_turn)
        self.round_button = KeyButton(self.tr("Ny runde (R)"), objectName="new_round_button")
        self.round_button.setToolTip(
            self.tr("R eller Alt+R: næste runde begynder; N giver ordet til den første")
        )
        self.round_button.clicked.connect(self.new_round)
        buttons = _flow_row(lay, spacing=6)
        for b in (self.next_button, self.pass_button, self.round_button):
            b.setMinimumHeight(40)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(b)

        self.reverse_box = QCheckBox(
            self.tr("Næste runde i modsat retning"), objectName="opt_reverse"
        )
        self.same_start_box = QCheckBox(
            self.tr("Samme person starter"), objectName="opt_same_start"
        )
        o = self.spiral.options()
        self.reverse_box.setChecked(o["reverse"])
        self.same_start_box.setChecked(o["same_start"])
        self.reverse_box.toggled.connect(lambda v: self._do(SpiralSetOptions, reverse=v))
        self.same_start_box.toggled.connect(lambda v: self._do(SpiralSetOptions, same_start=v))
        opts = _flow_row(lay, spacing=6)
        opts.addWidget(self.reverse_box)
        opts.addWidget(self.same_start_box)

        self.order_title = QLabel(
            self.tr("Rækkefølge (træk for at flytte)"), objectName="order_title"
        )
        self.order_title.setWordWrap(True)
        self.order_title.setStyleSheet("font-weight: bold;")
        lay.addSpacing(4)
        lay.addWidget(self.order_title)
        self.shuffle_button = QToolButton(text=self.tr("Bland"), objectName="shuffle_button")
        self.shuffle_button.clicked.connect(lambda: self._do(SpiralShuffle))
        self.skip_button = QToolButton(
            text=self.tr("Udelad i denne runde"), objectName="skip_button"
        )
        self.skip_button.clicked.connect(self._skip_selected)
        self.late_button = QToolButton(
            text=self.tr("Sen ankomst… (Alt+S)"), objectName="late_button"
        )
        self.late_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.late_menu = QMenu(self)
        self.late_menu.aboutToShow.connect(self._fill_late_menu)
        self.late_button.setMenu(self.late_menu)
        self.order_tools = _flow_row(lay, spacing=6)
        for b in (self.shuffle_button, self.skip_button, self.late_button):
            self.order_tools.addWidget(b)

        self.order_list = QListWidget(objectName="order_list")
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        # A long row ("Anne-Marie Sørensen (Lærer) · står over   2:30") wraps at the pane's
        # width rather than scrolling the list sideways.
        self.order_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.order_list.setWordWrap(True)
        self.order_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.order_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.order_list.setMinimumWidth(120)
        self.order_list.setSpacing(1)  # a little air between rows: easier to aim a drag
        self.order_list.model().rowsMoved.connect(self._on_rows_moved)
        lay.addWidget(self.order_list)
        lay.addStretch(1)  # spare height below the list, not an empty list frame

    def _fit_order_height(self) -> None:
        """Tall enough for every participant (up to 14 rows): the pane scrolls up and down,
        the list itself is never a cramped three-row window. Set when the rows change."""
        rows = max(4, min(self.order_list.count(), 14))
        line = max(self.order_list.sizeHintForRow(0), self.order_list.fontMetrics().height())
        line += 2 * self.order_list.spacing()
        height = rows * line + 2 * self.order_list.frameWidth() + 6
        if self.order_list.minimumHeight() != height:
            self.order_list.setMinimumHeight(height)

    def set_read_only(self, on: bool) -> None:
        """A referent's window: the round mirrored; no drag, no keys (its buttons are hidden
        by object name, ui/sync/sync_controller.py)."""
        mode = QAbstractItemView.DragDropMode
        self.order_list.setDragDropMode(mode.NoDragDrop if on else mode.InternalMove)
        self.order_title.setText(
            self.tr("Rækkefølge") if on else self.tr("Rækkefølge (træk for at flytte)")
        )
        for sc in self.findChildren(QShortcut):
            sc.setEnabled(not on)

    # --- actions (each a command on this phase's spiral round) ---------------------------
    def _do(self, command, **fields):
        return self.session.execute(command(phase_id=self._sync_spiral().phase_id, **fields))

    def next_speaker(self) -> None:
        if self._sync_spiral().round_complete:
            return
        self._do(SpiralNextTurn)
        self.refresh()

    def pass_turn(self) -> None:
        self._do(SpiralPass)
        self.refresh()

    def new_round(self) -> None:
        if not self._sync_spiral().started:
            return
        self._do(
            SpiralNewRound,
            reverse=self.reverse_box.isChecked(),
            same_start=self.same_start_box.isChecked(),
        )
        self.refresh()

    def add_late(self, pid: str) -> None:
        self._do(SpiralLateArrival, participant_id=pid)
        self.refresh()

    def _skip_selected(self) -> None:
        it = self.order_list.currentItem()
        if it is not None:
            self._do(SpiralSkip, participant_id=it.data(Qt.ItemDataRole.UserRole))
            self.refresh()

    def _fill_late_menu(self) -> None:
        self.late_menu.clear()
        for p in self.meeting.participants:
            if not p.present:
                a = QAction(p.name, self.late_menu)
                a.triggered.connect(lambda _=False, pid=p.id: self.add_late(pid))
                self.late_menu.addAction(a)
        self.late_menu.addSeparator()
        new = QAction(self.tr("Ny deltager…"), self.late_menu)
        new.triggered.connect(self._new_late)
        self.late_menu.addAction(new)

    def _new_late(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Sen ankomst"), self.tr("Navn:"))
        if ok and name.strip():
            self._do(SpiralLateArrival, name=name)
            self.refresh()

    def _on_rows_moved(self, *args) -> None:
        if self._filling:
            return
        order = [
            self.order_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.order_list.count())
        ]
        QTimer.singleShot(0, self, lambda: (self._do(SpiralSetOrder, order=order), self.refresh()))

    # --- state -> view -----------------------------------------------------------------
    def _sync_spiral(self) -> SpiralRound:
        if self._phase_id is None:
            phase = self._current_spiral_phase()
            if phase is not None and phase != self.spiral.phase_id:
                self.spiral = self._make_spiral()
        return self.spiral

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.agenda or changes.has(
            ChangeKind.SPIRAL, ChangeKind.PARTICIPANT, ChangeKind.LOG, ChangeKind.TALK
        ):
            self.refresh()

    def _name(self, pid: str | None) -> str:
        p = self.meeting.participant(pid)
        return p.name if p else ""

    def speakers(self) -> tuple[str, str]:
        sp = self.spiral
        return self._name(sp.current_speaker()), self._name(sp.next_speaker())

    def refresh(self) -> None:
        sp = self._sync_spiral()
        n = sp.round_number
        self.round_label.setText(
            self.tr("Runde %1").replace("%1", str(n))
            if n
            else self.tr("Spiralsamtale – ikke startet")
        )
        complete = sp.round_complete
        self.cue.setVisible(complete)
        if complete and not self._was_complete:
            self.round_signal.fire()
        self._was_complete = complete
        cur, nxt = self.speakers()
        self.current_title.setVisible(bool(cur))
        # "✓ Runde færdig" says it beside the round number; here only who speaks.
        self.current_label.setText(cur or self.tr("Ingen taler"))
        self.next_label.setText(self.tr("Næste: %1").replace("%1", nxt) if nxt else "")
        if not sp.started or (not sp.turn_running and not complete):
            self.next_button.setText(self.tr("Start tur (N)"))
        else:
            self.next_button.setText(self.tr("Næste taler (N)"))
        self.next_button.setEnabled(not complete)
        self.pass_button.setEnabled(not complete)
        self.round_button.setEnabled(sp.started)
        self.round_button.setDefault(complete)
        self._fill_order()
        self.refresh_time()
        if self._last_speakers != (cur, nxt):
            self._last_speakers = (cur, nxt)
            self.speakers_changed.emit(cur, nxt)
        # While the meeting clock runs, the session's tick refreshes the turn time; a turn
        # can also run with the meeting paused, and then this panel keeps its own time.
        if sp.turn_running and not self.session.runner.running:
            self._timer.start()
        else:
            self._timer.stop()

    def _fill_order(self) -> None:
        """Rows updated in place (a refill with the model's signals blocked left the view
        showing old marks until it was scrolled); rebuilt only when the order changes."""
        sp = self.spiral
        now = self.session.clock.now()
        totals = self.talk.totals(now)
        log = [t for t in sp.log() if t.round == sp.round_number]
        passed = {t.participant for t in log if t.passed}
        done = {t.participant for t in log}
        queue = sp.queue()
        rows = []
        for pid in sp.order():
            p = self.meeting.participant(pid)
            if p is None:
                continue
            if pid == sp.current_speaker():
                mark = "▶"
            elif pid in passed:
                mark = "↷"
            elif pid in done:
                mark = "✓"
            elif not p.present:
                mark = "–"
            elif sp.started and not sp.round_complete and pid not in queue:
                mark = "⊘"
            else:
                mark = "  "
            text = f"{mark} {p.name}"
            if p.role:
                text += f" ({p.role})"
            if not p.present:
                text += " · " + self.tr("fraværende")
            if pid in passed:
                text += " · " + self.tr("står over")
            secs = totals.get(pid, 0.0)
            if secs >= 1:
                text += f"   {mmss(secs)}"
            rows.append((pid, text, p.present))
        shown = [
            self.order_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.order_list.count())
        ]
        self._filling = True  # the rowsMoved handler ignores what happens here
        try:
            if shown != [pid for pid, _t, _p in rows]:
                selected = (
                    self.order_list.currentItem().data(Qt.ItemDataRole.UserRole)
                    if self.order_list.currentItem()
                    else None
                )
                self.order_list.clear()
                for pid, _text, _present in rows:
                    it = QListWidgetItem()
                    it.setData(Qt.ItemDataRole.UserRole, pid)
                    self.order_list.addItem(it)
                    if pid == selected:
                        self.order_list.setCurrentItem(it)
                self._fit_order_height()
            for i, (_pid, text, present) in enumerate(rows):
                it = self.order_list.item(i)
                if it.text() != text:
                    it.setText(text)
                    it.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                if it.font().italic() == present:
                    f = it.font()
                    f.setItalic(not present)
                    it.setFont(f)
        finally:
            self._filling = False

    def _on_tick(self) -> None:
        if not offstage(self):  # a hidden page waits for its showEvent
            self.refresh_time()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_time()

    def refresh_time(self) -> None:
        sp = self.spiral
        now = self.session.clock.now()
        if sp.turn_running:  # the speaker's total in the list follows the turn, every second
            self._fill_order()
        if not sp.turn_running:
            left = sp.time_boxes(now)
            share = left[0][1] if left else 0.0
            self.time_label.setText(
                self.tr("Ca. %1 pr. taler").replace("%1", mmss(share)) if left else ""
            )
            _restyle(self.time_label, "font-size: 18pt;")
            return
        remaining = sp.turn_remaining(now)
        if sp.turn_over(now):
            over = sp.turn_elapsed(now) - sp.time_box()
            self.time_label.setText(self.tr("Tiden er gået · +%1").replace("%1", mmss(over)))
            _restyle(self.time_label, "font-size: 18pt; color: #E65100; font-weight: bold;")
            key = (sp.round_number, sp.current_speaker())
            if self._signalled_turn != key:
                self._signalled_turn = key
                self.turn_signal.fire()
        else:
            self.time_label.setText(
                self.tr("%1 tilbage af %2")
                .replace("%1", mmss(remaining))
                .replace("%2", mmss(sp.time_box()))
            )
            _restyle(self.time_label, "font-size: 18pt;")

    def _glow(self, level: float) -> None:
        if level <= 0.01:
            self.speaker_box.setStyleSheet("")
            return
        alpha = int(40 + 120 * level)
        self.speaker_box.setStyleSheet(
            f"QWidget#speaker_box {{ background-color: rgba(255, 193, 7, {alpha});"
            f" border-radius: 8px; }}"
        )


def _restyle(widget, css: str) -> None:
    """Re-polishing a widget costs a repaint of its subtree: only do it when the style changes
    (refresh_time runs every second)."""
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)


def _flow_row(lay: QVBoxLayout, spacing: int) -> FlowLayout:
    """A row in `lay` whose widgets wrap onto new lines when the pane is narrow."""
    row = FlowLayout(spacing=spacing)
    row.setContentsMargins(0, 0, 0, 0)
    holder = QWidget()
    holder.setLayout(row)
    lay.addWidget(holder)
    return row

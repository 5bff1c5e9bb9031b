"""Wires the run view and the run actions to the session's runner.

Repaints only on `session.tick` (second boundaries and run-state changes) and on meeting
changes; there is no timer here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from sus_desktop.core import danish
from sus_desktop.core.changes import ChangeKind, ChangeSet
from sus_desktop.core.commands import (
    ApplyRebalance,
    ExtendPhase,
    FinishMeeting,
    JumpTo,
    PreviousPhase,
    SetInfo,
)
from sus_desktop.core.run import target_end
from sus_desktop.ui.common.settings import Settings
from sus_desktop.ui.run.run_actions import RunActions
from sus_desktop.ui.run.run_presenter import RunDisplay, present
from sus_desktop.ui.run.run_view import RunView
from sus_desktop.ui.session import MeetingSession

# The rebalance dialog and the run questions (ui/run/rebalance_dialog.py, run_questions.py)
# are imported where first used: a reopened meeting's first frame shows neither.
if TYPE_CHECKING:
    from sus_desktop.ui.run.rebalance_dialog import RebalanceDialog


class RunController(QObject):
    displayed = Signal(object)  # RunDisplay, after every repaint (the projector follows it)
    step_changed = Signal(str, str)  # item id, phase id ("" for none)

    def __init__(
        self,
        session: MeetingSession,
        view: RunView,
        actions: RunActions,
        settings: Settings,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.session, self.view, self.actions, self.settings = session, view, actions, settings
        self.runner = session.runner
        self.display = RunDisplay()
        self.active_dialog: RebalanceDialog | None = None
        self._step_key = None
        self._hint_minutes: int | None = None
        self._target: tuple | None = None  # ((meeting version, log length), target end)
        self._connections = [
            (actions.toggle.triggered, self.toggle),
            (actions.next.triggered, self.next),
            (actions.previous.triggered, self.previous),
            (actions.next_item.triggered, self.next_item),
            (actions.plus.triggered, self.plus),
            (actions.minus.triggered, self.minus),
            (actions.rebalance.triggered, self.rebalance),
            (actions.finish.triggered, self.finish),
            (view.rebalance_requested, self.rebalance),
            (view.row_activated, self.jump_to_row),
            (session.tick, self.refresh),
            (session.changed, self._on_changed),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self.refresh()

    def close(self) -> None:
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._connections = []

    # --- commands --------------------------------------------------------------
    dialogs = None  # set by AppController: run_questions asks before a far start or a finish

    def toggle(self) -> None:
        from sus_desktop.ui.run import run_questions

        self._send(
            run_questions.toggle_command(self.runner, self.session.clock.now(), self.dialogs)
        )

    def next(self) -> None:
        from sus_desktop.ui.run import run_questions

        self._send(run_questions.next_command(self.runner, self.dialogs))

    def _send(self, cmd) -> None:
        if cmd is not None:
            self.session.execute(cmd)

    def previous(self) -> None:
        self.session.execute(PreviousPhase())

    def next_item(self) -> None:
        from sus_desktop.ui.run import run_questions

        self._send(run_questions.next_command(self.runner, self.dialogs, whole_item=True))

    def plus(self) -> None:
        self.session.execute(ExtendPhase(minutes=1))

    def minus(self) -> None:
        self.session.execute(ExtendPhase(minutes=-1))

    def finish(self) -> None:
        self.session.execute(FinishMeeting())

    def jump_to_row(self, row: int) -> None:
        item_id = self.view.schedule_view.model().row_item_id(row)
        if item_id:
            self.session.execute(JumpTo(item_id=item_id))

    # --- rebalancing -----------------------------------------------------------
    def rebalance(self) -> RebalanceDialog:
        """Open the proposal (non-blocking); nothing changes unless it is accepted."""
        if self.active_dialog is not None:
            self.active_dialog.raise_()
            return self.active_dialog
        from sus_desktop.core.rebalance import candidates_from, minutes_needed
        from sus_desktop.ui.run.rebalance_dialog import RebalanceDialog

        dlg = RebalanceDialog(
            candidates_from(self.runner),
            minutes_needed(self.runner),
            self.runner.projected_end(),
            target_end(self.runner),
            self.view.window(),
        )
        dlg.accepted.connect(lambda: self.apply_rebalance(dlg))
        dlg.finished.connect(self._dialog_closed)
        self.active_dialog = dlg
        dlg.open()
        return dlg

    def _dialog_closed(self, _result) -> None:
        if self.active_dialog is not None:
            self.active_dialog.deleteLater()
        self.active_dialog = None

    def apply_rebalance(self, dlg: RebalanceDialog) -> None:
        from sus_desktop.ui.run.rebalance_dialog import CUT

        if dlg.choice == CUT:
            self.session.execute(
                ApplyRebalance(cuts=[(c.item_id, c.minutes) for c in dlg.plan.cuts])
            )
        else:
            self.session.execute(
                SetInfo(fields={"end_time": danish.hhmm(self.runner.projected_end())})
            )

    # --- repaint ----------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.agenda or changes.has(ChangeKind.INFO):
            self.refresh()

    def refresh(self) -> None:
        d = present(self.runner, self.settings.warn_seconds)
        self.display = d
        self.view.show_display(d)
        self.actions.set_running(d.running, d.started, d.finished)
        needed = 0
        if d.started and not d.finished:
            late = self.runner.projected_end() - self._target_end()
            needed = int(round(late / 60)) if late > 0 else 0
        if needed != self._hint_minutes:  # by the minute at most: the hint is a QLabel
            self._hint_minutes = needed
            self.view.rebalance_hint.setVisible(needed > 0)
            self.view.rebalance_hint.setText(
                self.tr(
                    "Mødet forventes at slutte %n min for sent. Du kan tage tiden fra de"
                    " resterende punkter eller forlænge mødet."
                ).replace("%n", str(needed))
            )
        key = (d.item_id, d.phase_id)
        if key != self._step_key:
            self._step_key = key
            self.view.show_mode(d.mode)
            self._select_current_row()
            self.step_changed.emit(d.item_id or "", d.phase_id or "")
        self.displayed.emit(d)

    def _target_end(self) -> float:
        """The end to keep, the same until the details or the log change (asked every tick)."""
        m = self.runner.meeting
        key = (m.version, len(m.log))
        if not m.info.date:  # today's date, whichever day that is: not kept
            return target_end(self.runner)
        if self._target is None or self._target[0] != key:
            self._target = (key, target_end(self.runner))
        return self._target[1]

    def mode_pages_changed(self) -> None:
        """Mode widgets were registered after the first refresh: show the right one now."""
        self._step_key = None
        self.refresh()

    def _select_current_row(self) -> None:
        model = self.view.schedule_view.model()
        if model is None:
            return
        for row in range(model.rowCount()):
            if model.row_item_id(row) == self.display.item_id:
                self.view.schedule_view.selectRow(row)
                self.view.schedule_view.scrollTo(model.index(row, 0))
                return

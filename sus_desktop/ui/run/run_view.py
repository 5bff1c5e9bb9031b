"""The facilitator's run view (layout only): agenda with times, current item, countdowns.

Places left for other widgets:
- `mode_area` (QStackedWidget, centre): a mode widget for the current phase (spiral round,
  reflection, decision). Register one with `register_mode_widget(mode, widget)`.
- `notes_area` (right-hand QSplitter pane, a QWidget with a QVBoxLayout): the note-taking panel.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sus_desktop.core.agenda import Mode
from sus_desktop.ui.common import theme
from sus_desktop.ui.run.run_presenter import NORMAL, RunDisplay
from sus_desktop.ui.run.tick_bar import TickBar
from sus_desktop.ui.run.tick_label import TickLabel


class RunView(QWidget):
    row_activated = Signal(int)  # a schedule row was double-clicked
    rebalance_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("run_view")
        self._info_key = None
        self._mode_pages: dict[Mode, QWidget] = {}

        # Left: the agenda as a schedule.
        self.schedule_view = QTableView(objectName="schedule_view")
        self.schedule_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schedule_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.schedule_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schedule_view.verticalHeader().hide()
        self.schedule_view.setWordWrap(True)
        self.schedule_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.schedule_view.doubleClicked.connect(lambda ix: self.row_activated.emit(ix.row()))
        # The labels that change every second are TickLabels: a new second repaints them
        # without laying out the window again.
        self.meeting_line = TickLabel(objectName="meeting_line")
        self.meeting_line.setWordWrap(True)
        self.behind_label = QLabel(objectName="behind_label")
        f = self.behind_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.behind_label.setFont(f)
        self.rebalance_button = QPushButton(self.tr("Genberegn resten…"), objectName="rebalance_button")
        self.rebalance_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rebalance_button.clicked.connect(self.rebalance_requested)
        self.rebalance_hint = QLabel(objectName="rebalance_hint")
        self.rebalance_hint.setWordWrap(True)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.schedule_view, 1)
        ll.addWidget(self.behind_label)
        ll.addWidget(self.meeting_line)
        ll.addWidget(self.rebalance_hint)
        ll.addWidget(self.rebalance_button)

        # Centre: the current item and its countdowns.
        self.item_label = QLabel(objectName="item_label")
        self.item_label.setWordWrap(True)
        _scale(self.item_label, 1.6, bold=True)
        self.phase_label = QLabel(objectName="phase_label")
        self.phase_label.setWordWrap(True)
        _scale(self.phase_label, 1.25)
        self.state_label = QLabel(objectName="state_label")

        self.countdown_panel = QFrame(objectName="countdown_panel")
        self.badge_label = QLabel(objectName="badge_label")
        _scale(self.badge_label, 1.6, bold=True)
        self.badge_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_label = TickLabel("00:00", objectName="countdown_label")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cf = self.countdown_label.font()
        cf.setPixelSize(96)
        cf.setBold(True)
        cf.setStyleHint(cf.StyleHint.Monospace)
        cf.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.countdown_label.setFont(cf)
        self.caption_label = QLabel(objectName="caption_label")
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _scale(self.caption_label, 1.3)
        self.progress = TickBar(objectName="phase_progress")  # one paint pass per tick
        self.progress.setRange(0, 1000)
        self.progress.setFixedHeight(14)
        pl = QVBoxLayout(self.countdown_panel)
        pl.addWidget(self.badge_label)
        pl.addWidget(self.countdown_label)
        pl.addWidget(self.caption_label)
        pl.addWidget(self.progress)
        self.item_countdown_label = TickLabel(objectName="item_countdown_label")
        _scale(self.item_countdown_label, 1.3, bold=True)
        self.item_countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.info_view = QTextBrowser(objectName="info_view")
        self.info_view.setOpenExternalLinks(False)
        self.info_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mode_area = QStackedWidget(objectName="mode_area")
        self._empty_mode = QWidget(objectName="mode_area_empty")
        self.mode_area.addWidget(self._empty_mode)
        self.mode_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.mode_area.hide()

        centre = QWidget()
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(8, 0, 8, 0)
        head = QHBoxLayout()
        head.addWidget(self.item_label, 1)
        head.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignTop)
        cl.addLayout(head)
        cl.addWidget(self.phase_label)
        cl.addWidget(self.countdown_panel)
        cl.addWidget(self.item_countdown_label)
        cl.addWidget(self.mode_area, 2)
        cl.addWidget(self.info_view, 1)

        # Right: notes (filled by the note-taking panel).
        self.notes_area = QWidget(objectName="notes_area")
        nl = QVBoxLayout(self.notes_area)
        nl.setContentsMargins(0, 0, 0, 0)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="run_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.notes_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([480, 640, 0])

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._level = None
        self._apply_level(NORMAL)

    # --- places for other widgets ------------------------------------------------
    def register_mode_widget(self, mode: Mode, widget: QWidget) -> None:
        self._mode_pages[mode] = widget
        if self.mode_area.indexOf(widget) < 0:  # one page may serve several modes
            self.mode_area.addWidget(widget)

    def show_mode(self, mode: Mode | None) -> None:
        page = self._mode_pages.get(mode) if mode is not None else None
        self.mode_area.setCurrentWidget(page or self._empty_mode)
        self.mode_area.setVisible(page is not None)

    def set_notes_widget(self, widget: QWidget) -> None:
        self.notes_area.layout().addWidget(widget)
        sizes = self.splitter.sizes()
        if sizes[2] == 0:  # schedule : clock and mode : notes = 3 : 4 : 3
            total = max(sum(sizes), 1400)
            self.splitter.setSizes([total * 3 // 10, total * 4 // 10, total * 3 // 10])

    # --- showing a display --------------------------------------------------------
    def show_display(self, d: RunDisplay) -> None:
        self.item_label.setText(d.item_label)
        self.phase_label.setText(d.phase_label if d.phase_label != d.item_title else "")
        self.phase_label.setVisible(bool(self.phase_label.text()))
        self.state_label.setText(d.state_text)
        self.badge_label.setText(d.badge)
        self.badge_label.setVisible(bool(d.badge))
        self.countdown_label.setText(d.countdown)
        self.caption_label.setText(d.countdown_caption)
        self.progress.setValue(int(round(d.progress * 1000)))
        self.item_countdown_label.setText(d.item_countdown)
        if d.started:
            self.behind_label.setText(d.behind_text)
            self.meeting_line.setText(
                self.tr("Mødetid %1 · Forventet slut %2 (planlagt %3)")
                .replace("%1", d.meeting_elapsed).replace("%2", d.projected_end)
                .replace("%3", d.planned_end))
        else:
            self.behind_label.setText("")
            self.meeting_line.setText(
                self.tr("Planlagt slut %1").replace("%1", d.planned_end))
        self._apply_level(d.level)
        key = (d.item_id, d.phase_id, d.goal, d.process, tuple(d.questions))
        if key != self._info_key:
            self._info_key = key
            self.info_view.setHtml(_info_html(self, d))

    def _apply_level(self, level: str) -> None:
        if level == self._level:
            return
        self._level = level
        c = theme.RUN_VIEW[level]
        self.countdown_panel.setProperty("level", level)
        self.countdown_panel.setStyleSheet(
            theme.panel_style("QFrame#countdown_panel", c, 0 if level == NORMAL else 4))
        self.progress.set_colours(c)


def _scale(label: QLabel, factor: float, bold: bool = False) -> None:
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * factor)
    f.setBold(bold)
    label.setFont(f)


def _info_html(view: QWidget, d: RunDisplay) -> str:
    parts = []
    if d.goal:
        head = html.escape(QCoreApplication.translate("RunView", "Mål"))
        parts.append(f"<h3>{head}</h3><p>{_lines(d.goal)}</p>")
    if d.process:
        head = html.escape(QCoreApplication.translate("RunView", "Proces"))
        parts.append(f"<h3>{head}</h3><p>{_lines(d.process)}</p>")
    if d.questions:
        items = "".join(f"<li>{html.escape(q)}</li>" for q in d.questions)
        head = html.escape(QCoreApplication.translate("RunView", "Spørgsmål"))
        parts.append(f"<h3>{head}</h3><ul>{items}</ul>")
    return "".join(parts)


def _lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines())

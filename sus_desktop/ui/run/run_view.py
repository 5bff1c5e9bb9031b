"""The facilitator's run view (layout only): agenda with times, current item, countdowns.

Places left for other widgets:
- `mode_area` (QStackedWidget, centre): a mode widget for the current phase (spiral round,
  reflection, decision). Register one with `register_mode_widget(mode, widget)`.
- `notes_area` (right-hand QSplitter pane, a QWidget with a QVBoxLayout): the note-taking panel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
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

FACILITATOR, REFERENT = "facilitator", "referent"
LAYOUT_ORDER = {
    FACILITATOR: ("schedule", "clock", "notes"),
    REFERENT: ("notes", "clock", "schedule"),
}
LAYOUT_SHARES = {
    FACILITATOR: {"schedule": 0.31, "clock": 0.42, "notes": 0.27},
    REFERENT: {"notes": 0.37, "clock": 0.32, "schedule": 0.31},
}
COUNTDOWN_PX = {FACILITATOR: 96, REFERENT: 64}
# Each pane's least width: together (with the handles) they fit a 1280-px laptop screen.
SCHEDULE_MIN_WIDTH, CENTRE_MIN_WIDTH, NOTES_MIN_WIDTH = 300, 380, 300
WORD_WRAP = Qt.TextFlag.TextWordWrap.value


class ScheduleTable(QTableView):
    """The agenda's table. Its rows are of one height, made from the font for as many lines
    as the longest title wraps to at the title column's width ("Velkomst og
    præsentationsrunde": two at 1280 px), measured again when that width or a title changes.
    Sizing rows to their contents asked every role of every cell at each layout pass (some
    2,000 calls of the model's `data` before the first paint). A column's width (its times and
    states) is measured once per set of texts it shows."""

    TITLE_COLUMN = 1
    PAD = 3  # pixels besides the lines of text, as the item delegate gives a one-line row

    def __init__(self, parent=None, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._column_hints: dict[tuple, int] = {}
        self._lines = 0
        self._title_width = -1  # the title column's width the lines were counted for
        self._font = self.font()  # the font the lines and the columns were measured in
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self._set_lines(1)

    def setModel(self, model) -> None:
        super().setModel(model)
        self._column_hints.clear()
        if model is not None:
            model.modelReset.connect(self.fit_rows)
            model.dataChanged.connect(self._data_changed)
        self.fit_rows()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == self.TITLE_COLUMN:
            self.fit_rows()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        # A new font (the desktop's) measures everything again. (Not in a changeEvent: an
        # event handler in Python sets up the enums of every kind of event it might be.)
        font = self.font()
        if font != self._font:
            self._font = font
            self._column_hints.clear()
            self._lines = 0
            self.fit_rows()
        # A stretched column follows the viewport without a sectionResized signal.
        elif self.columnWidth(self.TITLE_COLUMN) != self._title_width:
            self.fit_rows()

    def _data_changed(self, top_left, bottom_right, _roles=()) -> None:
        if top_left.column() <= self.TITLE_COLUMN <= bottom_right.column():
            self.fit_rows()  # a title, or the bold row, changed

    def title_lines(self) -> int:
        """How many lines the longest title needs in the title column (at least one), in
        the font it is shown in (bold for the running item)."""
        model = self.model()
        titles = model.titles() if model is not None and hasattr(model, "titles") else []
        self._title_width = self.columnWidth(self.TITLE_COLUMN)
        if not titles:
            return 1
        # The delegate's text margins: (PM_FocusFrameHMargin + 1) on each side, 2 in the
        # common styles (asked of the style, its enums would cost time at the first paint).
        width = max(1, self._title_width - 6)
        plain = QFontMetrics(self._font)
        bold_font = QFont(self._font)
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        lines = 1
        for text, is_bold in titles:
            fm = bold if is_bold else plain
            if fm.horizontalAdvance(text) <= width:
                continue
            box = fm.boundingRect(QRect(0, 0, width, 100_000), WORD_WRAP, text)
            lines = max(lines, -(-box.height() // fm.lineSpacing()))
        return lines

    def fit_rows(self) -> None:
        self._set_lines(self.title_lines())

    def _set_lines(self, lines: int) -> None:
        if lines == self._lines:
            return
        self._lines = lines
        fm = QFontMetrics(self._font)
        grid = 1 if self.showGrid() else 0
        self.verticalHeader().setDefaultSectionSize(lines * fm.lineSpacing() + self.PAD + grid)

    def sizeHintForColumn(self, column: int) -> int:
        model = self.model()
        texts = getattr(model, "column_texts", None)
        if texts is None:
            return super().sizeHintForColumn(column)
        key = (column, texts(column))
        hint = self._column_hints.get(key)
        if hint is None:
            if len(self._column_hints) > 64:  # times move by the minute: keep a few
                self._column_hints.clear()
            hint = self._column_hints[key] = super().sizeHintForColumn(column)
        return hint


class RunView(QWidget):
    row_activated = Signal(int)  # a schedule row was double-clicked
    rebalance_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("run_view")
        self._info_key = None
        self._shown_key: tuple | None = None  # what show_display last set besides the clock
        self._minute_key: tuple | None = None  # the clock times the lines were last made for
        self._meeting_template = ""  # the meeting line with all but its elapsed time filled in
        self._mode_pages: dict[Mode, QWidget] = {}

        # Left: the agenda as a schedule.
        self.schedule_view = ScheduleTable(objectName="schedule_view")
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
        self.rebalance_button = QPushButton(
            self.tr("Genberegn resten…"), objectName="rebalance_button"
        )
        self.rebalance_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rebalance_button.clicked.connect(self.rebalance_requested)
        self.rebalance_hint = QLabel(objectName="rebalance_hint")
        self.rebalance_hint.setWordWrap(True)
        left = QWidget(objectName="schedule_pane")
        left.setMinimumWidth(SCHEDULE_MIN_WIDTH)
        self.schedule_pane = left
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
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.clock_label = TickLabel(objectName="time_of_day")  # "kl. 14.32", by the minute
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        _scale(self.clock_label, 1.3, bold=True)
        self.next_label = TickLabel(objectName="next_label")  # what comes next, and when
        self.next_label.setWordWrap(True)
        _scale(self.next_label, 1.1)

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
        # Sans digits (DejaVu's and Verdana's are of equal width): a mono font's dotted zero reads as ⊙.
        cf.setFamilies(["DejaVu Sans", "Verdana", "Segoe UI", "Helvetica Neue", "Arial"])
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
        # The mode panels scroll inside the centre: a tall panel (item 5's seven questions and
        # its actions) never sets the window's height, nor a wide one the panes' widths.
        self.mode_scroll = QScrollArea(objectName="mode_scroll")
        self.mode_scroll.setWidgetResizable(True)
        self.mode_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.mode_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mode_scroll.setWidget(self.mode_area)
        self.mode_scroll.hide()
        self.centre_split = QSplitter(Qt.Orientation.Vertical, objectName="centre_split")
        self.centre_split.addWidget(self.mode_scroll)
        self.centre_split.addWidget(self.info_view)
        self.centre_split.setChildrenCollapsible(False)
        self.centre_split.setStretchFactor(0, 3)
        self.centre_split.setStretchFactor(1, 1)
        self.info_view.setMinimumHeight(60)

        centre = QWidget(objectName="clock_pane")
        centre.setMinimumWidth(CENTRE_MIN_WIDTH)
        self.clock_pane = centre
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(8, 0, 8, 0)
        head = QHBoxLayout()
        head.addWidget(self.item_label, 1)
        side = QVBoxLayout()
        side.addWidget(self.clock_label)
        side.addWidget(self.state_label)
        head.addLayout(side)
        cl.addLayout(head)
        cl.addWidget(self.phase_label)
        cl.addWidget(self.countdown_panel)
        cl.addWidget(self.item_countdown_label)
        cl.addWidget(self.next_label)
        cl.addWidget(self.centre_split, 1)

        # Right: notes (filled by the note-taking panel).
        self.notes_area = QWidget(objectName="notes_area")
        self.notes_area.setMinimumWidth(NOTES_MIN_WIDTH)
        nl = QVBoxLayout(self.notes_area)
        nl.setContentsMargins(0, 0, 0, 0)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="run_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.notes_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)  # widening one pane never hides another
        self.splitter.setSizes([480, 640, 0])
        self.layout_mode = FACILITATOR

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        # On the panes' bare window colour, the ticking lines paint it themselves (opaque): a
        # tick repaints them, not the window and the panes behind them.
        for label in (
            self.meeting_line,
            self.item_countdown_label,
            self.clock_label,
            self.next_label,
        ):
            label.set_on_window()
        self._level = None
        self._apply_level(NORMAL)

    # --- places for other widgets ------------------------------------------------
    def register_mode_widget(self, mode: Mode, widget: QWidget) -> None:
        self._mode_pages[mode] = widget
        self._shown_key = None  # the info pane's questions depend on the pages there are
        if self.mode_area.indexOf(widget) < 0:  # one page may serve several modes
            self.mode_area.addWidget(widget)

    def show_mode(self, mode: Mode | None) -> None:
        page = self._mode_pages.get(mode) if mode is not None else None
        self.mode_area.setCurrentWidget(page or self._empty_mode)
        self.mode_area.setVisible(page is not None)
        self.mode_scroll.setVisible(page is not None)

    def set_notes_widget(self, widget: QWidget) -> None:
        self.notes_area.layout().addWidget(widget)
        self.set_layout_mode(self.layout_mode, force=True)

    def set_layout_mode(self, mode: str, force: bool = False) -> None:
        """The facilitator's layout (schedule, clock, notes: the clock widest) or the referent's
        (notes first and widest, a smaller clock). The panes keep their widths between phases."""
        mode = mode if mode in LAYOUT_SHARES else FACILITATOR
        if mode == self.layout_mode and not force:
            return
        self.layout_mode = mode
        panes = {"schedule": self.schedule_pane, "clock": self.clock_pane, "notes": self.notes_area}
        order = LAYOUT_ORDER[mode]
        for index, name in enumerate(order):
            self.splitter.insertWidget(index, panes[name])
        total = max(sum(self.splitter.sizes()), self.splitter.width(), 1200)
        self.splitter.setSizes([int(total * LAYOUT_SHARES[mode][name]) for name in order])
        cf = self.countdown_label.font()
        cf.setPixelSize(COUNTDOWN_PX[mode])
        self.countdown_label.setFont(cf)

    # --- showing a display --------------------------------------------------------
    def show_display(self, d: RunDisplay) -> None:
        """A tick sets the clock display's texts (TickLabels: repainted where they changed,
        nothing laid out); the rest is set only when it changed."""
        key = (
            d.item_label,
            d.phase_label,
            d.item_title,
            d.state_text,
            d.badge,
            d.countdown_caption,
            d.level,
            d.started,
            bool(d.next_title),
            d.mode,
            d.item_id,
            d.phase_id,
            d.goal,
            d.process,
            tuple(d.questions),
        )
        new_step = key != self._shown_key
        if new_step:  # the language or the step changed: the lines are made again
            self._minute_key = None
        self.countdown_label.setText(d.countdown)
        # Paused, the digits are dimmed (besides "❚❚ På pause"): a glance tells them apart.
        self.countdown_label.set_dimmed(d.paused)
        self.progress.setValue(int(round(d.progress * 1000)))
        self.item_countdown_label.setText(d.item_countdown)
        # The clock time and what comes next move by the minute: formatted when they do.
        minute = (
            d.time_of_day,
            d.next_title,
            d.next_at,
            d.started,
            d.behind_text,
            d.projected_end,
            d.planned_end,
        )
        if minute != self._minute_key:
            self._minute_key = minute
            self.clock_label.setText(
                self.tr("kl. %1").replace("%1", d.time_of_day) if d.time_of_day else ""
            )
            if d.next_title:
                self.next_label.setText(
                    self.tr("Derefter: %1 · ca. kl. %2")
                    .replace("%1", d.next_title)
                    .replace("%2", d.next_at)
                )
            if d.started:
                self.behind_label.setText(d.behind_text)  # by the minute at most
                self._meeting_template = (
                    self.tr("Mødetid %1 · Forventet slut %2 (planlagt %3)")
                    .replace("%2", d.projected_end)
                    .replace("%3", d.planned_end)
                )
            else:
                self._meeting_template = self.tr("Planlagt slut %1").replace("%1", d.planned_end)
        self.meeting_line.setText(
            self._meeting_template.replace("%1", d.meeting_elapsed)
            if d.started
            else self._meeting_template
        )
        if not new_step:
            return
        self._shown_key = key
        self.item_label.setText(d.item_label)
        self.phase_label.setText(d.phase_label if d.phase_label != d.item_title else "")
        self.phase_label.setVisible(bool(self.phase_label.text()))
        self.state_label.setText(d.state_text)
        self.badge_label.setText(d.badge)
        self.badge_label.setVisible(bool(d.badge))
        self.caption_label.setText(d.countdown_caption)
        if not d.next_title:
            self.next_label.setText("")
        self.next_label.setVisible(bool(d.next_title))
        if not d.started:
            self.behind_label.setText("")
        self._apply_level(d.level)
        # Item 5's and 6's panels show the questions themselves: not twice.
        own = d.mode in (Mode.DECISION, Mode.EVALUATION) and d.mode in self._mode_pages
        key = (d.item_id, d.phase_id, d.goal, d.process, tuple(d.questions), own)
        if key != self._info_key:
            self._info_key = key
            self.info_view.setHtml(_info_html(self, d, questions=not own))

    def _apply_level(self, level: str) -> None:
        if level == self._level:
            return
        self._level = level
        c = theme.RUN_VIEW[level]
        self.countdown_panel.setProperty("level", level)
        self.countdown_panel.setStyleSheet(
            theme.panel_style("QFrame#countdown_panel", c, 0 if level == NORMAL else 4)
        )
        self.progress.set_colours(c)
        self.countdown_label.set_background(QColor(c.background))  # the panel's colour


def _scale(label: QLabel, factor: float, bold: bool = False) -> None:
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * factor)
    f.setBold(bold)
    label.setFont(f)


def _info_html(view: QWidget, d: RunDisplay, questions: bool = True) -> str:
    parts = []
    if d.goal:
        head = _escape(QCoreApplication.translate("RunView", "Mål"))
        parts.append(f"<h3>{head}</h3><p>{_lines(d.goal)}</p>")
    if d.process:
        head = _escape(QCoreApplication.translate("RunView", "Proces"))
        parts.append(f"<h3>{head}</h3><p>{_lines(d.process)}</p>")
    if d.questions and questions:
        items = "".join(f"<li>{_escape(q)}</li>" for q in d.questions)
        head = _escape(QCoreApplication.translate("RunView", "Spørgsmål"))
        parts.append(f"<h3>{head}</h3><ul>{items}</ul>")
    return "".join(parts)


_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def _escape(text: str) -> str:
    """`html.escape(text)`, without importing `html` (~2 ms at start-up, for this alone)."""
    return text.translate(_ESCAPES)


def _lines(text: str) -> str:
    return "<br>".join(_escape(line) for line in text.splitlines())

"""The run view's first frame on reopening a running meeting: the note list measures no more
notes than it shows (5,000 notes or 300), and still opens on the newest one; the schedule's
rows are made from the font, tall enough for every title (the longest wraps), without asking
every cell of the table for its size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from sus_desktop.core.factory import new_meeting
from sus_desktop.core.run import Runner
from sus_desktop.ui.run.note_list_model import WrappingDelegate
from sus_desktop.ui.run.schedule_model import ScheduleModel

SCREENS = {"1280x800": (1280 - 10, 800 - 62), "1366x768": (1366 - 10, 768 - 62)}


class FirstPaint(QObject):
    def __init__(self, widget) -> None:
        super().__init__()
        self.seen = False
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


@pytest.fixture
def reopen(qtbot, store, clock, screens, dialogs, monkeypatch):
    """Build the window, open a running meeting of `n` notes in it, then show it (as a
    restart does): returns the controller and how often each counted method was called
    before the list's first paint."""
    from sus_desktop.ui.app import build_main_window

    calls = {"sizeHint": 0, "data": 0}
    painted: list[FirstPaint] = []

    def counting(cls, name, key):
        original = getattr(cls, name)

        def counted(self, *args):
            if not (painted and painted[0].seen):
                calls[key] += 1
            return original(self, *args)

        monkeypatch.setattr(cls, name, counted)

    counting(WrappingDelegate, "sizeHint", "sizeHint")
    counting(ScheduleModel, "data", "data")
    built = []

    def run(n: int, size=SCREENS["1280x800"]):
        m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
        people = [m.add_participant(f"Deltager {k + 1}", "Lærer") for k in range(12)]
        clock.set(Runner(m, clock).planned_start())
        Runner(m, clock).start()
        for k in range(n):
            m.add_note(
                f"Note {k}: " + "noget der blev sagt om læsning " * 4,
                item=m.agenda[k % 5].id,
                participant=people[k % 12].id,
                created_at=clock.now(),
            )
        store.save_meeting(m)
        ctl = build_main_window(store, clock, screens, dialogs=dialogs)
        built.append(ctl)
        qtbot.addWidget(ctl.window)
        ctl.window.resize(*size)
        opened = ctl.open_meeting(store.load_meeting(m.id))
        notes = opened.panels.notes
        painted.append(FirstPaint(notes.list.viewport()))
        calls.update(sizeHint=0, data=0)
        ctl.window.show()
        qtbot.waitUntil(lambda: painted[0].seen)
        return ctl, dict(calls)

    yield run
    for ctl in built:
        ctl.shutdown()


@pytest.mark.parametrize("n", [300, 5000])
def test_the_note_list_measures_a_screenful_and_opens_on_the_newest_note(reopen, n):
    ctl, calls = reopen(n)
    lst = ctl.current.panels.notes.list
    model = lst.model()
    assert model.rowCount() == n // 5  # "Dette punkt": the running item's notes
    one_line = QFontMetrics(lst.font()).lineSpacing()
    screenful = lst.viewport().height() // one_line + 1
    # every row is two lines or more: a screenful is at most this many rows, measured at most
    # twice (the list is laid out at two widths while the window settles)
    assert 0 < calls["sizeHint"] <= 2 * screenful, calls
    last = model.index(model.rowCount() - 1, 0)
    rect = lst.visualRect(last)
    assert rect.isValid() and rect.bottom() <= lst.viewport().height()
    assert model.data(last).endswith(
        f"Note {n - 5}: " + ("noget der blev sagt om læsning " * 4).strip()
    )
    assert rect.height() >= 2 * one_line  # the note is shown whole, not cut to one line


def _title_fits(table, row: int) -> bool:
    """The title's lines, wrapped at the column's width, fit in its row."""
    model = table.model()
    text = model.data(model.index(row, 1))
    font = model.data(model.index(row, 1), Qt.ItemDataRole.FontRole) or QFont(table.font())
    fm = QFontMetrics(font)
    width = table.columnWidth(1) - 6  # the delegate's text margins
    needed = fm.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap.value, text)
    # (how wide the column is, is not the rows' business: a word wider than it is elided)
    return needed.height() <= table.rowHeight(row) - 1


@pytest.mark.parametrize("screen", list(SCREENS))
def test_schedule_rows_show_every_title_whole(reopen, screen):
    ctl, calls = reopen(300, SCREENS[screen])
    table = ctl.current.run_view.schedule_view
    rows = table.model().rowCount()
    assert rows == 7
    assert table.model().data(table.model().index(0, 1)) == "1. Velkomst og præsentationsrunde"
    assert all(_title_fits(table, r) for r in range(rows))
    # the longest title wraps at a laptop's width: the rows are two lines high, all alike
    line = QFontMetrics(table.font()).lineSpacing()
    heights = {table.rowHeight(r) for r in range(rows)}
    assert len(heights) == 1 and 2 * line <= heights.pop() < 3 * line
    # a whole table's worth of cells (7 rows × 5 columns), not every role of every cell at
    # each layout pass (2,100 calls of `data` before this)
    assert calls["data"] <= 400, calls


def test_schedule_rows_grow_and_shrink_with_the_title_column(reopen):
    ctl, _ = reopen(30)
    v = ctl.current.run_view
    table = v.schedule_view
    sizes = v.splitter.sizes()
    total = sum(sizes)
    v.splitter.setSizes([300, total - 600, 300])  # the narrowest schedule pane
    QApplication.processEvents()
    narrow = table.rowHeight(0)
    assert all(_title_fits(table, r) for r in range(7))
    v.splitter.setSizes([total - 700, 400, 300])  # a wide one: every title on one line
    QApplication.processEvents()
    assert all(_title_fits(table, r) for r in range(7))
    assert table.rowHeight(0) < narrow
    assert table.rowHeight(0) < 2 * QFontMetrics(table.font()).lineSpacing()

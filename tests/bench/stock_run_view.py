"""A second floor for reopening a running meeting: the run view's screen built from stock Qt
widgets with fixed texts, and nothing of the app (no store, no meeting, no translations, no
controllers). Run as a script, `python stock_run_view.py N_NOTES`; it reports its first paint
through the app's probe, loaded from its file, exactly as the bare window does.

What a reopen costs above this floor is the app's own work; what this floor costs above a bare
window is what PySide6 charges for the widgets such a screen needs (their classes, the `Qt`
namespace's enums, layout and the first paint).
"""

import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

PROBE = Path(__file__).resolve().parents[2] / "sus_desktop" / "ui" / "common" / "startup_probe.py"
DISPLAY = Qt.ItemDataRole.DisplayRole
ITEMS = [
    ("1. Velkomst og præsentationsrunde", "13.00–13.05"),
    ("2. Rammesætning af mødet", "13.05–13.10"),
    ("3. Præsentation af data", "13.10–13.35"),
    ("4. Refleksion over data", "13.35–14.20"),
    ("5. Beslutning", "14.20–14.50"),
    ("6. Samtale om samtalen", "14.50–14.59"),
    ("7. Tak for i dag", "14.59–15.00"),
]


class Schedule(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(ITEMS)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 4

    def data(self, index, role=DISPLAY):
        if role == DISPLAY:
            title, span = ITEMS[index.row()]
            return (title, span, span, "")[index.column()]
        return None


class Notes(QAbstractListModel):
    def __init__(self, n: int, parent=None) -> None:
        super().__init__(parent)
        self.n = n

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self.n

    def data(self, index, role=DISPLAY):
        if role == DISPLAY:
            k = index.row()
            return f"13.{k % 60:02} · P1 · Deltager {k % 12}\nNote {k}: " + "tekst " * 30
        return None


def buttons(names, columns: int) -> QWidget:
    box = QWidget()
    grid = QGridLayout(box)
    for k, name in enumerate(names):
        grid.addWidget(QPushButton(name), k // columns, k % columns)
    return box


def main(n_notes: int) -> None:
    spec = importlib.util.spec_from_file_location("probe", str(PROBE))
    probe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probe)
    app = QApplication([])
    w = QMainWindow()
    w.resize(1280, 800)
    for menu in ("Filer", "Afvikling", "Vis"):
        w.menuBar().addMenu(menu)
    bar = QToolBar()
    w.addToolBar(bar)
    for name in ("Pause", "Forrige fase", "Næste fase", "Næste punkt", "−1 minut", "+1 minut"):
        bar.addAction(name)
    w.statusBar().showMessage("Alt er gemt automatisk.")
    w.statusBar().addPermanentWidget(QLabel("Tasterne styrer uret"))
    tabs = QTabWidget()
    w.setCentralWidget(tabs)
    tabs.addTab(QWidget(), "Forberedelse")
    run = QSplitter()
    tabs.addTab(run, "Afvikling")
    tabs.addTab(QWidget(), "Referat")
    tabs.setCurrentWidget(run)

    left = QWidget()
    lay = QVBoxLayout(left)
    table = QTableView()
    table.setModel(Schedule(table))
    lay.addWidget(table)
    lay.addWidget(QLabel("3 min bagud"))
    lay.addWidget(QLabel("Mødetid 8:18 · Forventet slut 15.03 (planlagt 15.00)"))
    lay.addWidget(QPushButton("Genberegn resten …"))
    run.addWidget(left)

    centre = QWidget()
    lay = QVBoxLayout(centre)
    lay.addWidget(QLabel("Punkt 1 · Velkomst og præsentationsrunde"))
    clock = QFrame()
    clock.setAutoFillBackground(True)
    inner = QVBoxLayout(clock)
    big = QLabel("+3:18")
    font = big.font()
    font.setPixelSize(96)
    font.setBold(True)
    big.setFont(font)
    big.setAlignment(Qt.AlignmentFlag.AlignCenter)
    for widget in (QLabel("Over tid"), big, QLabel("ud over 5 min"), QProgressBar()):
        inner.addWidget(widget)
    lay.addWidget(clock)
    lay.addWidget(QLabel("Punkt 1: +3:18 over tid"))
    lay.addWidget(QLabel("Derefter: Punkt 2 · Rammesætning af mødet · ca. kl. 13.05"))
    talk = QWidget()
    rows = QGridLayout(talk)
    for k in range(12):
        rows.addWidget(QPushButton(f"{k + 1}  Deltager {k}"), k, 0)
        rows.addWidget(QLabel("0:00"), k, 1)
    scroll = QScrollArea()
    scroll.setWidget(talk)
    lay.addWidget(scroll)
    goal = QTextBrowser()
    goal.setPlainText("Mål\nAt få viden om, hvem der er til stede.")
    lay.addWidget(goal)
    run.addWidget(centre)

    right = QTabWidget()
    notes = QWidget()
    lay = QVBoxLayout(notes)
    lay.addWidget(QLabel("Punkt 1 · Runde · ingen deltager"))
    lay.addWidget(buttons(["Note", "Beslutning", "Handling", "Evaluering"], 4))
    lay.addWidget(buttons([f"{k + 1} Deltager {k}" for k in range(12)], 3))
    lay.addWidget(QPlainTextEdit())
    filters = QHBoxLayout()
    combo = QComboBox()
    combo.addItems(["Dette punkt", "Alle punkter"])
    filters.addWidget(combo)
    filters.addWidget(QLineEdit())
    lay.addLayout(filters)
    listing = QListView()
    listing.setWordWrap(True)
    listing.setUniformItemSizes(True)  # the floor's cheapest list: one row measured
    listing.setModel(Notes(n_notes, listing))
    listing.scrollToBottom()
    lay.addWidget(listing)
    right.addTab(notes, "Noter")
    right.addTab(QWidget(), "Opfølgning på sidste samtale")
    run.addWidget(right)

    probe.FirstPaintProbe(w, app)
    w.show()
    app.exec()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)

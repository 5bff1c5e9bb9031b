"""Every UI string can be translated: pyside6-lupdate finds it under the context the app looks
it up in, the committed .ts is current, English is complete, and the English UI shows it."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "sus_desktop_en.ts"


def messages():
    tree = ET.parse(TS)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, msg.findtext("source") or "", msg.find("translation")


def test_the_ts_file_is_current_with_the_code():
    res = subprocess.run(
        [sys.executable, "-m", "tests.tools.update_translations", "--check"],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stdout + res.stderr


def test_no_string_sits_under_an_empty_context():
    assert [s for ctx, s, _ in messages() if not ctx] == []
    assert len(list(messages())) > 250


def test_english_is_complete():
    missing = [
        f"{ctx}: {src}"
        for ctx, src, tr in messages()
        if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip()
    ]
    assert missing == []


def test_placeholders_survive_translation():
    import re

    for ctx, src, tr in messages():
        wanted = sorted(re.findall(r"%\d|%n", src))
        assert sorted(re.findall(r"%\d|%n", tr.text or "")) == wanted, (ctx, src, tr.text)


SYMBOLS = "▶⚠✓→❚⏸▲▼−…+"


def test_symbols_and_keys_survive_translation():
    import re

    for ctx, src, tr in messages():
        text = tr.text or ""
        for sym in SYMBOLS:
            assert src.count(sym) == text.count(sym), (ctx, src, text, sym)
        for key in re.findall(r"(?:Ctrl|Alt|Shift)\+\w+|\bEnter\b|\(\w\)", src):
            assert key in text, (ctx, src, text, key)


def test_accelerators_are_kept_and_unique_per_menu_bar():
    import re

    bar = []
    for ctx, src, tr in messages():
        marks = re.findall(r"&(\w)", tr.text or "")
        assert len(marks) == len(re.findall(r"&(\w)", src)), (ctx, src, tr.text)
        if ctx == "MainWindow" and marks:
            bar += [m.lower() for m in marks]
    assert len(bar) >= 3 and len(bar) == len(set(bar)), bar


def test_the_qm_is_built_from_the_ts(tmp_path):
    from tests.tools.update_translations import lrelease

    out = tmp_path / "x.qm"
    lrelease(TS, out)
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes()


@pytest.mark.parametrize(
    "choice, system, expected",
    [
        (None, "en_GB", "da"),
        ("da", "en_GB", "da"),
        ("en", "da_DK", "en"),
        ("system", "en_US", "en"),
        ("system", "da_DK", "da"),
        ("system", "de_DE", "en"),
    ],
)
def test_the_language_follows_the_setting_then_the_system(choice, system, expected):
    from PySide6.QtCore import QLocale

    from sus_desktop.ui.common.language import resolve

    assert resolve(choice, QLocale(system)) == expected


def test_the_english_window_speaks_english(qapp, tmp_path):
    from PySide6.QtCore import QLocale
    from test_ui_support import LAPTOP, FakeDialogs

    from sus_desktop.core.clock import FakeClock
    from sus_desktop.storage.store import Store
    from sus_desktop.ui.app import build_main_window
    from sus_desktop.ui.common import language
    from sus_desktop.ui.projector.screens import FakeScreenProvider

    translators = language.install(qapp, language.ENGLISH)
    try:
        store = Store(tmp_path / "s.sqlite3")
        ctl = build_main_window(store, FakeClock(), FakeScreenProvider([LAPTOP]), FakeDialogs())
        meeting = ctl.new_meeting("")
        # the standard agenda's titles are the meeting's content, in Danish by design
        content = {
            t for item in meeting.agenda for t in (item.title, *(ph.title for ph in item.phases))
        }
        titles = [a.text() for a in ctl.window.menuBar().actions()]
        assert titles[:3] == ["&File", "&Run", "&View"]
        tabs = ctl.window.tabs
        assert [tabs.tabText(i) for i in range(tabs.count())] == ["Preparation", "Run", "Minutes"]
        danish = {src for _, src, tr in messages() if (tr.text or "") != src}
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qapp.processEvents()
            left = sorted(t for t in shown_texts(ctl.window) - content if t in danish)
            assert left == [], f"Danish on tab {i}: {left}"
        ctl.shutdown()
        ctl.window.close()
        store.close()
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))


def shown_texts(root) -> set[str]:
    """The texts of a window's widgets, actions, headers and choices, as a user meets them."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTabWidget,
        QWidget,
    )

    out: set[str] = set()
    for w in [root, *root.findChildren(QWidget)]:
        out.add(w.toolTip())
        out.add(w.windowTitle())
        if isinstance(w, (QLabel, QAbstractButton)):
            out.add(w.text())
        if isinstance(w, QGroupBox):
            out.add(w.title())
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            out.add(w.placeholderText())
        if isinstance(w, QComboBox):
            out.update(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QTabWidget):
            out.update(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            try:
                columns = m.columnCount(QModelIndex())
            except TypeError:  # list models hide columnCount(); they have one column
                columns = 1
            out.update(
                str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)
            )
    for a in root.findChildren(QAction):
        out.update((a.text(), a.toolTip()))
    return {t for t in out if t}

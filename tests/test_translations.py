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
    res = subprocess.run([sys.executable, "-m", "tests.tools.update_translations", "--check"],
                         cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_no_string_sits_under_an_empty_context():
    assert [s for ctx, s, _ in messages() if not ctx] == []
    assert len(list(messages())) > 250


def test_english_is_complete():
    missing = [f"{ctx}: {src}" for ctx, src, tr in messages()
               if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip()]
    assert missing == []


def test_placeholders_survive_translation():
    import re

    for ctx, src, tr in messages():
        wanted = sorted(re.findall(r"%\d|%n", src))
        assert sorted(re.findall(r"%\d|%n", tr.text or "")) == wanted, (ctx, src, tr.text)


def test_the_qm_is_built_from_the_ts(tmp_path):
    from tests.tools.update_translations import lrelease

    out = tmp_path / "x.qm"
    lrelease(TS, out)
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes()


@pytest.mark.parametrize("choice, system, expected", [
    (None, "en_GB", "da"), ("da", "en_GB", "da"), ("en", "da_DK", "en"),
    ("system", "en_US", "en"), ("system", "da_DK", "da"), ("system", "de_DE", "en")])
def test_the_language_follows_the_setting_then_the_system(choice, system, expected):
    from PySide6.QtCore import QLocale

    from sus_desktop.ui.common.language import resolve

    assert resolve(choice, QLocale(system)) == expected


def test_the_english_window_speaks_english(qapp, tmp_path):
    from PySide6.QtCore import QLocale

    from sus_desktop.core.clock import FakeClock
    from sus_desktop.storage.store import Store
    from sus_desktop.ui.app import build_main_window
    from sus_desktop.ui.common import language
    from sus_desktop.ui.projector.screens import FakeScreenProvider
    from test_ui_support import LAPTOP, FakeDialogs

    translators = language.install(qapp, language.ENGLISH)
    try:
        store = Store(tmp_path / "s.sqlite3")
        ctl = build_main_window(store, FakeClock(), FakeScreenProvider([LAPTOP]), FakeDialogs())
        ctl.new_meeting("")
        titles = [ctl.window.menuBar().actions()[i].text() for i in range(3)]
        assert "&File" in titles[0] or "File" in titles[0]
        assert ctl.window.tabs.tabText(0) != "Forberedelse"
        ctl.shutdown()
        ctl.window.close()
        store.close()
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))

"""Before PySide6 is imported, the launcher imports the Qt-free modules the start will use:
the store always, and the core (meeting, store rows, commands) only when a meeting will be
reopened; looking whether one will writes nothing to the store."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

from sus_desktop.core.factory import new_meeting
from sus_desktop.storage.store import Store
from sus_desktop.ui.common.settings import LAST_MEETING

PROBE = (
    "import sys, sus_desktop.cli as cli; cli._preload_qt_free_modules(); "
    "print(sorted(m for m in ('PySide6', 'sus_desktop.storage.store', "
    "'sus_desktop.storage.meeting_rows', 'sus_desktop.core.commands', "
    "'sus_desktop.core.session') if m in sys.modules))"
)


def preloaded(folder) -> list[str]:
    env = {**os.environ, "SUS_DESKTOP_DATA_DIR": str(folder)}
    res = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout.replace("'", '"'))


def test_the_core_is_preloaded_only_when_a_meeting_will_reopen(tmp_path):
    folder = tmp_path / "data"
    assert preloaded(folder) == ["sus_desktop.storage.store"]  # no store yet
    assert not folder.exists()  # and none made by looking
    store = Store(folder / "sus-desktop.sqlite3")
    m = new_meeting("Sødalskolen", "2025-03-13")
    store.save_meeting(m)
    store.set_setting(LAST_MEETING, "")  # the start screen was last shown
    store.close()
    assert preloaded(folder) == ["sus_desktop.storage.store"]
    store = Store(folder / "sus-desktop.sqlite3")
    store.set_setting(LAST_MEETING, m.id)
    store.close()
    files = sorted(p.name for p in folder.iterdir())
    before = hashlib.sha256((folder / "sus-desktop.sqlite3").read_bytes()).hexdigest()
    assert preloaded(folder) == [
        "sus_desktop.core.commands",
        "sus_desktop.core.session",
        "sus_desktop.storage.meeting_rows",
        "sus_desktop.storage.store",
    ]
    assert sorted(p.name for p in folder.iterdir()) == files
    assert hashlib.sha256((folder / "sus-desktop.sqlite3").read_bytes()).hexdigest() == before


def test_a_store_that_cannot_be_read_means_no_preload_and_no_error(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "sus-desktop.sqlite3").write_bytes(b"not a database" * 100)
    assert preloaded(folder) == ["sus_desktop.storage.store"]

"""The Qt-free core stays Qt-free: a lint contract in the spirit of napari's import-linter."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "sus_desktop"
QT_FREE = ["core", "storage", "export"]


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


@pytest.mark.parametrize("package", QT_FREE)
def test_no_qt_imports(package):
    offenders = [f"{p.relative_to(PKG)}: {m}" for p in (PKG / package).rglob("*.py")
                 for m in imported_modules(p)
                 if m.split(".")[0] in ("PySide6", "shiboken6") or m.startswith("sus_desktop.ui")]
    assert offenders == []


def test_core_storage_export_import_with_qt_blocked():
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "import sus_desktop.core.run, sus_desktop.core.serialize, sus_desktop.storage.store\n"
            "import sus_desktop.storage.meetingfile, sus_desktop.export.minutes_docx\n"
            "from sus_desktop.core.factory import new_meeting; print(len(new_meeting().agenda))")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=PKG.parent)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "7"


def test_store_lists_meetings_without_loading_the_core(tmp_path):
    """The start screen opens the store, lists meetings and reads settings; the core (and
    its dataclasses) loads only with the first meeting. Keeps start-up short."""
    code = ("import sys\n"
            "from sus_desktop.storage.store import Store\n"
            f"s = Store({str(tmp_path / 's.sqlite3')!r})\n"
            "s.list_meetings(); s.list_templates(); s.get_setting('last_meeting')\n"
            "print(sorted(m for m in sys.modules if m.startswith('sus_desktop.core')))\n"
            "from sus_desktop.core.factory import new_meeting\n"
            "m = new_meeting('Skolen'); s.save_meeting(m)\n"
            "print(s.load_meeting(m.id).info.school)\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=PKG.parent)
    assert res.returncode == 0, res.stderr
    loaded, school = res.stdout.splitlines()
    assert loaded == "[]"
    assert school == "Skolen"

"""The Qt-free core stays Qt-free: a lint contract in the spirit of napari's import-linter."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "sus_desktop"
QT_FREE = ["core", "storage", "export"]
# The one exception: the PDF minutes are drawn with Qt's own PDF writer (QPdfWriter and
# QTextDocument in QtGui), so that no office suite is needed. Only the PDF path imports this
# module (export/cli.py and the UI, lazily); the rest of the export stays Qt-free and is
# checked below, including that cli.py never imports PySide6 itself.
QT_EXEMPT = {Path("export/minutes_pdf.py")}


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


@pytest.mark.parametrize("package", QT_FREE)
def test_no_qt_imports(package):
    offenders = [
        f"{p.relative_to(PKG)}: {m}"
        for p in (PKG / package).rglob("*.py")
        if p.relative_to(PKG) not in QT_EXEMPT
        for m in imported_modules(p)
        if m.split(".")[0] in ("PySide6", "shiboken6") or m.startswith("sus_desktop.ui")
    ]
    assert offenders == []


def test_core_storage_export_import_with_qt_blocked():
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import sus_desktop.core.run, sus_desktop.core.serialize, sus_desktop.storage.store\n"
        "import sus_desktop.storage.meetingfile, sus_desktop.export.minutes_docx\n"
        "from sus_desktop.core.factory import new_meeting; print(len(new_meeting().agenda))"
    )
    res = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=PKG.parent
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "7"


def test_store_lists_meetings_without_loading_the_core(tmp_path):
    """The start screen opens the store, lists meetings and reads settings; the core (and
    its dataclasses) loads only with the first meeting. Keeps start-up short."""
    code = (
        "import sys\n"
        "from sus_desktop.storage.store import Store\n"
        f"s = Store({str(tmp_path / 's.sqlite3')!r})\n"
        "s.list_meetings(); s.list_templates(); s.get_setting('last_meeting')\n"
        "print(sorted(m for m in sys.modules if m.startswith('sus_desktop.core')))\n"
        "from sus_desktop.core.factory import new_meeting\n"
        "m = new_meeting('Skolen'); s.save_meeting(m)\n"
        "print(s.load_meeting(m.id).info.school)\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=PKG.parent
    )
    assert res.returncode == 0, res.stderr
    loaded, school = res.stdout.splitlines()
    assert loaded == "[]"
    assert school == "Skolen"


# --- the command layer: the UI sends commands, the core changes the meeting -------------------

# The meeting's mutators and the mode objects' actions: only commands (core/commands.py) call them.
MUTATORS = {
    "update_info",
    "add_participant",
    "update_participant",
    "remove_participant",
    "move_participant",
    "set_agenda",
    "agenda_changed",
    "add_note",
    "update_note",
    "remove_note",
    "restore_note",
    "add_action",
    "update_action",
    "remove_action",
    "append_log",
    "set_extra",
    "set_spiral",
    "set_talk",
    "put_follow_up",
    "remove_follow_up",
    "set_minutes_section",
    "announce",
}
SPIRAL_ACTIONS = {
    "start_turn",
    "next_turn",
    "pass_turn",
    "new_round",
    "skip",
    "set_order",
    "shuffle",
    "set_options",
    "add_late",
    "move",
}
ACTIONS_ON = {  # receiver name (its last part) -> methods that change the meeting
    "runner": {
        "start",
        "pause",
        "toggle",
        "next",
        "previous",
        "next_item",
        "jump",
        "finish",
        "add_minutes",
    },
    "spiral": SPIRAL_ACTIONS,
    "sp": SPIRAL_ACTIONS,
    "talk": {"speaking"},
    "followup": {"import_from", "set_status", "set_note", "add", "remove"},
    "capture": {"submit"},
    "store": {"save_meeting", "attach", "delete_meeting"},
}
LISTS = {"agenda", "participants", "notes", "all_notes", "actions", "log", "phases", "follow_up"}
# The controller that opens, imports and deletes meetings owns the store; screens never write it.
STORE_OWNERS = {"app_controller.py", "session.py"}


def _receiver(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def ui_offences() -> list[str]:
    out = []
    for path in sorted((PKG / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(PKG)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                name, recv = node.func.attr, _receiver(node.func.value)
                if name in MUTATORS:
                    out.append(f"{where}:{node.lineno}: .{name}()")
                elif (
                    name in ACTIONS_ON.get(recv, ())
                    and not (recv == "store" and path.name in STORE_OWNERS)
                    or (
                        recv in LISTS
                        and "meeting" in ast.unparse(node.func.value)
                        and name
                        in (
                            "append",
                            "insert",
                            "remove",
                            "pop",
                            "clear",
                            "extend",
                            "sort",
                            "reverse",
                        )
                    )
                ):
                    out.append(f"{where}:{node.lineno}: {recv}.{name}()")
            elif isinstance(node, (ast.Assign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t in targets:
                    if (
                        isinstance(t, ast.Attribute)
                        and "meeting" in ast.unparse(t.value)
                        and _receiver(t.value) in {"info", "meeting", "agenda_info"} | LISTS
                    ):
                        out.append(f"{where}:{node.lineno}: {_receiver(t.value)}.{t.attr} = …")
    return out


def test_the_ui_changes_the_meeting_only_through_commands():
    assert ui_offences() == []


def test_the_command_check_catches_a_widget_that_mutates(tmp_path, monkeypatch):
    """The check above can fail: a widget calling a mutator is reported."""
    fake = tmp_path / "sus_desktop"
    (fake / "ui").mkdir(parents=True)
    (fake / "ui" / "bad.py").write_text(
        "def f(self):\n    self.session.meeting.add_note('x')\n    self.session.runner.next()\n"
        "    self.meeting.info.school = 'x'\n    self.meeting.agenda.append(1)\n"
        "    actions = []\n    actions.append(1)\n"
    )  # a list of its own is no offence
    monkeypatch.setattr(sys.modules[__name__], "PKG", fake)
    assert len(ui_offences()) == 4


def test_every_command_is_a_dataclass_with_id_author_and_time():
    from dataclasses import fields, is_dataclass

    from sus_desktop.core import commands

    found = [
        c
        for c in vars(commands).values()
        if isinstance(c, type) and issubclass(c, commands.Command) and c is not commands.Command
    ]
    assert len(found) > 40
    for cls in found:
        assert is_dataclass(cls)
        names = {f.name for f in fields(cls)}
        assert {"id", "author", "at"} <= names, cls


# --- one declaration per mode ---------------------------------------------------------------


def test_the_schema_knows_exactly_the_declared_modes():
    import json

    from sus_desktop.core.modes import MODES, Mode

    schema = json.loads(
        (PKG.parent / "resources" / "schema" / "sus-meeting.schema.json").read_text(
            encoding="utf-8"
        )
    )
    assert schema["$defs"]["phase"]["properties"]["mode"]["enum"] == [m.value for m in Mode]
    assert set(MODES) == set(Mode)


def test_every_mode_has_a_label_a_panel_a_projection_and_a_credit():
    from sus_desktop.core.modes import MODES, Credit, Panel, Projection

    for mode, spec in MODES.items():
        assert spec.mode == mode and spec.label
        assert isinstance(spec.panel, Panel) and isinstance(spec.projection, Projection)
        assert isinstance(spec.credit, Credit)


def test_the_schema_uses_only_keywords_the_built_in_validator_checks():
    """A keyword the app's own validator ignores would let through what the schema refuses."""
    import json

    checked = {
        "$ref",
        "type",
        "const",
        "enum",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "required",
        "properties",
        "items",
        "anyOf",
    }
    annotations = {"$schema", "$id", "title", "description", "examples", "$defs"}
    schema = json.loads(
        (PKG.parent / "resources" / "schema" / "sus-meeting.schema.json").read_text(
            encoding="utf-8"
        )
    )
    used: set[str] = set()

    def walk(node, in_properties=False):
        if isinstance(node, dict):
            for k, v in node.items():
                if not in_properties:
                    used.add(k)
                walk(v, in_properties=(k in ("properties", "$defs") and not in_properties))
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(schema)
    assert used - checked - annotations == set()

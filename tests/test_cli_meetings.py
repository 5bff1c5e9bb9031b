"""`sus-desktop meetings` and `export-meeting`: the stored meetings for IT and backups,
read without ever writing to the store."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest

from sus_desktop import paths
from sus_desktop.cli import main
from sus_desktop.core.factory import new_meeting
from sus_desktop.storage.meetingfile import import_meeting
from sus_desktop.storage.store import Store


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "sus_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
    )


@pytest.fixture
def stored():
    """Two meetings in the store: Vestre Skole with 3 notes (one deleted), Østre with none."""
    store = Store()
    vestre = new_meeting("Vestre Skole", "2025-03-13")
    for text in ("Første", "Anden", "Tredje"):
        vestre.add_note(text)
    vestre.remove_note(vestre.live_notes()[1].id)
    ostre = new_meeting("Østre Skole", "2025-04-01")
    store.save_meeting(vestre)
    store.save_meeting(ostre)
    store.close()
    return vestre, ostre


def fingerprint(folder):
    """Every file in the data folder with its bytes: what 'never writes' must leave alone."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_meetings_prints_one_tab_separated_line_per_meeting(stored, capsys):
    vestre, ostre = stored
    assert main(["meetings"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{ostre.id}\tØstre Skole\t2025-04-01\tny\t0",
        f"{vestre.id}\tVestre Skole\t2025-03-13\tny\t2",
    ]


def test_a_tab_or_line_break_in_a_name_cannot_split_the_columns(capsys):
    store = Store()
    m = new_meeting("x", "2025-03-13")
    store.save_meeting(m)
    store._conn.execute("UPDATE meetings SET school=? WHERE id=?", ("A\tB\nC", m.id))
    store.close()
    assert main(["meetings"]) == 0
    assert capsys.readouterr().out == f"{m.id}\tA B C\t2025-03-13\tny\t0\n"


def test_no_data_folder_lists_nothing_and_creates_nothing(tmp_path, monkeypatch):
    folder = tmp_path / "never-started"
    monkeypatch.setenv("SUS_DESKTOP_DATA_DIR", str(folder))
    res = run("meetings", env=dict(os.environ))
    assert res.returncode == 0 and res.stdout == ""
    assert not folder.exists()


def test_export_meeting_writes_the_stored_meeting_as_a_meeting_file(stored, tmp_path):
    vestre, _ = stored
    out = tmp_path / "backup.sus.json"
    res = run("export-meeting", vestre.id, "-o", str(out), env=dict(os.environ))
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == f"Gemt: {out}"
    copy = import_meeting(out, keep_id=True)
    assert copy.id == vestre.id and copy.info.school == "Vestre Skole"
    assert [n.text for n in copy.live_notes()] == ["Første", "Tredje"]
    assert json.loads(out.read_text("utf-8"))["format"] == "sus-meeting"


def test_export_meeting_into_a_folder_uses_the_suggested_name(stored, tmp_path, capsys):
    _, ostre = stored
    assert main(["export-meeting", ostre.id, "-o", str(tmp_path)]) == 0
    assert (tmp_path / "Østre-Skole-2025-04-01.sus.json").is_file()


def test_unknown_id_is_a_danish_message_and_exit_2(stored, tmp_path):
    out = tmp_path / "x.sus.json"
    res = run("export-meeting", "m-findes-ikke", "-o", str(out), env=dict(os.environ))
    assert res.returncode == 2
    assert "Der findes intet møde med id «m-findes-ikke»" in res.stderr
    assert "sus-desktop meetings" in res.stderr and "Traceback" not in res.stderr
    assert not out.exists()


def test_an_unwritable_target_is_exit_1(stored, tmp_path, capsys):
    vestre, _ = stored
    assert main(["export-meeting", vestre.id, "-o", str(tmp_path / "nej" / "x.sus.json")]) == 1
    assert "mappen" in capsys.readouterr().err


def test_missing_output_is_a_danish_usage_error(stored):
    res = run("export-meeting", "m1", env=dict(os.environ))
    assert res.returncode == 2
    assert "fejl: disse argumenter mangler: -o/--output" in res.stderr
    assert res.stderr.startswith("brug: sus-desktop export-meeting")


def test_reading_writes_nothing_to_the_store(stored, tmp_path, capsys):
    vestre, _ = stored
    folder = paths.data_dir()
    before = fingerprint(folder)
    assert main(["meetings"]) == 0
    assert main(["export-meeting", vestre.id, "-o", str(tmp_path / "a.sus.json")]) == 0
    assert main(["export-meeting", "nope", "-o", str(tmp_path / "b.sus.json")]) == 2
    assert fingerprint(folder) == before


def test_the_store_is_opened_read_only(stored, monkeypatch, capsys):
    import sqlite3

    opened = []
    real = sqlite3.connect
    monkeypatch.setattr(
        sqlite3, "connect", lambda *a, **kw: opened.append((a, kw)) or real(*a, **kw)
    )
    assert main(["meetings"]) == 0
    assert opened and all(a[0].endswith("?mode=ro") and kw.get("uri") for a, kw in opened)


def test_works_while_the_app_holds_the_store_open_mid_write(stored, capsys):
    _, ostre = stored
    app = Store()  # the running app, in the middle of a write transaction
    app._conn.execute("BEGIN IMMEDIATE")
    app._conn.execute("UPDATE meetings SET school='Halvt skrevet' WHERE id=?", (ostre.id,))
    try:
        assert main(["meetings"]) == 0
    finally:
        app._conn.execute("ROLLBACK")
        app.close()
    out = capsys.readouterr().out
    assert "Østre Skole" in out and "Halvt skrevet" not in out


def test_a_meeting_that_cannot_be_read_is_listed_and_reported(stored, capsys, monkeypatch):
    from sus_desktop.storage import meeting_rows

    vestre, ostre = stored
    real = meeting_rows.load

    def load(conn, meeting_id):
        if meeting_id == vestre.id:
            raise ValueError("beskadiget række")
        return real(conn, meeting_id)

    monkeypatch.setattr(meeting_rows, "load", load)
    assert main(["meetings"]) == 2
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"{ostre.id}\tØstre Skole\t2025-04-01\tny\t0",
        f"{vestre.id}\tVestre Skole\t2025-03-13\tny\t?",
    ]
    assert f"Mødet «{vestre.id}» kan ikke læses" in captured.err

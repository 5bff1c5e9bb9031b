"""The command line, as a user types it."""

import subprocess
import sys

from sus_desktop import __version__


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "sus_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_version():
    res = run("--version")
    assert res.returncode == 0 and res.stdout.strip() == f"SUS Desktop {__version__}"


def test_agenda_with_clock_times():
    res = run("agenda", "--start", "13:00")
    assert res.returncode == 0
    lines = res.stdout.splitlines()
    assert "13.00–13.05  1. Velkomst og præsentationsrunde (5 min.) – Skoleleder" in lines
    assert any(l.startswith("13.35–14.20  4. Refleksion over data (45 min.)") for l in lines)
    assert any(l.startswith("14.59–15.00  7. Tak for i dag") for l in lines)
    assert "I alt 120 min." in lines
    assert any("faserne varer 47 min., punktet 45 min." in l for l in lines)


def test_agenda_other_start():
    res = run("agenda", "--start", "8.30")
    assert "08.30–08.35  1. Velkomst" in res.stdout
    assert any(l.startswith("10.29–10.30  7.") for l in res.stdout.splitlines())


def test_agenda_bad_start_is_a_danish_message():
    res = run("agenda", "--start", "kl. to")
    assert res.returncode == 2 and "Ugyldigt starttidspunkt" in res.stderr


def test_help_is_danish():
    res = run("--help")
    assert res.returncode == 0
    assert res.stdout.startswith("brug: sus-desktop")
    assert "vis denne hjælp og afslut" in res.stdout and "vis versionen og afslut" in res.stdout
    for command in ("agenda", "export", "export-agenda", "meetings", "export-meeting"):
        assert command in res.stdout
    assert "usage" not in res.stdout and "show this help" not in res.stdout


def test_argument_errors_are_danish():
    res = run("export")
    assert res.returncode == 2
    assert res.stderr.startswith("brug: sus-desktop export")
    assert (
        "sus-desktop export: fejl: disse argumenter mangler: MØDE.sus.json, -o/--output"
        in res.stderr
    )
    res = run("agenda", "--start")
    assert res.returncode == 2 and "argumentet --start: forventede én værdi" in res.stderr
    res = run("agenda", "--hurtigt")
    assert res.returncode == 2 and "fejl: ukendte argumenter: --hurtigt" in res.stderr
    assert "error" not in res.stderr


def test_a_mistyped_command_names_the_commands_instead_of_opening_a_file():
    res = run("meeting")
    assert res.returncode == 2
    assert "ukendt valg: 'meeting'" in res.stderr and "'meetings'" in res.stderr


def test_danish_parser_leaves_other_parsers_english():
    import argparse

    from sus_desktop.cli import build_parser

    build_parser().format_help()
    assert argparse.ArgumentParser(prog="x").format_usage().startswith("usage: x")


def test_export_into_a_folder_writes_the_suggested_name_inside_it(tmp_path):
    from sus_desktop.core.factory import new_meeting
    from sus_desktop.storage.meetingfile import export_meeting

    m = new_meeting("../NUL", "2025-03-13")
    src = export_meeting(m, tmp_path / "m.sus.json")
    out = tmp_path / "referater"
    out.mkdir()
    res = run("export", str(src), "-o", str(out))
    assert res.returncode == 0, res.stderr
    assert [p.name for p in out.iterdir()] == ["referat-nul-2025-03-13.docx"]
    assert not (tmp_path / "referater.docx").exists()
    res = run("export-agenda", str(src), "-o", str(out))
    assert (out / "dagsorden-nul-2025-03-13.docx").is_file()

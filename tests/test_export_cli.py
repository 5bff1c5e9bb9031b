"""`sus-desktop export` and `export-agenda`: files in, Word out, Danish errors, exit codes."""

from __future__ import annotations

import argparse

import docx
import pytest
from sample_meeting import build_sample_meeting

from sus_desktop.export.cli import add_export_parsers, export_agenda_cmd, export_minutes_cmd
from sus_desktop.storage.meetingfile import export_meeting


def parse(argv):
    parser = argparse.ArgumentParser(prog="sus-desktop")
    add_export_parsers(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def run(argv) -> int:
    args = parse(argv)
    return args.func(args)


@pytest.fixture
def meeting_file(clock, tmp_path):
    path = tmp_path / "møde.sus.json"
    export_meeting(build_sample_meeting(clock), path)
    return path


def test_parsers_register_both_commands():
    args = parse(
        ["export", "m.sus.json", "-o", "r.docx", "--public", "--names", "--template", "t.docx"]
    )
    assert args.func is export_minutes_cmd and args.public and args.names
    assert args.template == "t.docx" and args.output == "r.docx"
    args = parse(["export-agenda", "m.sus.json", "-o", "d.docx"])
    assert args.func is export_agenda_cmd and args.template is None


def test_export_minutes(meeting_file, tmp_path, capsys):
    out = tmp_path / "referat.docx"
    assert run(["export", str(meeting_file), "-o", str(out)]) == 0
    doc = docx.Document(str(out))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "BESLUTNINGSREFERAT – SKOLEUDVIKLINGSSAMTALE"
    assert any(t.startswith("Mette Sørensen (Skoleleder): ") for t in texts)
    assert "Gemt:" in capsys.readouterr().out


def test_export_public(meeting_file, tmp_path):
    out = tmp_path / "offentlig"  # .docx is added
    assert run(["export", str(meeting_file), "-o", str(out), "--public"]) == 0
    doc = docx.Document(str(tmp_path / "offentlig.docx"))
    assert not any("Mette Sørensen" in p.text for p in doc.paragraphs)


def test_export_agenda(meeting_file, tmp_path):
    out = tmp_path / "dagsorden.docx"
    assert run(["export-agenda", str(meeting_file), "-o", str(out)]) == 0
    doc = docx.Document(str(out))
    assert doc.paragraphs[0].text.startswith("Dagsorden til skoleudviklingssamtale")
    assert doc.tables[0].rows[1].cells[0].text.startswith("13.00–13.05")


@pytest.mark.parametrize(
    "content", [None, b"{not json", b'{"format": "noget andet"}', b"\xff\xfe\x00garbage"]
)
def test_unreadable_meeting_file_exits_2(tmp_path, capsys, content):
    path = tmp_path / "møde.sus.json"
    if content is not None:
        path.write_bytes(content)
    out = tmp_path / "r.docx"
    assert run(["export", str(path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "møde.sus.json" in err and ("Filen" in err or "fil" in err)
    assert "Traceback" not in err and not out.exists()
    assert run(["export-agenda", str(path), "-o", str(out)]) == 2


def test_bad_template_exits_2(meeting_file, tmp_path, capsys):
    dotx = tmp_path / "skabelon.dotx"
    dotx.write_bytes(b"PK")
    out = tmp_path / "r.docx"
    assert run(["export", str(meeting_file), "-o", str(out), "--template", str(dotx)]) == 2
    assert "Word-skabelon (.dotx)" in capsys.readouterr().err
    broken = tmp_path / "brevpapir.docx"
    broken.write_text("ikke word")
    assert run(["export-agenda", str(meeting_file), "-o", str(out), "--template", str(broken)]) == 2
    assert "kan ikke læses som et Word-dokument" in capsys.readouterr().err
    assert not out.exists()


def test_unwritable_output_exits_1(meeting_file, tmp_path, capsys):
    out = tmp_path / "findes-ikke" / "r.docx"
    assert run(["export", str(meeting_file), "-o", str(out)]) == 1
    assert "findes ikke" in capsys.readouterr().err


def test_main_cli_dispatches_export(meeting_file, tmp_path):
    from sus_desktop.cli import main

    out = tmp_path / "via-main.docx"
    assert main(["export", str(meeting_file), "-o", str(out), "--public"]) == 0
    assert out.exists()

"""The minutes as PDF with Qt's own writer (issue 13, item 6): same model as the DOCX, the
public version names nobody, headings never end a page alone, and the command line picks
the format by suffix and never hangs or ends in a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sample_meeting import PEOPLE as SAMPLE_PEOPLE
from sample_meeting import build_sample_meeting
from test_public_minutes import FORMS, OTHER, PEOPLE, meeting_with_names, name_hits

from sus_desktop.export.minutes_model import build_minutes
from sus_desktop.storage.meetingfile import export_meeting

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.usefixtures("qapp")


def pdf_text(path: Path) -> str | None:
    """The PDF's text as a reader's copy-and-paste gets it (poppler), or None without it."""
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_internal_pdf_has_the_minutes(clock, tmp_path):
    from sus_desktop.export.minutes_pdf import minutes_html, write_minutes_pdf

    meeting = build_sample_meeting(clock)
    path = write_minutes_pdf(meeting, tmp_path / "referat.pdf", now=clock.now())
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    html = minutes_html(build_minutes(meeting, now=clock.now()))
    assert "Mette Sørensen (Skoleleder):</b> Kun 16 %" in html
    assert "Bilag: Tidsforløb" in html and "Runde 1" not in html  # minutes, not a transcript
    text = pdf_text(path)
    if text is not None:
        flat = " ".join(text.split())
        assert "BESLUTNINGSREFERAT – SKOLEUDVIKLINGSSAMTALE" in flat
        assert "Mette Sørensen (Skoleleder): Kun 16 % af eleverne" in flat
        assert "Side 1 af " in flat and "Bilag: Tidsforløb" in flat
        assert "Formulere mål og tegn på virkning for den gode pause" in flat


def test_public_pdf_names_no_participant(clock, tmp_path):
    from sus_desktop.export.minutes_pdf import minutes_html, write_minutes_pdf

    meeting = meeting_with_names()
    path = write_minutes_pdf(meeting, tmp_path / "offentlig.pdf", public=True, now=clock.now())
    html = minutes_html(build_minutes(meeting, public=True, now=clock.now()))
    assert name_hits(html) == []
    for _, expected in FORMS:
        assert expected.split("\n")[0].replace("'", "&#x27;") in html
    data = path.read_bytes()
    for name, _ in PEOPLE:  # metadata is written uncompressed: title, author, XMP
        for token in name.split():
            assert token.encode("utf-8") not in data
            assert token.encode("utf-16-be") not in data
    text = pdf_text(path)
    if text is not None:
        assert name_hits(text) == []
        flat = " ".join(text.split())
        assert "Enig med PUF-konsulent." in flat and OTHER in flat
        assert "Runde" not in flat and "Bilag: Tidsforløb" not in flat
        assert "1. Velkomst" not in flat


def test_sample_public_pdf(clock, tmp_path):
    from sus_desktop.export.minutes_pdf import write_minutes_pdf

    path = write_minutes_pdf(
        build_sample_meeting(clock), tmp_path / "o.pdf", public=True, now=clock.now()
    )
    text = pdf_text(path)
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    for name, _ in SAMPLE_PEOPLE:
        assert name not in text


@pytest.mark.parametrize("notes", [300, 1000])
def test_no_heading_ends_a_page_alone(notes):
    from PySide6.QtCore import QBuffer

    from sus_desktop.export.minutes_pdf import _writer, layout_document, stranded
    from tests.bench.bench_export import meeting_with

    meeting, now = meeting_with(notes)
    doc, _, page_h = layout_document(build_minutes(meeting, now=now), _writer(QBuffer()))
    assert doc.pageCount() > 10
    assert stranded(doc, page_h) == []


# --- the command line ----------------------------------------------------------------------


def cli(*args, timeout=60, env_extra=None):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)  # the PDF path must find its own way without a display
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "sus_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
        check=False,
    )


@pytest.fixture
def meeting_file(clock, tmp_path):
    return export_meeting(build_sample_meeting(clock), tmp_path / "møde.sus.json")


def test_cli_pdf_by_suffix(meeting_file, tmp_path):
    res = cli("export", meeting_file, "-o", tmp_path / "referat.pdf", "--public")
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "referat.pdf").read_bytes().startswith(b"%PDF-")
    assert not (tmp_path / "referat.pdf.docx").exists()
    text = pdf_text(tmp_path / "referat.pdf")
    if text is not None:
        assert "Mette Sørensen" not in text and "Skoleleder" in text


def test_cli_reports_the_check_before_a_public_export(clock, tmp_path):
    from sus_desktop.core.factory import new_meeting

    m = new_meeting(school="Sødalskolen", day="2025-03-13")
    m.add_note("Vi talte med Peter om pauserne.", item="i5", phase="i5p1")
    src = export_meeting(m, tmp_path / "m.sus.json")
    res = cli("export", src, "-o", tmp_path / "o.docx", "--public")
    assert res.returncode == 0, res.stderr
    assert "Bemærk: Punkt 5 har noter, men ingen beslutninger – markér dem?" in res.stderr
    assert "Bemærk: 5. Beslutning: Ligner et navn «Peter»" in res.stderr


def test_cli_docx_path_never_loads_qt(meeting_file, tmp_path):
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from sus_desktop.cli import main\n"
        f"sys.exit(main(['export', {str(meeting_file)!r}, '-o', "
        f"{str(tmp_path / 'r.docx')!r}, '--public']))"
    )
    res = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "r.docx").is_file()


def test_cli_agenda_refuses_pdf_in_danish(meeting_file, tmp_path):
    res = cli("export-agenda", meeting_file, "-o", tmp_path / "dagsorden.pdf")
    assert res.returncode == 2
    assert "kun gemmes som Word-fil (.docx)" in res.stderr and "Traceback" not in res.stderr


def test_cli_into_a_folder_or_a_missing_one(meeting_file, tmp_path):
    out = tmp_path / "mappe"
    out.mkdir()
    res = cli("export", meeting_file, "-o", out, "--public")
    assert res.returncode == 0, res.stderr
    assert [p.suffix for p in out.iterdir()] == [".docx"]
    assert "offentligt" in next(out.iterdir()).name
    res = cli("export", meeting_file, "-o", str(tmp_path / "mangler") + os.sep, "--public")
    assert res.returncode == 2 and "findes ikke" in res.stderr
    assert not (tmp_path / "mangler.docx").exists()


@pytest.mark.parametrize("special", ["/dev/zero", "fifo", "folder"])
def test_cli_special_inputs_do_not_hang_or_trace(tmp_path, special):
    if special == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        path = tmp_path / "rør.sus.json"
        os.mkfifo(path)
    elif special == "folder":
        path = tmp_path
    else:
        path = Path(special)
        if not path.exists():
            pytest.skip("no /dev/zero here")
    for out in ("r.docx", "r.pdf"):
        res = cli("export", path, "-o", tmp_path / out, timeout=30)
        assert res.returncode == 2
        assert res.stderr.startswith("sus-desktop: ") and "Traceback" not in res.stderr
        assert not (tmp_path / out).exists()

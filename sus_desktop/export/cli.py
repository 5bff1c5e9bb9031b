"""Headless exports from the command line:

    sus-desktop export MØDE.sus.json -o referat.docx|referat.pdf|MAPPE [--public] [--names]
                       [--all-items] [--template FIL]
    sus-desktop export-agenda MØDE.sus.json -o dagsorden.docx|MAPPE [--template FIL]

The output's suffix chooses Word or PDF; a folder gets a file with a suggested name in it
(never "MAPPE.docx" beside it); a name without a suffix gets ".docx". Only the PDF path
imports Qt (export/minutes_pdf.py).

Exit codes: 0 done, 2 the meeting file or the template cannot be used, 1 the document
could not be saved. Messages go to stderr in Danish; nothing ends in a traceback.
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from pathlib import Path

from sus_desktop.export.docx_base import ExportError, TemplateError

EXIT_INPUT = 2
EXIT_SAVE = 1


def add_export_parsers(subparsers) -> None:
    p = subparsers.add_parser(
        "export",
        help="Skriv beslutningsreferatet som Word-dokument (DOCX)",
        description="Skriv mødets beslutningsreferat som Word-dokument.",
    )
    p.add_argument("meeting", metavar="MØDE.sus.json", help="Mødefilen")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="REFERAT.docx",
        help="Filen, der skal skrives: .docx (Word) eller .pdf; en mappe giver et "
        "foreslået filnavn i mappen",
    )
    p.add_argument(
        "--public",
        action="store_true",
        help="Offentlig udgave: ingen navne, ingen udsagn tilskrives personer, "
        "uden tidsbilag og uden punkt 1, 2 og 7",
    )
    p.add_argument(
        "--names", action="store_true", help="Med --public: vis deltagernes navne i deltagerlisten"
    )
    p.add_argument(
        "--all-items", action="store_true", help="Med --public: tag også punkt 1, 2 og 7 med"
    )
    p.add_argument(
        "--template",
        metavar="FIL.docx",
        help="Skolens egen Word-skabelon (.docx); bruges kun til Word-filer",
    )
    p.set_defaults(func=export_minutes_cmd)

    a = subparsers.add_parser(
        "export-agenda",
        help="Skriv dagsordenen som Word-dokument (DOCX)",
        description="Skriv mødets dagsorden (invitation med program) som Word-dokument.",
    )
    a.add_argument("meeting", metavar="MØDE.sus.json", help="Mødefilen")
    a.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DAGSORDEN.docx",
        help="Word-filen, der skal skrives (eller en mappe)",
    )
    a.add_argument("--template", metavar="FIL.docx", help="Skolens egen Word-skabelon (.docx)")
    a.set_defaults(func=export_agenda_cmd)


def _load(path: str):
    """The meeting, or None after telling the user why not."""
    from sus_desktop.storage.meetingfile import MeetingFileError, import_meeting

    name = Path(path).name or path
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        _fail(f"{name}: Filen findes ikke.")
        return None
    except OSError as exc:
        _fail(f"{name}: Filen kan ikke læses ({exc.strerror or exc}).")
        return None
    if stat.S_ISDIR(mode):
        _fail(f"{name}: Det er en mappe, ikke en mødefil.")
        return None
    if not stat.S_ISREG(mode):  # a FIFO would wait forever, /dev/zero never ends
        _fail(f"{name}: Det er ikke en almindelig fil, så den kan ikke være en mødefil.")
        return None
    try:
        return import_meeting(path, keep_id=True)
    except MeetingFileError as exc:
        _fail(f"{name}: {exc}")
    except MemoryError:
        _fail(f"{name}: Filen er for stor til at blive læst.")
    except Exception as exc:  # the command line never ends in a traceback
        _fail(f"{name}: Filen kunne ikke læses som en SUS-mødefil ({type(exc).__name__}).")
    return None


def _fail(message: str) -> None:
    print(f"sus-desktop: {message}", file=sys.stderr)


def _target(
    output: str, meeting, *, kind: str, public: bool = False, pdf_ok: bool = False
) -> Path | None:
    """Where to write: a folder gets a suggested name inside it; a name without a known
    suffix gets ".docx". None (after a message) for a suffix that cannot be written."""
    out = Path(output)
    if out.is_dir() or output.endswith((os.sep, "/")):
        if not out.is_dir():
            _fail(f"Mappen «{out}» findes ikke.")
            return None
        # Like cp: into the folder, under the name the app would suggest.
        from sus_desktop.paths import safe_file_name

        kind = "referat-offentligt" if public and kind == "referat" else kind
        return out / safe_file_name([kind, meeting.info.school.lower(), meeting.info.date], ".docx")
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        if pdf_ok:
            return out
        _fail("Dagsordenen kan kun gemmes som Word-fil (.docx).")
        return None
    if suffix != ".docx":
        out = out.with_name(out.name + ".docx")
    return out


def _run(args: argparse.Namespace, kind: str, write) -> int:
    meeting = _load(args.meeting)
    if meeting is None:
        return EXIT_INPUT
    out = _target(
        args.output,
        meeting,
        kind=kind,
        public=getattr(args, "public", False),
        pdf_ok=kind == "referat",
    )
    if out is None:
        return EXIT_INPUT
    try:
        written = write(meeting, out)
    except TemplateError as exc:
        _fail(str(exc))
        return EXIT_INPUT
    except ExportError as exc:
        _fail(str(exc))
        return EXIT_SAVE
    except MemoryError:
        _fail("Der var ikke hukommelse nok til at lave dokumentet.")
        return EXIT_SAVE
    print(f"Gemt: {written}")
    return 0


def _report_check(meeting, args: argparse.Namespace, leave_out) -> None:
    """The check before export, as notes on stderr: the command line cannot ask."""
    from sus_desktop.export.checks import check_before_export

    for finding in check_before_export(
        meeting, public=args.public, names=args.names, leave_out=leave_out
    ):
        print(f"sus-desktop: Bemærk: {finding.message}", file=sys.stderr)


def export_minutes_cmd(args: argparse.Namespace) -> int:
    leave_out = () if getattr(args, "all_items", False) else None

    def write(meeting, out: Path):
        _report_check(meeting, args, leave_out)
        if out.suffix.lower() == ".pdf":
            if args.template:
                print(
                    "sus-desktop: Skabelonen bruges kun til Word-filer; PDF-filen laves uden den.",
                    file=sys.stderr,
                )
            try:
                from sus_desktop.export.minutes_pdf import write_minutes_pdf
            except ImportError as exc:
                raise ExportError(
                    "PDF kræver Qt (PySide6), som ikke er installeret sammen med "
                    "SUS Desktop. Gem som Word-fil (.docx) i stedet."
                ) from exc
            return write_minutes_pdf(
                meeting, out, public=args.public, names=args.names, leave_out=leave_out
            )
        from sus_desktop.export.minutes_docx import write_minutes_docx

        return write_minutes_docx(
            meeting,
            out,
            public=args.public,
            names=args.names,
            template=args.template,
            leave_out=leave_out,
        )

    return _run(args, "referat", write)


def export_agenda_cmd(args: argparse.Namespace) -> int:
    from sus_desktop.export.agenda_docx import write_agenda_docx

    return _run(args, "dagsorden", lambda m, out: write_agenda_docx(m, out, template=args.template))

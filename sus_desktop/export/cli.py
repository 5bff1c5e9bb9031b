"""Headless exports from the command line:

    sus-desktop export MØDE.sus.json -o referat.docx [--public] [--names] [--template FIL]
    sus-desktop export-agenda MØDE.sus.json -o dagsorden.docx [--template FIL]

Exit codes: 0 done, 2 the meeting file or the template cannot be used, 1 the document
could not be saved. Messages go to stderr in Danish.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sus_desktop.export.docx_base import ExportError, TemplateError

EXIT_INPUT = 2
EXIT_SAVE = 1


def add_export_parsers(subparsers) -> None:
    p = subparsers.add_parser(
        "export", help="Skriv beslutningsreferatet som Word-dokument (DOCX)",
        description="Skriv mødets beslutningsreferat som Word-dokument.")
    p.add_argument("meeting", metavar="MØDE.sus.json", help="Mødefilen")
    p.add_argument("-o", "--output", required=True, metavar="REFERAT.docx",
                   help="Word-filen, der skal skrives")
    p.add_argument("--public", action="store_true",
                   help="Offentlig udgave: ingen udsagn tilskrives personer, deltagere efter rolle")
    p.add_argument("--names", action="store_true",
                   help="Med --public: vis deltagernes navne i deltagerlisten")
    p.add_argument("--template", metavar="FIL.docx", help="Skolens egen Word-skabelon (.docx)")
    p.set_defaults(func=export_minutes_cmd)

    a = subparsers.add_parser(
        "export-agenda", help="Skriv dagsordenen som Word-dokument (DOCX)",
        description="Skriv mødets dagsorden (invitation med program) som Word-dokument.")
    a.add_argument("meeting", metavar="MØDE.sus.json", help="Mødefilen")
    a.add_argument("-o", "--output", required=True, metavar="DAGSORDEN.docx",
                   help="Word-filen, der skal skrives")
    a.add_argument("--template", metavar="FIL.docx", help="Skolens egen Word-skabelon (.docx)")
    a.set_defaults(func=export_agenda_cmd)


def _load(path: str):
    """The meeting, or None after telling the user why not."""
    from sus_desktop.storage.meetingfile import MeetingFileError, import_meeting

    try:
        return import_meeting(path, keep_id=True)
    except MeetingFileError as exc:
        _fail(f"{Path(path).name}: {exc}")
        return None


def _fail(message: str) -> None:
    print(f"sus-desktop: {message}", file=sys.stderr)


def _run(args: argparse.Namespace, write) -> int:
    meeting = _load(args.meeting)
    if meeting is None:
        return EXIT_INPUT
    out = Path(args.output)
    if out.is_dir():  # like cp: into the folder, under the name the app would suggest
        from sus_desktop.paths import safe_file_name

        kind = ("dagsorden" if args.command == "export-agenda" else
                "referat-offentligt" if args.public else "referat")
        out = out / safe_file_name([kind, meeting.info.school.lower(), meeting.info.date],
                                   ".docx")
    elif out.suffix.lower() != ".docx":
        out = out.with_name(out.name + ".docx")
    try:
        written = write(meeting, out)
    except TemplateError as exc:
        _fail(str(exc))
        return EXIT_INPUT
    except ExportError as exc:
        _fail(str(exc))
        return EXIT_SAVE
    print(f"Gemt: {written}")
    return 0


def export_minutes_cmd(args: argparse.Namespace) -> int:
    from sus_desktop.export.minutes_docx import write_minutes_docx

    return _run(args, lambda m, out: write_minutes_docx(
        m, out, public=args.public, names=args.names, template=args.template))


def export_agenda_cmd(args: argparse.Namespace) -> int:
    from sus_desktop.export.agenda_docx import write_agenda_docx

    return _run(args, lambda m, out: write_agenda_docx(m, out, template=args.template))

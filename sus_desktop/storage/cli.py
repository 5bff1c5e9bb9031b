"""The stored meetings from the command line, for IT and backups:

    sus-desktop meetings                              one line per meeting, tab-separated:
                                                      id, school, date, state, live notes
    sus-desktop export-meeting ID -o MØDE.sus.json    one stored meeting as a meeting file

Both read the store read-only (see store_reader), so they work while the app runs and can
never change what it has saved. Exit codes: 0 done; 2 the store, the meeting or the id
cannot be read (`meetings` still lists what it can); 1 the meeting file could not be
written. Messages go to stderr in Danish.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

EXIT_INPUT = 2
EXIT_SAVE = 1


def add_store_parsers(subparsers) -> None:
    m = subparsers.add_parser(
        "meetings",
        help="Vis de gemte møder (id, skole, dato, status, antal noter)",
        description="Vis de gemte møder, ét pr. linje, adskilt af tabulatorer: id, skole, "
        "dato (ÅÅÅÅ-MM-DD), status og antal noter. Ændrer intet.",
    )
    m.set_defaults(func=list_meetings_cmd)
    e = subparsers.add_parser(
        "export-meeting",
        help="Gem et af de gemte møder som mødefil",
        description="Gem et af de gemte møder som mødefil (.sus.json). Ændrer intet i "
        "programmets data.",
    )
    e.add_argument("meeting_id", metavar="ID", help="Mødets id (se «sus-desktop meetings»)")
    e.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="MØDE.sus.json",
        help="Mødefilen, der skal skrives (eller en mappe)",
    )
    e.set_defaults(func=export_meeting_cmd)


def _fail(message: str) -> None:
    print(f"sus-desktop: {message}", file=sys.stderr)


def _field(text) -> str:
    """One tab-separated column: a tab or line break in a school's name must not split it."""
    return "".join(
        " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in str(text or "")
    )


def _live_notes(meeting) -> int:
    live = getattr(meeting, "live_notes", None)
    notes = live() if live else [n for n in meeting.notes if not getattr(n, "deleted", False)]
    return len(notes)


def _reader():
    from sus_desktop import paths
    from sus_desktop.storage.store_reader import StoreReader

    return StoreReader(paths.store_path(create=False))


def list_meetings_cmd(args: argparse.Namespace, out=None) -> int:
    from sus_desktop.storage.store_reader import ReaderError

    out = out or sys.stdout
    reader = _reader()
    if not reader.exists:
        return 0  # never started on this machine (or this data folder): no meetings
    unreadable = 0
    with reader:
        try:
            rows = reader.meetings()
        except ReaderError as exc:
            _fail(str(exc))
            return EXIT_INPUT
        for row in rows:
            try:
                notes = str(_live_notes(reader.load(row.id)))
            except (KeyError, ReaderError) as exc:
                _fail(f"Mødet «{row.id}» kan ikke læses: {exc}")
                notes, unreadable = "?", unreadable + 1
            try:
                print(
                    "\t".join(_field(v) for v in (row.id, row.school, row.date, row.state, notes)),
                    file=out,
                )
            except BrokenPipeError:  # `sus-desktop meetings | head`: the reader left early
                sys.stderr.close()
                return 0
    return EXIT_INPUT if unreadable else 0


def export_meeting_cmd(args: argparse.Namespace) -> int:
    from sus_desktop.storage.meetingfile import (
        MeetingFileError,
        export_meeting,
        suggested_file_name,
    )
    from sus_desktop.storage.store_reader import ReaderError

    reader = _reader()
    unknown = (
        f"Der findes intet møde med id «{args.meeting_id}». "
        "Se de gemte møder med «sus-desktop meetings»."
    )
    if not reader.exists:
        _fail(unknown)
        return EXIT_INPUT
    with reader:
        try:
            meeting = reader.load(args.meeting_id)
        except KeyError:
            _fail(unknown)
            return EXIT_INPUT
        except ReaderError as exc:
            _fail(str(exc))
            return EXIT_INPUT
    out = Path(args.output)
    if out.is_dir():  # like cp: into the folder, under the name the app would suggest
        out = out / suggested_file_name(meeting.info.school, meeting.info.date)
    elif not out.name.lower().endswith(".json"):
        out = out.with_name(out.name + ".sus.json")
    try:
        written = export_meeting(meeting, out)
    except MeetingFileError as exc:
        _fail(str(exc))
        return EXIT_SAVE
    print(f"Gemt: {written}")
    return 0

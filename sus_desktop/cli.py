"""Command line: start the app, open a meeting file, print the agenda, export headless,
list and export stored meetings."""

from __future__ import annotations

import gc
import re
import sys
from pathlib import Path

from sus_desktop import APP_NAME, __version__

SUBCOMMANDS = {
    "agenda",
    "export",
    "export-agenda",
    "meetings",
    "export-meeting",
    "host",
    "join",
    "merge",
}


def build_parser():
    # argparse only for the command-line paths, not the window
    from sus_desktop.argparse_da import DanishArgumentParser
    from sus_desktop.storage.cli import add_store_parsers

    parser = DanishArgumentParser(
        prog="sus-desktop", description=f"{APP_NAME} – skoleudviklingssamtale"
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help="vis versionen og afslut",
    )
    sub = parser.add_subparsers(dest="command", title="kommandoer", metavar="KOMMANDO")
    agenda = sub.add_parser("agenda", help="Udskriv standarddagsordenen med klokkeslæt")
    agenda.add_argument("--start", default="13:00", help="Starttidspunkt, TT:MM (standard 13:00)")
    try:
        from sus_desktop.export.cli import add_export_parsers
    except ImportError:  # the export package is optional at import time only for a broken install
        pass
    else:
        add_export_parsers(sub)
    add_store_parsers(sub)
    from sus_desktop.sync.cli import add_sync_parsers  # two laptops (loads no pycrdt)

    add_sync_parsers(sub)
    return parser


def _is_command(word: str) -> bool:
    """A known command, an option, or what looks like a mistyped command rather than a file
    (no such file, no folder, no suffix): argparse then says which commands there are."""
    if word in SUBCOMMANDS or word.startswith("-"):
        return True
    return re.fullmatch(r"[a-z][a-z-]*", word) is not None and not Path(word).exists()


def print_agenda(start: str, out=sys.stdout) -> int:
    from sus_desktop.core.agenda import builtin_agenda, mismatches, total_minutes
    from sus_desktop.core.danish import parse_hhmm
    from sus_desktop.core.schedule import clock_times

    start_min = parse_hhmm(start)
    if start_min is None:
        print(f"Ugyldigt starttidspunkt «{start}». Skriv det som TT:MM, fx 13:00.", file=sys.stderr)
        return 2
    info, items = builtin_agenda()
    print(info.title, file=out)
    print(file=out)
    for item, (begin, end) in zip(items, clock_times(items, start_min)):
        print(
            f"{begin}–{end}  {item.number}. {item.title} ({item.minutes} min.) – {item.responsible.splitlines()[0]}",
            file=out,
        )
        for phase in item.phases if len(item.phases) > 1 else []:
            opt = " (valgfri)" if phase.optional else ""
            print(f"             · {phase.title}: {phase.minutes} min.{opt}", file=out)
    print(file=out)
    print(f"I alt {total_minutes(items)} min.", file=out)
    for m in mismatches(items):
        print(f"Bemærk: {m.message()}", file=out)
    return 0


def _preload_qt_free_modules(open_path: Path | None = None) -> None:
    """Import before PySide6 the Qt-free modules this start will use, for a faster start.

    From its own import on, PySide6 reads back the source of every Python module imported
    after it (its `__feature__` import hook searches it for "PySide6"), which adds to what
    those imports cost. The core (the meeting, its store rows, the commands) only when a
    meeting will be opened: the start screen needs none of it."""
    import sus_desktop.core.clock
    import sus_desktop.core.danish
    import sus_desktop.core.text
    import sus_desktop.resources
    import sus_desktop.storage.store
    import sus_desktop.ui.common.single_instance

    if open_path is None and not _last_meeting_stored():
        return
    # What reopening a meeting imports, in the order it does (sys.modules at the first idle).
    import sus_desktop.core.agenda_edit
    import sus_desktop.core.capture
    import sus_desktop.core.commands
    import sus_desktop.core.followup
    import sus_desktop.core.session
    import sus_desktop.core.spiral
    import sus_desktop.core.talktime
    import sus_desktop.storage.meeting_rows  # noqa: F401


def _last_meeting_stored() -> bool:
    """Whether the store names a meeting to reopen: a read-only look (it writes nothing, not
    even a journal) that costs a fraction of a millisecond; in any doubt, False."""
    from sus_desktop import paths
    from sus_desktop.storage.store_reader import ReaderError, StoreReader
    from sus_desktop.ui.common.settings import LAST_MEETING

    try:
        with StoreReader(paths.store_path(create=False)) as reader:
            return reader.exists and bool(reader.setting(LAST_MEETING))
    except (ReaderError, OSError):
        return False


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and _is_command(argv[0]):
        args = build_parser().parse_args(argv)
        if args.command == "agenda":
            try:
                return print_agenda(args.start)
            except BrokenPipeError:  # `sus-desktop agenda | head`: the reader left early
                sys.stderr.close()
                return 0
        if getattr(args, "func", None) is not None:
            return args.func(args)
        return 0
    path = Path(argv[0]) if argv else None
    # Start-up creates many long-lived objects (Qt's classes and enums, the window), and the
    # collector would walk them again and again; `run_app` turns it back on once the window
    # is up.
    gc.disable()
    _preload_qt_free_modules(path)
    from sus_desktop.ui.app import run_app

    return run_app(path, sys.argv[:1] + argv[1:])


if __name__ == "__main__":
    sys.exit(main())

"""Command line: start the app, open a meeting file, print the agenda, export headless."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from sus_desktop import APP_NAME, __version__

SUBCOMMANDS = {"agenda", "export", "export-agenda"}


def build_parser():
    import argparse  # only the command-line paths pay for it, not the window

    parser = argparse.ArgumentParser(prog="sus-desktop", description=f"{APP_NAME} – skoleudviklingssamtale")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command")
    agenda = sub.add_parser("agenda", help="Udskriv standarddagsordenen med klokkeslæt")
    agenda.add_argument("--start", default="13:00", help="Starttidspunkt, TT:MM (standard 13:00)")
    try:
        from sus_desktop.export.cli import add_export_parsers
    except ImportError:  # the export package is optional at import time only for a broken install
        pass
    else:
        add_export_parsers(sub)
    return parser


def print_agenda(start: str, out=sys.stdout) -> int:
    from sus_desktop.core.agenda import builtin_agenda, mismatches, total_minutes
    from sus_desktop.core.schedule import clock_times, parse_hhmm

    try:
        start_min = parse_hhmm(start)
    except ValueError:
        print(f"Ugyldigt starttidspunkt «{start}». Skriv det som TT:MM, fx 13:00.", file=sys.stderr)
        return 2
    info, items = builtin_agenda()
    print(info.title, file=out)
    print(file=out)
    for item, (begin, end) in zip(items, clock_times(items, start_min)):
        print(f"{begin}–{end}  {item.number}. {item.title} ({item.minutes} min.) – {item.responsible.splitlines()[0]}", file=out)
        for phase in item.phases if len(item.phases) > 1 else []:
            opt = " (valgfri)" if phase.optional else ""
            print(f"             · {phase.title}: {phase.minutes} min.{opt}", file=out)
    print(file=out)
    print(f"I alt {total_minutes(items)} min.", file=out)
    for m in mismatches(items):
        print(f"Bemærk: {m.message()}", file=out)
    return 0


def _preload_qt_free_modules() -> None:
    """Import the store (and the clock) before PySide6, for a faster start.

    From its own import on, PySide6 reads back the source of every Python module imported
    after it (its `__feature__` import hook searches it for "PySide6"), which roughly doubles
    what those imports cost."""
    import sus_desktop.core.clock  # noqa: F401
    import sus_desktop.storage.store  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and (argv[0] in SUBCOMMANDS or argv[0].startswith("-")):
        args = build_parser().parse_args(argv)
        if args.command == "agenda":
            try:
                return print_agenda(args.start)
            except BrokenPipeError:  # `sus-desktop agenda | head`: the reader left early
                sys.stderr.close()
                return 0
        if args.command in ("export", "export-agenda"):
            return args.func(args)
        return 0
    path = Path(argv[0]) if argv else None
    # Start-up creates many long-lived objects (Qt's classes and enums, the window), and the
    # collector would walk them again and again; `run_app` turns it back on once the window
    # is up.
    gc.disable()
    _preload_qt_free_modules()
    from sus_desktop.ui.app import run_app

    return run_app(path, sys.argv[:1] + argv[1:])


if __name__ == "__main__":
    sys.exit(main())

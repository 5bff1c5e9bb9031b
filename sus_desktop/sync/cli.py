"""The sync commands (issue 15), exactly as the issue gives them:

    sus-desktop host MØDE --code KODE [--port PORT] [--bind ADRESSE]
    sus-desktop join ADRESSE:PORT --code KODE            (the window, as a referent)
    sus-desktop join ADRESSE:PORT --code KODE --pull -o FIL.sus.json
    sus-desktop merge A.sus.json B.sus.json -o C.sus.json

Exit codes: 0 done; 2 a wrong code, an unknown meeting, or files that cannot be read or are
not the same meeting (nothing written); 1 the result could not be written. Messages go to
stderr in Danish. Only `merge` works without pycrdt (any Python).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_INPUT, EXIT_SAVE = 2, 1


def add_sync_parsers(sub) -> None:
    h = sub.add_parser(
        "host",
        help="Del et møde på netværket (uden vindue), til det stoppes",
        description="Del et gemt møde (id fra «sus-desktop meetings») eller en "
        "mødefil med referenternes bærbare. Kører, til det stoppes "
        "(Ctrl+C).",
    )
    h.add_argument("meeting", metavar="MØDE", help="Mødets id eller en .sus.json-fil")
    h.add_argument("--code", required=True, metavar="KODE", help="Koden på 6 cifre")
    h.add_argument("--port", type=int, default=8765, help="Porten (standard 8765)")
    h.add_argument(
        "--bind",
        default="0.0.0.0",
        metavar="ADRESSE",
        help="Adressen, der lyttes på (standard alle)",
    )
    h.set_defaults(func=host_cmd)
    j = sub.add_parser(
        "join",
        help="Deltag i et møde, som en anden bærbar deler",
        description="Deltag i et møde som referent. Med --pull hentes mødet "
        "én gang og gemmes som mødefil.",
    )
    j.add_argument("address", metavar="ADRESSE:PORT", help="Værtens adresse, fx 192.168.1.20:8765")
    j.add_argument("--code", required=True, metavar="KODE", help="Koden på 6 cifre")
    j.add_argument("--pull", action="store_true", help="Hent mødet én gang, og afslut")
    j.add_argument("-o", "--output", metavar="FIL.sus.json", help="Mødefilen (med --pull)")
    j.set_defaults(func=join_cmd)
    m = sub.add_parser(
        "merge",
        help="Flet to kopier af samme møde til én mødefil",
        description="Flet to mødefiler af samme møde (fx fra to bærbare). "
        "Intet fra nogen af dem går tabt.",
    )
    m.add_argument("a", metavar="A.sus.json")
    m.add_argument("b", metavar="B.sus.json")
    m.add_argument("-o", "--output", required=True, metavar="C.sus.json")
    m.set_defaults(func=merge_cmd)


def _fail(message: str) -> None:
    print(f"sus-desktop: {message}", file=sys.stderr)


def _network() -> str | None:
    from sus_desktop.sync import SyncUnavailable, require_network_sync

    try:
        require_network_sync()
    except SyncUnavailable as exc:
        return str(exc)
    return None


def load_for_hosting(store, what: str):
    """A stored meeting by id, or a meeting file imported first (merged into the stored copy
    when the store already holds that meeting). KeyError for an unknown id."""
    path = Path(what)
    if path.suffix.lower() == ".json" or path.is_file():
        from sus_desktop.storage.meetingfile import import_meeting
        from sus_desktop.sync.filemerge import merge_into_store

        return merge_into_store(store, import_meeting(path, keep_id=True))
    return store.load_meeting(what)


def _checked_code(args: argparse.Namespace) -> str | None:
    """The join code, once the network sync can run here and the code is well formed; None
    after telling the user (in Danish) why not."""
    problem = _network()
    if problem:
        _fail(problem)
        return None
    from sus_desktop.sync.security import check_code

    try:
        return check_code(args.code)
    except ValueError as exc:
        _fail(str(exc))
        return None


def host_cmd(args: argparse.Namespace) -> int:
    code = _checked_code(args)
    if code is None:
        return EXIT_INPUT
    import asyncio
    import socket

    from sus_desktop import paths
    from sus_desktop.storage.meetingfile import MeetingFileError
    from sus_desktop.storage.store import Store
    from sus_desktop.sync.discovery import Announcer, build, meeting_title
    from sus_desktop.sync.peer import host

    store = Store()
    try:
        meeting = load_for_hosting(store, args.meeting)
    except KeyError:
        _fail(
            f"Der findes intet møde med id «{args.meeting}». Se de gemte møder med "
            "«sus-desktop meetings»."
        )
        return EXIT_INPUT
    except MeetingFileError as exc:
        _fail(str(exc))
        return EXIT_INPUT

    title = meeting_title(meeting)
    announcers: list[Announcer] = []  # kept: the loop holds its tasks only weakly

    def listening(port: int, fp: str) -> None:
        # Announced on the network (never with the code), so that «Deltag i møde…» lists it.
        announcers.append(Announcer(build(title, socket.gethostname(), port, fp), args.bind))
        announcers[-1].start()
        where = "alle netværk" if args.bind in ("0.0.0.0", "::") else args.bind
        print(
            f"Mødet «{title}» deles på {where}, port {port}, med koden {code}. "
            f"Certifikatets fingeraftryk: {fp[:16]}…\n"
            "Referenterne finder det under «Deltag i møde…». Stop med Ctrl+C.",
            flush=True,
        )

    try:
        return asyncio.run(
            host(
                store, meeting, code, args.bind, args.port, paths.data_dir(), on_listening=listening
            )
        )
    except OSError as exc:
        _fail(
            f"Kan ikke lytte på {args.bind}:{args.port} ({exc.strerror or exc}). Er porten "
            "i brug? Vælg en anden med --port."
        )
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 0


def join_cmd(args: argparse.Namespace) -> int:
    code = _checked_code(args)
    if code is None:
        return EXIT_INPUT
    if not args.pull:  # the window, joined as a referent
        from sus_desktop.cli import _preload_qt_free_modules

        _preload_qt_free_modules()
        from sus_desktop.ui.app import run_app

        return run_app(None, sys.argv[:1], join=(args.address, code))
    if not args.output:
        _fail("Skriv, hvor mødefilen skal gemmes: -o FIL.sus.json")
        return EXIT_INPUT
    import asyncio

    from sus_desktop.storage.meetingfile import MeetingFileError, export_meeting
    from sus_desktop.sync.docmap import meeting_from_doc
    from sus_desktop.sync.security import WrongCode
    from sus_desktop.sync.transport import pull

    try:
        doc = asyncio.run(pull(args.address, code))
    except WrongCode as exc:
        _fail(str(exc))
        return EXIT_INPUT
    except (OSError, TimeoutError, Exception) as exc:
        _fail(
            f"Kunne ikke hente mødet fra {args.address} ({exc.__class__.__name__}: {exc}). "
            "Tjek adressen, og at begge bærbare er på samme netværk."
        )
        return EXIT_INPUT
    try:
        written = export_meeting(meeting_from_doc(doc), _json_path(args.output))
    except MeetingFileError as exc:
        _fail(str(exc))
        return EXIT_SAVE
    print(f"Gemt: {written}")
    return 0


def _json_path(out: str) -> Path:
    path = Path(out)
    return path if path.name.lower().endswith(".json") else path.with_name(path.name + ".sus.json")


def merge_cmd(args: argparse.Namespace) -> int:
    from sus_desktop.storage.meetingfile import MeetingFileError, export_meeting
    from sus_desktop.sync.filemerge import merge_files
    from sus_desktop.sync.merge import MergeError

    try:
        merged = merge_files(args.a, args.b)
    except (MeetingFileError, MergeError) as exc:
        _fail(str(exc))
        return EXIT_INPUT
    try:
        written = export_meeting(merged, _json_path(args.output))
    except MeetingFileError as exc:
        _fail(str(exc))
        return EXIT_SAVE
    print(f"Flettet: {written} ({len(merged.notes)} noter)")
    return 0

"""One laptop in a shared meeting, without a window: the host (`sus-desktop host`) or a
referent kept in step. With `commands=True` it also reads JSON lines on stdin (add, edit,
delete a note; dump the notes), which the multi-process tests and the benchmark use:

    {"op": "note", "text": "...", "id": "n1", "item": "i4", "participant": "u1", "round": 1}
    {"op": "edit", "id": "n1", "text": "..."}      {"op": "append", "id": "n1", "text": "..."}
    {"op": "delete", "id": "n1"}     {"op": "dump"}     {"op": "quit"}
    {"op": "run", "cmd": "start"}  (also "pause", "next": the facilitator's clock)

It prints JSON lines: {"event": "listening", "port": ...}, {"event": "state", ...},
{"event": "note", "id": ..., "text": ...} for each note that arrives or changes, and the dump.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sys
import threading
import time
from pathlib import Path

from sus_desktop.core.changes import ChangeKind
from sus_desktop.core.clock import SystemClock
from sus_desktop.core.commands import FACILITATOR, REFERENT, AddNote, Author, DeleteNote, EditNote
from sus_desktop.core.session import Session
from sus_desktop.sync.replica import Replica
from sus_desktop.sync.updatelog import UpdateLog

LAPTOP_SETTING = "sync_laptop_id"


def laptop_id(store) -> str:
    value = store.get_setting(LAPTOP_SETTING)
    if not isinstance(value, str) or not value:
        from sus_desktop.core.ids import new_id

        value = new_id("pc")
        store.set_setting(LAPTOP_SETTING, value)
    return value


def emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


class Peer:
    def __init__(
        self,
        store,
        meeting,
        role: str,
        log: UpdateLog | None = None,
        initial: bytes | None = None,
        report: bool = False,
    ) -> None:
        self.store, self.meeting = store, meeting
        store.attach(meeting)
        self.session = Session(meeting, SystemClock(), Author(laptop_id(store), role))
        self.replica = Replica(meeting, log or UpdateLog(), self.session, initial=initial)
        if report:
            meeting.subscribe(self._report)

    def _report(self, changes) -> None:
        t = time.time()
        for c in changes:
            if c.kind == ChangeKind.NOTE:
                n = self.meeting._any_note(c.id)
                if n is not None:
                    emit(
                        {"event": "note", "id": n.id, "text": n.text, "deleted": n.deleted, "t": t}
                    )

    def command(self, cmd: dict) -> None:
        op = cmd.get("op")
        if op == "note":
            self.session.execute(
                AddNote(
                    text=cmd["text"],
                    note_id=cmd.get("id"),
                    item=cmd.get("item"),
                    phase=cmd.get("phase"),
                    participant=cmd.get("participant"),
                    round=cmd.get("round"),
                )
            )
        elif op in ("edit", "append"):
            note = self.meeting.note(cmd["id"])
            if note is not None:
                text = note.text + cmd["text"] if op == "append" else cmd["text"]
                self.session.execute(EditNote(note_id=cmd["id"], text=text))
        elif op == "delete":
            self.session.execute(DeleteNote(note_id=cmd["id"]))
        elif op == "run":
            from sus_desktop.core.commands import NextPhase, PauseClock, StartClock

            run = {"start": StartClock, "pause": PauseClock, "next": NextPhase}[cmd["cmd"]]
            self.session.execute(run())
        elif op == "handover":  # the clock to another laptop (issue 15)
            from sus_desktop.core.commands import HandOverClock

            self.session.execute(HandOverClock(to_laptop=cmd["to"]))
        elif op == "dump":
            emit(
                {
                    "event": "dump",
                    "offset": self.replica.offset,
                    "notes": {
                        n.id: {"text": n.text, "deleted": n.deleted} for n in self.meeting.all_notes
                    },
                }
            )
        if cmd.get("ack"):
            emit({"event": "ack", "ack": cmd["ack"]})


def _command(peer: Peer, cmd: dict) -> None:
    from sus_desktop.core.commands import CommandError

    try:
        peer.command(cmd)
    except CommandError as exc:  # e.g. the clock is another laptop's
        emit({"event": "refused", "op": cmd.get("op"), "message": str(exc)})


def stdin_commands(loop: asyncio.AbstractEventLoop, peer: Peer, stop: asyncio.Event) -> None:
    """Read commands on a thread; run them on the loop (the Meeting's one thread)."""

    def reader() -> None:
        for line in sys.stdin:
            line = line.strip()
            if not line:
                continue
            cmd = json.loads(line)
            if cmd.get("op") == "quit":
                break
            loop.call_soon_threadsafe(_command, peer, cmd)
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=reader, daemon=True).start()


def install_stop(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows: KeyboardInterrupt
            loop.add_signal_handler(sig, stop.set)


async def host(
    store,
    meeting,
    code: str,
    bind: str,
    port: int,
    folder: Path,
    commands: bool = False,
    on_listening=None,
) -> int:
    from sus_desktop.sync.security import ensure_certificate
    from sus_desktop.sync.transport import HostServer

    peer = Peer(store, meeting, FACILITATOR, report=commands)
    cert, key, fp = ensure_certificate(folder)
    server = HostServer(peer.replica, code, cert, key, fp, bind, port)
    got = await server.start()
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    install_stop(loop, stop)
    if on_listening is not None:
        on_listening(got, fp)
    if commands:
        emit({"event": "listening", "port": got, "fingerprint": fp})
        stdin_commands(loop, peer, stop)
    try:
        await stop.wait()
    finally:
        await server.close()
        peer.replica.close()
        store.close()
    return 0


def store_pulled(store, doc, address: str):
    """A host's meeting fetched on joining, merged with this laptop's copy of it (if any)
    and stored: (the meeting, the Doc's update that the replica logs first)."""
    from sus_desktop.sync.docmap import doc_meeting_id, meeting_from_doc
    from sus_desktop.sync.merge import merge_meetings

    mid = doc_meeting_id(doc)
    store.set_setting(f"sync_meeting:{address}", mid)
    meeting = meeting_from_doc(doc)
    if store.has_meeting(mid):
        meeting = merge_meetings(store.load_meeting(mid), meeting)
    store.save_meeting(meeting)
    return meeting, doc.get_update()


async def join(
    store, address: str, code: str, commands: bool = False, max_seconds: float | None = None
) -> int:
    """A referent kept in step until stopped (or `max_seconds`)."""
    from sus_desktop.sync.transport import Joiner, pull

    log = UpdateLog()
    pinned = store.get_setting(f"sync_pin:{address}")
    mid = store.get_setting(f"sync_meeting:{address}")
    initial = None
    if isinstance(mid, str) and log.count(mid) and store.has_meeting(mid):
        meeting = store.load_meeting(mid)  # a restart: work on at once, offline if need be
    else:  # first join here: the host's Doc first, then what we had of that meeting
        meeting, initial = store_pulled(store, await pull(address, code), address)
    peer = Peer(store, meeting, REFERENT, log, initial=initial, report=commands)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    install_stop(loop, stop)
    joiner = Joiner(
        address,
        code,
        peer.replica,
        pinned if isinstance(pinned, str) else None,
        on_state=lambda s: emit({"event": "state", "state": s}) if commands else None,
    )
    if commands:
        stdin_commands(loop, peer, stop)
    if max_seconds is not None:
        loop.call_later(max_seconds, stop.set)
    try:
        await joiner.run(stop)
    finally:
        if joiner.pinned:
            store.set_setting(f"sync_pin:{address}", joiner.pinned)
        peer.replica.close()
        store.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    """python -m sus_desktop.sync.peer host FILE_OR_ID CODE PORT | join ADDRESS CODE"""
    from sus_desktop import paths
    from sus_desktop.storage.store import Store
    from sus_desktop.sync.cli import load_for_hosting

    argv = sys.argv[1:] if argv is None else argv
    store = Store()
    if argv[0] == "host":
        meeting = load_for_hosting(store, argv[1])
        return asyncio.run(
            host(
                store, meeting, argv[2], "127.0.0.1", int(argv[3]), paths.data_dir(), commands=True
            )
        )
    return asyncio.run(join(store, argv[1], argv[2], commands=True))


if __name__ == "__main__":
    sys.exit(main())

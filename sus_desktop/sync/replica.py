"""A live Meeting and its pycrdt Doc kept in step, every update persisted (issue 15).

- Local: each command's changes (Session.on_executed) are written into the Doc in one
  transaction; the Doc's update is logged (updatelog.py), then offered to the transport.
- Remote: an update from a peer is applied to the Doc, logged with applied=0, brought into
  the Meeting through its mutators (the store writes it, the screens redraw), then marked
  applied, and only then does the transport answer or relay it. The state vector a laptop
  announces on (re)connecting is that of its logged Doc, so whatever a crash lost is simply
  sent again.
- A note is stamped with the turn it was typed in, as the typing laptop saw it (AddNote's
  item/phase/speaker/round, its author, its time, and the clock offset to the host measured
  at the last connection): offline laptops have no time sync, and the facilitator may have
  moved on before the note arrives.

Single-threaded: the Meeting, the Doc and the log are touched on one thread (the asyncio
loop's in the command line; the Qt thread, through qasync, in the window).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pycrdt import Doc, Map, create_sync_message, handle_sync_message

from sus_desktop.core.changes import ChangeKind
from sus_desktop.core.commands import AddNote, holds_clock
from sus_desktop.sync import docmap
from sus_desktop.sync.updatelog import COMPACT_AFTER, UpdateLog

if TYPE_CHECKING:
    from sus_desktop.core.commands import Command
    from sus_desktop.core.meeting import Meeting
    from sus_desktop.core.session import Session

LOCAL, REMOTE = "local", "remote"
Outgoing = Callable[[bytes, object], None]  # (update, the peer it came from or None)


class Replica:
    def __init__(
        self,
        meeting: Meeting,
        log: UpdateLog,
        session: Session | None = None,
        initial: bytes | None = None,
    ) -> None:
        """`initial`: a peer's whole Doc fetched before this laptop had one (a first join);
        it is logged first, so this laptop's entities merge into the host's instead of
        competing with them."""
        self.meeting = meeting
        self.log = log
        self.session = session
        self.offset: float | None = None  # host clock minus ours, seconds (None: never met)
        self.listeners: list[Outgoing] = []
        self._origin: str | None = None
        self._out: list[bytes] = []
        self._touched: list[tuple[str, list]] = []
        self.doc: Doc = Doc()
        self._closed = False
        if initial is not None:
            log.append(meeting.id, initial, applied=True)
        for update in log.load(meeting.id):
            self.doc.apply_update(update)
        if log.has_unapplied(meeting.id):  # a crash between logging and applying
            docmap.apply_to_meeting(self.doc, meeting, None)
            log.mark_applied(meeting.id)
        self._doc_sub = self.doc.observe(self._on_doc_update)
        self._root_subs = [
            (root, root.observe_deep(self._collector(name)))
            for name, root in docmap.roots(self.doc).items()
        ]
        # What reached the store but not the Doc (a crash between them), or a first share.
        self._origin = LOCAL
        try:
            docmap.write_meeting(self.doc, meeting, origin=LOCAL)
            author = session.author if session is not None else None
            if author is not None and author.laptop:  # for "Giv uret til …" on the others
                import socket

                docmap.write_laptop(self.doc, author.laptop, socket.gethostname(), author.role)
        finally:
            self._origin = None
        self._touched.clear()
        self._out.clear()  # peers get this through the sync handshake
        if log.count(meeting.id) > COMPACT_AFTER:
            log.compact(meeting.id, self.doc.get_update())
        if session is not None:
            session.on_executed(self._on_executed)

    def _collector(self, name: str):
        def collect(events) -> None:  # one parameter: pycrdt passes the events only
            self._touched.append((name, events))

        return collect

    # --- local -----------------------------------------------------------------------------
    def _on_executed(self, cmd: Command, changes) -> None:
        if self._closed:
            return
        turns = {}
        if isinstance(cmd, AddNote):
            note_changes = [c.id for c in changes if c.kind == ChangeKind.NOTE]
            author = cmd.author
            spiral = self.meeting.spirals.get(cmd.phase or "")
            stamp = {
                "speaker": spiral.current if spiral is not None else None,  # as shown here
                "item": cmd.item,
                "phase": cmd.phase,
                "participant": cmd.participant,
                "round": cmd.round,
                "typed_at": cmd.at,
                "offset": self.offset,
                "laptop": author.laptop if author else "",
                "role": author.role if author else "",
            }
            turns = {nid: stamp for nid in note_changes if nid}
        self.write_local(changes, turns)

    def write_local(self, changes, turns: dict | None = None) -> None:
        self._origin = LOCAL
        try:
            docmap.write_changes(self.doc, self.meeting, changes, origin=LOCAL, turns=turns)
        finally:
            self._origin = None
            self._touched.clear()
        self._flush(None)

    # --- the Doc's updates -----------------------------------------------------------------
    def _on_doc_update(self, event) -> None:
        """Logged at once; offered to the transport after the transaction (never from inside
        it: the engine holds the Doc until the callback returns)."""
        update = event.update
        self.log.append(self.meeting.id, update, applied=self._origin != REMOTE)
        self._out.append(update)

    def _flush(self, source: object) -> None:
        out, self._out = self._out, []
        for update in out:
            for send in list(self.listeners):
                send(update, source)

    # --- remote ----------------------------------------------------------------------------
    def sync_step1(self) -> bytes:
        """The first message on a connection: our state vector (what we have)."""
        return create_sync_message(self.doc)

    def receive(self, message: bytes, source: object = None) -> bytes | None:
        """A y-sync message from a peer: applied, logged and brought into the Meeting before
        this returns; the reply (if any) to send back. Updates are relayed to other peers."""
        self._origin = REMOTE
        try:
            reply = handle_sync_message(message[1:], self.doc)
        finally:
            self._origin = None
        if self._out:
            touched = docmap.touched_by(self._touched)
            self._touched.clear()
            docmap.apply_to_meeting(self.doc, self.meeting, touched)
            self.log.mark_applied(self.meeting.id)
            self._flush(source)  # relayed to the other peers
            if self.reconciles and touched.get("notes"):
                self.reconcile(touched["notes"])
        self._touched.clear()
        return reply

    @property
    def reconciles(self) -> bool:
        """The laptop that holds the clock judges the speakers of arriving notes (speaker.py);
        after a hand-over that is the new holder, not the laptop that hosts."""
        if self.session is None or self.session.author is None:
            return False
        return holds_clock(self.meeting, self.session.author)

    def reconcile(self, note_ids) -> None:
        from sus_desktop.sync.speaker import mismatches

        if self.session is None:
            return
        judge = self.session.author.laptop if self.session.author is not None else ""
        for cmd in mismatches(self.meeting, self.doc, note_ids, judge=judge):
            self.session.execute(cmd)  # written to the Doc and sent like any command

    def laptops(self) -> dict[str, dict]:
        """The laptops that have been in this meeting: id -> {name, role}."""
        return docmap.laptops(self.doc)

    def close(self) -> None:
        self._closed = True
        self.doc.unobserve(self._doc_sub)
        for root, sub in self._root_subs:
            root.unobserve(sub)
        self.listeners.clear()


def doc_from_message_stream() -> Doc:
    """An empty Doc for a one-off pull (join --pull): no Meeting, no log."""
    doc: Doc = Doc()
    doc.get("meta", type=Map)
    return doc

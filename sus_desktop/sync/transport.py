"""Host and join over WebSocket with TLS (issue 15), behind a small interface (`Link`), so the
Qt window can later drive the same code through qasync or an asyncio thread.

After TLS: the SPAKE2 join code exchange (security.py), the clock offset measured on the way
(offline laptops have no time sync), then the y-sync protocol of Yjs as pycrdt implements it
(sync step 1/2 and updates): no protocol of our own. websockets' keepalive is tightened from
its defaults (a dropped Wi-Fi noticed after 40 s or more) to ping 2 s, timeout 2 s, close 1 s:
a drop is noticed within 5 s. The reconnect loop survives every handshake error (one died on
InvalidMessage in the prototype); only a wrong code or a changed certificate ends it.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from pycrdt import (
    Doc,
    YMessageType,
    YSyncMessageType,
    create_sync_message,
    create_update_message,
    handle_sync_message,
)

from sus_desktop.sync.replica import Replica
from sus_desktop.sync.security import OTHER_HOST, WRONG_CODE, Pake, WrongCode, fingerprint

if TYPE_CHECKING:
    from websockets.asyncio.server import Server

    from sus_desktop.sync.discovery import Announcer

log = logging.getLogger(__name__)

KEEPALIVE: dict[str, Any] = {"ping_interval": 2.0, "ping_timeout": 2.0, "close_timeout": 1.0}
HANDSHAKE_S = 5.0
MAX_MESSAGE = 64 * 1024 * 1024
MAGIC = b"SUS-SYNC-1 "
REFUSED = 4001  # close code: wrong join code
WRONG_CODE_DELAY_S = 1.0  # one guess a second per connection: 10^6 codes take weeks
DEFAULT_PORT = 8765

CONNECTED = "Forbundet"
DISCONNECTED = "Afbrudt – dine noter gemmes og sendes, når forbindelsen er tilbage"


class CertificateChanged(Exception):
    pass


class Link(Protocol):
    """What the sync needs from a connection: bytes each way, and the certificate's
    fingerprint as this side saw it."""

    fingerprint: str

    async def send(self, data: bytes) -> None: ...
    async def recv(self) -> bytes: ...
    async def close(self, code: int = 1000, reason: str = "") -> None: ...


class WebSocketLink:
    def __init__(self, ws, fp: str | None = None) -> None:
        self.ws = ws
        if fp is None:
            der = ws.transport.get_extra_info("ssl_object").getpeercert(binary_form=True)
            fp = fingerprint(der)
        self.fingerprint = fp

    async def send(self, data: bytes) -> None:
        await self.ws.send(data)

    async def recv(self) -> bytes:
        data = await self.ws.recv()
        return data.encode() if isinstance(data, str) else data

    async def close(self, code: int = 1000, reason: str = "") -> None:
        await self.ws.close(code, reason)


# --- the join handshake ------------------------------------------------------------------


async def host_handshake(link: Link, code: str, meeting_id: str, now=time.time) -> None:
    async with asyncio.timeout(HANDSHAKE_S):
        hello = await link.recv()
        if not hello.startswith(MAGIC):
            raise ConnectionError("not a SUS Desktop peer")
        pake = Pake(code, host=True)
        await link.send(pake.start())
        pake.finish(hello[len(MAGIC) :])
        pake.check(link.fingerprint, await link.recv())
        await link.send(
            json.dumps(
                {"proof": pake.proof(link.fingerprint).hex(), "time": now(), "meeting": meeting_id}
            ).encode()
        )


async def join_handshake(
    link: Link, code: str, pinned: str | None = None, now=time.time
) -> tuple[str, float]:
    """(meeting id, host clock minus ours in seconds); WrongCode on a wrong code."""
    if pinned is not None and link.fingerprint != pinned:
        raise CertificateChanged(OTHER_HOST)
    import websockets

    try:
        async with asyncio.timeout(HANDSHAKE_S):
            pake = Pake(code, host=False)
            await link.send(MAGIC + pake.start())
            pake.finish(await link.recv())
            t0 = now()
            await link.send(pake.proof(link.fingerprint))
            reply = json.loads(await link.recv())
            t1 = now()
    except websockets.ConnectionClosed as exc:
        if exc.rcvd is not None and exc.rcvd.code == REFUSED:
            raise WrongCode(WRONG_CODE) from exc
        raise
    pake.check(link.fingerprint, bytes.fromhex(reply["proof"]))
    return str(reply["meeting"]), float(reply["time"]) - (t0 + t1) / 2


# --- the y-sync protocol over one link -----------------------------------------------------


async def _maybe(value):
    """The window's replica lives on the Qt thread and answers with an awaitable
    (ui/sync/bridge.py); the command line's answers at once."""
    return await value if inspect.isawaitable(value) else value


async def run_sync(
    link: Link, replica: Replica, on_synced: Callable[[], None] | None = None
) -> None:
    """Until the link drops: our updates out, theirs in (each persisted before the next
    message is read or a reply is sent)."""
    queue: asyncio.Queue[bytes] = asyncio.Queue()

    def out(update: bytes, source) -> None:
        if source is not link:
            queue.put_nowait(create_update_message(update))

    async def pump() -> None:
        while True:
            await link.send(await queue.get())

    replica.listeners.append(out)
    sender = asyncio.create_task(pump())
    try:
        await link.send(await _maybe(replica.sync_step1()))
        while True:
            if sender.done():
                sender.result()  # the link failed while sending
            msg = await link.recv()
            if len(msg) < 2 or msg[0] != YMessageType.SYNC:
                continue
            reply = await _maybe(replica.receive(msg, source=link))
            if msg[1] == YSyncMessageType.SYNC_STEP2 and on_synced is not None:
                on_synced()
            if reply is not None:
                await link.send(reply)
    finally:
        replica.listeners.remove(out)
        sender.cancel()
        with contextlib.suppress(BaseException):
            await sender


# --- the host ------------------------------------------------------------------------------


class HostServer:
    """Serves one meeting to referents; each connection is handshaken, then synced."""

    def __init__(
        self,
        replica: Replica,
        code: str,
        cert: Path,
        key: Path,
        fp: str,
        bind: str = "0.0.0.0",
        port: int = DEFAULT_PORT,
    ) -> None:
        self.replica, self.code, self.fp = replica, code, fp
        self.cert, self.key, self.bind, self.port = cert, key, bind, port
        self.refused = 0
        self.peers: set = set()
        self.on_peers: Callable[[int], None] | None = None  # how many referents are linked
        self.announce_title: str | None = None  # set: announced on the network (discovery.py)
        self._announcer: Announcer | None = None
        self._server: Server | None = None

    async def start(self) -> int:
        from websockets.asyncio.server import serve

        from sus_desktop.sync.security import server_context

        self._server = server = await serve(
            self._handle,
            self.bind,
            self.port,
            ssl=server_context(self.cert, self.key),
            max_size=MAX_MESSAGE,
            **KEEPALIVE,
        )
        self.port = server.sockets[0].getsockname()[1]
        if self.announce_title is not None:
            import socket

            from sus_desktop.sync.discovery import Announcer, build

            payload = build(self.announce_title, socket.gethostname(), self.port, self.fp)
            self._announcer = announcer = Announcer(payload, self.bind)
            announcer.start()
        return self.port

    async def _handle(self, ws) -> None:
        link = WebSocketLink(ws, self.fp)
        try:
            await host_handshake(link, self.code, self.replica.meeting.id)
        except WrongCode:
            self.refused += 1
            await asyncio.sleep(WRONG_CODE_DELAY_S)
            await link.close(REFUSED, "forkert kode")
            return
        except Exception as exc:
            log.info("handshake failed: %r", exc)
            return
        self.peers.add(link)
        self._tell_peers()
        try:
            await run_sync(link, self.replica)
        except Exception as exc:
            log.info("peer left: %r", exc)
        finally:
            self.peers.discard(link)
            self._tell_peers()

    def _tell_peers(self) -> None:
        if self.on_peers is not None:
            self.on_peers(len(self.peers))

    async def close(self) -> None:
        if self._announcer is not None:
            self._announcer.close()
            self._announcer = None
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()


# --- the referent --------------------------------------------------------------------------


def uri(address: str) -> str:
    host, _, port = address.rpartition(":")
    if not host:
        host, port = address, str(DEFAULT_PORT)
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    return f"wss://{host}:{port}/"


async def _connect(address: str):
    from websockets.asyncio.client import connect

    from sus_desktop.sync.security import client_context

    return await connect(
        uri(address),
        ssl=client_context(),
        open_timeout=HANDSHAKE_S,
        max_size=MAX_MESSAGE,
        **KEEPALIVE,
    )


async def pull(address: str, code: str, timeout: float = 15.0, pinned: str | None = None) -> Doc:
    """The host's whole meeting, once (join --pull). WrongCode on a wrong code;
    CertificateChanged unless the host shows the `pinned` certificate (one announced)."""
    async with asyncio.timeout(timeout):
        ws = await _connect(address)
        try:
            link = WebSocketLink(ws)
            await join_handshake(link, code, pinned)
            doc: Doc = Doc()
            await link.send(create_sync_message(doc))
            while True:
                msg = await link.recv()
                if (
                    len(msg) >= 2
                    and msg[0] == YMessageType.SYNC
                    and msg[1] == YSyncMessageType.SYNC_STEP2
                ):
                    handle_sync_message(msg[1:], doc)
                    return doc
        finally:
            await ws.close()


class Joiner:
    """A referent's connection, kept up: reconnects after any failure until stopped."""

    def __init__(
        self,
        address: str,
        code: str,
        replica: Replica,
        pinned: str | None = None,
        on_state: Callable[[str], None] | None = None,
    ) -> None:
        self.address, self.code, self.replica, self.pinned = address, code, replica, pinned
        self.on_state = on_state or (lambda state: None)
        self.state = DISCONNECTED
        self.connections = 0

    def _set(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.on_state(state)

    async def run(self, stop: asyncio.Event, max_attempts: int | None = None) -> None:
        delay, attempts = 0.2, 0
        while not stop.is_set() and (max_attempts is None or attempts < max_attempts):
            attempts += 1
            try:
                ws = await _connect(self.address)
                try:
                    link = WebSocketLink(ws)
                    _mid, offset = await join_handshake(link, self.code, self.pinned)
                    self.pinned = link.fingerprint
                    self.replica.offset = offset
                    self.connections += 1
                    delay = 0.2
                    self._set(CONNECTED)
                    sync = asyncio.create_task(run_sync(link, self.replica))
                    stopped = asyncio.create_task(stop.wait())
                    await asyncio.wait({sync, stopped}, return_when=asyncio.FIRST_COMPLETED)
                    for t in (sync, stopped):
                        t.cancel()
                    with contextlib.suppress(BaseException):
                        await sync
                finally:
                    with contextlib.suppress(BaseException):
                        await asyncio.wait_for(ws.close(), 2.0)
            except (WrongCode, CertificateChanged):
                self._set(DISCONNECTED)
                raise
            except asyncio.CancelledError:
                raise
            except BaseException as exc:
                if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                    raise
                log.info("link failed: %r", exc)
            self._set(DISCONNECTED)
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)
            delay = min(delay * 2, 2.0)

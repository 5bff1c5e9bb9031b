"""Finding a shared meeting on the school network (issue 15): the host announces itself by UDP
broadcast about once a second; "Deltag i møde…" listens and lists what it hears.

Broadcast, not mDNS: on school networks multicast is often dropped while broadcast still gets
through (and with client isolation nothing does: then only a typed address on a network the
facilitator brings helps). The datagram is small JSON: an app marker and protocol version, the
meeting's title, the host's name, its port and its certificate's fingerprint (the joiner pins
it). Never the join code: anyone on the network hears this.

The datagram is built and parsed here without Qt; the host sends it from its asyncio loop with a
plain socket (`Announcer`). Only `interface_broadcasts` touches Qt (QNetworkInterface, lazily):
the standard library has no portable way to list each network's broadcast address.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import os
import re
import socket
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

APP, VERSION = "sus-desktop", 1
DEFAULT_PORT = 45455
PORT_ENV = "SUS_DESKTOP_DISCOVERY_PORT"  # tests run side by side on one machine
MAX_DATAGRAM = 1024
MAX_TITLE, MAX_HOST = 120, 64
INTERVAL_S = 1.0
TARGETS_REFRESH_S = 10.0  # a laptop may change networks while sharing
LIMITED_BROADCAST, LOOPBACK = "255.255.255.255", "127.0.0.1"
FINGERPRINT = re.compile(r"[0-9a-f]{64}")
KEYS = {"app", "v", "title", "host", "port", "fp"}


def discovery_port() -> int:
    value = os.environ.get(PORT_ENV, "")
    return int(value) if value.isdigit() and 0 < int(value) < 65536 else DEFAULT_PORT


@dataclass(frozen=True)
class Announcement:
    """A meeting heard on the network; `address` is where the datagram came from."""

    title: str
    host: str
    address: str
    port: int
    fingerprint: str

    @property
    def endpoint(self) -> str:
        return f"{self.address}:{self.port}"

    @property
    def key(self) -> tuple[str, int]:
        """One host heard over several networks (or its loopback) is one meeting."""
        return self.fingerprint, self.port


def meeting_title(meeting) -> str:
    """School and date, as the window's title and "Del møde" show them."""
    from sus_desktop.core import danish

    info = meeting.info
    parts = [p for p in (info.school.strip(), danish.date_text(info.date)) if p]
    return " – ".join(parts) or info.title


def _clean(text: str, limit: int) -> str:
    text = "".join(c for c in text if not unicodedata.category(c).startswith("C"))
    return " ".join(text.split())[:limit]


def build(title: str, host: str, port: int, fingerprint: str) -> bytes:
    data = {
        "app": APP,
        "v": VERSION,
        "title": _clean(title, MAX_TITLE),
        "host": _clean(host, MAX_HOST),
        "port": int(port),
        "fp": fingerprint.lower(),
    }
    out = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    if len(out) > MAX_DATAGRAM or parse(out, LOOPBACK) is None:
        raise ValueError("not a valid announcement")
    return out


def _text(value, limit: int, empty: bool) -> bool:
    return (
        isinstance(value, str)
        and (empty or bool(value.strip()))
        and len(value) <= limit
        and not any(unicodedata.category(c).startswith("C") for c in value)
    )


def parse(data: bytes, sender: str) -> Announcement | None:
    """The announcement in a datagram from `sender` (an IPv4 address), or None for anything
    else: too large, not JSON, another app or version, a field missing or out of range."""
    if not isinstance(data, bytes | bytearray) or len(data) > MAX_DATAGRAM:
        return None
    try:
        obj = json.loads(bytes(data).decode("utf-8"))
        address = ipaddress.IPv4Address(sender.removeprefix("::ffff:"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(obj, dict) or set(obj) != KEYS:
        return None
    port, version = obj["port"], obj["v"]
    if (
        obj["app"] != APP
        or type(version) is not int
        or version != VERSION
        or type(port) is not int
        or not 0 < port < 65536
        or not _text(obj["title"], MAX_TITLE, empty=False)
        or not _text(obj["host"], MAX_HOST, empty=True)
        or not isinstance(obj["fp"], str)
        or not FINGERPRINT.fullmatch(obj["fp"])
        or address.is_unspecified
        or address.is_multicast
        or address == ipaddress.IPv4Address(LIMITED_BROADCAST)
    ):
        return None
    return Announcement(obj["title"], obj["host"], str(address), port, obj["fp"])


def interface_broadcasts() -> list[str]:
    """Each network's directed broadcast address (192.168.1.255 on a /24), for the networks
    that are up; [] when Qt's network module cannot load."""
    try:
        from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
    except ImportError:
        return []
    flags = QNetworkInterface.InterfaceFlag
    ipv4 = QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
    found: list[str] = []
    for iface in QNetworkInterface.allInterfaces():
        f = iface.flags()
        if not (f & flags.IsUp and f & flags.CanBroadcast) or f & flags.IsLoopBack:
            continue
        for entry in iface.addressEntries():
            b = entry.broadcast()
            if entry.ip().protocol() == ipv4 and not b.isNull() and b.toString() not in found:
                found.append(b.toString())
    return found


def announce_targets(bind: str = "0.0.0.0") -> list[str]:
    """Where to send: on a host bound to loopback only this machine; else every network's
    broadcast (the limited one and each directed one), and this machine itself (a second
    window here hears it even where broadcast is not looped back)."""
    if bind.startswith("127.") or bind == "localhost":
        return [LOOPBACK]
    return [LIMITED_BROADCAST, *interface_broadcasts(), LOOPBACK]


class Announcer:
    """Sends one datagram about once a second from the running asyncio loop, until closed
    (or the loop ends). Send errors (no network yet, a firewall) are ignored: it tries again."""

    def __init__(
        self,
        payload: bytes,
        bind: str = "0.0.0.0",
        targets: Callable[[], list[str]] | None = None,
        port: int | None = None,
        interval: float = INTERVAL_S,
    ) -> None:
        self.payload, self.bind, self.interval = payload, bind, interval
        self.port = discovery_port() if port is None else port
        self.targets = targets or (lambda: announce_targets(bind))
        self.sent = 0
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    def _socket(self) -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        sock.setblocking(False)
        if self.bind not in ("0.0.0.0", "", "::"):
            with contextlib.suppress(OSError):
                sock.bind((self.bind, 0))  # the datagram's sender is the address served
        return sock

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        sock = self._socket()
        targets, refreshed = [], float("-inf")
        try:
            while True:
                if loop.time() - refreshed >= TARGETS_REFRESH_S:
                    targets, refreshed = self.targets(), loop.time()
                for target in targets:
                    try:
                        sock.sendto(self.payload, (target, self.port))
                        self.sent += 1
                    except OSError:
                        pass  # this network refuses broadcast, or is gone: the others may work
                await asyncio.sleep(self.interval)
        finally:
            sock.close()

    def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

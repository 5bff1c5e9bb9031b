"""One app per data folder: a second start hands its request to the running window and exits.

Two windows on one store overwrite each other's clock log and lists, so the first start takes
a QLockFile in the data folder and listens on a QLocalServer whose name is a hash of that
folder (SUS_DESKTOP_DATA_DIR thus separates instances). A later start that finds the lock held
sends its request (a meeting file to open, as an absolute path) to that server, waits for the
answer and exits. A lock left by a crash (kill -9) is stale: QLockFile sees that its process
is gone and takes it over.

The second start needs no QApplication, and the first imports QtNetwork (and hashlib) only
once its window is up (`listen`), so neither start pays for what it does not use. Qt-free at
import, so the launcher can load it before PySide6 (see cli._preload_qt_free_modules).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtNetwork import QLocalServer

LOCK_NAME = "sus-desktop.lock"
HAND_OVER_TIMEOUT_S = 10.0  # the first start may still be opening its window
_CONNECT_MS = 500
_ANSWER_MS = 3000
_MAX_MESSAGE = 64 * 1024
OK = b"ok\n"


class NotResponding(Exception):
    """Another start holds the data folder but does not answer."""


def server_name(folder: Path) -> str:
    """The same folder, however it is written, gives the same name."""
    import hashlib  # its OpenSSL part costs ~2 ms: not before the first window

    key = os.path.normcase(os.path.realpath(folder))
    return "sus-desktop-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def make_request(open_path: Path | None, argv: list[str] | None = None) -> dict:
    """What a second start asks of the first; a file path made absolute, since the running
    app has its own working folder."""
    return {
        "open": os.path.abspath(open_path) if open_path is not None else None,
        "argv": list(argv or []),
    }


class Instance:
    """This process's claim on the data folder (lock None: the folder cannot hold a lock
    file, e.g. it is read-only; the app then runs without the guard rather than not at all)."""

    def __init__(self, folder: Path, lock: QLockFile | None) -> None:
        self.folder = folder
        self.lock = lock
        self.server: QLocalServer | None = None
        self._on_request: Callable[[dict], None] | None = None
        self._stopped = False

    def listen(self, on_request: Callable[[dict], None]) -> bool:
        """Take requests from later starts; `on_request` runs in the event loop."""
        if self.lock is None or self._stopped:
            return False
        from PySide6.QtNetwork import QLocalServer

        self._on_request = on_request
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(self.folder)
        QLocalServer.removeServer(name)  # a socket file left by a crash: we hold the lock
        if not server.listen(name):
            return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def _accept(self) -> None:
        while self.server is not None and (sock := self.server.nextPendingConnection()):
            buffer = bytearray()
            sock.readyRead.connect(lambda s=sock, b=buffer: self._read(s, b))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock, buffer: bytearray) -> None:
        buffer += bytes(sock.readAll().data())
        if len(buffer) > _MAX_MESSAGE:
            sock.abort()
            return
        if b"\n" not in buffer:
            return
        try:
            request = json.loads(bytes(buffer).split(b"\n", 1)[0].decode("utf-8"))
        except ValueError:
            sock.abort()
            return
        # Answer first: opening the file may show a dialog, and the second start must not
        # wait for the user.
        sock.write(OK)
        sock.flush()
        sock.disconnectFromServer()
        handler = self._on_request
        if isinstance(request, dict) and handler is not None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: handler(request))

    def stop_listening(self) -> None:
        self._stopped = True
        if self.server is not None:
            self.server.close()
            self.server = None
        self._on_request = None

    def release(self) -> None:
        self.stop_listening()
        if self.lock is not None:
            self.lock.unlock()


def claim_or_hand_over(
    folder: Path, request: dict, timeout: float = HAND_OVER_TIMEOUT_S
) -> Instance | None:
    """The claim to run as the app, or None once a running app has taken `request`.

    Raises NotResponding when another start holds the folder but does not answer in time."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(Path(folder) / LOCK_NAME))
    lock.setStaleLockTime(0)  # held as long as the app runs; only a dead owner makes it stale
    deadline = time.monotonic() + timeout
    while True:
        if lock.tryLock(0):
            return Instance(folder, lock)
        if lock.error() != QLockFile.LockError.LockFailedError:
            return Instance(folder, None)  # no lock file possible here: run unguarded
        if _unreadable(lock, Path(folder) / LOCK_NAME):
            lock.removeStaleLockFile()
            continue
        if send(server_name(folder), request):
            return None
        if time.monotonic() > deadline:
            raise NotResponding(str(folder))
        time.sleep(0.1)  # the first start has not opened its window yet


def _unreadable(lock: QLockFile, path: Path, grace_s: float = 2.0) -> bool:
    """A lock file without an owner in it (power cut right after it was created): QLockFile
    never calls it stale, so it would block every start. The grace period covers an owner
    that has created the file but not yet written to it."""
    info = lock.getLockInfo()
    if info and info[0]:
        return False
    try:
        return time.time() - path.stat().st_mtime > grace_s
    except OSError:
        return False


def send(name: str, request: dict) -> bool:
    """Hand `request` to the app listening on `name`; True once it answered."""
    from PySide6.QtNetwork import QLocalSocket

    _allow_foreground()
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(_CONNECT_MS):
        return False
    sock.write(json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n")
    sock.flush()
    answer = b""
    deadline = time.monotonic() + _ANSWER_MS / 1000
    while not answer.endswith(b"\n") and time.monotonic() < deadline:
        if sock.bytesAvailable() or sock.waitForReadyRead(100):
            answer += bytes(sock.readAll().data())
        elif sock.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            break
    sock.abort()
    return answer == OK


def _allow_foreground() -> None:
    """Windows lets only the process the user just started bring a window to the front:
    pass that right on to the running app."""
    if sys.platform == "win32":
        try:
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
        except (AttributeError, OSError):  # only a nicety
            pass


def bring_to_front(window) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()

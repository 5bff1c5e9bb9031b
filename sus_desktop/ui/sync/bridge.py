"""The sync's asyncio loop on a thread, and the replica as that loop sees it.

The Replica (sus_desktop/sync/replica.py) is single-threaded: it touches the Meeting, whose
store writes and whose screens redraw. Here it stays on the Qt thread; the transport (run on
the loop's thread) gets `ThreadedReplica`, whose `receive` and `sync_step1` run the real ones
on the Qt thread through a queued signal and hand back an awaitable (transport.run_sync
awaits it). Updates made on the Qt thread reach the loop through `call_soon_threadsafe`.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class QtCaller(QObject):
    """Runs callables on the thread this object lives on (the Qt thread), in order."""

    call = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.call.connect(self._run)  # queued when emitted from the loop's thread

    def _run(self, fn) -> None:
        fn()


class LoopThread:
    """One asyncio loop on a daemon thread for the window's sync."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, name="sus-sync", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def submit(self, coro) -> concurrent.futures.Future:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def stop(self, timeout: float = 3.0) -> None:
        """Cancel what still runs (connections, reconnect loops) and let it finish before the
        loop stops, so no task is left to a closed loop ("no running event loop" at exit)."""
        if self.loop.is_closed():
            return
        if self.thread.is_alive():
            with contextlib.suppress(concurrent.futures.TimeoutError, RuntimeError):
                self.submit(self._cancel_all()).result(timeout)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(timeout)
        if not self.thread.is_alive():
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            self.loop.close()

    async def _cancel_all(self) -> None:
        me = asyncio.current_task()
        tasks = [t for t in asyncio.all_tasks() if t is not me]
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


class ThreadedReplica:
    """What HostServer, Joiner and run_sync use of a Replica, callable from the loop's thread."""

    def __init__(self, replica, loop: asyncio.AbstractEventLoop, qt: QtCaller) -> None:
        self._replica, self._loop, self._qt = replica, loop, qt
        self.meeting = replica.meeting  # the transport reads only its (fixed) id
        self.listeners: list[Callable[[bytes, object], None]] = []  # on the loop's thread
        self._closed = False
        replica.listeners.append(self._from_qt)

    @property
    def offset(self) -> float | None:
        return self._replica.offset

    @offset.setter
    def offset(self, value: float | None) -> None:
        self._replica.offset = value  # one attribute: read by the Qt thread at the next note

    def _from_qt(self, update: bytes, source: object) -> None:
        if not self._closed:
            with contextlib.suppress(RuntimeError):  # the loop closed at shutdown
                self._loop.call_soon_threadsafe(self._fan_out, update, source)

    def _fan_out(self, update: bytes, source: object) -> None:
        for send in list(self.listeners):
            send(update, source)

    async def _on_qt(self, fn):
        fut: concurrent.futures.Future = concurrent.futures.Future()

        def run() -> None:
            if not fut.set_running_or_notify_cancel():
                return  # cancelled while queued (a link closed)
            if self._closed:
                fut.set_exception(ConnectionError("sharing stopped"))
                return
            try:
                fut.set_result(fn())
            except BaseException as exc:
                fut.set_exception(exc)

        self._qt.call.emit(run)
        return await asyncio.wrap_future(fut)

    def sync_step1(self):
        return self._on_qt(self._replica.sync_step1)

    def receive(self, message: bytes, source: object = None):
        return self._on_qt(lambda: self._replica.receive(message, source))

    def close(self) -> None:
        """On the Qt thread: nothing more is applied or sent."""
        self._closed = True
        if self._from_qt in self._replica.listeners:
            self._replica.listeners.remove(self._from_qt)

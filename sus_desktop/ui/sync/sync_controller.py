"""Sharing the open meeting (the facilitator) and joining one (a referent), for one window.

Built by AppController the first time "Del møde" or "Deltag i møde…" is chosen. The network
runs on the loop thread (bridge.py); every result comes back to the Qt thread as a queued
call. A referent's meeting opens with the referent's author (the core then refuses clock and
spiral commands from this laptop), the clock controls hidden and the note field focused;
the facilitator's clock, item, phase and speaker arrive as log entries and spiral state, so
the run view mirrors them.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from sus_desktop.ui.sync.bridge import LoopThread, QtCaller, ThreadedReplica

HOST, REFERENT_ROLE = "host", "referent"
# Spiral round and reflection controls, by object name (ui/modes/).
FACILITATOR_CONTROLS = (
    "next_button",
    "pass_button",
    "new_round_button",
    "opt_reverse",
    "opt_same_start",
    "shuffle_button",
    "skip_button",
    "late_button",
    "go_button",
)


class SyncController(QObject):
    def __init__(self, app) -> None:
        super().__init__(app)
        self.app = app
        self.qt = QtCaller(self)
        self._loop: LoopThread | None = None
        self.mode: str | None = None  # HOST, REFERENT_ROLE or None
        self.bind, self.port = "0.0.0.0", None  # None: the sync's default port, else any free
        self.new_code = None  # tests and screenshots fix the code; else a random one
        self.code = ""
        self.address = ""
        self.peers = 0
        self.state = ""
        self.dialog = None
        self._replica = None
        self._threaded: ThreadedReplica | None = None
        self._server = None
        self._stop_event: asyncio.Event | None = None
        self._task = None
        self._pending = None  # a join's pull under way
        self.label = QLabel(objectName="sync_status")
        self.label.hide()
        app.window.statusBar().addPermanentWidget(self.label)

    def loop(self) -> LoopThread:
        if self._loop is None:
            self._loop = LoopThread()
        return self._loop

    def _available(self) -> bool:
        from sus_desktop.sync import SyncUnavailable, require_network_sync

        try:
            require_network_sync()
        except SyncUnavailable as exc:
            self.app.dialogs.error(self.tr("Deling er ikke mulig"), str(exc))
            return False
        return True

    def _queued(self, fn):
        """A callback for the loop's thread that runs `fn(*args)` on the Qt thread."""
        return lambda *args: self.qt.call.emit(lambda: fn(*args))

    # --- the facilitator: "Del møde" ---------------------------------------------------
    def share(self) -> None:
        cur = self.app.current
        if cur is None:
            return
        if self.mode == HOST:
            self._show_share_dialog()
            return
        if self.mode == REFERENT_ROLE:
            self.app.dialogs.error(
                self.tr("Del møde"),
                self.tr("Du deltager som referent i et møde, som en anden bærbar deler."),
            )
            return
        if not self._available():
            return
        from sus_desktop import paths
        from sus_desktop.sync.replica import Replica
        from sus_desktop.sync.security import ensure_certificate, new_code
        from sus_desktop.sync.transport import DEFAULT_PORT, HostServer
        from sus_desktop.sync.updatelog import UpdateLog

        self.code = (self.new_code or new_code)()
        cert, key, fp = ensure_certificate(paths.data_dir())
        loop = self.loop()
        self._replica = Replica(cur.session.meeting, UpdateLog(), cur.session.core)
        self._threaded = ThreadedReplica(self._replica, loop.loop, self.qt)
        port = DEFAULT_PORT if self.port is None else self.port
        server = HostServer(self._threaded, self.code, cert, key, fp, self.bind, port)
        server.on_peers = self._queued(self._show_peers)
        self._server = server
        self.mode = HOST
        self.peers = 0

        async def start() -> int:
            try:
                return await server.start()
            except OSError:
                if server.port == 0:
                    raise
                server.port = 0  # the usual port is taken: any free one (the dialog shows it)
                return await server.start()

        loop.submit(start()).add_done_callback(self._queued(self._listening))
        self._show_status()

    def _listening(self, fut) -> None:
        if self.mode != HOST or self._server is None:
            return
        exc = fut.exception()
        if exc is not None:
            self.stop()
            self.app.dialogs.error(
                self.tr("Mødet kunne ikke deles"),
                self.tr("Der kan ikke lyttes på netværket (%1).").replace("%1", str(exc)),
            )
            return
        self.port = fut.result()
        self._show_share_dialog()
        self._show_status()

    def addresses(self) -> list[str]:
        if self.bind not in ("0.0.0.0", "::", ""):
            return [self.bind]
        from sus_desktop.ui.sync.share_dialog import local_ipv4_addresses

        return local_ipv4_addresses()

    def _show_share_dialog(self) -> None:
        from sus_desktop.ui.sync.share_dialog import ShareDialog

        if self.dialog is None:
            self.dialog = ShareDialog(
                self.addresses(), self._server.port, self.code, self.app.window
            )
            self.dialog.stop_requested.connect(self.stop)
        self.dialog.set_peers(self.peers)
        self.dialog.show()
        self.dialog.raise_()

    def _show_peers(self, count: int) -> None:
        if self.mode != HOST:
            return
        self.peers = count
        if self.dialog is not None:
            self.dialog.set_peers(count)
        self._show_status()

    # --- a referent: "Deltag i møde…" ----------------------------------------------------
    def ask_join(self) -> None:
        from sus_desktop.ui.sync.join_dialog import JoinDialog

        last = self.app.store.get_setting("sync_last_address")
        dlg = JoinDialog(last if isinstance(last, str) else "", self.app.window)
        dlg.finished.connect(dlg.deleteLater)
        dlg.accepted.connect(lambda: self.join(dlg.address(), dlg.code()))
        dlg.open()
        self.join_dialog = dlg

    def join(self, address: str, code: str) -> None:
        """Fetch the host's meeting (a wrong code stops here, nothing opened), then open it
        as a referent and keep it in step."""
        if not self._available():
            return
        from sus_desktop.sync.security import check_code
        from sus_desktop.sync.transport import pull

        try:
            code = check_code(code)
        except ValueError:
            self.app.dialogs.error(
                self.tr("Deltag i møde"), self.tr("Koden skal være 6 cifre, fx 123456.")
            )
            return
        self.app.window.statusBar().showMessage(
            self.tr("Forbinder til %1 …").replace("%1", address)
        )
        self._pending = self.loop().submit(pull(address, code))
        self._pending.add_done_callback(self._queued(lambda fut: self._pulled(fut, address, code)))

    def _pulled(self, fut, address: str, code: str) -> None:
        from sus_desktop.sync.security import WrongCode

        if fut is not self._pending:
            return  # stopped meanwhile, or a later attempt
        self._pending = None
        self.app.window.statusBar().clearMessage()
        exc = fut.exception()
        if isinstance(exc, WrongCode):
            self.app.dialogs.error(
                self.tr("Deltag i møde"),
                self.tr("Koden er forkert. Tjek de 6 cifre på facilitatorens skærm, og prøv igen."),
            )
            return
        if exc is not None:
            self.app.dialogs.error(
                self.tr("Deltag i møde"),
                self.tr(
                    "Kunne ikke forbinde til %1. Tjek adressen og porten, og at begge bærbare er på "
                    "samme netværk. På et gæstenet kan de bærbare ikke se hinanden: brug et hotspot "
                    "fra en telefon eller en rejserouter."
                ).replace("%1", address),
            )
            return
        self._open_joined(address, code, fut.result())

    def _open_joined(self, address: str, code: str, doc) -> None:
        from sus_desktop.core.commands import REFERENT, Author
        from sus_desktop.sync.peer import laptop_id, store_pulled
        from sus_desktop.sync.replica import Replica
        from sus_desktop.sync.transport import Joiner
        from sus_desktop.sync.updatelog import UpdateLog

        store, app = self.app.store, self.app
        app.close_meeting(show_start=False)  # stops any sharing; the stored copy is merged
        meeting, initial = store_pulled(store, doc, address)
        store.set_setting("sync_last_address", address)
        cur = app.open_meeting(meeting, author=Author(laptop_id(store), REFERENT))
        loop = self.loop()
        self._replica = Replica(cur.session.meeting, UpdateLog(), cur.session.core, initial=initial)
        self._threaded = ThreadedReplica(self._replica, loop.loop, self.qt)
        pinned = store.get_setting(f"sync_pin:{address}")
        joiner = Joiner(
            address,
            code,
            self._threaded,
            pinned if isinstance(pinned, str) else None,
            on_state=self._queued(self._joined_state),
        )
        self._joiner = joiner
        self.mode, self.address, self.code = REFERENT_ROLE, address, code
        self.state = ""
        stop = asyncio.Event()
        self._stop_event = stop
        self._task = loop.submit(joiner.run(stop))
        self._task.add_done_callback(self._queued(self._join_ended))
        self._referent_view(True)
        self._show_status()

    def _joined_state(self, state: str) -> None:
        from sus_desktop.sync.transport import CONNECTED

        if self.mode != REFERENT_ROLE:
            return
        self.state = state
        if state == CONNECTED and self._joiner.pinned:
            self.app.store.set_setting(f"sync_pin:{self.address}", self._joiner.pinned)
        self._show_status()

    def _join_ended(self, fut) -> None:
        if fut is not self._task or fut.cancelled():
            return
        exc = fut.exception()
        if exc is None:
            return
        from sus_desktop.sync.security import WrongCode

        self.state = ""
        self._show_status()
        if isinstance(exc, WrongCode):
            text = self.tr(
                "Koden er forkert. Facilitatoren har måske delt mødet igen med en ny "
                "kode: deltag igen med den."
            )
        else:
            text = self.tr(
                "Værten viser et andet certifikat end ved sidste forbindelse. Af "
                "sikkerhedshensyn forbindes der ikke; deltag i mødet igen med en ny "
                "kode."
            )
        self.app.dialogs.error(self.tr("Forbindelsen til mødet er stoppet"), text)

    def _referent_view(self, on: bool) -> None:
        """The referent mirrors the clock: its controls are hidden, the notes come first."""
        w, cur = self.app.window, self.app.current
        ra = w.run_actions
        for a in (
            ra.toggle,
            ra.next,
            ra.previous,
            ra.next_item,
            ra.plus,
            ra.minus,
            ra.rebalance,
            ra.finish,
        ):
            a.setVisible(not on)
        if cur is None:
            return
        cur.run_view.rebalance_button.setVisible(not on)
        # The mode panels' facilitator buttons (the core refuses them from a referent anyway).
        for name in FACILITATOR_CONTROLS:
            for widget in cur.run_view.findChildren(QWidget, name):
                widget.setVisible(not on)
        cur.run_view.set_layout_mode("referent" if on else self.app.settings.run_layout)
        if on:
            self.app._show_tab(1)
            QTimer.singleShot(0, self, self._focus_note)

    def _focus_note(self) -> None:
        cur = self.app.current
        if cur is not None and cur.panels is not None and self.mode == REFERENT_ROLE:
            self.app.window.activateWindow()  # back from the join dialog
            cur.panels.notes.edit.setFocus()

    # --- both -------------------------------------------------------------------------
    def _show_status(self) -> None:
        from sus_desktop.sync.transport import CONNECTED

        lbl = self.label
        if self.mode is None:
            lbl.hide()
            return
        if self.mode == HOST:
            text = (
                self.tr("Mødet deles (kode %1) · forbundne referenter: %2")
                .replace("%1", self.code)
                .replace("%2", str(self.peers))
            )
            ok = True
        elif self.state == CONNECTED:
            text, ok = self.tr("Forbundet"), True
        else:
            text = self.tr("Afbrudt – dine noter gemmes og sendes, når forbindelsen er tilbage")
            ok = False
        lbl.setText(("● " if ok else "⚠ ") + text)
        lbl.setStyleSheet(
            "color: #1B5E20; font-weight: bold;" if ok else "color: #B71C1C; font-weight: bold;"
        )
        lbl.setToolTip(self.address if self.mode == REFERENT_ROLE else "")
        lbl.show()

    def stop(self) -> None:
        """Stop sharing or leave the joined meeting (the meeting itself stays open)."""
        mode, self.mode = self.mode, None
        self._pending = None
        if self._threaded is not None:
            self._threaded.close()
        if self._loop is not None:
            loop = self._loop.loop
            if self._stop_event is not None:
                loop.call_soon_threadsafe(self._stop_event.set)
            if self._server is not None:
                self._loop.submit(self._server.close())
        if self._replica is not None:
            self._replica.close()
            self._replica.log.close()
        self._replica = self._threaded = self._server = self._stop_event = self._task = None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if mode == REFERENT_ROLE:
            self._referent_view(False)
        self.peers, self.state = 0, ""
        self._show_status()

    def shutdown(self) -> None:
        self.stop()
        if self._loop is not None:
            self._loop.stop()
            self._loop = None

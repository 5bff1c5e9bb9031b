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
import contextlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from sus_desktop.ui.sync import rejoin
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
        self.title = ""  # the shared meeting as announced on the network
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
        self._quiet = False  # a share resumed at start-up: no dialog
        self._closing = None  # the server's close under way
        self.prompt = None  # the referent's speaker question (speaker_prompt.py)
        w = app.window  # "Forlad mødet": a referent leaves for good (not rejoined at start)
        self.leave_action = QAction(self.tr("Forlad mødet"), w, objectName="leave_meeting")
        self.leave_action.triggered.connect(self.leave)
        self.leave_action.setVisible(False)
        for entry in w.menuBar().actions():
            menu = entry.menu()
            if menu is not None and w.join_action in menu.actions():
                after = menu.actions()[menu.actions().index(w.join_action) + 1 :]
                menu.insertAction(after[0] if after else None, self.leave_action)
        self.label = QLabel(objectName="sync_status")
        self.label.hide()
        app.window.statusBar().addPermanentWidget(self.label)
        self._mirroring = False  # another laptop holds the clock: this window mirrors it
        self._watched = None  # the session whose clock holder is followed
        self._build_clock_menu()

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
    def share(self, resume: dict | None = None) -> None:
        """`resume`: the code and port this meeting was shared with before a restart."""
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
        from sus_desktop.sync.discovery import meeting_title
        from sus_desktop.sync.replica import Replica
        from sus_desktop.sync.security import ensure_certificate, new_code
        from sus_desktop.sync.transport import DEFAULT_PORT, HostServer
        from sus_desktop.sync.updatelog import UpdateLog

        self.code = str(resume["code"]) if resume else (self.new_code or new_code)()
        if resume and isinstance(resume.get("port"), int):
            self.port = resume["port"]  # if free: the referents reconnect by themselves
        self._quiet = resume is not None
        cert, key, fp = ensure_certificate(paths.data_dir())
        from sus_desktop.core.commands import FACILITATOR, Author
        from sus_desktop.sync.peer import laptop_id

        # The clock can come back to this laptop only if the meeting knows its id.
        cur.session.core.author = Author(laptop_id(self.app.store), FACILITATOR)
        loop = self.loop()
        self._replica = Replica(cur.session.meeting, UpdateLog(), cur.session.core)
        self._threaded = ThreadedReplica(self._replica, loop.loop, self.qt)
        port = DEFAULT_PORT if self.port is None else self.port
        server = HostServer(self._threaded, self.code, cert, key, fp, self.bind, port)
        server.on_peers = self._queued(self._show_peers)
        server.announce_title = self.title = meeting_title(cur.session.meeting)  # listed to join
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
        self.apply_role()
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
        mid = self.app.current.session.meeting.id
        rejoin.remember(self.app.store, mid, role=HOST, code=self.code, port=self.port)
        if not self._quiet:
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
                self.addresses(), self._server.port, self.code, self.app.window, self.title
            )
            self.dialog.stop_requested.connect(self.leave)
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
        dlg.accepted.connect(lambda: self.join(dlg.address(), dlg.code(), dlg.fingerprint()))
        dlg.open()
        self.join_dialog = dlg

    def join(self, address: str, code: str, pinned: str | None = None) -> None:
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
        self._pending = self.loop().submit(pull(address, code, pinned=pinned))  # pinned: listed
        self._pending.add_done_callback(
            self._queued(lambda fut: self._pulled(fut, address, code, pinned))
        )

    def _pulled(self, fut, address: str, code: str, pinned: str | None = None) -> None:
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
        self._open_joined(address, code, fut.result(), pinned)

    def _open_joined(self, address: str, code: str, doc, announced: str | None = None) -> None:
        from sus_desktop.core.commands import REFERENT, Author
        from sus_desktop.sync.peer import laptop_id, store_pulled
        from sus_desktop.sync.replica import Replica
        from sus_desktop.sync.updatelog import UpdateLog

        store, app = self.app.store, self.app
        app.close_meeting(show_start=False)  # stops any sharing; the stored copy is merged
        meeting, initial = store_pulled(store, doc, address)
        store.set_setting("sync_last_address", address)
        laptop = laptop_id(store)
        cur = app.open_meeting(meeting, author=Author(laptop, REFERENT))
        rejoin.remember(
            store, meeting.id, role=REFERENT_ROLE, address=address, code=code, laptop=laptop
        )
        self._follow(
            cur,
            address,
            code,
            Replica(cur.session.meeting, UpdateLog(), cur.session.core, initial=initial),
            announced,
        )

    def rejoin(self, rec: dict) -> None:
        """After a restart: share this meeting again, or follow its host again (rejoin.py)."""
        cur = self.app.current
        if cur is None or self.mode is not None or not self._available():
            return
        if rec.get("role") == HOST:
            self.share(resume=rec)
            return
        from sus_desktop.sync.replica import Replica
        from sus_desktop.sync.updatelog import UpdateLog

        log = UpdateLog()
        if not log.count(cur.session.meeting.id):  # no Doc kept here: fetch the host's first
            log.close()
            self.join(str(rec.get("address")), str(rec["code"]))
            return
        self._follow(
            cur,
            str(rec.get("address")),
            str(rec["code"]),
            Replica(cur.session.meeting, log, cur.session.core),
        )

    def _follow(self, cur, address: str, code: str, replica, announced: str | None = None) -> None:
        """Keep the open meeting in step with its host, reconnecting until stopped."""
        from sus_desktop.sync.peer import laptop_id
        from sus_desktop.sync.transport import Joiner
        from sus_desktop.ui.sync.speaker_prompt import SpeakerPrompt

        store, loop = self.app.store, self.loop()
        offset = store.get_setting(f"sync_offset:{address}")  # until measured again
        replica.offset = offset if isinstance(offset, (int, float)) else None
        self._replica = replica
        self._threaded = ThreadedReplica(self._replica, loop.loop, self.qt)
        pinned = announced or store.get_setting(f"sync_pin:{address}")
        notes = cur.panels.notes if cur.panels is not None else None
        if notes is not None:  # "ret til …?" for notes typed here before a turn change arrived
            self.prompt = SpeakerPrompt(cur.session, laptop_id(store), notes)
            notes.layout().insertWidget(notes.layout().indexOf(notes.undo_bar) + 1, self.prompt)
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
        self.apply_role()
        self._show_status()

    def _joined_state(self, state: str) -> None:
        from sus_desktop.sync.transport import CONNECTED

        if self.mode != REFERENT_ROLE:
            return
        self.state = state
        if state == CONNECTED and self._joiner.pinned:
            self.app.store.set_setting(f"sync_pin:{self.address}", self._joiner.pinned)
        if state == CONNECTED and self._replica is not None:
            self.app.store.set_setting(f"sync_offset:{self.address}", self._replica.offset)
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
        self.app.window.set_run_toolbar_visible(not on)  # nothing left in it to use
        if cur.panels is not None:  # also the mode panels built later
            cur.panels.set_read_only(on, FACILITATOR_CONTROLS)
        cur.run_view.set_layout_mode("referent" if on else self.app.settings.run_layout)
        if on:
            self.app._show_tab(1)
            QTimer.singleShot(0, self, self._focus_note)

    def _focus_note(self) -> None:
        cur = self.app.current
        if cur is not None and cur.panels is not None and self._mirroring:
            self.app.window.activateWindow()  # back from the join dialog
            cur.panels.notes.edit.setFocus()

    # --- the clock holder: one laptop per meeting, handed over (issue 15) -------------
    def _build_clock_menu(self) -> None:
        """ "Giv uret til …" and "Tag uret tilbage…" in the menu that holds "Del møde…"."""
        w = self.app.window
        self.give_menu = QMenu(self.tr("Giv uret til"), w, objectName="give_clock_menu")
        self.give_menu.aboutToShow.connect(self._fill_give_menu)
        self.take_action = QAction(self.tr("Tag uret tilbage…"), w, objectName="take_clock")
        self.take_action.triggered.connect(self.take_clock)
        for entry in w.menuBar().actions():
            menu = entry.menu()
            if menu is not None and w.join_action in menu.actions():
                after = menu.actions()[menu.actions().index(w.join_action) + 1 :]
                before = after[0] if after else None
                menu.insertMenu(before, self.give_menu)
                menu.insertAction(before, self.take_action)
        self._clock_menu_state()

    def _author(self):
        cur = self.app.current
        return None if cur is None else cur.session.core.author

    def _clock_menu_state(self) -> None:
        from sus_desktop.core.commands import REFERENT, holds_clock

        cur, author = self.app.current, self._author()
        holds = cur is not None and holds_clock(cur.session.meeting, author)
        self.give_menu.menuAction().setVisible(self.mode is not None and holds)
        self.take_action.setVisible(
            cur is not None and not holds and author is not None and author.role != REFERENT
        )

    def laptops(self) -> dict[str, dict]:
        """The other laptops in the shared meeting: id -> {name, role}."""
        me = self._author()
        found = self._replica.laptops() if self._replica is not None else {}
        return {k: v for k, v in found.items() if me is None or k != me.laptop}

    def _fill_give_menu(self) -> None:
        self.give_menu.clear()
        others = self.laptops()
        if not others:
            none = self.give_menu.addAction(self.tr("Ingen anden bærbar i mødet endnu"))
            none.setEnabled(False)
        for laptop, info in sorted(others.items(), key=lambda kv: kv[1].get("name", "")):
            a = self.give_menu.addAction(self._laptop_name(info))
            a.triggered.connect(lambda _=False, k=laptop: self.hand_over_to(k))

    def _laptop_name(self, info: dict) -> str:
        role = self.tr("referent") if info.get("role") == "referent" else self.tr("facilitator")
        return f"{info.get('name') or self.tr('Bærbar')} ({role})"

    def _holder_name(self) -> str:
        cur = self.app.current
        holder = cur.session.meeting.info.clock_holder if cur is not None else ""
        if not self._mirroring or not holder or self._replica is None:
            return ""
        return self._laptop_name(self._replica.laptops().get(holder, {}))

    def hand_over_to(self, laptop: str, ask: bool = True) -> None:
        from sus_desktop.core.commands import HandOverClock

        cur = self.app.current
        if cur is None:
            return
        name = self._laptop_name(self.laptops().get(laptop, {}))
        if ask and not self.app.dialogs.confirm(
            self.tr("Giv uret videre"),
            self.tr(
                "%1 styrer derefter uret, spiralsamtalen og taletiden. Denne bærbare viser "
                "uret og skriver noter som referent, til uret gives tilbage."
            ).replace("%1", name),
            self.tr("Giv uret til %1").replace("%1", name),
        ):
            return
        cur.session.execute(HandOverClock(to_laptop=laptop))

    def take_clock(self) -> None:
        from sus_desktop.core.commands import TakeClock

        cur = self.app.current
        if cur is None or not self.app.dialogs.confirm(
            self.tr("Tag uret tilbage"),
            self.tr(
                "Gør det kun, hvis den bærbare, der har uret, har forladt mødet: ellers styrer "
                "to bærbare uret, indtil de mødes igen."
            ),
            self.tr("Tag uret tilbage"),
        ):
            return
        cur.session.execute(TakeClock())

    def apply_role(self) -> None:
        """The window follows the meeting's clock holder: its controls, or a mirror."""
        from sus_desktop.core.commands import holds_clock

        cur = self.app.current
        if cur is None:
            return
        if self._watched is not cur.session:
            self._watched = cur.session
            cur.session.changed.connect(self._on_changed)
        mirror = not holds_clock(cur.session.meeting, cur.session.core.author)
        if mirror != self._mirroring:
            self._mirroring = mirror
            self._referent_view(mirror)
        self._clock_menu_state()
        self._show_status()

    def _on_changed(self, changes) -> None:
        from sus_desktop.core.changes import ChangeKind

        if "clock_holder" in changes.ids(ChangeKind.INFO):
            self.apply_role()

    # --- both -------------------------------------------------------------------------
    def _show_status(self) -> None:
        self.leave_action.setVisible(self.mode == REFERENT_ROLE)
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
        holder = self._holder_name()
        if holder:  # this laptop mirrors the clock another one runs
            text += self.tr(" · uret styres fra %1").replace("%1", holder)
        lbl.setText(("● " if ok else "⚠ ") + text)
        lbl.setStyleSheet(
            "color: #1B5E20; font-weight: bold;" if ok else "color: #B71C1C; font-weight: bold;"
        )
        lbl.setToolTip(self.address if self.mode == REFERENT_ROLE else "")
        lbl.show()

    def leave(self) -> None:
        """The user's "Stop deling" / "Forlad mødet": not resumed at the next start."""
        if self.app.current is not None and self.mode is not None:
            rejoin.forget(self.app.store, self.app.current.session.meeting.id)
        self.stop()

    def stop(self) -> None:
        """Stop sharing or leave the joined meeting (the meeting itself stays open); a
        restart resumes it (rejoin.py) unless the user left (`leave`)."""
        self.mode = None
        if self.prompt is not None:
            self.prompt.deleteLater()
            self.prompt = None
        self._pending = None
        if self._threaded is not None:
            self._threaded.close()
        if self._loop is not None:
            loop = self._loop.loop
            if self._stop_event is not None:
                loop.call_soon_threadsafe(self._stop_event.set)
            if self._server is not None:  # awaited at shutdown: the port is free again
                self._closing = self._loop.submit(self._server.close())
        if self._replica is not None:
            self._replica.close()
            self._replica.log.close()
        self._replica = self._threaded = self._server = self._stop_event = self._task = None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if self._mirroring:
            self._mirroring = False
            self._referent_view(False)
        QTimer.singleShot(0, self, self.apply_role)  # still open: who holds its clock
        self.peers, self.state = 0, ""
        self._show_status()

    def shutdown(self) -> None:
        self.stop()
        if self._closing is not None:
            with contextlib.suppress(Exception):
                self._closing.result(2.0)
        if self._loop is not None:
            self._loop.stop()
            self._loop = None

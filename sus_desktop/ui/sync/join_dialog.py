""" "Deltag i møde…": the meetings heard on the network (sync/discovery.py) listed live, or the
facilitator's address typed; then the 6-digit code. Choosing a listed meeting fills the
address and remembers its certificate's fingerprint, which the join then pins."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QUdpSocket
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from sus_desktop.sync.discovery import MAX_DATAGRAM, Announcement, discovery_port, parse

STALE_S = 5.0  # a host announces every second: five missed, and it is gone
PATIENCE_S = 3.0  # nothing heard for this long: say why that may be
KEY_ROLE = Qt.ItemDataRole.UserRole


class JoinDialog(QDialog):
    def __init__(self, address: str = "", parent=None, clock=time.monotonic) -> None:
        super().__init__(parent)
        self.setObjectName("join_dialog")
        self.setWindowTitle(self.tr("Deltag i møde"))
        self.clock = clock
        self._opened = clock()
        self._found: dict[tuple[str, int], tuple[Announcement, float]] = {}
        self._items: dict[tuple[str, int], QListWidgetItem] = {}
        self._chosen: Announcement | None = None
        intro = QLabel(
            self.tr(
                "Vælg mødet på listen (eller skriv adressen fra facilitatorens skærm), og skriv "
                "koden, som facilitatorens skærm viser under «Del møde». Du deltager som referent."
            )
        )
        intro.setWordWrap(True)
        found_title = QLabel(self.tr("Møder på netværket:"))
        self.found_list = QListWidget(objectName="join_found")
        self.found_list.setAccessibleName(self.tr("Møder på netværket"))
        self.found_list.setMinimumHeight(self.fontMetrics().height() * 7)
        self.found_list.setSpacing(3)  # each meeting two lines: keep them apart
        self.found_list.currentItemChanged.connect(lambda item, _old: self._choose(item))
        self.found_list.itemActivated.connect(self._choose)
        found_title.setBuddy(self.found_list)
        self.found_note = QLabel(objectName="join_found_note")
        self.found_note.setWordWrap(True)
        self.address_edit = QLineEdit(address, objectName="join_address")
        self.address_edit.setPlaceholderText(self.tr("fx 192.168.1.20:8765"))
        self.code_edit = QLineEdit(objectName="join_code")
        self.code_edit.setPlaceholderText(self.tr("6 cifre"))
        self.code_edit.setMaxLength(7)  # "123 456" as it is shown
        self.problem = QLabel(objectName="join_problem")
        self.problem.setStyleSheet("color: #B71C1C;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Adresse:"), self.address_edit)
        form.addRow(self.tr("Kode:"), self.code_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Deltag"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(found_title)
        layout.addWidget(self.found_list)
        layout.addWidget(self.found_note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

        # Two windows on one laptop may both listen: the port is shared.
        self.socket = QUdpSocket(self)
        mode = QAbstractSocket.BindFlag.ShareAddress | QAbstractSocket.BindFlag.ReuseAddressHint
        self.listening = self.socket.bind(
            QHostAddress(QHostAddress.SpecialAddress.AnyIPv4), discovery_port(), mode
        )
        self.socket.readyRead.connect(self._read)
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.prune)
        self.timer.start()
        self.finished.connect(self._stop_listening)
        self._show_note()

    # --- what is heard ---------------------------------------------------------------------
    def _read(self) -> None:
        while self.socket.hasPendingDatagrams():
            dg = self.socket.receiveDatagram(MAX_DATAGRAM + 1)  # larger: cut, then refused
            found = parse(bytes(dg.data().data()), dg.senderAddress().toString())
            if found is not None:
                self.heard(found)

    def heard(self, found: Announcement) -> None:
        """A meeting heard now. One host heard both over the network and over this machine's
        loopback is listed once, by its network address."""
        old = self._found.get(found.key)
        if old is not None and found.address.startswith("127.") and old[0].address != found.address:
            found = old[0]
        self._found[found.key] = (found, self.clock())
        self._show()

    def prune(self) -> None:
        """Drop the meetings not heard for a while (the host stopped, or left the network)."""
        now = self.clock()
        for key in [k for k, (_a, t) in self._found.items() if now - t > STALE_S]:
            del self._found[key]
        self._show()

    def meetings(self) -> list[Announcement]:
        return sorted((a for a, _t in self._found.values()), key=lambda a: (a.title, a.endpoint))

    def _show(self) -> None:
        lst = self.found_list
        for key in [k for k in self._items if k not in self._found]:
            lst.takeItem(lst.row(self._items.pop(key)))
        for a in self.meetings():
            item = self._items.get(a.key)
            if item is None:
                item = self._items[a.key] = QListWidgetItem()
                item.setData(KEY_ROLE, a.key)
                lst.addItem(item)
            text = f"{a.title}\n{a.host} · {a.endpoint}" if a.host else f"{a.title}\n{a.endpoint}"
            if item.text() != text:
                item.setText(text)
                item.setToolTip(
                    self.tr("Certifikatets fingeraftryk: %1").replace("%1", a.fingerprint[:16])
                )
                lst.sortItems()  # by title; the chosen one stays chosen
        self._show_note()

    def _show_note(self) -> None:
        if not self.listening:
            text = self.tr(
                "Der kan ikke lyttes efter møder på netværket her. Skriv adressen fra "
                "facilitatorens skærm."
            )
        elif self._found:
            text = self.tr("Vælg mødet, og skriv koden fra facilitatorens skærm.")
        elif self.clock() - self._opened < PATIENCE_S:
            text = self.tr("Søger efter møder på netværket …")
        else:
            text = self.tr(
                "Ingen møder fundet. Skriv adressen fra facilitatorens skærm nedenfor. Virker "
                "det heller ikke, kan de bærbare ikke se hinanden på dette net (fx et gæstenet "
                "med «client isolation»): brug et net, facilitatoren selv medbringer – et "
                "hotspot fra en telefon eller en rejserouter."
            )
        if self.found_note.text() != text:
            self.found_note.setText(text)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        entry = self._found.get(tuple(item.data(KEY_ROLE)))
        if entry is None:
            return
        self._chosen = entry[0]
        self.address_edit.setText(self._chosen.endpoint)
        self.problem.hide()
        self.code_edit.setFocus()

    def _stop_listening(self) -> None:
        self.timer.stop()
        self.socket.close()

    # --- the answer --------------------------------------------------------------------
    def address(self) -> str:
        return self.address_edit.text().strip()

    def code(self) -> str:
        return re.sub(r"\s", "", self.code_edit.text())

    def fingerprint(self) -> str | None:
        """The chosen meeting's certificate, while its address is the one in the field."""
        if self._chosen is not None and self.address() == self._chosen.endpoint:
            return self._chosen.fingerprint
        return None

    def _check(self) -> None:
        if not self.address():
            self._say(
                self.tr(
                    "Vælg mødet på listen, eller skriv facilitatorens adresse, fx 192.168.1.20:8765."
                )
            )
        elif not re.fullmatch(r"\d{6}", self.code()):
            self._say(self.tr("Koden skal være 6 cifre, fx 123456."))
        else:
            self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

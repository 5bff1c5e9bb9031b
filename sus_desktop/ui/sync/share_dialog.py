""" "Del møde": what a referent types, large enough to read across a table, and why it may not
work on the school's guest Wi-Fi."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


def local_ipv4_addresses() -> list[str]:
    """This laptop's IPv4 addresses on its networks (no loopback, no link-local)."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    found = []
    for a in QNetworkInterface.allAddresses():
        if a.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol or a.isLoopback():
            continue
        text = a.toString()
        if text.startswith("169.254.") or text in found:
            continue
        found.append(text)
    return found


def spaced_code(code: str) -> str:
    return f"{code[:3]} {code[3:]}" if len(code) == 6 else code


class ShareDialog(QDialog):
    stop_requested = Signal()

    def __init__(
        self, addresses: list[str], port: int, code: str, parent=None, title: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("share_dialog")
        self.setWindowTitle(self.tr("Del møde"))
        intro = QLabel(
            self.tr(
                "Mødet deles. På referentens bærbare: vælg «Deltag i møde…», vælg mødet på "
                "listen (eller skriv adressen), og skriv koden."
            )
        )
        intro.setWordWrap(True)
        # As the referent's list shows it (the title is announced on the network, the code never).
        self.title_label = QLabel(title, objectName="share_title")
        self.title_label.setWordWrap(True)
        self.title_label.setVisible(bool(title))
        if addresses:
            where = "\n".join(f"{a}:{port}" for a in addresses)
        else:
            where = self.tr(
                "Ingen netværksadresse fundet – er den bærbare på et netværk? (port %1)"
            ).replace("%1", str(port))
        self.address_label = QLabel(where, objectName="share_address")
        self.code_label = QLabel(spaced_code(code), objectName="share_code")
        for label, scale in (
            (self.title_label, 1.3),
            (self.address_label, 1.8),
            (self.code_label, 3.2),
        ):
            f = label.font()
            f.setPointSizeF(f.pointSizeF() * scale)
            f.setBold(True)
            label.setFont(f)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label.setWordWrap(True)
        self.code_label.setAccessibleName(self.tr("Kode"))
        self.peers_label = QLabel(objectName="share_peers")
        self.set_peers(0)
        note = QLabel(
            self.tr(
                "Virker det ikke? På et gæstenet (og andre net med «client isolation») kan de "
                "bærbare ikke se hinanden, og så virker intet. Brug i stedet et net, facilitatoren "
                "selv medbringer: et hotspot fra en telefon eller en rejserouter."
            ),
            objectName="share_network_note",
        )
        note.setWordWrap(True)
        self.stop_button = QPushButton(self.tr("Stop deling"), objectName="stop_sharing")
        self.stop_button.clicked.connect(self._stop)
        close = QPushButton(self.tr("Luk"), objectName="close_share_dialog")
        close.setToolTip(self.tr("Mødet deles videre; dialogen kan åbnes igen med «Del møde»"))
        close.setDefault(True)
        close.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(QLabel(self.tr("Adresse:")))
        layout.addWidget(self.address_label)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Kode:")))
        layout.addWidget(self.code_label)
        layout.addSpacing(8)
        layout.addWidget(self.peers_label)
        layout.addWidget(note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def set_peers(self, count: int) -> None:
        self.peers_label.setText(
            self.tr("Ingen referenter forbundet endnu.")
            if count == 0
            else self.tr("Forbundne referenter: %1").replace("%1", str(count))
        )

    def _stop(self) -> None:
        self.stop_requested.emit()
        self.accept()

"""The referent's question about a note filed under a speaker whose turn had ended (issue 15).

The facilitator's laptop flags such notes (sus_desktop/sync/speaker.py, FlagNoteSpeaker); the
laptop that typed a note asks its referent here: a bar in the notes panel, never a dialog
(the referent keeps typing), one note at a time. The answer is a ResolveNoteSpeaker.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from sus_desktop.core.changes import ChangeKind
from sus_desktop.core.commands import SPEAKER_CHECK, ResolveNoteSpeaker


def open_checks(meeting, laptop: str) -> list[tuple[str, dict]]:
    """(note id, check) of this laptop's notes still to be answered, oldest note first."""
    out = []
    for key, check in meeting.extra.items():
        if not key.startswith(SPEAKER_CHECK) or not isinstance(check, dict):
            continue
        nid = key[len(SPEAKER_CHECK) :]
        note = meeting.note(nid)
        if check.get("state") == "open" and check.get("laptop") == laptop and note is not None:
            out.append((note.created_at, nid, check))
    return [(nid, check) for _t, nid, check in sorted(out, key=lambda x: (x[0], x[1]))]


class SpeakerPrompt(QFrame):
    def __init__(self, session, laptop: str, parent=None) -> None:
        super().__init__(parent, objectName="speaker_prompt")
        self.session, self.laptop = session, laptop
        self.note_id: str | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#speaker_prompt { background: #FFF8E1; }")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel(objectName="speaker_prompt_text")
        self.label.setWordWrap(True)
        self.accept_button = QPushButton(objectName="speaker_prompt_accept")
        self.keep_button = QPushButton(objectName="speaker_prompt_keep")
        self.accept_button.clicked.connect(lambda: self.answer(True))
        self.keep_button.clicked.connect(lambda: self.answer(False))
        lay.addWidget(self.label, 1)
        lay.addWidget(self.accept_button)
        lay.addWidget(self.keep_button)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes) -> None:
        if changes.has(ChangeKind.EXTRA, ChangeKind.NOTE, ChangeKind.PARTICIPANT):
            self.refresh()

    def _name(self, pid) -> str:
        p = self.session.meeting.participant(pid) if pid else None
        return p.name if p is not None else self.tr("ingen")

    def refresh(self) -> None:
        checks = open_checks(self.session.meeting, self.laptop)
        if not checks:
            self.note_id = None
            self.hide()
            return
        self.note_id, check = checks[0]
        note = self.session.meeting.note(self.note_id)
        text = note.text if len(note.text) <= 40 else note.text[:39] + "…"
        was, now = self._name(check.get("from")), self._name(check.get("to"))
        msg = (
            self.tr("Noten «%1» blev skrevet, da %2 havde ordet, men står under %3 – ret til %2?")
            .replace("%1", text)
            .replace("%2", now)
            .replace("%3", was)
        )
        if len(checks) > 1:
            msg += " " + self.tr("(1 af %1)").replace("%1", str(len(checks)))
        self.label.setText(msg)
        self.accept_button.setText(self.tr("Ret til %1").replace("%1", now))
        self.keep_button.setText(self.tr("Behold %1").replace("%1", was))
        self.show()

    def answer(self, accept: bool) -> None:
        if self.note_id is not None:
            self.session.execute(ResolveNoteSpeaker(note_id=self.note_id, accept=accept))
            self.refresh()

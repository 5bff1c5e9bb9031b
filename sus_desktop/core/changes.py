"""What a command changed: a kind and the id of the entity, announced to the store and the UI.

Every mutation of a meeting announces one `Change` per entity it touched, so the store writes
exactly those rows (two writers never erase each other's entries) and each screen redraws only
what concerns it (Anki's OpChanges, napari's typed events).
"""

from __future__ import annotations

from enum import Enum

from sus_desktop.core.lazy_dataclass import LazyDataclass, lazy_dataclass


class ChangeKind(str, Enum):
    INFO = "info"  # id: the field name (school, date, ..., agenda_info)
    PARTICIPANT = "participant"
    ITEM = "item"  # an agenda item's own fields or its place in the agenda
    PHASE = "phase"  # a phase's fields or its place in its item
    NOTE = "note"
    ACTION = "action"
    LOG = "log"  # a run-log entry (start, pause, next, ...)
    SPIRAL = "spiral"  # id: the phase whose spiral round changed
    TALK = "talk"  # speaking time
    FOLLOW_UP = "follow_up"
    MINUTES = "minutes"  # id: the minutes section
    EXTRA = "extra"  # a section kept from a file that this version does not use


@lazy_dataclass(frozen=True)
class Change(LazyDataclass):
    kind: ChangeKind
    id: str | None = None
    removed: bool = False  # the entity is gone (the store deletes its row)


class ChangeSet(tuple):
    """The changes one command made, as the screens receive them."""

    def has(self, *kinds: ChangeKind) -> bool:
        return any(c.kind in kinds for c in self)

    def ids(self, kind: ChangeKind) -> set[str | None]:
        return {c.id for c in self if c.kind == kind}

    @property
    def agenda(self) -> bool:
        """The agenda's items or phases changed (or the texts around them)."""
        return any(
            c.kind in (ChangeKind.ITEM, ChangeKind.PHASE)
            or (c.kind == ChangeKind.INFO and c.id == "agenda_info")
            for c in self
        )

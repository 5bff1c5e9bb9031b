"""Agenda editing operations on a meeting (no Qt): the agenda editor's controller logic.

Each operation edits the core objects and then calls `meeting.agenda_changed()` once, so the
store saves and every view refreshes.
"""

from __future__ import annotations

from sus_desktop.core.agenda import AgendaItem, Mode, Phase
from sus_desktop.core.meeting import Meeting
from sus_desktop.core.text import clean_line, clean_text


def find(meeting: Meeting, obj_id: str) -> tuple[AgendaItem | None, Phase | None]:
    for item in meeting.agenda:
        if item.id == obj_id:
            return item, None
        for phase in item.phases:
            if phase.id == obj_id:
                return item, phase
    return None, None


def move(meeting: Meeting, obj_id: str, delta: int) -> bool:
    item, phase = find(meeting, obj_id)
    if item is None:
        return False
    seq = item.phases if phase is not None else meeting.agenda
    obj = phase if phase is not None else item
    old = seq.index(obj)
    new = old + delta
    if not 0 <= new < len(seq):
        return False
    seq.insert(new, seq.pop(old))
    meeting.agenda_changed()
    return True


def add_item(meeting: Meeting, after_id: str | None, title: str) -> AgendaItem:
    item = AgendaItem(number=0, title=title, minutes=5)
    item_of, _ = find(meeting, after_id) if after_id else (None, None)
    pos = meeting.agenda.index(item_of) + 1 if item_of is not None else len(meeting.agenda)
    meeting.agenda.insert(pos, item)
    meeting.agenda_changed()
    return item


def add_phase(meeting: Meeting, at_id: str, title: str) -> Phase | None:
    item, phase = find(meeting, at_id)
    if item is None:
        return None
    new = Phase(title=title, minutes=5)
    pos = item.phases.index(phase) + 1 if phase is not None else len(item.phases)
    item.phases.insert(pos, new)
    meeting.agenda_changed()
    return new


def remove(meeting: Meeting, obj_id: str) -> bool:
    item, phase = find(meeting, obj_id)
    if item is None:
        return False
    if phase is not None:
        item.phases.remove(phase)
    else:
        meeting.agenda.remove(item)
    meeting.agenda_changed()
    return True


ITEM_TEXT = {"title", "responsible"}
ITEM_LONG = {"goal", "process"}


def set_fields(meeting: Meeting, obj_id: str, **fields) -> None:
    """Set item or phase fields; texts are cleaned, questions are one per line."""
    item, phase = find(meeting, obj_id)
    target = phase if phase is not None else item
    if target is None:
        raise KeyError(obj_id)
    changed = False
    for key, value in fields.items():
        if key in ("title", "responsible"):
            value = clean_line(value)
        elif key in ("goal", "process"):
            value = clean_text(value).strip()
        elif key == "minutes":
            value = max(0.0, float(value))
            value = int(value) if value.is_integer() else value
        elif key == "mode":
            value = Mode(value)
        elif key == "questions":
            value = [clean_line(q) for q in clean_text(value).splitlines() if clean_line(q)]
        elif key in ("fixed", "optional"):
            value = bool(value)
        if getattr(target, key) != value:
            setattr(target, key, value)
            changed = True
    if changed:
        meeting.agenda_changed()

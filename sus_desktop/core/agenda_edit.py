"""Agenda editing on a meeting (no Qt), used by the agenda commands.

Each operation edits the core objects in place and announces exactly the items and phases it
touched, so the store writes those rows and nothing else.
"""

from __future__ import annotations

from sus_desktop.core.agenda import AgendaItem, Mode, Phase, renumber
from sus_desktop.core.changes import Change, ChangeKind
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


def _announce(
    meeting: Meeting, item: AgendaItem, phase: Phase | None, removed: bool = False
) -> None:
    if phase is not None:
        meeting.announce(Change(ChangeKind.PHASE, phase.id, removed))
    else:
        meeting.announce(Change(ChangeKind.ITEM, item.id, removed))


def move_to(meeting: Meeting, obj_id: str, index: int) -> bool:
    """Move an item among the items, or a phase among its own item's phases."""
    item, phase = find(meeting, obj_id)
    if item is None:
        return False
    seq: list = item.phases if phase is not None else meeting.agenda
    obj = phase if phase is not None else item
    old = seq.index(obj)
    index = max(0, min(index, len(seq) - 1))
    if index == old:
        return False
    seq.insert(index, seq.pop(old))
    renumber(meeting.agenda)
    _announce(meeting, item, phase)
    return True


def move(meeting: Meeting, obj_id: str, delta: int) -> bool:
    item, phase = find(meeting, obj_id)
    if item is None:
        return False
    seq: list = item.phases if phase is not None else meeting.agenda
    new = seq.index(phase if phase is not None else item) + delta
    return 0 <= new < len(seq) and move_to(meeting, obj_id, new)


def add_item(meeting: Meeting, after_id: str | None, title: str) -> AgendaItem:
    item = AgendaItem(number=0, title=clean_line(title), minutes=5)
    item_of, _ = find(meeting, after_id) if after_id else (None, None)
    pos = meeting.agenda.index(item_of) + 1 if item_of is not None else len(meeting.agenda)
    meeting.agenda.insert(pos, item)
    renumber(meeting.agenda)
    _announce(meeting, item, None)
    return item


def add_phase(meeting: Meeting, at_id: str, title: str) -> Phase | None:
    item, phase = find(meeting, at_id)
    if item is None:
        return None
    new = Phase(title=clean_line(title), minutes=5)
    pos = item.phases.index(phase) + 1 if phase is not None else len(item.phases)
    item.phases.insert(pos, new)
    _announce(meeting, item, new)
    return new


def remove(meeting: Meeting, obj_id: str) -> bool:
    item, phase = find(meeting, obj_id)
    if item is None:
        return False
    if phase is not None:
        item.phases.remove(phase)
        _announce(meeting, item, phase, removed=True)
        return True
    meeting.agenda.remove(item)
    renumber(meeting.agenda)
    for p in item.phases:
        _announce(meeting, item, p, removed=True)
    _announce(meeting, item, None, removed=True)
    return True


def set_fields(meeting: Meeting, obj_id: str, **fields) -> bool:
    """Set item or phase fields; texts are cleaned, questions are one per line."""
    item, phase = find(meeting, obj_id)
    target = phase if phase is not None else item
    if target is None:
        raise KeyError(obj_id)
    changed = False
    for key, value in fields.items():
        if not hasattr(target, key) or key in ("id", "number", "phases"):
            raise AttributeError(key)
        if key in ("title", "responsible"):
            value = clean_line(value)
        elif key in ("goal", "process", "minutes_prompt"):
            value = clean_text(value).strip()
        elif key == "minutes":
            value = min(24 * 60.0, max(0.0, float(value)))
            value = int(value) if value.is_integer() else value
        elif key == "mode":
            value = Mode(value)
        elif key == "questions":
            if isinstance(value, str):
                value = clean_text(value).splitlines()
            value = [clean_line(q) for q in value if clean_line(q)]
        elif key in ("fixed", "optional"):
            value = bool(value)
        elif key == "warn_minutes":  # None: the default by the phase's length
            value = None if value is None else min(24 * 60.0, max(0.0, float(value)))
            value = int(value) if value is not None and value.is_integer() else value
        if getattr(target, key) != value:
            setattr(target, key, value)
            changed = True
    if changed:
        _announce(meeting, item, phase)  # type: ignore[arg-type]
    return changed

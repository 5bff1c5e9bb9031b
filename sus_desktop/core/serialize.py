"""The meeting as plain dicts, in the field names of the portable `*.sus.json` format.

Both the meeting file and the store use this, so a meeting means the same thing everywhere.
Validation with Danish messages for users lives in `sus_desktop.storage.meetingfile`.
"""

from __future__ import annotations

from datetime import datetime

from sus_desktop.core.agenda import info_from_dict, info_to_dict, item_from_dict, item_to_dict
from sus_desktop.core.ids import new_id
from sus_desktop.core.meeting import (
    Action,
    LogEntry,
    Meeting,
    MeetingInfo,
    Note,
    NoteKind,
    Participant,
    from_iso,
    to_iso,
)
from sus_desktop.core.mode_state import FollowUpEntry, MinutesSection, SpiralState, TalkState

FORMAT = "sus-meeting"
# 2: log entries and actions carry ids; mode state (spiral, talk_time, follow_up) and the edited
# minutes are sections of their own instead of free-form `extra`. Version 1 files still open.
VERSION = 2


def info_dict(m: Meeting) -> dict:
    d = dict(m.info.__dict__)
    d["agenda_info"] = info_to_dict(m.agenda_info)
    return d


def participant_dict(p: Participant) -> dict:
    return {"id": p.id, "name": p.name, "role": p.role, "present": p.present}


def note_dict(n: Note) -> dict:
    return {
        "id": n.id,
        "item": n.item,
        "phase": n.phase,
        "participant": n.participant,
        "round": n.round,
        "kind": n.kind.value,
        "text": n.text,
        "created_at": to_iso(n.created_at),
        **({"theme": n.theme} if n.theme else {}),
        **({"deleted": True} if n.deleted else {}),
    }


def action_dict(a: Action) -> dict:
    d = {"id": a.id, "what": a.what, "who": a.who, "due": a.due, "item": a.item}
    if a.source:
        d["source"] = a.source
    return d


def log_dict(e: LogEntry) -> dict:
    d = {
        "id": e.id,
        "at": to_iso(e.at),
        "event": e.event,
        "item": e.item,
        "phase": e.phase,
        "minutes": e.minutes,
    }
    if e.boot is not None:
        d["boot"], d["boot_id"] = e.boot, e.boot_id
    return d


def meeting_to_dict(m: Meeting) -> dict:
    meeting = info_dict(m)
    meeting["id"] = m.id
    return {
        "format": FORMAT,
        "version": VERSION,
        "meeting": meeting,
        "participants": [participant_dict(p) for p in m.participants],
        "agenda": [item_to_dict(i) for i in m.agenda],
        "notes": [note_dict(n) for n in m.notes],
        "actions": [action_dict(a) for a in m.actions],
        "log": [log_dict(e) for e in m.log],
        "spiral": {k: v.to_dict() for k, v in m.spirals.items()},
        "talk_time": m.talk.to_dict(),
        "follow_up": [e.to_dict() for e in m.follow_up],
        "minutes": [s.to_dict() for s in m.minutes.values()],
        "extra": m.extra,
    }


def info_from(d: dict) -> MeetingInfo:
    info = MeetingInfo()
    for key in info.__dict__:
        if d.get(key) is not None:
            setattr(info, key, str(d[key]))
    return info


def participant_from(d: dict) -> Participant:
    return Participant(
        id=str(d["id"]),
        name=str(d.get("name", "")),
        role=str(d.get("role") or ""),
        present=bool(d.get("present", True)),
    )


_NOTE_KINDS = {k.value: k for k in NoteKind}  # a dict lookup per note, not an enum call


def note_from(d: dict) -> Note:
    """One note (a meeting file's note, or a store row read on its own)."""
    return notes_from([d])[0]


def notes_from(values: list) -> list[Note]:
    """Every value as a Note, in one loop (the store's 5,000 notes of a long meeting: no call
    per note, the timestamp parsed inline, one lookup per field and Note's fields by position,
    as a keyword call costs twice as much). Raises on the first value that cannot be used;
    the caller then reads value by value to skip only that one."""
    out: list[Note] = []
    add, kinds, parse_iso = out.append, _NOTE_KINDS, datetime.fromisoformat
    for d in values:
        get = d.get
        item, phase, who, rnd = get("item"), get("phase"), get("participant"), get("round")
        kind, theme, created = get("kind", "note"), get("theme"), d["created_at"]
        at = parse_iso(created)
        add(
            Note(
                str(get("text", "")),
                None if item is None else str(item),
                None if phase is None else str(phase),
                None if who is None else str(who),
                None if rnd is None else int(rnd),
                kinds.get(kind) or NoteKind(kind),
                at.timestamp() if at.tzinfo is not None else from_iso(created),
                str(d["id"]),
                str(theme) if theme else "",
                bool(get("deleted", False)),
            )
        )
    return out


def action_from(d: dict) -> Action:
    return Action(
        id=str(d["id"]),
        what=str(d.get("what", "")),
        who=str(d.get("who") or ""),
        due=str(d.get("due") or ""),
        item=_opt(d.get("item")),
        source=_opt(d.get("source")),
    )


def log_from(d: dict) -> LogEntry:
    minutes = d.get("minutes")
    boot = d.get("boot")
    return LogEntry(
        at=from_iso(d["at"]),
        event=str(d["event"]),
        item=_opt(d.get("item")),
        phase=_opt(d.get("phase")),
        minutes=float(minutes) if minutes is not None else None,
        id=str(d.get("id") or new_id("l")),
        boot=float(boot) if isinstance(boot, (int, float)) and not isinstance(boot, bool) else None,
        boot_id=str(d.get("boot_id") or ""),
    )


def meeting_from_dict(data: dict, *, keep_id: bool = True) -> Meeting:
    md = data.get("meeting") or {}
    extra = dict(data.get("extra") or {})
    m = Meeting(
        id=str(md["id"]) if keep_id and md.get("id") else None,
        info=info_from(md),
        agenda_info=info_from_dict(md.get("agenda_info") or {}),
        agenda=[item_from_dict(i) for i in data.get("agenda") or []],
        participants=[participant_from(p) for p in data.get("participants") or []],
        notes=[note_from(n) for n in data.get("notes") or []],
        actions=[action_from(a) for a in data.get("actions") or []],
        log=[log_from(e) for e in data.get("log") or []],
        extra=extra,
    )
    _read_mode_state(m, data, m.extra)
    return m


# Where version 1 kept the mode state, inside `extra`.
V1_SPIRAL, V1_TALK, V1_TALK_OPEN, V1_FOLLOW_UP = (
    "spiral",
    "talk_time",
    "talk_time_open",
    "follow_up",
)


def _read_mode_state(m: Meeting, data: dict, extra: dict) -> None:
    """Typed mode state from its sections (or from version 1's `extra`). What cannot be used
    is reported in `m.problems` and kept as it came in `m.extra`, never dropped."""
    v1 = data.get("version", VERSION) < 2

    def section(name: str):
        return extra.get(name) if v1 else data.get(name)

    def keep(name: str, value, exc: Exception, label: str) -> None:
        if not v1:
            extra[name] = value
        m.problems.append(f"{label} kunne ikke bruges og er gemt urørt ({exc}).")

    spirals = section(V1_SPIRAL)
    if isinstance(spirals, dict):
        try:
            m.spirals = {str(k): SpiralState.from_dict(v) for k, v in spirals.items()}
            if v1:
                extra.pop(V1_SPIRAL)
        except (ValueError, TypeError) as exc:
            keep(V1_SPIRAL, spirals, exc, "Spiralsamtalens runder")
    elif spirals is not None:
        keep(V1_SPIRAL, spirals, ValueError("ikke et objekt"), "Spiralsamtalens runder")
    try:
        if v1:
            if V1_TALK in extra or V1_TALK_OPEN in extra:
                m.talk = TalkState.from_v1(extra.get(V1_TALK), extra.get(V1_TALK_OPEN))
                extra.pop(V1_TALK, None)
                extra.pop(V1_TALK_OPEN, None)
        elif data.get("talk_time") is not None:
            m.talk = TalkState.from_dict(data["talk_time"])
    except (ValueError, TypeError, AttributeError) as exc:
        keep("talk_time", data.get("talk_time"), exc, "Taletiden")
    entries = section(V1_FOLLOW_UP)
    if entries is not None:
        try:
            if not isinstance(entries, list):
                raise ValueError("ikke en liste")
            m.follow_up = [FollowUpEntry.from_dict(e) for e in entries]
            if v1:
                extra.pop(V1_FOLLOW_UP)
        except (ValueError, TypeError) as exc:
            keep(V1_FOLLOW_UP, entries, exc, "Opfølgningen på sidste samtale")
    sections = data.get("minutes")
    if sections is not None and not v1:
        try:
            if not isinstance(sections, list):
                raise ValueError("ikke en liste")
            m.minutes = {s.key: s for s in (MinutesSection.from_dict(d) for d in sections)}
        except (ValueError, TypeError) as exc:
            keep("minutes", sections, exc, "Det redigerede referat")


def _opt(value) -> str | None:
    return None if value is None else str(value)

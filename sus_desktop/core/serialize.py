"""The meeting as plain dicts, in the field names of the portable `*.sus.json` format.

Both the meeting file and the store use this, so a meeting means the same thing everywhere.
Validation with Danish messages for users lives in `sus_desktop.storage.meetingfile`.
"""

from __future__ import annotations

from sus_desktop.core.agenda import info_from_dict, info_to_dict, item_from_dict, item_to_dict
from sus_desktop.core.meeting import (Action, LogEntry, Meeting, MeetingInfo, Note, NoteKind,
                                      Participant, from_iso, to_iso)

FORMAT = "sus-meeting"
VERSION = 1


def info_dict(m: Meeting) -> dict:
    d = dict(m.info.__dict__)
    d["agenda_info"] = info_to_dict(m.agenda_info)
    return d


def participant_dict(p: Participant) -> dict:
    return {"id": p.id, "name": p.name, "role": p.role, "present": p.present}


def note_dict(n: Note) -> dict:
    return {"id": n.id, "item": n.item, "phase": n.phase, "participant": n.participant,
            "round": n.round, "kind": n.kind.value, "text": n.text,
            "created_at": to_iso(n.created_at), **({"theme": n.theme} if n.theme else {}),
            **({"deleted": True} if n.deleted else {})}


def action_dict(a: Action) -> dict:
    return {"id": a.id, "what": a.what, "who": a.who, "due": a.due, "item": a.item}


def log_dict(e: LogEntry) -> dict:
    return {"at": to_iso(e.at), "event": e.event, "item": e.item, "phase": e.phase,
            "minutes": e.minutes}


def meeting_to_dict(m: Meeting) -> dict:
    meeting = info_dict(m)
    meeting["id"] = m.id
    return {
        "format": FORMAT, "version": VERSION,
        "meeting": meeting,
        "participants": [participant_dict(p) for p in m.participants],
        "agenda": [item_to_dict(i) for i in m.agenda],
        "notes": [note_dict(n) for n in m.notes],
        "actions": [action_dict(a) for a in m.actions],
        "log": [log_dict(e) for e in m.log],
        "extra": m.extra,
    }


def info_from(d: dict) -> MeetingInfo:
    info = MeetingInfo()
    for key in info.__dict__:
        if d.get(key) is not None:
            setattr(info, key, str(d[key]))
    return info


def participant_from(d: dict) -> Participant:
    return Participant(id=str(d["id"]), name=str(d.get("name", "")), role=str(d.get("role") or ""),
                       present=bool(d.get("present", True)))


def note_from(d: dict) -> Note:
    rnd = d.get("round")
    return Note(id=str(d["id"]), text=str(d.get("text", "")), item=_opt(d.get("item")),
                phase=_opt(d.get("phase")), participant=_opt(d.get("participant")),
                round=int(rnd) if rnd is not None else None,
                kind=NoteKind(d.get("kind", "note")), created_at=from_iso(d["created_at"]),
                theme=str(d.get("theme") or ""), deleted=bool(d.get("deleted", False)))


def action_from(d: dict) -> Action:
    return Action(id=str(d["id"]), what=str(d.get("what", "")), who=str(d.get("who") or ""),
                  due=str(d.get("due") or ""), item=_opt(d.get("item")))


def log_from(d: dict) -> LogEntry:
    minutes = d.get("minutes")
    return LogEntry(at=from_iso(d["at"]), event=str(d["event"]), item=_opt(d.get("item")),
                    phase=_opt(d.get("phase")), minutes=float(minutes) if minutes is not None else None)


def meeting_from_dict(data: dict, *, keep_id: bool = True) -> Meeting:
    md = data.get("meeting") or {}
    return Meeting(
        id=str(md["id"]) if keep_id and md.get("id") else None,
        info=info_from(md),
        agenda_info=info_from_dict(md.get("agenda_info") or {}),
        agenda=[item_from_dict(i) for i in data.get("agenda") or []],
        participants=[participant_from(p) for p in data.get("participants") or []],
        notes=[note_from(n) for n in data.get("notes") or []],
        actions=[action_from(a) for a in data.get("actions") or []],
        log=[log_from(e) for e in data.get("log") or []],
        extra=dict(data.get("extra") or {}),
    )


def _opt(value) -> str | None:
    return None if value is None else str(value)

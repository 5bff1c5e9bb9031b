"""A meeting as a pycrdt Doc, and back: entities in maps keyed by id (issue 15).

Layout (one root Map per kind; values are JSON strings where a whole entity is one
last-writer-wins value, nested Maps where parts change apart):
- meta: id (the meeting id), schema;
- info: field -> text (agenda_info as JSON);
- participants, items, phases, actions, follow_up: id -> JSON with a fractional `pos`
  (order survives concurrent inserts: nobody rewrites a list);
- notes: id -> Map {text: Text, deleted, item, phase, participant, round, kind, created_at,
  theme, turn}. Text is the engine's text type: two laptops editing one note concurrently
  keep both edits (a last-writer-wins string lost one in 81 of 200 trials). A delete is the
  `deleted` flag, never a removed key (a delete lost a concurrent edit);
- minutes: key -> Map {text: Text, names, included};
- log, spirals, extra: id -> JSON (log entries never change); talk: "state" -> JSON;
- laptops: laptop id -> JSON {name, role}: the laptops that have been in the meeting (the
  facilitator's "Giv uret til …" lists them). Not part of the Meeting. Who holds the clock is
  `info.clock_holder`, replicated as every detail is.

`write_changes` puts a Meeting's changed entities into the Doc (no-op where equal, so a whole
meeting written twice costs nothing); `apply_to_meeting` brings Doc entities into the Meeting
through its mutators, so the store persists them and the screens redraw.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from pycrdt import Doc, Map, Text

from sus_desktop.core.agenda import (
    info_from_dict,
    info_to_dict,
    item_from_dict,
    item_to_dict,
    phase_from_dict,
    phase_to_dict,
)
from sus_desktop.core.changes import Change, ChangeKind
from sus_desktop.core.meeting import Meeting, NoteKind
from sus_desktop.core.mode_state import FollowUpEntry, MinutesSection, SpiralState, TalkState
from sus_desktop.core.serialize import action_dict, action_from, log_dict, log_from

K = ChangeKind
SCHEMA = 1
ROOTS = (
    "meta",
    "info",
    "participants",
    "items",
    "phases",
    "notes",
    "actions",
    "log",
    "spirals",
    "talk",
    "follow_up",
    "minutes",
    "extra",
    "laptops",
)
NOTE_FIELDS = ("item", "phase", "participant", "round", "kind", "created_at", "theme")
ROOT_OF = {
    K.INFO: "info",
    K.PARTICIPANT: "participants",
    K.ITEM: "items",
    K.PHASE: "phases",
    K.NOTE: "notes",
    K.ACTION: "actions",
    K.LOG: "log",
    K.SPIRAL: "spirals",
    K.TALK: "talk",
    K.FOLLOW_UP: "follow_up",
    K.MINUTES: "minutes",
    K.EXTRA: "extra",
}
KIND_OF = {v: k for k, v in ROOT_OF.items()}


def roots(doc: Doc) -> dict[str, Map]:
    return {name: doc.get(name, type=Map) for name in ROOTS}


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _set(m: Map, key: str, value) -> None:
    if key not in m or m[key] != value:
        m[key] = value


def set_text(text: Text, new: str) -> None:
    """Replace the text by the smallest edit (common head and tail kept), so a concurrent
    edit elsewhere in the same note survives the merge."""
    old = str(text)
    if old == new:
        return
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    if len(old) - head - tail:
        del text[head : len(old) - tail]
    if len(new) - head - tail:
        text.insert(head, new[head : len(new) - tail])


# --- Meeting -> Doc ------------------------------------------------------------------------


def doc_meeting_id(doc: Doc) -> str | None:
    meta = doc.get("meta", type=Map)
    return meta.get("id")


def write_meeting(doc: Doc, m: Meeting, origin=None) -> None:
    """Every entity of the meeting (a diff: equal ones are left alone), and the removal of
    ordered entities the meeting no longer has."""
    r = roots(doc)
    changes = [Change(K.INFO, key) for key in (*m.info.__dict__, "agenda_info")]
    changes += [Change(K.PARTICIPANT, p.id) for p in m.participants]
    changes += [Change(K.ITEM, i.id) for i in m.agenda]
    changes += [Change(K.PHASE, p.id) for i in m.agenda for p in i.phases]
    changes += [Change(K.NOTE, n.id) for n in m.all_notes]
    changes += [Change(K.ACTION, a.id) for a in m.actions]
    changes += [Change(K.LOG, e.id) for e in m.log]
    changes += [Change(K.SPIRAL, k) for k in m.spirals]
    changes.append(Change(K.TALK))
    changes += [Change(K.FOLLOW_UP, e.id) for e in m.follow_up]
    changes += [Change(K.MINUTES, k) for k in m.minutes]
    changes += [Change(K.EXTRA, k) for k in m.extra]
    live = {
        "participants": {p.id for p in m.participants},
        "items": {i.id for i in m.agenda},
        "phases": {p.id for i in m.agenda for p in i.phases},
        "actions": {a.id for a in m.actions},
        "follow_up": {e.id for e in m.follow_up},
    }
    with doc.transaction(origin=origin):
        meta = r["meta"]
        _set(meta, "id", m.id)
        _set(meta, "schema", SCHEMA)
        for name, ids in live.items():
            keys = r[name].keys()  # pycrdt types Map.__iter__ as a mere Iterable
            gone = [k for k in keys if k not in ids]
            changes += [Change(KIND_OF[name], k, removed=True) for k in gone]
        write_changes(doc, m, changes, origin=origin)


def write_changes(
    doc: Doc,
    m: Meeting,
    changes: Iterable[Change],
    origin=None,
    turns: dict[str, dict] | None = None,
) -> None:
    """The current state of each changed entity, in one transaction."""
    r = roots(doc)
    with doc.transaction(origin=origin):
        for c in changes:
            _write_one(r, m, c, (turns or {}).get(c.id or ""))


def _write_one(r: dict[str, Map], m: Meeting, c: Change, turn: dict | None) -> None:
    kind, ident = c.kind, c.id or ""
    if kind == K.INFO:
        if ident == "agenda_info":
            _set(r["info"], ident, _dumps(info_to_dict(m.agenda_info)))
        elif ident and hasattr(m.info, ident):
            _set(r["info"], ident, getattr(m.info, ident))
    elif kind == K.PARTICIPANT:
        _ordered(
            r["participants"],
            m.participants,
            ident,
            lambda p: {"name": p.name, "role": p.role, "present": p.present},
        )
    elif kind == K.ITEM:
        _ordered(r["items"], m.agenda, ident, _item_row)
    elif kind == K.PHASE:
        item, _ = m.phase(ident)
        if item is None:
            if ident in r["phases"]:
                del r["phases"][ident]
        else:
            _ordered(
                r["phases"],
                item.phases,
                ident,
                lambda p, i=item: {**phase_to_dict(p), "item": i.id},
            )
    elif kind == K.NOTE:
        note = m._any_note(ident)
        if note is not None:
            _write_note(r["notes"], note, turn)
    elif kind == K.ACTION:
        _ordered(r["actions"], m.actions, ident, action_dict)
    elif kind == K.LOG:
        entry = next((e for e in reversed(m.log) if e.id == ident), None)
        if entry is not None:
            _set(r["log"], entry.id, _dumps(log_dict(entry)))
    elif kind == K.SPIRAL:
        state = m.spirals.get(ident)
        if state is None:
            if ident in r["spirals"]:
                del r["spirals"][ident]
        else:
            _set(r["spirals"], ident, _dumps(state.to_dict()))
    elif kind == K.TALK:
        _set(r["talk"], "state", _dumps(m.talk.to_dict()))
    elif kind == K.FOLLOW_UP:
        _ordered(r["follow_up"], m.follow_up, ident, FollowUpEntry.to_dict)
    elif kind == K.MINUTES:
        section = m.minutes.get(ident)
        if section is not None:
            _write_minutes(r["minutes"], section)
    elif kind == K.EXTRA and ident in m.extra:
        _set(r["extra"], ident, _dumps(m.extra[ident]))


def _item_row(item) -> dict:
    d = item_to_dict(item)
    d.pop("phases", None)
    d.pop("number", None)
    return d


def _pos(root: Map, ident) -> float | None:
    raw = root.get(ident)
    if raw is None:
        return None
    return json.loads(raw).get("pos")


def _ordered(root: Map, seq: list, ident, to_dict) -> None:
    """One entity of an ordered list, placed between its neighbours' positions in the Doc
    (fractional indexing: a move or insert writes one entry); gone from the list: removed."""
    index = next((n for n, x in enumerate(seq) if x.id == ident), None)
    if index is None:
        if ident in root:
            del root[ident]
        return
    before = next((p for x in reversed(seq[:index]) if (p := _pos(root, x.id)) is not None), None)
    after = next((p for x in seq[index + 1 :] if (p := _pos(root, x.id)) is not None), None)
    mine = _pos(root, ident)
    if (
        mine is None
        or (before is not None and mine <= before)
        or (after is not None and mine >= after)
    ):
        if before is not None and after is not None:
            mine = (before + after) / 2.0
        elif after is not None:
            mine = after - 1.0
        elif before is not None:
            mine = before + 1.0
        else:
            mine = float(index)
    _set(root, ident, _dumps({**to_dict(seq[index]), "pos": mine}))


def _write_note(notes: Map, note, turn: dict | None) -> None:
    entry = notes.get(note.id)
    if entry is None:
        fields = {k: getattr(note, k) for k in NOTE_FIELDS}
        fields["kind"] = NoteKind(note.kind).value
        notes[note.id] = Map(
            {
                "text": Text(note.text),
                "deleted": note.deleted,
                **fields,
                **({"turn": _dumps(turn)} if turn else {}),
            }
        )
        return
    set_text(entry["text"], note.text)
    _set(entry, "deleted", note.deleted)
    for k in NOTE_FIELDS:
        value = getattr(note, k)
        _set(entry, k, NoteKind(value).value if k == "kind" else value)
    if turn:
        _set(entry, "turn", _dumps(turn))


def _write_minutes(minutes: Map, s: MinutesSection) -> None:
    entry = minutes.get(s.key)
    if entry is None:
        minutes[s.key] = Map({"text": Text(s.text), "names": s.names, "included": s.included})
        return
    set_text(entry["text"], s.text)
    _set(entry, "names", s.names)
    _set(entry, "included", s.included)


def write_laptop(doc: Doc, laptop: str, name: str, role: str, origin=None) -> None:
    """This laptop's presence in the meeting (written when it shares or joins)."""
    with doc.transaction(origin=origin):
        _set(doc.get("laptops", type=Map), laptop, _dumps({"name": name, "role": role}))


def laptops(doc: Doc) -> dict[str, dict]:
    """Laptop id -> {name, role}, for every laptop that has been in the meeting."""
    return {k: _loads(v) for k, v in doc.get("laptops", type=Map).items()}


# --- Doc -> Meeting ------------------------------------------------------------------------


def _loads(raw) -> dict:
    return json.loads(raw) if isinstance(raw, str) else {}


def _sorted(root: Map) -> list[tuple[str, dict]]:
    rows = [(k, _loads(v)) for k, v in root.items()]
    return sorted(rows, key=lambda kv: (kv[1].get("pos", 0.0), kv[0]))


def note_fields(entry: Map) -> dict:
    rnd = entry.get("round")
    return {
        "text": str(entry["text"]),
        "item": entry.get("item"),
        "phase": entry.get("phase"),
        "participant": entry.get("participant"),
        "round": int(rnd) if rnd is not None else None,
        "kind": NoteKind(entry.get("kind") or "note"),
        "created_at": float(entry.get("created_at") or 0.0),
        "theme": entry.get("theme") or "",
        "deleted": bool(entry.get("deleted")),
    }


def note_turn(doc: Doc, note_id: str) -> dict | None:
    """The turn a note was typed in, as the typing laptop saw it (see replica.Replica)."""
    entry = doc.get("notes", type=Map).get(note_id)
    raw = entry.get("turn") if entry is not None else None
    return json.loads(raw) if raw else None


def agenda_from(r: dict[str, Map]):
    items = [item_from_dict({**row, "id": k, "phases": []}) for k, row in _sorted(r["items"])]
    by_id = {i.id: i for i in items}
    for k, row in _sorted(r["phases"]):
        if row.get("item") in by_id:
            by_id[row["item"]].phases.append(phase_from_dict({**row, "id": k}))
    return items


def meeting_from_doc(doc: Doc) -> Meeting:
    """A new Meeting holding everything in the Doc (a referent's first join, --pull)."""
    m = Meeting(id=doc_meeting_id(doc))
    apply_to_meeting(doc, m, None)
    m.problems = []
    return m


def apply_to_meeting(doc: Doc, m: Meeting, touched: dict[str, set[str]] | None) -> None:
    """Bring the Doc's entities into the Meeting through its mutators, as one batch (one store
    transaction, one redraw). `touched`: root -> ids to look at (None: everything)."""
    r = roots(doc)

    def ids(name: str) -> Iterable[str]:
        if touched is None:
            return list(r[name].keys())
        return sorted(touched.get(name, ()))

    with m.batch():
        _apply_info(r, m, ids("info"))
        if touched is None or touched.get("participants"):
            _apply_participants(r, m)
        if touched is None or touched.get("items") or touched.get("phases"):
            _apply_agenda(r, m)
        # New notes are appended, so they go in the order they were typed (the Doc's keys
        # come in hash order): a referent joining late lists the notes as the host does.
        for k in sorted(ids("notes"), key=lambda k: (_created_at(r["notes"].get(k)), k)):
            _apply_note(r["notes"].get(k), m, k)
        _apply_actions(r, m, ids("actions"))
        have = {e.id for e in m.log}
        new = [log_from(_loads(r["log"][k])) for k in ids("log") if k in r["log"] and k not in have]
        for entry in sorted(new, key=lambda e: e.at):
            m.append_log(entry)
        for k in ids("spirals"):
            if k in r["spirals"]:
                state = SpiralState.from_dict(_loads(r["spirals"][k]))
                if m.spirals.get(k) != state:
                    m.set_spiral(k, state)
        if "state" in r["talk"] and (touched is None or touched.get("talk")):
            talk = TalkState.from_dict(_loads(r["talk"]["state"]))
            if talk != m.talk:
                m.set_talk(talk)
        for k in ids("follow_up"):
            if k in r["follow_up"]:
                row = _loads(r["follow_up"][k])
                row.pop("pos", None)
                fu = FollowUpEntry.from_dict(row)
                if next((e for e in m.follow_up if e.id == k), None) != fu:
                    m.put_follow_up(fu)
            elif any(e.id == k for e in m.follow_up):
                m.remove_follow_up(k)
        for k in ids("minutes"):
            sec = r["minutes"].get(k)
            if sec is not None:
                s = MinutesSection(
                    k,
                    str(sec["text"]),
                    bool(sec.get("names")),
                    bool(sec.get("included", True)),
                )
                if m.minutes.get(k) != s:
                    m.set_minutes_section(s)
        for k in ids("extra"):
            if k in r["extra"]:
                value = json.loads(r["extra"][k])
                if m.extra.get(k, object()) != value:
                    m.set_extra(k, value)


def _apply_info(r, m: Meeting, keys: Iterable[str]) -> None:
    fields = {}
    for k in keys:
        value = r["info"].get(k)
        if value is None:
            continue
        if k == "agenda_info":
            info = info_from_dict(json.loads(value))
            if info != m.agenda_info:
                m.set_agenda(m.agenda, info)
        elif hasattr(m.info, k) and getattr(m.info, k) != value:
            fields[k] = value
    if fields:
        m.update_info(**fields)


def _apply_participants(r, m: Meeting) -> None:
    wanted = _sorted(r["participants"])
    keep = {k for k, _ in wanted}
    for gone in list(m.participants):
        if gone.id not in keep:
            m.remove_participant(gone.id)
    for index, (k, row) in enumerate(wanted):
        p = m.participant(k)
        fields = {
            "name": row.get("name", ""),
            "role": row.get("role", ""),
            "present": bool(row.get("present", True)),
        }
        if p is None:
            m.add_participant(fields["name"], fields["role"], fields["present"], id=k, index=index)
            continue
        if (p.name, p.role, p.present) != (fields["name"], fields["role"], fields["present"]):
            m.update_participant(k, **fields)
        if m.participants.index(p) != index:
            m.move_participant(k, index)


def _apply_agenda(r, m: Meeting) -> None:
    items = agenda_from(r)
    if not items:
        return  # a meeting always has an agenda; an empty Doc map is not a wish to clear it
    if [item_to_dict(i) for i in items] != [item_to_dict(i) for i in m.agenda]:
        m.set_agenda(items)


def _created_at(entry) -> float:
    try:
        return float(entry.get("created_at") or 0.0) if entry is not None else 0.0
    except (TypeError, ValueError):
        return 0.0


def _apply_note(entry, m: Meeting, k: str) -> None:
    if entry is None:
        return
    f = note_fields(entry)
    note = m._any_note(k)
    if note is None:
        note = m.add_note(
            f["text"],
            item=f["item"],
            phase=f["phase"],
            participant=f["participant"],
            round=f["round"],
            kind=f["kind"],
            created_at=f["created_at"],
            theme=f["theme"],
            id=k,
        )
        if f["deleted"]:
            m.remove_note(k)
        return
    changed = {
        key: f[key]
        for key in ("text", "item", "phase", "participant", "round", "kind", "theme")
        if getattr(note, key) != f[key]
    }
    if not changed and note.deleted == f["deleted"]:
        return
    was_deleted = note.deleted
    if was_deleted:
        m.restore_note(note)  # the mutators edit live notes only
    if changed:
        m.update_note(k, **changed)
    if f["deleted"]:
        m.remove_note(k)


def _apply_actions(r, m: Meeting, keys: Iterable[str]) -> None:
    for k in keys:
        raw = r["actions"].get(k)
        have = m.action(k)
        if raw is None:
            if have is not None:
                m.remove_action(k)
            continue
        row = _loads(raw)
        row.pop("pos", None)
        a = action_from({**row, "id": k})
        if have is None:
            m.add_action(a.what, a.who, a.due, a.item, id=k, source=a.source)
        elif (have.what, have.who, have.due, have.item) != (a.what, a.who, a.due, a.item):
            m.update_action(k, what=a.what, who=a.who, due=a.due, item=a.item)


def touched_by(events) -> dict[str, set[str]]:
    """Root name -> entity ids, from a root map's observe_deep events."""
    out: dict[str, set[str]] = {}
    for root, evs in events:
        ids = out.setdefault(root, set())
        for e in evs:
            path = getattr(e, "path", [])
            if path:
                ids.add(str(path[0]))
            else:
                ids.update(str(k) for k in (getattr(e, "keys", None) or {}))
    return out

"""How a meeting maps to the store's tables, and back: one row per entity, keyed by id.

Kept apart from `store.py` so that the store can open, list meetings and read settings (all the
start screen needs) without loading the core; this module, and the core with it, loads with
the first meeting that is opened or saved.

Layout (store schema 2): one `meetings` row per meeting (summary columns and the details as
JSON, updated field by field) and one `rows` row per participant, agenda item, phase, note,
action, log entry, spiral phase, follow-up entry, minutes section and kept section. A change
writes exactly the rows of the entities it names, so two writers never erase each other's
entries. Order is a `position` per row, chosen between the stored positions of the entity's
neighbours (fractional indexing), so a move or an insert writes one row, never the list.
Reading skips a row it cannot use and reports it in `meeting.problems` instead of refusing
the meeting.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable

from sus_desktop.core.agenda import (
    info_from_dict,
    item_from_dict,
    item_to_dict,
    phase_from_dict,
    phase_to_dict,
)
from sus_desktop.core.changes import ChangeKind
from sus_desktop.core.meeting import Meeting
from sus_desktop.core.mode_state import FollowUpEntry, MinutesSection, SpiralState, TalkState
from sus_desktop.core.run import RunState
from sus_desktop.core.serialize import (
    action_dict,
    action_from,
    info_dict,
    info_from,
    log_dict,
    log_from,
    meeting_from_dict,
    note_dict,
    note_from,
    notes_from,
    participant_dict,
    participant_from,
)

K = ChangeKind


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def meeting_state(meeting: Meeting) -> str:
    if not meeting.log:
        return "ny"
    state = RunState()
    for entry in meeting.log:
        state.apply(entry)
    if state.finished_at is not None:
        return "afsluttet"
    if state.running:
        return "i gang"
    return "pause" if state.started_at is not None else "ny"


# --- reading ------------------------------------------------------------------------------

_LABELS = {
    "participant": "en deltager",
    "item": "et dagsordenspunkt",
    "phase": "en fase",
    "note": "en note",
    "action": "en handling",
    "log": "en hændelse i tidsloggen",
    "spiral": "en spiralrunde",
    "talk": "taletiden",
    "follow_up": "et opfølgningspunkt",
    "minutes": "et afsnit af referatet",
    "extra": "et ekstra afsnit",
}


# The notes (nearly all the rows of a long meeting) apart from the rest: only the columns used.
_ROWS_SQL = (
    "SELECT kind, row_id, json FROM rows WHERE meeting_id=? AND kind<>'note' "
    "ORDER BY kind, position, row_id"
)
# In the primary key's order (no sort in SQLite, which would hold every row before the first);
# put in order of position afterwards.
_NOTES_SQL = (
    "SELECT row_id, position, json FROM rows WHERE meeting_id=? AND kind='note' ORDER BY row_id"
)
_CHUNK = 256  # notes parsed at a time: few calls, and memory that is reused, not new each time
_UNUSABLE = (KeyError, ValueError, TypeError, AttributeError, OverflowError, OSError)


def _read(conn: sqlite3.Connection, sql: str, meeting_id: str, consume: Callable):
    """`consume(cursor)` over the rows, their text decoded by SQLite itself (a Python
    `text_factory` costs a call per column); a row with a damaged byte makes SQLite refuse,
    and then all are read again through the connection's own factory, which replaces it."""
    factory = conn.text_factory
    if factory is not str:
        conn.text_factory = str
        try:
            return consume(conn.execute(sql, (meeting_id,)))
        except sqlite3.OperationalError:  # "Could not decode to UTF-8 column ..."
            pass
        finally:
            conn.text_factory = factory
    return consume(conn.execute(sql, (meeting_id,)))


def _skipped(kind: str, why: str) -> str:
    """The problem reported for a row that is left out; `why`: "læses" or "bruges"."""
    label = _LABELS.get(kind, kind)
    return f"Der var {label} i datafilen, som ikke kunne {why}; den er sprunget over."


def _read_notes(cur: sqlite3.Cursor) -> tuple[list, list[str]]:
    """The notes (5,000 in a long meeting), in order. Read a chunk at a time: the chunk's
    rows joined as one JSON array and parsed at once, its notes built in one loop. That is
    kept only when it reads each row as itself: as many values as rows, each with its row's
    id (a damaged row could otherwise borrow its neighbour's text). Else, or when a note
    cannot be used, the chunk is read row by row, so a damaged row costs only itself."""
    found: list[str] = []
    notes: list = []
    positions: list = []
    while rows := cur.fetchmany(_CHUNK):
        ids, places, texts = zip(*rows)
        try:
            values = json.loads("[" + ",".join(texts) + "]")
            if len(values) == len(ids):
                chunk = notes_from(values)
                if [n.id for n in chunk] == list(ids):
                    notes += chunk
                    positions += places
                    continue
        except _UNUSABLE:
            pass
        for place, text in zip(places, texts):
            try:
                value = json.loads(text)
            except (ValueError, TypeError):
                found.append(_skipped("note", "læses"))
                continue
            try:
                notes.append(note_from(value))
            except _UNUSABLE:
                found.append(_skipped("note", "bruges"))
                continue
            positions.append(place)
    # Rows came in order of id: a stable sort by position gives (position, id), as before.
    try:
        order = sorted(range(len(notes)), key=positions.__getitem__)
    except TypeError:  # a position that is not a number (written by hand): SQLite's order
        order = sorted(range(len(notes)), key=lambda k: _sql_order(positions[k]))
    return [notes[k] for k in order], found


def _sql_order(value) -> tuple:
    """SQLite's order of values of mixed types: numbers, then text, then blobs."""
    if isinstance(value, (int, float)):
        return (1, value)
    return (2, value) if isinstance(value, str) else (3, value)


def load(conn: sqlite3.Connection, meeting_id: str) -> Meeting:
    row = conn.execute("SELECT info_json FROM meetings WHERE id=?", (meeting_id,)).fetchone()
    if row is None:
        raise KeyError(meeting_id)
    problems: list[str] = []
    try:
        md = json.loads(row[0])
        if not isinstance(md, dict):
            raise ValueError("not an object")
    except (ValueError, TypeError):
        md = {}
        problems.append(
            "Mødets oplysninger var beskadigede; de kan skrives igen under Forberedelse."
        )
    parsed: dict[str, list[tuple[str, object]]] = {}
    for kind, row_id, text in _read(conn, _ROWS_SQL, meeting_id, sqlite3.Cursor.fetchall):
        try:
            value = json.loads(text)
        except (ValueError, TypeError):
            problems.append(_skipped(kind, "læses"))
            continue
        parsed.setdefault(kind, []).append((row_id, value))
    # The notes' problems are reported after the agenda's, as the other entities' are.
    notes, note_problems = _read(conn, _NOTES_SQL, meeting_id, _read_notes)

    def each(kind: str, parse: Callable) -> list:
        out = []
        for row_id, value in parsed.get(kind, []):
            try:
                out.append(parse(row_id, value))
            except _UNUSABLE:
                problems.append(_skipped(kind, "bruges"))
        return out

    def reported(built: list, found: list[str]) -> list:
        problems.extend(found)
        return built

    items = each("item", lambda _r, v: item_from_dict({**v, "phases": []}))
    by_id = {i.id: i for i in items}
    for item_id, phase in each("phase", lambda _r, v: (v.get("item"), phase_from_dict(v))):
        if item_id in by_id:
            by_id[item_id].phases.append(phase)
    info = info_from(md)
    m = Meeting(
        id=meeting_id,
        info=info,
        agenda_info=info_from_dict(md.get("agenda_info") or {}),
        agenda=items,
        participants=each("participant", lambda _r, v: participant_from(v)),
        notes=reported(notes, note_problems),
        actions=each("action", lambda _r, v: action_from(v)),
        log=each("log", lambda _r, v: log_from(v)),
    )
    for n, item in enumerate(m.agenda, start=1):
        item.number = n
    m.spirals = dict(each("spiral", lambda r, v: (r, SpiralState.from_dict(v))))
    talk = each("talk", lambda _r, v: TalkState.from_dict(v))
    if talk:
        m.talk = talk[0]
    m.follow_up = each("follow_up", lambda _r, v: FollowUpEntry.from_dict(v))
    m.minutes = {s.key: s for s in each("minutes", lambda _r, v: MinutesSection.from_dict(v))}
    m.extra = dict(each("extra", lambda r, v: (r, v)))
    m.problems = problems
    return m


def load_v1(conn: sqlite3.Connection, meeting_id: str) -> Meeting:
    """A meeting in the store's first layout (lists and the agenda as whole rows)."""
    row = conn.execute("SELECT info_json FROM meetings WHERE id=?", (meeting_id,)).fetchone()
    if row is None:
        raise KeyError(meeting_id)
    md = json.loads(row[0])
    md["id"] = meeting_id
    data = {
        "format": "sus-meeting",
        "version": 1,
        "meeting": md,
        "participants": [],
        "agenda": [],
        "notes": [],
        "actions": [],
        "log": [],
        "extra": {},
    }
    cur = conn.execute(
        "SELECT kind, row_id, json FROM rows WHERE meeting_id=? ORDER BY kind, position, row_id",
        (meeting_id,),
    )
    for kind, row_id, text in cur:
        try:
            value = json.loads(text)
        except ValueError:
            continue
        if kind == "agenda":
            data["agenda"] = value
        elif kind == "extra":
            data["extra"][row_id] = value
        elif kind in ("participants", "notes", "actions", "log"):
            data[kind].append(value)
    return meeting_from_dict(data, keep_id=True)


# --- writing ------------------------------------------------------------------------------


def write_all(c: sqlite3.Connection, m: Meeting) -> None:
    """The whole meeting, replacing what was stored (a new or imported meeting)."""
    _write_info(c, m, time.time(), None)
    c.execute("DELETE FROM rows WHERE meeting_id=?", (m.id,))
    rows: list[tuple[str, str, float, object]] = []
    rows += [("participant", p.id, n, participant_dict(p)) for n, p in enumerate(m.participants)]
    for n, item in enumerate(m.agenda):
        rows.append(("item", item.id, n, _item_row(item)))
        rows += [("phase", p.id, k, _phase_row(item.id, p)) for k, p in enumerate(item.phases)]
    rows += [("note", x.id, n, note_dict(x)) for n, x in enumerate(m.all_notes)]
    rows += [("action", a.id, n, action_dict(a)) for n, a in enumerate(m.actions)]
    rows += [("log", e.id, n, log_dict(e)) for n, e in enumerate(m.log)]
    rows += [("spiral", k, 0, v.to_dict()) for k, v in m.spirals.items()]
    rows.append(("talk", "", 0, m.talk.to_dict()))
    rows += [("follow_up", e.id, n, e.to_dict()) for n, e in enumerate(m.follow_up)]
    rows += [("minutes", k, 0, s.to_dict()) for k, s in m.minutes.items()]
    rows += [("extra", k, 0, v) for k, v in m.extra.items()]
    c.executemany(
        "INSERT OR REPLACE INTO rows(meeting_id, kind, row_id, position, json) "
        "VALUES (?, ?, ?, ?, ?)",
        [(m.id, kind, rid, pos, _dumps(v)) for kind, rid, pos, v in rows],
    )


def write_change(c: sqlite3.Connection, m: Meeting, kind: ChangeKind, ident: str | None) -> None:
    """The current state of one entity the meeting announced (absent from it: deleted)."""
    now = time.time()
    if c.execute("SELECT 1 FROM meetings WHERE id=?", (m.id,)).fetchone() is None:
        write_all(c, m)  # e.g. a change queued after the meeting was deleted
        return
    if kind == K.INFO:
        _write_info(c, m, now, ident)
        return
    if kind == K.PARTICIPANT:
        _ordered(c, m.id, "participant", m.participants, ident, participant_dict)
    elif kind == K.ITEM:
        _ordered(c, m.id, "item", m.agenda, ident, _item_row)
    elif kind == K.PHASE:
        item, _ = m.phase(ident)
        if item is None:
            _delete(c, m.id, "phase", ident)
        else:
            _ordered(c, m.id, "phase", item.phases, ident, lambda p: _phase_row(item.id, p))
    elif kind == K.NOTE:
        _ordered(c, m.id, "note", m.all_notes, ident, note_dict, from_end=True)
    elif kind == K.ACTION:
        _ordered(c, m.id, "action", m.actions, ident, action_dict)
    elif kind == K.LOG:
        _ordered(c, m.id, "log", m.log, ident, log_dict, from_end=True)
        c.execute("UPDATE meetings SET state=? WHERE id=?", (meeting_state(m), m.id))
    elif kind == K.SPIRAL:
        _keyed(c, m.id, "spiral", ident or "", m.spirals.get(ident or ""), SpiralState.to_dict)
    elif kind == K.TALK:
        _keyed(c, m.id, "talk", "", m.talk, TalkState.to_dict)
    elif kind == K.FOLLOW_UP:
        _ordered(c, m.id, "follow_up", m.follow_up, ident, FollowUpEntry.to_dict)
    elif kind == K.MINUTES:
        _keyed(c, m.id, "minutes", ident or "", m.minutes.get(ident or ""), MinutesSection.to_dict)
    elif kind == K.EXTRA:
        if (ident or "") in m.extra:  # a kept section may be null, and stays so
            c.execute(
                "INSERT OR REPLACE INTO rows(meeting_id, kind, row_id, position, json) "
                "VALUES (?, ?, ?, 0, ?)",
                (m.id, "extra", ident, _dumps(m.extra[ident])),
            )
        else:
            _delete(c, m.id, "extra", ident)
    c.execute("UPDATE meetings SET updated_at=? WHERE id=?", (now, m.id))


def _item_row(item) -> dict:
    d = item_to_dict(item)
    d.pop("phases", None)
    d.pop("number", None)  # the number is the place in the agenda
    return d


def _phase_row(item_id: str, phase) -> dict:
    return {**phase_to_dict(phase), "item": item_id}


def _write_info(c, m: Meeting, now: float, field: str | None) -> None:
    """The details; one field (`field`) merged into what is stored, or all of them."""
    fresh = info_dict(m)
    row = c.execute("SELECT info_json FROM meetings WHERE id=?", (m.id,)).fetchone()
    if field is not None and row is not None:
        try:
            stored = json.loads(row[0])
        except ValueError:
            stored = {}
        if not isinstance(stored, dict):
            stored = {}
        stored[field] = fresh.get(field)
        fresh = stored
    c.execute(
        "INSERT OR REPLACE INTO meetings(id, school, date, title, state, updated_at, "
        "info_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            m.id,
            str(fresh.get("school") or ""),
            str(fresh.get("date") or ""),
            str(fresh.get("title") or ""),
            meeting_state(m),
            now,
            _dumps(fresh),
        ),
    )


def _delete(c, mid: str, kind: str, row_id: str | None) -> None:
    c.execute("DELETE FROM rows WHERE meeting_id=? AND kind=? AND row_id=?", (mid, kind, row_id))


def _keyed(c, mid: str, kind: str, row_id: str, value, to_dict) -> None:
    if value is None:
        _delete(c, mid, kind, row_id)
    else:
        c.execute(
            "INSERT OR REPLACE INTO rows(meeting_id, kind, row_id, position, json) "
            "VALUES (?, ?, ?, 0, ?)",
            (mid, kind, row_id, _dumps(to_dict(value))),
        )


def _position(c, mid: str, kind: str, row_id: str) -> float | None:
    row = c.execute(
        "SELECT position FROM rows WHERE meeting_id=? AND kind=? AND row_id=?", (mid, kind, row_id)
    ).fetchone()
    return None if row is None else row[0]


def _ordered(
    c, mid: str, kind: str, seq: list, ident: str | None, to_dict, from_end: bool = False
) -> None:
    """One entity of an ordered list: its row updated, placed between its neighbours, or
    deleted when it is no longer in the list."""
    rng = range(len(seq) - 1, -1, -1) if from_end else range(len(seq))
    index = next((n for n in rng if seq[n].id == ident), None)
    if index is None:
        _delete(c, mid, kind, ident)
        return
    value = _dumps(to_dict(seq[index]))
    mine = _position(c, mid, kind, ident)  # type: ignore[arg-type]
    before = _neighbour(c, mid, kind, seq, index, -1)
    after = _next_stored(c, mid, kind, seq, index, before)
    in_place = (
        mine is not None and (before is None or mine > before) and (after is None or mine < after)
    )
    if in_place:
        c.execute(
            "UPDATE rows SET json=? WHERE meeting_id=? AND kind=? AND row_id=?",
            (value, mid, kind, ident),
        )
        return
    if before is None and after is None:
        pos = 0.0 if mine is None else mine
    elif before is None:
        pos = after - 1.0
    elif after is None:
        pos = before + 1.0
    else:
        pos = (before + after) / 2.0
        if not before < pos < after:  # the gap is used up: renumber this list once
            _renumber(c, mid, kind, seq)
            pos = float(index)
    c.execute(
        "INSERT OR REPLACE INTO rows(meeting_id, kind, row_id, position, json) "
        "VALUES (?, ?, ?, ?, ?)",
        (mid, kind, ident, pos, value),
    )


def _neighbour(c, mid: str, kind: str, seq: list, index: int, step: int) -> float | None:
    """The stored position of the nearest neighbour that is stored (a neighbour may be queued
    for writing in the same transaction, or be another writer's)."""
    n = index + step
    while 0 <= n < len(seq):
        pos = _position(c, mid, kind, seq[n].id)
        if pos is not None:
            return pos
        n += step
    return None


def _next_stored(c, mid: str, kind: str, seq: list, index: int, before: float | None):
    """The position the entity must stay below: its next neighbour's, or, when that one is not
    stored yet (many new notes written in one go), the next stored position after `before` —
    one query instead of a walk over every later entity (quadratic for a bulk write)."""
    if index + 1 >= len(seq):
        return None
    pos = _position(c, mid, kind, seq[index + 1].id)
    if pos is not None:
        return pos
    if before is None:
        row = c.execute(
            "SELECT min(position) FROM rows WHERE meeting_id=? AND kind=?", (mid, kind)
        ).fetchone()
    else:
        row = c.execute(
            "SELECT min(position) FROM rows WHERE meeting_id=? AND kind=? AND position > ?",
            (mid, kind, before),
        ).fetchone()
    return row[0]


def _renumber(c, mid: str, kind: str, seq: list) -> None:
    c.executemany(
        "UPDATE rows SET position=? WHERE meeting_id=? AND kind=? AND row_id=?",
        [(float(n), mid, kind, x.id) for n, x in enumerate(seq)],
    )

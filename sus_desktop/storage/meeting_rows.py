"""How a meeting maps to the store's tables, and back.

Kept apart from `store.py` so that the store can open, list meetings and read settings (all the
start screen needs) without loading the core; this module, and the core with it, loads with
the first meeting that is opened or saved.

Layout: one `meetings` row per meeting (the summary columns and the info as JSON) and one
`rows` row per participant list, note, action, log entry and extra section, so that a typed
note costs one small transaction, not a rewrite of the meeting.
"""

from __future__ import annotations

import json
import sqlite3
import time

from sus_desktop.core.agenda import item_to_dict
from sus_desktop.core.meeting import Meeting
from sus_desktop.core.run import RunState
from sus_desktop.core.serialize import (FORMAT, VERSION, action_dict, info_dict, log_dict,
                                        meeting_from_dict, note_dict, participant_dict)


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


def load(conn: sqlite3.Connection, meeting_id: str) -> Meeting:
    row = conn.execute("SELECT info_json FROM meetings WHERE id=?", (meeting_id,)).fetchone()
    if row is None:
        raise KeyError(meeting_id)
    md = json.loads(row[0])
    md["id"] = meeting_id
    data = {"format": FORMAT, "version": VERSION, "meeting": md, "participants": [],
            "agenda": [], "notes": [], "actions": [], "log": [], "extra": {}}
    cur = conn.execute("SELECT kind, row_id, json FROM rows WHERE meeting_id=? "
                       "ORDER BY kind, position, row_id", (meeting_id,))
    for kind, row_id, text in cur:
        value = json.loads(text)
        if kind == "agenda":
            data["agenda"] = value
        elif kind == "extra":
            data["extra"][row_id] = value
        elif kind in ("participants", "notes", "actions", "log"):
            data[kind].append(value)
    return meeting_from_dict(data, keep_id=True)


# --- writing ------------------------------------------------------------------------------
def write_all(c: sqlite3.Connection, m: Meeting) -> None:
    """The whole meeting, replacing what was stored."""
    _write_info(c, m, time.time())
    c.execute("DELETE FROM rows WHERE meeting_id=?", (m.id,))
    rows = [("participants", p.id, n, participant_dict(p)) for n, p in enumerate(m.participants)]
    rows += [("notes", x.id, n, note_dict(x)) for n, x in enumerate(m.notes)]
    rows += [("actions", a.id, n, action_dict(a)) for n, a in enumerate(m.actions)]
    rows += [("log", str(n), n, log_dict(e)) for n, e in enumerate(m.log)]
    rows += [("extra", k, 0, v) for k, v in m.extra.items()]
    rows.append(("agenda", "", 0, [item_to_dict(i) for i in m.agenda]))
    c.executemany("INSERT OR REPLACE INTO rows(meeting_id, kind, row_id, position, json) "
                  "VALUES (?, ?, ?, ?, ?)",
                  [(m.id, kind, rid, pos, _dumps(v)) for kind, rid, pos, v in rows])


def write_change(c: sqlite3.Connection, m: Meeting, kind: str, ident: str | None) -> None:
    """One change the meeting announced (`kind`, `ident` as in `Meeting.subscribe`)."""
    now = time.time()
    if c.execute("SELECT 1 FROM meetings WHERE id=?", (m.id,)).fetchone() is None:
        write_all(c, m)  # e.g. a change queued after the meeting was deleted
        return
    if kind == "info":
        _write_info(c, m, now)
    elif kind == "participants":
        _write_participants(c, m)
    elif kind == "agenda":
        _put(c, m.id, "agenda", "", 0, [item_to_dict(i) for i in m.agenda])
    elif kind == "note":
        _write_listed(c, m, "notes", m.notes, ident, note_dict)
    elif kind == "action":
        _write_listed(c, m, "actions", m.actions, ident, action_dict)
    elif kind == "log":
        _write_log(c, m)
    elif kind == "extra" and ident is not None:
        if ident in m.extra:
            _put(c, m.id, "extra", ident, 0, m.extra[ident])
        else:
            c.execute("DELETE FROM rows WHERE meeting_id=? AND kind='extra' AND row_id=?",
                      (m.id, ident))
    else:  # a kind this store does not know yet: the safe choice
        write_all(c, m)
        return
    c.execute("UPDATE meetings SET updated_at=? WHERE id=?", (now, m.id))


def _put(c, mid: str, kind: str, row_id: str, position: float, value) -> None:
    _put_raw(c, mid, kind, row_id, position, _dumps(value))


def _put_raw(c, mid: str, kind: str, row_id: str, position: float, text: str) -> None:
    c.execute("INSERT OR REPLACE INTO rows(meeting_id, kind, row_id, position, json) "
              "VALUES (?, ?, ?, ?, ?)", (mid, kind, row_id, position, text))


def _write_info(c, m: Meeting, now: float) -> None:
    c.execute("INSERT OR REPLACE INTO meetings(id, school, date, title, state, updated_at, "
              "info_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
              (m.id, m.info.school, m.info.date, m.info.title, meeting_state(m), now,
               _dumps(info_dict(m))))


def _write_participants(c, m: Meeting) -> None:
    # Few rows, and moves reorder them all: rewrite the list.
    c.execute("DELETE FROM rows WHERE meeting_id=? AND kind='participants'", (m.id,))
    for n, p in enumerate(m.participants):
        _put(c, m.id, "participants", p.id, n, participant_dict(p))


def _write_listed(c, m: Meeting, kind: str, items: list, ident, to_dict) -> None:
    """One note/action: update in place, append at the end, or delete."""
    index = next((n for n, x in enumerate(items) if x.id == ident), None)
    if index is None:
        c.execute("DELETE FROM rows WHERE meeting_id=? AND kind=? AND row_id=?",
                  (m.id, kind, ident))
        return
    value = _dumps(to_dict(items[index]))
    cur = c.execute("UPDATE rows SET json=? WHERE meeting_id=? AND kind=? AND row_id=?",
                    (value, m.id, kind, ident))
    if cur.rowcount:
        return
    if index == len(items) - 1:
        top = c.execute("SELECT max(position) FROM rows WHERE meeting_id=? AND kind=?",
                        (m.id, kind)).fetchone()[0]
        _put_raw(c, m.id, kind, ident, 0 if top is None else top + 1, value)
        return
    # Inserted in the middle (an undone delete): renumber so the order survives.
    _put_raw(c, m.id, kind, ident, index, value)
    c.executemany("UPDATE rows SET position=? WHERE meeting_id=? AND kind=? AND row_id=?",
                  [(n, m.id, kind, x.id) for n, x in enumerate(items)])


def _write_log(c, m: Meeting) -> None:
    have = c.execute("SELECT count(*) FROM rows WHERE meeting_id=? AND kind='log'",
                     (m.id,)).fetchone()[0]
    if have > len(m.log):  # the log never shrinks; if it did, trust the live meeting
        c.execute("DELETE FROM rows WHERE meeting_id=? AND kind='log'", (m.id,))
        have = 0
    for n in range(have, len(m.log)):
        _put(c, m.id, "log", str(n), n, log_dict(m.log[n]))
    c.execute("UPDATE meetings SET state=? WHERE id=?", (meeting_state(m), m.id))

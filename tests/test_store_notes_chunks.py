"""Opening a meeting with many notes (read a chunk of rows at a time, each chunk parsed as
one JSON array): the notes come back in the order the store keeps (position, then id) even
when that is not the order of their ids, and damaged rows of every kind – unreadable, two
values in one row, two rows that only make sense joined, a field of the wrong type – cost
exactly themselves, each reported, whatever chunk they fall in."""

from __future__ import annotations

import json
import sqlite3

import pytest

from sus_desktop.core.factory import new_meeting
from sus_desktop.core.meeting import NoteKind
from sus_desktop.core.serialize import note_dict, note_from, notes_from
from sus_desktop.storage.store import Store


def _stored(tmp_path, clock, n: int):
    path = tmp_path / "sus.sqlite3"
    s = Store(path)
    m = new_meeting("Sødalskolen", "2025-03-13")
    who = m.add_participant("Anna", "Lærer")
    for k in range(n):
        m.add_note(
            f'Note {k} «æøå» "citat" \\ {{}} [], ',
            item=m.agenda[k % len(m.agenda)].id,
            participant=who.id if k % 2 else None,
            round=k % 3 if k % 4 else None,
            kind=list(NoteKind)[k % 4],
            created_at=clock.now() + k,
            theme="tema" if k % 5 == 0 else "",
        )
    s.save_meeting(m)
    s.close()
    return path, m


def _sql_order(path, meeting_id) -> list[str]:
    conn = sqlite3.connect(path)
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT row_id FROM rows WHERE meeting_id=? AND kind='note' ORDER BY position, row_id",
            (meeting_id,),
        )
    ]
    conn.close()
    return ids


def test_notes_come_back_in_position_order_not_id_order(tmp_path, clock):
    path, m = _stored(tmp_path, clock, 700)
    conn = sqlite3.connect(path)
    # Positions reversed against the ids, and ties (two writers' notes at one position).
    ids = sorted(n.id for n in m.all_notes)
    for k, row_id in enumerate(ids):
        conn.execute(
            "UPDATE rows SET position=? WHERE kind='note' AND row_id=?",
            (float((len(ids) - k) // 2), row_id),
        )
    conn.commit()
    conn.close()
    back = Store(path).load_meeting(m.id)
    assert back.problems == []
    assert [n.id for n in back.all_notes] == _sql_order(path, m.id)
    assert sorted(back.all_notes, key=lambda n: n.id) == sorted(m.all_notes, key=lambda n: n.id)


@pytest.mark.parametrize("first", [0, 255, 256, 300])  # at a chunk's edge or inside one
def test_each_damaged_row_costs_only_itself(tmp_path, clock, first):
    path, m = _stored(tmp_path, clock, 700)
    conn = sqlite3.connect(path)
    ids = sorted(n.id for n in m.all_notes)  # the order rows are read in
    by_id = {n.id: n for n in m.all_notes}

    def put(row_id: str, text: str) -> None:
        conn.execute("UPDATE rows SET json=? WHERE kind='note' AND row_id=?", (text, row_id))

    def row(row_id: str, **fields) -> str:
        return json.dumps({**note_dict(by_id[row_id]), **fields}, ensure_ascii=False)

    b, c, d, f = ids[first : first + 4]
    a, e = ids[first + 300], ids[first + 301]
    put(a, row(a)[:-5])  # cut short
    put(b, row(b) + "," + row(c))  # two values in one row
    put(c, '{"id":"' + c + '","text":"')  # c and d read as one note only when joined
    put(d, '","created_at":"2025-03-13T13:00:00.000+01:00"}')
    put(e, row(e, round="tre"))  # readable, not usable
    put(f, "  " + row(f) + "\n")  # spaces around: fine
    conn.commit()
    conn.close()
    back = Store(path).load_meeting(m.id)
    lost = {a, b, c, d, e}
    assert [n.id for n in back.all_notes] == [i for i in _sql_order(path, m.id) if i not in lost]
    assert back.all_notes == [n for n in m.all_notes if n.id not in lost]
    assert sum("ikke kunne læses" in p for p in back.problems) == 4
    assert sum("ikke kunne bruges" in p for p in back.problems) == 1
    assert len(back.problems) == 5


def test_notes_from_builds_what_note_from_builds():
    values = [
        {"id": "n1", "text": "a", "created_at": "2025-03-13T13:00:00.250+01:00"},
        {"id": 7, "text": 5, "item": 3, "phase": "p", "participant": "u", "round": "2",
         "kind": "decision", "created_at": "2025-03-13T13:00:00", "theme": "t", "deleted": 1},
        {"id": "n3", "created_at": "2025-03-13T13:00:00.000Z", "theme": "", "kind": "action"},
    ]  # fmt: skip
    assert notes_from(values) == [note_from(v) for v in values]
    for bad in ({"id": "x"}, {"id": "x", "created_at": "nej"}, {"created_at": "2025-03-13"}):
        with pytest.raises((KeyError, ValueError)):
            notes_from([bad])

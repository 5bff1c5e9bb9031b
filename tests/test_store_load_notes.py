"""Opening a stored meeting: every note reads back with every field as it was written (a
field read into another's place shows), rows written by hand the old way (json.dumps, spaces
around) read the same, a row with a damaged byte costs that one row's character and not the
meeting, and opening writes nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from sus_desktop.core.factory import new_meeting
from sus_desktop.core.meeting import Note, NoteKind
from sus_desktop.storage.store import Store

KINDS = list(NoteKind)


def _meeting_with_notes(clock, n: int):
    m = new_meeting("Sødalskolen", "2025-03-13")
    people = [m.add_participant(f"Deltager {k}", "Lærer") for k in range(5)]
    for k in range(n):
        item = m.agenda[k % len(m.agenda)]
        phase = item.phases[k % len(item.phases)] if item.phases else None
        m.add_note(
            f"Note {k}: «æøå» \u201ccitat\u201d",
            item=item.id,
            phase=phase.id if phase is not None and k % 3 else None,
            participant=people[k % 5].id if k % 4 else None,
            round=k % 7 if k % 2 else None,
            kind=KINDS[k % len(KINDS)],
            created_at=clock.now() + k * 1.001,
            theme=f"tema{k % 3}" if k % 5 == 0 else "",
        )
    for note in m.all_notes[::11]:
        m.remove_note(note.id)  # kept as deleted
    return m


def test_every_note_reads_back_field_for_field(tmp_path, clock):
    path = tmp_path / "sus.sqlite3"
    s = Store(path)
    m = _meeting_with_notes(clock, 400)
    s.save_meeting(m)
    s.close()
    back = Store(path).load_meeting(m.id)
    assert back.problems == []
    assert len(back.all_notes) == 400
    # Dataclass equality: every field, so two fields swapped in reading would not pass.
    assert back.all_notes == m.all_notes
    assert [n.text for n in back.notes] == [n.text for n in m.notes]
    assert {n.kind for n in back.all_notes} == set(KINDS)
    assert sum(n.deleted for n in back.all_notes) == len(m.all_notes[::11])
    assert {type(n) for n in back.all_notes} == {Note}


def test_rows_written_by_hand_the_old_way_read_the_same(tmp_path, clock):
    path = tmp_path / "sus.sqlite3"
    s = Store(path)
    m = _meeting_with_notes(clock, 30)
    s.save_meeting(m)
    s.close()
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT row_id, json FROM rows WHERE kind='note'").fetchall()
    for k, (row_id, text) in enumerate(rows):
        value = json.loads(text)
        # json.dumps with its default spaces and \u escapes, one with whitespace around it
        again = json.dumps(value)
        conn.execute(
            "UPDATE rows SET json=? WHERE row_id=?", (f" {again}\n" if k == 3 else again, row_id)
        )
    conn.commit()
    conn.close()
    back = Store(path).load_meeting(m.id)
    assert back.problems == []
    assert back.all_notes == m.all_notes


def test_a_damaged_byte_costs_one_character_not_the_meeting(tmp_path, clock):
    path = tmp_path / "sus.sqlite3"
    s = Store(path)
    m = _meeting_with_notes(clock, 20)
    s.save_meeting(m)
    s.close()
    target = m.all_notes[5]
    conn = sqlite3.connect(path)
    (text,) = conn.execute("SELECT json FROM rows WHERE row_id=?", (target.id,)).fetchone()
    raw = text.encode("utf-8").replace("æ".encode(), b"\xff", 1)  # not UTF-8 any more
    conn.execute("UPDATE rows SET json=CAST(? AS TEXT) WHERE row_id=?", (raw, target.id))
    conn.commit()
    conn.close()
    back = Store(path).load_meeting(m.id)
    assert len(back.all_notes) == 20
    got = next(n for n in back.all_notes if n.id == target.id)
    assert got.text == target.text.replace("æ", "\ufffd", 1)
    assert [n.text for n in back.all_notes if n.id != target.id] == [
        n.text for n in m.all_notes if n.id != target.id
    ]


def test_opening_a_meeting_writes_nothing(tmp_path, clock):
    path = tmp_path / "sus.sqlite3"
    s = Store(path)
    m = _meeting_with_notes(clock, 200)
    s.save_meeting(m)
    s.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    again = Store(path)
    back = again.load_meeting(m.id)
    again.attach(back)
    assert again.close()
    assert back.all_notes == m.all_notes
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
